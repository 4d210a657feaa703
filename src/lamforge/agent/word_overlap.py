"""Which one paragraph or row a request's own words pick: the words that can, and the one best match.

Several readings pick a unit of the document by the words a request describes it with ("lemon drizzle is £1.40
now", "the ceilidh starts at 7:30 now, not 8", "we don't do the rarebit any more, take it out"); they share the
words that count (no function or instruction words, accents and case aside) and the rule that one unit must
share more of them than any other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from lamforge.app.text_match import fold
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

T = TypeVar("T")


def content_words(description: str) -> set[str]:
    """The words of a description that can pick a paragraph or row (no function or instruction words).

    >>> sorted(content_words("the Crème brûlée is £2 now"))
    ['brulee', 'creme']
    """
    return {w for w in re.findall(r"[a-z]{3,}", fold(description)) if w not in FUNCTION_WORDS
            and w not in INSTRUCTION_WORDS}


def stem(word: str) -> str:
    """A word without a plural's or a verb's ending ("boosters" and "booster", "running" and "run" meet).

    >>> stem("boosters"), stem("running"), stem("marrows"), stem("gas")
    ('booster', 'runn', 'marrow', 'gas')
    >>> stem("brownies") == stem("brownie"), stem("boxes") == stem("box"), stem("berries") == stem("berry")
    (True, True, True)
    """
    if word.endswith("ing") and len(word) >= 6:
        return word[:-3]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:  # "brownies", "brownie"; "boxes", "box"
        word = word[:-1]
    if word.endswith("y") and len(word) > 3:  # "berries", "berry"
        word = word[:-1] + "i"
    return word


def same_word(a: str, b: str) -> bool:
    """Two words that are one ("allergy" and "allergies", "cakes" and "cake", "safety" and "safe").

    >>> same_word("allergy", "allergies"), same_word("safety", "safe"), same_word("parking", "party")
    (True, True, False)
    """
    if a == b:
        return True
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= 4 and k >= min(len(a), len(b)) - 2


def singular_words(text: str) -> set[str]:
    """The words of a text, folded, without a plural's s ("the thank you list" meets "Our thanks").

    >>> sorted(singular_words("Our Thanks, glass")), sorted(singular_words("Wi-Fi details"))
    (['glass', 'our', 'thank'], ['detail', 'fi', 'wi'])
    """
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in re.findall(r"[a-z]+", fold(text))}


def one_best(scored: Sequence[tuple[int, T]]) -> T | None:
    """The item with the highest score above 0, when no other has that score (None: none, or a tie).

    >>> one_best([(1, "a"), (2, "b")]), one_best([(2, "a"), (2, "b")]), one_best([(0, "a")])
    ('b', None, None)
    """
    ranked = sorted(scored, key=lambda s: s[0], reverse=True)
    if not ranked or ranked[0][0] <= 0 or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1]

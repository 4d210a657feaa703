"""Number words, one table for the whole package: cardinals ("three") and ordinals ("third", "3rd").

Requests count and rank in words ("the first two paragraphs", "a table with three rows", "the second bullet");
the task phrasings, the expert and the reference parser read them from here so they cannot disagree.
"""

from __future__ import annotations

import re

CARDINALS: dict[str, int] = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split())
}
ORDINALS: dict[str, int] = {
    w: i for i, w in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())
    if i
}
ORDINAL_WORDS: tuple[str, ...] = tuple(ORDINALS)  # "first" … "twentieth", in order
CARDINAL_WORDS: tuple[str, ...] = tuple(w for w in CARDINALS if CARDINALS[w])  # "one" … "twenty"
_SUFFIXED = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def cardinal(word: str) -> int | None:
    """The number a cardinal word or numeral stands for.

    >>> cardinal("three"), cardinal("12"), cardinal("Two"), cardinal("many")
    (3, 12, 2, None)
    """
    w = word.lower().strip()
    if w.isdigit():
        return int(w)
    return CARDINALS.get(w)


def ordinal(word: str) -> int | None:
    """The rank an ordinal word stands for (``last`` and ``final`` are -1, ``penultimate`` -2).

    >>> ordinal("third"), ordinal("2nd"), ordinal("last"), ordinal("penultimate"), ordinal("big")
    (3, 2, -1, -2, None)
    """
    w = word.lower().strip()
    if w in ("last", "final", "bottom"):
        return -1
    if w in ("penultimate", "second-to-last", "second-last"):
        return -2
    m = _SUFFIXED.match(w)
    if m:
        return int(m.group(1))
    return ORDINALS.get(w)


def number_pattern() -> str:
    """A regex alternation of numerals and cardinal words (for building request patterns)."""
    return r"\d+|" + "|".join(sorted(CARDINAL_WORDS, key=len, reverse=True))


def ordinal_pattern() -> str:
    """A regex alternation of ordinal words, suffixed numerals and last/final/penultimate."""
    words = sorted([*ORDINAL_WORDS, "last", "final", "penultimate", "second-to-last", "second-last"],
                   key=len, reverse=True)
    return r"\d+(?:st|nd|rd|th)|" + "|".join(re.escape(w) for w in words)

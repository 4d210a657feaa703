"""What a request names as its target, and the small helpers the reference readers share.

Kept apart from :mod:`lamforge.text.references` (the readers) so that readers in other modules
(:mod:`lamforge.text.last_resort`) build the same :class:`Target` without importing the reader back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lamforge.text.numbers import cardinal, ordinal
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

Paragraph = tuple[int, str, str]  # (number in the view, role, text)
Table = Sequence[Sequence[str]]  # rows of cell texts
QUOTED = r"(?:\u201c[^\u201d]+\u201d|\u2018[^\u2019]+\u2019|\"[^\"]+\"|'[^']+')"
# A name written without quotes: capitalised words, with short joining words between them ("About the Role",
# "Room One: The Caravan", "1. Processing Times").
CAP = r"[A-Z0-9][\w&'.:-]*"
_JOIN = r"(?:of|the|and|for|to|in|on|a|an|from|with|at|by|your|our|this)"
NAME = rf"{CAP}(?:\s+(?:{_JOIN}\s+)*{CAP})*"
THE = r"\b(?:[Tt]he)\s+"
# words that say how, after a target's own words ("the paragraph about the pier justified")
TRAILING = frozenset("in into to as with bold italic italics red blue green black grey gray orange purple yellow "
                      "caps uppercase lowercase centered justified underlined".split())


@dataclass(frozen=True)
class Target:
    """A target as a request names it.

    ``kind``: ``whole`` (the whole document), ``role`` (``role``: title, subtitle, greeting, closing,
    signature, date), ``heading`` (``text``: its name, or ``nth``), ``paragraphs`` (``nth`` and ``count``, or
    ``nth``..``last``), ``items`` (list paragraphs of ``role`` bullet, numbered or any: ``nth``/``count``, ``count`` 0
    for the whole list), ``section`` (the paragraphs under the heading ``text``: all, or ``nth``/``count``),
    ``content`` (``text``: words the paragraph contains, starts or ends with, per ``how``; ``role`` "sentence" when
    the request said "the sentence ...": it is the paragraph only if that has one sentence), ``sentence`` (the
    ``nth`` sentence of the paragraph ``inner`` names), ``within`` (``text`` inside the word ``anchor``), ``cells``
    (``table``, ``row``, ``column``, or ``row_name``/``column_name`` read from the table's first column/row),
    ``table`` (a whole table), ``described`` (``text``: a word or three of the paragraph's own, ``role`` the noun
    that followed: "the eggs line", "the summery heading"), ``label`` (``text``: the label a line opens with, "the
    rating" for "Rating: 4 of 5"; a last-resort reading). ``words`` is the request's text that named it (a
    caller removes it before reading the operation); ``after`` says whether a name follows its noun ("the heading
    X") or precedes it ("the X heading"), which decides how a generously read name is shortened.
    """

    kind: str
    words: str
    role: str = ""
    text: str = ""
    how: str = "contains"
    anchor: str = ""
    nth: int = 0
    count: int = 1
    last: int = 0
    table: int = 1
    row: int = 0
    column: int = 0
    row_name: str = ""
    column_name: str = ""
    after: bool = False
    inner: Target | None = None


def unquote(s: str) -> str:
    """``s`` without the quotes around it (as typed, when it has none)."""
    m = QUOTED_RE.fullmatch(s.strip())
    return next(g for g in m.groups() if g is not None) if m else s.strip()


def meaningful(text: str) -> bool:
    """Whether ``text`` has a word that is neither a function word nor an instruction word."""
    return any(w.lower() not in FUNCTION_WORDS and w.lower() not in INSTRUCTION_WORDS
               for w in re.findall(r"[\w'-]+", text))


def number_of(word: str | None, default: int = 1) -> int:
    """The number an ordinal or a cardinal word or numeral says ("third", "twelve", "last" is -1), else ``default``.

    >>> number_of("third"), number_of("twelve"), number_of("last", 0), number_of(None)
    (3, 12, -1, 1)
    """
    if not word:
        return default
    v = ordinal(word)
    if v is None:
        v = cardinal(word)
    return default if v is None else v

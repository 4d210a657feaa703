"""Readers of a table's parts in a request: "the header row", "the Cost column", "row 3, column 2", "the table".

Part of the reference reader (:mod:`lamforge.text.references`, which tries these among its readers); kept apart so
that each module holds one job. Row and column names are read generously and matched against the table's labels
by :mod:`lamforge.text.locate`.
"""

from __future__ import annotations

import re

from lamforge.text.numbers import number_pattern, ordinal_pattern
from lamforge.text.reference_target import NAME as _NAME
from lamforge.text.reference_target import QUOTED as _QUOTED
from lamforge.text.reference_target import THE as _THE
from lamforge.text.reference_target import Target
from lamforge.text.reference_target import meaningful as _meaningful
from lamforge.text.reference_target import number_of as _n
from lamforge.text.reference_target import unquote as _unquote
from lamforge.text.vocab import FUNCTION_WORDS

_ORD = rf"(?P<ord>{ordinal_pattern()})"
_NUM = rf"(?P<num>{number_pattern()})"
_CELL = re.compile(
    rf"\b(?:the\s+)?(?:cell\s+(?:in|at|on)\s+)?row\s+{_NUM.replace('num', 'r')}\s*,?\s*(?:and\s+|in\s+)?"
    rf"(?:column|col)\s+(?P<c>{number_pattern()})\b"
    rf"|\b(?:the\s+)?cell\s+(?:in|at|on)\s+(?:column|col)\s+(?P<c2>{number_pattern()})\s*,?\s*(?:and\s+)?row\s+"
    rf"(?P<r2>{number_pattern()})\b",
    re.IGNORECASE,
)
_HEADER_ROW = re.compile(
    r"\b(?:the\s+)?(?:table(?:'s)?\s+)?(?:header|heading|headings|title|top|first)\s+row\b|\b(?:the\s+)?column\s+"
    r"(?:headers|headings|titles|names)\b|\b(?:the\s+)?(?:table\s+)?headers\b|\brow\s+(?:one|1)\b(?!\s*,?\s*col)"
    r"|\b(?:the\s+)?table(?:['\u2019]s)?\s+(?:header|heading)\b|\bthe\s+header\s+of\s+the\s+table\b",
    re.IGNORECASE,
)
_ROW = re.compile(
    rf"\b(?:the\s+)?(?:{_ORD}|bottom)\s+row\b|\brow\s+(?:number\s+)?(?P<num>{number_pattern()})\b"
    # "a row at the bottom of the table", "... of the reagents table"
    r"|(?<=\brow\s)at\s+the\s+(?:very\s+)?(?:bottom|end)\s+of\s+the\s+(?:(?!(?:new|empty|blank)\b)[a-z][\w-]*\s+)?"
    r"table\b",
    re.IGNORECASE,
)
_COLUMN = re.compile(
    rf"\b(?:the\s+)?(?:{_ORD}|left(?:most|-most)?|right(?:most|-most)?)\s+column\b|"
    rf"\bcolumn\s+(?:number\s+)?(?P<num>{number_pattern()})\b",
    re.IGNORECASE,
)
# "the Late fee row", "the Cost column", "the amounts column": any words after "the" up to the noun (shortened and
# matched against the table's labels, so that a reading the table does not hold is dropped)
_LOWER_WORD = r"(?!(?:the|a|an|this|that|table|new|empty|blank|whole|entire|next|same|of|in|on|to|for)\b)[a-z][\w'()-]*"
_LABEL = rf"(?:[A-Z0-9](?:(?!\b(?:column|row|cell)\b)[^,;.!?])*?|{_LOWER_WORD}(?:\s+{_LOWER_WORD}){{0,2}})"
_WHOLE_PART = r"(?:(?i:whole|entire|full)\s+)?"  # "the whole Value column" is the Value column
_NAMED_COLUMN = re.compile(rf"{_THE}{_WHOLE_PART}(?P<name>{_QUOTED}|{_LABEL})\s+(?i:column)\b"
                           rf"|\b(?i:column)\s+(?P<name2>{_QUOTED})")
_NAMED_ROW = re.compile(rf"{_THE}{_WHOLE_PART}(?P<name>{_QUOTED}|{_LABEL})\s+(?i:row)\b"
                        rf"|\b(?i:row)\s+(?:(?i:for)\s+)?(?P<name2>{_QUOTED})|\b(?i:row\s+for)\s+(?P<name3>{_NAME})"
                        # "the row about poles", "the row with the coffee beans"
                        rf"|(?:\b(?i:the)\s+)?\b(?i:row\s+(?:about|for|with|containing|listing|on))\s+(?:(?i:the)\s+)?"
                        rf"(?P<name4>{_LOWER_WORD}(?:\s+{_LOWER_WORD})?)")
# a single cell of a named row: "the 'Cost' cell of the 'Rent' row", "the Rent row, under Cost"
_CELL_COLUMN = re.compile(rf"{_THE}(?P<name>{_QUOTED}|{_LABEL})\s+(?i:cell)\b")
_UNDER_COLUMN = re.compile(rf"\s*,?\s+(?i:under)\s+(?:(?i:the)\s+)?(?P<name2>{_QUOTED}|{_NAME})")
# the word a table is called by: "the reply table", "the fees table" (not "a new table", "the table")
_TABLE_NAME = r"(?!(?:new|empty|blank|same|next|other|whole|entire|full|a|an|one)\b)[a-z][\w-]*"
_TABLE = re.compile(  # "all the text in the table" and "everything inside the table" name the table too
    r"\b(?:(?:all\s+(?:of\s+)?the\s+(?:text|contents?|words)|everything)\s+(?:in|inside|of|within)\s+)?"
    rf"(?:the\s+)?(?:(?:whole|entire|full)\s+)?(?:{_ORD}\s+)?(?:(?<=the\s){_TABLE_NAME}\s+)?table\b(?!['\u2019]s)"
    r"(?:\s+(?P<num>\d+))?", re.IGNORECASE
)


def _span_words(clause: str, *matches: re.Match[str] | None) -> str:
    """The clause's words from the first match's start to the last match's end (one removable stretch)."""
    found = [m for m in matches if m is not None]
    return clause[min(m.start() for m in found):max(m.end() for m in found)]


# "the cell with '49 EUR'": the one cell that holds that text
_CELL_WITH = re.compile(rf"\b(?:the\s+)?cell\s+(?:with|containing|that\s+(?:says|reads|contains|holds)|saying|reading|"
                        rf"holding)\s+(?P<text>{_QUOTED})", re.IGNORECASE)


def cells(clause: str) -> Target | None:
    """A row, a column or a cell of a table: by number, label, position or the text it holds."""
    m = _CELL_WITH.search(clause)
    if m:
        return Target("cells", m.group(0), text=_unquote(m.group("text")), table=table_number(clause))
    m = _CELL.search(clause)
    if m:
        r, c = (m.group("r"), m.group("c")) if m.group("r") else (m.group("r2"), m.group("c2"))
        return Target("cells", m.group(0), row=_n(r), column=_n(c), table=table_number(clause))
    row, rm = _row(clause)
    col, cm = _column(clause)
    if row is not None and col is None and row.row_name:
        col, cm = _cell_column(clause, rm)
    if row is None and col is None:
        return None
    return Target("cells", _span_words(clause, rm, cm), row=row.row if row else 0, column=col.column if col else 0,
                  row_name=row.row_name if row else "", column_name=col.column_name if col else "",
                  table=table_number(clause), after=bool(row and row.after or col and col.after))


def _row(clause: str) -> tuple[Target | None, re.Match[str] | None]:
    m = _HEADER_ROW.search(clause)
    if m:
        return Target("cells", m.group(0), row=1), m
    m = _ROW.search(clause)
    if m:
        word = m.group("ord") or m.group("num") or "last"
        return Target("cells", m.group(0), row=_n(word)), m
    m = _NAMED_ROW.search(clause)
    name = m and (m.group("name") or m.group("name2") or m.group("name3") or m.group("name4"))
    if name and label_like(_unquote(name)):
        return Target("cells", m.group(0), row_name=_unquote(name), after=not m.group("name")), m
    return None, None


def label_like(name: str) -> bool:
    """Whether ``name`` could be a row or column label: a word besides function words ("Point", "Notes", "amounts").

    Instruction words count ("the Point column", "the Size column"): the table's own labels decide
    (:mod:`lamforge.text.locate`), so a reading no label holds is dropped there; so does a function word written
    with a capital, as a header is ("the Where column", "the When row").

    >>> label_like("Where"), label_like("where"), label_like("amounts")
    (True, False, True)
    """
    words = re.findall(r"[\w'-]+", name)
    return any(w.lower() not in FUNCTION_WORDS for w in words) or len(words) == 1 and words[0].istitle()


def _cell_column(clause: str, row: re.Match[str] | None) -> tuple[Target | None, re.Match[str] | None]:
    """The column of one cell of a named row: "the 'Cost' cell (of the X row)", "(the X row), under Cost"."""
    m = _UNDER_COLUMN.match(clause, row.end()) if row is not None else None
    m = m or _CELL_COLUMN.search(clause)
    name = m and _unquote(m.group("name2") if "name2" in m.re.groupindex else m.group("name"))
    if not name or not _meaningful(name):
        return None, None
    return Target("cells", m.group(0), column_name=name, after="name2" in m.re.groupindex), m


def _column(clause: str) -> tuple[Target | None, re.Match[str] | None]:
    m = _COLUMN.search(clause)
    if m:
        word = m.group("ord") or m.group("num") or ("1" if m.group(0).lower().lstrip("the ").startswith("left")
                                                    else "last")
        return Target("cells", m.group(0), column=_n(word)), m
    m = _NAMED_COLUMN.search(clause)
    if m and label_like(_unquote(m.group("name") or m.group("name2"))):
        return Target("cells", m.group(0), column_name=_unquote(m.group("name") or m.group("name2")),
                      after=bool(m.group("name2"))), m
    return None, None


def table_number(clause: str) -> int:
    """Which table the clause names (1 when it names none by number or ordinal)."""
    m = _TABLE.search(clause)
    if not m:
        return 1
    return _n(m.group("ord") or m.group("num"), 1)


def table(clause: str) -> Target | None:
    """A whole table the clause names ("the table", "table 2", "everything in the table")."""
    m = _TABLE.search(clause)
    if m is None or re.search(r"\b(?:insert|add|create|make|put|place|draw)\s+(?:a|an|one|another|new)\b", clause,
                              re.I):
        return None  # a table to make, not one to find ("put a 2x2 table after the verdict")
    return Target("table", m.group(0), table=_n(m.group("ord") or m.group("num"), 1))

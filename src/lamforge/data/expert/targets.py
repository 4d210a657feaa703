"""Steps that put the cursor or selection on a clause's target, read from the request and the observed document.

Most targets are one quoted text ("Select the text"). Some need more, and the expert works them out
from the document as it sees it (``Observation.doc``: paragraph texts, table cells in reading order,
table shapes), never from the task's parameters:

- a range of lines ("the lines from 'A' through 'B'"): select A, then extend over the next paragraphs;
- a table cell named by its column and row ("the 'Cost' cell of the 'Contingency' row"): select the
  row's label, then Tab across to the column (or Down from the column's header);
- an ordinal ("the second paragraph under the heading 'Findings'", "the first paragraph of the
  document"): move there paragraph by paragraph from the heading (or the document's start or end).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lamforge.app.observation import DocState
from lamforge.data.expert.intents import Q, mask
from lamforge.text.numbers import cardinal, number_pattern, ordinal, ordinal_pattern

_ORD = ordinal_pattern()
_RANGE = re.compile(
    rf"{Q}\s*(?:,\s*)?(?:to|through|thru|till|until|up to|-|–|…|\.\.\.|and ending (?:at|with))\s*"
    rf"(?:and including\s+)?(?:the line\s+)?{Q}"
)
_NUMBERED_CELL = (
    rf"\brow\s+(\d+)|\b({_ORD})\s+row\b",
    rf"\bcolumn\s+(\d+)|\b({_ORD})\s+column\b",
)
_SENTENCE_START = re.compile(rf"\bsentence\s+(?:that\s+)?(?:starting|beginning|starts|begins)\s+with\s+{Q}")
_CELL = re.compile(
    rf"{Q}\s+(?:cell|column|entry|field)\s+(?:(?:in|of|on)\s+)?(?:the\s+)?"
    rf"(?:row\s+(?:for|of|labell?ed|named)\s+{Q}|{Q}\s+row|(?:row\s+)?for\s+{Q})"
)
_NTH_UNDER = re.compile(
    rf"\b({_ORD})\s+paragraph\s+(?:(?:that\s+)?(?:comes\s+)?"
    rf"(?:under|below|after|beneath|following|of)\s+)(?:the\s+)?(?:heading\s+|section\s+)?{Q}"
    rf"|\b({_ORD})\s+paragraph\s+of\s+the\s+{Q}\s+section"
)
_DOC_END = re.compile(r"\b(first|last|final|opening|closing)\s+paragraph\s+(?:of|in)\s+the\s+(?:document|text|file)")


def quote(text: str) -> str:
    """A quoted text as it is written inside a plan step."""
    return f'"{text}"'


def _lines(doc: DocState | None) -> list[str]:
    return doc.text.split("\n") if doc is not None else []


def _line_of(lines: Sequence[str], text: str, start: int = 0, *, exact: bool = False) -> int | None:
    for i in range(start, len(lines)):
        if (lines[i].strip() == text.strip()) if exact else (text in lines[i]):
            return i
    return None


def range_steps(clause: str, quotes: Sequence[str], doc: DocState | None) -> list[str] | None:
    """Select from the paragraph holding the first quote through the one holding the second."""
    masked = mask(clause)
    m = _RANGE.search(masked)
    if m is None or len(quotes) < 2:
        return None
    i = masked[: m.start()].count(Q)
    first, last = quotes[i], quotes[i + 1]
    lines = _lines(doc)
    a = _line_of(lines, first)
    b = _line_of(lines, last, a) if a is not None else None
    if a is None or b is None or b <= a:
        words = re.search(rf"\b({number_pattern()})\s+(?:lines|items|paragraphs|entries)", masked)
        n = (cardinal(words.group(1)) or 2) if words else 2
        count = n - 1
    else:
        count = b - a
    return [f"Select the text {quote(first)}", f"Extend the selection over the next {count} paragraphs"]


def cell_steps(clause: str, quotes: Sequence[str], doc: DocState | None) -> tuple[list[str], set[str]] | None:
    """Go to the table cell at a named column and row; returns the steps and the quotes they used."""
    masked = mask(clause)
    m = _CELL.search(masked)
    if m is None or doc is None or not doc.tables:
        return None
    i = masked[: m.start()].count(Q)
    if i + 1 >= len(quotes):
        return None
    column, row = quotes[i], quotes[i + 1]
    lines = _lines(doc)
    h = _line_of(lines, column, exact=True)
    r = _line_of(lines, row, (h or 0) + 1, exact=True)
    if h is None or r is None:
        return None
    cols = doc.tables[0][1]
    across = (h - r) % cols
    text_before_row = "\n".join(lines[:r])
    if row not in text_before_row:
        steps = [f"Select the text {quote(row)}"]
        if across:
            steps.append(f"Press Tab {across} times" if across > 1 else "Press Tab")
        return steps, {column, row}
    down = (r + across - h) // cols
    if column in "\n".join(lines[:h]) or down <= 0:
        return None
    steps = [f"Select the text {quote(column)}", f"Press Down {down} times" if down > 1 else "Press Down"]
    return steps, {column, row}


def ordinal_steps(
    clause: str, quotes: Sequence[str], doc: DocState | None = None, body: Sequence[str] | None = None
) -> tuple[list[str], set[str]] | None:
    """Put the selection on 'the Nth paragraph under <heading>' or the document's first or last paragraph.

    ``body`` is the document's body paragraphs without table cells (a full observation); with it the
    moves also step over a table that sits in the section (each cell is one more move).
    """
    masked = mask(clause)
    m = _NTH_UNDER.search(masked)
    if m is not None:
        n = ordinal(m.group(1) or m.group(2)) or 1
        i = masked[: m.end()].count(Q) - 1
        heading = quotes[i]
        moves = n
        lines = _lines(doc)
        if body and lines and heading in body:
            k = body.index(heading)
            h = _line_of(lines, heading, exact=True)
            t = _line_of(lines, body[k + n], (h or 0) + 1, exact=True) if k + n < len(body) else None
            if h is not None and t is not None:
                moves = t - h
        step = f"Move down {moves} paragraphs" if moves > 1 else "Move down 1 paragraph"
        return [f"Select the text {quote(heading)}", step, "Press Ctrl+Shift+Down"], {heading}
    m = _DOC_END.search(masked)
    if m is not None:
        if m.group(1) in ("first", "opening"):
            return ["Press Ctrl+Home", "Press Ctrl+Shift+Down"], set()
        return ["Press Ctrl+End", "Press Ctrl+Shift+Up"], set()
    return None


def needs_body(request: str) -> bool:
    """Whether planning ``request`` needs the body paragraphs apart from table cells (an ordinal target)."""
    return _NTH_UNDER.search(mask(request)) is not None


def numbered_cell_steps(clause: str, doc: DocState | None) -> list[str] | None:
    """'row 5, column 2 of the table': from the whole table (cursor in its last cell) go up, then Tab across."""
    masked = mask(clause)
    rm, cm = re.search(_NUMBERED_CELL[0], masked), re.search(_NUMBERED_CELL[1], masked)
    if rm is None or cm is None or doc is None or not doc.tables:
        return None
    rows, cols = doc.tables[0]
    r = int(rm.group(1)) if rm.group(1) else ordinal(rm.group(2)) or 1
    c = int(cm.group(1)) if cm.group(1) else ordinal(cm.group(2)) or 1
    r, c = (rows if r == -1 else r), (cols if c == -1 else c)
    if not (2 <= r <= rows and 1 <= c <= cols):
        return None
    up = rows - r + 1
    tabs = f"Press Tab {c} times" if c > 1 else "Press Tab"
    return ["Select the table", f"Press Up {up} times" if up > 1 else "Press Up", tabs]


def sentence_steps(clause: str, quotes: Sequence[str], doc: DocState | None) -> tuple[list[str], bool] | None:
    """'the sentence starting with <q>': select the start, then extend to the sentence's end (and its space).

    Returns the steps and whether the sentence ends its paragraph (then the space before it must go too).
    """
    masked = mask(clause)
    m = _SENTENCE_START.search(masked)
    if m is None or doc is None:
        return None
    start = quotes[masked[: m.end()].count(Q) - 1]
    lines = _lines(doc)
    i = _line_of(lines, start)
    if i is None:
        return None
    line = lines[i]
    a = line.index(start)
    end = re.search(r"[.!?](?:\s+|$)", line[a + len(start) - 1 :])
    if end is None:
        return None
    b = a + len(start) - 1 + end.end()
    last = b >= len(line.rstrip())
    steps = [f"Select the text {quote(start)}", f"Press Shift+Right {b - a - len(start)} times"]
    return steps, last and a > 0

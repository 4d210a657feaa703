"""Selections named by document structure: paragraphs by number, table cells by coordinates, everything.

A model that sees the document view ("3|heading 1|Outlook", "T1 r1: Region | Revenue") can name its target
the way the view numbers it instead of counting keystrokes. Each function runs on the session's UNO thread,
selects in the live document and returns ``(message, selection)``: what the step log says and how the view
describes the selection afterwards. Bad numbers raise ``ValueError`` with what exists.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.app.doc_view import body_paragraphs, column_number


def _paragraph_range(paras: list[Any], start: int, end: int) -> tuple[int, int]:
    n = len(paras)
    if n == 0:
        raise ValueError("the document has no paragraphs")
    if start < 0:  # -1 is the last paragraph, as people say "the last paragraph"
        start = n + 1 + start
    if end < 0:
        end = n + 1 + end
    if not 1 <= start <= n or not 1 <= end <= n:
        raise ValueError(f"paragraph {start if not 1 <= start <= n else end} does not exist: the document has "
                         f"paragraphs 1-{n}")
    if end < start:
        raise ValueError(f"paragraphs {start}-{end}: the range ends before it starts")
    return start, end


def paragraphs_label(start: int, end: int) -> str:
    """How the view names a paragraph selection.

    >>> paragraphs_label(3, 3), paragraphs_label(2, 4)
    ('paragraph 3', 'paragraphs 2-4')
    """
    return f"paragraph {start}" if start == end else f"paragraphs {start}-{end}"


def select_paragraphs(doc: Any, start: int, end: int | None = None) -> tuple[str, str]:
    """Select body paragraphs ``start``..``end`` (1-based as in the view; tables are not counted)."""
    paras = body_paragraphs(doc)
    start, end = _paragraph_range(paras, start, start if end is None else end)
    cur = doc.getText().createTextCursorByRange(paras[start - 1].getStart())
    cur.gotoRange(paras[end - 1].getEnd(), True)
    doc.getCurrentController().select(cur)
    label = paragraphs_label(start, end)
    return f"{label} selected", label


def select_all(doc: Any) -> tuple[str, str]:
    """Select the whole document (text and tables), as Ctrl+A from the body does."""
    text = doc.getText()
    cur = text.createTextCursor()
    cur.gotoStart(False)
    cur.gotoEnd(True)
    doc.getCurrentController().select(cur)
    return "the whole document is selected", "the whole document"


def _column_name(col: int) -> str:
    """Spreadsheet-style column letters of a 1-based column (1 → A, 27 → AA).

    >>> _column_name(1), _column_name(3), _column_name(27)
    ('A', 'C', 'AA')
    """
    name = ""
    while col:
        col, rem = divmod(col - 1, 26)
        name = chr(65 + rem) + name
    return name


def cells_label(table: int, row: int, column: int, to_row: int, to_column: int) -> str:
    """How the view names a cell selection.

    >>> cells_label(1, 1, 0, 1, 0), cells_label(2, 0, 3, 0, 3), cells_label(1, 2, 2, 2, 2), cells_label(1, 1, 1, 2, 3)
    ('table 1 row 1', 'table 2 column 3', 'table 1 row 2 column 2', 'table 1 rows 1-2 columns 1-3')
    """
    if column == 0:
        rows = f"row {row}" if row == to_row else f"rows {row}-{to_row}"
        return f"table {table} {rows}"
    if row == 0:
        cols = f"column {column}" if column == to_column else f"columns {column}-{to_column}"
        return f"table {table} {cols}"
    if (row, column) == (to_row, to_column):
        return f"table {table} row {row} column {column}"
    return f"table {table} rows {row}-{to_row} columns {column}-{to_column}"


def select_cells(
    doc: Any, table: int, row: int = 0, column: int = 0, to_row: int | None = None, to_column: int | None = None
) -> tuple[str, str]:
    """Select cells of table ``table``: a row (``column`` 0), a column (``row`` 0), a cell, or a block.

    The block reaches to ``to_row``/``to_column``. Numbers are 1-based as in the view; -1 is the last.
    """
    tables = doc.getTextTables()
    n = tables.getCount()
    if n == 0:
        raise ValueError("the document has no table")
    if table < 0:
        table = n + 1 + table
    if not 1 <= table <= n:
        raise ValueError(f"table {table} does not exist: the document has {n} table(s)")
    t = tables.getByIndex(table - 1)
    if row == 0 and column == 0:
        raise ValueError("name a row, a column or both (a whole table: select_table)")
    widths = row_widths(t.getCellNames())
    r0, r1 = _span(row, to_row, len(widths), "row")
    if row == 0:  # a column: the rows that have it (a title row merged across the table has fewer cells)
        c0, c1 = _span(column, to_column, max(widths), "column")
        having = [r for r in range(1, len(widths) + 1) if widths[r - 1] >= c1]
        r0, r1 = having[0], having[-1]
    else:
        c0, c1 = _span(column, to_column, min(widths[r0 - 1:r1]), "column")
    label = cells_label(table, 0 if row == 0 else r0, 0 if column == 0 else c0, 0 if row == 0 else r1,
                        0 if column == 0 else c1)
    if (r0, c0) == (r1, c1):  # one cell: select its text, so typing replaces it and formatting applies to it
        cell = t.getCellByName(f"{_column_name(c0)}{r0}")
        cur = cell.createTextCursor()
        cur.gotoStart(False)
        cur.gotoEnd(True)
        doc.getCurrentController().select(cur)
    else:
        doc.getCurrentController().select(t.getCellRangeByName(f"{_column_name(c0)}{r0}:{_column_name(c1)}{r1}"))
    return f"{label} selected", label


def row_widths(cell_names: Any) -> list[int]:
    """How many cells each row of a table holds, from its cell names ("A1", "B2"; a merged row holds fewer).

    ``getColumns().getCount()`` counts the first row only, which a title merged across the table makes 1.

    >>> row_widths(("A1", "A2", "B2", "A3", "B3")), row_widths(("A1", "B1", "A2", "B2", "A1.1.1"))
    ([1, 2, 2], [2, 2])
    """
    widths: dict[int, int] = {}
    for name in cell_names:
        m = re.fullmatch(r"([A-Z]+)(\d+)", name)
        if m:
            r = int(m.group(2))
            widths[r] = max(widths.get(r, 0), column_number(m.group(1)))
    return [widths.get(r, 0) for r in range(1, max(widths, default=0) + 1)]


def _span(first: int, last: int | None, count: int, what: str) -> tuple[int, int]:
    """A 1-based range of rows or columns (0: all of them; negatives count from the end)."""
    if first == 0:
        return 1, count
    last = first if last is None or last == 0 else last
    first, last = (v if v > 0 else count + 1 + v for v in (first, last))
    for v in (first, last):
        if not 1 <= v <= count:
            raise ValueError(f"{what} {v} does not exist: the table has {count} {what}s")
    if last < first:
        first, last = last, first
    return first, last


def select_in_paragraph(doc: Any, text: str, paragraph: int) -> tuple[str, str]:
    """Select ``text`` inside body paragraph ``paragraph`` (its first occurrence there; case must match)."""
    paras = body_paragraphs(doc)
    number, _ = _paragraph_range(paras, paragraph, paragraph)
    content = paras[number - 1].getString()
    k = content.find(text)
    if k < 0:
        k = content.lower().find(text.lower())
    if k < 0 or not text:
        raise ValueError(f"paragraph {number} does not contain {text!r} (it reads {content[:80]!r})")
    cur = doc.getText().createTextCursorByRange(paras[number - 1].getStart())
    cur.goRight(k, False)
    cur.goRight(len(text), True)
    doc.getCurrentController().select(cur)
    found = content[k:k + len(text)]
    return f"text {found!r} in paragraph {number} selected", f'text "{found}" in paragraph {number}'


def select_within(doc: Any, text: str, within: str, paragraph: int | None = None) -> tuple[str, str]:
    """Select ``text`` inside the first occurrence of ``within``: the 2 in H2O.

    With ``paragraph``, the occurrence of ``within`` in that body paragraph.
    """
    k = within.find(text)
    if k < 0:
        k = within.lower().find(text.lower())
    if not text or k < 0:
        raise ValueError(f"{text!r} is not part of {within!r}")
    if paragraph is not None:
        paras = body_paragraphs(doc)
        number, _ = _paragraph_range(paras, paragraph, paragraph)
        content = paras[number - 1].getString()
        at = content.find(within)
        if at < 0:
            raise ValueError(f"paragraph {number} does not contain {within!r} (it reads {content[:80]!r})")
        cur = doc.getText().createTextCursorByRange(paras[number - 1].getStart())
        cur.goRight(at + k, False)
        where = f" in paragraph {number}"
    else:
        sd = doc.createSearchDescriptor()
        sd.SearchString, sd.SearchCaseSensitive = within, True
        found = doc.findFirst(sd)
        if found is None:
            sd.SearchCaseSensitive = False
            found = doc.findFirst(sd)
        if found is None:
            raise ValueError(f"{within!r} is not in the document")
        cur = found.getText().createTextCursorByRange(found.getStart())
        cur.goRight(k, False)
        where = ""
    cur.goRight(len(text), True)
    doc.getCurrentController().select(cur)
    got = cur.getString()
    return f"text {got!r} in {within!r}{where} selected", f'text "{got}" in "{within}"{where}'

"""A new table row with its values: "add carrot cake at £1.60 to the bottom of the table".

The model is trained to add an empty row below a row and to set one cell to a text, one task each; a request that
adds a row with what it holds asks for both. When the values it gives are as many as the table has columns, the
runtime (guidance, off with ``--guidance off``) plays it as those trained requests in turn, on the same document:
"add an empty row below row 5 of table 1", then "set the cell in row 6, column 1 of table 1 to 'Carrot cake'", ...
A last row that holds a total keeps its place at the bottom: the new row goes above it. Each value is capitalised
as the column's other entries all are. Anything else is left to the other readings.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE

_ADD_ROW = re.compile(
    r"^(?:(?:please|can\s+you|could\s+you)\s+)?(?:add|put|insert|append)\s+(?P<what>.+?)\s+"
    r"(?:to|at|on|into|onto)\s+(?:the\s+(?:bottom|end)\s+of\s+)?(?:the\s+)?(?:(?P<name>[a-z][\w-]*)\s+)?table"
    r"(?:\s+(?P<n>\d+))?(?:\s*(?:[\u2013\u2014:]|\s-|,)\s*(?P<rest>.+?))?\s*(?:,?\s*please)?\s*[.!?]?$",
    re.IGNORECASE)
# what separates the values: commas, dashes, "at" or "for" before a price or a number
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+[\u2013\u2014-]\s+|\s+(?:at|for|costing)\s+(?=[\u00a3$\u20ac\d])|:\s+",
                    re.IGNORECASE)
# a sum, a number or a time the words after the table give: "it's £65 - loads of people ask"
_VALUE = re.compile(r"[\u00a3$\u20ac]\d[\d,]*(?:\.\d\d)?|\b\d{1,2}[:.]\d\d\s?(?:am|pm)?|\b\d+(?:\.\d+)?\b", re.I)
EMPTY_ROW = re.compile(  # "a new row": the trained empty row, no values
    r"^(?:an?\s+)?(?:(?:new|empty|blank|extra|another)\s+)*(?:row|line|column)s?\b", re.I)
TOTAL_ROW = re.compile(  # a table's Total row, kept at the bottom
    r"^\s*(?:grand\s+)?(?:total|totals|sum|subtotal)\b", re.IGNORECASE)


def new_row_parts(request: str, view: Any) -> list[str]:
    """The trained requests that add the row and fill it, in order; ``[]`` when the request is not one.

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> t = ViewTable(1, 2, (("Cake", "Price"), ("Lemon drizzle", "\u00a31.20"), ("Brownie", "\u00a31.80")))
    >>> new_row_parts("add carrot cake at \u00a31.60 to the bottom of the table", DocView((), (t,)))
    ... # doctest: +NORMALIZE_WHITESPACE
    ['add an empty row below row 3 of table 1', "set the cell in row 4, column 1 of table 1 to 'Carrot cake'",
     "set the cell in row 4, column 2 of table 1 to '\u00a31.60'"]
    >>> p = ViewTable(1, 3, (("Place", "What", "Distance"), ("The Ship", "Pub", "5 min walk"), ("Total", "", "")))
    >>> new_row_parts("add the Minack to the places table \u2013 open-air theatre, 20 min drive", DocView((), (p,)))
    ... # doctest: +NORMALIZE_WHITESPACE
    ['add an empty row below row 2 of table 1', "set the cell in row 3, column 1 of table 1 to 'Minack'",
     "set the cell in row 3, column 2 of table 1 to 'Open-air theatre'",
     "set the cell in row 3, column 3 of table 1 to '20 min drive'"]
    >>> new_row_parts("can you add rabies to the price table, it's £65 – people keep asking", DocView((), (t,)))
    ... # doctest: +NORMALIZE_WHITESPACE
    ['add an empty row below row 3 of table 1', "set the cell in row 4, column 1 of table 1 to 'Rabies'",
     "set the cell in row 4, column 2 of table 1 to '£65'"]
    >>> v = DocView((), (t,))
    >>> new_row_parts("add a row to the table", v), new_row_parts("add 'x' to the table", v)
    ([], [])
    """
    m = _ADD_ROW.match(request.strip())
    if m is None or QUOTED_RE.search(request) or EMPTY_ROW.match(m.group("what")):
        return []
    table = _table(view, m.group("n"), m.group("name"))
    if table is None or len(table.rows) < 2:
        return []
    values = [v for v in _SPLIT.split(m.group("what")) + (_SPLIT.split(m.group("rest")) if m.group("rest") else [])
              if v.strip()]
    columns = len(table.rows[-1])  # a title row merged across the table holds fewer cells
    if len(values) != columns and m.group("rest"):  # "add rabies to the price table, it's £65 – loads ask for it"
        values = [m.group("what")] + _VALUE.findall(m.group("rest"))
    if len(values) != columns or any(len(r) != columns for r in table.rows[1:]):
        return []
    below = len(table.rows) - (1 if TOTAL_ROW.match(table.rows[-1][0]) and len(table.rows) > 2 else 0)
    values[0] = re.sub(r"^(?:the|a|an)\s+", "", values[0].strip())
    parts = [f"add an empty row below row {below} of table {table.number}"]
    for c, value in enumerate(values, 1):
        entries = [r[c - 1] for r in table.rows[1:] if r[c - 1].strip() and not TOTAL_ROW.match(r[0])]
        if entries and all(e[:1].isupper() for e in entries):
            value = value[:1].upper() + value[1:]
        parts.append(f"set the cell in row {below + 1}, column {c} of table {table.number} to {quote(value.strip())}")
    return parts


def _table(view: Any, number: str | None, name: str | None) -> Any:
    """The table by its number, else the document's only table (None: neither)."""
    if number:
        n = int(number)
        return view.tables[n - 1] if 1 <= n <= len(view.tables) else None
    if len(view.tables) == 1:
        return view.tables[0]
    return None

"""Last-resort readings of a request's target: tried only when no other reading exists, confirmed only by the document.

"the rating" (a line labelled "Rating:") and "the amount for oat milk" (the Amount column's cell in the row whose
label holds "oat milk") read almost any "the X" or "the X for Y"; :mod:`lamforge.text.locate` keeps them only when
the document bears them out. "The empty cell" is a guess too (the table must have exactly one), tried before "the
table" that its words run on to. :func:`firm` tells them apart, so they never change the task memory's lookup nor
the operation split, which were built on the firm readings.
"""

from __future__ import annotations

import re

from lamforge.text.reference_target import QUOTED, TRAILING, Target, meaningful, unquote
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS


def firm(target: Target) -> bool:
    """Whether a reading stands without the document, unlike a last-resort guess only the document confirms.

    The guesses: a labelled line ("the rating"), a cell by column and row label ("the amount for oat milk"), the
    table's one empty cell ("the empty cell"), the place before the first line ("add 'Draft' at the top", read
    only in a request that adds something). Only firm readings name a request's target for the task memory's
    lookup and for splitting operations, so a guess never changes what those were built on.

    >>> firm(label("make the rating bold")), firm(Target("role", "the title", role="title"))
    (False, True)
    """
    return target.kind != "label" and target.how not in ("inside", "top", "empty")


# where a cell's name ends: the clause goes on ("to 7", "in red", "as ...") or stops
_NAME_ENDS = r"(?=\s+(?:to|in|into|as|from|with|is|should)\b|\s*[,;:!?]|\s*\.?\s*$)"


# "the amount for oat milk", "the price of the coffee beans": one cell, by its column's header and its row's label
# (tried last: "the font of the title" is a role first; the table must bear both names out)
# ("the quantity cell for oat milk", "the missing depth for P3": the column is "quantity", "depth")
_COLUMN_OF_ROW = re.compile(
    rf"\bthe\s+(?:table['\u2019]s\s+)?(?:(?:missing|empty|blank)\s+)?(?P<col>[A-Za-z][\w-]*(?:\s+(?!(?:cell|box|field|value)\b)[A-Za-z][\w-]*)?)"
    rf"(?:\s+(?:cell|box|field|value))?\s+(?:for|of)\s+(?:the\s+)?"
    rf"(?P<row>{QUOTED}|\w[\w'.-]*(?:\s+\w[\w'.-]*){{0,3}}?){_NAME_ENDS}",
    re.IGNORECASE)


# words for what a cell holds ("the West Q2 figure")
_CELL_NOUNS = "figure|value|number|entry|amount|score|total|result|reading|cell"
# "Tuesday's hours", "Marcus's shift": the row's label, then the column's header
# ("North's Q2 figure": a header may be capitalised when a word for what a cell holds follows it)
_ROW_POSSESSIVE = re.compile(r"\b(?P<row>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['\u2019]s\s+"
                             rf"(?P<col>[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[A-Z0-9][\w-]*(?=\s+(?:{_CELL_NOUNS})\b))\b")


def column_of_row(clause: str, table: int = 1) -> Target | None:
    """A cell of table ``table`` named by its column's header and a word of its row's label, or None.

    >>> [(t.column_name, t.row_name) for t in (column_of_row("Put 3 in the quantity cell for oat milk"),
    ...  column_of_row("Fill in the missing depth for P3 with 25 cm"), column_of_row("Bold the amount for paper cups"))]
    [('quantity', 'oat milk'), ('depth', 'P3'), ('amount', 'paper cups')]
    >>> t = column_of_row("Change Tuesday's hours to 7"); (t.words, t.row_name, t.column_name)
    ("Tuesday's hours", 'Tuesday', 'hours')
    >>> t = column_of_row("change the West Q2 figure to 335"); (t.words, t.row_name, t.column_name)
    ('the West Q2 figure', 'West', 'Q2')
    >>> t = column_of_row("Change North's Q2 figure to 400"); (t.words, t.row_name, t.column_name)
    ("North's Q2 figure", 'North', 'Q2')
    >>> t = column_of_row("Set the Pet fee amount to 200 dollars."); (t.words, t.row_name, t.column_name)
    ('the Pet fee amount', 'Pet fee', 'amount')
    """
    m = _COLUMN_OF_ROW.search(clause)
    if m is None:
        return _possessive_cell(clause, table) or _row_header_cell(clause, table) or _row_column_cell(clause, table)
    row = m.group("row").split()
    while len(row) > 1 and row[-1].lower() in TRAILING:  # "the amount for paper cups bold" ("bookmark set" stays)
        row.pop()
    words = clause[m.start():m.start("row")] + " ".join(row)
    if not meaningful(m.group("col")) or not meaningful(unquote(" ".join(row))):
        return None
    return Target("cells", words, row_name=unquote(" ".join(row)), column_name=m.group("col"),
                  table=table, how="inside")


# "the empty cell", "the blank cell of the table": the one cell with nothing in it
_EMPTY_CELL = re.compile(r"\bthe\s+(?:only\s+)?(?:empty|blank|missing)\s+(?:cell|box|entry|value)\b", re.IGNORECASE)


def empty_cell(clause: str, table: int = 1) -> Target | None:
    """"The empty cell": the one empty cell of table ``table`` (the document must have exactly one), or None.

    >>> empty_cell("Type 38.1 C in the empty cell of the table").words, empty_cell("Bold the title")
    ('the empty cell', None)
    """
    m = _EMPTY_CELL.search(clause)
    return Target("cells", m.group(0), table=table, how="empty") if m else None


# "the rating", "the tip": a line the document opens with that label ("Rating: 4 out of 5"); tried last
_LABEL_NAME = re.compile(r"\bthe\s+(?P<label>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\b", re.IGNORECASE)


def label(clause: str) -> Target | None:
    """"The rating", "the whole warning": a line the document may open with that label, or None.

    >>> label("make the whole warning bold")
    Target(kind='label', words='the whole warning', role='', text='warning', how='contains', anchor='', nth=0, \
count=1, last=0, table=1, row=0, column=0, row_name='', column_name='', after=False, inner=None)
    """
    for m in _LABEL_NAME.finditer(clause):
        words = m.group("label").split()
        if len(words) > 1 and clause[m.end():m.end() + 1] in ("'", "\u2019"):
            words.pop()  # "the conditions don't": a contraction's first half is no part of the label
        while words and (words[-1].lower() in FUNCTION_WORDS or words[-1].lower() in TRAILING):
            words.pop()  # "the tip bold": the label is "tip"
        if len(words) > 1 and words[0].lower() in ("whole", "entire", "full"):
            words.pop(0)  # "the whole warning": the line the label opens, all of it
        if words and all(w.lower() not in FUNCTION_WORDS and w.lower() not in INSTRUCTION_WORDS for w in words):
            name = " ".join(words)
            end = m.start("label") + m.group("label").index(name) + len(name)
            return Target("label", clause[m.start():end], text=name)
    return None


def _possessive_cell(clause: str, table: int) -> Target | None:
    """"Tuesday's hours": the cell of the row labelled Tuesday under the Hours header (the table must bear both)."""
    m = _ROW_POSSESSIVE.search(clause)
    if m is None:
        return None
    col = m.group("col").split()
    while col and (col[-1] in FUNCTION_WORDS or col[-1] in INSTRUCTION_WORDS or col[-1] in TRAILING):
        col.pop()  # "Tuesday's hours to 7": the header is "hours"
    row = m.group("row").split()
    while len(row) > 1 and (row[0].lower() in INSTRUCTION_WORDS or row[0].lower() in FUNCTION_WORDS):
        row.pop(0)  # "Change Tuesday's hours": the row is "Tuesday"
    if not col or not meaningful(" ".join(row)):
        return None
    start = m.start("row") + m.group("row").rindex(" ".join(row))
    whole = len(col) == len(m.group("col").split())  # nothing popped: a cell noun may follow the header
    noun = re.match(rf"\s+(?:{_CELL_NOUNS})\b", clause[m.end("col"):]) if whole else None
    words = clause[start:m.start("col")] + " ".join(col) + (noun.group(0) if noun else "")  # "North's Q2 figure"
    return Target("cells", words, row_name=" ".join(row), column_name=" ".join(col), table=table, how="inside")


# "the West Q2 figure": a row's label, then a column's header, then what a cell holds
_ROW_COLUMN_NOUN = re.compile(r"\bthe\s+(?P<row>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?P<col>[A-Za-z0-9][\w-]*)\s+"
                              rf"(?:{_CELL_NOUNS})\b")


def _row_column_cell(clause: str, table: int) -> Target | None:
    """"The West Q2 figure": the cell of the row labelled West under the Q2 header (the table must bear both)."""
    m = _ROW_COLUMN_NOUN.search(clause)
    if m is None or not meaningful(m.group("row")) or m.group("col").lower() in FUNCTION_WORDS:
        return None
    return Target("cells", m.group(0), row_name=m.group("row"), column_name=m.group("col"), table=table,
                  how="inside")


# "the Pet fee amount": a row's label (capitalised), then a column's header in lower case, then where the clause
# goes on ("to", "in", "as", ...) or ends
_ROW_HEADER = re.compile(rf"\bthe\s+(?P<row>[A-Z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<col>[a-z][\w-]*){_NAME_ENDS}")


def _row_header_cell(clause: str, table: int) -> Target | None:
    """"The Pet fee amount": the cell of the row labelled Pet fee under the Amount header (the table must bear both)."""
    m = _ROW_HEADER.search(clause)
    if m is None or not meaningful(m.group("row")) or m.group("col") in FUNCTION_WORDS | INSTRUCTION_WORDS:
        return None
    return Target("cells", m.group(0), row_name=m.group("row"), column_name=m.group("col"), table=table,
                  how="inside")

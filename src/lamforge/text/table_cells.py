"""Where a target is (:class:`Spot`), and where in a table a target that names cells is.

Kept apart from :mod:`lamforge.text.locate` (which answers for paragraphs, sections and the whole document) so
that each holds one job: rows and columns are found by their labels here, read generously as the request names
them (:mod:`lamforge.text.label_match`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lamforge.text.label_match import label_hits as _label_hits
from lamforge.text.label_match import norm as _norm
from lamforge.text.label_match import shorter_words as _shorter_words
from lamforge.text.reference_target import Table, Target


@dataclass(frozen=True)
class Spot:
    """Where a target is, as the structural selections name it.

    ``paragraphs`` (start..end), ``cells`` (table, row, column, to_row, to_column; 0 = all), ``all``, ``text``
    (``text`` in paragraph ``start``, inside the word ``within`` when given), ``span`` (``text``, a contact detail
    of paragraph ``start``: it is named quoted) or ``table``. ``words``: the request's
    words that named it, when matching the document shortened a generously read name (else empty).
    """

    kind: str
    start: int = 0
    end: int = 0
    table: int = 0
    row: int = 0
    column: int = 0
    to_row: int = 0
    to_column: int = 0
    text: str = ""
    within: str = ""
    words: str = field(default="", compare=False)


def locate_cells(target: Target, tables: Sequence[Table]) -> Spot | None:
    """The cells of a table a target names: by number, by the text a cell holds, the empty one, by labels."""
    if not 1 <= target.table <= len(tables):
        return None
    rows = tables[target.table - 1]
    if not rows:
        return None
    row, col, words = target.row, target.column, target.words
    if target.text:  # the cell that holds the text
        want = _norm(target.text)
        hits = [(r, c) for r, cells in enumerate(rows, 1) for c, cell in enumerate(cells, 1) if _norm(cell) == want]
        if len(hits) != 1:
            return None
        (row, col), = hits
        return Spot("cells", table=target.table, row=row, column=col, to_row=row, to_column=col)
    if target.how == "empty":  # "the empty cell": the one there is
        empty = [(r, c) for r, cells in enumerate(rows, 1) for c, cell in enumerate(cells, 1) if not cell.strip()]
        if len(empty) != 1:
            return None
        (row, col), = empty
        return Spot("cells", table=target.table, row=row, column=col, to_row=row, to_column=col)
    if target.row_name:
        labels = [r[0] if r else "" for r in rows]
        hit = _label_hits(target.row_name, target.after, labels)
        if hit is None and target.how == "inside":  # "the amount for oat milk": the one label holding the words
            inside = [i for i, label in enumerate(labels, 1) if f" {_norm(target.row_name)} " in f" {_norm(label)} "]
            hit = (inside[0], target.row_name) if len(inside) == 1 and inside[0] > 1 else None
        if hit is None:  # "the break row" where the first column holds times: a cell of one other column
            others = [h for c in range(1, max(len(r) for r in rows))
                      if (h := _label_hits(target.row_name, target.after, [r[c] if c < len(r) else "" for r in rows]))]
            hit = others[0] if len(others) == 1 and others[0][0] > 1 else None
        if hit is None:
            return None
        row, used = hit
        words = _shorter_words(words, target.row_name, used) or words
    if target.column_name:
        hit = _label_hits(target.column_name, target.after, list(rows[0]))
        if hit is None:
            return None
        col, used = hit
        words = _shorter_words(words, target.column_name, used) or words
    n_rows, n_cols = len(rows), max(len(r) for r in rows)
    row = row if row >= 0 else n_rows + 1 + row
    col = col if col >= 0 else n_cols + 1 + col
    if not 0 <= row <= n_rows or not 0 <= col <= n_cols or (row == 0 and col == 0):
        return None
    return Spot("cells", table=target.table, row=row, column=col, to_row=row, to_column=col,
                words=words if words != target.words else "")

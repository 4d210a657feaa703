"""Build the *expected* document: the template as read from its .docx, then the task's edits applied.

A family describes its operation as edits on this model (format a span, change a paragraph's
layout, insert a paragraph ...). The checker compares the saved file with the result, so "the
intended change happened" and "nothing else was damaged" are one comparison, and a composite task
is just its parts' edits applied in order.
"""

from __future__ import annotations

import copy
import functools
from typing import Any

from lamforge.tasks.checks.docmodel import PLAIN, DocModel, DocPara, DocTable, read_docx


@functools.lru_cache(maxsize=64)
def _template_model(name: str) -> DocModel:
    from lamforge.tasks.templates import template_path

    return read_docx(template_path(name))


def expected_from_template(name: str) -> DocModel:
    """A private copy of the untouched template's model (safe to edit)."""
    return copy.deepcopy(_template_model(name))


def block_index(model: DocModel, para: int) -> int:
    """Position in ``model.blocks`` of the ``para``-th paragraph."""
    seen = -1
    for i, b in enumerate(model.blocks):
        if isinstance(b, DocPara):
            seen += 1
            if seen == para:
                return i
    raise IndexError(f"paragraph {para} out of range ({seen + 1} paragraphs)")


def paragraph(model: DocModel, para: int) -> DocPara:
    """The ``para``-th top-level paragraph."""
    return model.paragraphs[para]


def format_span(model: DocModel, para: int, start: int, end: int, **props: Any) -> None:
    """Set character properties on ``[start, end)`` of paragraph ``para``."""
    p = paragraph(model, para)
    for i in range(start, end):
        p.chars[i] = p.chars[i]._replace(**props)


def format_cells(model: DocModel, table: int, **props: Any) -> None:
    """Set character properties on every character of every cell of table ``table``."""
    for row in model.tables[table].cells:
        for cell in row:
            cell.chars = [c._replace(**props) for c in cell.chars]


def set_layout(model: DocModel, para: int, **fields: Any) -> None:
    """Change paragraph-level properties (align, indent, spacing, style, list_kind, page_break)."""
    p = paragraph(model, para)
    for k, v in fields.items():
        if not hasattr(p, k):
            raise AttributeError(f"DocPara has no field {k!r}")
        setattr(p, k, v)


def replace_span(model: DocModel, para: int, start: int, end: int, new: str, keep_props: bool = False) -> None:
    """Replace ``[start, end)`` of a paragraph's text by ``new``.

    With ``keep_props`` (case changes) the characters keep their formatting one for one; otherwise
    the new text is plain, as typed text in a plain paragraph is.
    """
    p = paragraph(model, para)
    if keep_props:
        if len(new) != end - start:
            raise ValueError("keep_props needs a same-length replacement")
        chars = p.chars[start:end]
    else:
        chars = [PLAIN] * len(new)
    p.text = p.text[:start] + new + p.text[end:]
    p.chars = p.chars[:start] + chars + p.chars[end:]


def replace_everywhere(model: DocModel, old: str, new: str) -> int:
    """Replace every case-sensitive occurrence of ``old`` in paragraphs and cells; returns the count."""
    n = 0
    targets = list(model.paragraphs) + [c for t in model.tables for row in t.cells for c in row]
    for p in targets:
        while old in p.text:
            i = p.text.index(old)
            p.chars = p.chars[:i] + [PLAIN] * len(new) + p.chars[i + len(old):]
            p.text = p.text[:i] + new + p.text[i + len(old):]
            n += 1
    return n


def insert_paragraph(model: DocModel, para: int, text: str, like: int | None = None,
                     before: bool = False) -> DocPara:
    """Insert a plain paragraph right after paragraph ``para`` (before any table that follows it), or right before it.

    ``like`` copies the layout of that paragraph (a new line typed inside a paragraph keeps its style).
    """
    src = paragraph(model, like) if like is not None else DocPara(text="", chars=[])
    new = DocPara(text=text, chars=[PLAIN] * len(text), style=src.style, align=src.align, indent=src.indent,
                  spacing=src.spacing, list_kind=src.list_kind)
    model.blocks.insert(block_index(model, para) + (0 if before else 1), new)
    return new


def delete_paragraph(model: DocModel, para: int) -> DocPara:
    """Remove paragraph ``para`` and return it."""
    return model.blocks.pop(block_index(model, para))  # type: ignore[return-value]


def insert_table(model: DocModel, after_para: int, rows: int, cols: int) -> None:
    """Insert an empty ``rows`` x ``cols`` table right after paragraph ``after_para``."""
    cells = [[DocPara(text="", chars=[]) for _ in range(cols)] for _ in range(rows)]
    model.blocks.insert(block_index(model, after_para) + 1, DocTable(cells=cells))


def insert_row(model: DocModel, table: int, after_row: int) -> None:
    """An empty row after row ``after_row`` (from 1) of table ``table`` (from 0), aligned as the row above.

    Writer's Insert Rows Below copies the row's cell formatting; an empty cell shows only its alignment.
    """
    cells = model.tables[table].cells
    above = cells[after_row - 1]
    cells.insert(after_row, [DocPara(text="", chars=[], align=c.align) for c in above])


def delete_row(model: DocModel, table: int, row: int) -> None:
    """Remove row ``row`` (from 1) of table ``table`` (from 0): Writer's Delete Rows."""
    del model.tables[table].cells[row - 1]


def set_cell(model: DocModel, table: int, row: int, col: int, text: str) -> None:
    """Set a cell's text (typed, so plain); the cell keeps its alignment."""
    old = model.tables[table].cells[row][col]
    model.tables[table].cells[row][col] = DocPara(text=text, chars=[PLAIN] * len(text), align=old.align)


def cell_block(model: DocModel, table: int, row: int = 0, column: int = 0) -> list[DocPara]:
    """The cells of a row (``column`` 0), a column (``row`` 0) or one cell; numbers from 1 as the view counts."""
    cells = model.tables[table].cells
    return [cell for r, cells_row in enumerate(cells, 1) for c, cell in enumerate(cells_row, 1)
            if row in (0, r) and column in (0, c)]


def format_cell_block(model: DocModel, table: int, row: int = 0, column: int = 0, *, align: str | None = None,
                      **props: Any) -> None:
    """Set character properties (and the alignment) of a row, a column or one cell."""
    for cell in cell_block(model, table, row, column):
        cell.chars = [c._replace(**props) for c in cell.chars]
        if align is not None:
            cell.align = align


def format_everything(model: DocModel, **props: Any) -> None:
    """Set character properties on every character of the document: paragraphs and table cells."""
    for p in model.paragraphs + [c for t in model.tables for row in t.cells for c in row]:
        p.chars = [c._replace(**props) for c in p.chars]


def recase_everything(model: DocModel, convert: Any) -> None:
    """Rewrite every paragraph's and cell's text with ``convert`` (same length), keeping its formatting."""
    for p in model.paragraphs + [c for t in model.tables for row in t.cells for c in row]:
        new = convert(p.text)
        if len(new) != len(p.text):
            raise ValueError(f"case change alters the length of {p.text!r}")
        p.text = new


def format_everywhere(model: DocModel, needle: str, **props: Any) -> int:
    """Format every case-sensitive occurrence of ``needle`` in paragraphs and cells; returns the count."""
    n = 0
    targets = list(model.paragraphs) + [c for t in model.tables for row in t.cells for c in row]
    for p in targets:
        start = p.text.find(needle)
        while start >= 0:
            for i in range(start, start + len(needle)):
                p.chars[i] = p.chars[i]._replace(**props)
            n += 1
            start = p.text.find(needle, start + len(needle))
    return n

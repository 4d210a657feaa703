"""Read a compact document state over UNO: paragraphs, tables, the current selection.

``read_state(doc)`` is the cheap form used at every step (one call for the whole text); ``full=True``
adds per-paragraph style and formatting for judges and logs.
"""

from __future__ import annotations

from typing import Any

from lamforge.app.observation import DocState, Paragraph


def selection_text(doc: Any) -> str:
    """Text of the current selection ('' when nothing is selected)."""
    try:
        vc = doc.getCurrentController().getViewCursor()
        return vc.getString()
    except Exception:
        return ""


def body_paragraphs(doc: Any) -> list[str]:
    """Texts of the body's lines in order, one UNO call; the body's string holds the tables' cell lines too."""
    return doc.getText().getString().replace("\r\n", "\n").split("\n")


def searchable_texts(doc: Any) -> list[str]:
    """Body lines plus every table cell's text: everything ``select_text`` can reach (a cell's text comes twice)."""
    texts = body_paragraphs(doc)
    tables = doc.getTextTables()
    for i in range(tables.getCount()):
        t = tables.getByIndex(i)
        for name in t.getCellNames():
            texts.extend(t.getCellByName(name).getString().split("\n"))
    return texts


def table_shapes(doc: Any) -> tuple[tuple[int, int], ...]:
    """(rows, columns) of each table in index order."""
    tables = doc.getTextTables()
    out = []
    for i in range(tables.getCount()):
        t = tables.getByIndex(i)
        out.append((t.getRows().getCount(), t.getColumns().getCount()))
    return tuple(out)


def read_quick(text: Any, tables: Any, view_cursor: Any) -> DocState:
    """The per-step state from cached handles: body text, table shapes, selection (few round trips)."""
    paras = tuple(Paragraph(text=t) for t in text.getString().replace("\r\n", "\n").split("\n"))
    shapes: tuple[tuple[int, int], ...] = ()
    if tables.hasElements():
        shapes = tuple(
            (t.getRows().getCount(), t.getColumns().getCount())
            for t in (tables.getByIndex(i) for i in range(tables.getCount()))
        )
    return DocState(paras, shapes, view_cursor.getString())


def read_state(doc: Any, *, full: bool = False) -> DocState:
    """The document's state; ``full`` adds paragraph styles and bold/italic/underline (slower)."""
    if not full:
        ctl = doc.getCurrentController()
        return read_quick(doc.getText(), doc.getTextTables(), ctl.getViewCursor())
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        p = enum.nextElement()
        if not p.supportsService("com.sun.star.text.Paragraph"):
            continue
        out.append(
            Paragraph(
                text=p.getString(),
                style=p.ParaStyleName,
                bold=p.CharWeight >= 150,
                italic=getattr(p.CharPosture, "value", "NONE") != "NONE",
                underline=p.CharUnderline != 0,
            )
        )
    return DocState(tuple(out), table_shapes(doc), selection_text(doc))

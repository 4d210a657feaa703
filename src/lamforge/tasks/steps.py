"""Reference-solution steps in *command form*: what to do, named by UNO command or dialog field.

A step names its control by ``command`` (a toolbar or menu control, ``.uno:Bold``) or by
``control`` (a field or button of an open dialog, ``Rows``); a step with neither acts on the
Document. :mod:`lamforge.tasks.solution` turns these into labelled actions on the live control list.
"""

from __future__ import annotations

from typing import Any

Step = dict[str, Any]


def select(text: str) -> Step:
    """Select the first occurrence of ``text`` in the document."""
    return {"function": "select_text", "args": {"text": text}}


def click(command: str) -> Step:
    """Click the toolbar or menu control that runs ``command``."""
    return {"function": "click_input", "command": command, "args": {}}


def set_value(command: str, text: str) -> Step:
    """Type ``text`` into the combo box behind ``command`` (font size, style, colour ...)."""
    return {"function": "set_edit_text", "command": command, "args": {"text": text}}


def keys(sequence: str) -> Step:
    """Type text and keys (``{END}``, ``{ENTER}``, ``+{DOWN}``) into the document."""
    return {"function": "keyboard_input", "args": {"keys": sequence}}


def dialog_set(name: str, text: str) -> Step:
    """Type ``text`` into the open dialog's field ``name``."""
    return {"function": "set_edit_text", "control": name, "args": {"text": text}}


def dialog_click(name: str) -> Step:
    """Click the open dialog's button or check box ``name``."""
    return {"function": "click_input", "control": name, "args": {}}


def document(function: str, **args: Any) -> Step:
    """Call a document function such as ``insert_table(rows=, columns=)`` or ``select_table(number=)``."""
    return {"function": function, "args": dict(args)}


def select_paragraphs(start: int, end: int | None = None) -> Step:
    """Select body paragraphs ``start``..``end`` as the document view numbers them (-1: the last)."""
    args: dict[str, Any] = {"start": start}
    if end is not None and end != start:
        args["end"] = end
    return {"function": "select_paragraphs", "args": args}


def select_cells(table: int = 1, row: int = 0, column: int = 0) -> Step:
    """Select a row (``column`` 0), a column (``row`` 0) or one cell of table ``table``; numbers from 1."""
    args: dict[str, Any] = {"table": table}
    if row:
        args["row"] = row
    if column:
        args["column"] = column
    return {"function": "select_cells", "args": args}


def select_all() -> Step:
    """Select the whole document."""
    return {"function": "select_all", "args": {}}


def select_within(text: str, within: str, paragraph: int | None = None) -> Step:
    """Select ``text`` inside the word ``within`` (the 2 in H2O), in body paragraph ``paragraph`` when given."""
    args: dict[str, Any] = {"text": text, "within": within}
    if paragraph is not None:
        args["paragraph"] = paragraph
    return {"function": "select_text", "args": args}


def select_in_paragraph(text: str, paragraph: int) -> Step:
    """Select the first occurrence of ``text`` in body paragraph ``paragraph``."""
    return {"function": "select_text", "args": {"text": text, "paragraph": paragraph}}


def summary(text: str) -> Step:
    """End the episode with a message to the user (a request Writer cannot do)."""
    return {"function": "summary", "args": {"text": text}}

"""Plan steps that select a target named by role, position, content or structure, read from the document view.

"Make the title bold", "bold the header row", "double-space the first two paragraphs", "the 2 in H2O": the
expert reads the reference (:mod:`lamforge.text.references`), finds it in the document as the live session
shows it (the observation's view: numbered paragraphs with roles, tables by row), and writes the selection as a
help-page step the grounder turns into a structural action ("Select paragraph 3" → ``select_paragraphs``). It
never reads the task's parameters: a reference it cannot place unambiguously is left to the other planners,
which then fail the task, and those failures are what self-boosting explores.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lamforge.app.observation import DocView
from lamforge.text.locate import Spot, locate
from lamforge.text.quotes import quoted_texts
from lamforge.text.references import Target, find_targets

_SELECT_PARAGRAPHS = re.compile(r"^select paragraphs? (-?\d+)(?: to (-?\d+))?\.?$", re.I)
_SELECT_ROW = re.compile(r"^select row (-?\d+) of table (\d+)\.?$", re.I)
_SELECT_COLUMN = re.compile(r"^select column (-?\d+) of table (\d+)\.?$", re.I)
_SELECT_CELL = re.compile(r"^select the cell in row (-?\d+), column (-?\d+) of table (\d+)\.?$", re.I)
_SELECT_WITHIN = re.compile(r'^select "(.+?)" in "(.+?)"(?: in paragraph (\d+))?\.?$', re.I)
_SELECT_IN_PARAGRAPH = re.compile(r'^select "(.+?)" in paragraph (\d+)\.?$', re.I)
_SELECT_ALL = re.compile(r"^select the whole document\.?$", re.I)
_SELECT_TABLE = re.compile(r"^select table (\d+)\.?$", re.I)


def target_of(clause: str) -> Target | None:
    """The clause's first structural reading, when the expert should select it structurally (see ``targets_of``)."""
    return next(targets_of(clause), None)


def targets_of(clause: str, doc_texts: Sequence[str] | None = None) -> Iterator[Target]:
    """The clause's structural readings, most specific first.

    Quoted clauses keep the quote-based plans (select the quoted text), except a text inside a word (the quoted
    '2' of 'H2O'); a "whole document" reference beside a quote is not a target ("make 'X' bold everywhere"). With
    ``doc_texts`` (the document's paragraphs and cells), quotes found in none of them are new text to type
    ("type 'Done' into row 3, column 2"), and the clause's target may still be structural.
    """
    quotes = quoted_texts(clause)
    if doc_texts is not None:
        low = [t.lower() for t in doc_texts]
        quotes = [q for q in quotes if any(q.lower() in t for t in low)]
    for target in find_targets(clause):
        if not quotes or target.kind == "within":
            yield target


def spot_steps(spot: Spot) -> list[str]:
    """The help-page step that selects ``spot``.

    >>> spot_steps(Spot("paragraphs", 2, 3)), spot_steps(Spot("cells", table=1, row=1, to_row=1))
    (['Select paragraphs 2 to 3'], ['Select row 1 of table 1'])
    >>> spot_steps(Spot("text", 4, 4, text="2", within="H2O"))
    ['Select "2" in "H2O"']
    """
    if spot.kind == "all":
        return ["Select the whole document"]
    if spot.kind == "table":
        return [f"Select table {spot.table}"]
    if spot.kind == "paragraphs":
        return [f"Select paragraph {spot.start}" if spot.start == spot.end else
                f"Select paragraphs {spot.start} to {spot.end}"]
    if spot.kind == "cells":
        if spot.column == 0:
            return [f"Select row {spot.row} of table {spot.table}"]
        if spot.row == 0:
            return [f"Select column {spot.column} of table {spot.table}"]
        return [f"Select the cell in row {spot.row}, column {spot.column} of table {spot.table}"]
    if spot.within:
        return [f'Select "{spot.text}" in "{spot.within}"']
    return [f'Select "{spot.text}" in paragraph {spot.start}']


def structural_steps(clause: str, view: DocView | None) -> tuple[list[str], str] | None:
    """Steps selecting the clause's structural target, and the clause with the target's words taken out.

    The readings of the clause are tried most specific first ("the last paragraph in the Georgia font" is not a
    section called Georgia); None when none names a target the view shows unambiguously.
    """
    if view is None:
        return None
    paragraphs = [(p.number, p.role, p.text) for p in view.paragraphs]
    tables = [t.rows for t in view.tables]
    texts = [p[2] for p in paragraphs] + [c for rows in tables for row in rows for c in row]
    for target in targets_of(clause, texts):
        spot = locate(target, paragraphs, tables)
        if spot is not None:
            rest = clause.replace(spot.words or target.words, " ", 1)
            return spot_steps(spot), re.sub(r"\s+", " ", rest).strip()
    return None


def without_targets(request: str) -> str:
    """The request with the words of each clause's structural target taken out (their numbers are not values).

    >>> without_targets("Set paragraphs 2 to 4 in 14 pt")
    'Set in 14 pt'
    """
    from lamforge.data.expert.planner import split_clauses

    out = request
    for clause in split_clauses(request):
        target = target_of(clause)
        if target is not None:
            out = out.replace(target.words, " ", 1)
    return re.sub(r"\s+", " ", out).strip()


def structural_action(step: str) -> tuple[str, dict[str, object]] | None:
    """The structural action a selection step names: (function, args), or None when it names none.

    >>> structural_action("Select paragraphs 2 to 3"), structural_action("Select the whole document")
    (('select_paragraphs', {'start': 2, 'end': 3}), ('select_all', {}))
    >>> structural_action('Select "2" in "H2O"')
    ('select_text', {'text': '2', 'within': 'H2O'})
    >>> structural_action("Select the cell in row 2, column 3 of table 1")
    ('select_cells', {'table': 1, 'row': 2, 'column': 3})
    """
    s = step.strip()
    if _SELECT_ALL.match(s):
        return "select_all", {}
    if m := _SELECT_PARAGRAPHS.match(s):
        args: dict[str, object] = {"start": int(m.group(1))}
        if m.group(2) and int(m.group(2)) != args["start"]:
            args["end"] = int(m.group(2))
        return "select_paragraphs", args
    if m := _SELECT_ROW.match(s):
        return "select_cells", {"table": int(m.group(2)), "row": int(m.group(1))}
    if m := _SELECT_COLUMN.match(s):
        return "select_cells", {"table": int(m.group(2)), "column": int(m.group(1))}
    if m := _SELECT_CELL.match(s):
        return "select_cells", {"table": int(m.group(3)), "row": int(m.group(1)), "column": int(m.group(2))}
    if m := _SELECT_WITHIN.match(s):
        args = {"text": m.group(1), "within": m.group(2)}
        if m.group(3):
            args["paragraph"] = int(m.group(3))
        return "select_text", args
    if m := _SELECT_IN_PARAGRAPH.match(s):
        return "select_text", {"text": m.group(1), "paragraph": int(m.group(2))}
    if m := _SELECT_TABLE.match(s):
        return "select_table", {"number": int(m.group(1))}
    return None

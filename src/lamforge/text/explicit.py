"""The explicit words for a place in a document, and the structural selection they spell out.

The agent's guidance rewrites "the header row" into ``row 1 of table 1`` and "the first two paragraphs" into
``paragraphs 4 to 5`` (:mod:`lamforge.agent.explicit_targets`), words the model copies better than it counts; the
hint guide then reads the same words back as the selection they name, so the two cannot disagree: both live here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from lamforge.text.locate import Spot

_PARAGRAPHS = re.compile(r"\bparagraphs (\d+) to (\d+)\b")
_CELL = re.compile(r"\bthe cell in row (\d+), column (\d+) of table (\d+)\b")
_ROW = re.compile(r"\brow (\d+) of table (\d+)\b")
_COLUMN = re.compile(r"\bcolumn (\d+) of table (\d+)\b")
_WITHIN = re.compile(r"""\bthe (['"])(.+?)\1 in (['"])(.+?)\3""")


def quote(text: str) -> str:
    """``text`` in the quotes that do not clash with it."""
    return f'"{text}"' if "'" in text or "\u2019" in text else f"'{text}'"


def explicit_words(spot: Spot, paragraphs: Sequence[tuple[int, str, str]]) -> str | None:
    """The explicit words for a located target (None when there is nothing better to say).

    >>> doc = [(1, "title", "Minutes"), (2, "body", "We met."), (3, "body", "It rained.")]
    >>> explicit_words(Spot("paragraphs", 1, 1), doc), explicit_words(Spot("paragraphs", 2, 3), doc)
    ("the paragraph 'Minutes'", 'paragraphs 2 to 3')
    >>> explicit_words(Spot("cells", table=1, row=1, to_row=1), doc)
    'row 1 of table 1'
    >>> explicit_words(Spot("text", 2, 2, text="2", within="H2O"), doc)
    "the '2' in 'H2O'"
    >>> explicit_words(Spot("paragraphs", 4, 4), [*doc, (4, "body", "Minutes")])  # its text is there twice
    'paragraphs 4 to 4'
    """
    if spot.kind == "all":
        return "the whole document"
    if spot.kind == "table":
        return f"table {spot.table}"
    if spot.kind == "cells":
        if spot.column == 0:
            return f"row {spot.row} of table {spot.table}"
        if spot.row == 0:
            return f"column {spot.column} of table {spot.table}"
        return f"the cell in row {spot.row}, column {spot.column} of table {spot.table}"
    if spot.kind == "text":
        if spot.within:
            return f"the {quote(spot.text)} in {quote(spot.within)}"
        if spot.text and sum(t.count(spot.text) for _, _, t in paragraphs) == 1:  # "the first sentence of ..."
            return quote(spot.text)
        return None
    if spot.kind == "span":  # "the phone number" -> '555-0142'
        return quote(spot.text)
    if spot.kind == "paragraphs":
        if spot.start != spot.end:
            return f"paragraphs {spot.start} to {spot.end}"
        text = next((t for n, _, t in paragraphs if n == spot.start), "").strip()
        if sum(t.strip() == text for _, _, t in paragraphs) > 1:  # a name signed at the top and the bottom
            return f"paragraphs {spot.start} to {spot.start}"  # the quote would select the first of them
        return f"the paragraph {quote(text)}" if text else None
    return None


def explicit_selection(request: str) -> tuple[str, str] | None:
    """The structural selection explicit words in ``request`` spell out: (function, its args as JSON), or None.

    >>> explicit_selection("bold row 1 of table 1")
    ('select_cells', '{"table": 1, "row": 1}')
    >>> explicit_selection("double space paragraphs 4 to 6"), explicit_selection("make the '2' in 'm2' superscript")
    (('select_paragraphs', '{"start": 4, "end": 6}'), ('select_text', '{"text": "2", "within": "m2"}'))
    >>> explicit_selection("make the title bold") is None
    True
    """
    found: list[tuple[int, str, dict[str, object]]] = []
    if m := _CELL.search(request):
        found.append((m.start(), "select_cells", {"table": int(m[3]), "row": int(m[1]), "column": int(m[2])}))
    elif m := _ROW.search(request):
        found.append((m.start(), "select_cells", {"table": int(m[2]), "row": int(m[1])}))
    elif m := _COLUMN.search(request):
        found.append((m.start(), "select_cells", {"table": int(m[2]), "column": int(m[1])}))
    if m := _PARAGRAPHS.search(request):
        found.append((m.start(), "select_paragraphs", {"start": int(m[1]), "end": int(m[2])}))
    if m := _WITHIN.search(request):
        found.append((m.start(), "select_text", {"text": m[2], "within": m[4]}))
    if "the whole document" in request:
        found.append((request.index("the whole document"), "select_all", {}))
    if not found:
        return None
    _, function, args = min(found, key=lambda f: f[0])
    return function, json.dumps(args, ensure_ascii=False)

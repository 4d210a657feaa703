"""Guidance: a target named by role, position or structure, rewritten into the explicit form the model copies best.

The model reads the document view and is trained to ground "the title", "the second bullet", "the header row" or
"the 2 in H2O" itself; a tiny model still does that far less reliably than it copies a quoted text or a number
out of the request. With the guidance on, before the first prompt, each such reference that the one reference
reader (:mod:`lamforge.text.references`, the expert's own) places unambiguously in the document view is rewritten:

* one paragraph → the paragraph quoted: ``the paragraph "Harbor Lights Coffee Third Quarter Report"``;
* several paragraphs → their numbers in the view: ``paragraphs 4 to 5``;
* table cells → their coordinates: ``row 1 of table 1``, ``column 2 of table 1``, ``the cell in row 3, column 2 of
  table 1``;
* a text inside a word → both quoted: ``the '2' in 'H2O'``;
* the whole document → ``the whole document``.

A reference the reader cannot place is left as written, for the model to ground in the view. This is scaffolding,
switched off with the rest of the guidance (``run_episode(rewrite_request=False)``); the report measures both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lamforge.text.locate import Spot, locate
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.references import find_targets

MAX_REWRITES = 3


@dataclass(frozen=True)
class Rewrite:
    """One reference made explicit: the request's words and what replaced them."""

    words: str
    explicit: str


def _quote(text: str) -> str:
    return f'"{text}"' if "'" in text or "\u2019" in text else f"'{text}'"


def explicit(spot: Spot, paragraphs: Sequence[tuple[int, str, str]]) -> str | None:
    """The explicit words for a located target (None when there is nothing better to say).

    >>> doc = [(1, "title", "Minutes"), (2, "body", "We met."), (3, "body", "It rained.")]
    >>> explicit(Spot("paragraphs", 1, 1), doc), explicit(Spot("paragraphs", 2, 3), doc)
    ("the paragraph 'Minutes'", 'paragraphs 2 to 3')
    >>> explicit(Spot("cells", table=1, row=1, to_row=1), doc)
    'row 1 of table 1'
    >>> explicit(Spot("text", 2, 2, text="2", within="H2O"), doc)
    "the '2' in 'H2O'"
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
            return f"the {_quote(spot.text)} in {_quote(spot.within)}"
        return f"{_quote(spot.text)} in paragraph {spot.start}"
    if spot.kind == "paragraphs":
        if spot.start != spot.end:
            return f"paragraphs {spot.start} to {spot.end}"
        text = next((t for n, _, t in paragraphs if n == spot.start), "").strip()
        return f"the paragraph {_quote(text)}" if text else None
    return None


def _only_a_quote(words: str) -> bool:
    """Whether ``words`` are a quoted text and nothing more (already as explicit as it gets)."""
    return bool(QUOTED_RE.fullmatch(words.strip()))


def make_explicit(request: str, view: Any) -> tuple[str, list[Rewrite]]:
    """``request`` with each reference the reader places in ``view`` rewritten explicitly, and the rewrites.

    >>> from lamforge.app.observation import DocView, ViewParagraph, ViewTable
    >>> v = DocView((ViewParagraph(1, "title", "Minutes"), ViewParagraph(2, "bullet", "Seeds"),
    ...              ViewParagraph(3, "bullet", "Gloves")), (ViewTable(1, 3, (("Task", "Owner"), ("Dig", "Bo"))),))
    >>> make_explicit("make the title bold and centre it", v)[0]
    "make the paragraph 'Minutes' bold and centre it"
    >>> make_explicit("underline the second bullet", v)[0], make_explicit("bold the header row", v)[0]
    ("underline the paragraph 'Gloves'", 'bold row 1 of table 1')
    >>> make_explicit("make 'Seeds' bold", v)[0], make_explicit("bold the Summary heading", v)[0]
    ("make 'Seeds' bold", 'bold the Summary heading')
    """
    paragraphs = [(p.number, p.role, p.text) for p in view.paragraphs]
    tables = [t.rows for t in view.tables]
    work, done = request, []  # rewritten references stand as \x00N\x00 until the end, so they are not read again
    for _ in range(MAX_REWRITES):
        found = None
        # only the most specific reading: a reading the document does not bear out ("the first paragraph under
        # 'Nowhere'") is not traded for a looser one that it does
        target = next((t for t in find_targets(work) if t.kind != "whole"), None)
        if target is not None and target.words and target.words in work:
            spot = locate(target, paragraphs, tables)
            text = explicit(spot, paragraphs) if spot is not None else None
            words = (spot.words or target.words) if spot is not None else ""
            if text and words in work and not _only_a_quote(words):
                found = (words, text)
        if found is None:
            break
        words, text = found
        at = work.find(words)
        before, after = work[:at], work[at + len(words):]
        if before.lower().endswith("the ") and text.startswith("the "):
            text = text[4:]
        work = f"{before}\x00{len(done)}\x00{after}"
        done.append(Rewrite(words, text))
    for i, r in enumerate(done):
        work = work.replace(f"\x00{i}\x00", r.explicit)
    return work, done

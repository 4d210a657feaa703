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

import re
from dataclasses import dataclass
from typing import Any

from lamforge.text.explicit import explicit_words
from lamforge.text.locate import locate
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.references import AT_END, each_word, find_targets

MAX_REWRITES = 3
_ADVERB = re.compile(r"(?i)\s*(?:everywhere|throughout|in\b|document-wide)")  # "replace X with Y everywhere" stays
_SECTION_END = re.compile(r"\bsection\s*$", re.IGNORECASE)  # "the lines that open the House Rules section"
_TABLE_TAIL = re.compile(r"^\s+(?:of|in|from)\s+(?:the\s+|this\s+|that\s+)?(?:table|grid)\b(?:\s+\d+)?")


@dataclass(frozen=True)
class Rewrite:
    """One reference made explicit: the request's words and what replaced them."""

    words: str
    explicit: str


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
    >>> make_explicit("make everything Arial", v)[0], make_explicit("replace Bo with Al everywhere", v)[0]
    ('make the whole document Arial', 'replace Bo with Al everywhere')
    >>> make_explicit("bold the header row of the table", v)[0], make_explicit("bold the cell in row 2, column 1", v)[0]
    ('bold row 1 of table 1', 'bold the cell in row 2, column 1 of table 1')
    >>> make_explicit("add a 3x2 table at the end", v)[0], make_explicit("append 'x' at the end of 'Seeds'", v)[0]
    ("add a 3x2 table after the paragraph 'Gloves'", "append 'x' at the end of 'Seeds'")
    >>> make_explicit("add an empty row at the bottom of the table", v)[0]
    'add an empty row below row 2 of table 1'
    >>> v = DocView((ViewParagraph(1, "heading 1", "Kit"), ViewParagraph(2, "body", "Rope")), ())
    >>> make_explicit("number the lines that open the Kit section", v)[0]
    "number the lines that open the 'Kit' section"

    """
    paragraphs = [(p.number, p.role, p.text) for p in view.paragraphs]
    tables = [t.rows for t in view.tables]
    work, done = request, []  # rewritten references stand as \x00N\x00 until the end, so they are not read again
    for _ in range(MAX_REWRITES):
        found = None
        # only the most specific reading: a reading the document does not bear out ("the first paragraph under
        # 'Nowhere'") is not traded for a looser one that it does
        quoted = bool(QUOTED_RE.search(work))  # "make 'X' bold in the document" names X, not the whole document
        target = next((t for t in find_targets(work) if t.kind != "whole" or not (quoted or _ADVERB.match(t.words))),
                      None)
        if target is not None and target.words and target.words in work:
            spot = locate(target, paragraphs, tables)
            text = explicit_words(spot, paragraphs) if spot is not None else None
            words = (spot.words or target.words) if spot is not None else ""
            if text and target.kind == "heading" and _SECTION_END.search(words) and text.startswith("the paragraph "):
                text = f"the {text[len('the paragraph '):]} section"  # a section, not only its heading line
            if text and target.kind == "whole" and each_word(words):  # "capitalize every word": each word of it
                text = f"every word of {text}"
            if text and words in work and not _only_a_quote(words) and words.strip().lower() != text:
                found = (words, text)
        if found is None:
            break
        words, text = found
        if AT_END.fullmatch(words):  # "add a table at the end" -> "add a table after the paragraph 'Last words.'"
            text = f"after {text}"
        elif re.match(r"at\s+the\b", words, re.I) and text.startswith("row "):  # "a row at the bottom of the table"
            text = f"below {text}"
        at = work.find(words)
        before, after = work[:at], work[at + len(words):]
        for lead in ("the cell in ", "the paragraph ", "the "):  # "bold the cell in <the cell in row 3 ...>"
            if before.lower().endswith(lead) and text.startswith(lead):
                text = text[len(lead):]
                break
        after = _TABLE_TAIL.sub("", after, count=1) if "of table" in text else after  # "... of the table"
        work = f"{before}\x00{len(done)}\x00{after}"
        done.append(Rewrite(words, text))
    for i, r in enumerate(done):
        work = work.replace(f"\x00{i}\x00", r.explicit)
    return work, done

"""A section told as a whole: "what to wear and carry, the heading and all five bullets", "everything under X".

People name a part of a document by its heading and then list what belongs to it ("the what we are proposing
section, heading, the paragraph and the list of streets"), or ask for "everything under" a heading and say what
that is between dashes ("everything under on the night – the four steps and the bit after them –"). Either way
the run is the heading's section: from the heading (when the words name it too) to the last line before the next
heading of the same or a higher level, a letter's closing line and what follows it left out. The run is said as
the model reads ranges, "paragraphs 17 to 22"; anything the words or the document do not settle is left as written.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.described_ranges import run_first
from lamforge.app.text_match import fold
from lamforge.text.locate import CLOSINGS

# "X, the heading and all five bullets", "the X section, heading, the paragraph and the list of streets"
_WITH_HEADING = re.compile(r"(?:^|(?<=[,.;:!?]\s))(?:the\s+)?(?P<h>['\"\u2018\u201c]?[a-z][^,;.!?\u2013\u2014]*?)"
                           r"(?:\s+(?:section|bit|part))?\s*(?:,|\s[\u2013\u2014-])\s*(?:the\s+)?heading\b[^\u2013\u2014?;.]*?"
                           r"(?=\s+[\u2013\u2014-]\s+|\s*[?;.]|\s*$|\s*,\s*(?:can|could|would|make|put|please|set)\b)",
                           re.IGNORECASE)
# "everything under on the night – the four steps and the bit after them –": what it is, said between dashes
_UNDER = re.compile(r"\b(?:everything|all(?:\s+the\s+(?:text|lines|paragraphs))?)\s+(?:under|below|beneath)\s+"
                    r"(?:the\s+)?(?P<h>['\"\u2018\u201c]?[a-z][^,;.!?\u2013\u2014]*?)(?:\s+(?:heading|section|bit))?"
                    r"(?P<what>\s+[\u2013\u2014-]\s+[^\u2013\u2014]+?\s+[\u2013\u2014-](?=\s))?"
                    r"(?=\s+[\u2013\u2014-]\s+|\s*[,?;.]|\s*$|\s+(?:up|down|in|into|to|can|could|should|please)\b)",
                    re.IGNORECASE)


def section_run(request: str, view: Any) -> str:
    """The request with a section told as a whole said as its paragraphs by number; else as written.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "title", "Walks"), ViewParagraph(2, "heading 1", "What to wear and carry"),
    ...              ViewParagraph(3, "bullet", "Boots"), ViewParagraph(4, "bullet", "Water"),
    ...              ViewParagraph(5, "body", "Be on time."), ViewParagraph(6, "heading 1", "On the night"),
    ...              ViewParagraph(7, "numbered", "Arrive"), ViewParagraph(8, "numbered", "Sign in"),
    ...              ViewParagraph(9, "body", "Have fun."), ViewParagraph(10, "body", "Best wishes,"),
    ...              ViewParagraph(11, "body", "Ann")), ())
    >>> section_run("what to wear and carry, the heading and all five bullets \u2013 can they go 1.5 spacing?", v)
    'can paragraphs 2 to 4 go 1.5 spacing'
    >>> section_run("everything under on the night \\u2013 the steps and the bit after them \\u2013 up to 12pt", v)
    'make paragraphs 7 to 9 12pt'
    >>> section_run("the on the night bit, heading and the steps under it, can that all be dark blue? we do it", v)
    'can paragraphs 6 to 8 all be dark blue'
    >>> section_run("the on the night section \u2013 heading, the steps and all the bullets \u2013 could that be 13pt?"
    ...             " we read it", v)
    'make paragraphs 6 to 8 13pt'
    >>> section_run("everything under the walks heading in bold", v), section_run("bold the heading, please", v)
    ('everything under the walks heading in bold', 'bold the heading, please')
    """
    for pattern, with_heading in ((_WITH_HEADING, True), (_UNDER, False)):
        for m in pattern.finditer(request):
            number = _heading(m.group("h"), view)
            if number is None:
                continue
            # "the heading and all five bullets": up to the list's last line, unless "the bit after them" goes on
            listed = re.search(r"\b(?:bullets|list|steps|items|points)\b", m.group(0), re.IGNORECASE) \
                and not re.search(r"\bafter\s+(?:them|it|those)\b", m.group(0), re.IGNORECASE)
            end = _end_of_section(number, view, to_list=bool(listed))
            start = number if with_heading else number + 1
            if end < start:
                continue
            said, rest = f"paragraphs {start} to {end}", request[m.end():]
            return run_first(said, rest) if not request[:m.start()].strip() else f"{request[:m.start()]}{said}{rest}"
    return request


def _heading(said: str, view: Any) -> int | None:
    """The number of the one heading whose words are ``said`` (any case, quotes and "the" aside)."""
    name = fold(re.sub(r"^(?:the|a|our)\s+", "", said.strip(" '\"\u2018\u2019\u201c\u201d"), flags=re.IGNORECASE))
    found = [p.number for p in view.paragraphs if p.role.startswith("heading")
             and fold(re.sub(r"^(?:the|a|our)\s+", "", p.text.strip().rstrip(":"), flags=re.IGNORECASE)) == name]
    return found[0] if len(found) == 1 else None


def _level(role: str) -> int:
    """A heading's level ("heading 2": 2; a bare "heading": 1); the title is above them all (0)."""
    if role in ("title", "subtitle"):
        return 0
    m = re.search(r"\d+", role)
    return int(m.group(0)) if m else 1


def _end_of_section(number: int, view: Any, to_list: bool = False) -> int:
    """The last line of the section the heading ``number`` opens: up to the next heading as high, or a closing.

    ``to_list``: its list's last item, when the section holds a list.
    """
    own = next(p for p in view.paragraphs if p.number == number)
    end = item = number
    for p in view.paragraphs:
        if p.number <= number:
            continue
        if (p.role.startswith("heading") or p.role in ("title", "subtitle")) and _level(p.role) <= _level(own.role):
            break
        if CLOSINGS.match(p.text.strip()):
            break
        if p.text.strip():
            end = p.number
        if p.role in ("bullet", "numbered") and (item == number or item == p.number - 1):
            item = p.number  # the first list's run: "the five steps under it", not a later list's
    return item if to_list and item > number else end

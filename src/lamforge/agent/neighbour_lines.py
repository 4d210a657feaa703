"""Lines told by the lines beside them: "the address line under my name", "the sign off at the bottom".

Once the line it is told by is explicit ("the paragraph 'Harriet Lomax Piano Tuition'"), the line meant is the
next (or the previous) paragraph that holds text, said as the model reads paragraphs. The described line's own
words are not needed: the place settles it. A letter's sign off is its closing line and the short lines signed
under it (a name, a role), down to a PS or the end: "paragraphs 20 to 22".
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.text.explicit import quote
from lamforge.text.locate import CLOSINGS
from lamforge.text.reference_target import number_of

_BESIDE = re.compile(r"(?:\b(?:the|our|my|your)\s+|^|(?<=[,.;:!?]\s))"
                     r"(?:(?!(?:the|our|my|your)\b)[\w'\u2019-]+\s+){0,3}?"
                     r"(?:line|paragraph|bit|text)\s+(?:(?:just|right|directly|straight)"
                     r"\s+)?(?P<where>under|underneath|below|beneath|after|above|before|over)\s+"
                     r"(?:the\s+paragraph\s+(?P<q>'[^']+'|\"[^\"]+\")|(?:the|our|my|your)\s+(?:[a-z]+\s+)?(?P<name>name|title)\b)",
                     re.IGNORECASE)
_AFTER = {"under", "underneath", "below", "beneath", "after"}


def line_beside(request: str, view: Any) -> str:
    """The request with "the X line under the paragraph 'Y'" said as the paragraph next to Y; else as written.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "title", "Harriet Lomax"), ViewParagraph(2, "empty", ""),
    ...              ViewParagraph(3, "body", "12 Wellesley Terrace"), ViewParagraph(4, "body", "Invoice")), ())
    >>> line_beside("the address line under the paragraph 'Harriet Lomax' in italics please", v)
    "the paragraph '12 Wellesley Terrace' in italics please"
    >>> line_beside("our contact line under the name is a bit shouty", v)
    "the paragraph '12 Wellesley Terrace' is a bit shouty"
    >>> line_beside("centre the address line under our name", v)
    "centre the paragraph '12 Wellesley Terrace'"
    >>> h = DocView((ViewParagraph(1, "heading", "Marsh Lane Bookkeeping"), ViewParagraph(2, "body", "2 Marsh Lane"),
    ...              ViewParagraph(3, "title", "Checklist")), ())
    >>> line_beside("can the address line under our name be 9pt?", h)
    "can the paragraph '2 Marsh Lane' be 9pt?"
    >>> line_beside("bold the line above the paragraph 'Invoice'", v)
    "bold the paragraph '12 Wellesley Terrace'"
    >>> line_beside("put a line under the paragraph 'Invoice'", v)  # nothing under it: as written
    "put a line under the paragraph 'Invoice'"
    """
    m = _BESIDE.search(request)
    if m is None:
        return request
    filled = [p for p in view.paragraphs if p.text.strip()]
    if m.group("name"):  # "our contact line under the name": the name the document opens with
        # (a title, or a letterhead's short first line above the title: "Marsh Lane Bookkeeping")
        at = [k for k, p in enumerate(filled[:1]) if p.role == "title" or len(p.text) <= 60
              and any(q.role == "title" for q in filled[1:4])]
    else:
        at = [k for k, p in enumerate(filled) if p.text == m.group("q")[1:-1]]
    if len(at) != 1:
        return request
    k = at[0] + (1 if m.group("where").lower() in _AFTER else -1)
    if not 0 <= k < len(filled):
        return request
    return f"{request[:m.start()]}the paragraph {quote(filled[k].text)}{request[m.end():]}"


_SIGN_OFF = re.compile(r"\b(?:the\s+)?(?:(?:[a-z]+['\u2019]s|my|our)\s+)?sign[-\s]?off\b(?!\s+(?:line|phrase|words))"
                       r"(?:\s+(?:at|on)\s+the\s+(?:bottom|end))?", re.IGNORECASE)


def sign_off_block(request: str, view: Any) -> str:
    """"The sign off" as the closing line and the lines signed under it, when there are such lines; else as written.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView(tuple(ViewParagraph(i, "body", t) for i, t in enumerate((
    ...     "Dear all,", "See you there.", "Kind regards,", "Dariusz Nowak", "Year 8 Form Tutor",
    ...     "PS Bring a pen"), 1)), ())
    >>> sign_off_block("can the sign off at the bottom go in italics", v)
    'can paragraphs 3 to 5 go in italics'
    >>> sign_off_block("my sign-off at the bottom, all three lines of it, in italics", v)
    'paragraphs 3 to 5 in italics'
    >>> sign_off_block("italics for the sign off line", v)
    'italics for the sign off line'
    >>> sign_off_block("put the sign off in italics", DocView(v.paragraphs[:3], ()))  # nothing under it
    'put the sign off in italics'
    """
    m = _SIGN_OFF.search(request)
    if m is None:
        return request
    filled = [p for p in view.paragraphs if p.text.strip()]
    # a closing line: one of the usual ones, or a short line ending in a comma near the end ("Safe driving,")
    closing = [k for k, p in enumerate(filled) if len(p.text.split()) <= 5 and (
        CLOSINGS.match(p.text.strip()) or k >= len(filled) - 6 and p.text.strip().endswith(","))]
    if not closing:
        return request
    first = last = closing[-1]
    while last + 1 < min(len(filled), first + 4) and len(filled[last + 1].text.split()) <= 6 \
            and filled[last + 1].role == "body" \
            and not re.match(r"P\.?\s?S\b", filled[last + 1].text.strip()):
        last += 1
    if last == first:
        return request
    rest = request[m.end():]
    counted = _ALL_LINES.search(rest)  # ", all three lines of it": the count the block has, said again
    if counted and number_of(counted.group("n"), 0) == last - first + 1:
        rest = re.sub(r"^,\s*(?=in\b)", " ", rest[:counted.start()] + rest[counted.end():])
    return f"{request[:m.start()]}paragraphs {filled[first].number} to {filled[last].number}{rest}"


_ALL_LINES = re.compile(r",?\s*all\s+(?P<n>two|three|four|\d)\s+lines(?:\s+of\s+it)?(?=\s*(?:[,.]|$|\s+in\b))",
                        re.IGNORECASE)

"""Ground a request's ordinal paragraph references in the open document before the model reads it.

"The third paragraph of the 'Findings' section" names a paragraph by position, and the model never
sees the document's text, so it cannot point at it. The agent can: it reads the document's paragraphs
at every step. This module rewrites such a reference into the paragraph it means, quoted ("the
paragraph “Rents are due on the first.”"), which the model handles like any quoted text. Recognised:
an ordinal (first ... tenth, 1st, 2nd ..., or last / final for the whole document) with paragraph / para /
passage, either relative to a quoted anchor ("under / below / after / following / of / in" the heading
or section "X": the N-th non-empty paragraph after the paragraph that reads X) or absolute ("the
second paragraph (of the document)"), and "the paragraph under / after / below / following 'X'".
A sentence named by its first or last words ("the sentence starting with 'The design'") becomes the
whole sentence, when exactly one sentence of the document starts (ends) that way.
Anything it cannot resolve unambiguously (no paragraph reads X, fewer paragraphs than the ordinal)
is left as the user wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lamforge.text.numbers import ordinal, ordinal_pattern

_ORD = rf"(?:very\s+)?(?P<ord>{ordinal_pattern()})"
_NOUN = r"(?:paragraph|para|passage)\b"
_QUOTE = r"(?:\u201c(?P<q1>[^\u201d]+)\u201d|\u2018(?P<q2>[^\u2019]+)\u2019|\"(?P<q3>[^\"]+)\"|'(?P<q4>[^']+)')"
_ANCHOR = (r"(?:the\s+)?(?:(?:heading|header|subheading|section|title|section\s+heading)\s+)?"
           r"(?:(?:titled|called|named|reading|that\s+reads|which\s+reads)\s+)?")
_RELATIVE = re.compile(
    rf"\b(?P<the>the|its)\s+{_ORD}\s+{_NOUN}\s+(?:(?:right|directly|immediately)\s+)?"
    rf"(?:under|below|beneath|after|following|of|in|within)\s+{_ANCHOR}{_QUOTE}"
    r"(?:\s+(?:section|heading|header|part))?",
    re.IGNORECASE,
)
_NEXT = re.compile(
    rf"\b(?P<the>the)\s+{_NOUN}\s+(?:(?:right|directly|immediately)\s+)?(?:under|below|beneath|after|following)\s+"
    rf"{_ANCHOR}{_QUOTE}(?:\s+(?:section|heading|header|part))?",
    re.IGNORECASE,
)
_ABSOLUTE = re.compile(
    rf"\b(?P<the>the)\s+{_ORD}\s+{_NOUN}(?:\s+(?:of|in)\s+(?:the|this|my|our)\s+(?:document|text|file|page|letter)\b"
    rf"|(?!\s+(?:(?:right|directly|immediately)\s+)?(?:under|below|beneath|after|following|of|in|within)\s+"
    rf"{_ANCHOR}{_QUOTE}))",  # a reference to a quoted anchor is relative, even when the anchor is not found
    re.IGNORECASE,
)

# "the sentence starting with 'The design'": a sentence named by its first or last words (light typos in
# the noun allowed: "sentnce")
_SENTENCE = re.compile(
    r"\b(?P<the>the)\s+(?P<noun>sent[a-z]{2,5})\s+(?:(?:that|which)\s+)?"
    r"(?P<side>starting|beginning|opening|starts|begins|opens|ending|finishing|closing|ends|finishes|closes)\s+with\s+"
    + _QUOTE,
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def has_references(request: str) -> bool:
    """Whether ``request`` may name a paragraph by position (a cheap test before reading the document).

    >>> has_references("Bold the second paragraph"), has_references("Bold 'Findings'")
    (True, False)
    """
    return bool(_RELATIVE.search(request) or _NEXT.search(request) or _ABSOLUTE.search(request)
                or _SENTENCE.search(request))


@dataclass(frozen=True)
class Resolution:
    """One reference the agent grounded: what the user wrote and the paragraph (or sentence) it stands for."""

    reference: str
    paragraph: str


def resolve_references(request: str, paragraphs: Sequence[str]) -> tuple[str, list[Resolution]]:
    """``request`` with each resolvable paragraph or sentence reference replaced by that text, quoted.

    >>> doc = ["Notes", "House Rules", "No smoking.", "", "Quiet after ten.", "Parking", "Free after six."]
    >>> resolve_references("Make the second paragraph under the heading 'House Rules' bold", doc)[0]
    'Make the paragraph “Quiet after ten.” bold'
    >>> resolve_references("Centre the paragraph after “Parking”, please", doc)[0]
    'Centre the paragraph “Free after six.”, please'
    >>> resolve_references("Italicise the last paragraph", doc)[0]
    'Italicise the paragraph “Free after six.”'
    >>> resolve_references("Bold the third paragraph of 'Nowhere'", doc)[0]  # no such anchor: unchanged
    "Bold the third paragraph of 'Nowhere'"
    >>> resolve_references("Delete the sentence starting with 'Quiet'", ["No food. Quiet after ten. Thanks."])[0]
    'Delete the sentence “Quiet after ten.”'
    """
    body = [p.strip() for p in paragraphs]
    found: list[Resolution] = []

    def rewrite(m: re.Match[str], noun: str, target: str | None) -> str:
        if target is None or "\u201d" in target:
            return m.group(0)  # unresolved (or it cannot be quoted): left as the user wrote it
        found.append(Resolution(m.group(0), target))
        return f"{m.group('the')} {noun} \u201c{target}\u201d"

    def sentence(m: re.Match[str]) -> str:
        start = m.group("side").lower().startswith(("start", "begin", "open"))
        return rewrite(m, "sentence", _sentence(body, _quoted(m), start))

    def paragraph(m: re.Match[str], n: int | None, anchored: bool) -> str:
        return rewrite(m, "paragraph", _paragraph(body, n, _quoted(m) if anchored else None))

    out = _SENTENCE.sub(sentence, request)
    out = _RELATIVE.sub(lambda m: paragraph(m, _number(m.group("ord")), True), out)
    out = _NEXT.sub(lambda m: paragraph(m, 1, True), out)
    out = _ABSOLUTE.sub(lambda m: paragraph(m, _number(m.group("ord")), False), out)
    return out, found


def _quoted(m: re.Match[str]) -> str:
    """The quoted text a reference pattern matched (its quote style decides which group holds it)."""
    return next(m.group(g) for g in ("q1", "q2", "q3", "q4") if m.group(g))


def _number(word: str) -> int | None:
    """The ordinal's position (None for "last", 0 for one counted from the end further back)."""
    n = ordinal(word)
    if n == -1:
        return None
    return n if n is not None and n > 0 else 0  # "penultimate" and the like: not resolved here


def _paragraph(body: list[str], n: int | None, anchor: str | None) -> str | None:
    """The n-th non-empty paragraph after the one that reads ``anchor`` (of the document without one)."""
    start = 0
    if anchor is not None:
        want = _norm(anchor)
        at = [i for i, p in enumerate(body) if _norm(p) == want]
        if not at:
            return None
        start = at[0] + 1
        if n is None:
            return None  # "the last paragraph of a section" needs the section's end, which plain text lacks
    rest = [p for p in body[start:] if p]
    if not rest:
        return None
    if n is None:
        return rest[-1]
    return rest[n - 1] if 0 < n <= len(rest) else None


def _sentence(body: list[str], words: str, start: bool) -> str | None:
    """The one sentence of the document that starts (or ends) with ``words`` (None when none or several do)."""
    want = _norm(words)
    hits = [x for p in body if p for x in _SENTENCE_END.split(p)
            if (_norm(x).startswith(want) if start else _norm(x).endswith(want))]
    return hits[0] if len(set(hits)) == 1 else None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().strip(".:").replace("\u2019", "'")).casefold()

"""Pick the few controls a step's prompt shows (UFO's control filter, top-k), the same in training and use.

A full Writer control list has ~500 entries; a small model cannot read them all. We rank by how
well each control's text (and its menu path) matches the request and the next planned step, with
a synonym table taken from the help pages' vocabulary so "embolden" finds Bold. The Document
control and the controls of an open dialog are always shown; output keeps the catalog's order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz

from lamforge.app.commands import COLORS
from lamforge.app.observation import Control

# user word -> words that appear in control names (lower case).
SYNONYMS: dict[str, str] = {
    "embolden": "bold",
    "boldface": "bold",
    "heavy": "bold",
    "slant": "italic",
    "slanted": "italic",
    "italics": "italic",
    "italicise": "italic",
    "italicize": "italic",
    "underscore": "underline",
    "underlined": "underline",
    "strike": "strikethrough",
    "cross": "strikethrough",
    "line through": "strikethrough",
    "struck": "strikethrough",
    "right-align": "align right",
    "left-align": "align left",
    "right align": "align right",
    "left align": "align left",
    "flush right": "align right",
    "flush left": "align left",
    "all caps": "uppercase",
    "capital letters": "uppercase",
    "small letters": "lowercase",
    "both sides": "justified",
    "both edges": "justified",
    "full justification": "justified",
    "indented": "increase indent",
    "indent less": "decrease indent",
    "less indent": "decrease indent",
    "indented less": "decrease indent",
    "unindent": "decrease indent",
    "centre": "align center",
    "centred": "align center",
    "center": "align center",
    "centered": "align center",
    "middle": "align center",
    "left": "align left",
    "right": "align right",
    "justify": "justified",
    "justified": "justified",
    "both margins": "justified",
    "size": "font size",
    "bigger": "font size",
    "larger": "font size",
    "smaller": "font size",
    "pt": "font size",
    "points": "font size",
    "typeface": "font name",
    "colour": "font color",
    "color": "font color",
    "red": "font color",
    "blue": "font color",
    "green": "font color",
    "highlight": "character highlighting color",
    "highlighter": "character highlighting color",
    "marker": "character highlighting color",
    "bullet": "toggle unordered list",
    "bullets": "toggle unordered list",
    "bulleted": "toggle unordered list",
    "unordered": "toggle unordered list",
    "numbered": "toggle ordered list",
    "numbering": "toggle ordered list",
    "ordered": "toggle ordered list",
    "indent": "increase indent",
    "outdent": "decrease indent",
    "cross out": "strikethrough",
    "strike out": "strikethrough",
    "strike through": "strikethrough",
    "spacing": "line spacing",
    "double-space": "line spacing",
    "double space": "line spacing",
    "heading": "paragraph style",
    "title": "paragraph style",
    "style": "paragraph style",
    "table": "insert table",
    "grid": "insert table",
    "uppercase": "uppercase",
    "capitals": "uppercase",
    "caps": "uppercase",
    "upper case": "uppercase",
    "lowercase": "lowercase",
    "lower case": "lowercase",
    "capitalize": "capitalize every word",
    "capitalise": "capitalize every word",
    "title case": "capitalize every word",
    "sentence": "sentence case",
    "superscript": "superscript",
    "exponent": "superscript",
    "raise": "superscript",
    "subscript": "subscript",
    "lower": "subscript",
    "replace": "find and replace",
    "substitute": "find and replace",
    "swap": "find and replace",
    "break": "insert page break",
    "new page": "insert page break",
    "landscape": "page style",
    "portrait": "page style",
    "orientation": "page style",
    "undo": "undo",
    "revert": "undo",
}
_WORD = re.compile(r"[a-z0-9-]+")


def _query(request: str, previous_plan: Sequence[str]) -> str:
    text = f"{request} {' '.join(previous_plan[:1])}".lower()
    text = re.sub(r"[\"'\u2018\u2019\u201c\u201d].*?[\"'\u2018\u2019\u201c\u201d]", " ", text)  # quoted text
    extra = [v for k, v in SYNONYMS.items() if re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", text)]
    if "decrease indent" in extra:
        extra = [e for e in extra if e != "increase indent"]
    if "highlight" not in text and any(re.search(rf"\b{c}\b", text) for c in COLORS):
        extra.append("font color")
    return " ".join([text, *extra])


_STOP = frozenset({"to", "and", "of", "the", "a", "an", "in", "on", "for", "with", "by", "as", "all"})


def score_control(query: str, words: set[str], c: Control) -> float:
    """Relevance of one control to the query: the share of its name's words found (fuzzily) in the query."""
    name = c.control_text.lower()
    tokens = [t for t in _WORD.findall(name) if t not in _STOP]
    if not tokens:
        return 0.0
    hit = 0.0
    for t in tokens:
        if t in words:
            hit += 1
        elif len(t) >= 4 and any(len(w) >= 4 and fuzz.ratio(t, w) >= 85 for w in words):
            hit += 0.8
    s = 100.0 * hit / len(tokens) + (10.0 if name in query else 0.0)
    if c.control_type == "MenuItem":
        s -= 5  # prefer the toolbar's control when both exist, as a user would
    if not c.enabled:
        s -= 40
    return s


def rank_controls(
    request: str, controls: Sequence[Control], *, previous_plan: Sequence[str] = (), history: Sequence[Any] = ()
) -> list[Control]:
    """All controls, best match for the request (and next planned step) first; ties keep catalog order."""
    query = _query(request, previous_plan)
    words = set(_WORD.findall(query))
    used = {getattr(h, "control_name", "") for h in history}
    return sorted(
        controls,
        key=lambda c: (-(score_control(query, words, c) + (15 if c.control_text in used else 0)), int(c.label)),
    )


def select_controls(
    request: str,
    controls: Sequence[Control],
    *,
    previous_plan: Sequence[str] = (),
    history: Sequence[Any] = (),
    k: int = 15,
) -> list[Control]:
    """The top-``k`` controls for this step, in catalog order (Document and dialogs always included).

    >>> cs = [Control("1", "Document", "Document"), Control("2", "Bold", "Button"), Control("3", "Print", "Button")]
    >>> [c.control_text for c in select_controls("Embolden 'hello'", cs, k=2)]
    ['Document', 'Bold']
    """
    if len(controls) <= k or any(c.path.endswith("dialog") for c in controls):
        return list(controls)
    query = _query(request, previous_plan)
    words = set(_WORD.findall(query))
    keep = {c.label for c in controls if c.control_type == "Document"}
    used = {getattr(h, "control_name", "") for h in history}
    ranked = sorted(
        (c for c in controls if c.label not in keep),
        key=lambda c: (
            -(score_control(query, words, c) + (15 if c.control_text in used else 0)),
            int(c.label),
        ),
    )
    for c in ranked:
        if len(keep) >= k:
            break
        keep.add(c.label)
    return [c for c in controls if c.label in keep]

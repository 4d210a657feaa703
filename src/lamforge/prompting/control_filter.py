"""Pick the few controls a step's prompt shows (UFO's control filter, top-k), the same in training and use.

A full Writer control list has ~500 entries; a small model cannot read them all. We rank by how
well each control's text (and its menu path) matches the request and the next planned step, with
a synonym table taken from the help pages' and training phrasings' vocabulary so "italicize" finds Italic. The Document
control and the controls of an open dialog are always shown; output is in relevance order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz

from lamforge.app.commands import COLORS
from lamforge.app.observation import Control
from lamforge.text.quotes import QUOTED_RE

# user word -> words that appear in control names (lower case).
SYNONYMS: dict[str, str] = {
    "slant": "italic",
    "slanted": "italic",
    "italics": "italic",
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
    "indented": "increase indent",
    "indent less": "decrease indent",
    "less indent": "decrease indent",
    "indented less": "decrease indent",
    "unindent": "decrease indent",
    "centre": "align center",
    "center": "align center",
    "centered": "align center",
    "middle": "align center",
    "left": "align left",
    "right": "align right",
    "justify": "justified",
    "justified": "justified",
    "both margins": "justified",
    "size": "font size",
    "bigger": "font size increase size",
    "larger": "font size increase size",
    "enlarge": "increase size",
    "smaller": "font size decrease size",
    "shrink": "decrease size",
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
HINT_BONUS = 40.0  # below the next planned step's bonus (50 + name length): the model's own plan ranks first


def _query(request: str, previous_plan: Sequence[str]) -> str:
    # quoted text says what to act on, not how: drop it (apostrophes in "I'd" are not quotes)
    text = QUOTED_RE.sub(" ", f"{request} {' '.join(previous_plan[:1])}").lower()
    extra, rest = [], text
    for k in sorted(SYNONYMS, key=len, reverse=True):  # "lower case" is case, not "lower" (subscript)
        pat = rf"(?<![\w-]){re.escape(k)}(?![\w-])"
        if re.search(pat, rest):
            extra.append(SYNONYMS[k])
            rest = re.sub(pat, " ", rest)
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


def _step_bonus(step: str, c: Control) -> float:
    name = c.control_text
    if not step or not name or name not in step or not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", step):
        return 0.0
    return 50.0 + len(name)


def rank_controls(
    request: str, controls: Sequence[Control], *, previous_plan: Sequence[str] = (), history: Sequence[Any] = (),
    hinted: Sequence[str] = (),
) -> list[Control]:
    """All controls, most relevant first; ties keep catalog order.

    Relevance is the request's (and next planned step's) words found in the control's name, plus a
    large bonus when the next planned step names the control verbatim ("Click Italic"), a smaller one
    for controls the task-memory hint names (``hinted``), and a small one for controls already used in
    this episode (a dialog's second field, a repeated toggle).
    """
    query = _query(request, previous_plan)
    words = set(_WORD.findall(query))
    used = {getattr(h, "control_name", "") for h in history}
    step = previous_plan[0] if previous_plan else ""
    hint = set(hinted)

    def score(c: Control) -> float:
        return (score_control(query, words, c) + _step_bonus(step, c) + (5 if c.control_text in used else 0)
                + (HINT_BONUS if c.control_text in hint else 0))

    return sorted(controls, key=lambda c: (-score(c), int(c.label) if c.label.isdigit() else 0))


def best_control(request: str, controls: Sequence[Control], *, min_score: float = 30.0) -> Control | None:
    """The enabled control that best matches ``request``, or None when nothing matches well enough.

    >>> cs = [Control("7", "Toggle Print Preview", "Button"), Control("39", "Bold", "Button")]
    >>> best_control("Thanks.", cs) is None, best_control("make it bold", cs).control_text
    (True, 'Bold')
    """
    query = _query(request, ())
    words = set(_WORD.findall(query))
    live = [c for c in controls if c.enabled and c.control_type != "Document"]
    if not live:
        return None
    best = max(live, key=lambda c: (score_control(query, words, c), -int(c.label) if c.label.isdigit() else 0))
    return best if score_control(query, words, best) >= min_score else None


def select_controls(
    request: str,
    controls: Sequence[Control],
    *,
    previous_plan: Sequence[str] = (),
    history: Sequence[Any] = (),
    k: int = 15,
    hinted: Sequence[str] = (),
) -> list[Control]:
    """The top-``k`` controls for this step, most relevant first (the Document control always first).

    Showing the list in relevance order lets a small model learn "the control the plan names is near
    the top" instead of searching a catalog-ordered list. With a dialog open, all its controls are
    shown (ranked the same way).

    >>> cs = [Control("1", "Document", "Document"), Control("2", "Bold", "Button"), Control("3", "Print", "Button")]
    >>> [c.control_text for c in select_controls("Embolden 'hello'", cs, k=2)]
    ['Document', 'Bold']
    """
    docs = [c for c in controls if c.control_type == "Document"]
    rest = rank_controls(
        request, [c for c in controls if c.control_type != "Document"], previous_plan=previous_plan, history=history,
        hinted=hinted,
    )
    if not (len(controls) <= k or any(c.path.endswith("dialog") for c in controls)):
        rest = rest[: max(0, k - len(docs))]
    return [*docs, *rest]

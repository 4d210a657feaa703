"""Write a textual plan for a request, the way a help page would phrase it, from the request alone.

Clauses of a composite request ("... and then ...") are planned one by one and concatenated.
Each clause gets: a selection step when it quotes text, then the step for the control that best
matches its words (the shared control ranking), or a dialog walk-through for Replace, tables and
page orientation. The grounder then turns these steps into actions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lamforge.app.observation import Control
from lamforge.control_filter import rank_controls
from lamforge.data.expert.request_parse import _unquoted, parse_request, quoted_texts

_SPLIT = re.compile(
    r"\s*(?:,?\s+and then\s+|;\s*|,?\s+then\s+|\.\s+(?=[A-Z])|,?\s+and\s+(?=(?:make|set|change|turn|"
    r"apply|put|format|center|centre|align|add|insert|underline|italici[sz]e|bold|highlight|colou?r)))",
    re.I,
)
_VALUE_BOXES = {
    "Font Size": "font size",
    "Font Name": "font name",
    "Paragraph Style": "paragraph style",
    "Font Color": "font colour",
    "Character Highlighting Color": "highlighting colour",
    "Line Spacing": "line spacing",
}


def split_clauses(request: str) -> list[str]:
    """A composite request's parts, quoted texts kept intact.

    >>> split_clauses("Make 'A and B' bold and then centre it")
    ["Make 'A and B' bold", 'centre it']
    """
    holders: list[str] = []

    def hide(m: re.Match[str]) -> str:
        holders.append(m.group(0))
        return f"\x00{len(holders) - 1}\x00"

    masked = re.sub(r"\u201c[^\u201d]*\u201d|\u2018[^\u2019]*\u2019|\"[^\"]*\"|(?<![\w])'[^']*'(?![\w])", hide, request)
    parts = [p for p in _SPLIT.split(masked) if p and p.strip(" .")]
    return [re.sub(r"\x00(\d+)\x00", lambda m: holders[int(m.group(1))], p).strip() for p in parts]


_DELETE = re.compile(r"\b(delet|remov|eras|drop|get rid of|strike out the)\w*")
_INSERT_AFTER = re.compile(r"\b(after|below|under|beneath|following)\b")
_INSERT_BEFORE = re.compile(r"\b(before|above|ahead of|preceding)\b")


def plan_clause(clause: str, controls: Sequence[Control]) -> list[str]:
    """Help-page-style steps for one clause."""
    low = _unquoted(clause).lower()
    quotes = quoted_texts(clause)
    values = parse_request(clause)
    every = re.search(r"\b(every|all|each)\b", low)
    if (
        re.search(r"\b(replace|substitute|swap|become|becomes)\b|\bchange (?:every|all)\b", low)
        and len(quotes) >= 2
        and (every or re.search(r"\bbecome", low))
    ):
        return [
            "Click Find and Replace",
            "Type the text to find in Find",
            "Type the new text in Replace",
            "Click Replace All",
            "Click Close",
        ]
    if (
        len(quotes) >= 2
        and re.search(r"\b(change|replace|overwrite|swap|correct|rewrite|turn)\b", low)
        and not re.search(r"\b(paragraph|line)\b", low)
    ):
        return ["Select the text", "Type the new text"]
    if "table" in low and values.table is not None:
        insert = "Insert a table with the given rows and columns"
        if quotes and _INSERT_BEFORE.search(low) and not _INSERT_AFTER.search(low):
            return ["Select the text", "Press Ctrl+Up", insert]
        if quotes:
            return ["Select the text", "Press Ctrl+Down", "Press Right", insert]
        return ["Press Ctrl+End", insert]
    if values.orientation:
        return ["Choose Format - Page Style", "Type the orientation in Orientation", "Click OK"]
    if len(quotes) >= 2 and re.search(r"\b(insert|add|put|type|write|append)\b", low):
        if re.search(r"\bend of\b|\bextend\b|\bappend\b", low):
            return ["Select the text", "Press Ctrl+Down", "Type a space and the new text"]
        if _INSERT_BEFORE.search(low) and not _INSERT_AFTER.search(low):
            return ["Select the text", "Press Ctrl+Up", "Type the new text", "Press Enter"]
        return ["Select the text", "Press Ctrl+Down", "Press Enter", "Type the new text"]
    if _DELETE.search(low) and quotes and not re.search(r"\b(style|format|formatting|bold|italic|underline)", low):
        if re.search(r"\b(paragraph|line|heading|item)\b", low):
            return ["Select the text", "Press Ctrl+Up", "Press Ctrl+Shift+Down", "Press Delete", "Press Backspace"]
        return ["Select the text and the space after it", "Press Delete"]
    steps = []
    if every and len(quotes) == 1:
        steps += ["Click Find and Replace", "Type the text to find in Find", "Click Find All", "Click Close"]
    elif quotes:
        steps.append("Select the text")
    elif re.search(r"\btable\b", low):
        steps.append("Select the table")
        clause = re.sub(r"(?i)\btables?\b", " ", clause)
    if re.search(r"page break|new page", low):
        return [*steps, "Press Home", "Click Insert Page Break"]
    ranked = [c for c in rank_controls(clause, controls) if c.enabled and c.control_type != "Document"]
    if not ranked:
        return steps
    best = ranked[0]
    if best.control_text in _VALUE_BOXES:
        steps.append(f"Set the {_VALUE_BOXES[best.control_text]} in the {best.control_text} box")
    else:
        steps.append(f"Click {best.control_text}")
    return steps


def plan_request(request: str, controls: Sequence[Control]) -> list[str]:
    """The whole plan: clause plans concatenated (a clause without quotes reuses the selection)."""
    out: list[str] = []
    for clause in split_clauses(request):
        out.extend(plan_clause(clause, controls))
    return out

"""Write a textual plan for a request, the way a help page would phrase it, from the request alone.

Clauses of a composite request ("... and then ...") are planned one by one and concatenated.
Each clause gets steps that put the selection on its target (``targets``: a quoted text, a range
of lines, a table cell, "the second paragraph under 'X'") and then one step per operation its
words name (``intents``); text edits, Find and Replace, tables and page orientation get their
dialog or keyboard walk-throughs. The grounder then turns these steps into actions. The document
as observed (``Observation.doc``) is read only to count paragraphs and table cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lamforge.app.observation import Control, DocState, DocView
from lamforge.data.expert.intents import Q, mask, operation_steps, scrub
from lamforge.data.expert.request_parse import parse_request, quoted_texts
from lamforge.data.expert.structure_steps import structural_steps
from lamforge.data.expert.targets import (
    cell_steps,
    numbered_cell_steps,
    ordinal_steps,
    quote,
    range_steps,
    sentence_steps,
)
from lamforge.prompting.control_filter import best_control
from lamforge.text.typos import fix_typos

_SPLIT = re.compile(
    r"\s*(?:,?\s+and then\s+|;\s*|,?\s+then\s+|\.\s+(?=[A-Z])|,?\s+and also\s+|,\s+plus\s+|\s+-+\s+and\s+|"
    r",?\s+followed by a step to\s+|,?\s+after that,?\s+|"
    r",?\s+and\s+(?=(?:make|set|change|turn|apply|put|format|center|centre|align|add|insert|underline|italici[sz]e|"
    r"bold|highlight|colou?r|recolou?r|tint|give|use|draw|slant|resize|scale|horizontally|right-align|left-align|"
    r"center-align|centre-align)))",
    re.I,
)
_PRONOUN_ONLY = re.compile(r"(?i)(?:please\s+)?(?:remove|delete|erase|drop|get rid of|cut)\s+(?:it|them|this|that)\b")
_VALUE_BOXES = {
    "Font Size": "font size",
    "Font Name": "font name",
    "Paragraph Style": "paragraph style",
    "Font Color": "font colour",
    "Character Highlighting Color": "highlighting colour",
    "Line Spacing": "line spacing",
}
_FIND_ALL = re.compile(
    rf"\b(?:every|each|all)\s+(?:the\s+)?(?:occurrences?|instances?|mentions?|times?|hits|copies|places)\b|"
    rf"\bfind all\b|\b(?:every|each|all)\s+{Q}|\bwherever\b|\bthroughout\b|\beverywhere\b"
)
_CHANGE = re.compile(
    r"\b(change|replace|overwrite|swap|correct|rewrite|turn|update|amend|edit|fix|substitute|become|becomes|"
    r"rename)\b|should (?:now )?(?:read|say)|\bto say\b"
)
_REPLACE_WORDS = re.compile(r"\b(replace|substitute|swap|become|becomes|change|turn|rename|say|says)\b")
_DELETE = re.compile(
    r"\b(delet|remov|eras|drop|get rid of|strike out the|take out|should go\b|no longer needed|is not needed|cut)\w*"
)
_INSERT = re.compile(r"\b(insert|add|put|type|write|append|extend|finish|close|follow|end with)\w*")
_AT_END = re.compile(r"\bend of\b|\bextend|\bappend|\bfinish|\bclose\b|\bend with\b|\bcomplete\b")
_INSERT_AFTER = re.compile(r"\b(after|below|under|beneath|following|afer|follow)\b")
_INSERT_BEFORE = re.compile(r"\b(before|above|ahead of|preceding)\b")
_NEW_ROW = re.compile(r"\b(?:new|another|more|blank|empty)\s+rows?\b")
_PAGE = re.compile(r"page break|new page|next page|break the page|blank page|empty page")
_PAGE_AFTER = re.compile(r"\bends\b|\bblank page\b|\bempty page\b|\bat the end\b")
_FIND_STEPS = ["Click Find and Replace", "Type the text to find in Find", "Click Find All", "Click Close"]


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
    parts: list[str] = []
    for p in _SPLIT.split(masked):
        if not p or not p.strip(" ."):
            continue
        if parts and _PRONOUN_ONLY.match(p.strip()):  # "...is no longer needed; remove it": one clause
            parts[-1] = f"{parts[-1]} and {p.strip()}"
        else:
            parts.append(p)
    return [re.sub(r"\x00(\d+)\x00", lambda m: holders[int(m.group(1))], p).strip() for p in parts]


def _old_new(masked: str, quotes: Sequence[str]) -> tuple[str, str]:
    """Which quote is the text to overwrite and which the new text, from the connecting words."""
    m = re.search(rf"\bfrom\s+{Q}", masked)
    if m:
        old = quotes[masked[: m.end()].count(Q) - 1]
    else:
        m = re.search(rf"{Q}\s*(?:becomes|should (?:now )?(?:read|say)|to say)\b", masked)
        old = quotes[masked[: m.start()].count(Q)] if m else quotes[0]
    new = quotes[-1] if quotes[-1] != old else quotes[-2]
    return old, new


def _text_edit(clause: str, quotes: list[str], doc: DocState | None, ops: list[str]) -> list[str] | None:
    """Plans that change the text itself: Replace All, a cell fill, an overwrite."""
    masked = mask(clause)
    low = scrub(masked)
    if len(quotes) >= 2 and _FIND_ALL.search(masked) and _REPLACE_WORDS.search(low):
        return [*_FIND_STEPS[:2], "Type the new text in Replace", "Click Replace All", "Click Close"]
    cell = cell_steps(clause, quotes, doc)
    if cell is not None:
        steps, used = cell
        rest = [q for q in quotes if q not in used]
        if len(rest) == 1:
            return [*steps, f"Type {quote(rest[0])}"]
        if len(rest) >= 2:
            old, new = _old_new(mask(clause), quotes)
            return [f"Select the text {quote(old)}", f"Type {quote(new)}"]
    numbered = numbered_cell_steps(clause, doc) if len(quotes) == 1 else None
    if numbered is not None:
        return [*numbered, f"Type {quote(quotes[0])}"]
    if len(quotes) >= 2 and _CHANGE.search(low) and not ops and not _INSERT.search(low.replace("update", "")):
        old, new = _old_new(masked, quotes)
        return [f"Select the text {quote(old)}", f"Type {quote(new)}"]
    return None


# the emptied paragraph joins the one before it: Backspace there only takes a list item's number off and leaves an
# empty item behind, while Delete at the end of the paragraph before removes the break whatever the paragraph is
_JOIN_BACK = ("Press Left", "Press Delete")


def _structural_plan(steps: list[str], rest: str) -> list[str] | None:
    """Select a structural target, then act on it; None when ``rest`` names nothing to do there.

    The action: a page break before it, a table or new text after it, a row deleted or added, a cell's new text,
    its operations, or its deletion.
    """
    low = scrub(mask(rest))
    quotes = quoted_texts(rest)
    paragraph = steps[0].startswith("Select paragraph")
    if paragraph and _PAGE.search(low):
        return [*steps, *_page_break(low)]
    row = steps[0].startswith("Select row")
    if row and _DELETE.search(low) and not re.search(r"\b(?:text|contents?|words?|values?|entries)\b", low):
        return [*steps, "Click Delete Rows"]  # the row itself, not what it holds
    new_row = re.search(r"\brows?\b", low) and (_INSERT.search(low) or _NEW_ROW.search(low))
    if steps[0].startswith("Select row") and new_row:
        above = _INSERT_BEFORE.search(low) and not _INSERT_AFTER.search(low)
        return [*steps, "Click Rows Above" if above else "Click Rows Below"]
    if paragraph and re.search(r"\b(table|grid)\b", low) and parse_request(rest).table is not None:
        return [*steps, "Press End", "Press Enter", "Insert a table with the given rows and columns"]
    if len(quotes) == 1 and paragraph and _INSERT.search(low):
        if _AT_END.search(low):
            return [*steps, "Press End", "Type a space and the new text"]
        if _INSERT_BEFORE.search(low) and not _INSERT_AFTER.search(low):
            return [*steps, "Press Ctrl+Up", "Type the new text", "Press Enter"]
        return [*steps, "Press End", "Press Enter", "Type the new text"]
    if len(quotes) == 1 and steps[0].startswith("Select the cell"):
        return [*steps, f"Type {quote(quotes[0])}"]
    ops = operation_steps(rest)
    if ops:
        return [*steps, *ops]
    if _DELETE.search(low):
        if paragraph:
            first = steps[0].split()[2] == "1"  # nothing before it to join: Delete pulls the next one up instead
            return [*steps, "Press Delete", *(["Press Delete"] if first else _JOIN_BACK)]
        return [*steps, "Press Delete"]
    return None


def plan_clause(
    clause: str,
    controls: Sequence[Control],
    doc: DocState | None = None,
    body: Sequence[str] | None = None,
    view: DocView | None = None,
) -> list[str]:
    """Help-page-style steps for one clause.

    ``body``: the body paragraphs, for ordinal targets; ``view``: the document view, for targets named by role,
    position, content or structure.
    """
    struct = structural_steps(clause, view)
    if struct is not None:
        planned = _structural_plan(*struct)
        if planned is not None:
            return planned
    quotes = quoted_texts(clause)
    masked = mask(clause)
    low = scrub(masked)
    ops = operation_steps(clause)
    if ops and len(quotes) >= 2:
        ranged = range_steps(clause, quotes, doc)
        if ranged is not None:
            return ranged + ops
    edit = _text_edit(clause, quotes, doc, ops)
    if edit is not None:
        return edit
    ordinal = ordinal_steps(clause, quotes, doc, body)
    target, used = ordinal if ordinal is not None else (["Select the text"] if quotes else [], set())
    fresh = [q for q in quotes if q not in used]
    values = parse_request(clause)
    if re.search(r"\b(table|grid)\b", low) and values.table is not None:
        insert = "Insert a table with the given rows and columns"
        if target and _INSERT_BEFORE.search(low) and not _INSERT_AFTER.search(low):
            return [*target, "Press Ctrl+Up", insert]
        if target:
            return [*target, "Press Ctrl+Down", "Press Right", insert]
        return ["Press Ctrl+End", insert]
    if values.orientation:
        return ["Choose Format - Page Style", "Type the orientation in Orientation", "Click OK"]
    if target and fresh and len(quotes) >= 2 and _INSERT.search(low) and not ops:
        if _AT_END.search(low):
            return [*target, "Press Ctrl+Down", "Type a space and the new text"]
        if _INSERT_BEFORE.search(low) and not _INSERT_AFTER.search(low):
            return [*target, "Press Ctrl+Up", "Type the new text", "Press Enter"]
        return [*target, "Press Ctrl+Down", "Press Enter", "Type the new text"]
    if _DELETE.search(low) and target and not ops:
        sentence = sentence_steps(clause, quotes, doc)
        if sentence is not None:
            return [*sentence[0], "Press Delete", *(["Press Backspace"] if sentence[1] else [])]
        if ordinal is not None or re.search(r"\b(paragraph|line|heading|item|entry)\b", masked):
            first = bool(doc and doc.paragraphs and quotes and doc.paragraphs[0].text.strip() == quotes[0].strip())
            return [*target, "Press Ctrl+Up", "Press Ctrl+Shift+Down", "Press Delete",
                    *(["Press Backspace"] if first else _JOIN_BACK)]
        return ["Select the text and the space after it", "Press Delete"]
    if _PAGE.search(low):
        if not target and re.search(r"\bat the (?:very )?end\b|\bend of the (?:document|file)\b", low):
            return ["Press Ctrl+End", "Click Insert Page Break"]  # "a blank page at the end"
        return [*target, *_page_break(low)]
    if not quotes and re.search(r"\b(?:tables?|grid)\b", low):
        return ["Select the table", *ops]
    if ops:
        return [*target, *ops]
    return [*target, *_fallback(clause, controls)]


def _page_break(low: str) -> list[str]:
    """A page break before the selected paragraph, or after it ("after", "once it ends", "a blank page")."""
    if (_INSERT_AFTER.search(low) or _PAGE_AFTER.search(low)) and not _INSERT_BEFORE.search(low):
        return ["Press End", "Click Insert Page Break"]
    return ["Press Ctrl+Up", "Click Insert Page Break"]


def _fallback(clause: str, controls: Sequence[Control]) -> list[str]:
    """The one control whose name best matches the clause's words (none for 'Thanks.', 'Go ahead')."""
    words = scrub(mask(clause)).replace(Q, " ").replace("<target>", " ")
    best = best_control(words, controls)
    if best is None:
        return []
    if best.control_text in _VALUE_BOXES:
        return [f"Set the {_VALUE_BOXES[best.control_text]} in the {best.control_text} box"]
    return [f"Click {best.control_text}"]


def _find_all(request: str) -> list[str] | None:
    """'Italicise every "X"': Find All selects each occurrence, then the operations apply to all of them."""
    quotes = quoted_texts(request)
    if len(quotes) != 1 or not _FIND_ALL.search(mask(request)):
        return None
    return [*_FIND_STEPS, *operation_steps(request)]


def plan_request(
    request: str,
    controls: Sequence[Control],
    doc: DocState | None = None,
    body: Sequence[str] | None = None,
    view: DocView | None = None,
) -> list[str]:
    """The whole plan: clause plans concatenated (a clause without quotes reuses the selection)."""
    request = fix_typos(request)
    whole = _find_all(request)
    if whole is not None:
        return whole
    if len(quoted_texts(request)) >= 2:
        edit = _text_edit(request, quoted_texts(request), doc, operation_steps(request))
        if edit is not None and edit[0] == _FIND_STEPS[0]:
            return edit
    out: list[str] = []
    for clause in split_clauses(request):
        out.extend(plan_clause(clause, controls, doc, body, view))
    return out

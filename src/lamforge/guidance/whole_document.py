"""A change to the whole document: the operation looked up as if for one paragraph, then applied to everything.

The task families pair an operation with a scope: "uppercase 'X'" (case_upper) and "put the whole document in
capitals" (doc_case) are different families, and the whole-document ones are few (case, font, size, spacing). A
request for a whole-document change that no family pairs that way ("Justify the whole document") found the
nearest whole-document task and did its change (line spacing); within doc_case the nearest task's button decided
upper or lower case whatever the words said. Here the request's whole-document words are read as "the paragraph",
the memory is asked what that change is, and its formatting steps follow ``select_all``. Only when the whole
request's own hint is a whole-document formatting change too (``select_all`` then buttons and value boxes), so
a replacement throughout the document or a page setting keeps its own steps.

A whole table is read the same way (:func:`whole_table`): the table families pair a few changes with the table
(bold, alignment, size), so "make the table italic" found the italic family and selected a paragraph. So is
every occurrence of a quoted text (:func:`every_occurrence`): the find family selects them all with Find All but
knows only bold, italic and underline, so "make every 'tent' red" clicked Bold.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lamforge.guidance.operation_parts import FORMATTING, SELECTION, compose, entries
from lamforge.text.fonts import font_in
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.references import each_word, find_targets


def one_paragraph(request: str) -> str:
    """The request with its whole-document words read as one paragraph ("" when it names no whole document).

    >>> one_paragraph("Justify the whole document."), one_paragraph("Please use 36 points throughout.")
    ('Justify the paragraph.', 'Please use 36 points the paragraph.')
    >>> one_paragraph("Make 'the whole document' bold"), one_paragraph("Bold the title")
    ('', '')
    >>> one_paragraph("Capitalize the first letter of all words.")
    'Capitalize the first letter of each word in the paragraph.'
    >>> one_paragraph("Capitalize the first letter of every word of the whole document.")
    'Capitalize the first letter of each word in the paragraph.'
    """
    return _one_paragraph(request)[0]


def _one_paragraph(request: str) -> tuple[str, str]:
    """:func:`one_paragraph`, and the words that now name the one paragraph ("" when none)."""
    masked = QUOTED_RE.sub(lambda m: "\x00" * len(m.group(0)), request)
    target = next((t for t in find_targets(masked) if t.kind == "whole" and t.words and t.words in masked), None)
    if target is None:
        return "", ""
    start = masked.index(target.words)
    # "every word", "all words" (rewritten "every word of the whole document"): the change is made to each word,
    # which the one paragraph keeps saying
    one = "each word in the paragraph" if each_word(target.words) else "the paragraph"
    return request[:start] + one + request[start + len(target.words):], one


def whole_document(request: str, base: str, lookup: Callable[[list[str]], list[str]]) -> str:
    """``base``, or ``select_all`` and the formatting steps the memory gives for the change on one paragraph.

    ``lookup`` answers a list of requests with their hints.

    >>> table = {"Justify the paragraph.": 'select_paragraphs; click_input "Justified"'}
    >>> whole_document("Justify the whole document.", 'select_all; set_edit_text "Line Spacing" value 1',
    ...                lambda qs: [table[q] for q in qs])
    'select_all; click_input "Justified"'
    >>> whole_document("Replace 'a' with 'b' throughout the document.", 'click_input "Find & Replace"; ...',
    ...                lambda qs: ['select_text quote 1; keyboard_input quote 2'])
    'click_input "Find & Replace"; ...'
    """
    steps = entries(base)
    if not steps or steps[0] != "select_all" or not all(FORMATTING.match(e) for e in steps[1:]):
        return base
    text, one = _one_paragraph(request)
    if not text:
        return base
    ops = _formatting(compose(text, lookup([text])[0], lookup, target=one))  # "... to Verdana, size 11": both
    return "; ".join(["select_all", *ops]) if ops else base


def _formatting(skeleton: str) -> list[str]:
    """The formatting steps after a skeleton's selection ([] unless it is a selection then buttons and boxes)."""
    found = entries(skeleton)
    ops = found[1:]
    if not found or not SELECTION.match(found[0]) or not ops or not all(FORMATTING.match(e) for e in ops):
        return []
    return ops


def whole_table(request: str, base: str, lookup: Callable[[list[str]], list[str]]) -> str:
    """``base``, or ``select_table`` and the formatting steps the memory gives for the change on one paragraph.

    >>> table = {"Make the paragraph italic": 'select_paragraphs; click_input "Italic"'}
    >>> whole_table("Make table 1 italic", 'select_paragraphs; click_input "Italic"', lambda qs: [table[q] for q in qs])
    'select_table; click_input "Italic"'
    >>> whole_table("Make row 1 of table 1 italic", 'select_cells; click_input "Italic"', lambda qs: [])
    'select_cells; click_input "Italic"'
    """
    steps = entries(base)
    if not steps or steps[0] == "select_table" or not SELECTION.match(steps[0]):
        return base
    masked = QUOTED_RE.sub(lambda m: "\x00" * len(m.group(0)), request)
    target = next(find_targets(masked), None)
    if target is None or target.kind != "table" or not target.words or target.words not in masked:
        return base
    start = masked.index(target.words)
    text = request[:start] + "the paragraph" + request[start + len(target.words):]
    ops = _formatting(compose(text, lookup([text])[0], lookup, target="the paragraph"))
    return "; ".join(["select_table", *ops]) if ops else base


_Q = r"(?:\u201c[^\u201d]+\u201d|\u2018[^\u2019]+\u2019|\"[^\"]+\"|'[^']+')"
_EVERY = re.compile(
    rf"\b(?:every|each|all(?:\s+(?:of\s+)?the)?)\s+(?:(?:occurrences?|instances?|appearances?)\s+"
    rf"(?:of\s+)?)?(?P<q>{_Q})(?:\s+(?:everywhere|throughout(?:\s+the\s+document)?|in\s+the\s+(?:whole\s+)?document))?"
    rf"|(?P<q2>{_Q})\s+(?:everywhere|throughout(?:\s+the\s+document)?|wherever\s+it\s+(?:appears|occurs))",
    re.IGNORECASE)
_FIND_ALL = 'click_input "Find All"'


def every_occurrence(request: str, base: str, lookup: Callable[[list[str]], list[str]]) -> str:
    """``base``, or the find family's Find All steps and the formatting the memory gives for one paragraph.

    >>> table = {"Make the paragraph red": 'select_paragraphs; set_edit_text "Font Color" value 1',
    ...          "make every occurrence of 'tent' bold": 'click_input "Find and Replace"; set_edit_text "Find" '
    ...          'quote 1; click_input "Find All"; click_input "Close"; click_input "Bold"'}
    >>> every_occurrence("Make every 'tent' red", 'select_text quote 1; click_input "Bold"',
    ...                  lambda qs: [table[q] for q in qs])  # doctest: +NORMALIZE_WHITESPACE
    'click_input "Find and Replace"; set_edit_text "Find" quote 1; click_input "Find All"; click_input "Close";
     set_edit_text "Font Color" value 1'
    >>> every_occurrence("Make 'tent' red", 'select_text quote 1; set_edit_text "Font Color" value 1', lambda qs: [])
    'select_text quote 1; set_edit_text "Font Color" value 1'
    >>> every_occurrence('Change the font to "Times New Roman" throughout the text.', 'select_all', lambda qs: [])
    'select_all'
    """
    m = _EVERY.search(request)
    if m is None or len(QUOTED_RE.findall(request)) != 1:
        return base
    quote = m.group("q") or m.group("q2")
    before = request[:m.start()]
    if font_in(quote[1:-1]) == quote[1:-1] or re.search(r"\b(?:to|into|in|as|with)\s+$", before, re.IGNORECASE):
        return base  # 'the font to "Times New Roman" throughout': a value, not what to find
    steps = entries(base)
    if _FIND_ALL not in steps:
        steps = entries(lookup([f"make every occurrence of {quote} bold"])[0])
    if _FIND_ALL not in steps or len(steps) < 2 or "quote 1" not in steps[1]:
        return base
    find = steps[:steps.index(_FIND_ALL) + 1]
    find += [e for e in steps[len(find):len(find) + 1] if e == 'click_input "Close"']
    text = before + "the paragraph" + request[m.end():]
    ops = _formatting(lookup([text])[0])  # one change: "find all X and make them Y" is no two operations
    return "; ".join([*find, *ops]) if ops else base

"""Several formatting operations in one request: the task memory's hint composed from one lookup per operation.

"Make the title bold, centred and 28pt" names one target and three changes. The memory answers a request with
the skeleton of its nearest solved task, and few training tasks list exactly those three changes, so its hint
often stops after the first (the hint guide then ends the episode there). Here the request is cut into its
operations (outside quotes and outside the words that name the target, so "the second and third paragraphs"
stays whole), each part is looked up on its own, and the formatting steps of the later parts are appended to the
first part's skeleton. Only formatting steps (buttons and value boxes) are composed: typing or deleting after a
selection changes what is selected, and the memory's own answer is kept for those.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lamforge.app.commands import COLORS
from lamforge.text.fonts import font_in
from lamforge.text.last_resort import firm
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.references import find_targets
from lamforge.text.vocab import INSTRUCTION_WORDS

_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:then\s+|also\s+)?|\s+-+\s+and\s+|\s+and\s+(?:then\s+|also\s+)?|;\s*|"
                    r"\.\s+|\s+then\s+|\s+plus\s+)", re.IGNORECASE)
FORMATTING = re.compile(r'^(?:click_input|set_edit_text) "')
SELECTION = re.compile(r"^select_")
_VERB = re.compile(r"^(?:make|set|turn|put|give|change|apply|use|format|colou?r|add|center|centre|align|bold|"
                   r"underline|itali[cs]\w*|highlight|indent|justify|double|shrink|enlarge)\b", re.IGNORECASE)
_POLITE = re.compile(r"^(?:please|thanks|thank you|thnak you|for me|if (?:possible|you can)|when you can)\b",
                     re.IGNORECASE)
# the stems of changes a person writes in forms the instruction words do not list ("centred", "bolded", "italicised")
_CHANGE_STEM = re.compile(r"^(?:bold|itali|underl|strik|cross|cent|justif|align|indent|highlight|colou?r|upper|"
                          r"lower|capital|caps|size|font|spac|doubl|subscr|superscr|bullet|number|head|larg|small|"
                          r"big|\d)", re.IGNORECASE)
MAX_PARTS = 5
_COMPLAINT = re.compile(r"\btoo\s+(?:small|big|large|tiny|huge)\b", re.IGNORECASE)
MAX_PART_WORDS = 5  # "put it in the center"


def operation_parts(request: str, target: str | None = None) -> list[str]:
    """The request's operations as separate phrases (one phrase: [], nothing to compose).

    ``target``: the words that name the target, when the caller knows them (the whole document's "the paragraph").

    >>> operation_parts("make the title bold, centred and 28pt")
    ['make the title bold', 'make it centred', 'make it 28pt']
    >>> operation_parts("'Ingredients' heading: underline it and make it green")
    ["'Ingredients' heading: underline it", 'make it green']
    >>> operation_parts("italicise the second and third paragraphs"), operation_parts("make 'salt and pepper' bold")
    ([], [])
    >>> operation_parts("When you get a chance, italicise 'walking tour'"), operation_parts("Bold 'A' and 'B'")
    ([], [])
    >>> operation_parts(""), operation_parts("Make it bold")
    ([], [])
    >>> operation_parts("I wrote a guide. Could you make the title bold and center it?")
    ['Could you make the title bold', 'center it']
    >>> operation_parts("Make 'cooling' size 22 and make it underlined, please")
    ["Make 'cooling' size 22", 'make it underlined']
    >>> operation_parts("Set the title to Georgia 28 pt.")
    ['Set the title to Georgia', 'make it 28 pt']
    >>> operation_parts("Set the font of the paragraph to Verdana, size 11.", target="the paragraph")
    ['Set the font of the paragraph to Verdana', 'make it size 11']
    >>> operation_parts("The title is too small, make it bigger please")  # a complaint and its remedy: one change
    []
    """
    held: list[str] = []

    def hold(text: str) -> str:
        held.append(text)
        return f"\x00{len(held) - 1}\x00"

    masked = _font_then_size(QUOTED_RE.sub(lambda m: hold(m.group(0)), request))
    words = target if target and target in masked else next(
        (t.words for t in find_targets(masked) if t.words and t.words in masked and t.kind != "whole" and firm(t)),
        None)
    if words is not None:
        masked = masked.replace(words, hold(words), 1)
    parts = [p.strip(" .!?") for p in _SPLIT.split(masked) if p and p.strip(" .!?")]
    if any(_COMPLAINT.search(p) for p in parts):
        return []  # "X is too small, make it bigger": "small" states the problem, it asks for nothing
    lead = next((i for i, p in enumerate(parts) if "\x00" in p), 0)
    if lead and not any(names_change(p) for p in parts[:lead]):
        parts = parts[lead:]  # "I am preparing this guide. Could you make the title bold and center it?"
    if not parts:
        return []
    first, rest = parts[0], [p for p in parts[1:] if not _POLITE.match(p)]
    # one target, named in the first part; each later part a short change to it ("centred", "make it green"),
    # never a target of its own ("Highlight 'A' and 'B'") nor the request behind a lead-in ("In this document,")
    if not rest or len(rest) >= MAX_PARTS or "\x00" not in first or any(
            "\x00" in p or len(p.split()) > MAX_PART_WORDS or (p[0].isupper() and not _VERB.match(p)) for p in rest):
        return []
    if not all(names_change(p) for p in rest):  # "strike 'Sun cream', already packed it": a remark, not a change
        return []
    out = [first] + [p if _VERB.match(p) else f"make it {p}" for p in rest]
    return [re.sub(r"\x00(\d+)\x00", lambda m: held[int(m.group(1))], p) for p in out]


_SIZE_AFTER_FONT = re.compile(r"^,?\s+(?:(?:in\s+|at\s+)?size\s+|at\s+)?\d+(?:\.\d+)?\s*(?:pt|points?)?\b",
                              re.IGNORECASE)


_SIZE_THEN_TOGGLE = re.compile(r"\b(\d+(?:\.\d+)?\s*(?:pt|points?))\s+(bold|italics?|underlined|red|blue|green)\b",
                               re.IGNORECASE)


def _font_then_size(text: str) -> str:
    """``text`` with a comma between a font and the size that follows it, or a size and a change after it.

    >>> _font_then_size("Set the title to Georgia 28 pt."), _font_then_size("Use Verdana, size 11")
    ('Set the title to Georgia, 28 pt.', 'Use Verdana, size 11')
    >>> _font_then_size("make the title 16 pt bold")
    'make the title 16 pt, bold'
    >>> _font_then_size("Set it to Arial and bold")
    'Set it to Arial and bold'
    """
    text = _SIZE_THEN_TOGGLE.sub(r"\1, \2", text)
    font = font_in(text)
    at = text.find(font) if font else -1
    if at < 0:
        return text
    end = at + len(font)
    m = _SIZE_AFTER_FONT.match(text[end:])
    if m is None or text[end:end + 1] == ",":
        return text
    return f"{text[:end]},{text[end:]}"


def names_change(part: str) -> bool:
    """Whether ``part`` names a formatting change: an instruction word, a colour, a size, a font or a style stem.

    >>> names_change("centred"), names_change("make it green"), names_change("14pt"), names_change("Georgia")
    (True, True, True, True)
    >>> names_change("middle-align it")
    True
    >>> names_change("already packed it"), names_change("as discussed"), names_change("its a bit lost")
    (False, False, False)
    """
    words = [w.lower() for w in re.findall(r"[\w']+", part)]  # "middle-align": both halves
    return any((w in INSTRUCTION_WORDS and w not in _PLACE_WORDS) or w in COLORS or _CHANGE_STEM.match(w)
               for w in words) or bool(font_in(part))


# instruction words that name a part or a degree, never a change ("16pt, its a bit lost": a remark)
_PLACE_WORDS = frozenset({"bit", "part"})


def entries(skeleton: str) -> list[str]:
    """A skeleton's steps."""
    return [e.strip() for e in skeleton.split("; ") if e.strip()]


def compose(request: str, base: str, lookup: Callable[[list[str]], list[str]], target: str | None = None) -> str:
    """``base`` (the memory's hint for the whole request), or the parts' skeletons joined.

    Joined when that does more than ``base``. When ``base`` does more changes than the request has parts, it keeps
    only those some part's skeleton has too, if that leaves one per part: "make the heading bold and underlined"
    found a known task that was bold, italic and underlined. (A part alone is a short text and its own lookup can
    be wrong, "turn it bold" → Font Color, so where counts agree ``base`` stays.)

    ``lookup`` answers a list of requests with their hints; ``target`` as in :func:`operation_parts`.

    >>> table = {"make the title bold": 'select_paragraphs; click_input "Bold"',
    ...          "make it centred": 'select_paragraphs; click_input "Align Center"',
    ...          "make it 28pt": 'select_text quote 1; set_edit_text "Font Size" value 1'}
    >>> compose("make the title bold, centred and 28pt", 'select_paragraphs; click_input "Bold"',
    ...         lambda qs: [table[q] for q in qs])
    'select_paragraphs; click_input "Bold"; click_input "Align Center"; set_edit_text "Font Size" value 1'
    >>> table["make it underlined"] = 'select_paragraphs; click_input "Underline"'
    >>> compose("make the title bold and underlined", 'select_paragraphs; click_input "Underline"; '
    ...         'click_input "Italic"; click_input "Bold"', lambda qs: [table[q] for q in qs])
    'select_paragraphs; click_input "Underline"; click_input "Bold"'
    """
    parts = operation_parts(request, target)
    if not parts:
        return base
    hints = lookup(parts)
    first = entries(hints[0])
    if not first or not SELECTION.match(first[0]) or not all(FORMATTING.match(e) for e in first[1:]):
        return base
    steps = list(first)
    for hint in hints[1:]:  # a later part names one change: its skeleton's last formatting step ("make it green"
        ops = [e for e in entries(hint) if FORMATTING.match(e)]  # may find "bold and green": Font Color)
        if ops and ops[-1] not in steps:
            steps.append(ops[-1])
    base_ops = [e for e in entries(base) if not SELECTION.match(e)]
    if len(steps) - 1 > len(base_ops):
        return "; ".join(steps)
    if len(base_ops) > len(parts):
        asked = [e for e in entries(base) if SELECTION.match(e) or e in steps]
        if len(asked) - (len(entries(base)) - len(base_ops)) == len(parts):
            return "; ".join(asked)
    return base

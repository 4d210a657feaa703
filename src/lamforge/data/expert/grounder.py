"""Ground textual plan steps into actions on the live control list, filling values from the request.

Steps read like help pages: "Select the text", "Click Bold", "Choose Format - Text - UPPERCASE".

This is the offline counterpart of the paper's GPT-4o instantiation: it knows verbs and control
names, never the task's parameters or checker, so it can fail — and those failures are what
self-boosting later explores.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from lamforge.app.action import Action
from lamforge.app.observation import Control
from lamforge.data.expert.request_parse import RequestValues
from lamforge.data.expert.structure_steps import structural_action

_KEYS = {
    "enter": "{ENTER}",
    "return": "{ENTER}",
    "delete": "{DELETE}",
    "del": "{DELETE}",
    "backspace": "{BACKSPACE}",
    "tab": "{TAB}",
    "home": "{HOME}",
    "end": "{END}",
    "up": "{UP}",
    "down": "{DOWN}",
    "left": "{LEFT}",
    "right": "{RIGHT}",
}
_VALUE_FIELDS = (  # (words in the step, control text, RequestValues attribute)
    (("font size", "size"), "Font Size", "size"),
    (("highlight",), "Character Highlighting Color", "color"),
    (("font color", "font colour", "colour", "color"), "Font Color", "color"),
    (("line spacing", "spacing"), "Line Spacing", "spacing"),
    (("paragraph style", "style", "heading"), "Paragraph Style", "style"),
    (("font name", "font", "typeface"), "Font Name", "font"),
)


_TYPE_INTO = re.compile(
    r"(?:type|write|enter)\b.*?\b(?:in|into)\s+(?:the\s+)?['\"]?([\w ]+?)['\"]?(?:\s+(?:box|field))?[.]?$", re.I
)


class GroundingError(ValueError):
    """A plan step the grounder cannot turn into an action on the current controls."""


@dataclass
class QuoteCursor:
    """Hands out the request's quoted texts: anchors that exist in the document, then new texts to type.

    ``doc_text`` is the document as the expert observed it; without it quotes come out in order.
    """

    quoted: Sequence[str]
    doc_text: str = ""
    used: set[int] = field(default_factory=set)

    def _pick(self, want_existing: bool | None) -> str:
        if not self.quoted:
            raise GroundingError("the plan selects or types text but the request quotes none")
        order = [i for i in range(len(self.quoted)) if i not in self.used] or [len(self.quoted) - 1]
        if want_existing is not None and self.doc_text:
            low = self.doc_text.lower()
            fits = [i for i in order if (self.quoted[i].lower() in low) == want_existing]
            order = fits or order
        i = order[0]
        self.used.add(i)
        return self.quoted[i]

    def claim(self, text: str) -> str:
        """Mark a quoted text a plan step names explicitly as used, and return it."""
        if text in self.quoted:
            self.used.add(self.quoted.index(text))
        return text

    def next(self) -> str:
        """The next unused quoted text, in request order."""
        return self._pick(None)

    def anchor(self) -> str:
        """The next quoted text that occurs in the document (what to select)."""
        return self._pick(True)

    def new_text(self) -> str:
        """The next quoted text that does not occur in the document (what to type)."""
        return self._pick(False)


def find_control(name: str, controls: Sequence[Control], *, cutoff: float = 82.0, path_hint: str = "") -> Control:
    """The enabled control whose text best matches ``name`` (toolbar before menu, path hint preferred)."""
    low = name.lower().strip(" .")
    best: tuple[float, int, Control] | None = None
    for c in controls:
        if not c.enabled or c.control_type == "Document":
            continue
        s = fuzz.ratio(low, c.control_text.lower())
        if path_hint and path_hint.lower() in c.path.lower():
            s += 5
        if c.control_type == "MenuItem":
            s -= 1
        if best is None or s > best[0]:
            best = (s, -int(c.label), c)
    if best is None or best[0] < cutoff:
        raise GroundingError(f"no control like {name!r}")
    return best[2]


def _act(c: Control, function: str = "click_input", **args: object) -> Action:
    return Action(function, dict(args), c.label, c.control_text)


def _value(values: RequestValues, attr: str) -> str:
    if attr == "size":
        nums = [n for n in values.numbers if 5 <= n <= 96]
        if not nums:
            raise GroundingError("the request gives no font size")
        return f"{nums[0]:g}"
    v = getattr(values, attr)
    if not v:
        raise GroundingError(f"the request gives no {attr}")
    return str(v)


def ground_step(step: str, values: RequestValues, quotes: QuoteCursor, controls: Sequence[Control]) -> list[Action]:
    """Actions for one plan step on the current controls (a dialog step may need several)."""
    s = step.strip()
    low = s.lower()
    structural = structural_action(s)
    if structural is not None:
        return [Action(structural[0], dict(structural[1]))]
    explicit = re.search(r'"(.+)"', s)
    m = re.match(r"(?:press|hit)\s+(?:the\s+)?(.+?)(?:\s+(\d+)\s+times)?\.?$", low)
    if m:
        keys = key_sequence(m.group(1))
        if m.group(2):
            keys = re.sub(r"\}$", f" {int(m.group(2))}}}", keys) if keys.endswith("}") else keys * int(m.group(2))
        return [Action("keyboard_input", {"keys": keys})]
    m = re.match(r"move down (\d+) paragraphs?", low)
    if m:
        return [Action("keyboard_input", {"keys": "^{DOWN}{RIGHT}" * int(m.group(1))})]
    m = re.match(r"extend the selection over the next (\d+) paragraphs?", low)
    if m:
        return [Action("keyboard_input", {"keys": "^+{DOWN}" + "+{RIGHT}^+{DOWN}" * int(m.group(1))})]
    if explicit and re.match(r"(?:select|highlight|mark)\b", low):
        return [Action("select_text", {"text": quotes.claim(explicit.group(1))})]
    if explicit and re.match(r"(?:type|write|enter)\b", low):
        return [Action("keyboard_input", {"keys": quotes.claim(explicit.group(1))})]
    m = re.match(r"set the .+? to (.+?) in the (.+?) box\.?$", s, re.I)
    if m:
        return [_act(find_control(m.group(2), controls), "set_edit_text", text=m.group(1))]
    if re.match(r"(?:select|highlight|mark)\b", low):
        if re.search(r"\b(whole|entire) document\b|\ball\b(?! the)", low):
            return [Action("keyboard_input", {"keys": "^a"})]
        if "table" in low and not re.search(r"text|cell", low):
            return [Action("select_table", {"number": 1})]
        text = quotes.anchor()
        if "space after" in low and quotes.doc_text:
            text = _with_space(text, quotes.doc_text)
        return [Action("select_text", {"text": text})]
    if "table" in low and re.search(r"\b(insert|create|add|make)\b", low):
        if values.table is None:
            raise GroundingError("the request gives no table size")
        return [Action("insert_table", {"rows": values.table[0], "columns": values.table[1]})]
    m = _TYPE_INTO.match(s)
    if m and any(c.path.endswith("dialog") for c in controls):
        c = find_control(m.group(1), controls, cutoff=70)
        if c.control_text in ("Rows", "Columns") and values.table:
            text = str(values.table[0] if c.control_text == "Rows" else values.table[1])
        elif c.control_text == "Orientation":
            text = values.orientation or "Landscape"
        elif c.control_text == "Find":
            text = quotes.anchor()
        else:
            text = quotes.next()
        return [_act(c, "set_edit_text", text=text)]
    if re.match(r"(?:type|write|enter)\b", low) and not any(w in low for f in _VALUE_FIELDS for w in f[0]):
        text = quotes.new_text()
        return [Action("keyboard_input", {"keys": (" " if "space and" in low else "") + text})]
    m = re.match(r"(?:choose|select|open|go to)\s+(.+)", s, re.I)
    if m and re.search(r"\s[-–>]\s", m.group(1)):
        items = [x.strip(" .") for x in re.split(r"\s+[-–>]\s+", m.group(1)) if x.strip(" .")]
        c = find_control(items[-1], controls, path_hint=items[0] if len(items) > 1 else "")
        return _use(c, values)
    for words, name, attr in _VALUE_FIELDS:
        if any(re.search(rf"\b{re.escape(w)}", low) for w in words) and re.search(
            r"\b(set|type|enter|choose|select|change|apply|pick|make)\b", low
        ):
            c = find_control(name, controls)
            return [_act(c, "set_edit_text", text=_value(values, attr))]
    m = re.search(r"\bclick\s+(?:on\s+)?(?:the\s+)?(.+?)(?:\s+(?:icon|button|box|tab|on|in)\b|[.,;]|$)", s, re.I)
    if m:
        return _use(find_control(m.group(1), controls), values)
    names = sorted(
        (c for c in controls if c.enabled and len(c.control_text) >= 4 and c.control_type != "Document"),
        key=lambda c: -len(c.control_text),
    )
    for c in names:
        if re.search(rf"\b{re.escape(c.control_text.lower())}\b", low):
            return _use(c, values)
    raise GroundingError(f"cannot ground step {s!r}")


def key_sequence(spoken: str) -> str:
    """'ctrl+shift+down' / 'enter' / 'ctrl + b' → pywinauto keys.

    >>> key_sequence("Ctrl+Shift+Down"), key_sequence("enter"), key_sequence("ctrl + b")
    ('^+{DOWN}', '{ENTER}', '^b')
    """
    parts = [p.strip() for p in re.split(r"\s*\+\s*", spoken.lower()) if p.strip()]
    mods, key = parts[:-1], parts[-1] if parts else ""
    prefix = "".join({"ctrl": "^", "control": "^", "shift": "+", "alt": "%"}.get(m, "?") for m in mods)
    if "?" in prefix:
        raise GroundingError(f"unknown modifier in {spoken!r}")
    if key in _KEYS or key in ("up", "down", "left", "right"):
        return prefix + _KEYS.get(key, f"{{{key.upper()}}}")
    if len(key) == 1 and prefix:
        return prefix + key
    raise GroundingError(f"unknown key {spoken!r}")


def _with_space(text: str, doc: str) -> str:
    """The text with the space that follows (or precedes) it, so deleting it leaves no double space."""
    if f"{text} " in doc:
        return f"{text} "
    if f" {text}" in doc:
        return f" {text}"
    return text


def _use(c: Control, values: RequestValues) -> list[Action]:
    """Click a control; a value box gets its value from the request instead."""
    if c.control_type == "ComboBox":
        attr = next((a for _, n, a in _VALUE_FIELDS if n == c.control_text), None)
        if attr is not None:
            return [_act(c, "set_edit_text", text=_value(values, attr))]
    return [_act(c)]

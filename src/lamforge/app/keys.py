"""Parse pywinauto-style key strings (UFO's ``keyboard_input``) into typed text and key presses."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ALIASES = {"{VK_CONTROL}": "^", "{VK_SHIFT}": "+", "{VK_MENU}": "%", "{CTRL}": "^", "{SHIFT}": "+"}
_NAMES = {
    "ENTER": "ENTER",
    "RETURN": "ENTER",
    "TAB": "TAB",
    "BACKSPACE": "BACKSPACE",
    "BS": "BACKSPACE",
    "BKSP": "BACKSPACE",
    "DELETE": "DELETE",
    "DEL": "DELETE",
    "LEFT": "LEFT",
    "RIGHT": "RIGHT",
    "UP": "UP",
    "DOWN": "DOWN",
    "HOME": "HOME",
    "END": "END",
    "ESC": "ESC",
    "ESCAPE": "ESC",
    "SPACE": "SPACE",
    "PGUP": "PGUP",
    "PGDN": "PGDN",
}
_TOKEN = re.compile(r"([\^+%]*)(\{[A-Za-z_][A-Za-z_0-9]*(?: \d+)?\}|.)", re.S)


@dataclass(frozen=True)
class Key:
    """One key press: a named key or a character, with modifiers, repeated ``count`` times."""

    name: str
    ctrl: bool = False
    shift: bool = False
    alt: bool = False
    count: int = 1


def parse_keys(keys: str) -> list[str | Key]:
    """Split ``keys`` into runs of plain text (str) and key presses (Key).

    >>> parse_keys("Hello{ENTER}")
    ['Hello', Key(name='ENTER', ctrl=False, shift=False, alt=False, count=1)]
    >>> parse_keys("^b")
    [Key(name='b', ctrl=True, shift=False, alt=False, count=1)]
    >>> parse_keys("+{LEFT 3}")[0].count
    3
    >>> parse_keys("{F13}")
    Traceback (most recent call last):
    ...
    ValueError: unknown key {F13}; known: {ENTER}, {TAB}, {BACKSPACE}, ...
    """
    for a, b in _ALIASES.items():
        keys = keys.replace(a, b)
    out: list[str | Key] = []
    for mods, tok in _TOKEN.findall(keys):
        if tok.startswith("{") and tok.endswith("}") and len(tok) > 2:
            body = tok[1:-1].split(" ")
            name = _NAMES.get(body[0].upper())
            if name is None:
                raise ValueError(f"unknown key {tok}; known: {{ENTER}}, {{TAB}}, {{BACKSPACE}}, ...")
            count = int(body[1]) if len(body) > 1 else 1
            if name == "SPACE" and not mods:
                _append_text(out, " " * count)
                continue
            out.append(Key(name, "^" in mods, "+" in mods, "%" in mods, count))
        elif mods:
            out.append(Key(tok.lower(), "^" in mods, "+" in mods, "%" in mods))
        else:
            _append_text(out, tok)
    return out


def _append_text(out: list[str | Key], text: str) -> None:
    if out and isinstance(out[-1], str):
        out[-1] += text
    else:
        out.append(text)

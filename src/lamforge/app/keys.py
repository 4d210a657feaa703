"""Parse pywinauto-style key strings (UFO's ``keyboard_input``) into typed text and key presses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lamforge.app.limits import limit

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
    >>> parse_keys("{RIGHT 100000000}")
    Traceback (most recent call last):
    ...
    ValueError: {RIGHT 100000000} repeats a key 100000000 times; the limit is 1000 per key
    """
    max_typed = int(limit("MAX_TYPED_CHARS"))
    if len(keys) > max_typed:
        raise ValueError(f"the keys are {len(keys)} characters long; the limit is {max_typed} per action")
    for a, b in _ALIASES.items():
        keys = keys.replace(a, b)
    out: list[str | Key] = []
    presses = 0
    for mods, tok in _TOKEN.findall(keys):
        if tok.startswith("{") and tok.endswith("}") and len(tok) > 2:
            body = tok[1:-1].split(" ")
            name = _NAMES.get(body[0].upper())
            if name is None:
                raise ValueError(f"unknown key {tok}; known: {{ENTER}}, {{TAB}}, {{BACKSPACE}}, ...")
            count = _count(tok, body)
            presses += count
            if presses > limit("MAX_KEY_PRESSES"):
                raise ValueError(f"the keys press more than {limit('MAX_KEY_PRESSES')} keys; split the action")
            if name == "SPACE" and not mods:
                _append_text(out, " " * count)
                continue
            out.append(Key(name, "^" in mods, "+" in mods, "%" in mods, count))
        elif mods:
            out.append(Key(tok.lower(), "^" in mods, "+" in mods, "%" in mods))
        else:
            _append_text(out, tok)
    return out


def _count(tok: str, body: list[str]) -> int:
    """The repeat count of ``{NAME N}`` (1 without N), within the per-key limit."""
    if len(body) == 1:
        return 1
    count, most = int(body[1]), int(limit("MAX_KEY_REPEAT"))
    if count > most:
        raise ValueError(f"{tok} repeats a key {count} times; the limit is {most} per key")
    if count < 1:
        raise ValueError(f"{tok} repeats a key {count} times; give a count of at least 1")
    return count


def _append_text(out: list[str | Key], text: str) -> None:
    if out and isinstance(out[-1], str):
        out[-1] += text
    else:
        out.append(text)

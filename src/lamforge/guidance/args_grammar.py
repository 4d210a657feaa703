"""Where a reply is inside its ``args`` object: which key, which value, what is already written.

The document guard constrains each argument by its kind (a text to copy, a number in range, the next key), so
it needs to know, for the reply written so far, whether it is writing a key, a string value, a number, or
standing between two. A small scanner over the JSON the model writes answers that; the keys a function takes
and their types come from the action space itself (:data:`lamforge.app.action.FUNCTIONS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lamforge.app.action import FUNCTIONS, REQUIRED_ARGS

_FUNCTION = re.compile(r'"function":\s*"([a-z_]+)"')
_ARGS = re.compile(r'"args":\s*\{')


@dataclass(frozen=True)
class ArgsState:
    """What the reply is writing inside ``args``.

    ``kind``: ``between`` (after ``{`` or a value, before the next key or ``}``), ``key`` (inside a key name),
    ``string`` or ``number`` (inside a value of ``key``), ``other`` (a value the guard leaves alone), ``closed``
    (the object is written; ``tail`` is what follows it).
    ``value``: the value (or key name) so far (a number's with the spaces after its colon); ``tail``: what
    follows the last value (``between``, ``key``).
    """

    function: str
    kind: str
    key: str = ""
    value: str = ""
    used: tuple[str, ...] = ()
    tail: str = ""
    values: tuple[tuple[str, str, bool], ...] = ()  # the values written so far: (key, value, is a string)


def args_state(generated: str) -> ArgsState | None:
    """The state of the reply's open ``args`` object (None when it is not inside one).

    >>> args_state('{"function": "select_text", "args": {"text": "H2').kind
    'string'
    >>> s = args_state('{"function": "select_text", "args": {"text": "2", "wi'); (s.kind, s.value, s.used)
    ('key', 'wi', ('text',))
    >>> s = args_state('{"function": "select_paragraphs", "args": {"start": 1'); (s.kind, s.key, s.value)
    ('number', 'start', ' 1')
    >>> s = args_state('{"function": "click_input", "args": {}, "sta'); (s.kind, s.tail)
    ('closed', ', "sta')
    """
    found = list(_FUNCTION.finditer(generated))
    fm = found[-1] if found else None
    if fm is None or fm.group(1) not in FUNCTIONS:
        return None
    am = _ARGS.search(generated, fm.end())
    if am is None:
        return None
    return _scan(fm.group(1), generated[am.end():])


def _scan(function: str, body: str) -> ArgsState:
    used: list[str] = []
    done: list[tuple[str, str, bool]] = []
    i, n = 0, len(body)
    key = ""
    mark = 0  # where the text after the last value starts

    def state(kind: str, key: str = "", value: str = "") -> ArgsState:
        return ArgsState(function, kind, key, value, tuple(used), body[mark:], tuple(done))

    while True:
        # between: whitespace, a comma, then a key or the closing brace
        j = i
        while j < n and body[j] in " ,\n\t":
            j += 1
        if j >= n:
            return state("between")
        if body[j] == "}":
            mark = j + 1
            return state("closed")
        if body[j] != '"':
            return state("other")
        k = body.find('"', j + 1)
        if k < 0:
            return state("key", value=body[j + 1:])
        key = body[j + 1:k]
        c = body.find(":", k + 1)
        if c < 0 or body[k + 1:c].strip():
            return state("between")
        v = c + 1
        while v < n and body[v] == " ":
            v += 1
        if v >= n:  # the value has not started: a number's first digit, or a string's opening quote
            numeric = str not in FUNCTIONS[function].get(key, (str,))
            return state("number", key, body[c + 1:]) if numeric else state("between")
        if body[v] == '"':
            end = _string_end(body, v + 1)
            if end < 0:
                return state("string", key, body[v + 1:])
            used.append(key)
            done.append((key, body[v + 1:end], True))
            i = mark = end + 1
            continue
        m = re.match(r"-?\d*", body[v:])
        end = v + (m.end() if m else 0)
        if end >= n and m is not None:
            return state("number", key, body[c + 1:])
        if end == v:
            return state("other", key, body[v:])
        used.append(key)
        done.append((key, body[v:end], False))
        i = mark = end


def _string_end(body: str, start: int) -> int:
    """Index of the closing quote of a JSON string opened before ``start`` (-1 while it is open)."""
    esc = False
    for p in range(start, len(body)):
        ch = body[p]
        if esc:
            esc = False
        elif ch == "\\":
            esc = True
        elif ch == '"':
            return p
    return -1


def next_pieces(state: ArgsState) -> list[str]:
    """What may come after a value (or the opening brace): the next key with its opening, or the closing brace.

    >>> next_pieces(args_state('{"function": "select_text", "args": {"text": "2"'))
    [', "paragraph": ', ', "within": "', '}']
    >>> next_pieces(args_state('{"function": "select_cells", "args": {'))[:2]
    ['"table": ', '"row": ']
    """
    spec = FUNCTIONS[state.function]
    first = not state.used
    out = []
    for name, types in spec.items():
        if name in state.used:
            continue
        opening = '"' if str in types else ""
        out.append(f'{"" if first else ", "}"{name}": {opening}')
    if all(r in state.used for r in REQUIRED_ARGS.get(state.function, ())):
        out.append("}")
    return out

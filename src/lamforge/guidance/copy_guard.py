"""Copy-guarded decoding: text arguments may only copy what the user quoted.

A small model picks the right operation long before it learns to copy a quoted span letter for
letter (``../shared/reference/facts.md``: copying is the hard part); its typical error is a wrong
word inside ``select_text(text="...")``. Grammar-constrained decoding fixes that class of error at
its root: while the model writes the value of a text argument, only tokens that keep the value a
prefix of one of the request's quoted texts are allowed, and the string may only close on a whole
quoted text. The model still chooses *which* quote and *whether* to copy one; it cannot misspell it.

Rules per argument (the value being written, JSON-escaped, is ``v``):

- ``select_text.text``: always a quoted text (a quoted sentence also with a leading or trailing
  space, as sentences are selected with their separator), when the request quotes anything.
- ``keyboard_input.keys``: a quoted text, or a key sequence (``{ENTER}``, ``^{DOWN}`` ...), which is
  left free once it starts.
- ``set_edit_text.text``: a value box's entry, typed by the box the reply names: Font Size takes a
  number of the request, Font Color and Highlighting a colour it names, Font Name a capitalised run
  (``DejaVu Sans Mono``), Paragraph Style ``Heading N`` for a number it gives or a named style, Line
  Spacing a number or 1/1.15/1.5/2, Orientation Landscape/Portrait; any other box (Find, Replace ...)
  a quoted text or a run of up to four words of the request.

A string may close only on a whole candidate, and only with the closing the training data uses
(``"``, ``"}``, ``"},``), so the model is not pushed into a tokenisation it never saw. After the
arguments, the reply's fixed skeleton (``, "status": "CONTINUE|FINISH|CONFIRM", "plan": [``) is
enforced; everything else (thought, control, function, plan steps) is the model's own. A request
without quotes leaves ``select_text`` free.

This module is pure Python (no torch): :class:`CopyGuard` answers "which token ids are allowed next"
and the transformers backend turns that into a logits mask.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from lamforge.app.commands import COLORS
from lamforge.text.fonts import font_in
from lamforge.text.quotes import QUOTED_RE, quoted_texts

# the value of a guarded argument being written: function, argument name, JSON-escaped value so far
_OPEN_ARG = re.compile(
    r'"function":\s*"(select_text|keyboard_input|set_edit_text)",\s*"args":\s*\{\s*"(text|keys)":\s*"((?:[^"\\]|\\.)*)$'
)
_KEY_START = ("{", "^", "+", "%")
_CONTROL_NAME = re.compile(r'"control_name":\s*"((?:[^"\\]|\\.)*)"')
_CLOSED_ARG = re.compile(r'"args":\s*\{\s*"(?:text|keys)":\s*"(?:[^"\\]|\\.)*"([^"{}]*)$')

def _escaped(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


# what a value box may hold that the request need not spell out
VALUE_WORDS = ("Landscape", "Portrait", "Default Paragraph Style", "1", "1.5", "2", "Heading 1", "Heading 2",
               "Heading 3", "Heading 4", "Title", "Subtitle")
_CLOSERS = ('"', '"}', '"},')
# a key sequence being typed: modifiers and {NAME} groups (``^+{DOWN}{DELETE}``), as a prefix
_KEYS_PREFIX = re.compile(r"(?:[\^+%]*\{[A-Z][A-Z0-9]*(?: \d+)?\})*[\^+%]*(?:\{[A-Z]?[A-Z0-9]*(?: \d*)?)?")
_KEYS_WHOLE = re.compile(r"(?:[\^+%]*\{[A-Z][A-Z0-9]*(?: \d+)?\})+")


def is_key_chord(keys: str) -> bool:
    """Whether ``keys`` is only special keys and chords (``^{DOWN}``, ``{ENTER}``), no typed text.

    >>> is_key_chord("^+{DOWN}{DELETE}"), is_key_chord("New text")
    (True, False)
    """
    return bool(_KEYS_WHOLE.fullmatch(keys))


# after the args object, the reply's fixed skeleton up to the plan (the key order of the training data)
_SKELETON = tuple(f', "status": "{st}", "plan": [' for st in ("CONTINUE", "FINISH", "CONFIRM"))
_EDGE = ".,;:!?()[]\u2018\u2019\u201c\u201d\"'"


def _after_args(generated: str) -> str | None:
    """The text after a closed ``"args": {...}`` object, or None while it is open (or absent).

    >>> _after_args('{"function": "click_input", "args": {}, "sta')
    ', "sta'
    >>> _after_args('"args": {"text": "a}b') is None
    True
    """
    k = generated.find('"args": {')
    if k < 0:
        return None
    depth, in_str, esc = 0, False, False
    for i in range(k + len('"args": '), len(generated)):
        ch = generated[i]
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return generated[i + 1:]
    return None


def request_values(request: str, max_words: int = 4) -> list[str]:
    """Runs of up to ``max_words`` words of the request (edge punctuation off), as typed and capitalised.

    >>> request_values("Set it to 22 pt.", 2)[:5]
    ['Set', 'Set it', 'it', 'It', 'it to']
    """
    words = [w.strip(_EDGE) for w in QUOTED_RE.sub(" ", request).split()]
    out: list[str] = []
    for i in range(len(words)):
        for n in range(1, max_words + 1):
            run = words[i:i + n]
            if len(run) < n or not all(run):
                break
            text = " ".join(run)
            for v in (text, text[:1].upper() + text[1:]):
                if v not in out:
                    out.append(v)
    return out


_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:(?=pts?\b)|(?![\w]))")  # "15", "2.5", "15pt", "15pts"
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")
_SPACING_WORDS = ((r"\bdouble\b", "2"), (r"\bsingle\b", "1"), (r"\bone and a half\b", "1.5"))
_STYLES = ("Default Paragraph Style", "Title", "Subtitle", "Quotations", "Text Body")


def typed_values(request: str) -> dict[str, tuple[str, ...]]:
    """What a value box of each kind may take from this request (the box's name, lower case, as key).

    >>> t = typed_values("Set 'a b' to 22 pt in dark green, font Trebuchet MS, as a Heading 3")
    >>> t["font size"], t["font color"], t["font name"][0], "Heading 3" in t["paragraph style"]
    (('22', '3'), ('dark green',), 'Trebuchet MS', True)
    >>> typed_values("Could you double-space 'x'?")["line spacing"][0], typed_values("I'd like Verdana")["font name"][0]
    ('2', 'Verdana')
    >>> typed_values("Scale 'Q3' to 15pt, then 2.5 spacing")["font size"]
    ('15', '2.5')
    >>> typed_values("Highlight 'x' so I find it")["character highlighting color"]
    ('yellow',)
    """
    text = QUOTED_RE.sub(" ", request)
    low = text.lower()
    numbers = tuple(dict.fromkeys(_NUMBER.findall(text)))
    colors, rest = [], low
    for name in sorted(COLORS, key=len, reverse=True):  # "dark green" before "green"
        pat = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        if re.search(pat, rest):
            colors.append(name)
            rest = re.sub(pat, " ", rest)
    font = font_in(text)
    names = tuple(dict.fromkeys([*([font] if font else []), *(m.group(0) for m in _CAPITALISED_RUN.finditer(text))]))
    spacing_words = tuple(v for w, v in _SPACING_WORDS if re.search(w, low))
    headings = tuple(f"Heading {n}" for n in numbers if n.isdigit() and 1 <= int(n) <= 6)
    return {
        "font size": numbers,
        "font color": tuple(colors),
        "character highlighting color": tuple(colors) or ("yellow",),  # "highlight 'x'" means the marker pen
        "font name": names,
        "paragraph style": (*headings, *_STYLES),
        "line spacing": tuple(dict.fromkeys((*numbers, *spacing_words, "1", "1.15", "1.5", "2"))),
        "orientation": ("Landscape", "Portrait"),
    }


@dataclass(frozen=True)
class Candidates:
    """What the guarded arguments of one request may copy (JSON-escaped)."""

    quoted: tuple[str, ...] = ()
    values: tuple[str, ...] = field(default=())
    typed: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def for_box(self, control_name: str) -> tuple[str, ...]:
        """A value box's candidates: typed by the box (Font Size takes numbers ...) when that says anything."""
        return self.typed.get(control_name.strip().lower()) or self.values


def _open_copy(generated: str, candidates: Candidates) -> tuple[str, str, tuple[str, ...]] | None:
    """The guarded argument the reply is writing: its function, its value so far, the copies it may become."""
    m = _OPEN_ARG.search(generated)
    if m is None:
        return None
    function, value = m.group(1), m.group(3)
    if function == "set_edit_text":
        box = _CONTROL_NAME.search(generated)
        return function, value, candidates.for_box(box.group(1) if box else "")
    return function, value, candidates.quoted


class CopyGuard:
    """Which next tokens keep a guarded text argument a copy of the request.

    Args:
        token_strings: the decoded text of every token id (index = id); ``None`` or ``""`` for special tokens.

    """

    def __init__(self, token_strings: Sequence[str | None]) -> None:
        self.by_first: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for i, s in enumerate(token_strings):
            if s:
                self.by_first[s[0]].append((i, s))
        self.closers = [i for i, s in self.by_first.get('"', []) if s in _CLOSERS]
        self._memo: dict[tuple[object, ...], object] = {}  # token sets by what they depend on: steps repeat
        self.key_start = [i for c in _KEY_START for i, t in self.by_first.get(c, []) if _KEYS_PREFIX.fullmatch(t)]

    @staticmethod
    def candidates(request: str) -> Candidates:
        """The texts guarded arguments may copy: quotes (a sentence also with a separator space) and values."""
        quoted: list[str] = []
        for q in quoted_texts(request):
            spaced = (" " + q, q + " ") if q.rstrip().endswith((".", "!", "?")) else ()
            for v in (q, *spaced):
                if _escaped(v) not in quoted:
                    quoted.append(_escaped(v))
        values = [_escaped(v) for v in (*request_values(request), *VALUE_WORDS)]
        typed = {k: tuple(_escaped(v) for v in vs) for k, vs in typed_values(request).items()}
        return Candidates(tuple(quoted), tuple(dict.fromkeys(quoted + values)), typed)

    def allowed(self, generated: str, candidates: Candidates) -> list[int] | None:
        """Token ids allowed after ``generated`` (the reply so far); ``None`` means no constraint."""
        tail = _after_args(generated)
        if tail is not None:
            return self._skeleton(tail)
        closed = _CLOSED_ARG.search(generated)
        if closed is not None:  # the text argument is closed, its object not yet
            return self._skeleton(closed.group(1), opening="}")
        opened = _open_copy(generated, candidates)
        if opened is None:
            return None
        function, value, pool = opened
        if function == "keyboard_input" and value.startswith(_KEY_START):
            return self._keys(value)
        if not pool:
            return None
        if value.endswith("\\") and not value.endswith("\\\\"):
            return None  # in the middle of an escape: let it finish
        live = [c for c in pool if c.startswith(value)]
        ids = self._continuations([c[len(value):] for c in live], any(c == value for c in live))
        if function == "keyboard_input" and not value:
            ids.update(self.key_start)
        return sorted(ids) or None

    def forced(self, generated: str, candidates: Candidates) -> str:
        """The text a guarded argument must go on with when only one copy is still possible ("" otherwise).

        Decoding may write it in one step: whatever tokens the model picked, the guard would let it
        write nothing else.

        >>> guard = CopyGuard(["Book", " a", '"'])
        >>> cands = guard.candidates('Cross out "Book a coffee" and "Bake"')
        >>> prefix = '"function": "select_text", "args": {"text": "'
        >>> guard.forced(prefix, cands), guard.forced(prefix + "Bo", cands), guard.forced(prefix + "Book a", cands)
        ('', 'ok a coffee', ' coffee')
        """
        opened = None if _after_args(generated) is not None or _CLOSED_ARG.search(generated) else \
            _open_copy(generated, candidates)
        if opened is None:
            return ""
        function, value, pool = opened
        if function == "keyboard_input" and (not value or value.startswith(_KEY_START)):
            return ""  # a key sequence may begin here
        if value.endswith("\\") and not value.endswith("\\\\"):
            return ""
        live = [c for c in pool if c.startswith(value)]
        return live[0][len(value):] if len(live) == 1 else ""

    def toward(self, value: str, target: str, closers: Sequence[str] = _CLOSERS) -> list[int]:
        """Tokens that take a string value written so far on toward ``target`` (closing it once it is whole).

        Both are JSON-escaped; ``closers`` are the texts that may end the string (a field of the reply
        ends with ``"`` or ``",``, an argument also with ``"}``); an empty list when ``value`` has already
        left ``target``.
        """
        if not target.startswith(value):
            return []
        rest = target[len(value):]
        return self._memoized(("toward", rest, tuple(closers)),  # type: ignore[return-value]
                              lambda: self._toward(rest, closers))

    def _toward(self, rest: str, closers: Sequence[str]) -> list[int]:
        ids = {i for c in closers for i, t in self.by_first.get('"', ()) if t == c} if not rest else set()
        for i, t in self.by_first.get(rest[:1], ()) if rest else ():
            if rest.startswith(t) or (t.startswith(rest) and t[len(rest):] in closers):
                ids.add(i)
        return sorted(ids)

    def _keys(self, value: str) -> list[int] | None:
        """A key sequence goes on as a key sequence, and closes only when whole."""
        return self._memoized(("keys", value), lambda: self._keys_now(value))  # type: ignore[return-value]

    def _memoized(self, key: tuple[object, ...], make: Callable[[], object]) -> object:
        """``make()``, computed once per key (token sets depend only on the text left to write)."""
        if key not in self._memo:
            if len(self._memo) > 50_000:
                self._memo.clear()
            self._memo[key] = make()
        return self._memo[key]

    def _keys_now(self, value: str) -> list[int] | None:
        ids: set[int] = set()
        for c in '{}^+%"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ':
            for i, t in self.by_first.get(c, ()):
                k = t.find('"')
                if k < 0:
                    if _KEYS_PREFIX.fullmatch(value + t):
                        ids.add(i)
                elif t[k:] in _CLOSERS and _KEYS_WHOLE.fullmatch(value + t[:k]):
                    ids.add(i)  # finishes the sequence (``}``) and closes the string in one token
        return sorted(ids) or None

    def _skeleton(self, tail: str, opening: str = "") -> list[int] | None:
        """After the args object: the fixed ``, "status": "...", "plan": [`` before the free plan."""
        return self._memoized(("skeleton", tail, opening), lambda: self._skeleton_now(tail, opening))  # type: ignore[return-value]

    def _skeleton_now(self, tail: str, opening: str) -> list[int] | None:
        live = [opening + k for k in _SKELETON if (opening + k).startswith(tail) and opening + k != tail]
        if not live:
            return None
        ids = set()
        for rest in (k[len(tail):] for k in live):
            for i, t in self.by_first.get(rest[0], ()):
                if rest.startswith(t) or t.startswith(rest):
                    ids.add(i)
        return sorted(ids) or None

    def _continuations(self, rests: Sequence[str], may_close: bool) -> set[int]:
        key = ("continue", frozenset(rests), may_close)
        return set(self._memoized(key, lambda: self._continuations_now(rests, may_close)))  # type: ignore[call-overload]

    def _continuations_now(self, rests: Sequence[str], may_close: bool) -> set[int]:
        ids: set[int] = set(self.closers) if may_close else set()
        for rest in set(rests):
            if not rest:
                continue
            for i, s in self.by_first.get(rest[0], ()):
                if rest.startswith(s) or (s.startswith(rest) and s[len(rest):] in _CLOSERS):
                    ids.add(i)  # the token goes on copying, or finishes the copy and closes the string
        return ids

"""The document guard: while the model writes an argument, only what the document and the request allow.

A small model picks the right operation long before it can copy a text letter for letter, and a model that
does not find its target writes text it remembers from training. Grammar-constrained decoding removes both
errors at their root. While the model writes an argument of its action, the tokens that would break it are
masked out; the model still chooses which target, which box and which operation.

Rules per argument (values JSON-escaped, as the reply writes them):

- ``select_text.text``: a quoted text of the request (closing only when whole; a quoted sentence also with a
  leading or trailing space) when the request quotes anything; otherwise a span of the document as the
  prompt's ``<Document:>`` view shows it, or of the request. ``select_text.within``: such a span too.
- ``keyboard_input.keys``: a key sequence (``{ENTER}``, ``^{DOWN}`` ...), or new text: a quoted text
  (whole), or, when nothing is quoted, a span of the request.
- ``set_edit_text.text``: a value box's entry, typed by the box the reply names
  (:mod:`lamforge.guidance.typed_values`); Find and Replace a quoted text or a run of up to four words of the
  request; any other box also a style, spacing or orientation word.
- ``summary.text`` (why a request cannot be done, with ``FAIL``): one of the environment's reasons
  (:data:`lamforge.app.out_of_reach.REASONS`); any other string: free words, but a quote only where it closes the
  string (the reply stays JSON).
- numbers: a paragraph number the view shows (``start``, ``end``, ``paragraph``; -1 for the last), a table it
  shows (``table``, ``number``), a row or column within its tables (0: all of them; -1: the last).
- between arguments: only the keys the function takes (:data:`lamforge.app.action.FUNCTIONS`), each once,
  and the closing brace once the required ones are written.

After the arguments, the reply's fixed skeleton (``, "status": "CONTINUE|FINISH|CONFIRM|FAIL", "plan": [``)
is enforced; everything else (thought, control, function, plan steps) is the model's own. So no selection can
name a text that is in neither the document nor the request.

This module is pure Python (no torch): :class:`DocumentGuard` answers "which token ids are allowed next" and
the transformers backend turns that into a logits mask.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from lamforge.app.out_of_reach import REASONS
from lamforge.guidance.args_grammar import ArgsState, args_state, next_pieces
from lamforge.guidance.byte_chars import bytewise
from lamforge.guidance.spans import SpanIndex, closes_at_boundary, view_segments
from lamforge.guidance.spans import escaped as _escaped
from lamforge.guidance.typed_values import VALUE_WORDS, request_values, typed_values
from lamforge.prompting.format import request_from_messages
from lamforge.prompting.parse import STATUSES
from lamforge.text.numbers import cardinal, number_pattern
from lamforge.text.quotes import QUOTED_RE, quoted_texts

_KEY_START = ("{", "^", "+", "%")
_REASONS = tuple(_escaped(r) for r in REASONS)  # why a request cannot be done: a summary's text is one of these
_CONTROL_NAME = re.compile(r'"control_name":\s*"((?:[^"\\]|\\.)*)"')
_CLOSERS = ('"', '"}', '"},')
_NUMBER_KEYS = {"start": "paragraphs", "end": "paragraphs", "paragraph": "paragraphs", "table": "tables",
                "number": "tables", "row": "rows", "to_row": "rows", "column": "columns", "to_column": "columns",
                "rows": "asked rows", "columns": "asked columns"}  # a new table takes the sizes the request gives
_VIEW_PARAGRAPH = re.compile(r"^(\d+)\|", re.M)
_VIEW_ROW = re.compile(r"^T(\d+) r(\d+)\|(.*)$", re.M)
_FOLDED = re.compile(r"^…\|\d+ more$", re.M)  # lines a capped view left out


_KEYS_PREFIX = re.compile(r"(?:[\^+%]*\{[A-Z][A-Z0-9]*(?: \d+)?\})*[\^+%]*(?:\{[A-Z]?[A-Z0-9]*(?: \d*)?)?")
_KEYS_WHOLE = re.compile(r"(?:[\^+%]*\{[A-Z][A-Z0-9]*(?: \d+)?\})+")


def is_key_chord(keys: str) -> bool:
    """Whether ``keys`` is only special keys and chords (``^{DOWN}``, ``{ENTER}``), no typed text.

    >>> is_key_chord("^+{DOWN}{DELETE}"), is_key_chord("New text")
    (True, False)
    """
    return bool(_KEYS_WHOLE.fullmatch(keys))



def _stays_a_string(token: str) -> bool:
    """Whether ``token`` may be written inside a free JSON string: no quote, or a quote that closes it cleanly.

    A free text argument (a ``summary``'s reason) once took ``function": "summary", ...`` in one token: the quote
    closed the string and the rest broke the reply.

    >>> _stays_a_string("not avail"), _stays_a_string('here"}'), _stays_a_string('ion": "')
    (True, True, False)
    """
    at = re.search(r'(?<!\\)"', token)
    return at is None or token[at.start():] in _CLOSERS


# after the args object, the reply's fixed skeleton up to the plan (the key order of the training data)
_SKELETON = tuple(f', "status": "{st}", "plan": [' for st in STATUSES)


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


@dataclass(frozen=True)
class Candidates:
    """What the guarded arguments of one step prompt may be (strings JSON-escaped)."""

    quoted: tuple[str, ...] = ()
    values: tuple[str, ...] = field(default=())
    typed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    spans: SpanIndex | None = None  # the document view and the request: what select_text may copy
    said: SpanIndex | None = None  # the request alone: what new text may be typed when nothing is quoted
    numbers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # allowed numbers by kind

    def for_box(self, control_name: str) -> tuple[str, ...]:
        """A value box's candidates: typed by the box (Font Size takes numbers ...) when that says anything."""
        return self.typed.get(control_name.strip().lower()) or self.values


_SIZE = re.compile(r"(?<![\w.])(\d+)\s*(?:x|by|×|\*)\s*(\d+)(?![\w.])")  # "3x2", "3 by 2", "7*5"


def _table_size(request: str) -> tuple[str, str]:
    """A new table's rows and columns where the request says which is which ('' where it does not).

    >>> _table_size("add a 3x2 table"), _table_size("a table with 2 columns and four rows"), _table_size("a table")
    (('3', '2'), ('4', '2'), ('', ''))
    >>> _table_size("Insert a 7*5 empty table")
    ('7', '5')
    """
    text = QUOTED_RE.sub(" ", request).lower()
    m = _SIZE.search(text)
    if m:
        return m.group(1), m.group(2)
    num = rf"(\d+|{number_pattern()})"
    rows = re.search(rf"(?<![\w.]){num}\s+rows?\b", text)
    cols = re.search(rf"(?<![\w.]){num}\s+columns?\b", text)

    def value(found: re.Match[str] | None) -> str:
        n = cardinal(found.group(1)) if found else None
        return str(n) if n else ""

    return value(rows), value(cols)


def _asked_numbers(request: str) -> tuple[str, ...]:
    """The whole numbers a request gives, in digits or words, outside its quotes ("4 rows", "three columns", "3x2").

    >>> _asked_numbers("Insert a table with three rows and 2 columns, 'not 9'"), _asked_numbers("add a 3x2 table")
    (('3', '2'), ('3', '2'))
    >>> _asked_numbers("Insert a 7*5 empty table"), _asked_numbers("a 4 × 3 grid")
    (('7', '5'), ('4', '3'))
    """
    text = QUOTED_RE.sub(" ", request).lower()
    out = [str(cardinal(w)) for w in re.findall(
        rf"(?<![\w.])(?:{number_pattern()})(?![\w.])|\d+(?=\s*[x×*]\s*\d)|(?<=[x×*])\s*\d+", text)]
    return tuple(dict.fromkeys(n for n in out if n not in ("None", "0")))


def tables_in_view(user_prompt: str) -> int | None:
    """How many tables the prompt's document view shows (None: no view, or a view with lines left out).

    A capped view folds lines into "…|N more" and may fold a whole table away, so only a view shown in full says
    that a document has no table.

    >>> view = "Document:" + chr(10) + "1|body|Hello"
    >>> tables_in_view(view + chr(10) + "T1 r1|c1 a|c2 b"), tables_in_view(view), tables_in_view("")
    (1, 0, None)
    >>> tables_in_view(view + chr(10) + "…|7 more")
    """
    if not _view_numbers(user_prompt):
        return None
    tables = len({t for t, _, _ in _VIEW_ROW.findall(user_prompt)})
    return None if not tables and _FOLDED.search(user_prompt) else tables


def _view_numbers(user_prompt: str) -> dict[str, tuple[str, ...]]:
    """The numbers a structural argument may take, read from the prompt's view (empty without a view)."""
    paragraphs = [int(x) for x in _VIEW_PARAGRAPH.findall(user_prompt)]
    rows = _VIEW_ROW.findall(user_prompt)
    if not paragraphs and not rows:
        return {}
    n_par = max(paragraphs, default=0)
    n_tab = max((int(t) for t, _, _ in rows), default=0)
    n_row = max((int(r) for _, r, _ in rows), default=0)
    n_col = max((cells.count("|") + 1 for _, _, cells in rows), default=0)
    span = lambda n, *extra: tuple(dict.fromkeys([*(str(i) for i in range(1, n + 1)), *extra])) if n else ()  # noqa: E731
    return {"paragraphs": span(n_par, "-1"), "tables": span(n_tab, "-1"), "rows": span(n_row, "0", "-1"),
            "columns": span(n_col, "0", "-1")}


class DocumentGuard:
    """Which next tokens keep the reply's arguments within what the document and the request allow.

    Args:
        token_strings: the text of every token id (index = id) in the guard's alphabet
            (:mod:`lamforge.guidance.byte_chars`: a byte token of a non-ASCII character is that byte); ``None``
            or ``""`` for special tokens. Everything compared with them (candidates, the reply so far) is in
            that alphabet too.

    """

    def __init__(self, token_strings: Sequence[str | None]) -> None:
        self.tokens = [s or "" for s in token_strings]
        self.by_first: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for i, s in enumerate(self.tokens):
            if s:
                self.by_first[s[0]].append((i, s))
        self.closers = [i for i, s in self.by_first.get('"', []) if s in _CLOSERS]
        self.quote_led = [(i, s) for i, s in enumerate(self.tokens) if '"' in s]  # tokens that can close a string
        self._memo: dict[tuple[object, ...], object] = {}  # token sets by what they depend on: steps repeat
        self.key_start = [i for c in _KEY_START for i, t in self.by_first.get(c, []) if _KEYS_PREFIX.fullmatch(t)]
        self.free_text = [i for i, s in enumerate(self.tokens) if s and _stays_a_string(s)]

    @staticmethod
    def candidates(request: str, user_prompt: str = "") -> Candidates:
        """What a step's arguments may be: the request's quotes and values, the view's spans and numbers."""
        quoted: list[str] = []
        for q in quoted_texts(request):
            spaced = (" " + q, q + " ") if q.rstrip().endswith((".", "!", "?")) else ()
            for v in (q, *spaced):
                if _escaped(v) not in quoted:
                    quoted.append(_escaped(v))
        values = [_escaped(v) for v in (*request_values(request), *VALUE_WORDS)]
        typed = {k: tuple(_escaped(v) for v in vs) for k, vs in typed_values(request).items()}
        said = tuple(dict.fromkeys(quoted + [_escaped(v) for v in request_values(request)]))
        typed |= {"find": said, "replace": said}  # what to find and what it becomes: the request's words, no style
        segments = view_segments(user_prompt)
        asked = _asked_numbers(request)
        rows, columns = _table_size(request)
        numbers = {**_view_numbers(user_prompt), "asked rows": (rows,) if rows else asked,
                   "asked columns": (columns,) if columns else asked}
        b = bytewise  # compared with the token strings in the guard's alphabet ("£" as its two bytes)
        return Candidates(tuple(map(b, quoted)), tuple(map(b, dict.fromkeys(quoted + values))),
                          {k: tuple(map(b, vs)) for k, vs in typed.items()},
                          SpanIndex([b(s) for s in (*segments, request, *quoted_texts(request))]),
                          SpanIndex([b(request)]), numbers)

    @classmethod
    def candidates_of(cls, messages: Sequence[Any]) -> Candidates:
        """:meth:`candidates` for a chat: its request and its last user message's view."""
        user = next((str(m.get("content", "")) for m in reversed(messages) if m.get("role") == "user"), "")
        return cls.candidates(request_from_messages(messages), user)

    def allowed(self, generated: str, candidates: Candidates) -> list[int] | None:
        """Token ids allowed after ``generated`` (the reply so far); ``None`` means no constraint."""
        tail = _after_args(generated)
        if tail is not None:
            return self._skeleton(tail)
        state = args_state(generated)
        if state is None or state.kind in ("other", "closed"):
            return None
        if state.kind in ("between", "key"):
            return self._between(state, generated, candidates)
        if state.kind == "number":
            return self._number(state, candidates)
        return self._string(generated, state, candidates)

    def _string(self, generated: str, state: ArgsState, cands: Candidates) -> list[int] | None:
        value = state.value
        if value.endswith("\\") and not value.endswith("\\\\"):
            return None  # in the middle of an escape: let it finish
        pool, spans = self._pool(generated, state, cands)
        if state.function == "keyboard_input" and value.startswith(_KEY_START):
            return self._keys(value)
        ids: set[int] = set()
        if pool:
            live = [c for c in pool if c.startswith(value)]
            ids |= self._continuations([c[len(value):] for c in live], any(c == value for c in live))
        if spans:
            ids |= self._span_tokens(spans, value)
        if state.function == "keyboard_input" and not value:
            ids.update(self.key_start)
        if not pool and spans is None:  # free text ("summary": why not): any words, but the string ends as JSON
            return self.free_text
        return sorted(ids) or None

    def _pool(self, generated: str, state: ArgsState, cands: Candidates) -> tuple[tuple[str, ...], SpanIndex | None]:
        """Whole candidates, and a span index, that the open string argument may be."""
        f, key = state.function, state.key
        if f == "set_edit_text":
            box = _CONTROL_NAME.search(generated)
            return cands.for_box(box.group(1) if box else ""), None
        if f == "select_text" and key == "text":
            return (cands.quoted, None) if cands.quoted else ((), cands.spans)
        if f == "select_text" and key == "within":
            return (), cands.spans
        if f == "keyboard_input":
            return (cands.quoted, None) if cands.quoted else ((), cands.said)
        if f == "summary" and key == "text":
            return _REASONS, None
        return (), None

    def _span_tokens(self, spans: SpanIndex, value: str) -> set[int]:
        """Tokens that keep ``value`` a span (or close it, once it is one)."""
        key = ("span", spans.joined, value)
        return set(self._memoized(key, lambda: self._span_tokens_now(spans, value)))  # type: ignore[call-overload]

    def _span_tokens_now(self, spans: SpanIndex, value: str) -> frozenset[int]:
        if not value:  # a span begins where a word (or a digit) does
            starts = spans.starts()
            return frozenset(i for i, t in enumerate(self.tokens) if t and '"' not in t and t in starts)
        conts = spans.continuations(value)
        if not conts:
            return frozenset()
        ids: set[int] = set()
        for cont in conts:
            for i, t in self.by_first.get(cont[:1], ()):
                if cont.startswith(t):
                    ids.add(i)
        for i, t in self.quote_led:  # closing: the rest of a span (maybe none) and a closing quote in one token
            k = t.index('"')
            head = t[:k]
            if (k or value) and any(c.startswith(head) and closes_at_boundary(value + head, c[k:]) for c in conts):
                ids.add(i)
        return frozenset(ids)

    def _number(self, state: ArgsState, cands: Candidates) -> list[int] | None:
        kind = _NUMBER_KEYS.get(state.key)
        allowed = cands.numbers.get(kind or "", ())
        if not allowed:
            return None
        value = state.value
        # the number ends as the grammar goes on after it: a comma only when another key may follow ("select_table"
        # takes "number" alone), the brace only once every required key is written ("insert_table" needs "columns")
        after = next_pieces(dataclasses.replace(state, used=(*state.used, state.key)))
        closers = "".join(c for c in ",}" if any(p.startswith(c) for p in after))
        key = ("number", value, allowed, closers)
        return self._memoized(key, lambda: self._number_now(value, allowed, closers))  # type: ignore[return-value]

    def _number_now(self, value: str, allowed: tuple[str, ...], closers: str = ",}") -> list[int] | None:
        ids = set()
        for i, t in enumerate(self.tokens):
            grown = value + t
            body = grown.lstrip(" ")
            if not t or len(grown) - len(body) > 1:
                continue  # one space after the colon, as the training data writes it
            m = re.match(r"-?\d*", body)
            digits, rest = m.group(0), body[m.end():]
            if not rest:
                if any(a.startswith(digits) for a in allowed):
                    ids.add(i)
            elif digits in allowed and rest[0] in closers and len(digits) >= len(value.strip()):
                ids.add(i)  # the number is whole and the token closes it
        return sorted(ids) or None

    def _between(self, state: ArgsState, generated: str, cands: Candidates) -> list[int] | None:
        pieces = tuple(next_pieces(state))
        key = ("between", pieces, state.tail)
        ids = self._memoized(key, lambda: self._between_now(pieces, state.tail))
        if ids is None:
            return None
        crossing = self._memoized(("crossing", pieces, state.tail), lambda: self._crossing_now(pieces, state.tail))
        ok = [i for i in crossing if self._writes_valid(generated + self.tokens[i], cands)]  # type: ignore[union-attr]
        return sorted({*ids, *ok}) or None  # type: ignore[misc]

    def _between_now(self, pieces: Sequence[str], tail: str) -> list[int] | None:
        """Tokens that stay within the next key's opening (or the closing brace)."""
        live = [p for p in pieces if p.startswith(tail)]
        if not live:
            return None
        ids: set[int] = set()
        for rest in (p[len(tail):] for p in live):
            for i, t in self.by_first.get(rest[:1], ()):
                if rest.startswith(t):
                    ids.add(i)
        return sorted(ids)

    def _crossing_now(self, pieces: Sequence[str], tail: str) -> list[int]:
        """Tokens that finish a key's opening (or the brace) and run on into what follows it."""
        ids = []
        for rest in (p[len(tail):] for p in pieces if p.startswith(tail)):
            for i, t in self.by_first.get(rest[:1], ()):
                if len(t) > len(rest) and t.startswith(rest):
                    ids.append(i)
        return ids

    def _writes_valid(self, text: str, cands: Candidates) -> bool:
        """Whether ``text`` (the reply with a token that ran on into a value) keeps every argument valid.

        A token the training data wrote whole (``"^{UP}"``, ``": 3}``) is allowed only when its value part is
        one the guard would have let through piece by piece.
        """
        state = args_state(text)
        if state is None or state.kind == "other":
            return True
        for key, value, is_string in state.values:
            if not self._value_ok(text, state.function, key, value, is_string, cands, closed=True):
                return False
        if state.kind == "closed":
            tail = state.tail
            return any(k.startswith(tail) or tail.startswith(k) for k in _SKELETON)
        if state.kind in ("string", "number"):
            return self._value_ok(text, state.function, state.key, state.value, state.kind == "string", cands,
                                  closed=False)
        return any(p.startswith(state.tail) for p in next_pieces(state))

    def _value_ok(self, text: str, function: str, key: str, value: str, is_string: bool, cands: Candidates, *,
                  closed: bool) -> bool:
        if not is_string:
            allowed = cands.numbers.get(_NUMBER_KEYS.get(key, ""), ())
            digits = value.strip()
            return not allowed or (digits in allowed if closed else any(a.startswith(digits) for a in allowed))
        probe = ArgsState(function, "string", key, value)
        if function == "keyboard_input" and value.startswith(_KEY_START):
            return bool((_KEYS_WHOLE if closed else _KEYS_PREFIX).fullmatch(value))
        pool, spans = self._pool(text, probe, cands)
        if not pool and spans is None:
            return True
        if any(c == value if closed else c.startswith(value) for c in pool):
            return True
        if spans is not None and value:
            if not spans.contains(value) or value[:24] not in spans.starts():
                return False
            return not closed or any(closes_at_boundary(value, c) for c in spans.continuations(value))
        return False

    def forced(self, generated: str, candidates: Candidates) -> str:
        """The text a guarded argument must go on with when only one whole candidate is still possible.

        Decoding may write it in one step: whatever tokens the model picked, the guard would let it write
        nothing else. Spans never force (a span may end anywhere).

        >>> guard = DocumentGuard(["Book", " a", '"'])
        >>> cands = guard.candidates('Cross out "Book a coffee" and "Bake"')
        >>> prefix = '"function": "select_text", "args": {"text": "'
        >>> guard.forced(prefix, cands), guard.forced(prefix + "Bo", cands), guard.forced(prefix + "Book a", cands)
        ('', 'ok a coffee', ' coffee')
        """
        if _after_args(generated) is not None:
            return ""
        state = args_state(generated)
        if state is None or state.kind != "string":
            return ""
        value = state.value
        if state.function == "keyboard_input" and (not value or value.startswith(_KEY_START)):
            return ""  # a key sequence may begin here
        if value.endswith("\\") and not value.endswith("\\\\"):
            return ""
        pool, spans = self._pool(generated, state, candidates)
        if spans is not None:
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

"""What a text argument may copy: spans of the document as the prompt shows it, and of the request.

The document guard lets ``select_text`` write only text that is in the document or the request, so a model
can no longer select words it remembers from training. A :class:`SpanIndex` holds the allowed segments (JSON-
escaped, as the reply writes them) and answers, for a value written so far, which next pieces keep it a span.
The document comes from the prompt's own ``<Document:>`` block, so a served model gets the same guard: a
paragraph the view shortened contributes its shown start and end, each a segment of its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from lamforge.prompting.format import DOCUMENT_MARK

_SEP = "\x00"  # never in JSON-escaped text
_ROW_CELL = re.compile(r"^c\d+ ?")


def escaped(text: str) -> str:
    """``text`` as a JSON string's inside.

    >>> escaped('say "hi"')
    'say \\\\"hi\\\\"'
    """
    return json.dumps(text, ensure_ascii=False)[1:-1]


def view_segments(user_prompt: str, split: bool = True) -> list[str]:
    """The document texts a step prompt's view shows: paragraph texts and table cells, split at the ellipses.

    >>> view_segments("<Document:>\\n1|title|Minutes\\n2|body|We met … on Monday.\\nT1 r1|c1 Task|c2 Owner\\n"
    ...               "selection: nothing\\n<User Request:> x")
    ['Minutes', 'We met', 'on Monday.', 'Task', 'Owner']

    ``split=False``: each paragraph's text whole, with the ellipses where the view shortened it.
    """
    if DOCUMENT_MARK not in user_prompt:
        return []
    block = user_prompt.split(DOCUMENT_MARK, 1)[1]
    out: list[str] = []
    for line in block.split("\n")[1:]:
        if line.startswith(("selection:", "<")):
            break
        parts = line.split("|")
        if len(parts) < 2 or parts[0] == "…":
            continue
        texts = [_ROW_CELL.sub("", c) for c in parts[1:]] if parts[0].startswith("T") else ["|".join(parts[2:])]
        for t in texts:
            out.extend((s.strip() for s in t.split(" … ") if s.strip()) if split else [t.strip()] if t.strip() else [])
    return out


class SpanIndex:
    """Segments a value may be a span of, with the continuations a partial value allows."""

    def __init__(self, segments: Iterable[str]) -> None:
        self.segments = tuple(dict.fromkeys(escaped(s) for s in segments if s))
        self.joined = _SEP + _SEP.join(self.segments) + _SEP

    def __bool__(self) -> bool:
        return bool(self.segments)

    def starts(self, width: int = 24) -> frozenset[str]:
        """Every piece of up to ``width`` characters that begins a word (or a digit) of a segment.

        A span begins where a word does ("Harbor", not "arbor"); a digit may begin inside one (the 2 of "H2O").

        >>> sorted(p for p in SpanIndex(["H2O gas"]).starts(3) if len(p) == 3)
        [' ga', '2O ', 'H2O', 'gas']
        """
        return _starts(self.joined, width)

    def continuations(self, value: str, width: int = 24) -> frozenset[str]:
        """What may follow ``value`` inside a span, up to ``width`` characters (``""``: the value may end here).

        >>> sorted(SpanIndex(["Water is H2O", "H2 gas"]).continuations("H2"))
        [' gas', 'O']
        """
        return _continuations(self.joined, value, width)

    def contains(self, value: str) -> bool:
        """Whether ``value`` is a span of some segment."""
        return value in self.joined and _SEP not in value


@lru_cache(maxsize=4096)
def _continuations(joined: str, value: str, width: int) -> frozenset[str]:
    out: set[str] = set()
    start = joined.find(value)
    while start >= 0:
        end = start + len(value)
        cont = joined[end:end + width].split(_SEP, 1)[0]
        out.add(cont)
        start = joined.find(value, start + 1)
    return frozenset(out)


def request_segments(request: str, quoted: Sequence[str]) -> list[str]:
    """The request's own text (its quotes as separate segments too)."""
    return [request, *quoted]


@lru_cache(maxsize=256)
def _starts(joined: str, width: int) -> frozenset[str]:
    out: set[str] = set()
    for i, ch in enumerate(joined):
        if ch == _SEP:
            continue
        prev = joined[i - 1] if i else _SEP
        if ch.isdigit() or not (prev.isalnum() and ch.isalnum()):
            piece = joined[i:i + width].split(_SEP, 1)[0]
            out.update(piece[:k] for k in range(1, len(piece) + 1))
    return frozenset(out)


def closes_at_boundary(value: str, rest: str) -> bool:
    """Whether a span may end after ``value`` when ``rest`` follows it in the segment.

    At the end of a word, or after digits (the 2 of "H2O" ends inside one).

    >>> closes_at_boundary("Harbor", " Lights"), closes_at_boundary("Harb", "or"), closes_at_boundary("H2", "O")
    (True, False, True)
    """
    return not rest or not (rest[0].isalnum() and value[-1:].isalnum()) or value[-1:].isdigit()

"""Resolve a text argument (``select_text(text=...)``) against the document, tolerating small slips.

Order: exact, then normalised quotes/dashes/whitespace/accents, then case-insensitive, then a fuzzy match
(rapidfuzz) that must clear a threshold AND beat the runner-up by a margin. An ambiguous or
too-distant match raises instead of silently selecting the wrong text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from rapidfuzz import fuzz

_TRANS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\t": " ",
    }
)
_STRIP = " \"'"


class TextNotFound(ValueError):
    """No part of the document is close enough to the requested text."""


class TextAmbiguous(ValueError):
    """Two or more places match the requested text about equally well."""


@dataclass(frozen=True)
class TextMatch:
    """Where a requested text was found: the exact document text to select and how it was matched."""

    text: str
    method: str
    score: float
    paragraph: int
    start: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the step log."""
        return asdict(self)


def _bare(ch: str) -> str:
    """A letter without its accent ("é" → "e"), one character for one; anything else as it is."""
    if ch.isascii():
        return ch
    base = unicodedata.normalize("NFKD", ch)
    return base[0] if len(base) > 1 and all(unicodedata.combining(c) for c in base[1:]) else ch


def _normalise(s: str) -> tuple[str, list[int]]:
    """Normalise quotes, dashes, accents and runs of spaces; return the text and a map to original indices."""
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(s.translate(_TRANS)):
        if ch == " " and out and out[-1] == " ":
            continue
        out.append(_bare(ch))
        idx.append(i)
    return "".join(out), idx


def fold(text: str) -> str:
    """``text`` as :func:`resolve_text` compares it before fuzzy matching: quotes, dashes, accents, spaces, case.

    >>> fold("Don\u2019t  cr\u00e8me")
    "don't creme"
    """
    return _normalise(text)[0].lower()


def find_spelling(query: str, paragraphs: Sequence[str]) -> TextMatch | None:
    """The document's own text for ``query`` when they differ only in quotes, dashes, accents, spaces or case.

    >>> find_spelling("creme brulee", ["Cr\u00e8me br\u00fbl\u00e9e tart"]).text
    'Cr\u00e8me br\u00fbl\u00e9e'
    >>> find_spelling("don't go", ["I don\u2019t go"]).text, find_spelling("dont go", ["I don\u2019t go"])
    ('don\u2019t go', None)
    """
    for i, p in enumerate(paragraphs):
        j = p.find(query)
        if j >= 0:
            return TextMatch(query, "exact", 100.0, i, j)
    q, _ = _normalise(query.strip())
    q = q.strip(_STRIP) or q
    norm = [_normalise(p) for p in paragraphs]
    for method, lower in (("normalised", False), ("case", True)):
        qq = q.lower() if lower else q
        for i, (np_, idx) in enumerate(norm):
            j = (np_.lower() if lower else np_).find(qq)
            if j >= 0:
                s, e = idx[j], idx[j + len(qq) - 1] + 1
                return TextMatch(paragraphs[i][s:e], method, 100.0, i, s)
    return None


def _snap(para: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole words of ``para`` and trim surrounding spaces."""
    while start > 0 and para[start - 1].isalnum() and para[start].isalnum():
        start -= 1
    while end < len(para) and end > 0 and para[end - 1].isalnum() and para[end].isalnum():
        end += 1
    while start < end and para[start] == " ":
        start += 1
    while end > start and para[end - 1] == " ":
        end -= 1
    return start, end


def resolve_text(
    query: str, paragraphs: Sequence[str], *, threshold: float = 85.0, margin: float = 4.0
) -> TextMatch:
    """Find ``query`` in ``paragraphs`` (exact first, then tolerant).

    >>> paras = ["The quarterly report is due.", "Budget approved by the board."]
    >>> resolve_text("Budget approved", paras).method
    'exact'
    >>> resolve_text("\u201cbudget approved\u201d", paras).text
    'Budget approved'
    >>> resolve_text("Budget aproved by the bord", paras).text
    'Budget approved by the board'
    >>> resolve_text("completely different words", paras)
    Traceback (most recent call last):
    ...
    lamforge.app.text_match.TextNotFound: text 'completely different words' not found in the document (closest: ...
    """
    if not query or not query.strip():
        raise TextNotFound("empty text to select")
    found = find_spelling(query, paragraphs)
    if found is not None:
        return found
    q, _ = _normalise(query.strip())
    q = q.strip(_STRIP) or q
    norm = [_normalise(p) for p in paragraphs]
    ql = q.lower()
    cands: list[tuple[float, int, int, int]] = []
    for i, (np_, idx) in enumerate(norm):
        if not np_.strip():
            continue
        hay = np_.lower()
        if len(ql) >= len(hay):
            score, s, e = fuzz.ratio(ql, hay), 0, len(hay)
        else:
            al = fuzz.partial_ratio_alignment(ql, hay)
            if al is None:
                continue
            score, s, e = al.score, al.dest_start, al.dest_end
        if e <= s:
            continue
        os_, oe = idx[s], idx[e - 1] + 1
        os_, oe = _snap(paragraphs[i], os_, oe)
        cands.append((score, i, os_, oe))
    cands.sort(key=lambda c: -c[0])
    if not cands or cands[0][0] < threshold:
        closest = paragraphs[cands[0][1]][cands[0][2] : cands[0][3]] if cands else ""
        best = cands[0][0] if cands else 0.0
        raise TextNotFound(
            f"text {query!r} not found in the document (closest: {closest!r}, score {best:.0f} < {threshold:.0f})"
        )
    best = cands[0]
    for other in cands[1:]:
        if other[0] >= best[0] - margin and (other[1], other[2]) != (best[1], best[2]):
            a = paragraphs[best[1]][best[2] : best[3]]
            b = paragraphs[other[1]][other[2] : other[3]]
            raise TextAmbiguous(
                f"text {query!r} is ambiguous: {a!r} ({best[0]:.0f}) vs {b!r} ({other[0]:.0f})"
            )
        break
    text = paragraphs[best[1]][best[2] : best[3]]
    return TextMatch(text, "fuzzy", round(best[0], 1), best[1], best[2])

"""Ground a sentence a request names by its first or last words in the open document before the model reads it.

"Delete the sentence starting with 'The design'" names a sentence by its start; the model copies quoted texts best,
so the agent, which reads the document's paragraphs, rewrites such a reference into the whole sentence, quoted
("the sentence “The design shows the river.”"), when exactly one sentence of the document starts (ends) that way.
Anything it cannot resolve unambiguously is left as the user wrote it.

Paragraphs named by position ("the third paragraph of the 'Findings' section", "the paragraph after 'Parking'")
are read by the package's one reference reader (:mod:`lamforge.text.references`) and rewritten by
:mod:`lamforge.agent.explicit_targets`; this module once counted them itself, by other rules (every non-empty
paragraph, and only under a quoted heading), and misplaced "the fourth paragraph under House Rules".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_QUOTE = r"(?:\u201c(?P<q1>[^\u201d]+)\u201d|\u2018(?P<q2>[^\u2019]+)\u2019|\"(?P<q3>[^\"]+)\"|'(?P<q4>[^']+)')"
# "the sentence starting with 'The design'": a sentence named by its first or last words (light typos in
# the noun allowed: "sentnce")
_SENTENCE = re.compile(
    r"\b(?P<the>the)\s+(?P<noun>sent[a-z]{2,5})\s+(?:(?:that|which)\s+)?"
    r"(?P<side>starting|beginning|opening|starts|begins|opens|ending|finishing|closing|ends|closes)\s+with\s+"
    + _QUOTE,
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def names_a_sentence(request: str) -> bool:
    """Whether ``request`` names a sentence by its quoted first or last words (a cheap test before reading).

    >>> names_a_sentence("Bold the sentence ending with 'at six'"), names_a_sentence("Bold the second paragraph")
    (True, False)
    """
    return bool(_SENTENCE.search(request))


@dataclass(frozen=True)
class Resolution:
    """One reference the agent grounded: what the user wrote and the sentence it stands for."""

    reference: str
    sentence: str


def resolve_sentences(request: str, paragraphs: Sequence[str]) -> tuple[str, list[Resolution]]:
    """``request`` with each sentence named by its first or last words replaced by the whole sentence, quoted.

    >>> resolve_sentences("Delete the sentence starting with 'Quiet'", ["No food. Quiet after ten. Thanks."])[0]
    'Delete the sentence “Quiet after ten.”'
    >>> resolve_sentences("Bold the sentence ending with 'ten'", ["Up at ten. In at ten."])[0]  # two: unchanged
    "Bold the sentence ending with 'ten'"
    """
    body = [p.strip() for p in paragraphs]
    found: list[Resolution] = []

    def sentence(m: re.Match[str]) -> str:
        start = m.group("side").lower().startswith(("start", "begin", "open"))
        target = _sentence(body, _quoted(m), start)
        if target is None or "\u201d" in target:
            return m.group(0)  # unresolved (or it cannot be quoted): left as the user wrote it
        found.append(Resolution(m.group(0), target))
        return f"{m.group('the')} sentence \u201c{target}\u201d"

    return _SENTENCE.sub(sentence, request), found


def _quoted(m: re.Match[str]) -> str:
    """The quoted text a reference pattern matched (its quote style decides which group holds it)."""
    return next(m.group(g) for g in ("q1", "q2", "q3", "q4") if m.group(g))


def _sentence(body: list[str], words: str, start: bool) -> str | None:
    """The one sentence of the document that starts (or ends) with ``words`` (None when none or several do)."""
    want = _norm(words)
    hits = [x for p in body if p for x in _SENTENCE_END.split(p)
            if (_norm(x).startswith(want) if start else _norm(x).endswith(want))]
    return hits[0] if len(set(hits)) == 1 else None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().strip(".:").replace("\u2019", "'")).casefold()

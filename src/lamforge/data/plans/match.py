"""Find the help-doc pairs that best match a free-text request (TF-IDF cosine over words and char n-grams).

Used to give search queries a plan, and by the task-action stage to link task families to help
pairs. Words catch the topic ("table", "border"), word pairs catch phrases ("page break" is not
"line break"), character 4-grams inside words catch inflections ("spacing"/"space",
"manual"/"manually"). Pure Python with an inverted index: building over ~1,500 pairs and answering
a query each take milliseconds.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lamforge.data.plans.record import PlanRecord

_STOP = frozenset(
    "a an the to of in on for and or with your you is are this that it by as at be can how do i my me "
    "want writer libreoffice document documents office open".split()
)
_TOKEN_RE = re.compile(r"[a-z0-9]+")


def _features(text: str, weight: float = 1.0) -> Counter[str]:
    feats: Counter[str] = Counter()
    words = [w for w in _TOKEN_RE.findall(text.lower()) if w not in _STOP]
    for first, second in zip(words, words[1:], strict=False):
        feats[f"b:{first} {second}"] += weight
    for word in words:
        feats["w:" + word] += weight
        padded = f"<{word}>"
        for j in range(max(1, len(padded) - 3)):
            feats["c:" + padded[j : j + 4]] += 0.5 * weight
    return feats


@dataclass(frozen=True)
class Match:
    """A help-doc pair and its cosine similarity (0-1) to the request."""

    record: PlanRecord
    score: float


class HelpIndex:
    """TF-IDF index over help-doc pairs; the task counts twice as much as the plan text."""

    def __init__(self, records: Sequence[PlanRecord]):
        self.records = list(records)
        raw = [_features(r.task, 2.0) + _features(" ".join(r.plan), 0.5) for r in self.records]
        df: Counter[str] = Counter()
        for feats in raw:
            df.update(feats.keys())
        n = max(1, len(raw))
        self._idf = {f: math.log((1 + n) / (1 + c)) + 1.0 for f, c in df.items()}
        self._postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, feats in enumerate(raw):
            vec = self._weigh(feats)
            for f, w in vec.items():
                self._postings[f].append((i, w))

    @classmethod
    def from_plans(cls, path: str | Path, source: str = "helpdoc") -> HelpIndex:
        """Build an index over the records of one source in a ``plans.jsonl`` (or build folder)."""
        from lamforge.data.plans.io import load_plans

        return cls([r for r in load_plans(path) if r.source == source])

    def _weigh(self, feats: Counter[str]) -> dict[str, float]:
        vec = {f: (1.0 + math.log(v)) * self._idf[f] for f, v in feats.items() if f in self._idf and v > 0}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        return {f: w / norm for f, w in vec.items()}

    def search(self, request: str, k: int = 5, min_score: float = 0.0) -> list[Match]:
        """Return up to ``k`` pairs most similar to ``request``, best first (ties by task id)."""
        scores: dict[int, float] = defaultdict(float)
        for f, w in self._weigh(_features(request)).items():
            for i, dw in self._postings.get(f, ()):
                scores[i] += w * dw
        ranked = sorted(scores.items(), key=lambda item: (-item[1], self.records[item[0]].task_id))
        return [Match(self.records[i], round(s, 6)) for i, s in ranked[:k] if s >= min_score]


def match_help(
    request: str, pairs: HelpIndex | Sequence[PlanRecord], k: int = 5, min_score: float = 0.0
) -> list[Match]:
    """Return the help-doc pairs that best match a free-text request, with scores, best first.

    Args:
        request: Any user request or search query.
        pairs: A prepared :class:`HelpIndex` (fast for many calls) or a list of records.
        k: How many matches to return at most.
        min_score: Drop matches below this cosine similarity.

    """
    index = pairs if isinstance(pairs, HelpIndex) else HelpIndex(pairs)
    return index.search(request, k=k, min_score=min_score)

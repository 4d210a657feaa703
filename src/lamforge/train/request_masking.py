"""Requests that lose their operation words, so a model learns to follow the task-memory hint.

Trained on requests whose verbs always name the operation, a small model reads the operation from the
request and ignores the hint beside it; on a verb it never saw it then guesses. Masking, for a share of
the training tasks, the words that give the operation away (words seen almost only in one or two task
families: "bold", "centre", "subscript", ...) with a generic word leaves the hint as the only clue,
which is the situation of an unseen phrasing. What the action copies stays: quoted texts, numbers,
colours, capitalised names (fonts, headings) and value words (double, landscape, rows ...).
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from lamforge.app.commands import COLORS
from lamforge.text.quotes import QUOTED_RE

# words generic enough to say nothing about the operation
GENERIC = ("handle", "fix", "sort out", "adjust", "update", "tweak", "change", "rework", "deal with",
           "process", "treat", "modify", "do", "redo", "set", "arrange", "edit", "alter")
KEEP = frozenset("double single half landscape portrait heading title subtitle default row rows column columns "
                 "table cell first second third last every all one two three four five six seven eight nine "
                 "ten".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_COLOR_WORDS = frozenset(w for c in COLORS for w in c.lower().split())


def operation_words(requests: Iterable[tuple[str, str]], max_families: int = 2, min_count: int = 3) -> frozenset[str]:
    """Lower-case words that give the operation away.

    Words seen ``min_count`` times or more, in at most ``max_families`` families (``requests`` are
    ``(family, request)`` pairs; quoted texts are ignored).

    >>> pairs = [("bold", "Make 'x' bold")] * 3 + [("italic", "Make 'y' italic")] * 3 + [("case", "Make 'z' upper")]
    >>> sorted(operation_words(pairs, max_families=1))
    ['bold', 'italic']
    """
    fams: dict[str, set[str]] = defaultdict(set)
    count: Counter[str] = Counter()
    for family, request in requests:
        for w in _WORD.findall(QUOTED_RE.sub(" ", request)):
            low = w.lower()
            fams[low].add(family)
            count[low] += 1
    return frozenset(w for w, n in count.items()
                     if n >= min_count and len(fams[w]) <= max_families and w not in KEEP and w not in _COLOR_WORDS)


def mask_request(request: str, words: frozenset[str], rng: random.Random) -> str:
    """``request`` with each operation word (outside quotes, not capitalised mid-sentence) replaced by a generic one.

    >>> mask_request("Please make 'Bold move' bold, in red.", frozenset({"bold"}), random.Random(0))
    "Please make 'Bold move' do, in red."
    """
    spans = [m.span() for m in QUOTED_RE.finditer(request)]

    def sub(m: re.Match[str]) -> str:
        w = m.group(0)
        inside = any(a <= m.start() < b for a, b in spans)
        proper = w[:1].isupper() and m.start() > 0 and request[:m.start()].rstrip()[-1:] not in ".!?"
        return w if inside or proper or w.lower() not in words else rng.choice(GENERIC)

    return _WORD.sub(sub, request)


def chosen(task_id: str, fraction: float, seed: int) -> bool:
    """Whether a task's requests are masked: a stable hash of the seed and task id, below ``fraction``.

    >>> sum(chosen(f"t{i}", 0.3, 0) for i in range(1000)) in range(250, 350)
    True
    """
    if fraction <= 0:
        return False
    h = int(hashlib.sha256(f"mask_{seed}_{task_id}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return h < fraction


def masked_requests(tasks: Sequence[tuple[str, str, str]], fraction: float, seed: int) -> dict[str, str]:
    """For ``(task_id, family, request)`` triples: the masked request of each chosen task, by task id."""
    words = operation_words((f, r) for _, f, r in tasks)
    out = {}
    for tid, _, request in tasks:
        if tid and chosen(tid, fraction, seed):
            masked = mask_request(request, words, random.Random(f"{seed}_{tid}"))
            if masked != request:
                out[tid] = masked
    return out

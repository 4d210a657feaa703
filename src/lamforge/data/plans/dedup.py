"""Exact and near-duplicate removal on tasks (MinHash LSH from datasketch).

Tasks are compared after normalisation (case, punctuation and the "in Writer" context phrase do not
count), as word unigrams plus bigrams. Candidates from the LSH index are confirmed with the exact
Jaccard similarity, so the result does not depend on hash luck. When records collide the one kept is
the best by :func:`priority` (help pages before how-to articles before queries before evolved; a
titled procedure before an inline sentence before a dialog option), and the output keeps input order.
"""

from __future__ import annotations

import re

from lamforge.data.plans.record import SOURCES, PlanRecord

_CONTEXT_RE = re.compile(r"\b(?:in|using|with) (?:a |the )?(?:libreoffice )?writer(?: document)?\b|\blibreoffice\b")
_KIND_ORDER = ("list", "inline", "dialog_option")


def task_key(task: str) -> str:
    """Return the normalised task used to detect exact duplicates.

    >>> task_key("Insert a Table in a Writer document.") == task_key("insert a table")
    True
    """
    text = _CONTEXT_RE.sub(" ", task.lower())
    return " ".join(re.findall(r"[a-z0-9]+", text))


def shingles(task: str) -> set[str]:
    """Return word unigrams and bigrams of the normalised task."""
    words = task_key(task).split()
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def priority(record: PlanRecord) -> tuple[int, int, int]:
    """Rank records for "which duplicate to keep" (lower is better)."""
    kind = record.provenance.get("kind", "")
    kind_rank = _KIND_ORDER.index(kind) if kind in _KIND_ORDER else len(_KIND_ORDER)
    return (SOURCES.index(record.source), kind_rank, -len(record.plan))


def jaccard(a: set[str], b: set[str]) -> float:
    """Return the Jaccard similarity of two sets (0 for two empty sets)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def dedup_records(
    records: list[PlanRecord], threshold: float, num_perm: int = 128, near: bool = True
) -> tuple[list[PlanRecord], dict]:
    """Remove exact and (if ``near``) near-duplicate tasks; return (kept in input order, counts)."""
    from datasketch import MinHash, MinHashLSH

    order = sorted(range(len(records)), key=lambda i: (priority(records[i]), i))
    seen_keys: set[str] = set()
    # LSH needs a threshold below 1; at 1.0 near-duplicates are tasks with identical shingle sets.
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm) if near and threshold < 0.99 else None
    same_shingles: set[frozenset[str]] = set()
    kept_shingles: dict[int, set[str]] = {}
    keep: set[int] = set()
    exact = near_dups = 0
    for i in order:
        key = task_key(records[i].task)
        if key in seen_keys:
            exact += 1
            continue
        seen_keys.add(key)
        if near and lsh is None:
            grams = frozenset(shingles(records[i].task))
            if grams in same_shingles:
                near_dups += 1
                continue
            same_shingles.add(grams)
        if lsh is not None:
            grams = shingles(records[i].task)
            signature = MinHash(num_perm=num_perm, seed=1)
            for gram in sorted(grams):
                signature.update(gram.encode("utf-8"))
            hits = sorted(lsh.query(signature))
            if any(jaccard(grams, kept_shingles[h]) >= threshold for h in hits):
                near_dups += 1
                continue
            lsh.insert(i, signature)
            kept_shingles[i] = grams
        keep.add(i)
    kept = [r for i, r in enumerate(records) if i in keep]
    return kept, {"exact": exact, "near": near_dups, "threshold": threshold}

"""A fixed train/test split by task family, so no test plan has a near copy in training.

Records that share a plan go to the same split: a query that borrowed a help pair's plan follows
that pair, and an evolved record follows its parents (composition only pairs parents from the same
split). The split of a family is a hash of (seed, root id), stable when other records change.
"""

from __future__ import annotations

import hashlib

from lamforge.data.plans.record import PlanRecord


def root_of(record: PlanRecord, roots: dict[str, str] | None = None) -> str:
    """Return the id of the family a record belongs to (its own id for an original pair)."""
    if record.source == "evolved" and record.parent_ids:
        parent = record.parent_ids[0]
        return (roots or {}).get(parent, parent)
    plan_from = record.provenance.get("plan_from")
    if record.source == "query" and isinstance(plan_from, str) and plan_from != "llm":
        return plan_from
    return record.task_id


def split_of(root: str, seed: int, test_fraction: float) -> str:
    """Return "test" for about ``test_fraction`` of roots, "train" otherwise (deterministic).

    >>> split_of("writer_hd_0123456789", 0, 0.0)
    'train'
    """
    value = int(hashlib.sha256(f"{seed}:{root}".encode()).hexdigest()[:12], 16) / 16**12
    return "test" if value < test_fraction else "train"


def assign_splits(records: list[PlanRecord], seed: int, test_fraction: float) -> dict[str, str]:
    """Return {task_id: "train" | "test"} for all records."""
    roots: dict[str, str] = {}
    for record in sorted(records, key=lambda r: r.source == "evolved"):
        roots[record.task_id] = root_of(record, roots)
    return {tid: split_of(root, seed, test_fraction) for tid, root in roots.items()}

"""Instantiate task families into JSONL records: seeded, balanced over families, split-aware.

Instance ``i`` of family ``name`` gets the RNG ``Random(sha256(f"{seed}_{name}_{i}"))`` (android_world's
``suite_utils``), so any record can be regenerated on its own and adding a family does not
reshuffle the others. Splits: ``train`` (training templates, values and phrasings), ``test``
(held-out templates and values, training phrasings), ``test-phrasing`` (held-out templates and
values *and* held-out phrasings), so test vs test-phrasing isolates the effect of phrasing.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator, Sequence
from typing import Any

from lamforge.io.jsonl import read_jsonl, write_jsonl
from lamforge.tasks.base import SPLITS, Task, TaskInitError, TaskSplit, pool_for
from lamforge.tasks.phrasing.bare import BARE_RATE, maybe_bare
from lamforge.tasks.registry import FAMILIES

__all__ = ["iter_records", "make_record", "read_jsonl", "task_to_record", "write_jsonl"]


def instance_seed(seed: int, name: str, i: int) -> int:
    """The seed of instance ``i`` of family ``name``.

    >>> instance_seed(0, "bold", 0) == instance_seed(0, "bold", 0) != instance_seed(0, "bold", 1)
    True
    """
    return int(hashlib.sha256(f"{seed}_{name}_{i}".encode()).hexdigest()[:16], 16)


def make_record(family: type[Task], split: TaskSplit, seed: int, i: int, check: bool = True,
                bare_rate: float = BARE_RATE) -> dict[str, Any]:
    """One task record; with ``check`` the untouched template must fail the task's checker.

    ``bare_rate``: the share of requests whose nameable targets lose their quotes (``phrasing.bare``).
    """
    iseed = instance_seed(seed, family.name, i)
    rng = random.Random(iseed)
    task = family.sample(rng, split)
    if check and task.untouched_passes():
        raise TaskInitError(f"{family.name} instance {i}: the untouched template already passes ({task.params})")
    req = maybe_bare(task.request(rng, pool_for(split)), task.spec.texts, iseed, bare_rate)
    return task_to_record(task, req, split, f"{split}-{family.name}-{seed}-{i}", iseed)


def task_to_record(task: Task, request: Any, split: TaskSplit, task_id: str, seed: int) -> dict[str, Any]:
    """The tasks-file record of a sampled task and its rendered request (what ``lamforge collect`` reads)."""
    family = type(task)
    return {
        "task_id": task_id,
        "family": family.name,
        "category": family.category,
        "split": split,
        "template": task.params.template,
        "template_path": str(task.template_path()),
        "params": task.params.model_dump(mode="json"),
        "request": request.text,
        "phrasing": {"skeleton": request.skeleton, "core": request.core, "pool": request.pool, "typo": request.typo,
                     "bare": request.bare, "structural": task.structural},
        "solution": task.solution(),
        "complexity": task.complexity,
        "help_ref": family.help_ref,
        "seed": seed,
    }


def iter_records(
    n: int, split: TaskSplit, seed: int, families: Sequence[type[Task]] = FAMILIES, check: bool = True,
    bare_rate: float = BARE_RATE,
) -> Iterator[dict[str, Any]]:
    """``n`` records, cycling through ``families`` so each gets ``n / len(families)`` instances."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    for k in range(n):
        family = families[k % len(families)]
        yield make_record(family, split, seed, k // len(families), check=check, bare_rate=bare_rate)



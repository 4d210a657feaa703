"""Instantiate task families into JSONL records: seeded, balanced over families, split-aware.

Instance ``i`` of family ``name`` gets the RNG ``Random(sha256(f"{seed}_{name}_{i}"))`` (android_world's
``suite_utils``), so any record can be regenerated on its own and adding a family does not
reshuffle the others. Splits: ``train`` (training templates, values and phrasings), ``test``
(held-out templates and values, training phrasings), ``test-phrasing`` (held-out templates and
values *and* held-out phrasings), so test vs test-phrasing isolates the effect of phrasing.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from lamforge.tasks.base import SPLITS, Task, TaskInitError, TaskSplit, pool_for
from lamforge.tasks.registry import FAMILIES


def instance_seed(seed: int, name: str, i: int) -> int:
    """The seed of instance ``i`` of family ``name``.

    >>> instance_seed(0, "bold", 0) == instance_seed(0, "bold", 0) != instance_seed(0, "bold", 1)
    True
    """
    return int(hashlib.sha256(f"{seed}_{name}_{i}".encode()).hexdigest()[:16], 16)


def make_record(family: type[Task], split: TaskSplit, seed: int, i: int, check: bool = True) -> dict[str, Any]:
    """One task record; with ``check`` the untouched template must fail the task's checker."""
    iseed = instance_seed(seed, family.name, i)
    rng = random.Random(iseed)
    task = family.sample(rng, split)
    if check and task.untouched_passes():
        raise TaskInitError(f"{family.name} instance {i}: the untouched template already passes ({task.params})")
    req = task.request(rng, pool_for(split))
    return {
        "task_id": f"{split}-{family.name}-{seed}-{i}",
        "family": family.name,
        "category": family.category,
        "split": split,
        "template": task.params.template,
        "template_path": str(task.template_path()),
        "params": task.params.model_dump(mode="json"),
        "request": req.text,
        "phrasing": {"skeleton": req.skeleton, "core": req.core, "pool": req.pool, "typo": req.typo},
        "solution": task.solution(),
        "complexity": task.complexity,
        "help_ref": family.help_ref,
        "seed": iseed,
    }


def iter_records(
    n: int, split: TaskSplit, seed: int, families: Sequence[type[Task]] = FAMILIES, check: bool = True
) -> Iterator[dict[str, Any]]:
    """``n`` records, cycling through ``families`` so each gets ``n / len(families)`` instances."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    for k in range(n):
        family = families[k % len(families)]
        yield make_record(family, split, seed, k // len(families), check=check)


def write_jsonl(records: Iterator[dict[str, Any]] | list[dict[str, Any]], out: str | os.PathLike[str]) -> Path:
    """Write records as JSON lines atomically (temp file, then rename)."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:6]}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def read_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Records of a tasks file."""
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]

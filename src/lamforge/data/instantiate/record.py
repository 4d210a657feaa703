"""The instantiated task record: exactly the ``lamforge tasks generate`` schema plus ``instantiation``.

Keeping the schema lets ``lamforge collect`` and ``task_from_dict`` run these tasks unchanged; the
``instantiation`` field says where the task came from (the paper's ``instantiation_result``: the
source pair, the template choice and, with an LLM, its rephrased request and action plan).
"""

from __future__ import annotations

import hashlib
from typing import Any

from lamforge.tasks.base import Task, TaskSplit
from lamforge.tasks.generate import task_to_record
from lamforge.tasks.phrasing.render import Rendered


def instance_seed(seed: int, pair_id: str, k: int) -> int:
    """The seed of instance ``k`` of pair ``pair_id`` (the ``tasks generate`` scheme with the pair id).

    >>> instance_seed(0, "writer_hd_1", 0) != instance_seed(0, "writer_hd_1", 1)
    True
    """
    return int(hashlib.sha256(f"{seed}_{pair_id}_{k}".encode()).hexdigest()[:16], 16)


def task_record(
    task: Task, request: Rendered, split: TaskSplit, task_id: str, seed: int, instantiation: dict[str, Any]
) -> dict[str, Any]:
    """One task record in the ``tasks generate`` schema with its ``instantiation`` provenance."""
    return {**task_to_record(task, request, split, task_id, seed), "instantiation": instantiation}


_POSITION_KEYS = frozenset({"template", "kind", "nth", "para", "start", "end", "index", "first", "last"})


def must_keep(task: Task, request: str) -> list[str]:
    """The concrete values of ``task`` that its request shows, which any rephrasing must keep verbatim.

    These are the string and number parameters (target texts, replacement words, sizes, colours)
    found in the request, so a rephrased request still asks for what the family's checker checks.
    """
    values: list[str] = []

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for key, x in v.items():
                if key not in _POSITION_KEYS:
                    walk(x)
        elif isinstance(v, list | tuple):
            for x in v:
                walk(x)
        elif isinstance(v, bool):
            return
        elif isinstance(v, str | int | float):
            s = str(v)
            if s and s.casefold() in request.casefold() and s not in values:
                values.append(s)

    walk(task.params.model_dump(mode="json"))
    return sorted((v for v in values if not any(v != w and v.casefold() in w.casefold() for w in values)), key=len)

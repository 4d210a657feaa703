"""Counts that describe the task suite: phrasings per family and templates per split."""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from typing import Any

from lamforge.tasks.base import Task, pool_for
from lamforge.tasks.generate import instance_seed
from lamforge.tasks.templates import templates_for


@dataclass(frozen=True)
class FamilyStats:
    """One family's numbers for ``lamforge tasks list``."""

    name: str
    category: str
    help_ref: str
    train_cores: int
    heldout_cores: int
    train_templates: int
    test_templates: int
    train_skeletons: int = 0
    heldout_skeletons: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


def _cores(family: type[Task], pool: str) -> int:
    parts = getattr(family, "parts", None)
    if parts:  # composites: every pair of the parts' imperative cores
        a, b = (sum(not c.startswith("!") for c in p.phrases.get(pool)) for p in parts)  # type: ignore[arg-type]
        return a * b
    return len(family.phrases.get(pool))  # type: ignore[arg-type]


def distinct_skeletons(family: type[Task], split: str, n: int, seed: int = 0) -> int:
    """How many distinct request skeletons ``n`` sampled instances of ``family`` use (a lower bound)."""
    seen = set()
    for i in range(n):
        rng = random.Random(instance_seed(seed, family.name, i))
        task = family.sample(rng, split)  # type: ignore[arg-type]
        seen.add(task.request(rng, pool_for(split)).skeleton)
    return len(seen)


def family_stats(family: type[Task], samples: int = 0) -> FamilyStats:
    """Cores and templates of ``family``; with ``samples`` > 0 also distinct skeletons per pool."""
    return FamilyStats(
        name=family.name,
        category=family.category,
        help_ref=family.help_ref,
        train_cores=_cores(family, "train"),
        heldout_cores=_cores(family, "heldout"),
        train_templates=sum(family.accepts(t) for t in templates_for("train")),
        test_templates=sum(family.accepts(t) for t in templates_for("test")),
        train_skeletons=distinct_skeletons(family, "train", samples) if samples else 0,
        heldout_skeletons=distinct_skeletons(family, "test-phrasing", samples) if samples else 0,
    )

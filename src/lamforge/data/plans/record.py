"""The (task, plan) record: the unit of phase-1 (LAM1) training data.

One record follows the paper's schema (``task_id``, ``task``, ``plan``) plus what we need to trace
it: which source it came from, which records it was evolved from, and where it was read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

SOURCES = ("helpdoc", "wikihow", "query", "evolved")
_ID_PREFIX = {"helpdoc": "hd", "wikihow": "wh", "query": "q", "evolved": "ev"}
_FIELDS = ("task_id", "task", "plan", "source", "app", "parent_ids", "provenance")


def make_task_id(source: str, task: str, plan: list[str] | tuple[str, ...], app: str = "writer") -> str:
    """Return a stable id from the content, so ids survive re-runs and added inputs.

    >>> make_task_id("helpdoc", "Insert a table", ["Choose Table - Insert Table.", "Click Insert."])
    'writer_hd_fc77666f26'
    """
    if source not in _ID_PREFIX:
        raise ValueError(f"source must be one of {SOURCES}, got {source!r}")
    digest = hashlib.sha256("\n".join([task, *plan]).encode("utf-8")).hexdigest()[:10]
    return f"{app}_{_ID_PREFIX[source]}_{digest}"


@dataclass(frozen=True)
class PlanRecord:
    """One task with its ordered plan.

    Attributes:
        task_id: Stable content-derived id (see :func:`make_task_id`).
        task: The user request, e.g. "Insert a table in a Writer document".
        plan: Ordered, imperative plan steps.
        source: ``helpdoc``, ``wikihow``, ``query`` or ``evolved``.
        app: The target application; always ``writer`` here.
        parent_ids: Ids of the records an evolved record was made from (empty otherwise).
        provenance: Where the record came from: page path and title, input line, evolution method.

    """

    task_id: str
    task: str
    plan: tuple[str, ...]
    source: str
    app: str = "writer"
    parent_ids: tuple[str, ...] = ()
    provenance: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}, got {self.source!r}")
        if not isinstance(self.plan, tuple) or not all(isinstance(s, str) for s in self.plan):
            raise ValueError(f"plan must be a tuple of strings, got {self.plan!r}")

    @classmethod
    def create(cls, task: str, plan: list[str] | tuple[str, ...], source: str, **kwargs: Any) -> PlanRecord:
        """Build a record whose ``task_id`` is derived from its content."""
        app = kwargs.get("app", "writer")
        return cls(make_task_id(source, task, plan, app), task, tuple(plan), source, **kwargs)

    def with_content(self, task: str, plan: list[str] | tuple[str, ...]) -> PlanRecord:
        """Return a copy with new task/plan text and the matching new id (used after cleaning)."""
        return replace(self, task=task, plan=tuple(plan), task_id=make_task_id(self.source, task, plan, self.app))

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: fields in schema order, provenance keys sorted (one canonical form)."""
        return {
            "task_id": self.task_id,
            "task": self.task,
            "plan": list(self.plan),
            "source": self.source,
            "app": self.app,
            "parent_ids": list(self.parent_ids),
            "provenance": dict(sorted(self.provenance.items())),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlanRecord:
        """Rebuild a record from :meth:`to_dict` output; unknown or missing fields raise ValueError."""
        missing = [k for k in ("task_id", "task", "plan", "source") if k not in data]
        unknown = sorted(set(data) - set(_FIELDS))
        if missing or unknown:
            raise ValueError(f"bad plan record: missing {missing}, unknown {unknown}: {data!r}")
        return cls(
            task_id=str(data["task_id"]),
            task=str(data["task"]),
            plan=tuple(data["plan"]),
            source=str(data["source"]),
            app=str(data.get("app", "writer")),
            parent_ids=tuple(data.get("parent_ids") or ()),
            provenance=dict(data.get("provenance") or {}),
        )

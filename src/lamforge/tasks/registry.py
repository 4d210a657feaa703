"""The registry of task families: an explicit tuple sorted by name (android_world's ``registry.py``)."""

from __future__ import annotations

from lamforge.tasks import (
    alignment,
    case,
    composite,
    editing,
    find_replace,
    fonts,
    formatting,
    infeasible,
    lists,
    page,
    paragraphs,
    ranges,
    tables,
    whole,
    within,
)
from lamforge.tasks.base import Task

_MODULES = (alignment, case, composite, editing, find_replace, fonts, formatting, infeasible, lists, page, paragraphs,
            ranges, tables, whole, within)
FAMILIES: tuple[type[Task], ...] = tuple(sorted((f for m in _MODULES for f in m.FAMILIES), key=lambda f: f.name))
_BY_NAME = {f.name: f for f in FAMILIES}
assert len(_BY_NAME) == len(FAMILIES), "duplicate family names"


def get_family(name: str) -> type[Task]:
    """Look up a family by name; KeyError lists the known ones."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown task family {name!r}; known: {', '.join(_BY_NAME)}") from None


def task_from_dict(record: dict) -> Task:
    """Rebuild a task from a record's ``family`` and ``params`` (as written by ``tasks generate``)."""
    family = get_family(record["family"])
    return family(family.Params.model_validate(record["params"]))

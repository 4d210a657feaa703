"""The template library: ≥ 20 deterministic documents described in words, built to .docx on demand."""

from __future__ import annotations

from pathlib import Path

from lamforge.tasks.templates import (
    library_business,
    library_personal,
    library_policy,
    library_science,
    library_technical,
)
from lamforge.tasks.templates.render import cached_path, write
from lamforge.tasks.templates.spec import Block, Para, Split, TemplateSpec

TEMPLATES: tuple[TemplateSpec, ...] = tuple(
    sorted(
        library_business.ALL + library_personal.ALL + library_technical.ALL + library_policy.ALL
        + library_science.ALL,
        key=lambda t: t.name,
    )
)
_BY_NAME = {t.name: t for t in TEMPLATES}


def get_template(name: str) -> TemplateSpec:
    """The template called ``name``; raises KeyError naming the known ones."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown template {name!r}; known: {', '.join(_BY_NAME)}") from None


def templates_for(split: str) -> tuple[TemplateSpec, ...]:
    """Templates of a task split: ``train`` uses train templates, every other split the held-out ones."""
    want = "train" if split == "train" else "test"
    return tuple(t for t in TEMPLATES if t.split == want)


def template_path(name: str) -> Path:
    """Path of the built .docx for ``name`` (built into the cache on first use)."""
    return cached_path(get_template(name))


def build_all(out_dir: str | Path) -> list[Path]:
    """Write every template to ``out_dir/<name>.docx`` and return the paths."""
    return [write(t, Path(out_dir) / f"{t.name}.docx") for t in TEMPLATES]


__all__ = ["TEMPLATES", "Block", "Para", "Split", "TemplateSpec", "build_all", "get_template", "template_path",
           "templates_for"]

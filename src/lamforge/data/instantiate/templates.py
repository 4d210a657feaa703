"""Choose the template document for a task (the paper's ``ChooseTemplateFlow``) and sample parameters on it.

The paper embeds each template's description and takes the nearest one to the task. We do the
same, but only among templates the matched family can use (``Task.accepts``: a table family needs a
table), and we fall back to the next template when the family finds no concrete target on the best
one, so a pair is dropped only when no template of the split can host its family.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from lamforge.tasks.base import Task, TaskSplit
from lamforge.tasks.targets import NoTarget
from lamforge.tasks.templates import TemplateSpec, templates_for
from lamforge.text.similarity import Matcher

TRIES_PER_TEMPLATE = 4  # parameter draws on one template before moving to the next one


@dataclass(frozen=True)
class TemplateChoice:
    """A template with its similarity to the task text."""

    spec: TemplateSpec
    similarity: float


def template_scores(texts: Sequence[str], split: TaskSplit, matcher: Matcher) -> tuple[list[TemplateSpec], np.ndarray]:
    """The split's templates and the matrix [text, template] of similarities to their descriptions."""
    specs = list(templates_for(split))
    return specs, matcher.similarity(list(texts), [s.description for s in specs])


def rank_templates(family: type[Task], specs: Sequence[TemplateSpec], scores: np.ndarray) -> list[TemplateChoice]:
    """Templates the family accepts, most similar first (ties keep the library's name order)."""
    ok = [(s, float(v)) for s, v in zip(specs, scores, strict=True) if family.accepts(s)]
    return [TemplateChoice(s, v) for s, v in sorted(ok, key=lambda sv: -sv[1])]


def sample_on(
    family: type[Task], ranked: Sequence[TemplateChoice], rng: random.Random, split: TaskSplit, start: int = 0
) -> tuple[Task, TemplateChoice] | None:
    """A task instance on the first template from rank ``start`` (wrapping) that yields a valid one.

    A valid instance has concrete parameters (the family found a target) and is not already solved
    by the untouched template. Returns None when no ranked template works.
    """
    if not ranked:
        return None
    order = [ranked[(start + k) % len(ranked)] for k in range(len(ranked))]
    for choice in order:
        for _ in range(TRIES_PER_TEMPLATE):
            try:
                task = family(family.params_for(rng, split, choice.spec))
            except NoTarget:
                continue
            if not task.untouched_passes():
                return task, choice
    return None

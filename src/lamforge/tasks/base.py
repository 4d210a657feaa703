"""The task contract (android_world's ``TaskEval`` shape): sample params, phrase, solve, check.

A family is a :class:`Task` subclass. It samples typed ``Params`` from a passed-in RNG for a
split, names the templates it can use, renders a request in one of many phrasings, gives a
reference solution in *command form* (resolved to live controls by :mod:`lamforge.tasks.solution`),
and judges success on the saved .docx by comparing it with the template plus its own edits.
"""

from __future__ import annotations

import os
import random
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict

from lamforge.tasks.checks.compare import diff
from lamforge.tasks.checks.docmodel import DocModel, read_docx
from lamforge.tasks.checks.edits import expected_from_template
from lamforge.tasks.phrasing.common import SENTENCE_WRAPPERS, WRAPPERS
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, Rendered, compose
from lamforge.tasks.targets import NoTarget
from lamforge.tasks.templates import TemplateSpec, get_template, template_path, templates_for

if TYPE_CHECKING:
    from lamforge.app.env import WriterEnv
    from lamforge.app.observation import Observation

TaskSplit = Literal["train", "test", "test-phrasing"]
SPLITS: tuple[TaskSplit, ...] = ("train", "test", "test-phrasing")
# One reference step in command form: {"function", "args", and "command" (a toolbar/menu control) or
# "control" (a dialog control by name); neither = the Document}.
Step = dict[str, Any]
TYPO_RATE = 0.3  # share of held-out requests with one misspelt instruction word


def pool_for(split: str) -> Pool:
    """The phrasing pool of a split: only ``test-phrasing`` draws held-out phrasings."""
    return "heldout" if split == "test-phrasing" else "train"


def values_for(split: str, train: tuple[Any, ...], test: tuple[Any, ...]) -> tuple[Any, ...]:
    """Parameter values of a split: training values for ``train``, held-out values otherwise."""
    return train if split == "train" else test


class TaskParams(BaseModel):
    """Parameters every family has: the template document the task starts from."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    template: str


class TaskInitError(AssertionError):
    """A task's preconditions do not hold (it would already count as solved before the agent acts)."""


class Task(ABC):
    """One Writer operation family; an instance is one concrete task.

    Class attributes:
        name: registry key.
        category: feature group (formatting, paragraph, list, table, editing, page, composite).
        help_ref: title of the LibreOffice help page this task corresponds to.
        Params: the pydantic parameter model.
        phrases: the family's core phrasings (``{target}``-style slots), train and held-out.
        structural_rate: the share of instances drawn with a target named by role, position or description
            (``struct_params_for``; see :mod:`lamforge.tasks.structural`), where a template has one.
        infeasible: a request Writer cannot do: the right answer is to say so and leave the document untouched.
    """

    name: ClassVar[str]
    category: ClassVar[str]
    help_ref: ClassVar[str]
    Params: ClassVar[type[TaskParams]] = TaskParams
    phrases: ClassVar[Phrases]
    max_tries: ClassVar[int] = 40
    structural_rate: ClassVar[float] = 0.0
    struct_phrases: ClassVar[Phrases | None] = None  # cores for structural targets, when they read differently
    infeasible: ClassVar[bool] = False

    def __init__(self, params: TaskParams) -> None:
        self.params = params

    # -- sampling ------------------------------------------------------------------------------
    @classmethod
    def accepts(cls, spec: TemplateSpec) -> bool:
        """Whether ``spec`` can host this family at all (cheap template needs; sampling may still fail)."""
        return True

    @classmethod
    @abstractmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """Concrete parameters on template ``spec``; raise :class:`NoTarget` if it has nothing suitable."""

    @classmethod
    def struct_params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """Parameters whose target the request names by role, position or description; NoTarget if none here."""
        raise NoTarget(f"{cls.name}: no structural targets")

    @classmethod
    def generate_params(cls, rng: random.Random, split: TaskSplit) -> TaskParams:
        """Pick a template of the split that this family accepts, then parameters on it.

        A ``structural_rate`` share of draws looks for a target named by role or position first, on any of the
        templates; where none has one, the draw falls back to a quoted target.
        """
        specs = [s for s in templates_for(split) if cls.accepts(s)]
        if not specs:
            raise NoTarget(f"{cls.name}: no {split} template qualifies")
        if cls.structural_rate and rng.random() < cls.structural_rate:
            for _ in range(cls.max_tries):
                try:
                    return cls.struct_params_for(rng, split, rng.choice(specs))
                except NoTarget:
                    continue
        for _ in range(cls.max_tries):
            try:
                return cls.params_for(rng, split, rng.choice(specs))
            except NoTarget:
                continue
        raise NoTarget(f"{cls.name}: no parameters found on {split} templates after {cls.max_tries} tries")

    @classmethod
    def sample(cls, rng: random.Random, split: TaskSplit) -> Task:
        """A new task instance for ``split``."""
        return cls(cls.generate_params(rng, split))

    @property
    def spec(self) -> TemplateSpec:
        """The template this task starts from."""
        return get_template(self.params.template)

    @property
    def structural(self) -> bool:
        """Whether the request names its target by role, position or description instead of quoting it."""
        from lamforge.tasks.structural import has_ref

        return has_ref(self.params)

    # -- phrasing ------------------------------------------------------------------------------
    @abstractmethod
    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """Rendered slots of the request (``target``, values ...)."""

    def cores(self, pool: Pool) -> tuple[str, ...]:
        """The core phrasings this instance draws from (``struct_phrases`` for a structural target, if any)."""
        if self.struct_phrases is not None and self.structural:
            return self.struct_phrases.get(pool)
        return self.phrases.get(pool)

    def request(self, rng: random.Random, pool: Pool) -> Rendered:
        """One phrasing of the request from ``pool``, with its skeleton."""
        return compose(rng, self.cores(pool), pool, self.fills(rng, pool), WRAPPERS, SENTENCE_WRAPPERS,
                       typo_rate=TYPO_RATE if pool == "heldout" else 0.0)

    # -- solving and checking ------------------------------------------------------------------
    @abstractmethod
    def solution(self) -> list[Step]:
        """Reference steps in command form."""

    @abstractmethod
    def apply(self, model: DocModel) -> None:
        """Apply this task's intended change to the expected-document model."""

    @property
    def complexity(self) -> int:
        """Step budget: the reference length plus slack for one correction and the final step."""
        return len(self.solution()) + 3

    def expected(self) -> DocModel:
        """The document a correct execution produces."""
        model = expected_from_template(self.params.template)
        self.apply(model)
        return model

    def diagnose(self, docx_path: str | os.PathLike[str]) -> list[str]:
        """Why ``docx_path`` is not the expected result (empty when it is)."""
        return diff(read_docx(docx_path), self.expected())

    def is_successful(self, docx_path: str | os.PathLike[str]) -> float:
        """1.0 when the saved file shows the intended change and nothing else changed, else 0.0."""
        try:
            return 0.0 if self.diagnose(docx_path) else 1.0
        except Exception:  # an unreadable file is a failed task, not a crashed judge
            return 0.0

    def untouched_passes(self) -> bool:
        """Whether the untouched template already satisfies the checker (a broken task); uses the cached model."""
        return not diff(expected_from_template(self.params.template), self.expected())

    def template_path(self) -> Path:
        """The template .docx (built into the cache if needed)."""
        return template_path(self.params.template)

    def initialize(self, env: WriterEnv) -> Observation:
        """Open the template in ``env`` after asserting the task is not already solved."""
        if self.untouched_passes():
            raise TaskInitError(f"{self.name}: the untouched template {self.params.template} already passes")
        obs, _ = env.reset(options={"doc": str(self.template_path())})
        return obs

    def tear_down(self, env: WriterEnv) -> None:
        """Nothing to undo: every episode works on a private copy of the template."""
        del env

    def to_dict(self) -> dict[str, Any]:
        """Family name and params, JSON-ready."""
        return {"family": self.name, "params": self.params.model_dump()}


TaskFactory = Callable[[random.Random, TaskSplit], Task]  # (rng, split) -> task instance

"""Composite families: two operations on the same target in one request ("make X bold and italic").

A composite samples one target that suits both parts, phrases the first part with the target and
the second with "it", solves the first part and then the second part's operation on the still
selected target, and expects both parts' edits.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from lamforge.tasks.alignment import AlignCenter
from lamforge.tasks.base import Task, TaskParams, TaskSplit
from lamforge.tasks.case import Uppercase
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.fonts import FontColor, FontSize
from lamforge.tasks.formatting import Bold, Italic, Underline, _SpanFamily
from lamforge.tasks.paragraphs import HeadingLevel
from lamforge.tasks.phrasing.common import JOINERS, SENTENCE_WRAPPERS, WRAPPERS
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, Rendered, compose
from lamforge.tasks.targets import ParaRef, SpanRef, pick_para, pick_span
from lamforge.tasks.templates import TemplateSpec


class CompositeParams(TaskParams):
    """A shared target and the value of the part that takes one."""

    target: SpanRef | ParaRef
    value: int | str | None = None


class _Composite(Task):
    """Two span (or two paragraph) families applied to one target."""

    category: ClassVar[str] = "composite"
    Params: ClassVar[type[TaskParams]] = CompositeParams
    parts: ClassVar[tuple[type[Task], type[Task]]]
    phrases = Phrases(train=(), heldout=())  # cores come from the parts (see ``request``)

    @classmethod
    def _span(cls) -> bool:
        return issubclass(cls.parts[0], _SpanFamily)

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A target both parts accept, and the valued part's value."""
        a, b = cls.parts
        if cls._span():
            roles = tuple(r for r in a.roles if r in b.roles)  # type: ignore[attr-defined]
            target: Any = pick_span(rng, spec, roles, a.words, a.whole_max_words,  # type: ignore[attr-defined]
                                    text_ok=lambda t: a.text_ok(t) and b.text_ok(t))  # type: ignore[attr-defined]
        else:
            roles = tuple(r for r in a.roles if r in b.roles)  # type: ignore[attr-defined]
            target = pick_para(rng, spec, split, roles, "any",
                               lambda p: a.para_ok(spec, p) and b.para_ok(spec, p))  # type: ignore[attr-defined]
        value = None
        for part in cls.parts:
            extra = part.values(rng, split, spec, target)  # type: ignore[attr-defined]
            value = extra.get("value", value)
        return CompositeParams(template=spec.name, target=target, value=value)

    def part_tasks(self) -> list[Task]:
        """The two parts as tasks with the shared target."""
        out = []
        for part in self.parts:
            fields = {"template": self.params.template, "target": self.params.target}  # type: ignore[attr-defined]
            if "value" in part.Params.model_fields:
                fields["value"] = self.params.value  # type: ignore[attr-defined]
            out.append(part(part.Params(**fields)))
        return out

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """Both parts' slots (the target comes from the first)."""
        first, second = self.part_tasks()
        return {**second.fills(rng, pool), **first.fills(rng, pool)}

    def request(self, rng: random.Random, pool: Pool) -> Rendered:
        """The first part's core, a joiner, and the second part's core about "it"."""
        first, second = self.part_tasks()
        core_a = rng.choice([c for c in first.phrases.get(pool) if not c.startswith("!")])
        core_b = rng.choice([c for c in second.phrases.get(pool) if not c.startswith("!")])
        core_b = core_b.replace("{target}", "it").replace("{Target}", "It")
        core = core_a + rng.choice(JOINERS.get(pool)) + core_b
        return compose(rng, [core], pool, self.fills(rng, pool), WRAPPERS, SENTENCE_WRAPPERS,
                       typo_rate=0.3 if pool == "heldout" else 0.0)

    def solution(self) -> list[dict[str, Any]]:
        """The first part's solution, then the second part's operation on the same selection."""
        first, second = self.part_tasks()
        return [*first.solution(), *second.op_steps()]  # type: ignore[attr-defined]

    def apply(self, model: DocModel) -> None:
        """Both parts' edits."""
        for part in self.part_tasks():
            part.apply(model)


class BoldItalic(_Composite):
    """Bold and italic."""

    name = "bold_italic"
    help_ref = "Emphasizing Text"
    parts = (Bold, Italic)


class BoldColor(_Composite):
    """Bold and a font colour."""

    name = "bold_color"
    help_ref = "Emphasizing Text"
    parts = (Bold, FontColor)


class SizeUnderline(_Composite):
    """A font size and underlining."""

    name = "size_underline"
    help_ref = "Font Size"
    parts = (FontSize, Underline)


class UpperBold(_Composite):
    """Upper case, then bold."""

    name = "upper_bold"
    help_ref = "Changing the Case of Text"
    parts = (Uppercase, Bold)


class HeadingCenter(_Composite):
    """A heading style, then centred."""

    name = "heading_center"
    help_ref = "Set Paragraph Style"
    parts = (HeadingLevel, AlignCenter)


FAMILIES = (BoldItalic, BoldColor, SizeUnderline, UpperBold, HeadingCenter)

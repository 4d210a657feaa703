"""Composite families: two operations on one target in a request, and three or more formats listed at once.

"Make X bold and italic" joins two parts; "make the title bold, italic and 16 pt" (``multi_format``) lists three or
four character formats.

A composite samples one target that suits both parts, phrases the first part with the target and
the second with "it", solves the first part and then the second part's operation on the still
selected target, and expects both parts' edits.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from lamforge.tasks import steps
from lamforge.tasks.alignment import AlignCenter
from lamforge.tasks.base import Task, TaskParams, TaskSplit, values_for
from lamforge.tasks.case import Uppercase
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.checks.edits import format_span
from lamforge.tasks.fonts import FontColor, FontSize, color_hex
from lamforge.tasks.formatting import NAMED_ROLES, Bold, Italic, Underline, _SpanFamily
from lamforge.tasks.paragraphs import HeadingLevel
from lamforge.tasks.phrasing.common import JOINERS, SENTENCE_WRAPPERS, WRAPPERS
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, Rendered, compose, pick_fill
from lamforge.tasks.structural import STRUCT_RATE, pick_struct_para, pick_struct_span, select_steps
from lamforge.tasks.targets import ParaRef, SpanRef, pick_para, pick_span, span_fill
from lamforge.tasks.templates import TemplateSpec
from lamforge.tasks.templates.spec import view_role
from lamforge.tasks.values import FONT_COLORS, FONT_SIZES


class CompositeParams(TaskParams):
    """A shared target and the value of the part that takes one."""

    target: SpanRef | ParaRef
    value: int | str | None = None


class _Composite(Task):
    """Two span (or two paragraph) families applied to one target."""

    category: ClassVar[str] = "composite"
    Params: ClassVar[type[TaskParams]] = CompositeParams
    parts: ClassVar[tuple[type[Task], type[Task]]]
    structural_rate: ClassVar[float] = STRUCT_RATE
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
        return cls._with_value(rng, split, spec, target)

    @classmethod
    def struct_params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A whole paragraph both parts accept, named by role or position."""
        a, b = cls.parts
        if cls._span():
            target: Any = pick_struct_span(
                rng, spec, lambda p: a.struct_ok(spec, p) and b.struct_ok(spec, p),  # type: ignore[attr-defined]
                lambda t: a.text_ok(t) and b.text_ok(t))  # type: ignore[attr-defined]
        else:
            target = pick_struct_para(rng, spec, lambda p: p.block.role in a.roles and p.block.role in b.roles  # type: ignore[attr-defined]
                                      and a.para_ok(spec, p) and b.para_ok(spec, p))  # type: ignore[attr-defined]
        return cls._with_value(rng, split, spec, target)

    @classmethod
    def _with_value(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec, target: Any) -> TaskParams:
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


_MULTI_OPS = ("bold", "italic", "underline", "size", "color")
_MULTI_WORDS: dict[str, Phrases] = {  # how a list of operations names each one
    "bold": Phrases(train=("bold",), heldout=("boldface",)),
    "italic": Phrases(train=("italic",), heldout=("in italics",)),
    "underline": Phrases(train=("underlined",), heldout=("with an underline",)),
    "size": Phrases(train=("{v} pt", "{v} points", "size {v}"), heldout=("{v}pt", "{v} pts")),
    "color": Phrases(train=("{v}",), heldout=("in {v}",)),
}
_MULTI_COMMANDS = {"bold": ".uno:Bold", "italic": ".uno:Italic", "underline": ".uno:Underline"}


class MultiParams(TaskParams):
    """A target, three or four operations on it in request order, and the size and colour they may need."""

    target: SpanRef
    ops: tuple[str, ...]
    size: int = 0
    color: str = ""


class MultiFormat(Task):
    """Three or more character formats on one target in one request ("make the title bold, italic and 16 pt")."""

    name = "multi_format"
    category: ClassVar[str] = "composite"
    help_ref = "Emphasizing Text"
    Params = MultiParams
    structural_rate = STRUCT_RATE
    roles: ClassVar[tuple[str, ...]] = FontSize.roles
    phrases = Phrases(
        train=("make {target} {ops}", "format {target} as {ops}", "change {target} to {ops}",
               "set {target} in {ops}", "!{Target} should be {ops}."),
        heldout=("!I want {target} {ops}.", "style {target} {ops} all at once", "turn {target} {ops} in one go"),
    )

    @classmethod
    def _ops(cls, rng: random.Random) -> tuple[str, ...]:
        return tuple(rng.sample(_MULTI_OPS, 4 if rng.random() < 0.3 else 3))

    @classmethod
    def _params(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec, target: SpanRef,
                ops: tuple[str, ...]) -> TaskParams:
        size = rng.choice([v for v in values_for(split, *FONT_SIZES) if v != 26]) if "size" in ops else 0
        color = rng.choice(values_for(split, *FONT_COLORS)) if "color" in ops else ""
        return MultiParams(template=spec.name, target=target, ops=ops, size=size, color=color)

    @staticmethod
    def _clash(ops: tuple[str, ...]) -> tuple[str, ...]:
        return (("heading",) if "bold" in ops else ()) + (("subtitle",) if "italic" in ops else ())

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A quoted span (headings only when Bold is not among the operations) and the operations."""
        ops = cls._ops(rng)
        roles = tuple(r for r in cls.roles if r != "heading" or "bold" not in ops)
        return cls._params(rng, split, spec, pick_span(rng, spec, roles, (2, 5), 6), ops)

    @classmethod
    def struct_params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A whole paragraph named by role or position, and the operations."""
        ops = cls._ops(rng)
        clash = cls._clash(ops)

        def ok(p: Any) -> bool:
            role = view_role(p.block)
            return not any(role.startswith(c) for c in clash) and p.block.role in (*cls.roles, *NAMED_ROLES)

        return cls._params(rng, split, spec, pick_struct_span(rng, spec, ok), ops)

    @property
    def target(self) -> SpanRef:
        """The span acted on."""
        return self.params.target  # type: ignore[attr-defined]

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The target and the operations as a list ("bold, italic and 16 pt")."""
        p = self.params
        words = [pick_fill(rng, _MULTI_WORDS[op], pool, v=str(p.size if op == "size" else p.color))  # type: ignore[attr-defined]
                 for op in p.ops]  # type: ignore[attr-defined]
        skel = ", ".join(w.skel for w in words[:-1]) + " and " + words[-1].skel
        text = ", ".join(w.text for w in words[:-1]) + " and " + words[-1].text
        return {"target": span_fill(rng, self.target, pool), "ops": Fill(skel, text)}

    def op_steps(self) -> list[dict[str, Any]]:
        """One button or box per operation, in request order."""
        p = self.params
        out = []
        for op in p.ops:  # type: ignore[attr-defined]
            if op == "size":
                out.append(steps.set_value(".uno:FontHeight", str(p.size)))  # type: ignore[attr-defined]
            elif op == "color":
                out.append(steps.set_value(".uno:Color", p.color))  # type: ignore[attr-defined]
            else:
                out.append(steps.click(_MULTI_COMMANDS[op]))
        return out

    def solution(self) -> list[dict[str, Any]]:
        """Select the target once, then every operation."""
        t = self.target
        select = select_steps(t.ref) if t.ref is not None else [steps.select(t.text)]
        return [*select, *self.op_steps()]

    def apply(self, model: DocModel) -> None:
        """All the formats on the target."""
        p = self.params
        props: dict[str, Any] = {}
        for op in p.ops:  # type: ignore[attr-defined]
            if op == "size":
                props["size"] = float(p.size)  # type: ignore[attr-defined]
            elif op == "color":
                props["color"] = color_hex(p.color)  # type: ignore[attr-defined]
            else:
                props[{"bold": "bold", "italic": "italic", "underline": "underline"}[op]] = True
        t = self.target
        format_span(model, t.para, t.start, t.end, **props)


FAMILIES = (BoldItalic, BoldColor, SizeUnderline, UpperBold, HeadingCenter, MultiFormat)

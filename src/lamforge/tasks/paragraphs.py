"""Paragraph families: line spacing, indentation, heading level and body-text style (alignment: ``alignment``).

All act on a whole paragraph named by a reference (its first words, a quoted heading, an
ordinal in held-out phrasings, or, for a share of requests, its role or position without quotes:
"the title", "the second heading", "the paragraph about X"). The solution selects the reference's
anchor text (the cursor in the paragraph is enough), or the paragraph itself by its number in the
document view, then presses a button or types a value.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from lamforge.tasks import steps
from lamforge.tasks.base import Task, TaskParams, TaskSplit, values_for
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.checks.edits import paragraph, set_layout
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, fill
from lamforge.tasks.structural import STRUCT_RATE, pick_struct_para, select_steps
from lamforge.tasks.targets import AnchorAt, ParaRef, para_fill, pick_para
from lamforge.tasks.templates import TemplateSpec
from lamforge.tasks.templates.spec import Para
from lamforge.tasks.values import BASE_SPACING, HEADING_LEVELS, LINE_SPACINGS

ALL_ROLES = ("body", "item", "note", "meta", "quote", "heading", "title", "subtitle", "list")
TEXT_ROLES = ("body", "item", "note", "meta", "quote")
# Applying a paragraph style in Writer drops the paragraph's direct alignment, indent and spacing.
STYLE_RESET = {"align": "left", "indent": 0.0, "spacing": BASE_SPACING}
INDENT_STEP = 0.5  # inches Writer's Increase/Decrease Indent moves a paragraph (measured on LibreOffice 7.4)


class ParaParams(TaskParams):
    """A paragraph target."""

    target: ParaRef


class _ParaFamily(Task):
    """Select a paragraph's anchor text, then change a paragraph property."""

    category: ClassVar[str] = "paragraph"
    Params: ClassVar[type[TaskParams]] = ParaParams
    roles: ClassVar[tuple[str, ...]] = ALL_ROLES
    anchor_at: ClassVar[AnchorAt] = "any"
    structural_rate: ClassVar[float] = STRUCT_RATE

    @classmethod
    def para_ok(cls, spec: TemplateSpec, p: Para) -> bool:
        """Whether paragraph ``p`` qualifies (the change must alter it)."""
        return True

    @classmethod
    def values(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec, target: ParaRef) -> dict[str, Any]:
        """Extra parameters beyond the target."""
        return {}

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A qualifying paragraph with a reference kind suited to the split, plus values."""
        target = pick_para(rng, spec, split, cls.roles, cls.anchor_at, lambda p: cls.para_ok(spec, p))
        return cls.Params(template=spec.name, target=target, **cls.values(rng, split, spec, target))

    @classmethod
    def struct_params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A qualifying paragraph named by role or position, plus values."""
        target = pick_struct_para(rng, spec, lambda p: p.block.role in cls.roles and cls.para_ok(spec, p))
        return cls.Params(template=spec.name, target=target, **cls.values(rng, split, spec, target))

    @property
    def target(self) -> ParaRef:
        """The paragraph acted on."""
        return self.params.target  # type: ignore[attr-defined]

    def value_fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """Rendered value slots."""
        return {}

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The paragraph reference and any values."""
        return {"target": para_fill(rng, self.target, pool), **self.value_fills(rng, pool)}

    def op_steps(self) -> list[dict[str, Any]]:
        """Steps after selecting the anchor."""
        raise NotImplementedError

    def start_keys(self) -> str:
        """Keys that put the cursor where the selected paragraph starts.

        After selecting the start words Home is enough; a whole paragraph's selection (by number) ends on its last
        line, so Ctrl+Up goes back to where the paragraph starts.
        """
        return "^{UP}" if self.target.ref is not None else "{HOME}"

    def select_target(self) -> list[dict[str, Any]]:
        """Steps that put the selection in the paragraph: its anchor text, or the paragraph by number."""
        if self.target.ref is not None:
            return select_steps(self.target.ref)
        return [steps.select(self.target.anchor)]

    def solution(self) -> list[dict[str, Any]]:
        """Select the anchor, then operate."""
        return [*self.select_target(), *self.op_steps()]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """Paragraph fields after the change."""
        raise NotImplementedError

    def apply(self, model: DocModel) -> None:
        """Change the target paragraph's layout."""
        set_layout(model, self.target.para, **self.layout(model))


class SpacingParams(ParaParams):
    """A paragraph and a line spacing ("1", "1.15", "1.5", "2")."""

    value: str


_SPACING_WORDS = {"1": "single", "2": "double"}


class LineSpacing(_ParaFamily):
    """Set a paragraph's line spacing."""

    name = "line_spacing"
    help_ref = "Line Spacing"
    Params = SpacingParams
    roles = TEXT_ROLES
    phrases = Phrases(
        train=("set the line spacing of {target} to {spacing}", "give {target} {spacing} line spacing",
               "use {spacing} line spacing for {target}", "change {target} to {spacing} spacing",
               "make {target} {spacing}-spaced", "!{Target} should have {spacing} line spacing."),
        heldout=("space the lines of {target} at {spacing}",
                 "!I'd like {spacing} spacing between the lines of {target}.",
                 "apply {spacing} spacing between lines in {target}",
                 "adjust the line spacing in {target} to {spacing}"),
    )

    @classmethod
    def para_ok(cls, spec: TemplateSpec, p: Para) -> bool:
        """Long enough to span lines."""
        return len(p.text) >= 60

    @classmethod
    def values(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec, target: ParaRef) -> dict[str, Any]:
        """A spacing of the split other than the paragraph's current one."""
        current = spec.paragraphs[target.para].block.spacing or BASE_SPACING
        return {"value": rng.choice([v for v in values_for(split, *LINE_SPACINGS) if float(v) != current])}

    @property
    def value(self) -> str:
        """The spacing as typed."""
        return self.params.value  # type: ignore[attr-defined]

    def value_fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The spacing in words."""
        return {"spacing": fill("{v}", v=_SPACING_WORDS.get(self.value, self.value))}

    def op_steps(self) -> list[dict[str, Any]]:
        """Type the spacing into the Line Spacing box."""
        return [steps.set_value(".uno:LineSpacing", self.value)]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """The new spacing."""
        return {"spacing": float(self.value)}


class IndentMore(_ParaFamily):
    """Increase a paragraph's indent by one step."""

    name = "indent_increase"
    help_ref = "Indenting Paragraphs"
    roles = ("body", "note", "meta")
    phrases = Phrases(
        train=("indent {target}", "increase the indent of {target}", "add an indent to {target}",
               "move {target} one indent to the right", "increase the indentation of {target}",
               "!{Target} should be indented."),
        heldout=("nudge {target} inward by one step", "!{Target} should sit one indent further in.",
                 "shift {target} right by one indent level", "push {target} in from the left margin"),
    )

    def op_steps(self) -> list[dict[str, Any]]:
        """Click Increase Indent."""
        return [steps.click(".uno:IncrementIndent")]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """One step more."""
        return {"indent": paragraph(model, self.target.para).indent + INDENT_STEP}


class IndentLess(_ParaFamily):
    """Decrease an indented paragraph's indent by one step."""

    name = "indent_decrease"
    help_ref = "Indenting Paragraphs"
    roles = ("quote",)
    phrases = Phrases(
        train=("decrease the indent of {target}", "outdent {target}", "reduce the indentation of {target}",
               "move {target} one indent to the left", "remove one level of indent from {target}",
               "!{Target} should be indented less."),
        heldout=("un-indent {target}", "!{Target} sits too far in; pull it back by one indent.",
                 "bring {target} back towards the left margin by one step", "shrink the indent of {target}"),
    )

    @classmethod
    def para_ok(cls, spec: TemplateSpec, p: Para) -> bool:
        """Indented in the template."""
        return p.block.indent > 0

    def op_steps(self) -> list[dict[str, Any]]:
        """Click Decrease Indent."""
        return [steps.click(".uno:DecrementIndent")]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """One step less, never below zero."""
        return {"indent": max(0.0, paragraph(model, self.target.para).indent - INDENT_STEP)}


class HeadingParams(ParaParams):
    """A paragraph and a heading level."""

    value: int


class HeadingLevel(_ParaFamily):
    """Apply a Heading N paragraph style."""

    name = "heading_level"
    help_ref = "Set Paragraph Style"
    Params = HeadingParams
    roles = ("heading", "meta", "item", "note", "body")
    phrases = Phrases(
        train=("make {target} a Heading {n}", "apply the Heading {n} style to {target}",
               "turn {target} into a level {n} heading", "set the style of {target} to Heading {n}",
               "format {target} as Heading {n}", "change {target} to Heading {n}",
               "!{Target} should be a Heading {n}."),
        heldout=("give {target} heading level {n}", "!{Target} should be styled as Heading {n}.",
                 "style {target} with Heading {n}", "use the Heading {n} paragraph style on {target}"),
    )

    @classmethod
    def para_ok(cls, spec: TemplateSpec, p: Para) -> bool:
        """Short lines only: a heading is a line, not a paragraph of prose."""
        return len(p.text) <= 60

    @classmethod
    def values(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec, target: ParaRef) -> dict[str, Any]:
        """A level of the split other than the paragraph's current one."""
        style = spec.paragraphs[target.para].block.style
        levels = [n for n in values_for(split, *HEADING_LEVELS) if style != f"Heading {n}"]
        return {"value": rng.choice(levels or [3])}

    def value_fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The level number."""
        return {"n": fill("{n}", n=str(self.params.value))}  # type: ignore[attr-defined]

    def op_steps(self) -> list[dict[str, Any]]:
        """Type the style into the Paragraph Style box."""
        return [steps.set_value(".uno:StyleApply", f"Heading {self.params.value}")]  # type: ignore[attr-defined]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """The heading style; applying a style clears direct paragraph formatting (measured in Writer)."""
        return {"style": f"Heading {self.params.value}", **STYLE_RESET}  # type: ignore[attr-defined]


class BodyText(_ParaFamily):
    """Turn a heading back into ordinary text (Default Paragraph Style)."""

    name = "body_text"
    help_ref = "Set Paragraph Style"
    roles = ("heading",)
    phrases = Phrases(
        train=("turn {target} into normal text", "change {target} to the default paragraph style",
               "make {target} ordinary body text", "remove the heading style from {target}",
               "set {target} to Default Paragraph Style", "!{Target} should be plain body text."),
        heldout=("demote {target} to regular text", "!{Target} shouldn't be a heading any more.",
                 "strip the heading formatting off {target}", "format {target} like a normal paragraph"),
    )

    def op_steps(self) -> list[dict[str, Any]]:
        """Type the default style into the Paragraph Style box."""
        return [steps.set_value(".uno:StyleApply", "Default Paragraph Style")]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """Writer's default paragraph style is saved as Word's Normal."""
        return {"style": "Normal", **STYLE_RESET}


FAMILIES = (LineSpacing, IndentMore, IndentLess, HeadingLevel, BodyText)

"""Character formatting toggles: bold, italic, underline, strikethrough, superscript, subscript.

All act on a unique span of text: select it, then press a button. ``_SpanFamily`` owns target
sampling, the target phrase and the check; each family adds a command, the character property it
sets and its phrasings. Valued formatting (size, font, colours) lives in :mod:`lamforge.tasks.fonts`.
A share of targets is a whole paragraph named by role or position ("the title", "the signature",
"the second bullet"), selected structurally (:mod:`lamforge.tasks.structural`).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from lamforge.tasks import steps
from lamforge.tasks.base import Task, TaskParams, TaskSplit
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.checks.edits import format_span
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool
from lamforge.tasks.structural import STRUCT_RATE, pick_struct_span, select_steps
from lamforge.tasks.targets import SpanRef, pick_span, span_fill
from lamforge.tasks.templates import TemplateSpec
from lamforge.tasks.templates.spec import Para, view_role

PLAIN_ROLES = ("body", "item", "note", "meta", "quote", "list")
NAMED_ROLES = ("title", "subtitle", "heading", "list")  # whole paragraphs a request names by role or position


class SpanParams(TaskParams):
    """A span target."""

    target: SpanRef


class _SpanFamily(Task):
    """Select a unique span, then apply one operation to it."""

    category: ClassVar[str] = "formatting"
    Params: ClassVar[type[TaskParams]] = SpanParams
    roles: ClassVar[tuple[str, ...]] = PLAIN_ROLES
    words: ClassVar[tuple[int, int]] = (2, 5)
    whole_max_words: ClassVar[int] = 6
    structural_rate: ClassVar[float] = STRUCT_RATE
    struct_max_words: ClassVar[int] = 0  # longest paragraph a structural target may be (0: any)
    style_clash: ClassVar[tuple[str, ...]] = ()  # view roles whose style already sets the property (toggling undoes)

    @classmethod
    def struct_ok(cls, spec: TemplateSpec, p: Para) -> bool:
        """Whether paragraph ``p`` may be a structural target of this family."""
        role = view_role(p.block)
        if any(role.startswith(c) for c in cls.style_clash):
            return False
        if p.block.role not in (*cls.roles, *NAMED_ROLES):
            return False
        return not cls.struct_max_words or len(p.text.split()) <= cls.struct_max_words

    @classmethod
    def text_ok(cls, text: str) -> bool:
        """Whether a candidate span suits the operation (case changes need letters to change)."""
        return True

    @classmethod
    def values(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec, target: SpanRef) -> dict[str, Any]:
        """Extra parameters beyond the target (a size, a colour ...)."""
        return {}

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A unique span in a paragraph of the family's roles, plus its values."""
        target = pick_span(rng, spec, cls.roles, cls.words, cls.whole_max_words, text_ok=cls.text_ok)
        return cls.Params(template=spec.name, target=target, **cls.values(rng, split, spec, target))

    @classmethod
    def struct_params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A whole paragraph named by role or position, plus its values."""
        target = pick_struct_span(rng, spec, lambda p: cls.struct_ok(spec, p), cls.text_ok)
        return cls.Params(template=spec.name, target=target, **cls.values(rng, split, spec, target))

    @property
    def target(self) -> SpanRef:
        """The span acted on."""
        return self.params.target  # type: ignore[attr-defined]

    def value_fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """Rendered value slots."""
        return {}

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The target phrase and any value phrases."""
        return {"target": span_fill(rng, self.target, pool), **self.value_fills(rng, pool)}

    def op_steps(self) -> list[dict[str, Any]]:
        """Steps after selecting the target."""
        raise NotImplementedError

    def select_target(self) -> list[dict[str, Any]]:
        """Steps that select the target: its text, or its paragraph structurally."""
        if self.target.ref is not None:
            return select_steps(self.target.ref)
        return [steps.select(self.target.text)]

    def solution(self) -> list[dict[str, Any]]:
        """Select the span, then operate."""
        return [*self.select_target(), *self.op_steps()]

    def props(self) -> dict[str, Any]:
        """Character properties the operation sets."""
        raise NotImplementedError

    def apply(self, model: DocModel) -> None:
        """Format the target span."""
        format_span(model, self.target.para, self.target.start, self.target.end, **self.props())


class _Toggle(_SpanFamily):
    """A formatting button (Bold, Italic ...): one click on the selection."""

    command: ClassVar[str]
    prop: ClassVar[dict[str, Any]]

    def op_steps(self) -> list[dict[str, Any]]:
        """Click the button."""
        return [steps.click(self.command)]

    def props(self) -> dict[str, Any]:
        """The toggled property."""
        return dict(self.prop)


class Bold(_Toggle):
    """Make a span bold."""

    name = "bold"
    help_ref = "Bold"
    command = ".uno:Bold"
    prop = {"bold": True}
    style_clash = ("heading",)  # headings are bold by style: Bold would switch them to normal
    phrases = Phrases(
        train=("make {target} bold", "bold {target}", "put {target} in bold", "apply bold to {target}",
               "format {target} as bold", "set {target} in bold type", "turn {target} bold",
               "change {target} to bold", "give {target} bold formatting", "use bold for {target}",
               "!{Target} should be bold."),
        heldout=("embolden {target}", "boldface {target}", "render {target} in boldface",
                 "switch {target} to a heavier bold weight", "!I want {target} to stand out in bold.",
                 "!{Target} needs to be in boldface."),
    )


class Italic(_Toggle):
    """Make a span italic."""

    name = "italic"
    help_ref = "Italic"
    command = ".uno:Italic"
    prop = {"italic": True}
    style_clash = ("subtitle",)  # the subtitle is italic by style
    phrases = Phrases(
        train=("make {target} italic", "italicize {target}", "put {target} in italics",
               "apply italic formatting to {target}", "set {target} in italic", "format {target} in italics",
               "change {target} to italic", "turn {target} italic", "!{Target} should be italic."),
        heldout=("italicise {target}", "slant {target} in italic type", "give {target} an italic style",
                 "emphasise {target} with italics", "!{Target} ought to be in italics."),
    )


class Underline(_Toggle):
    """Underline a span."""

    name = "underline"
    help_ref = "Underline"
    command = ".uno:Underline"
    prop = {"underline": True}
    phrases = Phrases(
        train=("underline {target}", "put a line under {target}", "add an underline to {target}",
               "make {target} underlined", "apply underlining to {target}", "format {target} with an underline",
               "!{Target} should be underlined."),
        heldout=("underscore {target}", "draw a line beneath {target}", "give {target} an underline",
                 "!{Target} needs underlining.", "mark {target} with a line below it"),
    )


class Strikethrough(_Toggle):
    """Strike a span through."""

    name = "strikethrough"
    help_ref = "Strikethrough"
    command = ".uno:Strikeout"
    prop = {"strike": True}
    phrases = Phrases(
        train=("strike through {target}", "apply strikethrough to {target}", "cross out {target}",
               "put a line through {target}", "make {target} strikethrough", "format {target} as struck through",
               "!{Target} should be struck through."),
        heldout=("strike out {target}", "draw a line through the middle of {target}",
                 "mark {target} as deleted with a strikethrough", "!{Target} should be crossed out."),
    )


class Superscript(_Toggle):
    """Raise a short span to superscript."""

    name = "superscript"
    help_ref = "Making Text Superscript or Subscript"
    command = ".uno:SuperScript"
    prop = {"valign": "superscript"}
    words = (1, 3)
    struct_max_words = 4
    phrases = Phrases(
        train=("make {target} superscript", "raise {target} to superscript", "format {target} as superscript",
               "set {target} in superscript", "apply superscript to {target}", "turn {target} into superscript"),
        heldout=("put {target} above the baseline as a superscript", "!{Target} belongs in superscript.",
                 "lift {target} up into superscript", "superscript {target}"),
    )


class Subscript(_Toggle):
    """Lower a short span to subscript."""

    name = "subscript"
    help_ref = "Making Text Superscript or Subscript"
    command = ".uno:SubScript"
    prop = {"valign": "subscript"}
    words = (1, 3)
    struct_max_words = 4
    phrases = Phrases(
        train=("make {target} subscript", "lower {target} to subscript", "format {target} as subscript",
               "set {target} in subscript", "apply subscript to {target}", "turn {target} into subscript"),
        heldout=("drop {target} below the baseline as a subscript", "!{Target} belongs in subscript.",
                 "subscript {target}", "sink {target} into subscript"),
    )


FAMILIES: tuple[type[Task], ...] = (Bold, Italic, Underline, Strikethrough, Superscript, Subscript)

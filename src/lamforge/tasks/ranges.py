"""Paragraph ranges: one change to several consecutive paragraphs named by position.

"Justify the first two paragraphs", "double-space the last three paragraphs", "italicise the paragraphs under
Discussion", "indent the second and third paragraphs": the run is selected by number (``select_paragraphs``) and
changed at once. Runs are contiguous body paragraphs (no heading or table inside) that a reader counts the same
way whether or not they count short lines (:func:`lamforge.tasks.structural.run_refs`).
"""

from __future__ import annotations

import random
from typing import Any, Literal

from lamforge.tasks import steps
from lamforge.tasks.base import Task, TaskParams, TaskSplit, values_for
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.checks.edits import format_span, paragraph, set_layout
from lamforge.tasks.paragraphs import INDENT_STEP
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, fill
from lamforge.tasks.structural import pick_ref, run_refs, select_steps, struct_fill
from lamforge.tasks.targets import NoTarget, StructRef
from lamforge.tasks.templates import TemplateSpec
from lamforge.tasks.values import BASE_SPACING, LINE_SPACINGS

_OPS: dict[str, Phrases] = {
    "italic": Phrases(
        train=("make {target} italic", "italicize {target}", "put {target} in italics", "!{Target} should be italic."),
        heldout=("italicise {target}", "slant {target} in italic type"),
    ),
    "justify": Phrases(
        train=("justify {target}", "make {target} justified", "align {target} on both sides",
               "!{Target} should be justified."),
        heldout=("give {target} full justification", "spread {target} evenly between both margins"),
    ),
    "spacing": Phrases(
        train=("set the line spacing of {target} to {spacing}", "give {target} {spacing} line spacing",
               "make {target} {spacing}-spaced", "!{Target} should have {spacing} line spacing."),
        heldout=("space the lines of {target} at {spacing}", "apply {spacing} spacing between lines in {target}"),
    ),
    "indent": Phrases(
        train=("indent {target}", "increase the indent of {target}", "move {target} one indent to the right",
               "!{Target} should be indented."),
        heldout=("nudge {target} inward by one step", "push {target} in from the left margin"),
    ),
}
_SPACING_WORDS = {"1": "single", "2": "double"}
_RUN_KINDS = ("range_first", "range_last", "range_pair", "range_numbers", "section_all", "section_first",
              "section_last")


class RangeParams(TaskParams):
    """Paragraphs ``first``..``last`` (indices), how the request names them, the change and its value."""

    first: int
    last: int
    op: Literal["italic", "justify", "spacing", "indent"]
    value: str = ""
    ref: StructRef


class ParagraphRange(Task):
    """Italicise, justify, space or indent a run of consecutive paragraphs named by position."""

    name = "paragraph_range"
    category = "paragraph"
    help_ref = "Selecting Text"
    Params = RangeParams
    phrases = Phrases(train=tuple(c for p in _OPS.values() for c in p.train),
                      heldout=tuple(c for p in _OPS.values() for c in p.heldout))

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A run of 2-4 paragraphs with a name, and a change that alters at least one of them."""
        n = len(spec.paragraphs)
        cands = [(a, b, refs) for a in range(n) for b in range(a + 1, min(a + 4, n))
                 if all(p.block.role != "list" for p in spec.paragraphs[a:b + 1])  # list indents are list levels
                 and (refs := [r for r in run_refs(spec, a, b) if r.kind in _RUN_KINDS])]
        if not cands:
            raise NoTarget(f"{spec.name}: no run of paragraphs named by position")
        a, b, refs = rng.choice(cands)
        run = spec.paragraphs[a:b + 1]
        ops = ["italic", "indent"]
        if any(p.block.align != "justify" for p in run):
            ops.append("justify")
        spacings = [v for v in values_for(split, *LINE_SPACINGS)
                    if any(float(v) != (p.block.spacing or BASE_SPACING) for p in run)]
        if spacings:
            ops.append("spacing")
        op = rng.choice(ops)
        value = rng.choice(spacings) if op == "spacing" else ""
        return RangeParams(template=spec.name, first=a, last=b, op=op, value=value, ref=pick_ref(rng, refs))

    def cores(self, pool: Pool) -> tuple[str, ...]:
        """The change's phrasings."""
        return _OPS[self.params.op].get(pool)  # type: ignore[attr-defined]

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The run by position, and the spacing in words."""
        v = self.params.value  # type: ignore[attr-defined]
        return {"target": struct_fill(rng, self.params.ref, pool),  # type: ignore[attr-defined]
                "spacing": fill("{v}", v=_SPACING_WORDS.get(v, v))}

    def op_steps(self) -> list[dict[str, Any]]:
        """The button or the box."""
        p = self.params
        return [{"italic": steps.click(".uno:Italic"), "justify": steps.click(".uno:JustifyPara"),
                 "indent": steps.click(".uno:IncrementIndent"),
                 "spacing": steps.set_value(".uno:LineSpacing", p.value)}[p.op]]  # type: ignore[attr-defined]

    def solution(self) -> list[dict[str, Any]]:
        """Select the paragraphs by number, then change them."""
        return [*select_steps(self.params.ref), *self.op_steps()]  # type: ignore[attr-defined]

    def apply(self, model: DocModel) -> None:
        """Each paragraph of the run changed."""
        p = self.params
        for i in range(p.first, p.last + 1):  # type: ignore[attr-defined]
            para = paragraph(model, i)
            if p.op == "italic":  # type: ignore[attr-defined]
                format_span(model, i, 0, len(para.text), italic=True)
            elif p.op == "justify":  # type: ignore[attr-defined]
                set_layout(model, i, align="justify")
            elif p.op == "indent":  # type: ignore[attr-defined]
                set_layout(model, i, indent=para.indent + INDENT_STEP)
            else:
                set_layout(model, i, spacing=float(p.value))  # type: ignore[attr-defined]


FAMILIES = (ParagraphRange,)

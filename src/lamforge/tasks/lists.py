"""List families: turn a run of plain item lines into a bulleted or a numbered list.

The solution selects the first line, extends the selection down line by line (items are one
line each), then toggles the list; the check wants exactly those paragraphs in a list of that kind.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from lamforge.tasks import steps
from lamforge.tasks.base import Task, TaskParams, TaskSplit
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.checks.edits import set_layout
from lamforge.tasks.phrasing.common import PARA_REF
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, pick_fill
from lamforge.tasks.structural import STRUCT_RATE, paragraph_refs, pick_ref, run_refs, select_steps, struct_fill
from lamforge.tasks.targets import NoTarget, StructRef
from lamforge.tasks.templates import TemplateSpec

_COUNTS = ("one", "two", "three", "four", "five", "six")
RANGE_REF = Phrases(
    train=("the lines from '{a}' to '{b}'", 'the lines from "{a}" to "{b}"', "the {k} lines from '{a}' through '{b}'",
           "the items '{a}' to '{b}'"),
    heldout=("the lines starting at \u201c{a}\u201d and ending at \u201c{b}\u201d",
             "everything from '{a}' down to '{b}'",
             "the run of lines \u2018{a}\u2019 \u2026 \u2018{b}\u2019"),
)
SECTION_REF = Phrases(  # records written before sections were named by position (``by_heading``)
    train=(), heldout=("the {k} lines under the heading '{h}'", "the items listed under \u201c{h}\u201d")
)


class ItemRun(BaseModel):
    """``count`` consecutive item lines starting at paragraph ``para``; ``heading`` when they fill a section."""

    model_config = ConfigDict(frozen=True)
    para: int
    count: int
    first: str
    last: str
    heading: str = ""


class ListParams(TaskParams):
    """A run of item lines and how the request names it (``ref``: by position, without quotes)."""

    target: ItemRun
    by_heading: bool = False
    ref: StructRef | None = None


def _runs(spec: TemplateSpec) -> list[list[int]]:
    runs: list[list[int]] = []
    for p in spec.paragraphs:
        if p.block.role == "item" and len(p.text) <= 60 and spec.is_unique(p.text):
            if runs and runs[-1][-1] == p.index - 1:
                runs[-1].append(p.index)
                continue
            runs.append([p.index])
    return runs


class _ListFamily(Task):
    """Select a run of lines and toggle a list."""

    category: ClassVar[str] = "list"
    Params: ClassVar[type[TaskParams]] = ListParams
    command: ClassVar[str]
    kind: ClassVar[str]

    @classmethod
    def accepts(cls, spec: TemplateSpec) -> bool:
        """Templates with item lines."""
        return bool(_runs(spec))

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A sub-run of 1-4 lines named by its first and last lines (by position: ``struct_params_for``)."""
        runs = _runs(spec)
        if not runs:
            raise NoTarget(f"{spec.name}: no item lines")
        run = rng.choice(runs)
        head = spec.heading_of(run[0])
        n = rng.randint(1, min(4, len(run)))
        start = rng.randint(0, len(run) - n)
        chosen = run[start:start + n]
        ps = spec.paragraphs
        target = ItemRun(para=chosen[0], count=len(chosen), first=ps[chosen[0]].text, last=ps[chosen[-1]].text,
                         heading=head.text if head is not None else "")
        return ListParams(template=spec.name, target=target)

    structural_rate = STRUCT_RATE

    @classmethod
    def struct_params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """1-4 item lines named by position ("the first three lines under the Agenda heading")."""
        cands = []
        for run in _runs(spec):
            for i in range(len(run)):
                for j in range(i, min(i + 4, len(run))):
                    refs = run_refs(spec, run[i], run[j]) if j > i else paragraph_refs(spec, spec.paragraphs[run[i]])
                    if refs:
                        cands.append((run[i:j + 1], refs))
        if not cands:
            raise NoTarget(f"{spec.name}: no item lines named by position")
        chosen, refs = rng.choice(cands)
        ps = spec.paragraphs
        head = spec.heading_of(chosen[0])
        target = ItemRun(para=chosen[0], count=len(chosen), first=ps[chosen[0]].text, last=ps[chosen[-1]].text,
                         heading=head.text if head is not None else "")
        return ListParams(template=spec.name, target=target, ref=pick_ref(rng, refs))

    @property
    def target(self) -> ItemRun:
        """The lines acted on."""
        return self.params.target  # type: ignore[attr-defined]

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The run named by its first and last lines, by its heading or position, or as a single line."""
        t = self.target
        if self.params.ref is not None:  # type: ignore[attr-defined]
            return {"target": struct_fill(rng, self.params.ref, pool)}  # type: ignore[attr-defined]
        k = _COUNTS[t.count - 1]
        if self.params.by_heading:  # type: ignore[attr-defined]
            return {"target": pick_fill(rng, SECTION_REF, "heldout", h=t.heading, k=k)}
        if t.count == 1:
            return {"target": pick_fill(rng, PARA_REF["line"], pool, avoid_quote_in=t.first, q=t.first)}
        return {"target": pick_fill(rng, RANGE_REF, pool, avoid_quote_in=t.first + t.last, a=t.first, b=t.last,
                                    k=k)}

    def solution(self) -> list[dict[str, Any]]:
        """Select the first line, extend down to the last (or select the lines by number), toggle the list."""
        if self.params.ref is not None:  # type: ignore[attr-defined]
            return [*select_steps(self.params.ref), steps.click(self.command)]  # type: ignore[attr-defined]
        out = [steps.select(self.target.first)]
        if self.target.count > 1:
            out.append(steps.keys("+{DOWN}" * (self.target.count - 1)))
        return [*out, steps.click(self.command)]

    def apply(self, model: DocModel) -> None:
        """Each line of the run becomes a list entry of this kind."""
        for i in range(self.target.para, self.target.para + self.target.count):
            set_layout(model, i, list_kind=self.kind)


class Bullets(_ListFamily):
    """Make lines a bulleted list."""

    name = "bullets"
    help_ref = "Adding Bullets"
    command = ".uno:DefaultBullet"
    kind = "bullet"
    phrases = Phrases(
        train=("turn {target} into a bulleted list", "add bullets to {target}", "make {target} a bullet list",
               "format {target} as bullet points", "put bullets in front of {target}",
               "apply an unordered list to {target}", "!{Target} should be a bulleted list."),
        heldout=("bulletize {target}", "!{Target} should be bullet points.", "convert {target} to an unordered list",
                 "list {target} with bullet markers"),
    )


class Numbering(_ListFamily):
    """Make lines a numbered list."""

    name = "numbering"
    help_ref = "Adding Numbering"
    command = ".uno:DefaultNumbering"
    kind = "number"
    phrases = Phrases(
        train=("turn {target} into a numbered list", "number {target}", "add numbering to {target}",
               "format {target} as a numbered list", "make {target} an ordered list",
               "!{Target} should be a numbered list."),
        heldout=("!{Target} should be numbered 1, 2, 3.", "convert {target} to a numbered sequence",
                 "put numbers in front of {target}", "enumerate {target}"),
    )


FAMILIES = (Bullets, Numbering)

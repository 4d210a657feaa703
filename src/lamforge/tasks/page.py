"""Page families: a page break before or after a paragraph (after the last one: a blank page), landscape."""

from __future__ import annotations

import random
from typing import Any, ClassVar

from lamforge.tasks import steps
from lamforge.tasks.base import Task, TaskParams, TaskSplit
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.paragraphs import _ParaFamily
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, pick_fill
from lamforge.tasks.templates import TemplateSpec
from lamforge.tasks.templates.spec import Para


class PageBreak(_ParaFamily):
    """Start a paragraph on a new page."""

    name = "page_break"
    category = "page"
    help_ref = "Inserting and Deleting Page Breaks"
    anchor_at = "start"
    roles = ("heading", "body", "note", "meta")
    phrases = Phrases(
        train=("insert a page break before {target}", "start {target} on a new page",
               "put a page break in front of {target}", "add a page break just before {target}",
               "move {target} to the top of a new page", "!{Target} should begin on a new page."),
        heldout=("break the page right before {target}", "!I want {target} to open a fresh page.",
                 "push {target} onto the next page with a page break", "force a new page ahead of {target}"),
    )

    @classmethod
    def para_ok(cls, spec: TemplateSpec, p: Para) -> bool:
        """Not the first paragraph, nor one that already starts a section."""
        if p.index == 0:
            return False
        blocks = [b for b in spec.blocks if b.kind == "section" or (b.kind == "p" and b.text.strip())]
        pos = [i for i, b in enumerate(blocks) if b.kind == "p"][p.index]
        return blocks[pos - 1].kind != "section"

    def op_steps(self) -> list[dict[str, Any]]:
        """Go to the paragraph's start, click Insert Page Break."""
        return [steps.keys(self.start_keys()), steps.click(".uno:InsertPagebreak")]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """A page break before the paragraph."""
        return {"page_break": True}


class PageBreakAfter(_ParaFamily):
    """Start a new page after a paragraph; after the document's last paragraph that is a blank page at the end."""

    name = "page_break_after"
    category = "page"
    help_ref = "Inserting and Deleting Page Breaks"
    anchor_at = "end"
    roles = ("heading", "body", "note", "meta")
    phrases = Phrases(
        train=("insert a page break after {target}", "put a page break right after {target}",
               "add a page break just after {target}", "start a new page after {target}",
               "!I need a page break after {target}."),
        heldout=("break the page right after {target}", "!I want a new page to begin after {target}.",
                 "follow {target} with a page break", "begin the next page once {target} ends"),
    )

    @classmethod
    def para_ok(cls, spec: TemplateSpec, p: Para) -> bool:
        """A paragraph followed by another paragraph (not a table nor a section break), or the last block."""
        blocks = [b for b in spec.blocks if b.kind != "p" or b.text.strip()]
        pos = [i for i, b in enumerate(blocks) if b.kind == "p"][p.index]
        return pos + 1 == len(blocks) or blocks[pos + 1].kind == "p"

    def op_steps(self) -> list[dict[str, Any]]:
        """Go to the paragraph's end, click Insert Page Break (Writer starts an empty paragraph on a new page)."""
        return [steps.keys("{END}"), steps.click(".uno:InsertPagebreak")]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """Unused: the break belongs to what follows."""
        return {}

    def apply(self, model: DocModel) -> None:
        """The next paragraph starts a page; after the last one, the document ends with a blank page."""
        i = self.target.para
        if i + 1 < len(model.paragraphs):
            model.paragraphs[i + 1].page_break = True
        else:
            model.end_break = True


PAGE_REF = Phrases(
    train=("the page orientation", "the page", "the document's pages", "the page layout"),
    heldout=("the paper orientation", "the whole document's page setup", "the pages"),
)


class Landscape(Task):
    """Turn the page to landscape."""

    name = "landscape"
    category: ClassVar[str] = "page"
    help_ref = "Changing Page Orientation (Landscape or Portrait)"
    phrases = Phrases(
        train=("switch {page} to landscape", "change {page} to landscape", "set {page} to landscape orientation",
               "make {page} landscape", "rotate {page} to landscape", "!{Page} should be landscape."),
        heldout=("turn {page} sideways into landscape", "!I'd like {page} in landscape, not portrait.",
                 "lay {page} out in landscape format", "flip {page} to a landscape orientation"),
    )

    @classmethod
    def accepts(cls, spec: TemplateSpec) -> bool:
        """Single-section templates (one page style)."""
        return spec.sections == 1

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """Only the template."""
        return TaskParams(template=spec.name)

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The page reference."""
        return {"page": pick_fill(rng, PAGE_REF, pool)}

    def solution(self) -> list[dict[str, Any]]:
        """Format - Page Style: Orientation Landscape, OK."""
        return [steps.click(".uno:PageDialog"), steps.dialog_set("Orientation", "Landscape"), steps.dialog_click("OK")]

    def apply(self, model: DocModel) -> None:
        """Every page landscape."""
        model.landscape = True


FAMILIES = (PageBreak, PageBreakAfter, Landscape)

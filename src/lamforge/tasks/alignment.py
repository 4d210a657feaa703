"""Alignment families: left, centre, right and justified, one button each."""

from __future__ import annotations

from typing import Any, ClassVar

from lamforge.tasks import steps
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.paragraphs import _ParaFamily
from lamforge.tasks.phrasing.render import Phrases
from lamforge.tasks.templates import TemplateSpec
from lamforge.tasks.templates.spec import Para


def _align_of(p: Para) -> str:
    return p.block.align or "left"


class _Align(_ParaFamily):
    """Click one of the four alignment buttons."""

    help_ref = "Alignment"
    align: ClassVar[str]
    command: ClassVar[str]

    @classmethod
    def para_ok(cls, spec: TemplateSpec, p: Para) -> bool:
        """The paragraph is not already aligned this way (justified only for long paragraphs)."""
        if cls.align == "justify" and len(p.text) < 120:
            return False
        return _align_of(p) != cls.align

    def op_steps(self) -> list[dict[str, Any]]:
        """Click the alignment button."""
        return [steps.click(self.command)]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """The new alignment."""
        return {"align": self.align}


class AlignCenter(_Align):
    """Center a paragraph."""

    name = "align_center"
    align = "center"
    command = ".uno:CenterPara"
    phrases = Phrases(
        train=("center {target}", "centre {target}", "align {target} to the center", "make {target} centered",
               "set the alignment of {target} to center", "center-align {target}", "!{Target} should be centered."),
        heldout=("put {target} in the middle of the line", "!{Target} should be centred on the page.",
                 "horizontally centre {target}", "middle-align {target}"),
    )


class AlignLeft(_Align):
    """Left-align a paragraph."""

    name = "align_left"
    align = "left"
    command = ".uno:LeftPara"
    help_ref = "Align Left"
    phrases = Phrases(
        train=("left-align {target}", "align {target} to the left", "make {target} left aligned",
               "set the alignment of {target} to left", "align {target} left", "!{Target} should be left-aligned."),
        heldout=("push {target} over to the left margin", "!{Target} should line up on the left.",
                 "flush {target} left", "move {target} back to the left edge"),
    )


class AlignRight(_Align):
    """Right-align a paragraph."""

    name = "align_right"
    align = "right"
    command = ".uno:RightPara"
    help_ref = "Align Right"
    phrases = Phrases(
        train=("right-align {target}", "align {target} to the right", "make {target} right aligned",
               "set the alignment of {target} to right", "align {target} right", "!{Target} should be right-aligned."),
        heldout=("push {target} over to the right margin", "!{Target} should line up on the right.",
                 "flush {target} right", "move {target} to the right-hand edge"),
    )


class Justify(_Align):
    """Justify a long paragraph."""

    name = "justify"
    align = "justify"
    command = ".uno:JustifyPara"
    help_ref = "Justify"
    roles = ("body", "quote")
    phrases = Phrases(
        train=("justify {target}", "make {target} justified", "set {target} to justified alignment",
               "align {target} on both sides", "apply justified alignment to {target}",
               "!{Target} should be justified."),
        heldout=("spread {target} evenly between both margins", "!{Target} needs to be block-justified.",
                 "give {target} full justification", "line {target} up with both margins"),
    )


FAMILIES = (AlignCenter, AlignLeft, AlignRight, Justify)

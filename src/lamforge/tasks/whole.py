"""Whole-document families: one font, size, line spacing or colour for everything, upper or lower case throughout.

"Change the font of the whole document to Georgia", "make everything 14 pt", "use 1.5 line spacing throughout",
"make the whole document dark blue", "put all the text in capitals": select the whole document (``select_all``),
then one box or one command. The check expects every paragraph and every table cell changed (alignment is left
out: a title centred by hand and a table's cells would each need a rule of their own).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar, Literal

from lamforge.tasks import steps
from lamforge.tasks.base import Task, TaskParams, TaskSplit, values_for
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.checks.edits import format_everything, recase_everything, set_layout
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, fill, pick_fill
from lamforge.tasks.structural import struct_fill
from lamforge.tasks.targets import StructRef
from lamforge.tasks.templates import TemplateSpec
from lamforge.tasks.values import FONT_COLORS, FONT_NAMES, FONT_SIZES, LINE_SPACINGS

WHOLE = StructRef(kind="whole")

_FORMAT: dict[str, Phrases] = {
    "font": Phrases(
        train=("change the font of {doc} to {font}", "set {doc} in {font}", "use {font} for {doc}",
               "use {font} throughout", "switch {doc} to {font}", "!{Doc} should be in {font}."),
        heldout=("typeset {doc} in {font}", "!I'd like {font} used from top to bottom.",
                 "render {doc} using {font}"),
    ),
    "size": Phrases(
        train=("set the font size of {doc} to {size}", "make {doc} {size}", "change {doc} to {size}",
               "use {size} throughout", "!{Doc} should be {size}."),
        heldout=("scale {doc} to {size}", "!Every line from top to bottom ought to be {size}.",
                 "adjust the type size of {doc} to {size}"),
    ),
    "spacing": Phrases(
        train=("set the line spacing of {doc} to {spacing}", "give {doc} {spacing} line spacing",
               "use {spacing} line spacing throughout", "make {doc} {spacing}-spaced",
               "!{Doc} should have {spacing} line spacing."),
        heldout=("space the lines of {doc} at {spacing}", "!I'd like {spacing} spacing between the lines, "
                 "from top to bottom.", "adjust the line spacing in {doc} to {spacing}"),
    ),
    "color": Phrases(
        train=("make {doc} {color}", "change the font colour of {doc} to {color}", "colour {doc} {color}",
               "put {doc} in {color}", "set the text colour of {doc} to {color}", "!{Doc} should be {color}."),
        heldout=("tint the letters of {doc} {color}", "!I'd like every letter from top to bottom in {color}.",
                 "recolour {doc} to {color}"),
    ),
}
_SPACING_WORDS = {"1": "single", "2": "double"}
_COMMANDS = {"font": ".uno:CharFontName", "size": ".uno:FontHeight", "spacing": ".uno:LineSpacing",
             "color": ".uno:Color"}


class DocFormatParams(TaskParams):
    """One property for the whole document and its value (a font name, a size in points, a line spacing, a colour)."""

    op: Literal["font", "size", "spacing", "color"]
    value: str


class DocFormat(Task):
    """Set the font, the font size, the line spacing or the text colour of the whole document."""

    name = "doc_format"
    category = "formatting"
    help_ref = "Select All"
    Params = DocFormatParams
    phrases = Phrases(train=tuple(c for p in _FORMAT.values() for c in p.train),
                      heldout=tuple(c for p in _FORMAT.values() for c in p.heldout))

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A property and a value of the split that differs from the template's everywhere."""
        op = rng.choice(("font", "size", "spacing", "color"))
        if op == "color":
            value = rng.choice(values_for(split, *FONT_COLORS))
        elif op == "font":
            value = rng.choice(values_for(split, *FONT_NAMES))
        elif op == "size":
            value = str(rng.choice(values_for(split, *FONT_SIZES)))
        else:
            value = rng.choice(values_for(split, *LINE_SPACINGS))
        return DocFormatParams(template=spec.name, op=op, value=value)

    @property
    def structural(self) -> bool:
        """The whole document is named without quotes."""
        return True

    def cores(self, pool: Pool) -> tuple[str, ...]:
        """The property's phrasings."""
        return _FORMAT[self.params.op].get(pool)  # type: ignore[attr-defined]

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The whole document, and the value as a person says it."""
        from lamforge.tasks.fonts import FontName, FontSize

        v = self.params.value  # type: ignore[attr-defined]
        return {
            "doc": struct_fill(rng, WHOLE, pool),
            "font": pick_fill(rng, FontName.value_phrases, pool, v=v),
            "size": pick_fill(rng, FontSize.value_phrases, pool, v=v),
            "spacing": fill("{v}", v=_SPACING_WORDS.get(v, v)),
            "color": fill("{v}", v=v),
        }

    def solution(self) -> list[dict[str, Any]]:
        """Select everything, type the value into the box."""
        p = self.params
        return [steps.select_all(), steps.set_value(_COMMANDS[p.op], p.value)]  # type: ignore[attr-defined]

    def op_steps(self) -> list[dict[str, Any]]:
        """The box alone (for tests that apply it to another selection)."""
        return self.solution()[1:]

    def apply(self, model: DocModel) -> None:
        """Every character in the font or size, or every paragraph at the spacing."""
        p = self.params
        if p.op == "font":  # type: ignore[attr-defined]
            format_everything(model, font=p.value)  # type: ignore[attr-defined]
        elif p.op == "color":  # type: ignore[attr-defined]
            from lamforge.tasks.fonts import color_hex

            format_everything(model, color=color_hex(p.value))  # type: ignore[attr-defined]
        elif p.op == "size":  # type: ignore[attr-defined]
            format_everything(model, size=float(p.value))  # type: ignore[attr-defined]
        else:
            for i in range(len(model.paragraphs)):
                set_layout(model, i, spacing=float(p.value))  # type: ignore[attr-defined]


_CASE: dict[str, Phrases] = {
    "upper": Phrases(
        train=("make {doc} uppercase", "change {doc} to upper case", "put {doc} in all caps",
               "convert {doc} to capitals", "!{Doc} should be in capital letters."),
        heldout=("write {doc} in block capitals", "!Every letter from top to bottom should be a capital.",
                 "uppercase {doc}"),
    ),
    "lower": Phrases(
        train=("make {doc} lowercase", "change {doc} to lower case", "convert {doc} to small letters",
               "put {doc} in lowercase", "!{Doc} should be lowercase."),
        heldout=("lowercase {doc}", "decapitalize {doc}", "!Every letter from top to bottom should be small."),
    ),
}
_CASE_COMMANDS = {"upper": ".uno:ChangeCaseToUpper", "lower": ".uno:ChangeCaseToLower"}


class DocCaseParams(TaskParams):
    """Upper or lower case for the whole document."""

    op: Literal["upper", "lower"]


class DocCase(Task):
    """Change the case of the whole document (Format - Text - UPPERCASE or lowercase)."""

    name = "doc_case"
    category = "formatting"
    help_ref = "Changing the Case of Text"
    Params = DocCaseParams
    phrases = Phrases(train=_CASE["upper"].train + _CASE["lower"].train,
                      heldout=_CASE["upper"].heldout + _CASE["lower"].heldout)
    convert: ClassVar[dict[str, Any]] = {"upper": str.upper, "lower": str.lower}

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """Upper or lower case."""
        return DocCaseParams(template=spec.name, op=rng.choice(("upper", "lower")))

    @property
    def structural(self) -> bool:
        """The whole document is named without quotes."""
        return True

    def cores(self, pool: Pool) -> tuple[str, ...]:
        """The case's phrasings."""
        return _CASE[self.params.op].get(pool)  # type: ignore[attr-defined]

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The whole document."""
        return {"doc": struct_fill(rng, WHOLE, pool)}

    def solution(self) -> list[dict[str, Any]]:
        """Select everything, run the change-case command."""
        return [steps.select_all(), steps.click(_CASE_COMMANDS[self.params.op])]  # type: ignore[attr-defined]

    def op_steps(self) -> list[dict[str, Any]]:
        """The command alone."""
        return self.solution()[1:]

    def apply(self, model: DocModel) -> None:
        """Every paragraph and cell rewritten in the case, formatting kept."""
        recase_everything(model, self.convert[self.params.op])  # type: ignore[attr-defined]


FAMILIES = (DocFormat, DocCase)

"""Valued character formatting: font size, font name, font colour and highlighting of a span.

Select the span, then type a value into a Formatting-bar combo box. A size asked for without a
number ("make the title bigger") is one click on Format ▸ Text ▸ Increase / Decrease Size instead.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from lamforge.tasks import steps
from lamforge.tasks.base import TaskSplit, values_for
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.checks.edits import paragraph
from lamforge.tasks.formatting import PLAIN_ROLES, SpanParams, _SpanFamily
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, pick_fill
from lamforge.tasks.targets import SpanRef
from lamforge.tasks.templates import TemplateSpec
from lamforge.tasks.values import FONT_COLORS, FONT_NAMES, FONT_SIZES, HIGHLIGHTS


def color_hex(name: str) -> str:
    """The RGB the env's colour box sets for ``name``, as saved in .docx (``FF0000``)."""
    from lamforge.app.commands import COLORS

    return f"{COLORS[name]:06X}"


class _Valued(_SpanFamily):
    """A formatting combo box: type a value for the selection."""

    command: ClassVar[str]
    value_phrases: ClassVar[Phrases]
    value_slot: ClassVar[str] = "value"

    @property
    def value(self) -> Any:
        """The parameter value."""
        return self.params.value  # type: ignore[attr-defined]

    def value_text(self) -> str:
        """What the solution types into the box."""
        return str(self.value)

    def value_fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The value as the request says it."""
        return {self.value_slot: pick_fill(rng, self.value_phrases, pool, v=str(self.value))}

    def op_steps(self) -> list[dict[str, Any]]:
        """Type the value into the combo box."""
        return [steps.set_value(self.command, self.value_text())]


class SizeParams(SpanParams):
    """A span and a font size in points."""

    value: int


class FontSize(_Valued):
    """Set a span's font size."""

    name = "font_size"
    help_ref = "Font Size"
    Params = SizeParams
    command = ".uno:FontHeight"
    roles = (*PLAIN_ROLES, "heading", "title")
    value_slot = "size"
    value_phrases = Phrases(train=("{v} pt", "{v}-point", "{v} points", "size {v}"),
                            heldout=("{v}pt", "{v} pts", "{v}-pt"))
    phrases = Phrases(
        train=("set the font size of {target} to {size}", "make {target} {size}", "change {target} to {size}",
               "resize {target} to {size}", "use {size} for {target}", "set {target} in {size}",
               "change the text size of {target} to {size}", "!{Target} should be {size}."),
        heldout=("scale {target} to {size}", "adjust the type size of {target} to {size}",
                 "!The font of {target} ought to be {size}.", "give {target} a size of {size}"),
    )

    @classmethod
    def values(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec, target: SpanRef) -> dict[str, Any]:
        """A size of the split, never the title's own 26 pt."""
        return {"value": rng.choice([s for s in values_for(split, *FONT_SIZES) if s != 26])}

    def props(self) -> dict[str, Any]:
        """The direct size."""
        return {"size": float(self.value)}


class FontParams(SpanParams):
    """A span and a font family name."""

    value: str


class FontName(_Valued):
    """Set a span's font."""

    name = "font_name"
    help_ref = "Font Name"
    Params = FontParams
    command = ".uno:CharFontName"
    roles = (*PLAIN_ROLES, "heading", "title")
    value_slot = "font"
    value_phrases = Phrases(train=("{v}", "the {v} font", "{v} font"), heldout=("the {v} typeface", "{v}"))
    phrases = Phrases(
        train=("change the font of {target} to {font}", "set {target} in {font}", "use {font} for {target}",
               "apply {font} to {target}", "switch {target} to {font}", "format {target} with {font}",
               "!{Target} should be in {font}."),
        heldout=("typeset {target} in {font}", "render {target} using {font}", "give {target} {font}",
                 "!I'd like {target} displayed in {font}."),
    )

    @classmethod
    def values(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec, target: SpanRef) -> dict[str, Any]:
        """A font of the split."""
        return {"value": rng.choice(values_for(split, *FONT_NAMES))}

    def props(self) -> dict[str, Any]:
        """The direct font name."""
        return {"font": self.value}


class ColorParams(SpanParams):
    """A span and a colour name the colour box accepts."""

    value: str


class FontColor(_Valued):
    """Colour a span's text."""

    name = "font_color"
    help_ref = "Changing the Color of Text"
    Params = ColorParams
    command = ".uno:Color"
    roles = (*PLAIN_ROLES, "heading", "title")
    value_slot = "color"
    value_phrases = Phrases(train=("{v}",), heldout=("{v}",))
    phrases = Phrases(
        train=("make {target} {color}", "colour {target} {color}", "change the font colour of {target} to {color}",
               "set the text colour of {target} to {color}", "turn {target} {color}",
               "apply the {color} font colour to {target}", "color {target} {color}",
               "!{Target} should be {color}."),
        heldout=("paint {target} in {color}", "tint the letters of {target} {color}",
                 "!{Target} should be written in {color}.", "switch the lettering of {target} to {color}",
                 "recolour {target} to {color}"),
    )

    @classmethod
    def values(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec, target: SpanRef) -> dict[str, Any]:
        """A colour of the split."""
        return {"value": rng.choice(values_for(split, *FONT_COLORS))}

    def props(self) -> dict[str, Any]:
        """The direct colour, as saved."""
        return {"color": color_hex(self.value)}


class Highlight(_Valued):
    """Highlight a span."""

    name = "highlight"
    help_ref = "Character Highlighting Color"
    Params = ColorParams
    command = ".uno:BackColor"
    value_slot = "color"
    value_phrases = Phrases(train=("{v}",), heldout=("{v}",))
    phrases = Phrases(
        train=("highlight {target} in {color}", "highlight {target} with {color}",
               "apply a {color} highlight to {target}", "mark {target} with a {color} highlighter",
               "give {target} a {color} highlight", "set the highlighting of {target} to {color}",
               "!{Target} should be highlighted in {color}."),
        heldout=("shade the background of {target} {color}", "!{Target} deserves a {color} highlight.",
                 "use the {color} highlighter on {target}", "put a {color} marker over {target}"),
    )

    @classmethod
    def values(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec, target: SpanRef) -> dict[str, Any]:
        """A highlight colour of the split."""
        return {"value": rng.choice(values_for(split, *HIGHLIGHTS))}

    def props(self) -> dict[str, Any]:
        """The highlight colour, as saved."""
        return {"highlight": color_hex(self.value)}


# Increase / Decrease Size move the selection by 2 pt (measured on LibreOffice 7.4: 11 -> 13 -> 15, 26 -> 28,
# 11 -> 9 -> 7); text without a direct size has its paragraph style's
RESIZE_STEP_PT = 2.0


class _Resize(_SpanFamily):
    """One click on Increase or Decrease Size: every character of the span 2 pt larger or smaller."""

    roles = (*PLAIN_ROLES, "heading", "title")
    command: ClassVar[str]
    step: ClassVar[float]

    def op_steps(self) -> list[dict[str, Any]]:
        """Click the menu item."""
        return [steps.click(self.command)]

    def apply(self, model: DocModel) -> None:
        """Each character's size (direct, else its style's) moved by one step."""
        from lamforge.tasks.templates.render import style_size_pt

        p = paragraph(model, self.target.para)
        base = style_size_pt(p.style)
        for i in range(self.target.start, self.target.end):
            c = p.chars[i]
            p.chars[i] = c._replace(size=(c.size or base) + self.step)


class FontBigger(_Resize):
    """Make a span's text bigger without a size named."""

    name = "font_bigger"
    help_ref = "Font Size"
    command = ".uno:Grow"
    step = RESIZE_STEP_PT
    phrases = Phrases(
        train=("make {target} bigger", "make {target} larger", "increase the font size of {target}",
               "make the text of {target} bigger", "increase the size of {target}", "enlarge {target}",
               "make {target} a bit bigger", "bump up the font size of {target}", "!{Target} should be bigger.",
               "!{Target} is too small: make it larger."),
        heldout=("scale up {target}", "grow the lettering of {target}", "!{Target} needs a larger font.",
                 "!The letters of {target} ought to be larger."),
    )


class FontSmaller(_Resize):
    """Make a span's text smaller without a size named."""

    name = "font_smaller"
    help_ref = "Font Size"
    command = ".uno:Shrink"
    step = -RESIZE_STEP_PT
    phrases = Phrases(
        train=("make {target} smaller", "reduce the font size of {target}", "decrease the size of {target}",
               "make the text of {target} smaller", "shrink {target}", "make {target} a little smaller",
               "lower the font size of {target}", "!{Target} should be smaller.",
               "!{Target} is too big: make it smaller."),
        heldout=("scale down {target}", "tone down the size of {target}", "!{Target} needs a smaller font.",
                 "!The letters of {target} ought to be smaller."),
    )


FAMILIES = (FontSize, FontName, FontColor, Highlight, FontBigger, FontSmaller)

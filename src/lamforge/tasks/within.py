"""A character inside a word as subscript or superscript: the 2 in H2O, the 3 in cm3, the 2 in x2.

Chemical formulas take subscript digits (H2O, CO2, CH4, N2O); units and powers take superscript ones (m2, km2,
cm3, mm3, x2). The request names the character and its word without quotes ("make the 2 in H2O subscript"); the
solution selects the character inside the word (``select_text`` with ``within``) and presses the button.
"""

from __future__ import annotations

import random
import re
from typing import Any, Literal

from lamforge.tasks import steps
from lamforge.tasks.base import Task, TaskParams, TaskSplit
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.checks.edits import format_span
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool
from lamforge.tasks.structural import select_steps, struct_fill
from lamforge.tasks.targets import NoTarget, StructRef
from lamforge.tasks.templates import TemplateSpec

_FORMULA = re.compile(r"^(?:[A-Z][a-z]?\d?)+$")  # H2O, CO2, CH4, N2O
_POWER = re.compile(r"^(?:[kcm]?m|[a-z])[23]$")  # m2, km2, cm3, mm3, x2

_CORES: dict[str, Phrases] = {
    "subscript": Phrases(
        train=("make {target} subscript", "put {target} in subscript", "lower {target} to subscript",
               "format {target} as subscript", "!{Target} should be subscript."),
        heldout=("drop {target} below the baseline", "!{Target} belongs a little below the line.",
                 "sink {target} into subscript"),
    ),
    "superscript": Phrases(
        train=("make {target} superscript", "put {target} in superscript", "raise {target} to superscript",
               "format {target} as superscript", "!{Target} should be superscript."),
        heldout=("lift {target} above the baseline", "!{Target} belongs a little above the line.",
                 "hoist {target} into superscript"),
    ),
}


def scripted_words(spec: TemplateSpec) -> list[tuple[int, int, str, str, str]]:
    """(paragraph, offset of the character, word, character, subscript|superscript) for each usable word.

    A word qualifies when it holds exactly one digit and occurs once in the whole document.

    >>> from lamforge.tasks.templates import get_template
    >>> sorted(w for _, _, w, _, _ in scripted_words(get_template("pond_practical")))
    ['CO2', 'H2O', 'cm3', 'm2', 'x2']
    """
    out = []
    for p in spec.paragraphs:
        for m in re.finditer(r"(?<![\w-])[A-Za-z][A-Za-z\d]{1,5}(?![\w-])", p.text):
            word = m.group(0)
            digits = re.findall(r"\d", word)
            if len(digits) != 1 or not spec.is_unique(word):
                continue
            kind = "subscript" if _FORMULA.match(word) else "superscript" if _POWER.match(word) else ""
            if kind:
                k = word.index(digits[0])
                out.append((p.index, m.start() + k, word, digits[0], kind))
    return out


class WithinParams(TaskParams):
    """The character at ``start`` of paragraph ``para``, inside ``word``, and whether it goes down or up."""

    para: int
    start: int
    word: str
    char: str
    script: Literal["subscript", "superscript"]


class CharWithin(Task):
    """Lower or raise one character inside a word (a formula's digit, a unit's power)."""

    name = "char_within"
    category = "formatting"
    help_ref = "Making Text Superscript or Subscript"
    Params = WithinParams
    phrases = Phrases(train=_CORES["subscript"].train + _CORES["superscript"].train,
                      heldout=_CORES["subscript"].heldout + _CORES["superscript"].heldout)

    @classmethod
    def accepts(cls, spec: TemplateSpec) -> bool:
        """Templates with formulas or units."""
        return bool(scripted_words(spec))

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """One usable word and its digit."""
        words = scripted_words(spec)
        if not words:
            raise NoTarget(f"{spec.name}: no formula or unit")
        para, start, word, char, script = rng.choice(words)
        return WithinParams(template=spec.name, para=para, start=start, word=word, char=char, script=script)

    @property
    def ref(self) -> StructRef:
        """The character named inside its word."""
        p = self.params
        return StructRef(kind="within", start=p.para + 1, end=p.para + 1, name=p.word, text=p.char)  # type: ignore[attr-defined]

    @property
    def structural(self) -> bool:
        """The character is named by its place in a word, without quotes."""
        return True

    def cores(self, pool: Pool) -> tuple[str, ...]:
        """Subscript or superscript phrasings."""
        return _CORES[self.params.script].get(pool)  # type: ignore[attr-defined]

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """'the 2 in H2O'."""
        return {"target": struct_fill(rng, self.ref, pool)}

    def op_steps(self) -> list[dict[str, Any]]:
        """Click Subscript or Superscript."""
        return [steps.click(".uno:SubScript" if self.params.script == "subscript" else ".uno:SuperScript")]  # type: ignore[attr-defined]

    def solution(self) -> list[dict[str, Any]]:
        """Select the character inside its word, then the button."""
        return [*select_steps(self.ref), *self.op_steps()]

    def apply(self, model: DocModel) -> None:
        """The character lowered or raised."""
        p = self.params
        format_span(model, p.para, p.start, p.start + len(p.char), valign=p.script)  # type: ignore[attr-defined]


FAMILIES = (CharWithin,)

"""Find & Replace families: replace every occurrence of a repeated name; find all and format them.

Both go through the Find and Replace dialog. Targets are names that occur at least twice with the
same capitalisation everywhere, so the dialog's default (Match case off) finds exactly them.
"""

from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from lamforge.tasks import steps
from lamforge.tasks.base import Task, TaskParams, TaskSplit, values_for
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.checks.edits import format_everywhere, replace_everywhere
from lamforge.tasks.phrasing.common import NEW_TEXT
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, fill, pick_fill
from lamforge.tasks.targets import NoTarget
from lamforge.tasks.templates import TemplateSpec
from lamforge.tasks.values import NEW_NAMES

_SKIP_FIRST = frozenset("The January February March April May June July August September October November December "
                        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_NAME = re.compile(r"\b[A-Z][a-z]+(?:(?: (?:and|of))? (?:[A-Z][a-z]+|\d{2,4}))+\b")


def repeated_names(spec: TemplateSpec) -> list[str]:
    """Multi-word names occurring at least twice, always as whole words with the same capitalisation.

    >>> from lamforge.tasks.templates import get_template
    >>> repeated_names(get_template("quarterly_report"))
    ['Harbor Lights Coffee']
    """
    texts = spec.all_texts()
    out = set()
    for t in texts:
        for m in _NAME.finditer(t):
            name = m.group(0)
            if name.split(" ")[0] in _SKIP_FIRST or name in out:
                continue
            exact = sum(x.count(name) for x in texts)
            words = sum(len(re.findall(r"\b" + re.escape(name) + r"\b", x)) for x in texts)
            if exact >= 2 and exact == words == spec.count(name):
                out.add(name)
    return sorted(out)


class ReplaceParams(TaskParams):
    """The repeated name and its replacement."""

    old: str
    new: str


class _FindFamily(Task):
    """Shared sampling: a repeated name in the template."""

    category: ClassVar[str] = "editing"
    help_ref = "Finding and Replacing in Writer"

    @classmethod
    def accepts(cls, spec: TemplateSpec) -> bool:
        """Templates with a repeated name."""
        return bool(repeated_names(spec))


class ReplaceAll(_FindFamily):
    """Replace every occurrence of a name with another."""

    name = "replace_all"
    Params = ReplaceParams
    phrases = Phrases(
        train=("replace every {old} with {new}", "change all occurrences of {old} to {new}",
               "replace all instances of {old} with {new}", "use find and replace to change {old} to {new} everywhere",
               "rename {old} to {new} throughout the document", "!Every {old} should become {new}."),
        heldout=("swap each {old} for {new} across the whole document", "!Wherever it says {old}, it should say {new}.",
                 "globally substitute {new} for {old}", "find all {old} and turn them into {new}"),
    )

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A repeated name and a replacement of the split that is not in the document."""
        names = repeated_names(spec)
        if not names:
            raise NoTarget(f"{spec.name}: no repeated name")
        new = [n for n in values_for(split, *NEW_NAMES) if spec.count(n) == 0]
        return ReplaceParams(template=spec.name, old=rng.choice(names), new=rng.choice(new))

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """Old and new names, quoted."""
        p = self.params
        return {"old": pick_fill(rng, NEW_TEXT, pool, t=p.old), "new": pick_fill(rng, NEW_TEXT, pool, t=p.new)}  # type: ignore[attr-defined]

    def solution(self) -> list[dict[str, Any]]:
        """Find and Replace: Find, Replace, Replace All, Close."""
        p = self.params
        return [steps.click(".uno:SearchDialog"), steps.dialog_set("Find", p.old), steps.dialog_set("Replace", p.new),  # type: ignore[attr-defined]
                steps.dialog_click("Replace All"), steps.dialog_click("Close")]

    def apply(self, model: DocModel) -> None:
        """Every occurrence replaced, as plain text."""
        replace_everywhere(model, self.params.old, self.params.new)  # type: ignore[attr-defined]


class FindParams(TaskParams):
    """The repeated name to find and the format every occurrence gets."""

    text: str
    style: str = "italic"


# format word -> (toolbar command, character property); "underlined" reads as an adjective like the others
FIND_STYLES = {"italic": (".uno:Italic", "italic"), "bold": (".uno:Bold", "bold"),
               "underlined": (".uno:Underline", "underline")}


class FindFormat(_FindFamily):
    """Find every occurrence of a name and make them all italic, bold or underlined."""

    name = "find_format"
    Params = FindParams
    phrases = Phrases(
        train=("make every occurrence of {text} {style}", "find all {text} and make them {style}",
               "make every {text} in the document {style}", "use find to select every {text} and make it {style}",
               "format all instances of {text} as {style}", "!Every {text} should be {style}."),
        heldout=("!Each time {text} appears it should be {style}.", "search for {text} and make all hits {style}",
                 "turn each mention of {text} {style}"),
    )

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A repeated name and a format."""
        names = repeated_names(spec)
        if not names:
            raise NoTarget(f"{spec.name}: no repeated name")
        return FindParams(template=spec.name, text=rng.choice(names), style=rng.choice(sorted(FIND_STYLES)))

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The name, quoted, and the format's adjective."""
        p = self.params
        return {"text": pick_fill(rng, NEW_TEXT, pool, t=p.text), "style": fill("{v}", v=p.style)}  # type: ignore[attr-defined]

    def solution(self) -> list[dict[str, Any]]:
        """Find and Replace: Find, Find All, Close, then the format's button."""
        p = self.params
        return [steps.click(".uno:SearchDialog"), steps.dialog_set("Find", p.text),  # type: ignore[attr-defined]
                steps.dialog_click("Find All"), steps.dialog_click("Close"), steps.click(FIND_STYLES[p.style][0])]  # type: ignore[attr-defined]

    def apply(self, model: DocModel) -> None:
        """Every occurrence formatted."""
        p = self.params
        format_everywhere(model, p.text, **{FIND_STYLES[p.style][1]: True})  # type: ignore[attr-defined]


FAMILIES = (ReplaceAll, FindFormat)

"""Which task family (if any) a task-plan pair asks for: help-page link first, then text similarity.

A family describes itself by its docstring, its help page title and its training phrasings with
the slots filled by generic words ("make the text bold"); a pair's similarity to a family is the
best similarity to any of those texts. A pair read from a help page that a family links to
(``help_ref``) only competes among the linked families and needs a lower similarity, because the
link is evidence on its own; every other pair competes among all families and must clear the
main threshold, below which it is "not in our action space" (headers, frames, mail merge ...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from lamforge.tasks.base import Task
from lamforge.text.similarity import Matcher

# Generic words for the slots of family phrasings, so "{target}" reads like the abstract help tasks.
_SLOT_WORDS = {
    "target": "the text",
    "text": "a sentence",
    "cell": "a table cell",
    "table": "the table",
    "page": "the page",
    "old": "a word",
    "new": "another word",
    "size": "a larger size",
    "color": "a colour",
    "font": "another font",
    "spacing": "double",
    "r": "several",
    "c": "several",
    "n": "several",
}
_SLOT = re.compile(r"\{(\w+)\}")
FAMILY_PHRASINGS = 8  # training phrasings per family used as its description
# Writer features outside our action space that help pairs often talk about: a pair closer to one of
# these than to its best family is not instantiated (an explicit reject class keeps "use a frame to
# center text" away from align_center).
OUT_OF_SPACE = (
    "Insert or edit a frame", "Add a header or a footer to the page", "Insert a field or page numbers",
    "Mail merge letters and envelopes", "Insert an image, a chart or a drawing object",
    "Anchor and wrap an object", "Add a border or a background to a paragraph", "Hyphenate words",
    "Change AutoCorrect options", "Use the Navigator", "Insert a bookmark or a cross-reference",
    "Insert a footnote or an endnote", "Set text columns on the page", "Drop caps",
    "Set the width and position of a table", "Align the edges of a table", "Delete a whole table",
    "Track changes and comments", "Create an index or a table of contents",
    "Change settings in the Options dialog", "Create or modify a paragraph style or a page style",
    "Insert AutoText", "Master documents and sections", "Spelling, language and dictionaries",
    "Hide text or paragraphs", "Insert or delete rows and columns of a table", "Convert text into a table",
)
# How evolved pairs join two tasks (lamforge.data.plans.evolve_rules): each part must fit the family.
_CONNECTORS = re.compile(r"; after that, |, then | and then ")


def _generic(phrasing: str) -> str:
    def repl(m: re.Match[str]) -> str:
        word = _SLOT_WORDS.get(m.group(1).lower(), "it")
        return word[:1].upper() + word[1:] if m.group(1)[:1].isupper() else word

    return _SLOT.sub(repl, phrasing.lstrip("!"))


def family_texts(family: type[Task]) -> list[str]:
    """The texts a family is described by: docstring, help page title and generic training phrasings.

    >>> from lamforge.tasks.registry import get_family
    >>> family_texts(get_family("bold"))[:3]
    ['Make a span bold.', 'Bold', 'make the text bold']
    """
    doc = (family.__doc__ or family.name).strip().splitlines()[0]
    return [doc, family.help_ref, *(_generic(p) for p in family.phrases.train[:FAMILY_PHRASINGS])]


def pair_text(pair: dict[str, Any], with_steps: bool) -> str:
    """The pair's task, optionally followed by its plan steps."""
    plan = pair.get("plan") or pair.get("steps") or []
    return " ".join([pair["task"], *plan]) if with_steps else pair["task"]


def task_parts(task: str) -> list[str]:
    """The operations a composed task joins ("A; after that, B" -> [A, B]); one part otherwise.

    >>> task_parts("Make text bold; after that, center the title")
    ['Make text bold', 'center the title']
    """
    return [p for p in (s.strip() for s in _CONNECTORS.split(task)) if p]


def help_title(pair: dict[str, Any]) -> str:
    """Title of the help page the pair was read from ('' for evolved or non-help pairs)."""
    prov = pair.get("provenance") or {}
    return str(prov.get("title") or pair.get("help_page") or "")


@dataclass(frozen=True)
class FamilyMatch:
    """The family chosen for a pair (None: out of our action space), its similarity and how it was decided.

    ``route`` is ``help_ref`` (the pair's help page is linked from the family), ``similarity`` (best
    family over all), ``below_threshold`` or ``out_of_space`` (closer to a known unsupported feature).
    """

    family: type[Task] | None
    similarity: float
    route: str
    candidate: str = ""  # the best family's name, also when it was rejected


@dataclass(frozen=True)
class FamilyIndex:
    """Families with their description texts, scored against pairs in one batched similarity call.

    Attributes:
        families: the candidate families.
        threshold: similarity a pair needs to match a family when no help link applies.
        link_threshold: similarity a pair needs among the families linked to its help page.
        steps_weight: share of the score taken from task + steps (the rest from the task alone).
        link_margin: how far below the overall best family a linked family may score and still win
            (a page titled "Alignment" links only align_center, yet its "align right" pair is align_right).

    """

    families: Sequence[type[Task]]
    threshold: float
    link_threshold: float
    steps_weight: float = 0.3
    link_margin: float = 0.05

    def scores(self, pairs: Sequence[dict[str, Any]], matcher: Matcher) -> tuple[np.ndarray, np.ndarray]:
        """Matrix [pair, family] of similarities and the vector [pair] of out-of-space similarities.

        A text's similarity to a family is its best similarity to any of the family's texts; a
        composed pair's is the worst over its parts (every part must be about the family), and its
        out-of-space similarity the best over its parts.
        """
        texts = [t for fam in self.families for t in family_texts(fam)]
        owners = np.array([j for j, fam in enumerate(self.families) for _ in family_texts(fam)])
        parts = [task_parts(p["task"]) or [p["task"]] for p in pairs]
        flat = [t for ps in parts for t in ps]
        sim = matcher.similarity(flat, [*texts, *OUT_OF_SPACE])
        if self.steps_weight > 0:
            full = matcher.similarity([pair_text(p, True) for p in pairs], [*texts, *OUT_OF_SPACE])
            row_pair = np.repeat(np.arange(len(pairs)), [len(ps) for ps in parts])
            sim = (1 - self.steps_weight) * sim + self.steps_weight * full[row_pair]
        fam_sim = np.stack([sim[:, : len(texts)][:, owners == j].max(axis=1) for j in range(len(self.families))], 1)
        out_sim = sim[:, len(texts) :].max(axis=1)
        fam_scores = np.zeros((len(pairs), len(self.families)))
        out_scores = np.zeros(len(pairs))
        start = 0
        for i, ps in enumerate(parts):
            fam_scores[i] = fam_sim[start : start + len(ps)].min(axis=0)
            out_scores[i] = out_sim[start : start + len(ps)].max()
            start += len(ps)
        return fam_scores, out_scores

    def match(self, pairs: Sequence[dict[str, Any]], matcher: Matcher) -> list[FamilyMatch]:
        """The family of each pair, or a match with ``family=None`` saying why there is none."""
        scores, out_of_space = self.scores(pairs, matcher)
        out: list[FamilyMatch] = []
        for i, pair in enumerate(pairs):
            title = help_title(pair).casefold()
            linked = [j for j, f in enumerate(self.families) if title and f.help_ref.casefold() == title]
            j = int(np.argmax(scores[i]))
            best, name = float(scores[i, j]), self.families[j].name
            if linked:
                k = max(linked, key=lambda c: scores[i, c])
                near_best = scores[i, k] >= best - self.link_margin
                if scores[i, k] >= self.link_threshold and near_best and scores[i, k] >= out_of_space[i]:
                    out.append(FamilyMatch(self.families[k], float(scores[i, k]), "help_ref", self.families[k].name))
                    continue
            if out_of_space[i] > best:
                out.append(FamilyMatch(None, best, "out_of_space", name))
            elif best < self.threshold:
                out.append(FamilyMatch(None, best, "below_threshold", name))
            else:
                out.append(FamilyMatch(self.families[j], best, "similarity", name))
        return out

"""Recognise procedures on a flattened help page and turn each into a raw (task, steps) pair.

Two shapes are read here (dialog options are in :mod:`help_dialogs`):

* **list** procedures: an ordered list titled by the paragraph just before it ("To insert a table,
  do the following:") or by the nearest heading ("To Insert a Table With a Menu Command",
  "Inserting Tables"). A list with ``start="3"`` continues the previous one; a "do one of the
  following:" step is completed with the first option of the bullet list that follows.
* **inline** procedures: a sentence such as "To delete a frame, click the border of the frame, and
  then press Delete." whose clauses become the steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lamforge.data.plans.help_blocks import Block
from lamforge.data.plans.phrasing import task_from_heading, task_from_intro, task_from_purpose
from lamforge.data.plans.steps import (
    clean_step,
    is_instruction,
    normalise_text,
    split_clauses,
    split_sentences,
    strip_purpose,
)

_FOLLOWING_RE = re.compile(r",?\s*(?:and\s+)?do (?:one of )?the following(?: steps)?:?$", re.I)
_CHOOSE_FROM_RE = re.compile(r",?\s*and\s+(?:choose|select) (?:one of |from )?the following(?: options)?:?$", re.I)
_PURPOSE_RE = re.compile(r"^To ([^,]{3,150}), (.+)$")


@dataclass(frozen=True)
class RawPair:
    """A task and its steps as read from one page, before cleaning and de-duplication.

    Attributes:
        task: The request ("Insert a table from a toolbar").
        steps: The ordered plan steps.
        kind: How it was recognised: ``list``, ``inline`` or ``dialog_option``.
        section: The heading or sentence the task was derived from (kept as provenance).
        parent: The enclosing heading, which says what a generic section task applies to.

    """

    task: str
    steps: tuple[str, ...]
    kind: str
    section: str
    parent: str = ""


def _merge_alternative(step: str, option: str) -> str:
    """Complete "In your document, do one of the following:" with its first option."""
    option = strip_purpose(_CHOOSE_FROM_RE.sub("", option.strip()))
    head = _FOLLOWING_RE.sub("", step.strip()).strip()
    if not head:
        return option
    return f"{head}, {option[:1].lower()}{option[1:]}"


def _finish_steps(raw: list[str]) -> tuple[str, ...]:
    steps = []
    for item in raw:
        cleaned = clean_step(item)
        if cleaned is None or cleaned.endswith(":"):
            continue
        steps.append(cleaned)
    return tuple(steps)


def _list_title(blocks: list[Block], index: int, headings: dict[int, str]) -> tuple[str | None, str, str]:
    """Return (task, section it came from, parent heading that gives context) for a list."""
    prev = blocks[index - 1] if index > 0 else None
    if prev is not None and prev.kind == "para" and prev.text.endswith(":"):
        task = task_from_intro(prev.text)
        if task:
            return task, prev.text, ""
    levels = sorted(headings, reverse=True)
    for n, level in enumerate(levels):
        task = task_from_heading(headings[level])
        if task:
            parent = next((headings[lv] for lv in levels[n + 1 :] if headings[lv]), "")
            return task, headings[level], parent
    return None, headings[levels[0]] if levels else "", ""


def list_procedures(blocks: list[Block]) -> list[RawPair]:
    """Return the ordered-list procedures of a page (see the module docstring)."""
    found: list[tuple[str | None, str, str, list[str]]] = []
    headings: dict[int, str] = {}
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            headings = {lv: text for lv, text in headings.items() if lv < block.level}
            headings[block.level] = block.text
        elif block.kind == "ol" and not block.in_note:
            if block.start > 1 and found:
                found[-1][3].extend(block.items)
                continue
            task, section, parent = _list_title(blocks, i, headings)
            found.append((task, section, parent, list(block.items)))
        elif block.kind == "ul" and found and i > 0 and blocks[i - 1].kind == "ol":
            steps = found[-1][3]
            if steps and steps[-1].rstrip().endswith("following:") and block.items:
                steps[-1] = _merge_alternative(steps[-1], block.items[0])
    return [RawPair(t, _finish_steps(raw), "list", sec, parent) for t, sec, parent, raw in found if t]


def _inline_from_text(text: str) -> list[RawPair]:
    pairs: list[RawPair] = []
    current: tuple[str, str, list[str]] | None = None
    for sentence in split_sentences(normalise_text(text)):
        match = _PURPOSE_RE.match(sentence)
        if match and not sentence.endswith(":") and is_instruction(match.group(2)):
            task = task_from_purpose(match.group(1))
            if current is not None:
                pairs.append(RawPair(current[0], _finish_steps(current[2]), "inline", current[1]))
            current = (task, sentence, split_clauses(match.group(2).rstrip("."))) if task else None
        elif current is not None and is_instruction(sentence) and not sentence.lower().startswith("if "):
            current[2].extend(split_clauses(sentence.rstrip(".")))
        elif current is not None:
            pairs.append(RawPair(current[0], _finish_steps(current[2]), "inline", current[1]))
            current = None
    if current is not None:
        pairs.append(RawPair(current[0], _finish_steps(current[2]), "inline", current[1]))
    return pairs


def inline_procedures(blocks: list[Block]) -> list[RawPair]:
    """Return procedures written as one sentence ("To X, do A, and then B.") in paragraphs and bullets."""
    pairs: list[RawPair] = []
    for block in blocks:
        if block.kind == "para":
            pairs.extend(_inline_from_text(block.text))
        elif block.kind == "ul":
            for item in block.items:
                pairs.extend(_inline_from_text(item))
    return pairs

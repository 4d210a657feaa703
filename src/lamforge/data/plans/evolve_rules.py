"""Offline data evolving that is correct by construction (the default ``--evolve rules``).

The paper evolves each task into a harder one with GPT-4o (§3.1.4). Without a model, two moves make a
task harder while keeping its plan provably right:

* **specialise**: where a plan step has a slot ("select a font size", "the background color",
  "the page style"), fill it with a concrete value in the step *and* name the value in the task;
* **compose**: join two unrelated tasks from different pages into one request ("A, then b"), whose
  plan is A's plan followed by B's. A task that ends the session (print, export, close) only goes last.

Every evolved record keeps its ``parent_ids``. Both moves add at most ``max_extra_words`` words.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from lamforge.data.plans.build_config import PlansBuildConfig
from lamforge.data.plans.dedup import task_key
from lamforge.data.plans.filters import rejection
from lamforge.data.plans.lexicon import KEEP_CASE
from lamforge.data.plans.phrasing import with_app_context
from lamforge.data.plans.record import PlanRecord
from lamforge.data.plans.split import root_of, split_of

_CONTEXT_SUFFIX_RE = re.compile(r"\s+in (?:a Writer document|LibreOffice Writer|Writer)$")
_TERMINAL_RE = re.compile(r"^(?:print|export|save|close|send|exit|quit|e-?mail|mail|sign)\b", re.I)
_END = r"(?=[.,;]|$| (?:in|from|for|on|and)\b)"
_PICK = r"(?P<verb>select|choose|apply|click|double-click|right-click)"
# A step that already carries an example value would contradict the value we put in.
_HAS_EXAMPLE_RE = re.compile(r"\bfor example\b|\be\.g\.", re.I)
_CONNECTORS = (", then ", " and then ", "; after that, ")


@dataclass(frozen=True)
class Slot:
    """A generic phrase in a plan step that can take a concrete value.

    Attributes:
        name: Slot name recorded in provenance.
        pattern: Regex for the generic phrase; the optional group ``kind`` qualifies it.
        values: Concrete values to choose from (``|`` separates a pair such as rows|columns).
        step: Replacement for the phrase in the step, with ``{v}``/``{a}``/``{b}`` and ``{kind}``.
        task: Phrase appended to the task, same placeholders.
        noun: The slot's noun; a task that already names it ("Set the page style ...") is left alone.

    """

    name: str
    pattern: re.Pattern[str]
    values: tuple[str, ...]
    step: str
    task: str
    noun: str


SLOTS = (
    Slot(
        "font_size",
        re.compile(rf"\b(?:a|the) (?:new )?font size(?: that you want(?: to use)?)?{_END}", re.I),
        ("10 pt", "12 pt", "14 pt", "16 pt", "18 pt", "24 pt"),
        "a font size of {v}",
        ", using a font size of {v}",
        "font size",
    ),
    Slot(
        "color",
        re.compile(
            rf"\b{_PICK} (?:a|the) (?:(?P<kind>background|font|highlighting|line|border|text) )?colou?r"
            rf"(?: that you want(?: to (?:use|apply))?)?{_END}",
            re.I,
        ),
        ("Yellow", "Red", "Blue", "Green", "Orange", "Purple"),
        "{verb} the {kind}color {v}",
        ", using the {kind}color {v}",
        "color",
    ),
    Slot(
        "paragraph_style",
        re.compile(rf"\b{_PICK} (?:a|the) paragraph style(?: that you want(?: to (?:use|apply))?)?{_END}", re.I),
        ("Heading 1", "Heading 2", "Title", "Quotations", "Text Body"),
        '{verb} the "{v}" paragraph style',
        ', using the "{v}" paragraph style',
        "paragraph style",
    ),
    Slot(
        "page_style",
        re.compile(rf"\b{_PICK} (?:a|the) page style(?: that you want(?: to (?:use|apply))?)?{_END}", re.I),
        ("Landscape", "First Page", "Left Page", "Right Page"),
        '{verb} the "{v}" page style',
        ', using the "{v}" page style',
        "page style",
    ),
    Slot(
        "character_style",
        re.compile(rf"\b{_PICK} (?:a|the) character style(?: that you want(?: to (?:use|apply))?)?{_END}", re.I),
        ("Emphasis", "Strong Emphasis", "Source Text", "Quotation"),
        '{verb} the "{v}" character style',
        ', using the "{v}" character style',
        "character style",
    ),
    Slot(
        "table_size",
        re.compile(rf"\bthe numbers? of rows and columns(?: that you want)?{_END}", re.I),
        ("2|3", "3|4", "4|2", "5|3"),
        "{a} rows and {b} columns",
        ", with {a} rows and {b} columns",
        "rows",
    ),
    Slot(
        "name",
        re.compile(rf"\b(?P<verb>type|enter) (?:a|the) name(?: that you want)?{_END}", re.I),
        ("Intro", "Summary", "Notes", "Draft", "Appendix"),
        '{verb} the name "{v}"',
        ', naming it "{v}"',
        "name",
    ),
)


def strip_context(task: str) -> str:
    """Remove a trailing "in Writer"-style phrase (added back once to the evolved task)."""
    return _CONTEXT_SUFFIX_RE.sub("", task)


def _fill(template: str, value: str, match: re.Match[str]) -> str:
    a, _, b = value.partition("|")
    groups = match.groupdict()
    kind = groups.get("kind") or ""
    return template.format(v=value, a=a, b=b, kind=f"{kind.lower()} " if kind else "", verb=groups.get("verb") or "")


def _slot_hits(record: PlanRecord) -> list[tuple[Slot, int, re.Match[str]]]:
    """Return (slot, step index, match) for slots that occur in exactly one step of the plan."""
    hits = []
    for slot in SLOTS:
        found = [
            (i, m)
            for i, step in enumerate(record.plan)
            if (m := slot.pattern.search(step)) and not _HAS_EXAMPLE_RE.search(step)
        ]
        if len(found) == 1 and slot.noun not in record.task.lower():
            hits.append((slot, found[0][0], found[0][1]))
    return hits


def specialise(record: PlanRecord, rng: random.Random, limit: int) -> list[PlanRecord]:
    """Return up to ``limit`` variants of ``record`` with a slot filled by a concrete value."""
    hits = _slot_hits(record)
    out = []
    for n in range(min(limit, sum(len(s.values) for s, _, _ in hits))):
        slot, index, match = hits[n % len(hits)]
        used = {r.provenance["value"] for r in out if r.provenance["slot"] == slot.name}
        value = rng.choice([v for v in slot.values if v not in used])
        step = record.plan[index]
        plan = list(record.plan)
        plan[index] = step[: match.start()] + _fill(slot.step, value, match) + step[match.end() :]
        task = with_app_context(strip_context(record.task) + _fill(slot.task, value, match), record.task_id + value)
        provenance = {"method": "specialise", "slot": slot.name, "value": value}
        out.append(PlanRecord.create(task, plan, "evolved", parent_ids=(record.task_id,), provenance=provenance))
    return out


def _lower_first(task: str) -> str:
    first = task.split()[0]
    return task if first in KEEP_CASE or first.isupper() else task[:1].lower() + task[1:]


def compose(first: PlanRecord, second: PlanRecord, connector: str) -> PlanRecord:
    """Return the request "first, then second" with the two plans concatenated."""
    task = strip_context(first.task) + connector + _lower_first(strip_context(second.task))
    task = with_app_context(task, first.task_id + second.task_id)
    provenance = {"method": "compose", "connector": connector.strip(" ,;")}
    return PlanRecord.create(
        task, [*first.plan, *second.plan], "evolved", parent_ids=(first.task_id, second.task_id), provenance=provenance
    )


def _page(record: PlanRecord) -> str:
    return record.provenance.get("page") or record.provenance.get("plan_from") or record.task_id


def _acceptable(child: PlanRecord, parent: PlanRecord, config: PlansBuildConfig) -> bool:
    extra = len(child.task.split()) - len(parent.task.split())
    return extra <= config.max_extra_words and rejection(child, config) is None


def evolve_by_rules(base: list[PlanRecord], config: PlansBuildConfig, rng: random.Random) -> tuple[list, dict]:
    """Return (evolved records, counts): specialisations first, then compositions up to the target."""
    target = round(config.evolve_ratio * len(base))
    seen = {task_key(r.task) for r in base}
    evolved: list[PlanRecord] = []

    def add(child: PlanRecord, parent: PlanRecord) -> bool:
        key = task_key(child.task)
        if key in seen or not _acceptable(child, parent, config):
            return False
        seen.add(key)
        evolved.append(child)
        return True

    for record in base:
        for child in specialise(record, rng, config.max_specialisations):
            if len(evolved) < target:
                add(child, record)
    specialised = len(evolved)
    split = {r.task_id: split_of(root_of(r), config.seed, config.test_fraction) for r in base}
    firsts = [r for r in base if not _TERMINAL_RE.match(r.task)]
    attempts = 0
    while len(evolved) < target and firsts and attempts < 30 * max(1, target):
        attempts += 1
        a, b = rng.choice(firsts), rng.choice(base)
        if _page(a) == _page(b) or split[a.task_id] != split[b.task_id]:
            continue
        if a.provenance.get("kind") == b.provenance.get("kind") == "dialog_option":
            continue  # keep compositions about real work, not two settings in a row
        add(compose(a, b, rng.choice(_CONNECTORS)), a)
    counts = {"specialised": specialised, "composed": len(evolved) - specialised, "target": target}
    return evolved, counts

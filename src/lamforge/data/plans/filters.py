"""Cleaning: normalise every record, then drop those that are not usable Writer (task, plan) pairs.

The paper removes non-English entries, entries that are too short or too long, non-actionable ones
and ones about other applications (§3.1.2). Each rule here is one small predicate; every drop is
counted per rule and per source, and the counts go to stats.json.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lamforge.data.plans.build_config import PlansBuildConfig
from lamforge.data.plans.lexicon import UI_VERBS
from lamforge.data.plans.phrasing import finish
from lamforge.data.plans.record import PlanRecord
from lamforge.data.plans.steps import clean_step, is_instruction, normalise_text

FILTERS = (
    "empty",
    "non_english",
    "other_app",
    "task_too_short",
    "task_too_long",
    "plan_too_short",
    "plan_too_long",
    "step_too_long",
    "unclear_task",
    "non_actionable",
)

_EN_WORDS = frozenset(
    "the a an to of and or with your you is are this that it from by as at be can if not into then "
    "click select choose press type enter open text document page".split()
)
_FOREIGN_WORDS = frozenset(
    "der die das und ist nicht mit auf für sie ein eine zu von den dem im klicken wählen "
    "le la les des et est une un pour avec dans sur du cliquez "
    "el los las del y es una por para con que se lo haga clic "
    "il di che della nel fare "
    "het een van op voor niet klik "
    "o os da do em um uma não".split()
)
_OTHER_APP_RE = re.compile(
    r"\b(?:LibreOffice (?:Calc|Impress|Draw|Math|Base)|Calc|Impress|Excel|PowerPoint|Outlook|OneNote|Photoshop"
    r"|Google (?:Docs|Sheets|Slides|Drive)|Microsoft (?:Word|Excel|PowerPoint|Access)|MS Word|in Word"
    r"|Word (?:document|file|20\d\d|365)|iPhone|iPad|Android|[Ss]martphones?|[Ss]preadsheets?|[Ss]lides?"
    r"|[Pp]resentations?)\b"
)
_OTHER_APP_NOCASE_RE = re.compile(_OTHER_APP_RE.pattern, re.IGNORECASE)
# A task that points at something it does not name ("Apply this option") only makes sense on its page.
_DEICTIC_RE = re.compile(
    r"\b(?:this|these|that) (?:option|options|feature|command|setting|dialog|icon|function|button)\b", re.I
)
# Steps that point at a picture we dropped ("click this icon") cannot be followed from the text.
_UNRESOLVED_RE = re.compile(r"\b(?:this|the following) (?:icon|button)\b|\bclick here\b", re.I)
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def is_english(text: str) -> bool:
    """Guess whether ``text`` is English from function words and the share of non-ASCII letters.

    >>> is_english("Click the Borders tab and select a style.")
    True
    >>> is_english("Klicken Sie auf die Schaltfläche und wählen Sie.")
    False
    """
    words = [w.lower() for w in _WORD_RE.findall(text)]
    letters = "".join(words)
    if not letters:
        return False
    if sum(not ch.isascii() for ch in letters) / len(letters) > 0.15:
        return False
    english = sum(w in _EN_WORDS for w in words)
    foreign = sum(w in _FOREIGN_WORDS for w in words)
    return not (foreign >= 2 and foreign > english)


def mentions_other_app(text: str, *, ignore_case: bool = False) -> bool:
    """Return True when the text is about another application (Calc, Excel, a smartphone ...).

    ``ignore_case`` is for search queries, which people type in lower case.

    >>> mentions_other_app("Insert a table from a Calc spreadsheet"), mentions_other_app("Insert a table")
    (True, False)
    """
    pattern = _OTHER_APP_NOCASE_RE if ignore_case else _OTHER_APP_RE
    return pattern.search(text) is not None


def _has_ui_verb(step: str) -> bool:
    return any(w.lower() in UI_VERBS for w in re.findall(r"[A-Za-z-]+", step))


def normalise_record(record: PlanRecord) -> PlanRecord:
    """Return the record with whitespace, quotes, numbering and sentence ends normalised."""
    task = finish(normalise_text(record.task))
    plan = [s for s in (clean_step(step) for step in record.plan) if s]
    if task == record.task and tuple(plan) == record.plan:
        return record
    return record.with_content(task, plan)


def rejection(record: PlanRecord, config: PlansBuildConfig) -> str | None:
    """Return the name of the first filter that rejects ``record`` (see :data:`FILTERS`), or None."""
    if not record.task or not record.plan:
        return "empty"
    text = " ".join([record.task, *record.plan])
    if not is_english(text):
        return "non_english"
    if mentions_other_app(text):
        return "other_app"
    task_words = len(record.task.split())
    if task_words < config.min_task_words:
        return "task_too_short"
    if task_words > config.max_task_words:
        return "task_too_long"
    if len(record.plan) < config.min_steps:
        return "plan_too_short"
    if len(record.plan) > config.max_steps:
        return "plan_too_long"
    if any(len(step.split()) > config.max_step_words for step in record.plan):
        return "step_too_long"
    if _DEICTIC_RE.search(record.task):
        return "unclear_task"
    if any(_UNRESOLVED_RE.search(step) for step in record.plan):
        return "non_actionable"
    instructions = sum(is_instruction(step) for step in record.plan)
    if instructions / len(record.plan) < config.min_instruction_ratio or not any(map(_has_ui_verb, record.plan)):
        return "non_actionable"
    return None


def clean_records(records: list[PlanRecord], config: PlansBuildConfig) -> tuple[list[PlanRecord], dict]:
    """Normalise and filter ``records``; return (kept, {filter: {source: dropped}})."""
    kept: list[PlanRecord] = []
    dropped: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for record in records:
        record = normalise_record(record)
        reason = rejection(record, config)
        if reason is None:
            kept.append(record)
        else:
            dropped[reason][record.source] += 1
    return kept, {name: dict(sorted(dropped[name].items())) for name in FILTERS if name in dropped}

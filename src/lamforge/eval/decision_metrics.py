"""Offline decision metrics (the paper's Table 3), teacher-forced: one predicted step against the expert's.

Definitions (stated once here):

* **Object** right: the predicted control has the reference's label, or the same name once both are
  normalised (case, ``~`` mnemonics, a trailing ``...``). A document-level reference (no name, or
  "Document") matches a prediction that names no control or the Document.
* **Operation** right: the same function AND the same arguments, after normalisation: text is compared
  with curly quotes made straight, surrounding quotes dropped and whitespace collapsed (case kept: the
  text is what gets selected or typed); numbers compare by value (``"12"`` = ``12`` = ``12.0``); and the
  defaults of ``click_input`` (``button='left'``, ``double=False``) may be written or left out.
* **Status** right: the same CONTINUE / FINISH / CONFIRM.
* A **step succeeds** when all three are right; a **task succeeds** when all its steps do. An
  unparseable reply gets all three wrong. A task with no steps is a failure (nothing shows it would
  succeed), and rates over no steps or no tasks are 0.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

DEFAULT_ARGS: dict[str, dict[str, Any]] = {"click_input": {"button": "left", "double": False}}
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "})
_DOCUMENT_NAMES = frozenset({"", "document"})


def normalise_text(value: str) -> str:
    """Straight quotes, collapsed whitespace, one level of surrounding quotes removed.

    >>> normalise_text("  \u201cHello   world\u201d ")
    'Hello world'
    >>> normalise_text("it's")
    "it's"
    """
    s = re.sub(r"\s+", " ", value.translate(_QUOTES)).strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'":
        s = s[1:-1].strip()
    return s


def normalise_value(value: Any) -> Any:
    """A value in comparable form: numbers (also numeric strings) by value, text normalised.

    >>> normalise_value("12"), normalise_value(12.0), normalise_value(True), normalise_value(" Red ")
    ('#12', '#12', True, 'Red')
    """
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return f"#{float(value):g}"
    if isinstance(value, str):
        s = normalise_text(value)
        try:
            return f"#{float(s):g}"
        except ValueError:
            return s
    return value


def normalise_args(function: str, args: Mapping[str, Any] | None) -> dict[str, Any]:
    """Arguments without defaults, values normalised.

    >>> normalise_args("click_input", {"button": "left", "double": False})
    {}
    >>> normalise_args("select_text", {"text": "\u2018Q3 budget\u2019"})
    {'text': 'Q3 budget'}
    """
    defaults = DEFAULT_ARGS.get(function, {})
    out = {}
    for k, v in (args or {}).items():
        if k in defaults and v == defaults[k]:
            continue
        out[k] = normalise_value(v)
    return out


def normalise_name(name: Any) -> str:
    """A control name as compared: no mnemonic ``~``, no trailing ``...``, case-folded.

    >>> normalise_name("Insert ~Table..."), normalise_name(None)
    ('insert table', '')
    """
    s = str(name or "").replace("~", "").strip()
    s = re.sub(r"(\.\.\.|\u2026)$", "", s).strip()
    return re.sub(r"\s+", " ", s).casefold()


def same_object(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Whether the predicted control is the reference's (label or name)."""
    g_label, p_label = str(gold.get("control_label") or ""), str(pred.get("control_label") or "")
    g_name, p_name = normalise_name(gold.get("control_name")), normalise_name(pred.get("control_name"))
    if g_name in _DOCUMENT_NAMES:
        return p_name in _DOCUMENT_NAMES or (bool(g_label) and p_label == g_label)
    return (bool(g_label) and p_label == g_label) or p_name == g_name


def same_operation(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Whether the function and its normalised arguments are the reference's."""
    fn = str(gold.get("function") or "")
    if str(pred.get("function") or "") != fn:
        return False
    p_args, g_args = pred.get("args"), gold.get("args")
    if not isinstance(p_args, Mapping) and p_args is not None:
        return False
    return normalise_args(fn, p_args) == normalise_args(fn, g_args if isinstance(g_args, Mapping) else {})


@dataclass(frozen=True)
class StepScore:
    """Which parts of one predicted step were right."""

    object_ok: bool
    operation_ok: bool
    status_ok: bool

    @property
    def success(self) -> bool:
        """All three right."""
        return self.object_ok and self.operation_ok and self.status_ok


def score_step(pred: Mapping[str, Any] | None, gold: Mapping[str, Any]) -> StepScore:
    """Compare a parsed prediction (the seven keys; None when unparseable) with the reference step.

    >>> gold = {"control_label": "39", "control_name": "Bold", "function": "click_input", "args": {},
    ...         "status": "FINISH"}
    >>> score_step({"control_label": "7", "control_name": "bold", "function": "click_input",
    ...             "args": {"button": "left"}, "status": "CONTINUE"}, gold)
    StepScore(object_ok=True, operation_ok=True, status_ok=False)
    >>> score_step(None, gold).success
    False
    """
    if pred is None:
        return StepScore(False, False, False)
    status_ok = str(pred.get("status") or "").strip().upper() == str(gold.get("status") or "").strip().upper()
    return StepScore(same_object(pred, gold), same_operation(pred, gold), status_ok)


def task_success(steps: Sequence[StepScore]) -> bool:
    """All steps of a task right (a task with no steps fails).

    >>> task_success([StepScore(True, True, True)]), task_success([])
    (True, False)
    """
    return bool(steps) and all(s.success for s in steps)


def aggregate_offline(tasks: Mapping[str, Sequence[StepScore]]) -> dict[str, float | int]:
    """Table 3 figures from each task's step scores (task id -> steps in order).

    >>> ok, bad = StepScore(True, True, True), StepScore(True, False, True)
    >>> r = aggregate_offline({"a": [ok, ok], "b": [ok, bad]})
    >>> r["object_acc"], r["operation_acc"], r["step_success_rate"], r["tsr"]
    (1.0, 0.75, 0.75, 0.5)
    """
    steps = [s for seq in tasks.values() for s in seq]
    n, n_tasks = len(steps), len(tasks)

    def rate(k: int, d: int) -> float:
        return k / d if d else 0.0

    return {
        "object_acc": rate(sum(s.object_ok for s in steps), n),
        "operation_acc": rate(sum(s.operation_ok for s in steps), n),
        "status_acc": rate(sum(s.status_ok for s in steps), n),
        "step_success_rate": rate(sum(s.success for s in steps), n),
        "tsr": rate(sum(task_success(seq) for seq in tasks.values()), n_tasks),
        "n_steps": n,
        "n_tasks": n_tasks,
    }

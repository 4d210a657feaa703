"""Online metrics (the paper's Table 4) over saved episode rows: success, time, steps, latency, per family.

Definitions (stated once here):

* **TSR**: share of tasks whose saved document passes the task's checker. Rows with an infrastructure
  error count as failures (they are also counted in ``n_errors``).
* **Completion time** (``avg_time_s``): from the request to the final action, averaged over all tasks;
  ``avg_time_s_success`` averages successful tasks only (the paper's time ≈ steps × latency relation).
* **Completion steps** (``avg_steps``): steps of *successful* tasks, as in the paper; 0 when none succeeded.
* **Step latency** (``step_latency_s``): mean wall time of a step, over all steps of all tasks, with
  its model part (generation) and app part (LibreOffice running the action) reported separately;
  medians beside the means.
* Means over nothing are 0 (``n_tasks`` / ``n_success`` say how much each figure rests on).

The **seen / unseen phrasing** split: rows of the ``test-phrasing`` split (request phrasings never
used in training) form ``online_unseen_phrasing``; all other rows form the main online table.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence

from lamforge.eval.results import OnlineRow

UNSEEN_SPLIT = "test-phrasing"


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def _median(xs: Sequence[float]) -> float:
    return float(statistics.median(xs)) if xs else 0.0


def _quantile(xs: Sequence[float], q: float) -> float:
    """The ``q`` quantile (nearest rank) of ``xs``; 0 for none.

    >>> _quantile([1, 2, 3, 4, 100], 0.95), _quantile([], 0.5)
    (100.0, 0.0)
    """
    if not xs:
        return 0.0
    s = sorted(xs)
    return float(s[min(len(s) - 1, max(0, round(q * len(s) + 0.5) - 1))])


def aggregate_online(rows: Sequence[OnlineRow]) -> dict[str, float | int]:
    """Table 4 figures for one model's rows.

    >>> a = OnlineRow("m", "t1", success=True, n_steps=2, time_s=1.0, step_ms=[400, 600], model_ms=[300, 500],
    ...               app_ms=[10, 30])
    >>> b = OnlineRow("m", "t2", success=False, n_steps=1, time_s=2.0, step_ms=[2000], model_ms=[1900], app_ms=[5])
    >>> r = aggregate_online([a, b])
    >>> r["tsr"], r["avg_time_s"], r["avg_steps"], r["step_latency_s"], r["app_latency_s"]
    (0.5, 1.5, 2.0, 1.0, 0.015)
    """
    n = len(rows)
    ok = [r for r in rows if r.success]
    step = [x for r in rows for x in r.step_ms]
    model = [x for r in rows for x in r.model_ms]
    app = [x for r in rows for x in r.app_ms]
    tokens = [float(x) for r in rows for x in r.prompt_tokens]
    return {
        "tsr": len(ok) / n if n else 0.0,
        "avg_time_s": _mean([r.time_s for r in rows]),
        "avg_time_s_success": _mean([r.time_s for r in ok]),
        "avg_steps": _mean([r.n_steps for r in ok]),
        "avg_steps_all": _mean([r.n_steps for r in rows]),
        "step_latency_s": _mean(step) / 1000,
        "model_latency_s": _mean(model) / 1000,
        "app_latency_s": _mean(app) / 1000,
        "median_step_latency_s": _median(step) / 1000,
        "median_model_latency_s": _median(model) / 1000,
        "n_tasks": n,
        "n_success": len(ok),
        "n_steps_total": len(step),
        "n_errors": sum(bool(r.error) for r in rows),
        "n_rewritten": sum(r.rewritten for r in rows),
        "n_invented_selections": sum(r.invented for r in rows),
        "tsr_rewritten": _mean([float(r.success) for r in rows if r.rewritten]),
        "median_prompt_tokens": _median(tokens),
        "p95_prompt_tokens": _quantile(tokens, 0.95),
    }


def unseen_summary(rows: Sequence[OnlineRow]) -> dict[str, float | int]:
    """The ``online_unseen_phrasing`` figures: TSR, steps of successful tasks, task count, rewritten requests."""
    full = aggregate_online(rows)
    out = {"tsr": full["tsr"], "avg_steps": full["avg_steps"], "n_tasks": full["n_tasks"],
           "n_success": full["n_success"]}
    if full["n_rewritten"]:
        out["n_rewritten"] = full["n_rewritten"]
    return out


def split_rows(rows: Iterable[OnlineRow]) -> tuple[list[OnlineRow], list[OnlineRow]]:
    """``(seen, unseen)``: rows of the held-out-phrasing split apart from the rest.

    >>> seen, unseen = split_rows([OnlineRow("m", "a"), OnlineRow("m", "b", split="test-phrasing")])
    >>> [r.task_id for r in seen], [r.task_id for r in unseen]
    (['a'], ['b'])
    """
    seen, unseen = [], []
    for r in rows:
        (unseen if r.split == UNSEEN_SPLIT else seen).append(r)
    return seen, unseen


def per_family(rows: Iterable[OnlineRow]) -> dict[str, dict[str, float | int]]:
    """TSR, task count and mean steps of successful tasks for each family, families sorted.

    >>> per_family([OnlineRow("m", "a", family="bold", success=True, n_steps=2), OnlineRow("m", "b", family="bold")])
    {'bold': {'tsr': 0.5, 'n_tasks': 2, 'n_success': 1, 'avg_steps': 2.0}}
    """
    groups: dict[str, list[OnlineRow]] = defaultdict(list)
    for r in rows:
        groups[r.family or "?"].append(r)
    out = {}
    for fam in sorted(groups):
        g = groups[fam]
        ok = [r for r in g if r.success]
        out[fam] = {"tsr": len(ok) / len(g), "n_tasks": len(g), "n_success": len(ok),
                    "avg_steps": _mean([r.n_steps for r in ok])}
    return out

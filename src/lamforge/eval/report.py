"""Build ``report.json``, ``report.md`` and the plots from a results directory (saved rows only).

``report.json`` has one section per evaluation, each ``{MODEL: {figure: value}}`` with rates as
fractions in [0, 1] (extra figures beside the required ones)::

    {"plans":   {MODEL: {"tsr", "step_precision", "step_recall", ...}},
     "offline": {MODEL: {"object_acc", "operation_acc", "status_acc", "step_success_rate", "tsr", ...}},
     "online":  {MODEL: {"tsr", "avg_time_s", "avg_steps", "step_latency_s", "n_tasks", ...}},
     "online_unseen_phrasing": {MODEL: {"tsr", "avg_steps", "n_tasks", ...}},
     "online_per_family": {MODEL: {"seen": {FAMILY: {...}}, "unseen": {FAMILY: {...}}}},
     "online_pooled": {MODEL: {"tsr", "ci95", "n_tasks"}},       # both held-out splits, guidance on
     "online_model_only": {MODEL: {"tsr", "ci95", "n_tasks"}},   # both held-out splits, guidance off
     "reward_model": {"heldout_auc", "n", ...},                   # when the run directory is known
     "ladder": {"on"|"off": {"lam3-lam2": {"diff", "ci95", "n"}, ...}},  # paired differences between phases
     "meta": {...}}

Every online TSR carries ``ci95``, a percentile-bootstrap 95% interval over its tasks
(:mod:`lamforge.eval.intervals`). A model evaluated with the guidance off is saved under ``NAME-off``
(:data:`OFF_SUFFIX`); its rows form ``online_model_only`` under ``NAME``.

Models are ordered lam1…lam4, expert, random, then the rest by name.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lamforge.eval.decision_metrics import StepScore, aggregate_offline
from lamforge.eval.intervals import bootstrap_ci, paired_difference
from lamforge.eval.online_metrics import aggregate_online, per_family, split_rows, unseen_summary
from lamforge.eval.plan_judge import judge_scores
from lamforge.eval.plan_metrics import PlanScore, aggregate_plans
from lamforge.eval.results import OfflineRow, OnlineRow, PlanRow, read_kind
from lamforge.io.atomic import atomic_write_text, write_json

MODEL_ORDER = ("lam1", "lam2", "lam3", "lam4", "expert", "random")
OFF_SUFFIX = "-off"  # rows of a model run with the guidance off (model alone) are saved under NAME-off
PLOTS = ("tsr_per_phase.png", "tsr_per_family.png", "latency.png")


def order_models(names: Iterable[str]) -> list[str]:
    """Report order: the four phases, the expert, the random agent, then others alphabetically.

    >>> order_models(["random", "gpt-4o", "lam4", "lam1", "expert"])
    ['lam1', 'lam4', 'expert', 'random', 'gpt-4o']
    """
    names = set(names)
    known = [m for m in MODEL_ORDER if m in names]
    return known + sorted(names - set(known))


def _round(d: dict[str, Any], nd: int = 6) -> dict[str, Any]:
    return {k: round(v, nd) if isinstance(v, float) else v for k, v in d.items()}


def plans_section(rows: list[PlanRow]) -> dict[str, Any]:
    """Table 2 figures of one model (plus the judge's, when rows were judged)."""
    scores = [PlanScore(len(r.predicted), len(r.reference), tuple((int(i), int(j), float(s)) for i, j, s in r.pairs))
              for r in rows]
    out: dict[str, Any] = _round(aggregate_plans(scores))
    out["matcher"] = rows[0].matcher if rows else ""
    out["threshold"] = rows[0].threshold if rows else 0.0
    judged = [(r.judge, len(r.predicted), len(r.reference)) for r in rows if r.judge is not None]
    if judged:
        out["judge"] = _round(judge_scores(judged))
    return out


def offline_section(rows: list[OfflineRow]) -> dict[str, Any]:
    """Table 3 figures of one model (steps grouped by task, in step order)."""
    tasks: dict[str, list[tuple[int, StepScore]]] = defaultdict(list)
    for r in rows:
        tasks[r.task_id].append((r.step, StepScore(r.object_ok, r.operation_ok, r.status_ok)))
    grouped = {t: [s for _, s in sorted(v, key=lambda x: x[0])] for t, v in tasks.items()}
    out = _round(aggregate_offline(grouped))
    ms = sorted(r.model_ms for r in rows)
    out["median_model_latency_s"] = round(ms[len(ms) // 2] / 1000, 4) if ms else 0.0
    return out


def online_sections(rows: list[OnlineRow]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """``(online, online_unseen_phrasing, per-family)`` figures of one model, TSRs with their intervals."""
    seen, unseen = split_rows(rows)
    fam = {"seen": {k: _round(v) for k, v in per_family(seen).items()},
           "unseen": {k: _round(v) for k, v in per_family(unseen).items()}}
    main, other = _round(aggregate_online(seen)), _round(unseen_summary(unseen))
    main["ci95"] = list(bootstrap_ci([r.success for r in seen]))
    other["ci95"] = list(bootstrap_ci([r.success for r in unseen]))
    return main, other, fam


def pooled_section(rows: list[OnlineRow]) -> dict[str, Any]:
    """TSR over every held-out task of a model (both splits), with its 95% interval.

    >>> pooled_section([OnlineRow("m", "a", success=True), OnlineRow("m", "b", split="test-phrasing")])["tsr"]
    0.5
    """
    ok = [r.success for r in rows]
    return {"tsr": round(sum(ok) / len(ok), 6) if ok else 0.0, "ci95": list(bootstrap_ci(ok)), "n_tasks": len(ok)}


def ladder_section(rows: dict[str, list[OnlineRow]]) -> dict[str, Any]:
    """Each phase against the one before it (and LAM4 against LAM2) on the tasks both played, paired."""
    phases = [m for m in ("lam1", "lam2", "lam3", "lam4") if m in rows]
    pairs = list(zip(phases, phases[1:], strict=False))
    if "lam2" in rows and "lam4" in rows:
        pairs.append(("lam2", "lam4"))
    won = {m: {r.key(): r.success for r in rows[m]} for m in phases}
    return {f"{b}-{a}": paired_difference(won[a], won[b]) for a, b in pairs}


def reward_model_section(run_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """The reward model's held-out figures from its checkpoint metadata (``{}`` when there is none)."""
    import json

    meta = Path(run_dir) / "rm" / "lamforge_meta.json"
    if not meta.is_file():
        return {}
    metrics = json.loads(meta.read_text()).get("metrics", {})
    keys = ("heldout_auc", "heldout_n", "heldout_tasks", "used_for_rl", "reward")
    out = {k: metrics[k] for k in keys if k in metrics}
    if "heldout_n" in out:
        out["n"] = out.pop("heldout_n")
    return out


def build_report_data(results_dir: str | os.PathLike[str], run_dir: str | os.PathLike[str] | None = None
                      ) -> dict[str, Any]:
    """Every figure of ``report.json`` from the saved rows (no files written); ``run_dir``: the training run."""
    plans, offline, online = (read_kind(results_dir, k) for k in ("plans", "offline", "online"))
    guided = {m: rows for m, rows in online.items() if not m.endswith(OFF_SUFFIX)}
    alone = {m[: -len(OFF_SUFFIX)]: rows for m, rows in online.items() if m.endswith(OFF_SUFFIX)}
    report: dict[str, Any] = {
        "plans": {m: plans_section(plans[m]) for m in order_models(plans)},
        "offline": {m: offline_section(offline[m]) for m in order_models(offline)},
        "online": {},
        "online_unseen_phrasing": {},
        "online_per_family": {},
        "online_pooled": {m: pooled_section(guided[m]) for m in order_models(guided)},
        "online_model_only": {m: pooled_section(alone[m]) for m in order_models(alone)},
        "reward_model": reward_model_section(run_dir) if run_dir else {},
        "ladder": {"on": ladder_section(guided), "off": ladder_section(alone)},
    }
    for m in order_models(guided):
        report["online"][m], report["online_unseen_phrasing"][m], report["online_per_family"][m] = (
            online_sections(guided[m]))
    from lamforge import __version__

    report["meta"] = {
        "lamforge_version": __version__,
        "generated": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "results_dir": str(Path(results_dir).resolve()),
        "rates": "fractions in [0, 1]; times in seconds",
        "definitions": "lamforge.eval.plan_metrics, lamforge.eval.decision_metrics, lamforge.eval.online_metrics",
    }
    return report


def build_report(results_dir: str | os.PathLike[str], out_dir: str | os.PathLike[str], *,
                 plots: bool = True, run_dir: str | os.PathLike[str] | None = None) -> Path:
    """Write ``report.json``, ``report.md`` and the PNG plots into ``out_dir``; returns report.md's path."""
    from lamforge.eval.report_md import render_markdown

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = build_report_data(results_dir, run_dir)
    online_rows = read_kind(results_dir, "online")
    if plots:
        from lamforge.eval.report_plots import write_plots

        write_plots(data, online_rows, out)
    write_json(out / "report.json", data)
    return atomic_write_text(out / "report.md", render_markdown(data, plots=PLOTS if plots else ()))

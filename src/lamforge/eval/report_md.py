"""``report.md``: our three tables in the paper's layout, each beside the paper's own, plus phrasing and families.

Rates are shown as percentages (as the paper prints them); ``report.json`` keeps fractions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lamforge.eval import paper
from lamforge.eval.report import order_models

DASH = "–"


def pct(x: Any) -> str:
    """A fraction as a percentage with one decimal.

    >>> pct(0.8125), pct(None)
    ('81.2', '–')
    """
    return DASH if x is None else f"{100 * float(x):.1f}"


def num(x: Any, nd: int = 2) -> str:
    """A plain number.

    >>> num(5.4134), num(None)
    ('5.41', '–')
    """
    return DASH if x is None else f"{float(x):.{nd}f}"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured markdown table.

    >>> print(table(["a", "b"], [["1", "2"]]))
    | a | b |
    |---|---|
    | 1 | 2 |
    """
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _plans(data: dict[str, Any]) -> list[str]:
    ours = data["plans"]
    out = ["## Planning (Table 2)", ""]
    if ours:
        rows = [[m, *(pct(ours[m].get(k)) for k, _ in paper.PLAN_METRICS), str(ours[m].get("n_tasks", 0)),
                 f"{ours[m].get('matcher', '')} ≥ {ours[m].get('threshold', '')}"] for m in ours]
        out += ["lamforge (%):", "", table(["Model", *(h for _, h in paper.PLAN_METRICS), "Tasks", "Matcher"], rows)]
        judged = {m: v["judge"] for m, v in ours.items() if "judge" in v}
        if judged:
            rows = [[m, *(pct(j.get(k)) for k, _ in paper.PLAN_METRICS), str(j["n_judged"]), str(j["n_invalid"])]
                    for m, j in judged.items()]
            out += ["", "LLM judge (four subtasks, Appendix D) (%):", "",
                    table(["Model", *(h for _, h in paper.PLAN_METRICS), "Judged", "Invalid replies"], rows)]
    else:
        out.append("No planning results (run `lamforge eval plans`).")
    rows = [[m, *(num(v[k], 1) for k, _ in paper.PLAN_METRICS)] for m, v in paper.PLANS.items()]
    out += ["", f"The paper's own Table 2 ({paper.PAPER_LABEL}), %:", "",
            table(["Model", *(h for _, h in paper.PLAN_METRICS)], rows), ""]
    return out


def _metric_columns(title: str, ours: dict[str, Any], metrics: Sequence[tuple[str, str]], fmt: dict[str, Any],
                    extra: Sequence[tuple[str, str]] = ()) -> str:
    models = list(ours)
    rows = []
    for key, label in (*metrics, *extra):
        f = fmt.get(key, pct)
        rows.append([label, *(f(ours[m].get(key)) for m in models)])
    return table([title, *models], rows)


def _offline(data: dict[str, Any]) -> list[str]:
    ours = data["offline"]
    out = ["## Offline decision making (Table 3)", ""]
    if ours:
        out += ["lamforge (%; teacher-forced on held-out expert steps):", "",
                _metric_columns("Metric", ours, paper.OFFLINE_METRICS, {"n_steps": str, "n_tasks": str},
                                (("n_steps", "Steps"), ("n_tasks", "Tasks")))]
    else:
        out.append("No offline results (run `lamforge eval offline`).")
    out += ["", f"The paper's own Table 3 ({paper.PAPER_LABEL}), %:", "",
            _metric_columns("Metric", {m: {k: v / 100 for k, v in d.items()} for m, d in paper.OFFLINE.items()},
                            paper.OFFLINE_METRICS, {}), ""]
    return out


def _online(data: dict[str, Any]) -> list[str]:
    ours = data["online"]
    out = ["## Online, live LibreOffice Writer (Table 4)", ""]
    fmt = {"tsr": pct, "avg_time_s": num, "avg_steps": num, "step_latency_s": lambda x: num(x, 3),
           "model_latency_s": lambda x: num(x, 3), "app_latency_s": lambda x: num(x, 3),
           "median_step_latency_s": lambda x: num(x, 3), "n_tasks": str, "n_errors": str}
    extra = (("model_latency_s", "… model part (s)"), ("app_latency_s", "… app part (s)"),
             ("median_step_latency_s", "Median Step Latency (s)"), ("n_tasks", "Tasks"), ("n_errors", "Infra errors"))
    if ours:
        out += ["lamforge (test split: held-out templates and values, training phrasings):", "",
                _metric_columns("Metric", ours, paper.ONLINE_METRICS, fmt, extra)]
    else:
        out.append("No online results (run `lamforge eval online`).")
    scaled = {m: {**d, "tsr": d["tsr"] / 100} for m, d in paper.ONLINE.items()}
    out += ["", f"The paper's own Table 4 ({paper.PAPER_LABEL} served on 2× V100; GPT-4o via API):", "",
            _metric_columns("Metric", scaled, paper.ONLINE_METRICS, fmt), ""]
    return out


def _phrasing(data: dict[str, Any]) -> list[str]:
    seen, unseen, fams = data["online"], data["online_unseen_phrasing"], data.get("online_per_family", {})
    models = order_models(set(seen) | set(unseen))
    out = ["## Seen vs unseen request phrasings", ""]
    if not models:
        return [*out, "No online results.", ""]
    rows = []
    for m in models:
        s, u = seen.get(m, {}), unseen.get(m, {})
        gap = pct(s["tsr"] - u["tsr"]) if s.get("n_tasks") and u.get("n_tasks") else DASH
        rows.append([m, pct(s.get("tsr")) if s.get("n_tasks") else DASH, str(s.get("n_tasks", 0)),
                     pct(u.get("tsr")) if u.get("n_tasks") else DASH, str(u.get("n_tasks", 0)), gap])
    out += [table(["Model", "TSR seen (%)", "Tasks", "TSR unseen phrasing (%)", "Tasks", "Gap (points)"], rows), ""]
    families = sorted({f for m in models for part in fams.get(m, {}).values() for f in part})
    if families:
        rows = []
        for f in families:
            cells = []
            for m in models:
                part = fams.get(m, {})
                cells.append(" / ".join(_fam_cell(part.get(side, {}).get(f)) for side in ("seen", "unseen")))
            rows.append([f, *cells])
        out += ["Per family, TSR % (tasks) seen / unseen phrasing:", "", table(["Family", *models], rows), ""]
    return out


def _fam_cell(d: dict[str, Any] | None) -> str:
    return DASH if not d else f"{pct(d['tsr'])} ({d['n_tasks']})"


def _ladder(data: dict[str, Any]) -> list[str]:
    """The phase ladder on both held-out splits pooled: guidance on, guidance off, with 95% intervals."""
    on, off = data.get("online_pooled", {}), data.get("online_model_only", {})
    models = order_models(set(on) | set(off))
    if not models:
        return []
    def cell(d: dict[str, Any] | None) -> str:
        if not d or not d.get("n_tasks"):
            return DASH
        lo, hi = d.get("ci95", (0, 0))
        return f"{pct(d['tsr'])} [{pct(lo)}, {pct(hi)}] ({d['n_tasks']})"
    rows = [["guidance on (memory hint + request rewriting)", *(cell(on.get(m)) for m in models)],
            ["model alone (guidance off; the document guard stays)", *(cell(off.get(m)) for m in models)]]
    out = ["## The phase ladder, both held-out splits pooled", "",
           "TSR % [bootstrap 95% interval] (tasks):", "", table(["", *models], rows), ""]
    ladder = data.get("ladder", {})
    pairs = sorted({p for side in ladder.values() for p in side})
    if pairs:
        def diff(d: dict[str, Any] | None) -> str:
            if not d or not d.get("n"):
                return DASH
            return f"{100 * d['diff']:+.1f} [{100 * d['ci95'][0]:+.1f}, {100 * d['ci95'][1]:+.1f}] ({d['n']})"
        rows = [[p, diff(ladder.get("on", {}).get(p)), diff(ladder.get("off", {}).get(p))] for p in pairs]
        out += ["Differences between phases on the same tasks, points [paired bootstrap 95% interval] (tasks):", "",
                table(["", "guidance on", "model alone"], rows), ""]
    rm = data.get("reward_model") or {}
    if rm:
        out += [f"Reward model: held-out AUC {num(rm.get('heldout_auc'), 3)} on {rm.get('n', '?')} steps of tasks it "
                f"never trained on" + (f"; used as the RL reward: {rm['used_for_rl']}" if "used_for_rl" in rm else "")
                + ".", ""]
    return out


def observations(data: dict[str, Any]) -> list[str]:
    """Plain statements about the phase ordering, the expert and the random floor (online, else offline)."""
    notes = []
    for section in ("online", "offline"):
        tsr = {m: v["tsr"] for m, v in data[section].items() if v.get("n_tasks")}
        phases = [m for m in ("lam1", "lam2", "lam3", "lam4") if m in tsr]
        for a, b in zip(phases, phases[1:], strict=False):
            if tsr[b] > tsr[a]:
                notes.append(f"{section}: {b} TSR {pct(tsr[b])}% is above {a} ({pct(tsr[a])}%).")
            elif tsr[b] == tsr[a]:
                notes.append(f"{section}: {b} TSR {pct(tsr[b])}% equals {a}'s: that phase brought no gain on this run.")
            else:
                notes.append(f"{section}: {b} TSR {pct(tsr[b])}% is below {a} ({pct(tsr[a])}%): "
                             f"that phase did not help on this run.")
        if "lam4" in tsr and "expert" in tsr:
            rel = "above" if tsr["lam4"] > tsr["expert"] else "not above"
            notes.append(f"{section}: lam4 ({pct(tsr['lam4'])}%) is {rel} the grounding expert "
                         f"({pct(tsr['expert'])}%).")
        if "random" in tsr:
            notes.append(f"{section}: the random agent reaches {pct(tsr['random'])}%.")
    return notes


def render_markdown(data: dict[str, Any], plots: Sequence[str] = ()) -> str:
    """The whole report.md."""
    meta = data.get("meta", {})
    out = ["# lamforge evaluation report", "",
           f"Generated {meta.get('generated', '')} by lamforge {meta.get('lamforge_version', '')} from "
           f"`{meta.get('results_dir', '')}`. Our rates are percentages here (fractions in report.json). "
           f"The paper's figures are for Microsoft Word with a Mistral-7B LAM and GPT-4o baselines; ours are "
           "for LibreOffice Writer with lamforge's own models, tasks and checkers, so they are a reference "
           "point, not a like-for-like comparison.", ""]
    out += _plans(data) + _offline(data) + _online(data) + _ladder(data) + _phrasing(data)
    notes = observations(data)
    if notes:
        out += ["## Observations", "", *(f"- {n}" for n in notes), ""]
    if plots:
        out += ["## Plots", "", *(f"![{p[:-4]}]({p})" for p in plots), ""]
    out += ["Definitions: plan steps are matched one to one by sentence-embedding similarity; a plan succeeds when "
            "every reference step is matched. Offline accuracies are teacher-forced per step; a task succeeds when "
            "all its steps do. Online success is the task's checker on the saved .docx; completion steps count "
            "successful tasks only; step latency splits into the model's generation and LibreOffice's action "
            "(the rest of a step is observing the controls and building the prompt). "
            "See the docstrings of lamforge.eval.*_metrics.", ""]
    return "\n".join(out)

"""The report's tables printed with rich, for the terminal (the same figures as report.md)."""

from __future__ import annotations

from typing import Any

from lamforge.eval import paper
from lamforge.eval.report_md import num, pct


def _table(title: str, section: dict[str, Any], metrics: Any, fmt: dict[str, Any] | None = None) -> Any:
    from rich.table import Table

    fmt = fmt or {}
    t = Table(title=title, title_justify="left")
    t.add_column("Metric")
    for m in section:
        t.add_column(m, justify="right")
    for key, label in metrics:
        t.add_row(label, *(fmt.get(key, pct)(section[m].get(key)) for m in section))
    t.add_row("Tasks", *(str(section[m].get("n_tasks", 0)) for m in section))
    return t


def print_report(data: dict[str, Any], console: Any = None) -> None:
    """Print Table 2, 3 and 4 (ours) and the seen/unseen phrasing TSR; skip sections without results."""
    from rich.console import Console

    console = console or Console()
    if data.get("plans"):
        console.print(_table("Planning (Table 2), %", data["plans"], paper.PLAN_METRICS))
    if data.get("offline"):
        console.print(_table("Offline decision making (Table 3), %", data["offline"], paper.OFFLINE_METRICS))
    if data.get("online"):
        fmt = {"tsr": pct, "avg_time_s": num, "avg_steps": num, "step_latency_s": lambda x: num(x, 3),
               "model_latency_s": lambda x: num(x, 3), "app_latency_s": lambda x: num(x, 3)}
        metrics = (*paper.ONLINE_METRICS, ("model_latency_s", "… model part (s)"), ("app_latency_s", "… app part (s)"))
        console.print(_table("Online (Table 4)", data["online"], metrics, fmt))
    unseen = {m: v for m, v in data.get("online_unseen_phrasing", {}).items() if v.get("n_tasks")}
    if unseen:
        console.print(_table("Online, unseen request phrasings", unseen,
                             (("tsr", "Task Success Rate (%)"), ("avg_steps", "Task Completion Steps")),
                             {"tsr": pct, "avg_steps": num}))

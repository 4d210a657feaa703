"""``lamforge collect``: run the expert on task instances in LibreOffice, judge, write samples."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from lamforge.app.rollouts import BACKEND_HELP, RAY_ADDRESS_HELP


def collect(
    tasks: Path = typer.Argument(..., help="Tasks JSONL from `lamforge tasks generate`."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder."),
    expert: str = typer.Option("grounding", "--expert", help="Expert: grounding (offline) or llm."),
    workers: int = typer.Option(2, "--workers", "-k", help="Parallel LibreOffice sessions (ray: 0 = one per CPU)."),
    backend: str = typer.Option(None, "--backend", help=BACKEND_HELP),
    ray_address: str = typer.Option(None, "--ray-address", help=RAY_ADDRESS_HELP),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N tasks."),
    prompt_style: str = typer.Option("compact", "--prompt-style", help="compact (tiny models) or full."),
) -> None:
    """Collect expert trajectories: pass.jsonl, fail.jsonl, samples.jsonl, summary.json (resumable)."""
    from rich.console import Console
    from rich.table import Table

    from lamforge.app.ray_workers import RayUnavailable
    from lamforge.app.rollouts import resolve_backend
    from lamforge.cli.common import BadInput, check_writable
    from lamforge.data.collect.collect import run
    from lamforge.data.collect.collect_config import CollectConfig

    if not tasks.is_file():
        typer.echo(f"error: no such tasks file: {tasks}", err=True)
        raise typer.Exit(2)
    try:
        if out.exists() and not out.is_dir():
            raise BadInput(f"--out is not a directory: {out}")
        check_writable(out / "pass.jsonl", "--out")
    except BadInput as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    cfg = CollectConfig(tasks=tasks, out=out, expert=expert, workers=workers, limit=limit, prompt_style=prompt_style,
                        backend=backend, ray_address=ray_address)
    try:
        resolve_backend(backend, ray_address)
        folder = run(cfg)
    except (ValueError, RayUnavailable) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    s = json.loads((folder / "summary.json").read_text())
    t = Table("family", "tasks", "pass", "yield", title=f"expert yield {s['yield']:.0%} ({s['pass']}/{s['tasks']})")
    for fam, v in s["per_family"].items():
        t.add_row(fam, str(v["tasks"]), str(v["pass"]), f"{v['yield']:.0%}")
    con = Console()
    con.print(t)
    con.print(f"{s['samples']} training samples; {s['tasks_per_s']} tasks/s; wrote {folder}")

"""``lamforge instantiate``: turn task-plan pairs into concrete task records that ``lamforge collect`` runs."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from lamforge.data.instantiate.instantiate_config import default_for, help_for


def instantiate(
    plans: Path = typer.Argument(..., help=help_for("plans")),
    out: Path = typer.Option(..., "--out", "-o", help=help_for("out")),
    n: int = typer.Option(default_for("n"), "--n", help=help_for("n")),
    seed: int = typer.Option(default_for("seed"), "--seed", help=help_for("seed")),
    split: str = typer.Option(default_for("split"), "--split", help=help_for("split")),
    limit: int | None = typer.Option(None, "--limit", help=help_for("limit")),
    matcher: str = typer.Option(default_for("matcher"), "--matcher", help=help_for("matcher")),
    threshold: float | None = typer.Option(None, "--threshold", help=help_for("threshold")),
    link_threshold: float | None = typer.Option(None, "--link-threshold", help=help_for("link_threshold")),
    llm_base_url: str | None = typer.Option(None, "--llm-base-url", help=help_for("llm_base_url")),
    llm_model: str | None = typer.Option(None, "--llm-model", help=help_for("llm_model")),
    llm_api_key_env: str = typer.Option(default_for("llm_api_key_env"), "--llm-api-key-env",
                                        help=help_for("llm_api_key_env")),
    llm_max_retries: int = typer.Option(default_for("llm_max_retries"), "--llm-max-retries",
                                        help=help_for("llm_max_retries")),
    resume: bool = typer.Option(default_for("resume"), "--resume/--no-resume", help=help_for("resume")),
    progress: bool = typer.Option(default_for("progress"), "--progress/--no-progress", help=help_for("progress")),
) -> None:
    """Instantiate task-plan pairs: match a task family, choose a template, sample parameters (OUT + summary)."""
    from rich.console import Console
    from rich.table import Table

    from lamforge.data.instantiate.instantiate import run, summary_path
    from lamforge.data.instantiate.instantiate_config import InstantiateConfig
    from lamforge.text.similarity import MatcherUnavailable

    if not plans.is_file():
        typer.echo(f"error: no such plans file: {plans}", err=True)
        raise typer.Exit(2)
    try:
        cfg = InstantiateConfig(
            plans=plans, out=out, n=n, seed=seed, split=split, limit=limit, matcher=matcher, threshold=threshold,
            link_threshold=link_threshold, llm_base_url=llm_base_url, llm_model=llm_model,
            llm_api_key_env=llm_api_key_env, llm_max_retries=llm_max_retries, resume=resume, progress=progress,
        )
        path = run(cfg)
    except (ValueError, MatcherUnavailable) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    s = json.loads(summary_path(path).read_text())
    t = Table("family", "tasks", title=f"{s['matched_pairs']}/{s['pairs']} pairs matched a family ({s['matcher']})")
    for fam, count in s["per_family"].items():
        t.add_row(fam, str(count))
    con = Console()
    con.print(t)
    con.print(f"{s['tasks']} tasks; skipped (no family in our action space): {s['skipped_no_family']}; "
              f"dropped: {s['dropped'] or 'none'}; {s['seconds']} s; wrote {path}")

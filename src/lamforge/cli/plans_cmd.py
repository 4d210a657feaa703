"""``lamforge plans ...``: build the task-plan (phase-1) data set and print its statistics."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from lamforge.data.plans.build_config import default_for, help_for

app = typer.Typer(
    help="Task-plan data: help pages, how-to articles, queries → (task, plan) pairs.", no_args_is_help=True
)


@app.command("build")
def build(
    out: Path = typer.Option(..., "--out", "-o", help=help_for("out_dir")),
    help_dir: Path = typer.Option(Path(default_for("help_dir")), "--help-dir", help=help_for("help_dir")),
    wikihow: Path | None = typer.Option(None, "--wikihow", help=help_for("wikihow")),
    queries: Path | None = typer.Option(None, "--queries", help=help_for("queries")),
    evolve: str = typer.Option(default_for("evolve"), "--evolve", help=help_for("evolve")),
    seed: int = typer.Option(default_for("seed"), "--seed", help=help_for("seed")),
    evolve_ratio: float = typer.Option(default_for("evolve_ratio"), "--evolve-ratio", help=help_for("evolve_ratio")),
    dedup_threshold: float = typer.Option(
        default_for("dedup_threshold"), "--dedup-threshold", help=help_for("dedup_threshold")
    ),
    query_threshold: float = typer.Option(
        default_for("query_threshold"), "--query-threshold", help=help_for("query_threshold")
    ),
    shared: bool = typer.Option(default_for("include_shared"), "--shared/--no-shared", help=help_for("include_shared")),
    dialog_options: bool = typer.Option(
        default_for("dialog_options"), "--dialog-options/--no-dialog-options", help=help_for("dialog_options")
    ),
    llm_base_url: str | None = typer.Option(None, "--llm-base-url", help=help_for("llm_base_url")),
    llm_model: str | None = typer.Option(None, "--llm-model", help=help_for("llm_model")),
    llm_api_key_env: str = typer.Option(
        default_for("llm_api_key_env"), "--llm-api-key-env", help=help_for("llm_api_key_env")
    ),
    llm_max_retries: int = typer.Option(
        default_for("llm_max_retries"), "--llm-max-retries", help=help_for("llm_max_retries")
    ),
    llm_max_pairs: int = typer.Option(default_for("llm_max_pairs"), "--llm-max-pairs", help=help_for("llm_max_pairs")),
    test_fraction: float = typer.Option(
        default_for("test_fraction"), "--test-fraction", help=help_for("test_fraction")
    ),
    resume: bool = typer.Option(default_for("resume"), "--resume/--no-resume", help=help_for("resume")),
    progress: bool = typer.Option(default_for("progress"), "--progress/--no-progress", help=help_for("progress")),
) -> None:
    """Build OUT/plans.jsonl, OUT/stats.json and the Hugging Face copy OUT/hf."""
    from rich.console import Console

    from lamforge.data.plans.build import run
    from lamforge.data.plans.build_config import PlansBuildConfig
    from lamforge.data.plans.stats_view import load_stats, stats_tables

    try:
        config = PlansBuildConfig(
            out_dir=str(out),
            help_dir=str(help_dir),
            include_shared=shared,
            dialog_options=dialog_options,
            wikihow=str(wikihow) if wikihow else None,
            queries=str(queries) if queries else None,
            seed=seed,
            dedup_threshold=dedup_threshold,
            query_threshold=query_threshold,
            evolve=evolve,
            evolve_ratio=evolve_ratio,
            llm_base_url=llm_base_url,
            llm_model=llm_model,
            llm_api_key_env=llm_api_key_env,
            llm_max_retries=llm_max_retries,
            llm_max_pairs=llm_max_pairs,
            test_fraction=test_fraction,
            resume=resume,
            progress=progress,
        )
        for path in (wikihow, queries):
            if path is not None and not path.is_file():
                raise ValueError(f"no such file: {path}")
        started = time.perf_counter()
        plans = run(config)
    except (ValueError, FileNotFoundError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    console = Console()
    for table in stats_tables(load_stats(out)):
        console.print(table)
    console.print(f"wrote {plans} in {time.perf_counter() - started:.1f} s")


@app.command("stats")
def stats(out: Path = typer.Argument(..., help="A build folder (holding stats.json).")) -> None:
    """Print the statistics table of a finished build."""
    from rich.console import Console

    from lamforge.data.plans.stats_view import load_stats, stats_tables

    if not (out / "stats.json").is_file():
        typer.echo(f"error: no stats.json in {out}", err=True)
        raise typer.Exit(2)
    console = Console()
    for table in stats_tables(load_stats(out)):
        console.print(table)

"""``lamforge demo``: the whole pipeline on the embedded defaults, with one report at the end."""

from __future__ import annotations

from pathlib import Path

import typer


def demo(
    out: Path = typer.Option(Path("runs/demo"), "--out", "-o", help="Output folder (an interrupted demo resumes)."),
    quick: bool = typer.Option(False, "--quick", help="A smaller run for smoke tests (a few minutes)."),
    workers: int | None = typer.Option(None, "--workers", "-k", help="Parallel LibreOffice sessions (default 2)."),
    seed: int | None = typer.Option(None, "--seed", help="Seed of every stage (default 0)."),
    train_config: Path | None = typer.Option(None, "--train-config", help="YAML overrides of the training profile."),
) -> None:
    """Help pages → tasks → expert trajectories → LAM1–LAM4 → offline and online evaluation → report."""
    from lamforge.pipeline.demo import run_demo
    from lamforge.pipeline.demo_config import DemoConfig

    kw = {"workers": workers, "seed": seed, "train_config": str(train_config) if train_config else None}
    if quick:
        cfg = DemoConfig.quick_config(out, **kw)
    else:
        cfg = DemoConfig(out=out, **{k: v for k, v in kw.items() if v is not None})
    run_demo(cfg)

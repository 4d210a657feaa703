"""``lamforge eval plans|offline|online|report``: the paper's Tables 2-4 for any models, and the report.

Every run command appends rows under ``--out DIR`` as it goes (re-running resumes), then rebuilds
``DIR/report.json``, ``DIR/report.md`` and the plots, and prints the tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from lamforge.eval.config import help_of

app = typer.Typer(help="Evaluate models: planning, offline decisions, online in LibreOffice; build the report.",
                  no_args_is_help=True)

MODEL_HELP = ("Model to evaluate (repeatable): a checkpoint directory, http://HOST:PORT/v1#MODEL, random[:SEED], "
              "scripted:FILE or expert; prefix NAME= to set its report name (lam4=runs/demo/lam4).")
OUT_HELP = "Results directory: rows are appended under it (resumable) and the report is rebuilt there."


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


@contextmanager
def _progress(label: str) -> Iterator[Callable[[str, int, int], None]]:
    """A rich progress bar with one line per model; yields the runners' progress callback."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bars: dict[str, int] = {}
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()) as prog:

        def update(model: str, done: int, total: int) -> None:
            if model not in bars:
                bars[model] = prog.add_task(f"{label} {model}", total=total)
            prog.update(bars[model], completed=done, total=total)

        yield update


def _refs(models: list[str]) -> list:
    from lamforge.eval.models import unique_refs

    try:
        return unique_refs(models)
    except ValueError as exc:
        raise _fail(str(exc)) from None


def _config(**changes: object):
    from lamforge.eval.config import EvalConfig

    try:
        return EvalConfig().replace(**changes)
    except ValueError as exc:
        raise _fail(str(exc)) from None


def _finish(out: Path, report: bool) -> None:
    if not report:
        return
    from lamforge.eval.report import build_report, build_report_data
    from lamforge.eval.report_console import print_report

    path = build_report(out, out)
    print_report(build_report_data(out))
    typer.echo(f"report: {path}")


def _need_file(path: Path, what: str) -> None:
    if not path.is_file():
        raise _fail(f"no such {what} file: {path}")


def _need_out(out: Path) -> None:
    """The results directory is a directory (or can be made) and takes files: checked before any work."""
    from lamforge.cli.common import BadInput, check_writable

    if out.exists() and not out.is_dir():
        raise _fail(f"--out is not a directory: {out}")
    try:
        check_writable(out / "report.json", "--out")
    except BadInput as exc:
        raise _fail(str(exc)) from None


@app.command("plans")
def plans(
    model: list[str] = typer.Option(..., "--model", "-m", help=MODEL_HELP),
    plans_file: Path = typer.Option(..., "--plans", help="Test plans JSONL ({task_id, task, plan}) or phase-1 "
                                    "records."),
    out: Path = typer.Option(Path("runs/eval"), "--out", "-o", help=OUT_HELP),
    matcher: str = typer.Option(None, "--matcher", help=help_of("plan_matcher")),
    embedding_threshold: float = typer.Option(None, "--embedding-threshold", help=help_of("embedding_threshold")),
    fuzzy_threshold: float = typer.Option(None, "--fuzzy-threshold", help=help_of("fuzzy_threshold")),
    judge: str = typer.Option(None, "--judge", help=help_of("judge")),
    batch_size: int = typer.Option(None, "--batch-size", help=help_of("batch_size")),
    report: bool = typer.Option(True, "--report/--no-report", help="Rebuild the report when done."),
) -> None:
    """Planning (Table 2): each model plans every test task; steps are matched to the reference plan."""
    from lamforge.agent.backends.base import BackendError
    from lamforge.eval.plans_runner import load_plan_items, run_plans

    _need_file(plans_file, "plans")
    _need_out(out)
    cfg = _config(plan_matcher=matcher, embedding_threshold=embedding_threshold, fuzzy_threshold=fuzzy_threshold,
                  judge=judge, batch_size=batch_size)
    try:
        items = load_plan_items(plans_file)
        with _progress("plans") as progress:
            for ref in _refs(model):
                run_plans(ref, items, out, cfg, progress=progress)
    except (ValueError, BackendError) as exc:
        raise _fail(str(exc)) from None
    _finish(out, report)


@app.command("offline")
def offline(
    model: list[str] = typer.Option(..., "--model", "-m", help=MODEL_HELP),
    samples: Path = typer.Option(..., "--samples", help="Held-out step samples JSONL (prompt, completion, meta)."),
    out: Path = typer.Option(Path("runs/eval"), "--out", "-o", help=OUT_HELP),
    batch_size: int = typer.Option(None, "--batch-size", help=help_of("batch_size")),
    max_tokens: int = typer.Option(None, "--max-tokens", help=help_of("max_tokens")),
    report: bool = typer.Option(True, "--report/--no-report", help="Rebuild the report when done."),
) -> None:
    """Offline decisions (Table 3): teacher-forced step predictions against the expert's steps."""
    from lamforge.agent.backends.base import BackendError
    from lamforge.eval.offline_runner import load_samples, run_offline

    _need_file(samples, "samples")
    _need_out(out)
    cfg = _config(batch_size=batch_size, max_tokens=max_tokens)
    refs = _refs(model)
    if any(r.spec.strip().lower() == "expert" for r in refs):
        raise _fail("the expert's steps are the reference of the offline evaluation; evaluate it online")
    try:
        items = load_samples(samples)
        with _progress("offline") as progress:
            for ref in refs:
                run_offline(ref, items, out, cfg, progress=progress)
    except (ValueError, BackendError) as exc:
        raise _fail(str(exc)) from None
    _finish(out, report)


@app.command("online")
def online(
    model: list[str] = typer.Option(..., "--model", "-m", help=MODEL_HELP),
    tasks: list[Path] = typer.Option(..., "--tasks", help="Tasks JSONL of `lamforge tasks generate` (repeatable: "
                                     "add the test-phrasing split for the unseen-phrasing table)."),
    out: Path = typer.Option(Path("runs/eval"), "--out", "-o", help=OUT_HELP),
    workers: int = typer.Option(None, "--workers", "-k", help=help_of("workers")),
    backend: str = typer.Option(None, "--backend", help=help_of("backend") + " Default: ray with --ray-address."),
    ray_address: str = typer.Option(None, "--ray-address", help=help_of("ray_address")),
    max_steps: int = typer.Option(None, "--max-steps", help=help_of("max_steps")),
    max_failures: int = typer.Option(None, "--max-failures", help=help_of("max_failures")),
    seed: int = typer.Option(None, "--seed", help=help_of("seed")),
    keep_docs: bool = typer.Option(None, "--keep-docs/--no-keep-docs", help=help_of("keep_docs")),
    guidance: str = typer.Option(None, "--guidance", help=help_of("guidance") + " With off, results are saved under "
                                 "NAME-off and reported as online_model_only."),
    report: bool = typer.Option(True, "--report/--no-report", help="Rebuild the report when done."),
) -> None:
    """Online (Table 4): every task from a fresh template in live LibreOffice, judged by its checker."""
    from lamforge.agent.backends.base import BackendError
    from lamforge.eval.online_runner import load_task_records, run_online

    for t in tasks:
        _need_file(t, "tasks")
    _need_out(out)
    cfg = _config(workers=workers, max_steps=max_steps, max_failures=max_failures, seed=seed, keep_docs=keep_docs,
                  backend=backend or ("ray" if ray_address else None), ray_address=ray_address, guidance=guidance)
    if cfg.backend == "ray":
        from lamforge.app.ray_workers import RayUnavailable, import_ray

        try:
            import_ray()
        except RayUnavailable as exc:
            raise _fail(str(exc)) from None
    refs = _refs(model)
    if cfg.guidance == "off":
        from lamforge.eval.models import ModelRef
        from lamforge.eval.report import OFF_SUFFIX

        refs = [ModelRef(r.name + OFF_SUFFIX, r.spec) for r in refs]
    try:
        records = load_task_records(tasks)
        with _progress("online") as progress:
            run_online(refs, records, out, cfg, progress=progress)
    except (ValueError, BackendError) as exc:
        raise _fail(str(exc)) from None
    _finish(out, report)


@app.command("report")
def report_cmd(
    results: Path = typer.Option(..., "--in", help="Results directory written by the eval commands."),
    out: Path = typer.Option(None, "--out", "-o", help="Where report.json, report.md and the plots go "
                             "(default: the results directory)."),
    plots: bool = typer.Option(True, "--plots/--no-plots", help="Draw the PNG plots."),
) -> None:
    """Rebuild report.json, report.md and the plots from saved results, and print the tables."""
    from lamforge.eval.report import build_report, build_report_data
    from lamforge.eval.report_console import print_report

    if not results.is_dir():
        raise _fail(f"no such results directory: {results}")
    path = build_report(results, out or results, plots=plots)
    print_report(build_report_data(results))
    typer.echo(f"report: {path}")

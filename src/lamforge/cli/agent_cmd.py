"""``lamforge run`` (carry out a request on a document) and ``lamforge serve`` (a model over HTTP).

``run`` exits 0 when the model finished the task, 1 when it did not (or the result had to be saved
elsewhere), 2 on bad input (a missing, damaged or encrypted document, unusable ``--model``, an ``--out``
or ``--log`` that cannot be written ...), 3 when the model says the request cannot be done in Writer
(FAIL: ``--out`` then gets the input document unchanged); see :mod:`lamforge.cli.common`. Every input is
checked before the model loads. The input document is never modified; the result goes to ``--out``.
Heavy libraries are imported inside the commands so ``lamforge --help`` is fast.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import Any

import typer

from lamforge.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_CODES_HELP,
    EXIT_DONE,
    EXIT_NOT_DONE,
    EXIT_REFUSED,
    BadInput,
    check_document,
    check_out,
    check_writable,
    rescue_dir,
    save_or_rescue,
)

app = typer.Typer(help="Run the agent on a document, or serve a model as an OpenAI-compatible endpoint.")
MODEL_HELP = "Checkpoint directory, http://HOST:PORT/v1#MODEL, random[:SEED] or scripted:FILE.jsonl."


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fail(console: Any, message: str, code: int = EXIT_BAD_INPUT) -> typer.Exit:
    from rich.markup import escape

    console.print(f"[bold red]error:[/] {escape(message)}")  # messages hold paths and [extras], not markup
    return typer.Exit(code)


def _print_step(console: Any, rec: Any) -> None:
    """One line per step: what was done, whether it worked, and where the time went."""
    from rich.markup import escape

    act = rec.action or rec.output or {}
    fn = act.get("function") or "?"
    target = act.get("control_name") or ""
    args = act.get("args") or {}
    what = f"{fn}" + (f" {escape(str(args))}" if args else "") + (f" on [cyan]{escape(target)}[/]" if target else "")
    mark = "[green]ok[/]" if rec.ok else f"[red]{rec.error or 'failed'}[/]"
    timing = f"[dim]model {rec.model_ms:.0f} ms, app {rec.env_ms:.0f} ms[/]"
    console.print(f"[bold]step {rec.step:>2}[/] {what} -> {mark} {escape(rec.message[:100])} {timing}")
    if rec.error in ("parse", "action"):
        console.print(f"         [dim]model wrote: {escape(rec.raw_output[:120])!s}[/]")


def _summary(console: Any, result: Any, out: Path | None, moved: str = "") -> None:
    from rich.table import Table

    t = result.timing()
    status = "[bold green]finished[/]" if result.finished else (
        "[bold yellow]not done: the model says Writer cannot do this[/]" if result.stop_reason == "fail"
        else f"[bold yellow]not finished[/] ({result.stop_reason})")
    console.print(f"\n{status} after {result.n_steps} step(s), {result.n_failures} failed"
                  + (f"; saved to {out}" if out and not moved else "" if moved else "; nothing saved"))
    if moved:
        console.print(f"[bold red]error:[/] {moved}; the result is kept at [bold]{out}[/]")
    if result.message and not result.finished:
        console.print(f"[dim]{result.message[:200]}[/]")
    table = Table(title="timing", show_header=True)
    for col in ("total s", "model s", "app s", "median step ms", "median model ms", "median loop overhead ms"):
        table.add_column(col, justify="right")
    table.add_row(f"{t['total_ms'] / 1000:.2f}", f"{t['model_ms'] / 1000:.2f}", f"{t['env_ms'] / 1000:.2f}",
                  f"{t['median_step_ms']:.1f}", f"{t['median_model_ms']:.1f}", f"{t['median_overhead_ms']:.2f}")
    console.print(table)


@app.command("run", epilog=EXIT_CODES_HELP)
def run(
    request: str = typer.Argument(..., help="What to do, in your own words."),
    doc: Path = typer.Option(..., "--doc", help="The input .docx (never modified)."),
    out: Path = typer.Option(..., "--out", help="Where to save the edited document (.docx)."),
    model: str = typer.Option(..., "--model", help=MODEL_HELP),
    max_steps: int = typer.Option(20, "--max-steps", min=1, max=500, help="Step limit."),
    max_failures: int = typer.Option(3, "--max-failures", min=0, help="Stop after N failed steps in a row (0: never)."),
    confirm: str = typer.Option("", "--confirm", help="ask|yes|no for destructive actions the request does not "
                                "itself ask for, as 'delete the Sunday row' does (default: ask on a terminal, no "
                                "otherwise)."),
    log: Path | None = typer.Option(None, "--log", help="Write the trajectory JSONL here."),
    max_tokens: int = typer.Option(256, "--max-tokens", min=1, help="Reply length limit per step."),
    temperature: float = typer.Option(0.0, "--temperature", min=0.0, help="Sampling temperature (0: greedy)."),
    prompt_style: str = typer.Option("", "--prompt-style", help="compact|full (default: the checkpoint's)."),
    top_k: int = typer.Option(0, "--top-k", min=0, help="Controls shown per prompt (default: the checkpoint's)."),
    device: str | None = typer.Option(None, "--device", help="cpu, cuda ... for a local checkpoint."),
    timeout: float = typer.Option(60.0, "--timeout", min=1.0, help="Seconds per HTTP request."),
    hint_bias: float | None = typer.Option(
        None, "--hint-bias", min=0.0, help="Local checkpoint: logit bonus of its task memory's skeleton "
        "(default 50; 0: no hint guide)."),
    max_seconds: float | None = typer.Option(
        None, "--max-seconds", min=1.0, help="Stop the episode after this long (default $LAMFORGE_EPISODE_TIMEOUT, "
        "else 600)."),
) -> None:
    """Carry out REQUEST on a copy of --doc with a LAM and save the result to --out.

    Exit codes: 0 done, 1 not done, 2 bad input, 3 refused as not doable in Writer.
    """
    from rich.console import Console
    from rich.prompt import Confirm

    from lamforge.agent.backends import BackendError, PromptSettings, make_backend, prompt_settings_of
    from lamforge.agent.confirm import POLICIES

    console = Console()
    confirm = confirm or ("ask" if sys.stdin.isatty() else "no")
    if confirm not in POLICIES:
        raise _fail(console, f"--confirm must be one of {', '.join(POLICIES)}")
    if prompt_style not in ("", "compact", "full"):
        raise _fail(console, "--prompt-style must be compact or full")
    try:  # every input before the model loads (seconds) or LibreOffice starts
        check_document(doc)
        check_out(out, doc)
        if log is not None:
            check_writable(log, "--log")
    except BadInput as exc:
        raise _fail(console, str(exc)) from None
    try:
        backend = make_backend(model, device=device, timeout=timeout, hint_bias=hint_bias)
    except BackendError as exc:
        raise _fail(console, str(exc)) from exc
    ps = prompt_settings_of(backend)
    ps = PromptSettings(prompt_style or ps.style, top_k or ps.top_k)
    before = _sha256(doc)
    result, saved, moved = _episode(console, backend, request, doc, out, ps, confirm, Confirm, log, max_steps,
                                    max_failures, max_tokens, temperature, max_seconds)
    if _sha256(doc) != before:  # the env only ever opens a copy; this guards that promise
        raise _fail(console, f"the input document {doc} changed during the run", EXIT_NOT_DONE)
    _summary(console, result, saved, moved)
    if moved:
        raise typer.Exit(EXIT_NOT_DONE)
    raise typer.Exit(EXIT_DONE if result.finished else EXIT_REFUSED if result.stop_reason == "fail" else EXIT_NOT_DONE)


def _episode(console: Any, backend: Any, request: str, doc: Path, out: Path, ps: Any, confirm: str,
             confirm_cls: Any, log: Path | None, max_steps: int, max_failures: int, max_tokens: int,
             temperature: float, max_seconds: float | None) -> tuple[Any, Path | None, str]:
    """Run the episode in a fresh Writer session and save its document: (result, saved path, why it moved).

    A document LibreOffice cannot open exits 2; a result that cannot be written to ``out`` is kept in
    :func:`~lamforge.cli.common.rescue_dir` instead (the third value says why).
    """
    from lamforge.agent.episode_runner import run_episode
    from lamforge.app.env import WriterEnv
    from lamforge.app.limits import limit
    from lamforge.app.session import SessionError, SessionInterrupted

    console.print(f"[bold]request:[/] {request}\n[dim]model {getattr(backend, 'name', '?')}, prompt "
                  f"{ps.style}/top-{ps.top_k}, confirm={confirm}[/]")
    env = WriterEnv()
    try:
        try:
            result = run_episode(
                env, backend, request, doc, max_steps=max_steps, max_failures=max_failures or None,
                confirm=confirm, ask=lambda q: _ask(confirm_cls, console, q), log_path=log,
                prompt_settings=ps, max_tokens=max_tokens, temperature=temperature,
                on_step=lambda rec: _print_step(console, rec),
                max_seconds=max_seconds or float(limit("EPISODE_TIMEOUT")),
            )
        except SessionInterrupted as exc:
            raise _fail(console, f"LibreOffice failed: {exc}", EXIT_NOT_DONE) from exc
        except SessionError as exc:
            raise _fail(console, str(exc)) from exc
        if result.stop_reason == "interrupted":
            return result, None, ""
        if result.stop_reason == "fail":  # nothing was asked that Writer can do: the document as it came
            saved, moved = _copy_unchanged(env, doc, out)
        else:
            saved, moved = save_or_rescue(env, out)
        return result, saved, moved
    finally:
        env.close()


def _copy_unchanged(env: Any, doc: Path, out: Path) -> tuple[Path, str]:
    """``--out`` as the input document: its bytes when both are .docx, else the untouched working copy saved."""
    import shutil

    if doc.suffix.lower() == out.suffix.lower():
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(doc, out)
            return out, ""
        except OSError as exc:
            spare = rescue_dir() / out.name
            shutil.copyfile(doc, spare)
            return spare, f"cannot save to {out}: {exc.strerror or exc}"
    env.reset(options={"doc": str(doc)})
    return save_or_rescue(env, out)


def _ask(confirm_cls: Any, console: Any, question: str) -> bool:
    """Ask on the terminal; no answer (end of input) counts as no."""
    try:
        return bool(confirm_cls.ask(question, default=False, console=console))
    except (EOFError, KeyboardInterrupt):
        return False


@app.command("serve")
def serve(
    checkpoint: str = typer.Argument(..., help="Checkpoint directory to serve (or random[:SEED])."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    name: str | None = typer.Option(None, "--name", help="Model name clients use (default: the directory name)."),
    max_body: int = typer.Option(1_000_000, "--max-body", min=1024, help="Largest request body in bytes."),
    device: str | None = typer.Option(None, "--device", help="cpu, cuda ... (default: CUDA when available)."),
    api_key: str | None = typer.Option(
        None, "--api-key", help="Clients must send 'Authorization: Bearer KEY' (default: $LAMFORGE_API_KEY; "
        "neither set: no key)."),
    max_queue: int = typer.Option(16, "--max-queue", min=0, help="Requests that may wait for the model; more get "
                                  "503 at once."),
) -> None:
    """Serve CHECKPOINT as an OpenAI-compatible /v1/chat/completions endpoint.

    Exit codes: 0 stopped, 2 bad input (checkpoint).
    """
    from rich.console import Console

    from lamforge.agent.backends import BackendError, make_backend

    console = Console()
    try:
        import uvicorn

        from lamforge.agent.server import create_app
    except ImportError as exc:
        raise _fail(console, f"serving needs the serve extra: pip install -e '.[serve]' ({exc})") from exc
    if checkpoint.lower().startswith(("http://", "https://", "scripted:")):
        raise _fail(console, "serve takes a checkpoint directory (or random)")
    try:
        backend = make_backend(checkpoint, device=device)
    except BackendError as exc:
        raise _fail(console, str(exc)) from exc
    api = create_app(backend, model_name=name, max_body_bytes=max_body, api_key=api_key, max_queue=max_queue)
    keyed = api_key or (api_key is None and os.environ.get("LAMFORGE_API_KEY"))
    console.print(f"serving [bold]{api.state.model_name}[/] at http://{host}:{port}/v1 "
                  f"(prompt {api.state.prompt_settings}; {'API key required' if keyed else 'no API key'})")
    uvicorn.run(api, host=host, port=port, log_level="info")

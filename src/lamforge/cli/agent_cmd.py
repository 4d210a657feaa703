"""``lamforge run`` (carry out a request on a document) and ``lamforge serve`` (a model over HTTP).

``run`` exits 0 when the model finished the task, 1 when it did not, 2 on bad input (missing document,
unusable ``--model``, ``--out`` equal to ``--doc`` ...), 3 when the model says the request cannot be done in
Writer (FAIL: ``--out`` then gets the input document unchanged). The input document is never modified; the
result goes to ``--out``. Heavy libraries are imported inside the commands so ``lamforge --help`` is fast.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import typer

app = typer.Typer(help="Run the agent on a document, or serve a model as an OpenAI-compatible endpoint.")

EXIT_REFUSED = 3  # the model says Writer cannot do the request; the document is left as it was
MODEL_HELP = "Checkpoint directory, http://HOST:PORT/v1#MODEL, random[:SEED] or scripted:FILE.jsonl."


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fail(console: Any, message: str, code: int = 2) -> typer.Exit:
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


def _summary(console: Any, result: Any, out: Path | None) -> None:
    from rich.table import Table

    t = result.timing()
    status = "[bold green]finished[/]" if result.finished else (
        "[bold yellow]not done: the model says Writer cannot do this[/]" if result.stop_reason == "fail"
        else f"[bold yellow]not finished[/] ({result.stop_reason})")
    console.print(f"\n{status} after {result.n_steps} step(s), {result.n_failures} failed"
                  + (f"; saved to {out}" if out else "; nothing saved"))
    if result.message and not result.finished:
        console.print(f"[dim]{result.message[:200]}[/]")
    table = Table(title="timing", show_header=True)
    for col in ("total s", "model s", "app s", "median step ms", "median model ms", "median loop overhead ms"):
        table.add_column(col, justify="right")
    table.add_row(f"{t['total_ms'] / 1000:.2f}", f"{t['model_ms'] / 1000:.2f}", f"{t['env_ms'] / 1000:.2f}",
                  f"{t['median_step_ms']:.1f}", f"{t['median_model_ms']:.1f}", f"{t['median_overhead_ms']:.2f}")
    console.print(table)


@app.command("run")
def run(
    request: str = typer.Argument(..., help="What to do, in your own words."),
    doc: Path = typer.Option(..., "--doc", help="The input .docx (never modified)."),
    out: Path = typer.Option(..., "--out", help="Where to save the edited document (.docx)."),
    model: str = typer.Option(..., "--model", help=MODEL_HELP),
    max_steps: int = typer.Option(20, "--max-steps", min=1, max=500, help="Step limit."),
    max_failures: int = typer.Option(3, "--max-failures", min=0, help="Stop after N failed steps in a row (0: never)."),
    confirm: str = typer.Option("", "--confirm", help="ask|yes|no for destructive actions (default: ask on a "
                                "terminal, no otherwise)."),
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
) -> None:
    """Carry out REQUEST on a copy of --doc with a LAM and save the result to --out."""
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
    if not doc.is_file():
        raise _fail(console, f"document not found: {doc}")
    if out.suffix.lower() != ".docx":
        raise _fail(console, f"--out must end in .docx: {out}")
    if out.resolve() == doc.resolve():
        raise _fail(console, "--out must differ from --doc: the original document is never overwritten")
    try:
        backend = make_backend(model, device=device, timeout=timeout, hint_bias=hint_bias)
    except BackendError as exc:
        raise _fail(console, str(exc)) from exc
    ps = prompt_settings_of(backend)
    ps = PromptSettings(prompt_style or ps.style, top_k or ps.top_k)
    before = _sha256(doc)
    result, saved = _episode(console, backend, request, doc, out, ps, confirm, Confirm, log, max_steps,
                             max_failures, max_tokens, temperature)
    if _sha256(doc) != before:  # the env only ever opens a copy; this guards that promise
        raise _fail(console, f"the input document {doc} changed during the run", 1)
    _summary(console, result, saved)
    raise typer.Exit(0 if result.finished else EXIT_REFUSED if result.stop_reason == "fail" else 1)


def _episode(console: Any, backend: Any, request: str, doc: Path, out: Path, ps: Any, confirm: str,
             confirm_cls: Any, log: Path | None, max_steps: int, max_failures: int, max_tokens: int,
             temperature: float) -> tuple[Any, Path | None]:
    """Run the episode in a fresh Writer session and save its document; bad documents exit 2."""
    from lamforge.agent.episode_runner import run_episode
    from lamforge.app.env import WriterEnv
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
            )
        except SessionInterrupted as exc:
            raise _fail(console, f"LibreOffice failed: {exc}", 1) from exc
        except SessionError as exc:
            raise _fail(console, str(exc)) from exc
        if result.stop_reason == "interrupted":
            return result, None
        if result.stop_reason == "fail":  # nothing was asked that Writer can do: the document as it came
            return result, _copy_unchanged(env, doc, out)
        return result, env.save(out)
    finally:
        env.close()


def _copy_unchanged(env: Any, doc: Path, out: Path) -> Path:
    """``--out`` as the input document: its bytes when both are .docx, else the untouched working copy saved."""
    import shutil

    if doc.suffix.lower() == out.suffix.lower():
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(doc, out)
        return out
    env.reset(options={"doc": str(doc)})
    return env.save(out)


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
) -> None:
    """Serve CHECKPOINT as an OpenAI-compatible /v1/chat/completions endpoint."""
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
    api = create_app(backend, model_name=name, max_body_bytes=max_body)
    console.print(f"serving [bold]{api.state.model_name}[/] at http://{host}:{port}/v1 "
                  f"(prompt {api.state.prompt_settings})")
    uvicorn.run(api, host=host, port=port, log_level="info")

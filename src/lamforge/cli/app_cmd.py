"""``lamforge app ...``: look at a document's control list and run actions on a copy of it."""

from __future__ import annotations

import json
from pathlib import Path

import typer

app = typer.Typer(
    help="The Writer environment: controls and actions on real LibreOffice.", no_args_is_help=True
)


@app.command("controls")
def controls(
    doc: Path = typer.Argument(..., help="A .docx (or any document Writer opens)."),
    as_json: bool = typer.Option(
        False, "--json", help="Print a JSON list with label, control_text, control_type."
    ),
    all_controls: bool = typer.Option(
        False, "--all", help="Include controls lamforge cannot run (disabled)."
    ),
) -> None:
    """Print the control list an agent sees for DOC."""
    from lamforge.app.env import WriterEnv
    from lamforge.app.session import SessionError

    if not doc.is_file():
        typer.echo(f"error: no such file: {doc}", err=True)
        raise typer.Exit(2)
    env = WriterEnv()
    try:
        obs, _ = env.reset(options={"doc": doc})
    except SessionError as exc:
        typer.echo(f"error: {exc}", err=True)
        env.close()
        raise typer.Exit(2) from None
    env.close()
    shown = [c for c in obs.controls if all_controls or c.enabled]
    if as_json:
        typer.echo(json.dumps([c.to_dict() for c in shown], ensure_ascii=False, indent=1))
        return
    from rich.console import Console
    from rich.table import Table

    t = Table("label", "control_text", "control_type", "where", "command", title=f"{len(shown)} controls")
    for c in shown:
        t.add_row(c.label, c.control_text, c.control_type, c.path, c.command)
    Console().print(t)


@app.command("exec")
def exec_actions(
    doc: Path = typer.Argument(..., help="The document to act on (never modified)."),
    actions: list[str] = typer.Argument(
        ..., help='Actions as JSON, e.g. \'{"function":"select_text","args":{"text":"Hi"}}\'.'
    ),
    out: Path = typer.Option(..., "--out", "-o", help="Where to save the edited copy (.docx)."),
) -> None:
    """Run ACTIONS in order on a copy of DOC and save it to OUT.

    Prints one JSON line per step. Exit code 0 = all steps ok, 1 = a step failed, 2 = bad input.
    """
    from lamforge.app.action import Action, ActionError
    from lamforge.app.env import WriterEnv
    from lamforge.app.session import SessionError

    parsed = []
    for i, text in enumerate(actions, 1):
        try:
            parsed.append(Action.from_dict(json.loads(text)))
        except (json.JSONDecodeError, ActionError) as exc:
            typer.echo(f"error: action {i} is not valid: {exc}", err=True)
            raise typer.Exit(2) from None
    if not doc.is_file():
        typer.echo(f"error: no such file: {doc}", err=True)
        raise typer.Exit(2)
    if out.resolve() == doc.resolve():
        typer.echo(
            "error: --out must differ from the input document (the original is never modified)", err=True
        )
        raise typer.Exit(2)
    env = WriterEnv()
    all_ok = True
    try:
        env.reset(options={"doc": doc})
        for i, act in enumerate(parsed, 1):
            res = env.step(act)
            r = res.result
            all_ok &= r.ok
            typer.echo(
                json.dumps({"step": i, "ok": r.ok, "message": r.message, **r.info}, ensure_ascii=False)
            )
            if res.truncated:
                break
        env.save(out)
    except SessionError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        env.close()
    raise typer.Exit(0 if all_ok else 1)


@app.command("showcase")
def showcase(
    out: Path = typer.Option(Path("runs/showcase"), "--out", help="Folder for the demo files."),
) -> None:
    """Build a small document, run a few actions on it in LibreOffice, and show what python-docx reads back."""
    from lamforge.app.showcase import run_showcase

    run_showcase(out)

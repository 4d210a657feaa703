"""``lamforge app ...``: look at a document's control list and run actions on a copy of it."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from lamforge.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_CODES_HELP,
    EXIT_DONE,
    EXIT_NOT_DONE,
    BadInput,
    check_document,
    check_out,
    save_or_rescue,
)

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

    try:
        check_document(doc)
    except BadInput as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    env = WriterEnv()
    try:
        obs, _ = env.reset(options={"doc": doc})
    except SessionError as exc:
        typer.echo(f"error: {exc}", err=True)
        env.close()
        raise typer.Exit(EXIT_BAD_INPUT) from None
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


@app.command("exec", epilog=EXIT_CODES_HELP)
def exec_actions(
    doc: Path = typer.Argument(..., help="The document to act on (never modified)."),
    actions: list[str] = typer.Argument(
        ..., help='Actions as JSON, e.g. \'{"function":"select_text","args":{"text":"Hi"}}\'.'
    ),
    out: Path = typer.Option(..., "--out", "-o", help="Where to save the edited copy (.docx)."),
) -> None:
    """Run ACTIONS in order on a copy of DOC and save it to OUT.

    Prints one JSON line per step. Exit codes: 0 all steps ok, 1 a step failed (or OUT could not be written:
    the result is kept elsewhere, path printed), 2 bad input. A destructive action (more than the selection
    removed, a table, everything) is undone: exec has no one to confirm it.
    """
    from lamforge.app.action import Action, ActionError
    from lamforge.app.env import WriterEnv
    from lamforge.app.session import SessionError, SessionInterrupted

    parsed = []
    for i, text in enumerate(actions, 1):
        try:
            parsed.append(Action.from_dict(json.loads(text)))
        except (json.JSONDecodeError, ActionError) as exc:
            typer.echo(f"error: action {i} is not valid: {exc}", err=True)
            raise typer.Exit(EXIT_BAD_INPUT) from None
    try:
        check_document(doc)
        check_out(out, doc)
    except BadInput as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    env = WriterEnv()
    all_ok = True
    try:
        try:
            env.reset(options={"doc": doc})
        except SessionInterrupted as exc:
            typer.echo(f"error: LibreOffice failed: {exc}", err=True)
            raise typer.Exit(EXIT_NOT_DONE) from None
        except SessionError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(EXIT_BAD_INPUT) from None
        for i, act in enumerate(parsed, 1):
            res = env.step(act)
            r = res.result
            all_ok &= r.ok
            typer.echo(
                json.dumps({"step": i, "ok": r.ok, "message": r.message, **r.info}, ensure_ascii=False)
            )
            if res.truncated:
                break
        if env.session.doc is None:  # LibreOffice died, or the guard had to discard the document
            typer.echo("error: the document was lost mid-run; nothing saved", err=True)
            raise typer.Exit(EXIT_NOT_DONE)
        saved, moved = save_or_rescue(env, out)
        if moved:
            typer.echo(f"error: {moved}; the result is kept at {saved}", err=True)
            all_ok = False
    finally:
        env.close()
    raise typer.Exit(EXIT_DONE if all_ok else EXIT_NOT_DONE)


@app.command("showcase")
def showcase(
    out: Path = typer.Option(Path("runs/showcase"), "--out", help="Folder for the demo files."),
) -> None:
    """Build a small document, run a few actions on it in LibreOffice, and show what python-docx reads back."""
    from lamforge.app.showcase import run_showcase

    run_showcase(out)

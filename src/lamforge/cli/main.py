"""Entry point of the ``lamforge`` CLI; each stage registers its own typer sub-app here."""

from __future__ import annotations

import typer

from lamforge import __version__

app = typer.Typer(
    name="lamforge",
    help="Build Large Action Models that operate LibreOffice Writer: data, training, agent, evaluation.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lamforge {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """Build Large Action Models that operate LibreOffice Writer."""


def _register() -> None:
    """Attach the stage sub-commands (heavy libraries are imported inside each command)."""
    from lamforge.cli import (
        agent_cmd,
        app_cmd,
        collect_cmd,
        demo_cmd,
        eval_cmd,
        instantiate_cmd,
        plans_cmd,
        tasks_cmd,
        train_cmd,
    )

    app.add_typer(app_cmd.app, name="app")
    app.add_typer(plans_cmd.app, name="plans")
    app.add_typer(tasks_cmd.app, name="tasks")
    app.command("collect")(collect_cmd.collect)
    app.command("instantiate")(instantiate_cmd.instantiate)
    app.add_typer(train_cmd.app, name="train")
    app.add_typer(eval_cmd.app, name="eval")
    app.add_typer(agent_cmd.app)  # top-level commands: lamforge run, lamforge serve
    app.command("demo")(demo_cmd.demo)


_register()


def main() -> None:
    """Console-script entry point: SIGTERM and SIGHUP end the command like Ctrl-C, closing LibreOffice."""
    from lamforge.app.processes import install_signal_handlers

    install_signal_handlers()
    app()

"""``lamforge tasks ...``: build the template library, list task families, generate task instances."""

from __future__ import annotations

from pathlib import Path

import typer

app = typer.Typer(help="Task families on template documents: templates, list, generate.", no_args_is_help=True)


@app.command("templates")
def templates(
    out: Path = typer.Option(..., "--out", "-o", help="Folder to write every template .docx into."),
) -> None:
    """Regenerate the template documents (deterministic: the same bytes every time)."""
    from rich.console import Console
    from rich.table import Table

    from lamforge.tasks.templates import TEMPLATES, build_all

    paths = build_all(out)
    table = Table("template", "split", "paragraphs", "tables", "description")
    for t in TEMPLATES:
        table.add_row(t.name, t.split, str(len(t.paragraphs)), str(len(t.tables)), t.description)
    Console().print(table)
    typer.echo(f"wrote {len(paths)} templates to {out}")


@app.command("list")
def list_families(
    phrasings: int = typer.Option(0, "--phrasings", help="Also count distinct request skeletons over N samples."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Print the task families with their help page, phrasing pools and template counts."""
    import json

    from rich.console import Console
    from rich.table import Table

    from lamforge.tasks.registry import FAMILIES
    from lamforge.tasks.stats import family_stats

    rows = [family_stats(f, samples=phrasings) for f in FAMILIES]
    if as_json:
        typer.echo(json.dumps([r.to_dict() for r in rows], indent=1))
        return
    cols = ["family", "category", "help page", "cores train/held-out", "templates train/test"]
    if phrasings:
        cols.append(f"skeletons in {phrasings} (train/held-out)")
    table = Table(*cols)
    for r in rows:
        cells = [r.name, r.category, r.help_ref, f"{r.train_cores}/{r.heldout_cores}",
                 f"{r.train_templates}/{r.test_templates}"]
        if phrasings:
            cells.append(f"{r.train_skeletons}/{r.heldout_skeletons}")
        table.add_row(*cells)
    Console().print(table)
    typer.echo(f"{len(rows)} families")


@app.command("generate")
def generate(
    n: int = typer.Option(..., "--n", help="Number of task instances (spread evenly over the families)."),
    split: str = typer.Option("train", "--split", help="train, test (held-out templates and values) or "
                              "test-phrasing (test plus held-out phrasings)."),
    seed: int = typer.Option(0, "--seed", help="Suite seed; instance i of family F uses sha256(f'{seed}_{F}_{i}')."),
    out: Path = typer.Option(..., "--out", "-o", help="Output JSONL file."),
    families: str = typer.Option("", "--families", help="Comma-separated family names (default: all)."),
    bare_rate: float = typer.Option(0.4, "--bare-rate", min=0.0, max=1.0,
                                    help="Share of nameable targets written without quotes (0: always quoted)."),
) -> None:
    """Write N task records (request, params, reference solution, template) as JSON lines."""
    from collections import Counter

    from rich.progress import track

    from lamforge.tasks.base import SPLITS
    from lamforge.tasks.generate import iter_records, write_jsonl
    from lamforge.tasks.registry import FAMILIES, get_family

    if split not in SPLITS:
        typer.echo(f"error: --split must be one of {', '.join(SPLITS)}, got {split!r}", err=True)
        raise typer.Exit(2)
    if n < 1:
        typer.echo("error: --n must be at least 1", err=True)
        raise typer.Exit(2)
    try:
        chosen = tuple(get_family(f.strip()) for f in families.split(",") if f.strip()) or FAMILIES
    except KeyError as exc:
        typer.echo(f"error: {exc.args[0]}", err=True)
        raise typer.Exit(2) from None
    recs = iter_records(n, split, seed, chosen, bare_rate=bare_rate)  # type: ignore[arg-type]
    records = list(track(recs, total=n, description=f"tasks ({split})"))
    write_jsonl(records, out)
    per = Counter(r["family"] for r in records)
    typer.echo(f"wrote {len(records)} {split} tasks over {len(per)} families "
               f"({len({r['template'] for r in records})} templates) to {out}")

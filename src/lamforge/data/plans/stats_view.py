"""Render a build's stats.json as rich tables (``lamforge plans stats DIR``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lamforge.data.plans.record import SOURCES

_COLUMNS = (*SOURCES, "total")


def load_stats(out_dir: str | Path) -> dict[str, Any]:
    """Read ``stats.json`` from a build folder (or the file itself)."""
    path = Path(out_dir)
    return json.loads((path / "stats.json" if path.is_dir() else path).read_text(encoding="utf-8"))


def _row(counts: dict[str, int]) -> list[str]:
    total = counts.get("total", sum(v for k, v in counts.items() if k in SOURCES))
    return [str(counts.get(s, 0)) for s in SOURCES] + [str(total)]


def stats_tables(stats: dict[str, Any]) -> list:
    """Return the tables: pairs per stage and source, filters, help-doc detail, evolution and split."""
    from rich.table import Table

    stages = Table("stage", *_COLUMNS, title="Pairs per source")
    stages.add_row("extracted", *_row(stats["extracted"]))
    stages.add_row("after cleaning", *_row(stats["after_cleaning"]))
    stages.add_row("after de-duplication", *_row(stats["base"]))
    stages.add_row("final (with evolved)", *_row(stats["final"]))

    filters = Table("filter", *_COLUMNS, title="Dropped by cleaning")
    for name, by_source in stats["filters"].items():
        filters.add_row(name, *_row(by_source))
    dups = stats["duplicates_removed"]
    filters.add_row(
        f"duplicates (exact; near at J>={dups['threshold']})", "", "", "", "", f"{dups['exact']}; {dups['near']}"
    )

    detail = Table("item", "value", title="Help docs, evolution, split")
    help_stats = stats["sources"].get("helpdoc", {})
    help_final = stats["helpdoc"]
    rows = [
        ("LibreOffice help version", help_stats.get("help_version", "")),
        (
            "pages read (Writer + linked shared)",
            f"{help_stats.get('writer_pages', 0)} + {help_stats.get('shared_pages', 0)}",
        ),
        ("help pairs kept (from Writer pages)", f"{help_final['total']} ({help_final['from_writer_pages']})"),
        ("help pairs by kind", ", ".join(f"{k} {v}" for k, v in help_final["by_kind"].items())),
        ("Writer-page pairs by kind", ", ".join(f"{k} {v}" for k, v in help_final["writer_pages_by_kind"].items())),
        ("min steps per help pair", help_final["min_steps"]),
    ]
    for source in ("wikihow", "query"):
        if source in stats["sources"]:
            rows.append((f"{source} input", ", ".join(f"{k} {v}" for k, v in stats["sources"][source].items())))
    evolution = stats["evolution"]
    rows.append(("evolution mode", evolution["mode"]))
    for key in ("specialised", "composed", "llm_added", "asked"):
        if key in evolution:
            rows.append((f"evolved: {key}", evolution[key]))
    if evolution.get("llm_dropped"):
        rows.append(("evolved: llm dropped", ", ".join(f"{k} {v}" for k, v in evolution["llm_dropped"].items())))
    rows.append(("final / help pairs", evolution.get("final_over_helpdoc")))
    rows.append(("split (train / test)", f"{stats['split']['train']} / {stats['split']['test']}"))
    for item, value in rows:
        detail.add_row(item, str(value))
    return [stages, filters, detail]

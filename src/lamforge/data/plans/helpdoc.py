"""Help-doc source: LibreOffice's installed Writer help pages → (task, plan) records.

Reads every ``swriter/**.html`` page and, optionally, the ``shared/`` pages that Writer pages link to
(those describe features Writer shares with the other modules: fonts, borders, find & replace ...).
Each recognised procedure becomes one record whose provenance keeps the page path, title, section
and recogniser (``list``, ``inline`` or ``dialog_option``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from lamforge.data.plans.help_blocks import page_blocks, page_title
from lamforge.data.plans.help_dialogs import dialog_option_pairs
from lamforge.data.plans.help_procedures import RawPair, inline_procedures, list_procedures
from lamforge.data.plans.html_tree import parse_html
from lamforge.data.plans.phrasing import contextualise, with_app_context
from lamforge.data.plans.progress import track
from lamforge.data.plans.record import PlanRecord

_SHARED_LINK_RE = re.compile(r'href="en-US/text/(shared/[^"#?]+\.html)')
_VERSION_RE = re.compile(r"LibreOffice ([0-9.]+) Help")


def writer_pages(help_dir: Path) -> list[Path]:
    """Return the Writer help pages under ``help_dir/swriter``, sorted for a stable order."""
    return sorted((help_dir / "swriter").rglob("*.html"))


def linked_shared_pages(help_dir: Path, pages: list[Path]) -> list[Path]:
    """Return the ``shared/`` pages linked from ``pages`` that exist, sorted."""
    found = set()
    for page in pages:
        for rel in _SHARED_LINK_RE.findall(page.read_text(encoding="utf-8", errors="replace")):
            target = help_dir / rel
            if target.is_file():
                found.add(target)
    return sorted(found)


def iter_help_pages(help_dir: str | Path, include_shared: bool = True) -> Iterator[tuple[Path, str]]:
    """Yield (page path, path relative to ``help_dir``) for the pages the source reads."""
    root = Path(help_dir)
    if not (root / "swriter").is_dir():
        raise FileNotFoundError(f"no swriter/ help pages under {root} (install libreoffice-help-en-us)")
    pages = writer_pages(root)
    if include_shared:
        pages = pages + linked_shared_pages(root, pages)
    for page in pages:
        yield page, page.relative_to(root).as_posix()


def pairs_from_html(html: str, *, dialog_options: bool = True) -> tuple[str, list[RawPair]]:
    """Return (page title, raw pairs) for one help page's HTML."""
    root = parse_html(html)
    blocks = page_blocks(root)
    raw = list_procedures(blocks) + inline_procedures(blocks)
    if dialog_options:
        raw += dialog_option_pairs(blocks)
    out = []
    for pair in raw:
        task = contextualise(pair.task, pair.parent) if pair.parent else pair.task
        out.append(RawPair(task, pair.steps, pair.kind, pair.section))
    return page_title(root), out


def records_from_page(path: Path, rel: str, *, dialog_options: bool = True) -> list[PlanRecord]:
    """Return the help-doc records of one page, with provenance."""
    title, raw = pairs_from_html(path.read_text(encoding="utf-8", errors="replace"), dialog_options=dialog_options)
    records = []
    for index, pair in enumerate(raw):
        task = with_app_context(pair.task, f"{rel}#{index}")
        provenance = {"page": rel, "title": title, "section": pair.section, "kind": pair.kind, "index": index}
        records.append(PlanRecord.create(task, pair.steps, "helpdoc", provenance=provenance))
    return records


def help_version(help_dir: str | Path) -> str:
    """Return the LibreOffice version named in the help pages ("7.4"), or "" if not found."""
    page = Path(help_dir) / "swriter" / "main0000.html"
    if page.is_file():
        match = _VERSION_RE.search(page.read_text(encoding="utf-8", errors="replace"))
        if match:
            return match.group(1)
    return ""


def extract_help(
    help_dir: str | Path, *, include_shared: bool = True, dialog_options: bool = True, progress: bool = False
) -> tuple[list[PlanRecord], dict]:
    """Read all help pages and return (records in page order, counts for stats.json)."""
    pages = list(iter_help_pages(help_dir, include_shared))
    records: list[PlanRecord] = []
    by_kind: Counter[str] = Counter()
    with_pairs = 0
    for path, rel in track(pages, "help pages", enabled=progress):
        page_records = records_from_page(path, rel, dialog_options=dialog_options)
        with_pairs += bool(page_records)
        by_kind.update(r.provenance["kind"] for r in page_records)
        records.extend(page_records)
    stats = {
        "help_version": help_version(help_dir),
        "writer_pages": sum(rel.startswith("swriter/") for _, rel in pages),
        "shared_pages": sum(rel.startswith("shared/") for _, rel in pages),
        "pages_with_pairs": with_pairs,
        "extracted_by_kind": dict(sorted(by_kind.items())),
    }
    return records, stats

"""The task-plan build: sources → cleaning → de-duplication → evolving → plans.jsonl, stats.json, hf/.

Same inputs and seed give byte-identical outputs: every stage keeps a deterministic order, ids are
content hashes, the only randomness is the ``random.Random(seed)`` handed to evolution, and the
outputs hold no timestamps. Help-page extraction is checkpointed in ``DIR/.work`` and LLM answers
are cached there, so an interrupted build resumes without redoing them; outputs are written atomically.
"""

from __future__ import annotations

import hashlib
import json
import platform
import random
from collections import Counter
from importlib import metadata
from pathlib import Path
from typing import Any

from lamforge import __version__
from lamforge.data.plans.build_config import PlansBuildConfig
from lamforge.data.plans.dedup import dedup_records
from lamforge.data.plans.filters import FILTERS, clean_records
from lamforge.data.plans.helpdoc import extract_help
from lamforge.data.plans.hf_export import export_hf
from lamforge.data.plans.io import write_plans
from lamforge.data.plans.match import HelpIndex
from lamforge.data.plans.record import SOURCES, PlanRecord
from lamforge.data.plans.split import assign_splits
from lamforge.io.atomic import write_json

_PACKAGE_DIR = Path(__file__).resolve().parent
# Config fields that do not change the data; left out of stats.json so builds in two folders compare equal.
_NOT_INPUTS = ("out_dir", "resume", "progress")


def _code_fingerprint() -> str:
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(_PACKAGE_DIR.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _tree_fingerprint(root: Path, subdirs: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for sub in subdirs:
        for path in sorted((root / sub).rglob("*.html")):
            stat = path.stat()
            digest.update(f"{path.relative_to(root)}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _help_stage(config: PlansBuildConfig, work: Path) -> tuple[list[PlanRecord], dict]:
    """Extract help-doc records, reusing ``.work/helpdoc.json`` when code, pages and options match."""
    root = Path(config.help_dir)
    key = hashlib.sha256(
        json.dumps(
            [
                _code_fingerprint(),
                _tree_fingerprint(root, ("swriter", "shared")),
                config.include_shared,
                config.dialog_options,
            ]
        ).encode()
    ).hexdigest()
    checkpoint = work / "helpdoc.json"
    if config.resume and checkpoint.is_file():
        saved = json.loads(checkpoint.read_text(encoding="utf-8"))
        if saved.get("key") == key:
            return [PlanRecord.from_dict(d) for d in saved["records"]], saved["stats"]
    records, stats = extract_help(
        root, include_shared=config.include_shared, dialog_options=config.dialog_options, progress=config.progress
    )
    state = {"key": key, "records": [r.to_dict() for r in records], "stats": stats}
    write_json(checkpoint, state, sort_keys=True)
    return records, stats


def _merge_filters(*parts: dict) -> dict:
    merged: dict[str, Counter] = {}
    for part in parts:
        for name, by_source in part.items():
            merged.setdefault(name, Counter()).update(by_source)
    return {name: dict(sorted(merged[name].items())) for name in FILTERS if name in merged}


def _by_source(records: list[PlanRecord]) -> dict[str, int]:
    counts = Counter(r.source for r in records)
    return {s: counts[s] for s in SOURCES if counts[s]} | {"total": len(records)}


def _versions(help_version: str) -> dict[str, str]:
    versions = {"lamforge": __version__, "python": platform.python_version(), "libreoffice_help": help_version}
    for package in ("datasets", "datasketch"):
        versions[package] = metadata.version(package)
    return versions


def _helpdoc_summary(records: list[PlanRecord]) -> dict[str, Any]:
    help_records = [r for r in records if r.source == "helpdoc"]
    writer = [r for r in help_records if r.provenance["page"].startswith("swriter/")]
    kinds = Counter(r.provenance["kind"] for r in help_records)
    return {
        "total": len(help_records),
        "from_writer_pages": len(writer),
        "from_shared_pages": len(help_records) - len(writer),
        "writer_pages_by_kind": dict(sorted(Counter(r.provenance["kind"] for r in writer).items())),
        "by_kind": dict(sorted(kinds.items())),
        "min_steps": min((len(r.plan) for r in help_records), default=0),
    }


def _evolve(base: list[PlanRecord], config: PlansBuildConfig, llm) -> tuple[list[PlanRecord], dict]:
    rng = random.Random(config.seed)
    if config.evolve == "rules":
        from lamforge.data.plans.evolve_rules import evolve_by_rules

        return evolve_by_rules(base, config, rng)
    if config.evolve == "llm":
        from lamforge.data.plans.evolve_llm import evolve_with_llm

        return evolve_with_llm(base, config, rng, llm)
    return [], {}


def run(config: PlansBuildConfig) -> Path:
    """Build the task-plan data set described by ``config``; return the path of ``plans.jsonl``."""
    out = Path(config.out_dir)
    work = out / ".work"
    work.mkdir(parents=True, exist_ok=True)
    help_records, help_stats = _help_stage(config, work)
    source_stats: dict[str, Any] = {"helpdoc": help_stats}
    raw = list(help_records)
    if config.wikihow:
        from lamforge.data.plans.wikihow import read_wikihow

        wiki_records, source_stats["wikihow"] = read_wikihow(config.wikihow)
        raw += wiki_records
    cleaned, filters = clean_records(raw, config)
    base, dups = dedup_records(cleaned, config.dedup_threshold, config.minhash_perm)
    llm = None
    if config.llm_enabled:
        from lamforge.data.plans.llm import PlanLLM

        llm = PlanLLM(config, work / "llm_cache.jsonl")
    extracted = Counter(r.source for r in raw)
    if config.queries:
        from lamforge.data.plans.queries import read_queries, records_from_queries

        index = HelpIndex([r for r in base if r.source == "helpdoc"])
        query_records, source_stats["query"] = records_from_queries(read_queries(config.queries), index, config, llm)
        extracted.update(r.source for r in query_records)
        query_clean, query_filters = clean_records(query_records, config)
        cleaned = cleaned + query_clean
        filters = _merge_filters(filters, query_filters)
        base, more = dedup_records(base + query_clean, config.dedup_threshold, config.minhash_perm)
        dups = {
            "exact": dups["exact"] + more["exact"],
            "near": dups["near"] + more["near"],
            "threshold": dups["threshold"],
        }
    evolved, evolve_stats = _evolve(base, config, llm)
    final, last = dedup_records(base + evolved, config.dedup_threshold, near=False)
    splits = assign_splits(final, config.seed, config.test_fraction)
    plans_path = write_plans(out / "plans.jsonl", final)
    split_sizes = export_hf(final, splits, out)
    n_help = sum(r.source == "helpdoc" for r in base)
    stats = {
        "versions": _versions(help_stats.get("help_version", "")),
        "config": {k: v for k, v in config.to_dict().items() if k not in _NOT_INPUTS},
        "sources": source_stats,
        "extracted": {s: extracted[s] for s in SOURCES if extracted[s]} | {"total": sum(extracted.values())},
        "filters": filters,
        "after_cleaning": _by_source(cleaned),
        "duplicates_removed": dups,
        "base": _by_source(base),
        "helpdoc": _helpdoc_summary(base),
        "evolution": {
            "mode": config.evolve,
            **evolve_stats,
            "added": len(final) - len(base),
            "dropped_as_duplicates": last["exact"],
            "final_over_helpdoc": round(len(final) / n_help, 3) if n_help else None,
        },
        "final": _by_source(final),
        "split": split_sizes,
    }
    write_json(out / "stats.json", stats, sort_keys=True)
    return plans_path

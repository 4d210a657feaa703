"""Reading and atomically writing plan files (JSONL records, JSON, HF copies).

Every file goes through :mod:`lamforge.io.atomic` (a temporary file in the same folder, moved into place
with ``os.replace``) and a folder through :func:`replace_dir`, so a reader never sees half an output and an
interrupted build leaves the previous output intact.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from lamforge.data.plans.record import PlanRecord
from lamforge.io.jsonl import write_jsonl


def write_plans(path: str | Path, records: Iterable[PlanRecord]) -> Path:
    """Write records as JSONL atomically, the same bytes every time (key order kept, UTF-8, no spaces)."""
    return write_jsonl((r.to_dict() for r in records), path, separators=(",", ":"))


def load_plans(path: str | Path) -> list[PlanRecord]:
    """Load ``plans.jsonl`` (or a build folder containing one) into :class:`PlanRecord` objects."""
    path = Path(path)
    if path.is_dir():
        path = path / "plans.jsonl"
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    records.append(PlanRecord.from_dict(json.loads(line)))
                except (ValueError, json.JSONDecodeError) as exc:
                    raise ValueError(f"{path}:{number}: {exc}") from exc
    return records


def replace_dir(tmp_dir: Path, final_dir: Path) -> None:
    """Move a fully written folder into place, removing the previous one only after it is ready."""
    old = final_dir.with_name(f".{final_dir.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if final_dir.exists():
        os.replace(final_dir, old)
    os.replace(tmp_dir, final_dir)
    if old.exists():
        shutil.rmtree(old)

"""Write the Hugging Face ``datasets`` copy (``DIR/hf``) with the fixed train/test split.

Phase-1 training loads this with ``datasets.load_from_disk``. ``provenance`` differs in shape per
source, so it is stored as a JSON string; every other field keeps its type (``plan`` is a list).
The folder is written beside the target and moved into place, so it is replaced atomically.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from lamforge.data.plans.io import replace_dir
from lamforge.data.plans.record import PlanRecord

_COLUMNS = ("task_id", "task", "plan", "source", "app", "parent_ids", "provenance")


def _features():
    from datasets import Features, List, Value

    return Features(
        {
            "task_id": Value("string"),
            "task": Value("string"),
            "plan": List(Value("string")),
            "source": Value("string"),
            "app": Value("string"),
            "parent_ids": List(Value("string")),
            "provenance": Value("string"),
        }
    )


def _columns(records: list[PlanRecord]) -> dict[str, list]:
    columns: dict[str, list] = {name: [] for name in _COLUMNS}
    for record in records:
        row = record.to_dict()
        row["provenance"] = json.dumps(row["provenance"], ensure_ascii=False, sort_keys=True)
        for name in _COLUMNS:
            columns[name].append(row[name])
    return columns


def export_hf(records: list[PlanRecord], splits: dict[str, str], out_dir: str | Path) -> dict[str, int]:
    """Save ``records`` as a ``DatasetDict`` with ``train``/``test`` under ``out_dir/hf``; return sizes."""
    from datasets import Dataset, DatasetDict, disable_progress_bars

    disable_progress_bars()
    out_dir = Path(out_dir)
    features = _features()
    parts = {
        name: Dataset.from_dict(_columns([r for r in records if splits[r.task_id] == name]), features=features)
        for name in ("train", "test")
    }
    tmp = out_dir / ".hf.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    DatasetDict(parts).save_to_disk(str(tmp))
    replace_dir(tmp, out_dir / "hf")
    return {name: len(ds) for name, ds in parts.items()}

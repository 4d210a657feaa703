"""Task-plan pairs → phase-1 SFT records in the shared prompt format, keeping the fixed train/test split.

LAM1 learns ``task → numbered plan`` from the train split; the test split is held out for the
planning evaluation (paper Table 2).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from lamforge.io.jsonl import write_jsonl
from lamforge.prompting.format import build_plan_messages, render_plan


def plan_record(task_id: str, task: str, plan: list[str], source: str, split: str) -> dict[str, Any]:
    """One conversational prompt-completion record for plan SFT.

    >>> r = plan_record("t1", "Make text bold", ["Select the text", "Click Bold"], "helpdoc", "train")
    >>> r["completion"][0]["content"]
    '1. Select the text\\n2. Click Bold'
    """
    return {
        "prompt": build_plan_messages(task),
        "completion": [{"role": "assistant", "content": render_plan(plan)}],
        "meta": {"task_id": task_id, "source": source, "split": split, "kind": "plan"},
    }


def _splits(plans_dir: Path) -> dict[str, str]:
    """task_id -> split, from the build's Hugging Face copy (the split's one source of truth)."""
    from datasets import load_from_disk

    dd = load_from_disk(str(plans_dir / "hf"))
    return {tid: name for name in dd for tid in dd[name]["task_id"]}


def write_plan_sft(plans_dir: str | os.PathLike[str], out_dir: str | os.PathLike[str]) -> dict[str, Path]:
    """Write ``plans_sft.jsonl`` (train) and ``plans_test.jsonl`` (test) into ``out_dir``."""
    plans_dir, out = Path(plans_dir), Path(out_dir)
    splits = _splits(plans_dir)
    rows: dict[str, list[dict[str, Any]]] = {"train": [], "test": []}
    with (plans_dir / "plans.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            split = splits.get(r["task_id"], "train")
            rows[split].append(plan_record(r["task_id"], r["task"], r["plan"], r["source"], split))
    out.mkdir(parents=True, exist_ok=True)
    paths = {"train": out / "plans_sft.jsonl", "test": out / "plans_test.jsonl"}
    for split, path in paths.items():
        write_jsonl(rows[split], path)
    return paths

"""Reading the training records of the data contract, hashing them, and shaping them for the trainers.

Every phase reads JSONL records of the same shape, produced by the shared prompt-format module:
``{"prompt": [system, user], "completion": [assistant], "meta": {"task_id", "step", "family", "success"}}``
(plan records have the same prompt/completion shape and any ``meta``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Record = dict[str, Any]


def read_records(path: str | Path) -> list[Record]:
    """Read a JSONL file of records, naming the file and line of any malformed one."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not JSON ({exc.msg})") from exc
            if not isinstance(rec.get("prompt"), list) or not isinstance(rec.get("completion"), list):
                raise ValueError(f"{path}:{lineno}: expected conversational 'prompt' and 'completion' lists")
            records.append(rec)
    return records


def read_many(paths: Iterable[str | Path]) -> list[Record]:
    """Concatenate the records of several JSONL files (missing optional files are skipped by callers)."""
    out: list[Record] = []
    for p in paths:
        out.extend(read_records(p))
    return out


def sha256_file(path: str | Path) -> str:
    """Hex sha256 of a file, recorded in each checkpoint's metadata."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def is_success(rec: Record) -> bool:
    """Whether a step record comes from a successful trajectory (``meta.success``; plans count as success).

    >>> is_success({"meta": {"success": False}}), is_success({"meta": {}}), is_success({})
    (False, True, True)
    """
    return bool((rec.get("meta") or {}).get("success", True))


def reward_label(rec: Record) -> float:
    """Regression target of the reward model: +1.0 for a step of a successful trajectory, else -1.0.

    >>> reward_label({"meta": {"success": True}}), reward_label({"meta": {"success": False}})
    (1.0, -1.0)
    """
    return 1.0 if is_success(rec) else -1.0


def task_id(rec: Record) -> str:
    """The record's task id (empty when absent)."""
    return str((rec.get("meta") or {}).get("task_id", ""))


def prompt_completion(records: Iterable[Record]) -> list[Record]:
    """Keep only the columns the trainers read (``meta`` varies in shape and would upset Arrow)."""
    return [{"prompt": r["prompt"], "completion": r["completion"]} for r in records]


def token_length(tokenizer: Any, rec: Record) -> int:
    """Tokens of prompt + completion as rendered by the chat template."""
    ids = tokenizer.apply_chat_template(rec["prompt"] + rec["completion"], tokenize=True, return_dict=True)
    return len(ids["input_ids"])


def drop_too_long(tokenizer: Any, records: list[Record], max_length: int) -> tuple[list[Record], int, int]:
    """Drop records longer than ``max_length`` tokens (truncation would cut the completion, the only target).

    Returns:
        ``(kept, dropped, kept_tokens)``: the records that fit, how many were dropped, and their total tokens.

    """
    kept, dropped, tokens = [], 0, 0
    for rec in records:
        n = token_length(tokenizer, rec)
        if n <= max_length:
            kept.append(rec)
            tokens += n
        else:
            dropped += 1
    return kept, dropped, tokens


def split_by_task(records: list[Record], eval_fraction: float, seed: int) -> tuple[list[Record], list[Record]]:
    """Split records into train/eval by task id, so no trajectory has steps on both sides.

    The split is a hash of ``seed`` and the task id (stable across runs and machines).

    >>> recs = [{"meta": {"task_id": f"t{i}"}} for i in range(100)]
    >>> tr, ev = split_by_task(recs, 0.2, seed=0)
    >>> len(tr) + len(ev), 10 < len(ev) < 30
    (100, True)
    """
    if eval_fraction <= 0:
        return records, []
    train, held = [], []
    for i, rec in enumerate(records):
        key = task_id(rec) or f"#{i}"
        bucket = int(hashlib.sha256(f"{seed}_{key}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
        (held if bucket < eval_fraction else train).append(rec)
    return train, held

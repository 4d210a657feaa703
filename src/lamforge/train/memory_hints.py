"""The task memory of a training run: built once, carried by every step checkpoint, optionally in the prompts.

The first step phase (imitation) builds the memory from its expert successes and saves it in its
checkpoint; later phases reuse the memory of the checkpoint they start from. The runtime guides decoding
with it (:mod:`lamforge.guidance.hint_guide`). With ``hint_in_prompt`` the training prompts also show each
record's hint (its own task left out, see :mod:`lamforge.guidance.task_memory`), and the runtime shows it too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lamforge.guidance.task_memory import TaskMemory, known_tasks
from lamforge.prompting.format import request_from_messages, with_request
from lamforge.train.data import Record, task_id
from lamforge.train.request_masking import masked_requests


def attach_hints(records: list[Record], memory: TaskMemory) -> list[Record]:
    """Copies of ``records`` whose prompts show the memory's hint for their request (own task left out)."""
    prompts = memory.hint_prompts([r["prompt"] for r in records], exclude=[task_id(r) or None for r in records])
    return [{**r, "prompt": p} for r, p in zip(records, prompts, strict=True)]


def mask_records(records: list[Record], fraction: float, seed: int) -> tuple[list[Record], int]:
    """Records whose task was chosen for masking ask the masked request; returns them and the tasks masked."""
    tasks = {}
    for r in records:
        meta = r.get("meta") or {}
        if task_id(r) and meta.get("family"):
            tasks.setdefault(task_id(r), (task_id(r), str(meta["family"]), request_from_messages(r["prompt"])))
    masked = masked_requests(list(tasks.values()), fraction, seed)
    out = [{**r, "prompt": with_request(r["prompt"], masked[task_id(r)])} if task_id(r) in masked else r
           for r in records]
    return out, len(masked)


def phase_memory(cfg: Any, records: list[Record], out: Path, *, build: bool,
                 mask: bool = False) -> tuple[list[Record], dict[str, Any]]:
    """Hinted records for a step phase and the memory's facts for its metadata; the memory is saved in ``out``.

    Args:
        cfg: the phase config (``task_memory``: carry a memory at all; ``hint_in_prompt``: show hints in the
            prompts; ``init``: the checkpoint started from).
        records: the phase's step records.
        out: the phase's in-progress directory (published with the weights).
        build: build a memory from ``records`` when ``cfg.init`` has none (the first step phase); records
            without task ids and families build none, and are returned as they are.
        mask: mask the requests of ``cfg.mask_requests`` of the tasks after hinting (supervised phases).

    """
    if not cfg.task_memory:
        return records, {"task_memory": False}
    memory = TaskMemory.load(cfg.init) if cfg.init else None
    if memory is None and build:
        tasks = known_tasks(records)  # none when the records carry no task ids and families
        memory = TaskMemory(tasks) if tasks else None
    if memory is None:
        return records, {"task_memory": False}
    memory.in_prompt = bool(cfg.hint_in_prompt)
    memory.save(out)
    facts = {"tasks": len(memory.tasks), "matcher": memory.matcher, "in_prompt": memory.in_prompt}
    if not memory.in_prompt:
        return records, {"task_memory": facts}
    hinted, n_masked = attach_hints(records, memory), 0  # hints come from the unmasked request
    if mask and cfg.mask_requests > 0:
        hinted, n_masked = mask_records(hinted, cfg.mask_requests, cfg.seed)
    return hinted, {"task_memory": {**facts, "masked_tasks": n_masked}}

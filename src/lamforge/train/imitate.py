"""Phase 2 (LAM2): imitation learning, i.e. SFT of LAM1 on expert (state → action) step samples."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lamforge.train.data import read_records
from lamforge.train.imitate_config import ImitateConfig
from lamforge.train.memory_hints import phase_memory
from lamforge.train.runner import load_init, start_phase
from lamforge.train.sft import run_sft, select_records, with_plan_replay

PHASE = "lam2"


def run(cfg: ImitateConfig, *, progress: bool = True, callbacks: Sequence[Any] = ()) -> Path:
    """Train LAM2 from ``cfg.init`` (LAM1) into ``cfg.out``; skipped when finished, resumed when interrupted.

    ``progress`` shows a rich bar; ``callbacks`` are more trainer callbacks (e.g. a caller's display).

    Returns:
        The finished LAM2 directory.

    """
    pdir, done = start_phase(cfg, needs=("init",), why="imitation starts from LAM1: pass --init LAM1_DIR")
    if done:
        return pdir.out
    resume = pdir.prepare(force=cfg.force)
    records, memory = phase_memory(cfg, select_records(cfg, read_records(cfg.data)), pdir.tmp, build=True, mask=True)
    records = with_plan_replay(cfg, records)
    model, tokenizer = load_init(cfg)
    return run_sft(
        cfg, phase=PHASE, pdir=pdir, resume=resume, model=model, tokenizer=tokenizer,
        records=records, data_files=[cfg.data], progress=progress, extra_callbacks=callbacks, extra_meta=memory,
    )

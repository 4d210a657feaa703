"""Phase 1 (LAM1): task-plan SFT.

Builds the starting model (a local ``--base-model`` or the tiny Mistral from scratch with a tokenizer
trained on our corpus) and fine-tunes it on task → plan pairs with completion-only loss.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lamforge.train.checkpoint import PhaseDir, is_main_process, wait_for_everyone
from lamforge.train.data import read_many, read_records
from lamforge.train.plan_config import PlanConfig
from lamforge.train.runner import start_phase
from lamforge.train.sft import run_sft, select_records
from lamforge.train.tokenizer import record_texts, save_tokenizer, train_tokenizer
from lamforge.train.tokenizer_config import TokenizerConfig

PHASE = "lam1"


def build_tokenizer(cfg: TokenizerConfig, corpus_files: list[str | Path], out_dir: Path) -> Any:
    """Train the byte-level BPE on the texts of ``corpus_files`` and save it to ``out_dir`` (main process).

    An existing tokenizer in ``out_dir`` is reused, so a resumed or parallel run keeps the same vocabulary.
    """
    from lamforge.train.modeling import load_tokenizer

    if not (out_dir / "tokenizer.json").is_file() and is_main_process():
        tok = train_tokenizer(record_texts(read_many(corpus_files)), cfg)
        out_dir.mkdir(parents=True, exist_ok=True)
        save_tokenizer(tok, out_dir)
    wait_for_everyone()
    return load_tokenizer(out_dir)


def starting_model(cfg: PlanConfig, pdir: PhaseDir) -> tuple[Any, Any]:
    """Return ``(model, tokenizer)`` to train: the base checkpoint, or the tiny model with our tokenizer."""
    from lamforge.train.modeling import build_tiny_model, load_causal_lm, load_tokenizer
    from lamforge.train.tokenizer import ensure_chat_template

    if cfg.base_model:
        tokenizer = load_tokenizer(cfg.base_model)
        model = load_causal_lm(cfg.base_model, bf16=cfg.bf16 and cfg.lora)
        if ensure_chat_template(tokenizer):
            model.resize_token_embeddings(len(tokenizer))
        return model, tokenizer
    if cfg.tokenizer:
        tokenizer = load_tokenizer(cfg.tokenizer)
    else:
        tokenizer = build_tokenizer(cfg, [cfg.data, *cfg.corpus], pdir.tmp)
    return build_tiny_model(cfg, tokenizer, seed=cfg.seed), tokenizer


def run(cfg: PlanConfig, *, progress: bool = True, callbacks: Sequence[Any] = ()) -> Path:
    """Train LAM1 into ``cfg.out`` (skipped when already finished, resumed when interrupted).

    Args:
        cfg: Phase 1 config (``data``: plan SFT JSONL; ``out``: LAM1 directory).
        progress: Show a rich progress bar.
        callbacks: More trainer callbacks (e.g. a caller's own progress display).

    Returns:
        The finished LAM1 directory.

    """
    pdir, done = start_phase(cfg)
    if done:
        return pdir.out
    resume = pdir.prepare(force=cfg.force)
    records = select_records(cfg, read_records(cfg.data))
    model, tokenizer = starting_model(cfg, pdir)
    files = [cfg.data, *cfg.corpus]
    return run_sft(
        cfg, phase=PHASE, pdir=pdir, resume=resume, model=model, tokenizer=tokenizer,
        records=records, data_files=files, progress=progress, extra_callbacks=callbacks,
    )

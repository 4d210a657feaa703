"""The supervised phase runner: TRL ``SFTTrainer`` with completion-only loss, into a phase directory.

Plan SFT, imitation and the self-boosting fine-tune differ only in where the model and the records come
from; all three hand those to :func:`run_sft`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lamforge.train.checkpoint import PhaseDir
from lamforge.train.data import Record, drop_too_long, is_success, prompt_completion
from lamforge.train.modeling import count_parameters, lora_config
from lamforge.train.plain_loss import plain_loss_sft_trainer, use_plain_loss
from lamforge.train.runner import adopt, callbacks, save_phase, train_metrics, training_kwargs
from lamforge.train.sft_config import SFTPhaseConfig


def select_records(cfg: SFTPhaseConfig, records: list[Record]) -> list[Record]:
    """Apply ``only_success`` and fail clearly when nothing is left to train on."""
    kept = [r for r in records if is_success(r)] if cfg.only_success else list(records)
    if not kept:
        raise ValueError(f"{cfg.data}: no training records left (only_success={cfg.only_success})")
    return kept


def with_plan_replay(cfg: SFTPhaseConfig, records: list[Record]) -> list[Record]:
    """``records`` plus ``plan_mix`` of their number in task-plan records from ``plan_data`` (seeded draw).

    Phases after the first learn only step prompts and would forget how to plan; a few plan records keep
    the task → plan skill (and the ``plan`` field of their replies) alive.
    """
    import random

    from lamforge.train.data import read_records

    if not cfg.plan_data or cfg.plan_mix <= 0:
        return records
    plans = read_records(cfg.plan_data)
    rng = random.Random(cfg.seed)
    n = min(len(plans), round(cfg.plan_mix * len(records)))
    return records + rng.sample(plans, n)


def run_sft(
    cfg: SFTPhaseConfig,
    *,
    phase: str,
    pdir: PhaseDir,
    resume: str | None,
    model: Any,
    tokenizer: Any,
    records: list[Record],
    data_files: list[str | Path],
    progress: bool = True,
    extra_callbacks: Sequence[Any] = (),
    extra_meta: dict[str, Any] | None = None,
) -> Path:
    """Fine-tune ``model`` on ``records`` and publish the phase directory.

    Args:
        cfg: The phase config.
        phase: Phase name written in the metadata (``lam1``, ``lam2``, ``lam3``).
        pdir: The phase directory (already prepared).
        resume: Trainer checkpoint to resume from, or None.
        model: The causal LM to train (fresh, or the previous phase).
        tokenizer: Its tokenizer, with the chat template.
        records: Conversational prompt/completion records.
        data_files: Input files, hashed into the metadata.
        progress: Show a rich progress bar.
        extra_callbacks: More trainer callbacks (e.g. a caller's own progress display).
        extra_meta: Extra metadata keys (e.g. exploration counts).

    """
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    kept, dropped, tokens = drop_too_long(tokenizer, records, cfg.max_length)
    if not kept:
        raise ValueError(f"every record is longer than max_length={cfg.max_length} tokens")
    dataset = Dataset.from_list(prompt_completion(kept))
    grouped = cfg.group_by_length and not cfg.packing
    args = SFTConfig(
        **{
            "completion_only_loss": True,
            "max_length": cfg.max_length,
            "packing": cfg.packing,
            "train_sampling_strategy": "group_by_length" if grouped else "random",
            **training_kwargs(cfg, pdir, len(kept), tokens),
        }
    )
    history, cbs = callbacks(f"{phase} SFT", progress, extra_callbacks=extra_callbacks)
    trainer_cls = plain_loss_sft_trainer() if use_plain_loss(model) else SFTTrainer
    trainer = adopt(trainer_cls(
        model=model,
        args=args,
        train_dataset=dataset,
        processing_class=tokenizer,
        peft_config=lora_config(cfg, "CAUSAL_LM") if cfg.lora else None,
        callbacks=cbs,
    ))
    output = trainer.train(resume_from_checkpoint=resume)
    metrics = train_metrics(trainer, output, history, tokens, resume)
    metrics.update({
        "records": len(kept), "dropped_too_long": dropped, "parameters": count_parameters(trainer.model),
    })
    return save_phase(
        trainer, tokenizer, pdir, phase=phase, cfg=cfg, data_files=data_files, metrics=metrics, extra=extra_meta
    )

"""Plumbing shared by the phase trainers: training arguments, metrics, saving and metadata.

Each phase file builds its own TRL/transformers trainer; this module keeps the parts that would
otherwise be repeated five times, so the phases stay short and behave the same way (batching across
devices, resumption, atomic output, metadata).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lamforge.train.callbacks import LossHistory, RichProgress
from lamforge.train.checkpoint import PhaseDir, accel_state, build_meta, is_main_process
from lamforge.train.config_base import PhaseConfig
from lamforge.train.data import sha256_file
from lamforge.train.tokenizer import save_tokenizer


def batch_layout(batch_size: int, micro_batch_size: int | None, world_size: int) -> tuple[int, int]:
    """Split a global batch into (per-device batch, gradient-accumulation steps) for ``world_size`` devices.

    >>> batch_layout(16, None, 1), batch_layout(16, 4, 1), batch_layout(16, None, 8), batch_layout(16, 4, 8)
    ((16, 1), (4, 4), (2, 1), (2, 1))
    """
    per_device = max(1, batch_size // world_size)
    if micro_batch_size:
        per_device = min(per_device, micro_batch_size)
    accum = max(1, math.ceil(batch_size / (per_device * world_size)))
    return per_device, accum


def planned_steps(cfg: PhaseConfig, n_records: int, tokens: int) -> int:
    """Optimizer steps to run: ``max_steps``, else ``epochs``, capped by the ``max_tokens`` budget.

    The budget is what keeps the CPU profile's wall time bounded whatever the data size (tokens/s is
    roughly constant for a given model), and it is a no-op when 0.

    >>> from lamforge.train.config_base import PhaseConfig
    >>> planned_steps(PhaseConfig(batch_size=10, epochs=2), n_records=100, tokens=20_000)
    20
    >>> planned_steps(PhaseConfig(batch_size=10, epochs=2, max_tokens=10_000), n_records=100, tokens=20_000)
    5
    >>> planned_steps(PhaseConfig(batch_size=10, max_steps=3, max_tokens=10_000), n_records=100, tokens=20_000)
    3
    """
    per_epoch = max(1, math.ceil(n_records / cfg.batch_size))
    steps = cfg.max_steps if cfg.max_steps > 0 else max(1, math.ceil(cfg.epochs * per_epoch))
    if cfg.max_tokens > 0 and n_records and tokens:
        per_step = tokens / n_records * cfg.batch_size
        steps = min(steps, max(1, math.ceil(cfg.max_tokens / per_step)))
    return steps


def training_kwargs(cfg: PhaseConfig, pdir: PhaseDir, n_records: int = 0, tokens: int = 0) -> dict[str, Any]:
    """Keyword arguments every phase passes to its TRL/transformers config.

    With ``n_records`` and ``tokens`` (one pass over the data) the step count is planned here, so the
    token budget applies; without them the trainer's own ``max_steps``/``epochs`` logic is used.
    """
    per_device, accum = batch_layout(cfg.batch_size, cfg.micro_batch_size, accel_state().num_processes)
    kwargs: dict[str, Any] = {
        "output_dir": str(pdir.trainer_dir),
        "per_device_train_batch_size": per_device,
        "gradient_accumulation_steps": accum,
        "learning_rate": cfg.learning_rate,
        "lr_scheduler_type": cfg.lr_scheduler,
        "warmup_steps": cfg.warmup_steps,
        "weight_decay": cfg.weight_decay,
        "num_train_epochs": cfg.epochs,
        "max_steps": planned_steps(cfg, n_records, tokens) if n_records else cfg.max_steps,
        "seed": cfg.seed,
        "data_seed": cfg.seed,
        "bf16": cfg.bf16,
        "activation_checkpointing": cfg.activation_checkpointing,
        "dataloader_pin_memory": _has_cuda(),
        "logging_steps": cfg.logging_steps,
        "logging_first_step": True,
        "save_strategy": "steps",
        "save_steps": cfg.save_steps,
        "save_total_limit": 1,
        "report_to": "none",
        "disable_tqdm": True,
        "dataloader_num_workers": 0,
    }
    if cfg.bf16 and not _has_cuda():
        kwargs["use_cpu"] = True  # transformers only allows bf16 without a GPU when told it is on the CPU
    kwargs.update(cfg.trainer_args or {})
    return kwargs


def _has_cuda() -> bool:
    import torch

    return torch.cuda.is_available()


def native_bf16_cpu(cpuinfo: str | None = None) -> bool:
    """Whether this CPU computes in bfloat16 natively (AVX512-BF16 or AMX), where bf16 autocast pays.

    Measured on the 2-core dev machine (avx512_bf16, no AMX), tiny Mistral: 1.26x training tokens/s in bf16
    mixed precision, the same losses and the same held-out results as float32 (``docs/training.md``). Without
    these instructions bfloat16 is emulated, so the tiny profile trains in float32 there.

    >>> native_bf16_cpu("flags : fpu avx2 avx512f avx512_bf16"), native_bf16_cpu("flags : fpu avx2 avx512f")
    (True, False)
    """
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(errors="replace")
        except OSError:
            return False
    flags = next((line.split(":", 1)[1].split() for line in cpuinfo.splitlines() if line.startswith("flags")), [])
    return "avx512_bf16" in flags or "amx_bf16" in flags


def start_phase(cfg: PhaseConfig, *, needs: Sequence[str] = (), why: str = "") -> tuple[PhaseDir, bool]:
    """The preamble of every phase, in one order: check the config, reuse a finished phase, set up the process.

    Args:
        cfg: The phase config; validated first.
        needs: Config fields that must be set (``init``: the previous phase's checkpoint); when one is empty,
            ``ValueError(why)``.
        why: The message naming what to pass.

    Returns:
        The phase directory and whether it already holds a finished phase to reuse (then the caller returns
        ``pdir.out`` and nothing is set up); otherwise the process is ready to train (:func:`prepare_process`)
        and the caller calls ``pdir.prepare`` when it is ready to write.

    """
    cfg.validate()
    if any(not getattr(cfg, name) for name in needs):
        raise ValueError(why or f"{type(cfg).__name__} needs {', '.join(needs)}")
    if cfg.bf16 and cfg.profile == "tiny" and not cfg.lora and not _has_cuda() and not native_bf16_cpu():
        cfg.bf16 = False  # emulated bfloat16 is slower than float32: the metadata records what was trained
    pdir = PhaseDir(Path(cfg.out))
    if pdir.reusable(cfg.force):
        return pdir, True
    prepare_process(cfg)
    return pdir, False


def load_init(cfg: PhaseConfig) -> tuple[Any, Any]:
    """The checkpoint a phase starts from (``cfg.init``): the causal LM (bfloat16 only under LoRA) and its tokenizer."""
    from lamforge.train.modeling import load_causal_lm, load_tokenizer

    return load_causal_lm(cfg.init, bf16=cfg.bf16 and cfg.lora), load_tokenizer(cfg.init)


def prepare_process(cfg: PhaseConfig) -> None:
    """Per-process setup before a phase: library noise off, and torch's CPU thread count if configured."""
    quiet_libraries()
    if cfg.torch_threads > 0:
        import torch

        torch.set_num_threads(cfg.torch_threads)


def quiet_libraries() -> None:
    """Silence the libraries' own tqdm bars and per-step prints; the phase shows one rich bar instead."""
    import warnings

    import datasets
    import transformers

    warnings.filterwarnings("ignore", message=".*deprecated and will be removed in v6.*", category=FutureWarning)
    datasets.disable_progress_bars()
    transformers.utils.logging.disable_progress_bar()
    transformers.utils.logging.set_verbosity_error()


def adopt(trainer: Any) -> Any:
    """Drop the trainer's print-every-log callback (the rich bar and the metadata keep the losses)."""
    from transformers.trainer_callback import PrinterCallback, ProgressCallback

    trainer.remove_callback(PrinterCallback)
    trainer.remove_callback(ProgressCallback)
    return trainer


def callbacks(
    label: str, progress: bool, track: tuple[str, ...] = (), extra_callbacks: Sequence[Any] = ()
) -> tuple[LossHistory, list[Any]]:
    """The loss recorder (plus ``track``ed keys), the caller's callbacks and, if ``progress``, a rich bar."""
    history = LossHistory(track)
    extra: list[Any] = [history, *extra_callbacks]
    if progress:
        extra.append(RichProgress(label))
    return history, extra


def train_metrics(
    trainer: Any, output: Any, history: LossHistory, tokens: int, resume: str | None = None
) -> dict[str, Any]:
    """Final figures of a training run, for the metadata and the report.

    Args:
        trainer: The finished trainer.
        output: What ``trainer.train()`` returned.
        history: The loss recorder.
        tokens: Tokens in one pass over the training data (prompt + completion, before padding).
        resume: The trainer checkpoint this run resumed from, if any.

    """
    m = output.metrics
    epochs = float(m.get("epoch", trainer.state.epoch or 0.0))
    runtime = float(m.get("train_runtime", 0.0))
    trained_tokens = int(tokens * epochs)
    return {
        "global_steps": int(trainer.state.global_step),
        "epochs": round(epochs, 4),
        "train_loss_mean": float(output.training_loss),
        "first_loss": history.history[0][1] if history.history else None,
        "final_loss": history.history[-1][1] if history.history else None,
        "loss_history": history.history,
        "train_runtime_s": round(runtime, 2),
        "train_tokens": trained_tokens,
        # a resumed run's runtime covers only its own part, so its rate would be inflated
        "train_tokens_per_s": round(trained_tokens / runtime, 1) if runtime and trained_tokens and not resume else None,
        "resumed_from": Path(resume).name if resume else None,
    }


def data_hashes(paths: list[str | Path]) -> dict[str, str]:
    """``{path: sha256}`` of the input files."""
    return {str(p): sha256_file(p) for p in paths}


def save_phase(
    trainer: Any,
    tokenizer: Any,
    pdir: PhaseDir,
    *,
    phase: str,
    cfg: PhaseConfig,
    data_files: list[str | Path],
    metrics: dict[str, Any],
    extra: dict[str, Any] | None = None,
) -> Path:
    """Save the trained model (adapters merged if asked) and tokenizer, write metadata, publish ``out``."""
    model = trainer.model
    if cfg.lora and cfg.merge_lora:
        from lamforge.train.modeling import merged

        plain = merged(trainer.accelerator.unwrap_model(model))
        if is_main_process():
            plain.save_pretrained(str(pdir.tmp))
    else:
        trainer.save_model(str(pdir.tmp))
    if is_main_process():
        save_tokenizer(tokenizer, pdir.tmp)
    meta = build_meta(phase, dataclasses.asdict(cfg), data_hashes(data_files), metrics, **(extra or {}))
    return pdir.finalize(meta)

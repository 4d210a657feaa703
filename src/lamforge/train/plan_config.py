"""Config of phase 1 (LAM1): task-plan SFT, which also decides the model and tokenizer of the whole run."""

from __future__ import annotations

from dataclasses import dataclass

from lamforge.train.config_base import opt
from lamforge.train.model_config import TinyModelConfig
from lamforge.train.sft_config import SFTPhaseConfig
from lamforge.train.tokenizer_config import TokenizerConfig


@dataclass
class PlanConfig(SFTPhaseConfig, TinyModelConfig, TokenizerConfig):
    """Phase 1: SFT on (task → plan) pairs, from a local base checkpoint or a tiny model built from scratch."""

    # Parameters that control the model
    base_model: str | None = opt(None, "Local Hugging Face checkpoint to start from instead of the tiny model.")
    tokenizer: str | None = opt(None, "Tokenizer directory for the tiny model; trained on the corpus if absent.")
    corpus: list[str] = opt([], "Extra JSONL files whose texts the tokenizer is trained on (samples, controls).")

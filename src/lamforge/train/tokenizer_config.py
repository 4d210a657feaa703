"""Config of the byte-level BPE tokenizer trained on lamforge's own corpus."""

from __future__ import annotations

from dataclasses import dataclass

from lamforge.train.config_base import opt


@dataclass
class TokenizerConfig:
    """How the from-scratch tokenizer is trained (only used when no ``--base-model`` is given)."""

    vocab_size: int = opt(4096, "Vocabulary size of the byte-level BPE, special tokens included.")
    min_frequency: int = opt(2, "Minimum pair frequency for a BPE merge.")
    max_texts: int = opt(200_000, "Most texts read from the corpus (plans, samples, control lists).")

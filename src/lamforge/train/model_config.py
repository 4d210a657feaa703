"""Config of the tiny Mistral-architecture model built from scratch for CPU training."""

from __future__ import annotations

from dataclasses import dataclass

from lamforge.train.config_base import opt


@dataclass
class TinyModelConfig:
    """Shape of the from-scratch ``MistralForCausalLM`` (used when no ``--base-model`` is given).

    The defaults (hidden 256, 4 layers, 8 heads, 4 KV heads) train at several thousand tokens/s on two
    CPU cores, which is what lets all four phases of the demo run in minutes.
    """

    hidden_size: int = opt(256, "Width of the residual stream.")
    intermediate_size: int = opt(768, "Width of the SwiGLU feed-forward layer.")
    num_hidden_layers: int = opt(4, "Transformer blocks.")
    num_attention_heads: int = opt(8, "Query heads per block.")
    num_key_value_heads: int = opt(4, "Key/value heads per block (grouped-query attention).")
    max_position_embeddings: int = opt(2048, "Longest sequence the model is built for (RoPE).")
    rope_theta: float = opt(10000.0, "RoPE base frequency.")
    tie_word_embeddings: bool = opt(True, "Share the input embedding and the output projection.")

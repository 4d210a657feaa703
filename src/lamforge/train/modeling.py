"""Building, loading and running models: the tiny from-scratch Mistral, local checkpoints, LoRA.

The agent backend uses :func:`load_for_inference` and :func:`generate_text`. Fast generation on CPU or
GPU: ``model.eval()``, ``torch.inference_mode()``, ``use_cache=True`` (the KV cache, on by default) and
greedy decoding (``do_sample=False``), stopping on the tokenizer's eos (``<|end|>`` for our tokenizer),
with ``max_new_tokens`` bounded by the longest action; batch several prompts with left padding when
evaluating many states at once. On GPUs, ``cache_implementation="static"`` cuts the per-step Python
overhead further (see the project facts).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lamforge.train.model_config import TinyModelConfig


def build_tiny_model(config: TinyModelConfig, tokenizer: Any, seed: int = 0) -> Any:
    """Build a randomly initialised ``MistralForCausalLM`` sized by ``config`` for ``tokenizer``.

    Args:
        config: Model shape.
        tokenizer: Tokenizer whose vocabulary and special-token ids the model must match.
        seed: Seed of the weight initialisation (passed in, so runs are reproducible).

    """
    import torch
    from transformers import MistralConfig, MistralForCausalLM

    mcfg = MistralConfig(
        vocab_size=len(tokenizer),
        hidden_size=config.hidden_size,
        intermediate_size=config.intermediate_size,
        num_hidden_layers=config.num_hidden_layers,
        num_attention_heads=config.num_attention_heads,
        num_key_value_heads=config.num_key_value_heads,
        head_dim=config.hidden_size // config.num_attention_heads,
        max_position_embeddings=config.max_position_embeddings,
        rope_theta=config.rope_theta,
        sliding_window=None,
        tie_word_embeddings=config.tie_word_embeddings,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    devices = torch.random.fork_rng(devices=[])
    with devices:
        torch.manual_seed(seed)
        model = MistralForCausalLM(mcfg)
    _set_generation_ids(model, tokenizer)
    return model


def count_parameters(model: Any) -> int:
    """Number of distinct parameters (tied weights counted once)."""
    seen: set[int] = set()
    total = 0
    for p in model.parameters():
        if id(p) not in seen:
            seen.add(id(p))
            total += p.numel()
    return total


def load_tokenizer(path: str | Path) -> Any:
    """Load a tokenizer directory, with a pad token guaranteed."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(path))
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def load_causal_lm(path: str | Path, *, bf16: bool = False) -> Any:
    """Load a causal LM checkpoint from a local directory (never the hub).

    Weights are bfloat16 only when asked (frozen LoRA bases, inference); full training keeps float32
    master weights and uses bf16 autocast through the trainer instead.
    """
    import torch
    from transformers import AutoModelForCausalLM

    dtype = torch.bfloat16 if bf16 else torch.float32
    return AutoModelForCausalLM.from_pretrained(str(path), dtype=dtype, local_files_only=True)


def lora_config(cfg: Any, task_type: str) -> Any:
    """Build the PEFT LoRA config of a phase (``task_type`` is ``CAUSAL_LM`` or ``SEQ_CLS``)."""
    from peft import LoraConfig

    targets: Any = cfg.lora_target_modules
    if targets != "all-linear":
        targets = [t.strip() for t in targets.split(",") if t.strip()]
    return LoraConfig(
        r=cfg.lora_r,
        lora_alpha=cfg.lora_alpha,
        lora_dropout=cfg.lora_dropout,
        target_modules=targets,
        task_type=task_type,
    )


def merged(model: Any) -> Any:
    """Return a plain model: LoRA adapters merged in if ``model`` is a PEFT model."""
    if hasattr(model, "merge_and_unload"):
        return model.merge_and_unload()
    return model


def load_for_inference(path: str | Path, *, device: str | None = None, bf16: bool | None = None) -> tuple[Any, Any]:
    """Load a phase checkpoint for generation: ``(model, tokenizer)`` in eval mode, greedy by default.

    Args:
        path: A phase directory (``RUN/lam1`` … ``RUN/lam4``) or any local causal-LM checkpoint.
        device: ``cpu``, ``cuda`` …; default: CUDA when available.
        bf16: Load weights in bfloat16; default: on CUDA only.

    """
    import torch

    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    bf16 = (device != "cpu") if bf16 is None else bf16
    tokenizer = load_tokenizer(path)
    model = load_causal_lm(path, bf16=bf16).to(device)
    model.eval()
    _set_generation_ids(model, tokenizer)
    model.generation_config.do_sample = False
    model.generation_config.use_cache = True
    for key in ("temperature", "top_p", "top_k"):
        setattr(model.generation_config, key, None)
    return model, tokenizer


def generate_text(
    model: Any,
    tokenizer: Any,
    messages: list[dict[str, str]],
    *,
    max_new_tokens: int = 256,
    do_sample: bool = False,
    temperature: float = 1.0,
) -> str:
    """Generate the assistant reply to chat ``messages`` (system + user) and return its text.

    Greedy with the KV cache unless ``do_sample``; stops at the eos that closes the assistant turn.
    """
    import torch

    enc = tokenizer.apply_chat_template(
        messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
    ).to(model.device)
    sampling = {"do_sample": True, "temperature": temperature} if do_sample else {"do_sample": False}
    with torch.inference_mode():
        out = model.generate(**enc, max_new_tokens=max_new_tokens, use_cache=True, **sampling)
    return tokenizer.decode(out[0, enc["input_ids"].shape[1]:], skip_special_tokens=True)


def _set_generation_ids(model: Any, tokenizer: Any) -> None:
    gen = model.generation_config
    gen.eos_token_id = tokenizer.eos_token_id
    gen.pad_token_id = tokenizer.pad_token_id
    if tokenizer.bos_token_id is not None:
        gen.bos_token_id = tokenizer.bos_token_id

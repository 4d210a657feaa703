"""A tiny randomly initialised chat model and tokenizer, built locally (no downloads) for agent tests."""

from __future__ import annotations

import json
from pathlib import Path

from lamforge.prompting.format import AgentOutput, system_prompt

CORPUS_OUTPUTS = [
    AgentOutput("Select the title.", "1", "Document", "select_text", {"text": "Quarterly Report"}, "CONTINUE",
                ("Click Bold",)),
    AgentOutput("Make it bold.", "39", "Bold", "click_input", {"button": "left", "double": False}, "FINISH", ()),
    AgentOutput("Centre it.", "41", "Align Center", "click_input", {}, "CONTINUE", ("Click Bold",)),
]


def corpus() -> list[str]:
    """Texts shaped like prompts and replies, so the BPE learns their pieces."""
    texts = [system_prompt("compact"), system_prompt("full")]
    for o in CORPUS_OUTPUTS:
        texts.append(o.to_json())
    for i in range(60):
        texts.append(f"<Available Control Item:>\n{i}|Button|Bold\n{i + 1}|ComboBox|Font Size\n"
                     f"<User Request:> Make 'Quarterly Report' bold\n<Previous Actions:>\n(none)\n<Previous Plans:> []")
    return texts


def build_tiny_checkpoint(out: Path, *, seed: int = 0, prompt_style: str = "compact", top_k: int = 15) -> Path:
    """Save a tiny random MistralForCausalLM + byte-level BPE tokenizer with our chat template to ``out``.

    The weights are initialised widely (``initializer_range=0.5``) so greedy replies differ between
    prompts, which the batching test relies on; the replies themselves are garbage, as intended.
    """

    import torch
    from transformers import MistralConfig, MistralForCausalLM

    from lamforge.train.tokenizer import save_tokenizer, train_tokenizer
    from lamforge.train.tokenizer_config import TokenizerConfig

    tok = train_tokenizer(corpus(), TokenizerConfig(vocab_size=600, min_frequency=2))
    cfg = MistralConfig(
        vocab_size=len(tok), hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2, head_dim=8, max_position_embeddings=2048, sliding_window=None,
        tie_word_embeddings=True, initializer_range=0.5, bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id,
    )
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = MistralForCausalLM(cfg)
    model.generation_config.eos_token_id = tok.eos_token_id
    model.generation_config.pad_token_id = tok.pad_token_id
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out))
    save_tokenizer(tok, out)
    meta = {"phase": "test", "prompt_style": prompt_style, "top_k": top_k}
    (out / "lamforge_meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return out

"""The tiny Mistral: size of the default, LoRA wrapping and merging, inference loading."""

from __future__ import annotations

import torch
from train_synthetic import MICRO, plan_records

from lamforge.train.config_base import PhaseConfig
from lamforge.train.model_config import TinyModelConfig
from lamforge.train.modeling import build_tiny_model, count_parameters, lora_config, merged
from lamforge.train.tokenizer import record_texts, train_tokenizer
from lamforge.train.tokenizer_config import TokenizerConfig


class VocabOnly:
    """Just what ``build_tiny_model`` reads from a tokenizer: its length and special-token ids."""

    bos_token_id, eos_token_id, pad_token_id = 1, 2, 0

    def __len__(self):
        return 4096


def test_default_model_size():
    model = build_tiny_model(TinyModelConfig(), VocabOnly())
    h, inter, layers, vocab, kv_dim = 256, 768, 4, 4096, 4 * 32
    per_layer = 2 * h * h + 2 * h * kv_dim + 3 * h * inter + 2 * h
    assert count_parameters(model) == vocab * h + layers * per_layer + h == 4_196_608
    assert model.config.num_key_value_heads == 4 and model.config.tie_word_embeddings


def test_same_seed_same_weights():
    small = TinyModelConfig(**{k: v for k, v in MICRO.items() if k in TinyModelConfig.__dataclass_fields__})
    a, b = build_tiny_model(small, VocabOnly(), seed=1), build_tiny_model(small, VocabOnly(), seed=1)
    c = build_tiny_model(small, VocabOnly(), seed=2)
    wa, wb, wc = (m.model.embed_tokens.weight for m in (a, b, c))
    assert torch.equal(wa, wb) and not torch.equal(wa, wc)


def test_lora_wraps_then_merges_to_plain_weights():
    from peft import get_peft_model

    small = TinyModelConfig(**{k: v for k, v in MICRO.items() if k in TinyModelConfig.__dataclass_fields__})
    base = build_tiny_model(small, VocabOnly())
    keys = set(base.state_dict())
    peft_model = get_peft_model(base, lora_config(PhaseConfig(lora=True), "CAUSAL_LM"))
    trainable = sum(p.numel() for p in peft_model.parameters() if p.requires_grad)
    assert 0 < trainable < count_parameters(peft_model) / 5
    assert set(merged(peft_model).state_dict()) == keys


def test_load_for_inference_is_greedy_and_stops_on_eos(tmp_path):
    from lamforge.train.modeling import generate_text, load_for_inference
    from lamforge.train.tokenizer import save_tokenizer

    tok = train_tokenizer(record_texts(plan_records(8)), TokenizerConfig(vocab_size=300))
    small = TinyModelConfig(**{k: v for k, v in MICRO.items() if k in TinyModelConfig.__dataclass_fields__})
    build_tiny_model(small, tok).save_pretrained(str(tmp_path))
    save_tokenizer(tok, tmp_path)
    model, loaded = load_for_inference(tmp_path, device="cpu")
    assert not model.training and model.generation_config.do_sample is False
    assert model.generation_config.eos_token_id == loaded.convert_tokens_to_ids("<|end|>")
    msgs = [{"role": "user", "content": "How do I apply bold?"}]
    assert generate_text(model, loaded, msgs, max_new_tokens=5) == generate_text(model, loaded, msgs, max_new_tokens=5)

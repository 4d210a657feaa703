"""The byte-level BPE tokenizer: lossless round trips, special tokens, chat template, portable saving."""

from __future__ import annotations

import json

import pytest
from train_synthetic import plan_records, step_records

from lamforge.train.tokenizer import CHAT_TEMPLATE, ROLE_TOKENS, record_texts, save_tokenizer, train_tokenizer
from lamforge.train.tokenizer_config import TokenizerConfig


@pytest.fixture(scope="module")
def tok():
    records = step_records(40, seed=3, compact=True) + plan_records(20)
    return train_tokenizer(record_texts(records), TokenizerConfig(vocab_size=600))


@pytest.mark.parametrize("text", [
    'Select "annual report" and make it bold.',
    "Put a line through the “last sentence”, please — ok?",
    "Ünïcödé, 日本語, emoji 🙂, tabs\tand\nnewlines  double  spaces",
    '{"thought": "x", "args": {"text": "a \\"quoted\\" word"}, "plan": []}',
    "",
])
def test_round_trip_is_lossless(tok, text):
    assert tok.decode(tok(text)["input_ids"]) == text


def test_vocab_size_and_special_tokens(tok):
    assert len(tok) <= 600
    for special in (tok.bos_token, tok.eos_token, tok.pad_token, *ROLE_TOKENS):
        ids = tok(special, add_special_tokens=False)["input_ids"]
        assert len(ids) == 1, special
    assert len({tok.bos_token_id, tok.eos_token_id, tok.pad_token_id}) == 3


def test_chat_template_prompt_is_prefix_and_assistant_mask_covers_completion(tok):
    prompt = [{"role": "system", "content": "sys"}, {"role": "user", "content": 'Make "x" bold.'}]
    completion = [{"role": "assistant", "content": '{"function": "click_input"}'}]
    text = tok.apply_chat_template(prompt, tokenize=False, add_generation_prompt=True)
    full = tok.apply_chat_template(prompt + completion, tokenize=False)
    assert text == '<s><|system|>sys<|end|><|user|>Make "x" bold.<|end|><|assistant|>'
    assert full == text + '{"function": "click_input"}<|end|>'
    p_ids = tok.apply_chat_template(prompt, add_generation_prompt=True, return_dict=True)["input_ids"]
    enc = tok.apply_chat_template(prompt + completion, return_dict=True, return_assistant_tokens_mask=True)
    assert enc["input_ids"][: len(p_ids)] == p_ids
    masked = [i for i, m in zip(enc["input_ids"], enc["assistant_masks"], strict=True) if m]
    assert tok.decode(masked) == '{"function": "click_input"}<|end|>'


def test_unknown_role_is_rejected(tok):
    with pytest.raises(Exception, match="unsupported role"):
        tok.apply_chat_template([{"role": "tool", "content": "x"}], tokenize=False)


def test_saved_tokenizer_loads_with_auto_tokenizer_and_is_portable(tok, tmp_path):
    from transformers import AutoTokenizer

    save_tokenizer(tok, tmp_path)
    cfg = json.loads((tmp_path / "tokenizer_config.json").read_text())
    assert cfg["tokenizer_class"] == "PreTrainedTokenizerFast"
    assert cfg["chat_template"] == CHAT_TEMPLATE
    assert (tmp_path / "chat_template.jinja").is_file()
    loaded = AutoTokenizer.from_pretrained(str(tmp_path))
    text = "Please centre the address block."
    assert loaded(text)["input_ids"] == tok(text)["input_ids"]
    assert loaded.eos_token == "<|end|>" and loaded.pad_token == "<pad>"
    assert set(ROLE_TOKENS) <= set(loaded.all_special_tokens)

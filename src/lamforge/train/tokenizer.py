"""Byte-level BPE tokenizer + chat template, trained on our own corpus and saved as a HF fast tokenizer.

Why our own: no pretrained model can be downloaded here, and a 4k vocabulary fitted to control names,
action JSON and request phrasings keeps sequences short for the tiny CPU model. Byte-level BPE encodes
any text (curly quotes, typos, accents) without unknown tokens, so decode(encode(x)) == x.

The saved directory (``tokenizer.json``, ``tokenizer_config.json``, ``chat_template.jinja``) loads with
``AutoTokenizer.from_pretrained(dir)`` and with vLLM.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from lamforge.train.tokenizer_config import TokenizerConfig

BOS, EOS, PAD = "<s>", "<|end|>", "<pad>"
ROLE_TOKENS = ("<|system|>", "<|user|>", "<|assistant|>")
SPECIAL_TOKENS = (PAD, BOS, EOS, *ROLE_TOKENS)

# Renders <s><|system|>…<|end|><|user|>…<|end|><|assistant|>…<|end|>. The assistant turn sits inside
# generation markers (TRL's assistant-only masks), and <|end|> is the eos, so generation stops after one
# action. Rendering a prompt with add_generation_prompt is a strict prefix of prompt + completion, which is
# what TRL's completion-only loss relies on.
CHAT_TEMPLATE = (
    "{{- bos_token -}}"
    "{%- for message in messages -%}"
    "{%- if message['role'] not in ['system', 'user', 'assistant'] -%}"
    "{{- raise_exception('unsupported role: ' ~ message['role']) -}}"
    "{%- endif -%}"
    "{%- if message['role'] == 'assistant' -%}"
    "{{- '<|assistant|>' -}}{%- generation -%}{{- message['content'] -}}{{- eos_token -}}{%- endgeneration -%}"
    "{%- else -%}"
    "{{- '<|' ~ message['role'] ~ '|>' -}}{{- message['content'] -}}{{- eos_token -}}"
    "{%- endif -%}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}{{- '<|assistant|>' -}}{%- endif -%}"
)


def record_texts(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Yield every message text of prompt/completion records (the tokenizer's corpus).

    >>> list(record_texts([{"prompt": [{"role": "user", "content": "hi"}],
    ...                     "completion": [{"role": "assistant", "content": "ok"}]}]))
    ['hi', 'ok']
    """
    for rec in records:
        for key in ("prompt", "completion", "messages"):
            value = rec.get(key)
            if isinstance(value, str):
                yield value
            elif isinstance(value, list):
                for msg in value:
                    if isinstance(msg, dict) and isinstance(msg.get("content"), str):
                        yield msg["content"]


def train_tokenizer(texts: Iterable[str], config: TokenizerConfig | None = None) -> Any:
    """Train a byte-level BPE on ``texts`` and wrap it as a ``PreTrainedTokenizerFast`` with our template.

    Args:
        texts: Corpus texts (e.g. from :func:`record_texts`).
        config: Vocabulary size and merge threshold.

    Returns:
        A ``transformers.PreTrainedTokenizerFast`` with bos/eos/pad, role tokens and the chat template.

    """
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    config = config or TokenizerConfig()
    core = Tokenizer(models.BPE())
    core.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    core.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=config.vocab_size,
        min_frequency=config.min_frequency,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    core.train_from_iterator(islice(texts, config.max_texts), trainer=trainer)
    tok = PreTrainedTokenizerFast(
        tokenizer_object=core,
        bos_token=BOS,
        eos_token=EOS,
        pad_token=PAD,
        additional_special_tokens=list(ROLE_TOKENS),
        clean_up_tokenization_spaces=False,
        model_max_length=1_000_000,
    )
    tok.chat_template = CHAT_TEMPLATE
    return tok


def ensure_chat_template(tokenizer: Any) -> bool:
    """Give a foreign tokenizer (``--base-model``) a pad token and, if it has none, our chat template.

    Returns:
        True when tokens were added, so the caller must resize the model's embeddings.

    """
    added = False
    if tokenizer.chat_template is None:
        added = tokenizer.add_special_tokens({"additional_special_tokens": list(ROLE_TOKENS)}) > 0
        if tokenizer.eos_token is None:
            added = tokenizer.add_special_tokens({"eos_token": EOS}) > 0 or added
        if tokenizer.bos_token is None:
            added = tokenizer.add_special_tokens({"bos_token": BOS}) > 0 or added
        tokenizer.chat_template = CHAT_TEMPLATE
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return added


def save_tokenizer(tokenizer: Any, path: Any) -> None:
    """Save a tokenizer so that older transformers and vLLM load it too.

    transformers 5 writes ``tokenizer_class: TokenizersBackend`` and a list of ``extra_special_tokens``,
    which older readers reject; we write the portable ``PreTrainedTokenizerFast`` spelling, and repeat the
    chat template inside ``tokenizer_config.json`` for readers that do not look at ``chat_template.jinja``.
    """
    import json
    from pathlib import Path

    from lamforge.io.atomic import write_json

    tokenizer.save_pretrained(str(path))
    cfg_path = Path(path) / "tokenizer_config.json"
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    if cfg.get("tokenizer_class") == "TokenizersBackend":
        cfg["tokenizer_class"] = "PreTrainedTokenizerFast"
    if isinstance(cfg.get("extra_special_tokens"), list):
        cfg["additional_special_tokens"] = cfg.pop("extra_special_tokens")
    if tokenizer.chat_template and isinstance(tokenizer.chat_template, str):
        cfg["chat_template"] = tokenizer.chat_template
    write_json(cfg_path, cfg)

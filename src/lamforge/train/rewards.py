"""Reward functions for RL (phase 4): the learned reward model and an optional format/validity term.

Both follow TRL's reward-function contract, ``(prompts, completions, **kwargs) -> list[float]``, where a
prompt is a list of chat messages and a completion is ``[{"role": "assistant", "content": ...}]`` (plain
strings are accepted too).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lamforge.prompting.parse import STATUSES  # every status the prompt format defines

# reward(prompts, completions, **kwargs) -> one float per completion (TRL's reward-function contract)
RewardFunc = Callable[..., list[float]]

ACTION_KEYS = ("thought", "control_label", "control_name", "function", "args", "status", "plan")


def message_text(x: Any) -> str:
    """The text of a completion or prompt: a string, or the concatenated contents of chat messages."""
    if isinstance(x, str):
        return x
    return "".join(m.get("content", "") for m in x if isinstance(m, dict))


def parse_action(text: str) -> dict[str, Any] | None:
    """Parse an action JSON object with all seven keys and sane types, or return None.

    >>> parse_action('{"thought": "t", "control_label": "3", "control_name": "Bold", "function": "click_input",'
    ...              ' "args": {}, "status": "FINISH", "plan": []}')["control_name"]
    'Bold'
    >>> parse_action('{"thought": "t"}') is None, parse_action('not json') is None
    (True, True)
    """
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return None
    if not isinstance(obj, dict) or any(k not in obj for k in ACTION_KEYS):
        return None
    if not isinstance(obj["args"], dict) or not isinstance(obj["plan"], list) or obj["status"] not in STATUSES:
        return None
    return obj


def format_reward(prompts: Sequence[Any], completions: Sequence[Any], **kwargs: Any) -> list[float]:
    """Cheap validity reward: 1.0 for a well-formed action whose control is named in the prompt.

    0.5 when the action is well formed but names a control the prompt does not mention; 0.0 when it does
    not parse as the action JSON (seven keys, dict args, list plan, a status of the prompt format). An empty
    control name (a document-level action) counts as present.

    >>> ok = '{"thought": "t", "control_label": "3", "control_name": "Bold", "function": "click_input",'
    >>> ok += ' "args": {}, "status": "FINISH", "plan": []}'
    >>> prompt = [{"role": "user", "content": 'controls: [{"label": "3", "control_text": "Bold"}]'}]
    >>> format_reward([prompt] * 3, [[{"role": "assistant", "content": ok}],
    ...                              ok.replace("Bold", "Glitter"), '{"thought": '])
    [1.0, 0.5, 0.0]
    """
    out = []
    for prompt, completion in zip(prompts, completions, strict=True):
        action = parse_action(message_text(completion).strip())
        if action is None:
            out.append(0.0)
            continue
        name = str(action["control_name"])
        out.append(1.0 if not name or name in message_text(prompt) else 0.5)
    return out


def squash_score(score: float, how: str = "sigmoid") -> float:
    """Map a raw reward-model score (trained toward ±1) into [-0.5, 0.5].

    ``sigmoid`` is the paper's normalisation to [0, 1] shifted by -0.5; ``clip`` clamps to [-1, 1] and halves.

    >>> round(squash_score(0.0), 3), round(squash_score(1.0), 3), squash_score(3.0, "clip")
    (0.0, 0.231, 0.5)
    """
    if how == "clip":
        return max(-1.0, min(1.0, score)) / 2
    return 1.0 / (1.0 + math.exp(-score)) - 0.5


class RewardModelScorer:
    """The phase-4 reward model as a TRL reward function, rewards squashed into [-0.5, 0.5].

    Placed on the process's own device (``accelerate``), so each GPU of a multi-GPU run scores its share.
    """

    __name__ = "reward_model"

    def __init__(self, model: Any, tokenizer: Any, *, squash: str = "sigmoid", batch_size: int = 16,
                 max_length: int = 2048):
        self.model, self.tokenizer = model, tokenizer
        self.squash, self.batch_size, self.max_length = squash, batch_size, max_length

    @classmethod
    def load(cls, model_dir: str | Path, **kwargs: Any) -> RewardModelScorer:
        """Load a reward-model directory onto this process's device (``squash``, ``batch_size``, ``max_length``)."""
        from transformers import AutoModelForSequenceClassification

        from lamforge.train.checkpoint import accel_state
        from lamforge.train.modeling import load_tokenizer

        tokenizer = load_tokenizer(model_dir)
        tokenizer.truncation_side = "left"
        model = AutoModelForSequenceClassification.from_pretrained(str(model_dir), local_files_only=True)
        model.config.pad_token_id = tokenizer.pad_token_id
        model.to(accel_state().device).eval()
        return cls(model, tokenizer, **kwargs)

    def render(self, prompt: Any, completion: Any) -> str:
        """The text the reward model reads: prompt + completion through the chat template."""
        if isinstance(prompt, str):
            return prompt + message_text(completion)
        if isinstance(completion, str):
            completion = [{"role": "assistant", "content": completion}]
        return self.tokenizer.apply_chat_template(list(prompt) + list(completion), tokenize=False)

    def score_texts(self, texts: Sequence[str]) -> list[float]:
        """Raw scores (regressed toward +1 for good steps, -1 for bad ones)."""
        import torch

        scores: list[float] = []
        for i in range(0, len(texts), self.batch_size):
            enc = self.tokenizer(
                list(texts[i : i + self.batch_size]), return_tensors="pt", padding=True, truncation=True,
                max_length=self.max_length, add_special_tokens=False,
            ).to(next(self.model.parameters()).device)
            with torch.inference_mode():
                scores.extend(self.model(**enc).logits[:, 0].float().tolist())
        return scores

    def __call__(self, prompts: Sequence[Any], completions: Sequence[Any], **kwargs: Any) -> list[float]:
        """Score each (prompt, completion) pair in [-0.5, 0.5]."""
        texts = [self.render(p, c) for p, c in zip(prompts, completions, strict=True)]
        return [squash_score(s, self.squash) for s in self.score_texts(texts)]

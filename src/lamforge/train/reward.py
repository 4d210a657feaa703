"""Phase 4a: the reward model, LAM3 with a scalar head trained by MSE toward +1/-1 per step.

TRL's ``RewardTrainer`` learns from chosen/rejected pairs; the paper regresses a score per step instead,
which is exactly ``AutoModelForSequenceClassification(num_labels=1, problem_type="regression")`` under the
plain ``transformers.Trainer`` (its loss is the MSE), so no custom trainer is needed.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lamforge.train.data import Record, read_many, reward_label, split_by_task
from lamforge.train.memory_hints import phase_memory
from lamforge.train.reward_config import RewardConfig
from lamforge.train.runner import adopt, save_phase, start_phase, train_metrics, training_kwargs
from lamforge.train.runner import callbacks as make_callbacks

PHASE = "rm"


def balanced(records: list[Record], rng: random.Random) -> list[Record]:
    """Oversample the rarer label so +1 and -1 steps are equally many.

    >>> recs = [{"meta": {"success": True}}] * 6 + [{"meta": {"success": False}}] * 2
    >>> out = balanced(recs, random.Random(0))
    >>> sum(1 for r in out if r["meta"]["success"]), sum(1 for r in out if not r["meta"]["success"])
    (6, 6)
    """
    pos = [r for r in records if reward_label(r) > 0]
    neg = [r for r in records if reward_label(r) < 0]
    if not pos or not neg:
        return list(records)
    small, big = (pos, neg) if len(pos) < len(neg) else (neg, pos)
    extra = [small[rng.randrange(len(small))] for _ in range(len(big) - len(small))]
    return big + small + extra


def separation(scores: list[float], labels: list[float]) -> dict[str, float]:
    """How well scores separate +1 from -1 steps: sign accuracy, MSE, AUC and mean score per label.

    >>> separation([0.9, 0.2, -0.4, -1.1], [1.0, -1.0, 1.0, -1.0])["auc"]
    0.75
    """
    n = len(scores)
    if n == 0:
        return {}
    pos = sorted(s for s, y in zip(scores, labels, strict=True) if y > 0)
    neg = sorted(s for s, y in zip(scores, labels, strict=True) if y < 0)
    wins, j = 0.0, 0
    for s in pos:  # pairs (pos, neg) with pos > neg, ties counting half
        while j < len(neg) and neg[j] < s:
            j += 1
        ties = sum(1 for t in neg[j:] if t == s)
        wins += j + 0.5 * ties
    return {
        "n": n,
        "sign_accuracy": sum((s > 0) == (y > 0) for s, y in zip(scores, labels, strict=True)) / n,
        "mse": sum((s - y) ** 2 for s, y in zip(scores, labels, strict=True)) / n,
        "auc": wins / (len(pos) * len(neg)) if pos and neg else float("nan"),
        "mean_score_pos": sum(pos) / len(pos) if pos else float("nan"),
        "mean_score_neg": sum(neg) / len(neg) if neg else float("nan"),
    }


def _tokenized(records: list[Record], tokenizer: Any, max_length: int) -> Any:
    from datasets import Dataset

    texts = [tokenizer.apply_chat_template(r["prompt"] + r["completion"], tokenize=False) for r in records]
    enc = tokenizer(texts, truncation=True, max_length=max_length, add_special_tokens=False)
    return Dataset.from_dict({**enc, "labels": [reward_label(r) for r in records]}), sum(map(len, enc["input_ids"]))


def _load_model(cfg: RewardConfig, tokenizer: Any) -> Any:
    import torch
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(
        cfg.init, num_labels=1, problem_type="regression", local_files_only=True,
        dtype=torch.bfloat16 if cfg.bf16 and cfg.lora else torch.float32,
    )
    model.config.pad_token_id = tokenizer.pad_token_id
    if cfg.lora:
        from peft import get_peft_model

        from lamforge.train.modeling import lora_config

        model = get_peft_model(model, lora_config(cfg, "SEQ_CLS"))
    return model


def run(cfg: RewardConfig, *, progress: bool = True, callbacks: Sequence[Any] = ()) -> Path:
    """Train the reward model from ``cfg.init`` (LAM3) into ``cfg.out`` and report held-out separation.

    ``progress`` shows a rich bar; ``callbacks`` are more trainer callbacks (e.g. a caller's display).

    Returns:
        The reward-model directory (a sequence-classification checkpoint with the tokenizer).

    """
    from transformers import DataCollatorWithPadding, Trainer, TrainingArguments

    from lamforge.train.modeling import count_parameters, load_tokenizer
    from lamforge.train.rewards import RewardModelScorer

    pdir, done = start_phase(cfg, needs=("init",), why="the reward model starts from LAM3: pass --init LAM3_DIR")
    if done:
        return pdir.out
    resume = pdir.prepare(force=cfg.force)
    files = [cfg.data, *cfg.extra]
    hinted, memory = phase_memory(cfg, read_many(files), pdir.tmp, build=False)
    train, held = split_by_task(hinted, cfg.eval_fraction, cfg.seed)
    if cfg.balance:
        train = balanced(train, random.Random(cfg.seed))
    tokenizer = load_tokenizer(cfg.init)
    tokenizer.truncation_side = "left"  # keep the action, which is at the end
    dataset, tokens = _tokenized(train, tokenizer, cfg.max_length)
    history, cbs = make_callbacks("reward model", progress, extra_callbacks=callbacks)
    trainer = adopt(Trainer(
        model=_load_model(cfg, tokenizer),
        args=TrainingArguments(**training_kwargs(cfg, pdir, len(train), tokens)),
        train_dataset=dataset,
        data_collator=DataCollatorWithPadding(tokenizer),
        callbacks=cbs,
    ))
    output = trainer.train(resume_from_checkpoint=resume)
    metrics = train_metrics(trainer, output, history, tokens, resume)
    labels = [reward_label(r) for r in train]
    metrics.update({
        "records": len(train), "positive": sum(y > 0 for y in labels), "negative": sum(y < 0 for y in labels),
        "parameters": count_parameters(trainer.model),
    })
    if held:
        trainer.model.eval()
        scorer = RewardModelScorer(trainer.model, tokenizer, max_length=cfg.max_length)
        scores = scorer.score_texts([scorer.render(r["prompt"], r["completion"]) for r in held])
        metrics["heldout"] = separation(scores, [reward_label(r) for r in held])
    return save_phase(trainer, tokenizer, pdir, phase=PHASE, cfg=cfg, data_files=files, metrics=metrics,
                      extra=memory)

"""LoRA paths (the large-model setting, on a micro model): adapters train, merge, and reload as plain checkpoints."""

from __future__ import annotations

import pytest
import torch
from train_synthetic import FAST, MICRO, plan_records, step_records, write_jsonl

from lamforge.train.checkpoint import read_meta
from lamforge.train.config_base import make_config
from lamforge.train.data import read_records, reward_label, split_by_task

CPU_PAPER = {"bf16": False, "activation_checkpointing": False, "max_length": 512}


@pytest.fixture(scope="module")
def base_dir(tmp_path_factory):
    """A local 'pretrained' checkpoint standing in for --base-model (the micro model with our tokenizer)."""
    from lamforge.train.model_config import TinyModelConfig
    from lamforge.train.modeling import build_tiny_model
    from lamforge.train.tokenizer import record_texts, save_tokenizer, train_tokenizer
    from lamforge.train.tokenizer_config import TokenizerConfig

    out = tmp_path_factory.mktemp("base") / "base"
    recs = plan_records(20) + step_records(20, seed=2, compact=True)
    tok = train_tokenizer(record_texts(recs), TokenizerConfig(vocab_size=400))
    shape = {k: v for k, v in MICRO.items() if k in TinyModelConfig.__dataclass_fields__}
    build_tiny_model(TinyModelConfig(**shape), tok).save_pretrained(str(out))
    save_tokenizer(tok, out)
    return out


def test_plan_with_base_model_and_lora_saves_merged_weights(tmp_path, base_dir):
    from safetensors.torch import load_file

    from lamforge.train import plan
    from lamforge.train.plan_config import PlanConfig

    data = tmp_path / "plans.jsonl"
    write_jsonl(data, plan_records(16))
    cfg = make_config(PlanConfig, "plan", overrides={
        **FAST, **CPU_PAPER, "data": str(data), "out": str(tmp_path / "lam1"), "base_model": str(base_dir),
        "lora": True, "lora_r": 4, "max_steps": 3, "batch_size": 4,
    })
    assert cfg.profile == "paper"
    out = plan.run(cfg, progress=False)
    weights = load_file(str(out / "model.safetensors"))
    assert not any("lora" in k for k in weights)
    before = load_file(str(base_dir / "model.safetensors"))
    assert set(weights) == set(before)
    assert any(not torch.equal(before[k], weights[k]) for k in before)
    assert read_meta(out)["profile"] == "paper"


def test_lora_reward_model_reloads_with_the_trained_scores(tmp_path, base_dir):
    from lamforge.train import reward
    from lamforge.train.reward_config import RewardConfig
    from lamforge.train.rewards import RewardModelScorer

    data = tmp_path / "steps.jsonl"
    write_jsonl(data, step_records(30, seed=4, fail_fraction=0.5, compact=True, extra_controls=1, wrong="Undo"))
    cfg = make_config(RewardConfig, "reward", profile="paper", overrides={
        **FAST, **CPU_PAPER, "data": str(data), "init": str(base_dir), "out": str(tmp_path / "rm"),
        "max_steps": 3, "eval_fraction": 0.3,
    })
    assert cfg.lora and cfg.lora_r == 8
    out = reward.run(cfg, progress=False)
    held_meta = read_meta(out)["metrics"]["heldout"]
    _, held = split_by_task(read_records(data), cfg.eval_fraction, cfg.seed)
    scorer = RewardModelScorer.load(out, max_length=cfg.max_length)
    scores = scorer.score_texts([scorer.render(r["prompt"], r["completion"]) for r in held])
    labels = [reward_label(r) for r in held]
    mse = sum((s - y) ** 2 for s, y in zip(scores, labels, strict=True)) / len(held)
    assert mse == pytest.approx(held_meta["mse"], rel=1e-4)

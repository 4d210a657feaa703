"""Each phase end to end on tiny data: real training steps, metadata, reload and generation."""

from __future__ import annotations

import pytest
import torch

from lamforge.train.checkpoint import read_meta
from lamforge.train.data import read_records, sha256_file


def _loss_fell(meta):
    hist = meta["metrics"]["loss_history"]
    assert len(hist) >= 3, hist
    first = sum(v for _, v in hist[:2]) / 2
    last = sum(v for _, v in hist[-2:]) / 2
    return last < first


def _weights(path):
    from safetensors.torch import load_file

    return load_file(str(path / "model.safetensors"))


def test_plan_phase_trains_and_writes_a_checkpoint(lam1, data_dir):
    meta = read_meta(lam1)
    assert meta["phase"] == "lam1" and meta["profile"] == "tiny"
    assert _loss_fell(meta), meta["metrics"]["loss_history"]
    plans = str(data_dir / "plans_sft.jsonl")
    assert meta["data"][plans] == sha256_file(plans)
    assert {"torch", "transformers", "trl", "peft"} <= set(meta["versions"])
    assert meta["metrics"]["parameters"] > 0 and meta["metrics"]["global_steps"] == 40
    assert not lam1.with_name("lam1.tmp").exists()
    assert not (lam1 / "trainer_checkpoints").exists()
    assert {"config.json", "model.safetensors", "tokenizer.json", "chat_template.jinja"} <= {
        p.name for p in lam1.iterdir()
    }


def test_plan_checkpoint_reloads_and_generates_a_learned_plan(lam1, data_dir):
    from lamforge.train.modeling import generate_text, load_for_inference

    model, tok = load_for_inference(lam1, device="cpu")
    rec = read_records(data_dir / "plans_sft.jsonl")[0]
    text = generate_text(model, tok, rec["prompt"], max_new_tokens=40)
    # after 40 steps on 8 distinct plans the model has learned their shared opening
    assert text.startswith("1. Select"), text
    assert len(tok(text)["input_ids"]) < 40  # it stopped on <|end|> rather than running to the limit


def test_imitation_trains_on_successful_steps_only(lam2, data_dir):
    meta = read_meta(lam2)
    records = read_records(data_dir / "samples.jsonl")
    successes = sum(1 for r in records if r["meta"]["success"])
    assert 0 < successes < len(records)
    assert meta["metrics"]["records"] == successes
    assert meta["config"]["init"].endswith("lam1")
    before, after = _weights(lam2.with_name("lam1")), _weights(lam2)
    assert any(not torch.equal(before[k], after[k]) for k in before)


def test_imitation_builds_the_task_memory_the_later_phases_carry(lam4, run_dir, data_dir):
    from lamforge.guidance.task_memory import TaskMemory

    records = read_records(data_dir / "samples.jsonl")
    solved = {r["meta"]["task_id"] for r in records if r["meta"]["success"]}
    memory = TaskMemory.load(run_dir / "lam2")
    assert memory is not None and {t.task_id for t in memory.tasks} == solved
    assert read_meta(run_dir / "lam2")["task_memory"]["tasks"] == len(solved)
    for phase in ("lam3", "rm", "lam4"):
        carried = TaskMemory.load(run_dir / phase)
        assert carried is not None and carried.tasks == memory.tasks, phase
    assert TaskMemory.load(run_dir / "lam1") is None  # plans have no steps to hint


def test_boost_explores_failed_tasks_and_adds_new_successes(lam3, data_dir):
    meta = read_meta(lam3)
    ex = meta["exploration"]
    records = read_records(data_dir / "samples.jsonl")
    failed = {r["meta"]["task_id"] for r in records if not r["meta"]["success"]}
    assert ex["tasks_tried"] == len(failed)
    # the fake explorer solves every other remaining task per round, over 3 rounds
    assert 0 < ex["tasks_solved"] < len(failed) and ex["rounds"] == 3
    explored = read_records(f"{lam3}.explored.jsonl")
    assert {r["meta"]["source"] for r in explored} == {"explore"}
    assert any(not r["meta"]["success"] for r in explored)  # failures kept for phase 4
    successes = sum(1 for r in records if r["meta"]["success"])
    cfg = meta["config"]
    steps = successes + cfg["own_weight"] * ex["success_steps"]  # the model's own successes count double
    plans = min(len(read_records(cfg["plan_data"])), round(cfg["plan_mix"] * steps)) if cfg["plan_data"] else 0
    assert meta["metrics"]["records"] == steps + plans


def test_boost_skips_finished_phase(lam3, data_dir):
    from lamforge.train import boost
    from lamforge.train.boost_config import BoostConfig

    def explode(model_dir, tasks):
        raise AssertionError("a finished phase must not explore again")

    stamp = (lam3 / "lamforge_meta.json").stat().st_mtime_ns
    cfg = BoostConfig(data=str(data_dir / "samples.jsonl"), init=str(lam3.with_name("lam2")), out=str(lam3))
    assert boost.run(cfg, explore=explode, progress=False) == lam3
    assert (lam3 / "lamforge_meta.json").stat().st_mtime_ns == stamp


def test_reward_model_separates_heldout_steps(reward_dir):
    meta = read_meta(reward_dir)
    held = meta["metrics"]["heldout"]
    assert held["n"] >= 20
    assert held["auc"] > 0.75, held
    assert held["sign_accuracy"] > 0.6, held
    assert meta["metrics"]["positive"] == meta["metrics"]["negative"]  # balanced
    from transformers import AutoConfig

    cfg = AutoConfig.from_pretrained(str(reward_dir), local_files_only=True)
    assert cfg.num_labels == 1  # read back as transformers does: without num_labels or id2label it would be 2
    assert cfg.problem_type == "regression"


def test_reward_scorer_rewards_in_range(reward_dir, data_dir):
    from lamforge.train.rewards import RewardModelScorer

    scorer = RewardModelScorer.load(reward_dir)
    recs = read_records(data_dir / "samples.jsonl")[:6]
    rewards = scorer([r["prompt"] for r in recs], [r["completion"] for r in recs])
    assert len(rewards) == 6 and all(-0.5 <= x <= 0.5 for x in rewards)


def test_rl_updates_policy_against_reward_model(lam4, lam3):
    meta = read_meta(lam4)
    m = meta["metrics"]
    assert m["global_steps"] == 3 and m["prompt_source"] == "failed" and m["prompts"] > 0
    assert m["reward_history"], m
    before, after = _weights(lam3), _weights(lam4)
    assert any(not torch.equal(before[k], after[k]) for k in before)


def test_rl_checkpoint_generates(lam4):
    from lamforge.train.modeling import generate_text, load_for_inference

    model, tok = load_for_inference(lam4, device="cpu")
    text = generate_text(model, tok, [{"role": "user", "content": "Make it bold."}], max_new_tokens=8)
    assert isinstance(text, str)
    assert model.generation_config.do_sample is False


@pytest.mark.parametrize("phase", ["lam1", "lam2", "lam3", "rm", "lam4"])
def test_every_phase_dir_loads_with_auto_tokenizer(phase, lam4, run_dir):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(run_dir / phase))
    assert tok.chat_template and tok.eos_token == "<|end|>"

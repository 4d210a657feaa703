"""Reward helpers: the format reward, score squashing, RL prompt selection, reward-model separation metric."""

from __future__ import annotations

import json

import pytest

from lamforge.prompting.parse import STATUSES
from lamforge.train.reward import balanced, separation
from lamforge.train.rewards import format_reward, parse_action, squash_score
from lamforge.train.rl import grpo_kwargs, rl_prompts
from lamforge.train.rl_config import RLConfig

ACTION = {"thought": "t", "control_label": "4", "control_name": "Align Center", "function": "click_input",
          "args": {"button": "left"}, "status": "CONTINUE", "plan": ["save"]}
PROMPT = [{"role": "system", "content": "s"}, {"role": "user", "content": "4:Align Center, 5:Undo"}]


@pytest.mark.parametrize(("completion", "expected"), [
    (json.dumps(ACTION), 1.0),
    ([{"role": "assistant", "content": json.dumps(ACTION)}], 1.0),
    (json.dumps({**ACTION, "control_name": ""}), 1.0),
    (json.dumps({**ACTION, "control_name": "Sparkle"}), 0.5),
    (json.dumps({**ACTION, "status": "DONE"}), 0.0),
    (json.dumps({**ACTION, "args": "left"}), 0.0),
    (json.dumps({k: v for k, v in ACTION.items() if k != "plan"}), 0.0),
    (json.dumps(ACTION)[:-1], 0.0),
    ("", 0.0),
])
def test_format_reward(completion, expected):
    assert format_reward([PROMPT], [completion]) == [expected]


@pytest.mark.parametrize("status", sorted({"CONFIRM", *STATUSES}))
def test_format_reward_accepts_every_status_of_the_prompt_format(status):
    """A valid CONFIRM (or any status the format defines) is a well-formed action, not a 0."""
    assert status in STATUSES
    assert format_reward([PROMPT], [json.dumps({**ACTION, "status": status})]) == [1.0]


def test_parse_action_rejects_non_objects():
    assert parse_action("[1, 2]") is None and parse_action("null") is None


def test_squash_is_monotonic_and_bounded():
    scores = [-10, -1, -0.2, 0, 0.3, 1, 10]
    for how in ("sigmoid", "clip"):
        out = [squash_score(s, how) for s in scores]
        assert out == sorted(out) and all(-0.5 <= x <= 0.5 for x in out)


def test_separation_perfect_and_inverted():
    assert separation([1.0, 0.5, -0.5], [1, 1, -1])["auc"] == 1.0
    assert separation([-1.0, 0.5], [1, -1])["auc"] == 0.0
    assert separation([0.0, 0.0], [1, -1])["auc"] == 0.5


def test_balanced_is_noop_with_one_label():
    recs = [{"meta": {"success": True}}] * 3
    assert balanced(recs, __import__("random").Random(0)) == recs


def test_rl_prompts_fall_back_to_all_states_without_failures():
    recs = [{"prompt": [{"role": "user", "content": c}], "meta": {"success": True}} for c in "aab"]
    prompts, source = rl_prompts(recs, "failed")
    assert source == "all" and len(prompts) == 2
    assert len(rl_prompts(recs, "all", limit=1)[0]) == 1


def test_grpo_batch_maps_papers_ppo_batch_and_minibatch():
    cfg = RLConfig(batch_size=8, micro_batch_size=1, num_generations=4)
    base = {"per_device_train_batch_size": 1, "gradient_accumulation_steps": 8}
    kw = grpo_kwargs(cfg, base)
    # 8 completions per generation (2 states x 4 samples), one optimizer step per completion
    assert (kw["per_device_train_batch_size"], kw["steps_per_generation"], kw["gradient_accumulation_steps"]) == (
        1, 8, 1)
    assert kw["beta"] == 0.2 and kw["epsilon"] == 0.2 and kw["num_iterations"] == 4

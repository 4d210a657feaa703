"""Config resolution: defaults < profile < user YAML < overrides, documented fields, clear errors."""

from __future__ import annotations

import dataclasses
import json

import pytest

from lamforge.train.all_phases_config import AllPhasesConfig
from lamforge.train.boost_config import BoostConfig
from lamforge.train.config_base import make_config
from lamforge.train.imitate_config import ImitateConfig
from lamforge.train.plan_config import PlanConfig
from lamforge.train.reward_config import RewardConfig
from lamforge.train.rl_config import RLConfig

ALL = (PlanConfig, ImitateConfig, BoostConfig, RewardConfig, RLConfig, AllPhasesConfig)


@pytest.mark.parametrize("cls", ALL)
def test_every_field_has_help_text(cls):
    for f in dataclasses.fields(cls):
        assert f.metadata.get("help", "").strip(), f"{cls.__name__}.{f.name} has no help"


def test_defaults_are_the_papers_sft_hyperparameters():
    cfg = ImitateConfig()
    assert (cfg.learning_rate, cfg.lr_scheduler, cfg.warmup_steps, cfg.batch_size, cfg.epochs) == (
        2e-5, "cosine", 2, 16, 3.0)


def test_paper_profile_sets_reward_and_ppo_values():
    rm = make_config(RewardConfig, "reward", profile="paper")
    assert (rm.lora, rm.lora_r, rm.lora_alpha, rm.lora_dropout, rm.learning_rate, rm.epochs) == (
        True, 8, 32, 0.1, 2e-5, 2.0)
    rl = make_config(RLConfig, "rl", profile="paper")
    assert (rl.learning_rate, rl.batch_size, rl.micro_batch_size, rl.num_iterations, rl.beta) == (
        1.4e-5, 8, 1, 4, 0.2)
    assert rl.max_completion_length == 256


def test_precedence_profile_then_yaml_then_overrides(tmp_path):
    user = tmp_path / "cfg.yaml"
    user.write_text("common:\n  seed: 7\n  learning_rate: 5e-4\nimitate:\n  epochs: 1\n")
    cfg = make_config(ImitateConfig, "imitate", profile="tiny", config_file=user, overrides={"epochs": 2.5})
    assert cfg.profile == "tiny"
    assert cfg.seed == 7 and cfg.learning_rate == 5e-4  # YAML beats the profile; "5e-4" coerced to float
    assert cfg.epochs == 2.5  # override beats YAML
    assert cfg.warmup_steps == 20  # from the tiny profile


def test_flat_user_config_applies_to_all_phases(tmp_path):
    user = tmp_path / "flat.yaml"
    user.write_text("seed: 3\nnum_generations: 8\n")
    assert make_config(RLConfig, "rl", config_file=user).num_generations == 8
    assert make_config(PlanConfig, "plan", config_file=user).seed == 3  # num_generations is not a plan field


def test_unknown_phase_key_is_rejected_with_valid_names(tmp_path):
    user = tmp_path / "bad.yaml"
    user.write_text("rl:\n  num_generation: 8\n")
    with pytest.raises(ValueError, match="unknown field.*num_generation"):
        make_config(RLConfig, "rl", config_file=user)
    with pytest.raises(ValueError, match="unknown field"):
        make_config(RLConfig, "rl", overrides={"learning_rat": 1.0})


def test_auto_profile_follows_base_model_and_init_checkpoint(tmp_path):
    assert make_config(PlanConfig, "plan").profile == "tiny"
    assert make_config(PlanConfig, "plan", overrides={"base_model": "/models/x"}).profile == "paper"
    init = tmp_path / "lam1"
    init.mkdir()
    (init / "lamforge_meta.json").write_text(json.dumps({"profile": "paper"}))
    assert make_config(ImitateConfig, "imitate", overrides={"init": str(init)}).profile == "paper"


def test_validate_names_the_offending_value():
    with pytest.raises(ValueError, match="squash='tanh'"):
        RLConfig(data="d", out="o", squash="tanh").validate()
    with pytest.raises(ValueError, match="--data"):
        RLConfig(out="o").validate()

"""The phase preamble every phase shares: required inputs checked first, a finished phase reused as is."""

from __future__ import annotations

import pytest

from lamforge.train import boost, imitate, plan, reward, rl, runner
from lamforge.train.boost_config import BoostConfig
from lamforge.train.checkpoint import META_FILE
from lamforge.train.imitate_config import ImitateConfig
from lamforge.train.plan_config import PlanConfig
from lamforge.train.reward_config import RewardConfig
from lamforge.train.rl_config import RLConfig

NEEDS = [
    (imitate, ImitateConfig, {}, "imitation starts from LAM1"),
    (boost, BoostConfig, {}, "self-boosting starts from LAM2"),
    (reward, RewardConfig, {}, "the reward model starts from LAM3"),
    (rl, RLConfig, {"init": "lam3"}, "RL needs the policy and the reward model"),
]


@pytest.mark.parametrize(("phase", "config", "given", "message"), NEEDS, ids=lambda x: getattr(x, "__name__", None))
def test_a_phase_without_its_inputs_fails_before_writing(tmp_path, phase, config, given, message):
    out = tmp_path / "out"
    cfg = config(data=str(tmp_path / "data.jsonl"), out=str(out), **given)
    with pytest.raises(ValueError, match=message):
        phase.run(cfg, progress=False)
    assert sorted(tmp_path.iterdir()) == []


FROM = {"init": "previous"}


@pytest.mark.parametrize(("phase", "config", "given"), [
    (plan, PlanConfig, {}), (imitate, ImitateConfig, FROM), (boost, BoostConfig, FROM),
    (reward, RewardConfig, FROM), (rl, RLConfig, {**FROM, "reward_model": "rm"}),
], ids=lambda x: getattr(x, "__name__", None))
def test_a_finished_phase_is_returned_without_setting_anything_up(tmp_path, monkeypatch, phase, config, given):
    out = tmp_path / "done"
    out.mkdir()
    (out / META_FILE).write_text("{}")
    set_up: list[object] = []
    monkeypatch.setattr(runner, "prepare_process", set_up.append)
    assert phase.run(config(data=str(tmp_path / "data.jsonl"), out=str(out), **given), progress=False) == out
    assert set_up == []

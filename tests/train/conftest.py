"""Shared fixtures: synthetic data files and a chain of tiny phase checkpoints trained once per session."""

from __future__ import annotations

import os

import pytest
from train_synthetic import FAST, MICRO, plan_records, step_records, write_jsonl

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(autouse=True, scope="session")
def one_torch_thread():
    """Train with one thread: on this shared 2-core machine two threads spin-wait on each other and run
    2-4x slower whenever other processes compete for the cores (measured by benchmarks/train_throughput.py).

    Session-scoped so that it is in place before the session-scoped checkpoint chain is trained; the
    previous count is restored when the session ends.
    """
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("data")
    write_jsonl(d / "plans_sft.jsonl", plan_records(48, seed=0))
    samples = step_records(60, seed=1, fail_fraction=0.4, extra_controls=1, wrong="Undo", compact=True)
    write_jsonl(d / "samples.jsonl", samples)
    return d


@pytest.fixture(scope="session")
def run_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("run")


def make(cls, section, **values):
    from lamforge.train.config_base import make_config

    return make_config(cls, section, profile="tiny", overrides={**FAST, **values})


@pytest.fixture(scope="session")
def lam1(data_dir, run_dir):
    from lamforge.train import plan
    from lamforge.train.plan_config import PlanConfig

    cfg = make(PlanConfig, "plan", data=str(data_dir / "plans_sft.jsonl"), out=str(run_dir / "lam1"),
               corpus=[str(data_dir / "samples.jsonl")], max_steps=40, **MICRO)
    return plan.run(cfg, progress=False)


@pytest.fixture(scope="session")
def lam2(data_dir, run_dir, lam1):
    from lamforge.train import imitate
    from lamforge.train.imitate_config import ImitateConfig

    cfg = make(ImitateConfig, "imitate", data=str(data_dir / "samples.jsonl"), init=str(lam1),
               out=str(run_dir / "lam2"), max_steps=12, max_length=512)
    return imitate.run(cfg, progress=False)


@pytest.fixture(scope="session")
def lam3(data_dir, run_dir, lam2):
    from train_synthetic import make_explorer

    from lamforge.train import boost
    from lamforge.train.boost_config import BoostConfig

    cfg = make(BoostConfig, "boost", data=str(data_dir / "samples.jsonl"), init=str(lam2),
               out=str(run_dir / "lam3"), max_steps=6, max_length=512, attempts=3)
    return boost.run(cfg, explore=make_explorer(cfg), progress=False)


@pytest.fixture(scope="session")
def reward_dir(data_dir, run_dir, lam3):
    from lamforge.train import reward
    from lamforge.train.reward_config import RewardConfig

    cfg = make(RewardConfig, "reward", data=str(data_dir / "samples.jsonl"), extra=[f"{lam3}.explored.jsonl"],
               init=str(lam3), out=str(run_dir / "rm"), max_steps=60, batch_size=16, learning_rate=2e-3,
               eval_fraction=0.3, max_length=512)
    return reward.run(cfg, progress=False)


@pytest.fixture(scope="session")
def lam4(data_dir, run_dir, lam3, reward_dir):
    from lamforge.train import rl
    from lamforge.train.rl_config import RLConfig

    cfg = make(RLConfig, "rl", data=str(data_dir / "samples.jsonl"), extra=[f"{lam3}.explored.jsonl"],
               init=str(lam3), reward_model=str(reward_dir), out=str(run_dir / "lam4"), max_steps=3,
               max_completion_length=16, num_iterations=1, learning_rate=1e-3, format_reward=True, max_length=512)
    return rl.run(cfg, progress=False)

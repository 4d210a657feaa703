"""Config of the reward model (phase 4a): LAM3 with a scalar head, regressed toward ±1 per step."""

from __future__ import annotations

from dataclasses import dataclass

from lamforge.train.config_base import PhaseConfig, opt


@dataclass
class RewardConfig(PhaseConfig):
    """Reward model: sequence classification with one label, MSE toward +1 (good step) or -1 (bad step).

    A step is good when its trajectory succeeded. ``data`` holds step records of successful and failed
    trajectories (the expert's); ``extra`` adds more (the exploration's successes and failures).
    Paper: LoRA r=8, alpha 32, dropout 0.1, lr 2e-5 linear, 2 epochs.
    """

    # Parameters that control the data
    extra: list[str] = opt([], "More JSONL files of step records with meta.success (e.g. exploration results).")
    eval_fraction: float = opt(0.1, "Fraction of tasks held out to measure how well the model separates ±1.")
    balance: bool = opt(True, "Repeat the rarer label's steps so both labels weigh the same in training.")

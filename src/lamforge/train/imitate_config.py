"""Config of phase 2 (LAM2): imitation of the expert's successful trajectories."""

from __future__ import annotations

from dataclasses import dataclass

from lamforge.train.sft_config import SFTPhaseConfig


@dataclass
class ImitateConfig(SFTPhaseConfig):
    """Phase 2: SFT of LAM1 (``init``) on the expert's step samples of the train split (``data``).

    Only steps of successful trajectories are learned (``only_success``); failed expert trajectories in
    the same file are left for the reward model.
    """

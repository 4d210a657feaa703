"""Config fields shared by the three supervised phases (plan SFT, imitation, self-boosting fine-tune)."""

from __future__ import annotations

from dataclasses import dataclass

from lamforge.train.config_base import PhaseConfig, opt


@dataclass
class SFTPhaseConfig(PhaseConfig):
    """Supervised fine-tuning with the loss on the completion (assistant) tokens only."""

    # Parameters that control the data
    only_success: bool = opt(True, "Train only on records whose meta.success is true (expert successes).")
    packing: bool = opt(False, "Pack several records per row (best-fit), removing padding; loss stays per record.")
    group_by_length: bool = opt(True, "Batch records of similar length together to waste less on padding.")
    plan_data: str = opt("", "Task-plan SFT records replayed beside the step records (later phases keep planning).")
    plan_mix: float = opt(0.1, "Plan records replayed, as a share of the step records (0: none).")

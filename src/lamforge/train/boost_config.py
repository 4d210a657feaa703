"""Config of phase 3 (LAM3): self-boosting exploration plus fine-tuning on the verified new successes."""

from __future__ import annotations

from dataclasses import dataclass

from lamforge.train.config_base import opt
from lamforge.train.sft_config import SFTPhaseConfig


@dataclass
class BoostConfig(SFTPhaseConfig):
    """Phase 3: LAM2 (``init``) explores the expert's failed tasks; LAM2 is fine-tuned on expert + new successes.

    ``data`` is the expert step-sample file (its failed trajectories name the tasks to explore).
    """

    # Parameters that control the exploration
    explorer: str | None = opt(None, "Explorer factory 'module:function', called with this config, returns explore.")
    explored: str | None = opt(
        None, "JSONL of explored step records (written once, reused); default: OUT.explored.jsonl."
    )
    extra: list[str] = opt([], "Extra JSONL files of verified step records to add to the expert data.")
    attempts: int = opt(3, "Exploration rounds: each round retries the tasks not solved yet (k attempts per task).")
    temperature: float = opt(0.8, "Sampling temperature of the exploring model (read by the explorer).")
    max_task_steps: int = opt(30, "Step limit per exploration episode (read by the explorer; UFO's MAX_STEPS).")
    own_weight: int = opt(2, "Times each of the model's own verified successes is repeated in the fine-tuning data "
                          "(they are few beside the expert's, and they are what phase 3 adds).")

    def explored_path(self) -> str:
        """Where exploration results live."""
        return self.explored or f"{self.out.rstrip('/')}.explored.jsonl"

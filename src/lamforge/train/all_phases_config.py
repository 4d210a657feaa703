"""Config of ``lamforge train all``: where the data is, where the run goes, and what is shared by the phases."""

from __future__ import annotations

from dataclasses import dataclass

from lamforge.train.config_base import PROFILES, opt


@dataclass
class AllPhasesConfig:
    """All phases in order into ``RUN/lam1`` … ``RUN/lam4`` and ``RUN/rm``.

    Per-phase settings come from the profile and the ``--config`` YAML (sections ``common``, ``tokenizer``,
    ``plan``, ``imitate``, ``boost``, ``reward``, ``rl``).
    """

    data: str = opt("", "Data directory holding the plan SFT and step-sample JSONL files.")
    out: str = opt("", "Run directory; each phase is a sub-directory, finished phases are skipped.")
    profile: str = opt("auto", "Hyper-parameter profile: tiny, paper or auto.", choices=("auto", *PROFILES))
    config: str | None = opt(None, "YAML file with per-phase overrides (same sections as the profiles).")
    base_model: str | None = opt(None, "Local Hugging Face checkpoint to start phase 1 from instead of the tiny model.")
    lora: bool | None = opt(None, "Train LoRA adapters in every phase (default: as the profile says).")
    force: bool = opt(False, "Retrain every phase even if finished.")
    explorer: str | None = opt(None, "Explorer factory 'module:function' for phase 3 (no phase 3 without one).")
    reward_model: bool = opt(False, "Also train the reward model when phase 4 uses the checker's reward (its "
                             "held-out AUC is then reported).")
    plans_file: str = opt("plans_sft.jsonl", "Plan SFT file name inside the data directory.")
    samples_file: str = opt("samples.jsonl", "Expert step-sample file name (train split) inside the data directory.")
    explored_file: str = opt("explored.jsonl", "Exploration results file name, read from the data or run directory.")

"""Sizes of ``lamforge demo``: the full run (the README's ``make demo``) and ``--quick`` (CI smoke test)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class DemoConfig:
    """Parameters that control the demo's data sizes, training budget and evaluation."""

    out: Path = field(default=Path("runs/demo"), metadata={"help": "Output folder (resumable)."})
    seed: int = field(default=0, metadata={"help": "Seed of every stage."})
    workers: int = field(default=2, metadata={"help": "Parallel LibreOffice sessions for collection and evaluation."})
    train_per_family: int = field(default=24, metadata={"help": "Training task instances per family."})
    test_per_family: int = field(default=2, metadata={"help": "Held-out test instances per family (each test split)."})
    families: tuple[str, ...] = field(default=(), metadata={"help": "Restrict to these families (empty = all)."})
    profile: str = field(default="tiny", metadata={"help": "Training profile (tiny = CPU-sized)."})
    train_config: str | None = field(default=None, metadata={"help": "YAML overrides of the training profile."})
    explore_tasks: int = field(default=48, metadata={"help": "Tasks LAM2 explores in phase 3: expert failures first."})
    explore_pool_per_family: int = field(
        default=1, metadata={"help": "Fresh train tasks per family (never imitated) that phase 3 may explore."})
    explore_attempts: int = field(default=2, metadata={"help": "Exploration rounds over still-unsolved tasks."})
    explore_temperature: float = field(default=0.7, metadata={"help": "Sampling temperature while exploring."})
    rl_extra_tasks: int = field(
        default=48, metadata={"help": "Training tasks phase 4 may play besides the explored ones."})
    plan_eval_items: int = field(default=40, metadata={"help": "Held-out task-plan pairs in the planning eval."})
    offline_eval_items: int = field(default=80, metadata={"help": "Held-out expert steps in the offline eval."})
    max_steps: int = field(default=10, metadata={"help": "Step limit of an online episode."})
    floor_every: int = field(
        default=4, metadata={"help": "LAM1 and the random agent play every N-th held-out task (they fail fast)."})
    quick: bool = field(default=False, metadata={"help": "A smaller, faster run (CI smoke test)."})

    @classmethod
    def quick_config(cls, out: Path, **kw: Any) -> DemoConfig:
        """Minutes, not tens of minutes: a few families, a few tasks, a tiny training budget."""
        base = dict(
            out=out,
            train_per_family=6,
            test_per_family=1,
            families=("bold", "italic", "align_center", "font_size", "case_upper", "bullets"),
            train_config=str(Path(__file__).parent / "quick_train.yaml"),
            explore_tasks=4,
            explore_attempts=1,
            plan_eval_items=10,
            offline_eval_items=16,
            max_steps=6,
            quick=True,
        )
        base.update({k: v for k, v in kw.items() if v is not None})
        return cls(**base)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, recorded in the run folder."""
        return {k: str(v) if isinstance(v, Path) else v for k, v in asdict(self).items()}

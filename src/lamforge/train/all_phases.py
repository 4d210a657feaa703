"""``lamforge train all``: phases 1 → 2 → 3 (when exploration is available) → reward model → RL.

Every phase skips itself when its directory is finished and resumes from its trainer checkpoint when
interrupted, so re-running the same command continues where the last run stopped. ``RUN/run_meta.json``
records which phases ran, were reused or were skipped, and their wall times.
"""

from __future__ import annotations

import dataclasses
import shutil
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lamforge.io.atomic import write_json
from lamforge.train import boost, imitate, online_rl, plan, reward, rl
from lamforge.train.all_phases_config import AllPhasesConfig
from lamforge.train.boost_config import BoostConfig
from lamforge.train.checkpoint import is_main_process, read_meta
from lamforge.train.config_base import make_config
from lamforge.train.imitate_config import ImitateConfig
from lamforge.train.plan import build_tokenizer
from lamforge.train.plan_config import PlanConfig
from lamforge.train.reward_config import RewardConfig
from lamforge.train.rl_config import RLConfig
from lamforge.train.tokenizer_config import TokenizerConfig


def _existing(*paths: Path) -> list[str]:
    return [str(p) for p in paths if p.is_file()]


class _Run:
    """Builds each phase config from the pipeline config and records what happened."""

    def __init__(self, cfg: AllPhasesConfig, progress: bool, callbacks: Sequence[Any]):
        self.cfg, self.progress, self.callbacks = cfg, progress, callbacks
        self.data, self.out = Path(cfg.data), Path(cfg.out)
        self.meta: dict[str, Any] = {"config": vars(cfg).copy(), "phases": {}}

    def config(self, cls: type, section: str, **values: Any) -> Any:
        names = {f.name for f in dataclasses.fields(cls)}
        shared = {k: v for k, v in {"force": self.cfg.force or None, "lora": self.cfg.lora}.items() if k in names}
        return make_config(
            cls, section, profile=self.cfg.profile, config_file=self.cfg.config, overrides={**shared, **values}
        )

    def phase(self, name: str, fn: Callable[..., Path], cfg: Any, **kwargs: Any) -> Path:
        target = Path(cfg.out)
        reused = (target / "lamforge_meta.json").is_file() and not cfg.force
        start = time.time()
        out = fn(cfg, progress=self.progress, callbacks=self.callbacks, **kwargs)
        self.meta["phases"][name] = {
            "dir": str(out), "status": "reused" if reused else "trained", "wall_s": round(time.time() - start, 1),
        }
        self.save()
        return out

    def skip(self, name: str, why: str) -> None:
        self.meta["phases"][name] = {"status": "skipped", "why": why}
        self.save()

    def save(self) -> None:
        if is_main_process():
            self.out.mkdir(parents=True, exist_ok=True)
            write_json(self.out / "run_meta.json", self.meta, default=str)


def run_all(
    cfg: AllPhasesConfig,
    *,
    explore: boost.Explore | None = None,
    tasks: Sequence[Any] | None = None,
    rollout: online_rl.Rollout | None = None,
    rl_tasks: Sequence[str] = (),
    progress: bool = True,
    callbacks: Sequence[Any] = (),
) -> dict[str, Path]:
    """Run every phase into ``cfg.out`` and return ``{phase name: directory}``.

    Args:
        cfg: Pipeline config.
        explore: Exploration callable for phase 3 (see :data:`lamforge.train.boost.Explore`); without it
            (and without ``cfg.explorer`` or an existing exploration file) phase 3 is skipped and the reward
            model and RL start from LAM2.
        tasks: Tasks to explore; default: the expert's failed task ids.
        rollout: Episodes of the policy in live LibreOffice for phase 4's checker reward
            (:func:`lamforge.pipeline.explore.make_rollout`); without it phase 4 takes the reward model's route.
        rl_tasks: The training tasks phase 4 may play.
        progress: Show rich progress bars.
        callbacks: More trainer callbacks for every phase (e.g. the demo's progress display).

    """
    if not cfg.data or not cfg.out:
        raise ValueError("train all needs --data DIR and --out RUN")
    run = _Run(cfg, progress, callbacks)
    samples = run.data / cfg.samples_file
    plans = run.data / cfg.plans_file
    for needed in (plans, samples):
        if not needed.is_file():
            raise FileNotFoundError(f"{needed} not found (data contract: {cfg.plans_file}, {cfg.samples_file})")
    explored_in_data = run.data / cfg.explored_file
    explored = explored_in_data if explored_in_data.is_file() else run.out / cfg.explored_file
    start = time.time()

    tok_dir = None
    if not cfg.base_model:
        tok_cfg = run.config(TokenizerConfig, "tokenizer")
        tok_dir = run.out / "tokenizer"
        if cfg.force and is_main_process():
            shutil.rmtree(tok_dir, ignore_errors=True)
        build_tokenizer(tok_cfg, [plans, samples, *map(Path, _existing(explored))], tok_dir)
    out: dict[str, Path] = {}
    out["lam1"] = run.phase("lam1", plan.run, run.config(
        PlanConfig, "plan", data=str(plans), out=str(run.out / "lam1"), base_model=cfg.base_model,
        tokenizer=str(tok_dir) if tok_dir else None,
    ))
    out["lam2"] = run.phase("lam2", imitate.run, run.config(
        ImitateConfig, "imitate", data=str(samples), init=str(out["lam1"]), out=str(run.out / "lam2"),
        plan_data=str(plans),
    ))
    policy = out["lam2"]
    can_explore = explore is not None or cfg.explorer or explored.is_file()
    if can_explore:
        bcfg = run.config(
            BoostConfig, "boost", data=str(samples), init=str(out["lam2"]), out=str(run.out / "lam3"),
            explored=str(explored), explorer=cfg.explorer, plan_data=str(plans),
        )
        out["lam3"] = policy = run.phase("lam3", boost.run, bcfg, explore=explore, tasks=tasks)
        run.meta["exploration"] = read_meta(out["lam3"]).get("exploration")
    else:
        run.skip("lam3", "no explorer: pass --explorer module:function or provide explored.jsonl")
    extra = _existing(explored)
    rl_cfg = run.config(RLConfig, "rl", data=str(samples), extra=extra, init=str(policy), out=str(run.out / "lam4"))
    use_checker = rl_cfg.reward == "checker" and rollout is not None and bool(rl_tasks)
    if use_checker and not cfg.reward_model:
        run.skip("rm", "phase 4 learns from the checker's reward (rl.reward: rm takes the paper's route; "
                       "reward_model: true also trains the reward model)")
    else:
        out["rm"] = run.phase("rm", reward.run, run.config(
            RewardConfig, "reward", data=str(samples), extra=extra, init=str(policy), out=str(run.out / "rm"),
        ))
        auc = read_meta(out["rm"]).get("metrics", {}).get("heldout_auc")
        run.meta["reward_model"] = {"heldout_auc": auc, "gate": rl_cfg.min_rm_auc}
        if not use_checker and auc is not None and auc < rl_cfg.min_rm_auc and rollout is not None and rl_tasks:
            use_checker = True  # the reward model cannot tell failure from success: the checker rewards instead
            run.meta["reward_model"]["used_for_rl"] = False
    if use_checker:
        out["lam4"] = run.phase("lam4", online_rl.run, rl_cfg, rollout=rollout, tasks=list(rl_tasks))
    else:
        rl_cfg.reward_model = str(out["rm"])
        out["lam4"] = run.phase("lam4", rl.run, rl_cfg)
    run.meta["wall_s"] = round(time.time() - start, 1)
    run.save()
    return out

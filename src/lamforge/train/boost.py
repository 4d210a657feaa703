"""Phase 3 (LAM3): self-boosting. LAM2 explores tasks the expert failed; verified successes join the data.

The explorer (:func:`lamforge.pipeline.explore.make_explorer`) records each successful step with the user's own
request in its prompt, so the fine-tuned model learns to do unaided what the guidance did while exploring.

Exploration needs the live app and the agent loop, so it is plugged in as a callable (see
:data:`Explore`); this module runs the attempt rounds, keeps every trajectory (failures feed phase 4),
and fine-tunes LAM2 on the expert successes plus the new ones.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lamforge.io.atomic import write_json
from lamforge.io.jsonl import write_jsonl
from lamforge.train.boost_config import BoostConfig
from lamforge.train.checkpoint import is_main_process, wait_for_everyone
from lamforge.train.data import Record, is_success, read_records, task_id
from lamforge.train.memory_hints import phase_memory
from lamforge.train.runner import load_init, start_phase
from lamforge.train.sft import run_sft, select_records, with_plan_replay

PHASE = "lam3"

# explore(model_dir, tasks) -> trajectories. ``tasks`` are what the caller passed (by default the task ids of
# the expert's failed trajectories); a trajectory is {"task_id", "success", "steps": [step records]} (a dict or
# an object with those attributes), ``success`` being the checker's verdict on the saved document.
Explore = Callable[[Path, Sequence[Any]], Sequence[Any]]


def failed_task_ids(records: list[Record]) -> list[str]:
    """Task ids of trajectories that failed (and never succeeded) in ``records``, sorted.

    >>> failed_task_ids([{"meta": {"task_id": "b", "success": False}}, {"meta": {"task_id": "a", "success": True}},
    ...                  {"meta": {"task_id": "c", "success": False}}, {"meta": {"task_id": "c", "success": True}}])
    ['b']
    """
    failed = {task_id(r) for r in records if not is_success(r)}
    solved = {task_id(r) for r in records if is_success(r)}
    return sorted(t for t in failed - solved if t)


def task_key(task: Any) -> str:
    """A task's id: the string itself, ``task["task_id"]`` or ``task.task_id``."""
    if isinstance(task, str):
        return task
    if isinstance(task, dict):
        return str(task["task_id"])
    return str(getattr(task, "task_id", task))


def trajectory_records(traj: Any, attempt: int) -> tuple[str, bool, list[Record]]:
    """Normalise one explored trajectory to ``(task_id, success, step records)``.

    Each step's ``meta`` gets the trajectory's task id and verdict, ``source: explore`` and the attempt.
    """
    get = traj.get if isinstance(traj, dict) else (lambda k, d=None: getattr(traj, k, d))
    steps = list(get("steps", []) or [])
    tid, success = str(get("task_id", "")), bool(get("success", False))
    out = []
    for i, rec in enumerate(steps):
        meta = {**(rec.get("meta") or {}), "task_id": tid, "success": success, "source": "explore"}
        meta.setdefault("step", i)
        meta["attempt"] = attempt
        out.append({"prompt": rec["prompt"], "completion": rec["completion"], "meta": meta})
    return tid, success, out


def explore_tasks(
    explore: Explore, model_dir: Path, tasks: Sequence[Any], attempts: int
) -> tuple[list[Record], dict[str, Any]]:
    """Run up to ``attempts`` rounds of ``explore``, each over the tasks still unsolved.

    Returns:
        All explored step records (successes and failures) and a summary: tasks tried and solved, rounds,
        trajectories and steps.

    """
    remaining = list(tasks)
    records: list[Record] = []
    solved: set[str] = set()
    n_traj = rounds = 0
    for attempt in range(attempts):
        if not remaining:
            break
        rounds += 1
        for traj in explore(model_dir, remaining):
            tid, success, recs = trajectory_records(traj, attempt)
            n_traj += 1
            records.extend(recs)
            if success:
                solved.add(tid)
        remaining = [t for t in remaining if task_key(t) not in solved]
    summary = {
        "tasks_tried": len(tasks),
        "tasks_solved": len(solved),
        "rounds": rounds,
        "trajectories": n_traj,
        "success_steps": sum(1 for r in records if is_success(r)),
        "failed_steps": sum(1 for r in records if not is_success(r)),
    }
    return records, summary


def load_explorer(spec: str, cfg: BoostConfig) -> Explore:
    """Import ``module:function`` and call it with the config to get the explore callable."""
    module, _, name = spec.partition(":")
    if not name:
        raise ValueError(f"explorer {spec!r} must look like 'package.module:function'")
    factory = getattr(importlib.import_module(module), name)
    return factory(cfg)


def run(
    cfg: BoostConfig,
    *,
    explore: Explore | None = None,
    tasks: Sequence[Any] | None = None,
    progress: bool = True,
    callbacks: Sequence[Any] = (),
) -> Path:
    """Explore (when an explorer is given and no exploration file exists yet), then fine-tune LAM2 into LAM3.

    Args:
        cfg: Phase 3 config (``init``: LAM2; ``data``: expert samples; ``out``: LAM3).
        explore: The exploration callable; default: built from ``cfg.explorer``, else no new exploration.
        tasks: Tasks to explore; default: ids of the expert's failed trajectories in ``cfg.data``.
        progress: Show a rich progress bar.
        callbacks: More trainer callbacks (e.g. a caller's own progress display).

    """
    pdir, done = start_phase(cfg, needs=("init",), why="self-boosting starts from LAM2: pass --init LAM2_DIR")
    if done:
        return pdir.out
    expert = read_records(cfg.data)
    explored_file = Path(cfg.explored_path())
    explore = explore or (load_explorer(cfg.explorer, cfg) if cfg.explorer else None)
    summary_file = explored_file.with_name(explored_file.name + ".summary.json")
    summary: dict[str, Any] = {"tasks_tried": 0, "tasks_solved": 0, "note": "no explorer and no exploration file"}
    if explore is not None and not explored_file.is_file():
        todo = list(tasks) if tasks is not None else failed_task_ids(expert)
        records, summary = explore_tasks(explore, Path(cfg.init), todo, cfg.attempts)
        if is_main_process():
            write_json(summary_file, summary, default=str)
            write_jsonl(records, explored_file)
        wait_for_everyone()
    elif explored_file.is_file():
        summary = json.loads(summary_file.read_text()) if summary_file.is_file() else {"note": "reused"}
        summary["explored_file"] = str(explored_file)
    files = [cfg.data, *([explored_file] if explored_file.is_file() else []), *cfg.extra]
    new = [r for f in files[1:] for r in read_records(f) if is_success(r)]
    summary["new_success_steps"] = len(new)
    resume = pdir.prepare(force=cfg.force)
    records, memory = phase_memory(cfg, select_records(cfg, expert) + new * max(1, cfg.own_weight), pdir.tmp,
                                   build=False, mask=True)
    records = with_plan_replay(cfg, records)
    model, tokenizer = load_init(cfg)
    return run_sft(
        cfg, phase=PHASE, pdir=pdir, resume=resume, model=model, tokenizer=tokenizer,
        records=records, data_files=files, progress=progress, extra_callbacks=callbacks,
        extra_meta={"exploration": summary, **memory},
    )

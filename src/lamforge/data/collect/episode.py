"""Collect one task: reset on its template, run the expert, save, judge, and build the record.

The record follows the paper's released schema closely (``instantiation_result``,
``execution_result``, ``time_cost``), plus our ``samples`` for training.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from lamforge.app.env import WriterEnv
from lamforge.data.collect.collect_config import CollectConfig
from lamforge.data.collect.samples import trajectory_samples
from lamforge.data.expert.expert import run_expert
from lamforge.tasks.registry import task_from_dict


class Interrupted(RuntimeError):
    """soffice died mid-episode; the task should be retried on the restarted session."""


def collect_one(env: WriterEnv, record: dict[str, Any], cfg: CollectConfig, workdir: Path) -> dict[str, Any]:
    """Execute and judge one task record; never raises for a task-level failure."""
    t0 = time.perf_counter()
    restarts = env.session.restarts
    task = task_from_dict(record)
    request = record["request"]
    obs = task.initialize(env)
    t_choose = time.perf_counter() - t0
    run = run_expert(env, request, obs, max_actions=cfg.max_actions)
    if env.session.restarts != restarts:
        raise Interrupted(f"LibreOffice died during {record['task_id']}: {run.error}")
    out = workdir / f"{record['task_id']}.docx"
    t1 = time.perf_counter()
    env.save(out)
    reasons = task.diagnose(out) if not run.error else []
    infeasible = bool(getattr(task, "infeasible", False))
    if run.refused and not infeasible:
        reasons = [f"refused a feasible request: {run.refused}"]
    elif infeasible and not run.refused:
        reasons = [*reasons, "did not say the request cannot be done"]
    success = not run.error and not reasons
    if run.error:
        reasons = [run.error]
    t_eval = time.perf_counter() - t1
    meta = {
        "task_id": record["task_id"],
        "family": record["family"],
        "split": record.get("split", ""),
        "success": success,
    }
    samples = trajectory_samples(request, run.steps, style=cfg.prompt_style, top_k=cfg.top_k, meta=meta,
                                 final_status="FAIL" if run.refused else "FINISH")
    out.unlink(missing_ok=True)
    return {
        "unique_id": record["task_id"],
        "app": "writer",
        "family": record["family"],
        "split": record.get("split", ""),
        "request": request,
        "success": success,
        "original": {"original_task": request, "original_steps": run.plan, "help_ref": record.get("help_ref", "")},
        "instantiation_result": {
            "choose_template": {"result": record.get("template"), "error": None},
            "prefill": {
                "result": {
                    "instantiated_request": request,
                    "instantiated_plan": [dict(Step=i + 1, **s.to_record()) for i, s in enumerate(run.steps)],
                },
                "error": run.error or None,
            },
        },
        "execution_result": {
            "result": {
                "reason": "; ".join(reasons) or "the checker found the intended change and nothing else",
                "sub_scores": {},
                "complete": "yes" if success else "no",
            },
            "error": None,
        },
        "time_cost": {
            "choose_template": round(t_choose, 4),
            "prefill": round(run.time_plan_s, 4),
            "execute": round(run.time_execute_s, 4),
            "execute_eval": round(t_eval, 4),
            "total": round(time.perf_counter() - t0, 4),
        },
        "n_steps": len(run.steps),
        "samples": samples,
    }


def new_workdir() -> Path:
    """A private folder for a worker's saved documents."""
    return Path(tempfile.mkdtemp(prefix="lamforge-collect-"))

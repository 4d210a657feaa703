"""Run collection episodes on K workers (processes or Ray actors), each owning one LibreOffice session.

Results stream back in completion order; a task whose soffice died is retried on the restarted
session, up to twice (a worker that died as a whole is the pool's to restart and retry). With the
process backend and ``workers=1`` everything runs in-process (easier to debug, same results).
Each worker's ``lamforge-collect-*`` folder records its owner and goes when the worker closes; one left by
a killed worker is removed at the next start (:func:`lamforge.app.processes.clean_stale`).
"""

from __future__ import annotations

import shutil
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from lamforge.app.rollouts import rollout_map
from lamforge.data.collect.collect_config import CollectConfig

_STATE: dict[str, Any] = {}
_ATTEMPTS = 3  # a restart right after a kill can itself be cut short on a loaded machine


def _init(cfg: CollectConfig) -> Callable[[], None]:
    from lamforge.app.env import WriterEnv
    from lamforge.app.processes import clean_stale_once, owned_tempdir

    clean_stale_once()
    _STATE["env"] = WriterEnv()
    _STATE["cfg"] = cfg
    _STATE["workdir"] = owned_tempdir("lamforge-collect-")
    return _close


def _work(record: dict[str, Any]) -> dict[str, Any]:
    from lamforge.app.session import SessionInterrupted
    from lamforge.data.collect.episode import Interrupted, collect_one

    env, cfg, wd = _STATE["env"], _STATE["cfg"], _STATE["workdir"]
    for attempt in range(_ATTEMPTS):
        try:
            return collect_one(env, record, cfg, wd)
        except (Interrupted, SessionInterrupted):  # soffice died (during the episode or while saving)
            if attempt == _ATTEMPTS - 1:
                return _error(record, f"LibreOffice died {_ATTEMPTS} times on this task")
        except Exception as exc:  # a broken task must not stop the collection
            return _error(record, f"{type(exc).__name__}: {exc}", traceback.format_exc(limit=4))
    raise AssertionError("unreachable")  # pragma: no cover


def _error(record: dict[str, Any], message: str, tb: str = "") -> dict[str, Any]:
    return {
        "unique_id": record["task_id"],
        "app": "writer",
        "family": record.get("family", ""),
        "split": record.get("split", ""),
        "request": record.get("request", ""),
        "success": False,
        "execution_result": {"result": None, "error": {"type": "collector", "message": message, "traceback": tb}},
        "samples": [],
        "n_steps": 0,
        "time_cost": {},
    }


def _close() -> None:
    env = _STATE.pop("env", None)
    workdir = _STATE.pop("workdir", None)
    try:
        if env is not None:
            env.close()
    finally:
        if workdir is not None:
            shutil.rmtree(workdir, ignore_errors=True)


def run_pool(records: Sequence[dict[str, Any]], cfg: CollectConfig) -> Iterator[dict[str, Any]]:
    """Yield one result per record, from ``cfg.workers`` workers of ``cfg.backend``."""
    if not records:
        return
    yield from rollout_map(_work, records, cfg.workers, _init, (cfg,), backend=cfg.backend,
                           ray_address=cfg.ray_address)

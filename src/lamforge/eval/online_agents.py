"""The things the online evaluation runs on a task: a model through the agent loop, or the grounding expert.

Both return the agent's :class:`~lamforge.agent.records.EpisodeResult`, so one judge, one row format
and one trajectory format serve every model. The random agent is re-seeded per task (from the task
id), so its results do not depend on how tasks were spread over workers.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Protocol

from lamforge.agent.records import EpisodeResult, StepRecord, write_trajectories
from lamforge.eval.config import EvalConfig
from lamforge.eval.models import EXPERT


class EpisodeAgent(Protocol):
    """Carries out ``request`` on a private copy of ``doc`` in ``env`` and returns the episode."""

    def __call__(
        self, env: Any, request: str, doc: Path, *, task_id: str, max_steps: int, log_path: Path
    ) -> EpisodeResult:
        """Run one task (``max_steps`` actions at most) and write its trajectory to ``log_path``."""
        ...


def task_seed(seed: int, task_id: str) -> int:
    """A per-task seed, stable across runs and machines.

    >>> task_seed(0, "t1") == task_seed(0, "t1") != task_seed(1, "t1")
    True
    """
    return int(hashlib.sha256(f"{seed}_{task_id}".encode()).hexdigest()[:12], 16)


class BackendAgent:
    """A model (any ``--model`` spec of the agent package) driven by ``run_episode``."""

    def __init__(self, spec: str, cfg: EvalConfig, name: str = "") -> None:
        from lamforge.agent.backends.factory import make_backend, parse_spec

        self.spec, self.cfg = spec, cfg
        self.kind = parse_spec(spec)
        self.random_seed = self.kind.seed if self.kind.kind == "random" else cfg.seed
        self.guided = cfg.guidance == "on"
        extra = {} if self.guided or self.kind.kind != "checkpoint" else {"hint_bias": 0.0}
        self.backend = None if self.kind.kind == "random" else make_backend(spec, seed=cfg.seed, **extra)
        self.name = name or str(getattr(self.backend, "name", spec))

    def _backend(self, task_id: str) -> Any:
        if self.backend is not None:
            return self.backend
        from lamforge.agent.backends.random_backend import RandomBackend

        return RandomBackend(task_seed(self.random_seed, task_id))

    def __call__(
        self, env: Any, request: str, doc: Path, *, task_id: str, max_steps: int, log_path: Path
    ) -> EpisodeResult:
        """Run the agent loop on the task."""
        from lamforge.agent.episode_runner import run_episode

        return run_episode(env, self._backend(task_id), request, doc, max_steps=max_steps,
                           max_failures=self.cfg.max_failures or None, log_path=log_path,
                           max_tokens=self.cfg.max_tokens, rewrite_request=self.guided)


class ExpertAgent:
    """The offline grounding expert (plans from the request's words, grounds on live controls).

    Its time is split as the loop's is: planning and grounding count as the "model" part, spread
    evenly over the steps it took; LibreOffice's time per action is the app part.
    """

    name = EXPERT

    def __call__(
        self, env: Any, request: str, doc: Path, *, task_id: str, max_steps: int, log_path: Path
    ) -> EpisodeResult:
        """Reset on the template, run the expert, and record it as an episode."""
        del task_id
        from lamforge.data.expert.expert import run_expert

        obs, _ = env.reset(options={"doc": str(doc)})
        run = run_expert(env, request, obs, max_actions=max_steps)
        result = expert_episode(request, doc, run)
        write_trajectories(log_path, [result])
        return result


def expert_episode(request: str, doc: os.PathLike[str] | str, run: Any) -> EpisodeResult:
    """An expert run (``ExpertRun``) as an :class:`EpisodeResult`."""
    n = len(run.steps)
    total_ms = (run.time_plan_s + run.time_execute_s) * 1000
    think_ms = (total_ms - sum(s.app_ms for s in run.steps)) / n if n else 0.0
    steps = []
    for i, s in enumerate(run.steps, 1):
        last = i == n and not run.error
        steps.append(StepRecord(
            i, n_controls=len(s.observation.controls), action=s.action.to_dict(),
            status=("FAIL" if run.refused else "FINISH") if last else "CONTINUE", ok=s.ok, message=s.message,
            error="" if s.ok else "execution",
            model_ms=max(0.0, think_ms), app_ms=s.app_ms, env_ms=s.app_ms, step_ms=max(0.0, think_ms) + s.app_ms,
            info={"subtask": s.subtask, "matched": s.matched},
        ))
    stop = "finish" if n and not run.error else ("max_steps" if run.error == "too many actions" else "model_error")
    if run.refused:
        stop = "fail"
    return EpisodeResult(request, str(doc), model=EXPERT, finished=stop == "finish", stop_reason=stop,
                         message=run.error, plan=list(run.plan), steps=steps)


def make_agent(spec: str, cfg: EvalConfig, name: str = "") -> EpisodeAgent:
    """The agent a ``--model`` spec names (``expert`` or any backend spec)."""
    if spec.strip().lower() == EXPERT:
        return ExpertAgent()
    return BackendAgent(spec, cfg, name)

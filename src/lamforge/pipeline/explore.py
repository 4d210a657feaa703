"""Episodes of a trained LAM in live LibreOffice, verified by the task's checker: phase 3's and phase 4's data.

``make_explorer`` returns the ``explore(model_dir, tasks)`` callable that :mod:`lamforge.train.boost` plugs in:
the model explores with its guidance on (task-memory hint, request rewriting), and every step becomes a record
in the shared prompt format whose prompt shows the user's *original* request, so what the rules and the memory
did becomes what the model learns to do alone. ``make_rollout`` returns the ``rollout(backend, tasks, group,
temperature)`` callable of :mod:`lamforge.train.online_rl`: the policy alone (no hint, no rewriting; the
document guard stays), sampled ``group`` times per task, each episode labelled with the checker's verdict.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamforge.agent.backends.base import DEFAULT_MAX_TOKENS
from lamforge.prompting.format import AgentOutput, with_request


@dataclass
class ExploreSettings:
    """How the model explores: sampling temperature, step limit, reply length (as `lamforge run`'s), seed."""

    temperature: float = 0.8
    max_steps: int = 10
    max_tokens: int = DEFAULT_MAX_TOKENS  # at 160 a reply quoting a whole paragraph was cut inside the quote
    seed: int = 0


def episode_samples(result: Any, meta: dict[str, Any], request: str | None = None) -> list[dict[str, Any]]:
    """The steps of an agent episode as prompt-completion records (steps without a usable answer dropped).

    ``request``: the request the prompts should show (the user's own, when the loop rewrote it).
    """
    out = []
    for st in result.steps:
        if not st.messages or not st.output:
            continue
        try:
            answer = AgentOutput(**{**st.output, "plan": tuple(st.output.get("plan", ()))})
        except TypeError:
            continue
        prompt = with_request(st.messages, request) if request else st.messages
        out.append({
            "prompt": prompt,
            "completion": [{"role": "assistant", "content": answer.to_json()}],
            "meta": {**meta, "step": st.step, "ok": st.ok},
        })
    return out


def _episode(env: Any, backend: Any, rec: dict[str, Any], st: ExploreSettings, work: Path, *, guided: bool,
             temperature: float, n: int = 0, max_steps: int = 0) -> dict[str, Any]:
    """One verified episode of ``rec``'s task: its verdict, its steps as records, how many steps were valid."""
    from lamforge.agent.episode_runner import run_episode
    from lamforge.tasks.registry import task_from_dict

    tid = rec["task_id"]
    task = task_from_dict(rec)
    res = run_episode(env, backend, rec["request"], task.template_path(), max_steps=max_steps or st.max_steps,
                      temperature=temperature, max_tokens=st.max_tokens, log_prompts=True, confirm="no",
                      meta={"task_id": tid}, rewrite_request=guided, max_failures=2)
    saved = env.save(work / f"{tid}.{n}.docx")
    refused_ok = res.stop_reason == "fail" if getattr(task, "infeasible", False) else res.finished
    success = bool(refused_ok and task.is_successful(saved) == 1.0)
    saved.unlink(missing_ok=True)
    meta = {"task_id": tid, "family": rec["family"], "success": success, "source": "explore"}
    return {"task_id": tid, "success": success, "steps": episode_samples(res, meta, rec["request"]),
            "n_steps": len(res.steps), "valid_steps": sum(1 for s in res.steps if s.ok)}


def make_explorer(task_records: dict[str, dict[str, Any]], settings: ExploreSettings | None = None) -> Any:
    """An ``explore(model_dir, tasks)`` over ``task_records`` (task_id -> tasks.jsonl record), guidance on."""
    st = settings or ExploreSettings()

    def explore(model_dir: Path, tasks: Sequence[Any]) -> list[dict[str, Any]]:
        from lamforge.agent.backends.factory import make_backend
        from lamforge.app.env import WriterEnv

        backend = make_backend(str(model_dir), seed=st.seed)
        with tempfile.TemporaryDirectory(prefix="lamforge-explore-") as work, WriterEnv() as env:
            return [_episode(env, backend, task_records[t if isinstance(t, str) else t["task_id"]], st, Path(work),
                             guided=True, temperature=st.temperature) for t in tasks]

    return explore


def make_rollout(task_records: dict[str, dict[str, Any]], settings: ExploreSettings | None = None) -> Any:
    """A ``rollout(backend, task_ids, group, temperature, guided)`` for online RL.

    The policy plays ``group`` episodes of each task (with the request rewriting when ``guided``; the hint is the
    backend's), each within the task's own step budget, in one LibreOffice session kept for the whole phase.
    """
    st = settings or ExploreSettings()
    state: dict[str, Any] = {}

    def rollout(backend: Any, task_ids: Sequence[str], group: int, temperature: float,
                guided: bool = False) -> list[dict[str, Any]]:
        from lamforge.app.env import WriterEnv

        if "env" not in state:
            state["env"] = WriterEnv()
            state["work"] = Path(tempfile.mkdtemp(prefix="lamforge-rl-"))
        env, work = state["env"], state["work"]
        return [_episode(env, backend, task_records[tid], st, work, guided=guided, temperature=temperature, n=k,
                         max_steps=int(task_records[tid].get("complexity") or 0))
                for tid in task_ids for k in range(group)]

    def close() -> None:
        if "env" in state:
            state.pop("env").close()
            shutil.rmtree(state.pop("work"), ignore_errors=True)  # the saved documents are judged and gone

    rollout.close = close  # type: ignore[attr-defined]
    return rollout

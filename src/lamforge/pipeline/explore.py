"""Phase-3 exploration: a trained LAM attempts tasks in live LibreOffice; the checker verifies each try.

``make_explorer`` returns the ``explore(model_dir, tasks)`` callable that ``lamforge.train.boost``
plugs in. Every step the model took becomes a record in the shared prompt format (the prompt it saw,
its parsed answer re-serialised as the completion), labelled with the checker's verdict on the saved
document — successes join the training data, failures feed the reward model.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamforge.prompting.format import AgentOutput


@dataclass
class ExploreSettings:
    """How the model explores: sampling temperature, step limit, reply length, seed."""

    temperature: float = 0.8
    max_steps: int = 10
    max_tokens: int = 160
    seed: int = 0


def episode_samples(result: Any, meta: dict[str, Any]) -> list[dict[str, Any]]:
    """The steps of an agent episode as prompt-completion records (steps without a usable answer dropped)."""
    out = []
    for st in result.steps:
        if not st.messages or not st.output:
            continue
        try:
            answer = AgentOutput(**{**st.output, "plan": tuple(st.output.get("plan", ()))})
        except TypeError:
            continue
        out.append({
            "prompt": st.messages,
            "completion": [{"role": "assistant", "content": answer.to_json()}],
            "meta": {**meta, "step": st.step, "ok": st.ok},
        })
    return out


def make_explorer(task_records: dict[str, dict[str, Any]], settings: ExploreSettings | None = None) -> Any:
    """An ``explore(model_dir, tasks)`` over ``task_records`` (task_id -> tasks.jsonl record)."""
    st = settings or ExploreSettings()

    def explore(model_dir: Path, tasks: Sequence[Any]) -> list[dict[str, Any]]:
        from lamforge.agent.backends.factory import make_backend
        from lamforge.agent.episode_runner import run_episode
        from lamforge.app.env import WriterEnv
        from lamforge.tasks.registry import task_from_dict

        backend = make_backend(str(model_dir), seed=st.seed)
        work = Path(tempfile.mkdtemp(prefix="lamforge-explore-"))
        out: list[dict[str, Any]] = []
        with WriterEnv() as env:
            for t in tasks:
                tid = t if isinstance(t, str) else t["task_id"]
                rec = task_records[tid]
                task = task_from_dict(rec)
                res = run_episode(env, backend, rec["request"], task.template_path(), max_steps=st.max_steps,
                                  temperature=st.temperature, max_tokens=st.max_tokens, log_prompts=True,
                                  confirm="no", meta={"task_id": tid})
                saved = env.save(work / f"{tid}.docx")
                success = bool(res.finished and task.is_successful(saved) == 1.0)
                meta = {"task_id": tid, "family": rec["family"], "success": success, "source": "explore"}
                out.append({"task_id": tid, "success": success, "steps": episode_samples(res, meta)})
        return out

    return explore

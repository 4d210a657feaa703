"""Post-processing: an executed trajectory → step-wise samples in the ONE shared prompt format.

Sample t has the state s_t (request, the controls the step was decided on, previous actions with
their results, the previous plan) as prompt, and the expert's action a_t (thought, control, function,
args, status, remaining plan) as completion: TRL's conversational prompt-completion records.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lamforge.data.expert.expert import ExpertStep
from lamforge.prompting.format import DEFAULT_TOP_K, AgentOutput, HistoryStep, build_step_messages


def trajectory_samples(
    request: str,
    steps: Sequence[ExpertStep],
    *,
    style: str = "compact",
    top_k: int = DEFAULT_TOP_K,
    meta: dict[str, Any] | None = None,
    final_status: str = "FINISH",
) -> list[dict[str, Any]]:
    """One sample per executed step; the last step's status is ``final_status`` (FAIL for a refused request)."""
    out: list[dict[str, Any]] = []
    history: list[HistoryStep] = []
    previous_plan: list[str] = []
    subtasks = [s.subtask for s in steps]
    for i, st in enumerate(steps):
        remaining = _remaining(subtasks, i)
        last = i == len(steps) - 1
        target = AgentOutput(
            thought=st.subtask,
            control_label=st.action.control_label,
            control_name=st.action.control_name,
            function=st.action.function,
            args=dict(st.action.args),
            status=final_status if last else "CONTINUE",
            plan=() if last else tuple(remaining),
        )
        messages = build_step_messages(
            request,
            st.observation.controls,
            history,
            previous_plan,
            style=style,
            top_k=top_k,  # type: ignore[arg-type]
            view=st.observation.view,
        )
        out.append(
            {
                "prompt": messages,
                "completion": [{"role": "assistant", "content": target.to_json()}],
                "meta": {**(meta or {}), "step": i + 1, "n_steps": len(steps)},
            }
        )
        history.append(
            HistoryStep(i + 1, st.action.function, dict(st.action.args), st.action.control_name, st.ok, st.message)
        )
        previous_plan = list(target.plan)
    return out


def _remaining(subtasks: Sequence[str], i: int) -> list[str]:
    """The plan after action ``i``: later subtasks, without repeating the current one.

    >>> _remaining(["Select", "Open dialog", "Open dialog", "Click OK"], 1)
    ['Click OK']
    """
    seen = subtasks[i]
    rest = [s for s in subtasks[i + 1 :]]
    while rest and rest[0] == seen:
        rest.pop(0)
    dedup: list[str] = []
    for s in rest:
        if not dedup or dedup[-1] != s:
            dedup.append(s)
    return dedup

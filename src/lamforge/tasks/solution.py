"""Resolve reference steps in command form to actions on the live control list, and run them.

A step names its control by UNO ``command`` (toolbar or menu) or by ``control`` (a field or
button of the open dialog); with neither it acts on the Document. Resolution happens against the
controls visible *now*, so labels always match what the agent would have seen at that step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lamforge.app.action import Action
    from lamforge.app.env import StepResult, WriterEnv


class UnresolvedStep(LookupError):
    """No visible control matches a step's command or control name."""


def resolve_step(env: WriterEnv, step: dict[str, Any]) -> Action:
    """The :class:`Action` for one command-form step, labelled from the current control list."""
    from lamforge.app.action import Action

    function, args = step["function"], dict(step.get("args") or {})
    if "command" in step:
        control = env.find_control(command=step["command"])
        what = f"command {step['command']!r}"
    elif "control" in step:
        control = env.find_control(name=step["control"])
        what = f"control {step['control']!r}"
    else:
        control = env.find_control(name="Document")
        what = "the Document"
    if control is None:
        raise UnresolvedStep(f"{what} is not among the visible controls (step {step})")
    return Action(function, args, control_label=control.label, control_name=control.control_text)


@dataclass
class Replay:
    """What running a reference solution did, step by step."""

    actions: list[Action] = field(default_factory=list)
    results: list[StepResult] = field(default_factory=list)
    error: str = ""

    @property
    def ok(self) -> bool:
        """Every step resolved and reported success."""
        return not self.error and all(r.result.ok for r in self.results)


def run_solution(env: WriterEnv, solution: Sequence[dict[str, Any]], *, confirm: bool = False) -> Replay:
    """Resolve and execute each step on ``env``; stop at the first unresolvable or failed step.

    ``confirm``: the steps run as confirmed (a reference solution whose request asks for a destructive command,
    such as Delete Rows); otherwise the environment's guard undoes what one removes.
    """
    replay = Replay()
    for i, step in enumerate(solution):
        try:
            action = resolve_step(env, step)
        except UnresolvedStep as exc:
            replay.error = f"step {i + 1}: {exc}"
            break
        result = env.step(action, confirm=confirm or None)
        replay.actions.append(action)
        replay.results.append(result)
        if not result.result.ok:
            replay.error = f"step {i + 1} ({action.function}) failed: {result.result.message}"
            break
    return replay

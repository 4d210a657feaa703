"""The grounding expert: plan a request in words, ground each step on the live controls, execute it.

``run_expert`` returns the executed steps with the observation each was decided on, so the
collector can both judge the result and write step-wise training samples in the shared format.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from lamforge.app.action import Action
from lamforge.app.consent import requested_commands
from lamforge.app.env import WriterEnv
from lamforge.app.observation import Observation
from lamforge.app.out_of_reach import infeasible_reason
from lamforge.data.expert.grounder import GroundingError, QuoteCursor, ground_step
from lamforge.data.expert.planner import plan_request
from lamforge.data.expert.request_parse import parse_request
from lamforge.data.expert.structure_steps import without_targets
from lamforge.data.expert.targets import needs_body
from lamforge.text.typos import fix_typos


@dataclass
class ExpertStep:
    """One executed action: the plan step it grounds, the observation it was chosen on, its result."""

    subtask: str
    action: Action
    observation: Observation
    ok: bool
    message: str
    app_ms: float
    matched: str = ""

    def to_record(self) -> dict[str, Any]:
        """The paper's instantiated-plan entry (Step/Subtask/ControlLabel/ControlText/Function/Args/Success)."""
        return {
            "Subtask": self.subtask,
            "ControlLabel": self.action.control_label,
            "ControlText": self.action.control_name,
            "Function": self.action.function,
            "Args": self.action.args,
            "Success": self.ok,
            "MatchedControlText": self.matched,
            "Message": self.message,
        }


@dataclass
class ExpertRun:
    """What the expert did for one request: its plan, its executed steps, and why it stopped early."""

    plan: list[str]
    steps: list[ExpertStep] = field(default_factory=list)
    error: str = ""
    time_plan_s: float = 0.0
    time_execute_s: float = 0.0
    refused: str = ""  # why the request cannot be done in Writer (the run ends with a FAIL status)


class Expert(Protocol):
    """Produces and executes an action plan for ``request`` in an env already reset on the template."""

    def __call__(self, env: WriterEnv, request: str, observation: Observation) -> ExpertRun:
        """Plan and execute ``request``."""
        ...


def _asked(act: Action, obs: Observation, asked: frozenset[str]) -> bool:
    """Whether ``act`` clicks a destructive command that the request itself asks for (its yes)."""
    return bool(asked) and any(c.command in asked for c in obs.controls if act.control_label and
                               c.label == act.control_label)


def run_expert(env: WriterEnv, request: str, observation: Observation, *, max_actions: int = 12) -> ExpertRun:
    """Plan ``request`` from its words, then ground and execute step by step (stops at the first failure)."""
    t0 = time.perf_counter()
    reason = infeasible_reason(request)
    if reason is not None:  # say so, and leave the document as it is
        act = Action("summary", {"text": reason})
        res = env.step(act)
        step = ExpertStep(f"Tell the user: {reason}", act, observation, res.result.ok, res.result.message,
                          res.result.app_ms)
        return ExpertRun(plan=[step.subtask], steps=[step], refused=reason, time_plan_s=time.perf_counter() - t0)
    body = None
    if needs_body(request):  # count paragraphs apart from table cells: look at the document in full once
        body = [p.text for p in env.observe(full=True).doc.paragraphs]
    plan = plan_request(request, observation.controls, observation.doc, body, observation.view)
    run = ExpertRun(plan=plan, time_plan_s=time.perf_counter() - t0)
    if not plan:
        run.error = "no plan: the request matched no control"
        return run
    values = parse_request(fix_typos(without_targets(request)))
    asked = requested_commands(request)
    quotes = QuoteCursor(values.quoted, observation.doc.text)
    obs = observation
    t1 = time.perf_counter()
    for subtask in plan:
        try:
            actions = ground_step(subtask, values, quotes, obs.controls)
        except GroundingError as exc:
            run.error = f"step {subtask!r}: {exc}"
            break
        for act in actions:
            if len(run.steps) >= max_actions:
                run.error = "too many actions"
                break
            res = env.step(act, confirm=_asked(act, obs, asked))  # "delete the Sunday row" asks for Delete Rows
            r = res.result
            run.steps.append(ExpertStep(subtask, act, obs, r.ok, r.message, r.app_ms, r.info.get("control", "")))
            obs = res.observation
            if not r.ok or res.truncated:
                run.error = f"step {subtask!r} failed: {r.message}"
                break
        if run.error:
            break
    run.time_execute_s = time.perf_counter() - t1
    return run

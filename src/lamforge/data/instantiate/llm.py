"""Optional LLM instantiation (the paper's prefill call): rephrase a family's concrete task and plan it.

The paper's LLM turns an abstract task into a concrete one and writes the action plan in one call.
A request the LLM invents freely would have no checker, so we keep the family's sampled parameters
(and therefore its checker) and ask the LLM only to *rephrase* the family's concrete request in the
spirit of the help-doc task, keeping every concrete value verbatim, and to write an action plan on
the live control list. Replies are validated like any model output: JSON, a non-empty request that
keeps the values and adds at most 50 words, known functions with valid arguments, and controls that
exist in the list shown. An invalid reply is asked again, then the task is dropped and counted.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any

from lamforge.app.action import FUNCTIONS, Action, ActionError
from lamforge.app.observation import Control
from lamforge.data.plans.llm import json_object

MAX_EXTRA_WORDS = 50  # the paper's limit on what the new task may add

INSTANTIATE_PROMPT = """You are an Agent Task Creator and planner for LibreOffice Writer.
You get a task from the help pages (<Given Task>) with its <Reference Steps>, a concrete version of it
on the open document (<Concrete Task>), the controls of the Writer window (<Doc Control State>) and the
functions you may call (<Available Functions>).
Rules for the new task:
- Rephrase the concrete task as a user would ask it, in the spirit of the given task.
- Keep every quoted text, number, colour, font and style name of the concrete task exactly as written.
- It must be specific and objective, with no subjective wording, and add at most 50 words.
Rules for the action plan:
- One action per step, using only the available functions.
- controlLabel and controlText come from <Doc Control State> (controlText must equal the label's
  control_text), or are both empty for functions that act on the document itself.
- args is a JSON object with the function's arguments.
Answer with JSON only:
{"observation": "...", "thought": "...", "new_task": "...",
 "actions_plan": [{"step": "...", "controlLabel": "...", "controlText": "...", "function": "...", "args": {}}]}"""



def instantiation_messages(
    task: str, steps: Sequence[str], concrete: str, controls: Sequence[Control]
) -> list[dict[str, str]]:
    """The chat messages of one instantiation call (the paper's prompt fields as labelled blocks)."""
    functions = {name: sorted(args) for name, args in FUNCTIONS.items()}
    user = "\n".join([
        f"<Given Task>: {task}",
        "<Reference Steps>: " + json.dumps(list(steps), ensure_ascii=False),
        f"<Concrete Task>: {concrete}",
        "<Doc Control State>: " + json.dumps([c.to_prompt_dict() for c in controls], ensure_ascii=False),
        "<Available Functions>: " + json.dumps(functions),
    ])
    return [{"role": "system", "content": INSTANTIATE_PROMPT}, {"role": "user", "content": user}]


def _get(d: dict[str, Any], *names: str) -> Any:
    lowered = {k.casefold(): v for k, v in d.items()}
    return next((lowered[n.casefold()] for n in names if n.casefold() in lowered), None)


def parse_reply(text: str) -> dict[str, Any] | None:
    """The reply's JSON object (a code fence around it is fine), or None.

    >>> parse_reply('```json\\n{"new_task": "x", "actions_plan": []}\\n```')
    {'new_task': 'x', 'actions_plan': []}
    >>> parse_reply("Sure, here it is.") is None
    True
    """
    return json_object(text)


def _plan_items(raw: Any) -> list[Any] | None:
    if isinstance(raw, list):
        return raw
    if isinstance(raw, str):  # the paper's form: newline-separated action objects
        try:
            return [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError:
            return None
    return None


def validate_reply(
    data: dict[str, Any], concrete: str, keep: Sequence[str], controls: Sequence[Control]
) -> tuple[dict[str, Any] | None, str | None]:
    """(normalised {"new_task", "actions_plan", "thought"}, None) or (None, the reason it is invalid)."""
    new_task = _get(data, "new_task")
    if not isinstance(new_task, str) or not new_task.strip():
        return None, "empty_task"
    new_task = " ".join(new_task.split())
    if len(new_task.split()) > len(concrete.split()) + MAX_EXTRA_WORDS:
        return None, "too_long"
    if any(v.casefold() not in new_task.casefold() for v in keep):
        return None, "lost_value"
    items = _plan_items(_get(data, "actions_plan"))
    if not items:
        return None, "empty_plan"
    by_label = {c.label: c for c in controls}
    names = {c.control_text.casefold() for c in controls}
    plan = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            return None, "bad_action"
        function = str(_get(item, "function") or "")
        label, text = str(_get(item, "controlLabel") or ""), str(_get(item, "controlText") or "")
        args = _get(item, "args") or {}
        if function not in FUNCTIONS:
            return None, "unknown_function"
        if text and text.casefold() not in names:
            return None, "unknown_control"
        if label and (label not in by_label or (text and by_label[label].control_text.casefold() != text.casefold())):
            return None, "label_mismatch"
        try:
            Action(function, args, control_label=label, control_name=text)
        except ActionError:
            return None, "bad_args"
        plan.append({"Step": i + 1, "Subtask": str(_get(item, "step", "subtask") or ""), "ControlLabel": label,
                     "ControlText": text, "Function": function, "Args": args})
    return {"new_task": new_task, "actions_plan": plan, "thought": str(_get(data, "thought") or "")}, None


class InstantiationLLM:
    """An OpenAI-compatible chat endpoint asked for validated instantiations, with retries."""

    def __init__(self, base_url: str, model: str, *, api_key_env: str = "OPENAI_API_KEY", timeout: float = 60.0,
                 max_retries: int = 2) -> None:
        from openai import OpenAI

        self.model = model
        self.max_retries = max_retries
        self.client = OpenAI(base_url=base_url, api_key=os.environ.get(api_key_env) or "not-set", timeout=timeout,
                             max_retries=0)
        self.calls = 0

    def instantiate(
        self, task: str, steps: Sequence[str], concrete: str, keep: Sequence[str], controls: Sequence[Control]
    ) -> tuple[dict[str, Any] | None, str | None, int]:
        """(valid instantiation or None, reason of the last failure or None, attempts made)."""
        messages = instantiation_messages(task, steps, concrete, controls)
        reason: str | None = "no_attempt"
        attempts = 0
        for attempts in range(1, 2 + max(0, self.max_retries)):  # noqa: B007 (attempts is returned)
            self.calls += 1
            try:
                reply = self.client.chat.completions.create(
                    model=self.model, messages=messages, temperature=0.0  # type: ignore[arg-type]
                )
                text = reply.choices[0].message.content or ""
            except Exception as exc:  # openai raises many types; all mean "no answer this time"
                reason = f"request_error:{type(exc).__name__}"
                continue
            data = parse_reply(text)
            if data is None:
                reason = "invalid_json"
                continue
            result, reason = validate_reply(data, concrete, keep, controls)
            if result is not None:
                return result, None, attempts
        return None, reason, attempts

"""The ONE prompt/response format: training samples and the agent runtime both render through here.

A step prompt is the paper's Appendix C layout (system, then a user message with
``<Available Control Item:>``, ``<User Request:>``, ``<Previous Actions:>``, ``<Previous Plans:>``);
the answer is one JSON object with the paper's seven keys. ``style="compact"`` (the CPU default)
uses a one-line system prompt and ``label|type|text`` control rows so a tiny model sees few tokens.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any, Literal

from lamforge.app.action import Action
from lamforge.app.observation import Control, DocView
from lamforge.prompting.control_filter import select_controls
from lamforge.prompting.document_view import MAX_LINES, MAX_LINES_LATER, render_view
from lamforge.prompting.parse import ParseError, parse_output

Style = Literal["compact", "full"]
DEFAULT_TOP_K = 8  # controls a step prompt shows (UFO shows 15; a tiny model reads fewer tokens faster)
_REQUEST = "<User Request:>"
ACTIONS_MARK = "<Previous Actions:>"  # the previous actions follow it; the hint guide reads them back
_HINT = "<Similar Task:>"
_CONTROLS = "<Available Control Item:>"
DOCUMENT_MARK = "<Document:>"
__all__ = [
    "AgentOutput",
    "HistoryStep",
    "ParseError",
    "build_plan_messages",
    "build_step_messages",
    "hint_of",
    "is_step_prompt",
    "parse_output",
    "render_plan",
    "request_from_messages",
    "system_prompt",
    "with_hint",
    "with_request",
]


def system_prompt(style: Style = "compact") -> str:
    """The system prompt for step decisions, loaded from package data."""
    return resources.files("lamforge.prompting.prompts").joinpath(f"system_{style}.txt").read_text().strip()


def plan_system_prompt() -> str:
    """The system prompt for task → plan (phase 1)."""
    return resources.files("lamforge.prompting.prompts").joinpath("plan_system.txt").read_text().strip()


# A history text argument longer than this shows its first HISTORY_TEXT_KEEP characters (training histories hold
# texts up to ~180 characters; a 400-character paragraph in the memory put the model off its format).
HISTORY_TEXT_LIMIT = 200
HISTORY_TEXT_KEEP = 100


@dataclass(frozen=True)
class HistoryStep:
    """One previous step as memory keeps it: what was done, on what, and what came of it."""

    step: int
    function: str
    args: dict[str, Any]
    control_name: str
    ok: bool
    message: str = ""

    def render(self) -> str:
        """One line: ``2. click_input on "Bold" -> ok``.

        A long text (a whole paragraph selected by its words) is kept to its start, as people remember it: the
        line stays the length of the lines the model learnt from.

        >>> HistoryStep(1, "select_text", {"text": "Hi"}, "", True).render()
        '1. select_text {"text": "Hi"} -> ok'
        >>> len(HistoryStep(1, "select_text", {"text": "x" * 400}, "", True).render())
        134
        """
        shown = {k: _remembered(v) for k, v in self.args.items()}
        args = f" {json.dumps(shown, ensure_ascii=False)}" if self.args else ""
        on = f' on "{self.control_name}"' if self.control_name and self.control_name != "Document" else ""
        res = "ok" if self.ok else f"failed: {self.message[:80]}"
        return f"{self.step}. {self.function}{args}{on} -> {res}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> HistoryStep:
        """Inverse of :meth:`to_dict`."""
        return cls(
            **{k: d[k] for k in ("step", "function", "args", "control_name", "ok") if k in d},
            message=d.get("message", ""),
        )


def _remembered(value: Any) -> Any:
    """A history argument as the prompt shows it: texts longer than any the training histories hold cut to a start."""
    if isinstance(value, str) and len(value) > HISTORY_TEXT_LIMIT:
        return value[:HISTORY_TEXT_KEEP] + "\u2026"
    return value


@dataclass(frozen=True)
class AgentOutput:
    """The model's answer for one step: the paper's seven keys."""

    thought: str
    control_label: str
    control_name: str
    function: str
    args: dict[str, Any] = field(default_factory=dict)
    status: str = "CONTINUE"
    plan: tuple[str, ...] = ()

    def to_json(self) -> str:
        """Canonical JSON text (fixed key order) used as the training target."""
        return json.dumps(
            {
                "thought": self.thought,
                "control_label": self.control_label,
                "control_name": self.control_name,
                "function": self.function,
                "args": self.args,
                "status": self.status,
                "plan": list(self.plan),
            },
            ensure_ascii=False,
        )

    def to_action(self) -> Action:
        """The executable part (raises ActionError on an invalid function or arguments)."""
        return Action(self.function, dict(self.args), self.control_label, self.control_name)

    @classmethod
    def parse(cls, text: str) -> AgentOutput:
        """Robustly parse a model's raw text (see :func:`lamforge.prompting.parse.parse_output`)."""
        d = parse_output(text)
        return cls(**d)


def render_controls(controls: Iterable[Control], style: Style = "compact") -> str:
    """The control list as the prompt shows it.

    >>> render_controls([Control("39", "Bold", "Button")])
    '39|Button|Bold'
    """
    if style == "full":
        return json.dumps([c.to_prompt_dict() for c in controls], ensure_ascii=False)
    return "\n".join(f"{c.label}|{c.control_type}|{c.control_text}" for c in controls)


def build_step_messages(
    request: str,
    controls: Sequence[Control],
    history: Sequence[HistoryStep] = (),
    previous_plan: Sequence[str] = (),
    *,
    style: Style = "compact",
    top_k: int = DEFAULT_TOP_K,
    hint: str = "",
    view: DocView | None = None,
) -> list[dict[str, str]]:
    """System + user messages for one decision step (the state s_t of the paper).

    ``view`` is the document as the step observed it (numbered paragraphs, tables, the selection), shown after
    the controls; ``hint`` is the action skeleton of the closest solved task
    (:mod:`lamforge.guidance.task_memory`), shown just before the request when the model was trained with one.
    """
    hinted = re.findall(r'"([^"]+)"', hint)  # the controls the hint names rank high, as the plan's do
    shown = select_controls(request, controls, previous_plan=previous_plan, history=history, k=top_k, hinted=hinted)
    hist = "\n".join(h.render() for h in history) if history else "(none)"
    plan = json.dumps(list(previous_plan), ensure_ascii=False) if previous_plan else "[]"
    user = (
        f"{_CONTROLS}\n{render_controls(shown, style)}\n"
        f"{_document_block(view, request, acted=bool(history))}"
        f"{_hint_line(hint)}"
        f"{_REQUEST} {request}\n"
        f"{ACTIONS_MARK}\n{hist}\n"
        f"<Previous Plans:> {plan}"
    )
    return [{"role": "system", "content": system_prompt(style)}, {"role": "user", "content": user}]


def _document_block(view: DocView | None, request: str, acted: bool) -> str:
    """The document as the step sees it: the whole (capped) view first, a short one once the agent has acted."""
    if view is None:
        return ""
    return f"{DOCUMENT_MARK}\n{render_view(view, request, MAX_LINES_LATER if acted else MAX_LINES)}\n"


def _hint_line(hint: str) -> str:
    return f"{_HINT} {hint}\n" if hint else ""


def with_hint(messages: Sequence[dict[str, str]], hint: str) -> list[dict[str, str]]:
    """The same step messages with ``hint`` shown (replacing any hint they had; ``""`` removes it).

    Training attaches hints to samples collected without them, through here, so the line is the one
    :func:`build_step_messages` writes.

    >>> m = with_hint(build_step_messages("Make 'Hi' bold", []), 'select_text; click_input "Bold"')
    >>> m[1]["content"].splitlines()[2]
    '<Similar Task:> select_text; click_input "Bold"'
    >>> with_hint(m, "") == build_step_messages("Make 'Hi' bold", [])
    True
    """
    out = [dict(m) for m in messages]
    for m in out:
        text = m.get("content", "")
        if m.get("role") == "user" and _REQUEST in text and _CONTROLS in text:  # step prompts only
            head, tail = text.split(_REQUEST, 1)
            if _HINT in head:
                head = head.split(_HINT, 1)[0]
            m["content"] = f"{head}{_hint_line(hint)}{_REQUEST}{tail}"
    return out


def with_request(messages: Sequence[dict[str, str]], request: str) -> list[dict[str, str]]:
    """The same step or plan messages asking ``request`` instead (training-time request masking).

    >>> request_from_messages(with_request(build_step_messages("Make 'a' bold", []), "Make 'a' do"))
    "Make 'a' do"
    """
    old = request_from_messages(messages)
    out = [dict(m) for m in messages]
    for m in out:
        if m.get("role") == "user" and f"{_REQUEST} {old}" in m.get("content", ""):
            m["content"] = m["content"].replace(f"{_REQUEST} {old}", f"{_REQUEST} {request}", 1)
    return out


def _section(messages: Sequence[Any], marker: str, end: str) -> str:
    """The text after ``marker`` up to ``end`` in the last user message holding it (``""`` when none)."""
    for m in reversed(messages):
        text = str(m.get("content", "")) if m.get("role") == "user" else ""
        if marker in text:
            return text.split(marker, 1)[1].split(end, 1)[0].strip()
    return ""


def is_step_prompt(messages: Sequence[Any]) -> bool:
    """Whether ``messages`` ask for one step's action (they show a control list), not for a plan.

    >>> is_step_prompt(build_step_messages("Bold 'x'", [])), is_step_prompt(build_plan_messages("Bold 'x'"))
    (True, False)
    """
    return any(m.get("role") == "user" and _CONTROLS in str(m.get("content", "")) for m in messages)


def hint_of(messages: Sequence[Any]) -> str:
    """The hint a step prompt shows (``""`` when none).

    >>> hint_of(with_hint(build_step_messages("Bold 'x'", []), "select_text")), hint_of([])
    ('select_text', '')
    """
    return _section(messages, _HINT, "\n")


def request_from_messages(messages: Sequence[Any]) -> str:
    """The user request inside a step or plan prompt (``""`` when there is none).

    >>> request_from_messages(build_plan_messages("Make 'Hi' bold"))
    "Make 'Hi' bold"
    """
    return _section(messages, _REQUEST, f"\n{ACTIONS_MARK}")


def render_plan(plan: Sequence[str]) -> str:
    """A plan as numbered lines (phase-1 target).

    >>> render_plan(["Select the text", "Click Bold"])
    '1. Select the text\\n2. Click Bold'
    """
    return "\n".join(f"{i}. {s}" for i, s in enumerate(plan, 1))


def parse_plan(text: str) -> list[str]:
    """Numbered or bulleted lines back to a list of steps.

    >>> parse_plan("1. Select the text\\n2) Click Bold\\n")
    ['Select the text', 'Click Bold']
    """
    out = []
    for line in text.splitlines():
        s = re.sub(r"^\s*(?:\d+[.)]|[-*•])\s*", "", line).strip()
        if s:
            out.append(s)
    return out


def build_plan_messages(task: str) -> list[dict[str, str]]:
    """System + user messages asking for a plan (phase 1, and planning evaluation)."""
    return [
        {"role": "system", "content": plan_system_prompt()},
        {"role": "user", "content": f"<User Request:> {task}"},
    ]

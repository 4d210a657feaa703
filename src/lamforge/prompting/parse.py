"""Parse a model's raw answer into the seven action keys, tolerating the usual slips.

Handles code fences, text around the JSON, single quotes, Python literals, UFO's CamelCase keys
(``ControlLabel``...), a plan given as a string, and missing optional keys. Anything else raises
:class:`ParseError` with the reason; callers record it as a failed step, never crash.
"""

from __future__ import annotations

import ast
import json
import re
import warnings
from typing import Any

from lamforge.app.action import FUNCTIONS

_KEYS = {
    "thought": "thought",
    "observation": "thought",
    "controllabel": "control_label",
    "control_label": "control_label",
    "label": "control_label",
    "controltext": "control_name",
    "control_name": "control_name",
    "controlname": "control_name",
    "control_text": "control_name",
    "function": "function",
    "args": "args",
    "arguments": "args",
    "status": "status",
    "plan": "plan",
}
STATUSES = ("CONTINUE", "FINISH", "CONFIRM", "FAIL")  # FAIL: the request cannot be done in Writer
_STATUSES = frozenset(STATUSES)


class ParseError(ValueError):
    """The text holds no usable action; the message says why."""


def _balanced_objects(text: str) -> list[str]:
    """Every top-level ``{...}`` span, honouring quoted strings."""
    spans, depth, start, quote, esc = [], 0, -1, "", False
    for i, ch in enumerate(text):
        if quote:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == quote:
                quote = ""
            continue
        if ch in "\"'" and depth > 0:
            quote = ch
        elif ch == "{":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "}" and depth > 0:
            depth -= 1
            if depth == 0:
                spans.append(text[start : i + 1])
    if depth > 0 and start >= 0:
        spans.append(text[start:] + "}" * depth)
    return spans


def _load(span: str) -> Any:
    try:
        return json.loads(span)
    except (json.JSONDecodeError, RecursionError):
        pass
    py = re.sub(r"\btrue\b", "True", re.sub(r"\bfalse\b", "False", re.sub(r"\bnull\b", "None", span)))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = ast.literal_eval(py)
        return json.loads(json.dumps(value))  # only JSON-shaped values (no sets, bytes, tuple keys)
    except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
        return None


def _without_plan(text: str) -> dict[str, Any] | None:
    """The reply read up to its ``plan`` key, for a reply cut off (or garbled) inside its plan.

    The plan is the last key, written after the action; a small model sometimes runs on inside it and writes a
    second action there (``"plan": ["Press Enter", "function": ...``). The first ``plan`` key whose prefix reads as
    an object is the cut, so the action written first is the one kept.

    >>> _without_plan('{"function": "click_input", "status": "FINISH", "plan": ["Click Bo')["status"]
    'FINISH'
    >>> _without_plan('{"function": "click_input", "args": {}, "status": "FINISH", "plan": ["Press Enter", '
    ...               '"function": "select_text", "args": {"text": "x"}, "status": "CONTINUE", "plan": []}')["function"]
    'click_input'
    """
    start = text.find("{")
    if start < 0:
        return None
    for m in re.finditer(r'"plan"\s*:', text[start:]):
        obj = _load(text[start : start + m.start()].rstrip().rstrip(",") + "}")
        if isinstance(obj, dict):
            return obj
    return None


def parse_output(text: str) -> dict[str, Any]:
    """Raw model text → dict with keys thought, control_label, control_name, function, args, status, plan.

    >>> parse_output('```json\\n{"function": "click_input", "status": "finish"}\\n```')["status"]
    'FINISH'
    >>> parse_output("{'Function': 'select_text', 'Args': {'text': 'Hi'}, 'Plan': 'click Bold'}")["plan"]
    ('click Bold',)
    >>> parse_output("no json here")
    Traceback (most recent call last):
    ...
    lamforge.prompting.parse.ParseError: no JSON object in the output
    """
    if not isinstance(text, str):
        raise ParseError(f"output is not text: {type(text).__name__}")
    spans = _balanced_objects(text)
    if not spans:
        raise ParseError("no JSON object in the output")
    obj = None
    for span in spans:
        cand = _load(span)
        if isinstance(cand, dict) and any(str(k).lower().replace(" ", "") in _KEYS for k in cand):
            obj = cand
            break
    if obj is None:
        obj = _without_plan(text)
    if obj is None:
        raise ParseError("the output's JSON could not be read")
    d: dict[str, Any] = {}
    for k, v in obj.items():
        key = _KEYS.get(str(k).lower().replace(" ", ""))
        if key and key not in d:
            d[key] = v
    function = str(d.get("function") or "").strip()
    if not function:
        raise ParseError("no 'function' in the output")
    if function not in FUNCTIONS:
        raise ParseError(f"unknown function {function!r}")
    args = d.get("args") or {}
    if isinstance(args, str):
        loaded = _load(args) if args.strip().startswith("{") else None
        if not isinstance(loaded, dict):
            raise ParseError(f"args is not an object: {args[:60]!r}")
        args = loaded
    if not isinstance(args, dict):
        raise ParseError(f"args is not an object: {args!r}")
    status = str(d.get("status") or "CONTINUE").strip().upper()
    if status not in _STATUSES:
        raise ParseError(f"unknown status {status!r}")
    plan = d.get("plan") or []
    if isinstance(plan, str):
        plan = [p for p in (s.strip() for s in re.split(r"\n|(?:^|\s)\d+[.)]\s", plan)) if p]
    if not isinstance(plan, list | tuple):
        plan = [str(plan)]
    label = d.get("control_label")
    return {
        "thought": str(d.get("thought") or ""),
        "control_label": "" if label is None else str(label).strip(),
        "control_name": str(d.get("control_name") or "").strip(),
        "function": function,
        "args": {str(k): v for k, v in args.items()},
        "status": status,
        "plan": tuple(str(p) for p in plan),
    }

"""The action space (UFO's function pool, as in the LAM paper) and the result of running one action."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# function name -> (argument name -> accepted python types); the executor's contract.
FUNCTIONS: dict[str, dict[str, tuple[type, ...]]] = {
    "click_input": {"button": (str,), "double": (bool,)},
    "set_edit_text": {"text": (str, int, float)},
    "keyboard_input": {"keys": (str,)},
    "select_text": {"text": (str,), "paragraph": (int,), "within": (str,)},
    "select_paragraphs": {"start": (int,), "end": (int,)},
    "select_cells": {"table": (int,), "row": (int,), "column": (int,), "to_row": (int,), "to_column": (int,)},
    "select_all": {},
    "insert_table": {"rows": (int,), "columns": (int,)},
    "select_table": {"number": (int,)},
    "wheel_mouse_input": {"wheel_dist": (int,)},
    "texts": {},
    "summary": {"text": (str,)},
}
REQUIRED_ARGS: dict[str, tuple[str, ...]] = {
    "set_edit_text": ("text",),
    "keyboard_input": ("keys",),
    "select_text": ("text",),
    "select_paragraphs": ("start",),
    "select_cells": ("table",),
    "insert_table": ("rows", "columns"),
    "select_table": ("number",),
    "wheel_mouse_input": ("wheel_dist",),
}
# Functions that act on the document itself rather than on a toolbar or menu control.
DOCUMENT_FUNCTIONS = frozenset({"select_text", "select_paragraphs", "select_cells", "select_all", "insert_table",
                                "select_table", "texts", "keyboard_input"})
# Functions that only move the selection: they never change the document.
SELECTION_FUNCTIONS = frozenset({"select_text", "select_paragraphs", "select_cells", "select_all", "select_table"})


class ActionError(ValueError):
    """An action that cannot be run as written (unknown function, missing or ill-typed argument)."""


@dataclass(frozen=True)
class Action:
    """One step of the agent: the paper's output keys ``control_label``, ``control_name``, ``function``, ``args``.

    >>> Action("click_input", control_name="Bold").function
    'click_input'
    >>> Action("fly", {})
    Traceback (most recent call last):
    ...
    lamforge.app.action.ActionError: unknown function 'fly'; expected one of click_input, ...
    """

    function: str
    args: dict[str, Any] = field(default_factory=dict)
    control_label: str = ""
    control_name: str = ""

    def __post_init__(self) -> None:
        if self.function not in FUNCTIONS:
            raise ActionError(f"unknown function {self.function!r}; expected one of {', '.join(FUNCTIONS)}")
        if not isinstance(self.args, dict):
            raise ActionError(f"args must be a JSON object, got {self.args!r}")
        spec = FUNCTIONS[self.function]
        for name in REQUIRED_ARGS.get(self.function, ()):
            if name not in self.args:
                raise ActionError(f"{self.function} needs argument {name!r}; got args {self.args!r}")
        for name, value in self.args.items():
            if name not in spec:
                raise ActionError(
                    f"{self.function} takes no argument {name!r} (takes {', '.join(spec) or 'none'})"
                )
            types = spec[name]
            if isinstance(value, bool) and bool not in types:
                raise ActionError(f"{self.function}: argument {name}={value!r} must be {types[0].__name__}")
            if not isinstance(value, types):
                raise ActionError(f"{self.function}: argument {name}={value!r} must be {types[0].__name__}")
        object.__setattr__(self, "control_label", str(self.control_label or ""))
        object.__setattr__(self, "control_name", str(self.control_name or ""))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Action:
        """Build from the paper's keys; raises :class:`ActionError` on bad input."""
        if not isinstance(d, dict):
            raise ActionError(f"an action must be a JSON object, got {d!r}")
        if "function" not in d:
            raise ActionError(f"an action needs a 'function' key; got keys {sorted(d)}")
        args = d.get("args") or {}
        return cls(
            function=str(d["function"]),
            args=args,
            control_label=str(d.get("control_label", "") or ""),
            control_name=str(d.get("control_name", "") or ""),
        )

    def to_dict(self) -> dict[str, Any]:
        """The paper's keys, JSON-ready."""
        return {
            "control_label": self.control_label,
            "control_name": self.control_name,
            "function": self.function,
            "args": dict(self.args),
        }


@dataclass(frozen=True)
class ActionResult:
    """What the executor reports for one action: never an exception, always ok + message."""

    ok: bool
    message: str
    app_ms: float = 0.0
    info: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for step logs."""
        return {"ok": self.ok, "message": self.message, "app_ms": round(self.app_ms, 3), **self.info}

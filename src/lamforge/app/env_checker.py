"""``check_env(env, doc)``: assert that an environment honours the WriterEnv contract.

Small ``check_*`` functions with expected-versus-actual messages, as Gymnasium's env checker does;
run over every registered task family's template by the tests, and usable on Ray workers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lamforge.app.action import Action, ActionResult
from lamforge.app.observation import Observation

REQUIRED_CONTROLS = (
    "Bold",
    "Italic",
    "Underline",
    "Font Name",
    "Font Size",
    "Align Left",
    "Align Center",
    "Align Right",
    "Justified",
    "Toggle Unordered List",
    "Toggle Ordered List",
    "Insert Table",
    "Undo",
)


class EnvCheckError(AssertionError):
    """The environment broke its contract."""


def _expect(cond: bool, what: str, expected: Any, actual: Any) -> None:
    if not cond:
        raise EnvCheckError(f"{what}: expected {expected!r}, got {actual!r}")


def check_reset(env: Any, doc: Path) -> Observation:
    """Reset returns (Observation, dict) with a non-empty, uniquely labelled control list."""
    out = env.reset(options={"doc": doc})
    _expect(isinstance(out, tuple) and len(out) == 2, "reset() return", "(Observation, info)", type(out))
    obs, info = out
    _expect(isinstance(obs, Observation), "reset() observation type", "Observation", type(obs))
    _expect(isinstance(info, dict), "reset() info type", "dict", type(info))
    labels = [c.label for c in obs.controls]
    _expect(len(labels) == len(set(labels)), "control labels unique", len(labels), len(set(labels)))
    return obs


def check_controls(obs: Observation) -> None:
    """The control list holds the Document and the core formatting controls."""
    names = {c.control_text for c in obs.controls}
    missing = [n for n in REQUIRED_CONTROLS if n not in names]
    _expect(not missing, "required controls present", "none missing", missing)
    _expect(any(c.control_type == "Document" for c in obs.controls), "a Document control", True, False)


def check_step(env: Any) -> None:
    """Step returns a StepResult whose info carries an ActionResult; bad actions fail softly."""
    res = env.step(Action("summary", {"text": "checking"}))
    for name in ("observation", "reward", "terminated", "truncated", "info"):
        _expect(hasattr(res, name), "StepResult field", name, "missing")
    _expect(
        isinstance(res.info.get("result"), ActionResult),
        "info['result']",
        "ActionResult",
        type(res.info.get("result")),
    )
    bad = env.step({"function": "click_input", "control_label": "999999", "control_name": "No Such Control"})
    _expect(bad.info["result"].ok is False, "unknown control fails softly", False, bad.info["result"].ok)
    garbage = env.step({"function": "teleport"})
    _expect(
        garbage.info["result"].ok is False, "unknown function fails softly", False, garbage.info["result"].ok
    )


def check_original_untouched(env: Any, doc: Path) -> None:
    """Acting and saving elsewhere never changes the source document's bytes."""
    before = Path(doc).read_bytes()
    env.reset(options={"doc": doc})
    env.step(Action("keyboard_input", {"keys": "lamforge"}))
    _expect(Path(doc).read_bytes() == before, "source document bytes", "unchanged", "modified")


def check_env(env: Any, doc: Path) -> None:
    """Run every check; raises :class:`EnvCheckError` on the first broken promise."""
    obs = check_reset(env, doc)
    check_controls(obs)
    check_step(env)
    check_original_untouched(env, doc)

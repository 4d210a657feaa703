"""The random agent: a valid control and a valid function with plausible arguments, nothing more.

It is the evaluation's floor (``--model random``). It reads the controls and the request from the prompt
itself, so it runs through the same loop, server and logs as a real model, and it is seeded, so two
runs with one seed make the same choices.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence

from lamforge.agent.backends.base import Backend, Message, Sampling

VALUES = ("12", "14", "18", "Heading 1", "Heading 2", "Red", "Blue", "1.5", "2", "Liberation Serif")
KEYS = ("{ENTER}", "{TAB}", "{BACKSPACE}", "{HOME}", "{END}", "+{END}", "Hello")
DOCUMENT_FUNCTIONS = ("select_text", "select_text", "keyboard_input", "insert_table", "select_table", "texts")
_QUOTED = re.compile(r"[\"\u201c\u201d']([^\"\u201c\u201d']{2,}?)[\"\u201c\u201d']")


def prompt_controls(user: str) -> list[tuple[str, str, str]]:
    """``(label, type, text)`` of each control listed in a step prompt (compact or full style).

    >>> prompt_controls("<Available Control Item:>\\n1|Document|Document\\n39|Button|Bold\\n<User Request:> x")
    [('1', 'Document', 'Document'), ('39', 'Button', 'Bold')]
    """
    m = re.search(r"<Available Control Item:>\s*(.*?)\s*<User Request:>", user, re.S)
    if not m:
        return []
    block = m.group(1).strip()
    if block.startswith("["):
        try:
            items = json.loads(block)
        except ValueError:
            return []
        return [(str(c.get("label", "")), str(c.get("control_type", "")), str(c.get("control_text", "")))
                for c in items if isinstance(c, dict)]
    out = []
    for line in block.splitlines():
        parts = line.split("|", 2)
        if len(parts) == 3:
            out.append((parts[0], parts[1], parts[2]))
    return out


def prompt_request(user: str) -> str:
    """The user request of a step prompt ('' when absent)."""
    m = re.search(r"<User Request:>\s*(.*?)\s*(?:<Previous Actions:>|$)", user, re.S)
    return m.group(1).strip() if m else ""


class RandomBackend(Backend):
    """Uniformly random, valid actions.

    Args:
        seed: seed of the backend's own ``random.Random``.
        finish_prob: chance of declaring the task finished at each step.

    """

    name = "random"

    def __init__(self, seed: int = 0, *, finish_prob: float = 0.1) -> None:
        self.rng = random.Random(seed)
        self.finish_prob = finish_prob

    def reply(self, messages: Sequence[Message], sampling: Sampling) -> str:
        """A random action for the controls the prompt lists, as the JSON a model would write (no sampling)."""
        user = next((str(m.get("content", "")) for m in reversed(messages) if m.get("role") == "user"), "")
        controls = prompt_controls(user) or [("1", "Document", "Document")]
        label, ctype, text = self.rng.choice(controls)
        function, args = self._action(ctype, prompt_request(user))
        out = {
            "thought": "A random choice.",
            "control_label": label,
            "control_name": text,
            "function": function,
            "args": args,
            "status": "FINISH" if self.rng.random() < self.finish_prob else "CONTINUE",
            "plan": [],
        }
        return json.dumps(out, ensure_ascii=False)

    def _action(self, ctype: str, request: str) -> tuple[str, dict]:
        rng = self.rng
        if ctype == "Document":
            function = rng.choice(DOCUMENT_FUNCTIONS)
        elif ctype in ("ComboBox", "Edit"):
            function = rng.choice(("set_edit_text", "set_edit_text", "click_input"))
        else:
            function = "click_input"
        if function == "select_text":
            return function, {"text": self._phrase(request)}
        if function == "set_edit_text":
            return function, {"text": rng.choice(VALUES)}
        if function == "keyboard_input":
            return function, {"keys": rng.choice(KEYS)}
        if function == "insert_table":
            return function, {"rows": rng.randint(1, 4), "columns": rng.randint(1, 4)}
        if function == "select_table":
            return function, {"number": 1}
        if function == "click_input":
            return function, {"button": "left", "double": False}
        return function, {}

    def _phrase(self, request: str) -> str:
        """A quoted span of the request when there is one, else a few of its words."""
        quoted = _QUOTED.findall(request)
        if quoted:
            return self.rng.choice(quoted)
        words = request.split() or ["the"]
        n = self.rng.randint(1, min(4, len(words)))
        start = self.rng.randrange(len(words) - n + 1)
        return " ".join(words[start : start + n]).strip(".,!?;:")

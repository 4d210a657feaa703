"""Replay a fixed list of model outputs: tests, benchmarks, and replaying the grounding expert's actions.

Each call returns the next output, whatever the prompt; every prompt received is kept in ``calls`` so a
test can check what the loop showed the model. When the script runs out the backend raises
:class:`BackendError`, which ends the episode honestly instead of inventing a FINISH.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from lamforge.agent.backends.base import Backend, BackendError, Message, Sampling, as_text, cut_at_stop


class ScriptedBackend(Backend):
    """Return scripted outputs in order.

    Args:
        outputs: raw texts, dicts with the seven keys, or ``AgentOutput`` objects.
        cycle: start again from the first output instead of running out (benchmarks).
        name: the model name reported in generations.

    """

    def __init__(self, outputs: Iterable[object], *, cycle: bool = False, name: str = "scripted") -> None:
        self.outputs = [as_text(o) for o in outputs]
        self.cycle = cycle
        self.name = name
        self.position = 0
        self.calls: list[list[dict[str, str]]] = []

    @classmethod
    def from_jsonl(cls, path: str | Path, **kwargs: object) -> ScriptedBackend:
        """One output per line: a JSON object (the seven keys) or a JSON string holding raw text."""
        outputs: list[object] = []
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                outputs.append(json.loads(line))
            except ValueError as exc:
                raise BackendError(f"{path}:{n}: not JSON: {exc}") from exc
        return cls(outputs, **kwargs)  # type: ignore[arg-type]

    @property
    def remaining(self) -> int:
        """Outputs not yet replayed."""
        return len(self.outputs) - self.position

    def reply(self, messages: Sequence[Message], sampling: Sampling) -> str:
        """The next scripted output (cut at a stop string, never at ``max_tokens``)."""
        self.calls.append([dict(m) for m in messages])
        if self.position >= len(self.outputs):
            if not (self.cycle and self.outputs):
                raise BackendError(f"the script of {len(self.outputs)} outputs is exhausted")
            self.position = 0
        text, _ = cut_at_stop(self.outputs[self.position], sampling.stop)
        self.position += 1
        return text

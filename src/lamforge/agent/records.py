"""Step and episode records, and the trajectory JSONL the evaluation reads back.

A trajectory file holds one or more episodes: an ``{"kind": "episode", ...}`` line followed by its
``{"kind": "step", ...}`` lines. Records convert with ``to_dict``/``from_dict`` and ignore unknown keys,
so a file written by a newer lamforge still loads.
"""

from __future__ import annotations

import json
import os
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from lamforge.io.jsonl import write_jsonl
from lamforge.prompting.format import DEFAULT_TOP_K

# Why a step failed (``error``): '' when it did not.
ERROR_KINDS = ("parse", "action", "refused", "execution", "model", "interrupted")
# Why an episode stopped (``stop_reason``).
STOP_REASONS = ("finish", "fail", "max_steps", "max_failures", "model_error", "interrupted", "aborted",
                "deadline")


def _known(cls: type, d: Mapping[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in d.items() if k in names}


@dataclass
class StepRecord:
    """Everything about one step of an episode.

    Attributes:
        step: 1-based step number.
        n_controls: controls in the observation (before the prompt's top-k filter).
        doc_chars: characters of document text in the observation.
        prompt_chars: characters of the rendered prompt.
        prompt_tokens: tokens of the prompt (as the backend counted them).
        completion_tokens: tokens of the reply (retry included).
        raw_output: the model's text.
        retry_output: the second reply when the first could not be used, else None.
        output: the parsed seven keys (None when unparseable).
        action: the executed (or refused) action's keys (None when there was none).
        status: the model's status (CONTINUE, FINISH, CONFIRM, FAIL; '' when unparseable).
        ok: whether the step achieved its action.
        message: the executor's message or the reason of the failure.
        error: one of :data:`ERROR_KINDS`, '' on success.
        confirm: ``yes``/``no`` when the action needed confirmation, ``request`` when the request itself asked for
            it (Delete Rows for "delete the Sunday row"), else ''.
        model_ms: generation time (retry included).
        app_ms: LibreOffice's time for the action itself.
        env_ms: the env's whole step (action plus the next observation).
        step_ms: wall time of the whole step.
        info: the executor's extra facts (control resolution, text matching).
        messages: the prompt itself, when the caller asked for prompts in the log.

    """

    step: int
    n_controls: int = 0
    doc_chars: int = 0
    prompt_chars: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    raw_output: str = ""
    retry_output: str | None = None
    output: dict[str, Any] | None = None
    action: dict[str, Any] | None = None
    status: str = ""
    ok: bool = False
    message: str = ""
    error: str = ""
    confirm: str = ""
    model_ms: float = 0.0
    app_ms: float = 0.0
    env_ms: float = 0.0
    step_ms: float = 0.0
    info: dict[str, Any] = field(default_factory=dict)
    messages: list[dict[str, str]] | None = None

    @property
    def overhead_ms(self) -> float:
        """The loop's own time: the step minus generation and the env."""
        return max(0.0, self.step_ms - self.model_ms - self.env_ms)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``kind: step``)."""
        d = asdict(self)
        if d["messages"] is None:
            del d["messages"]
        for k in ("model_ms", "app_ms", "env_ms", "step_ms"):
            d[k] = round(d[k], 3)
        return {"kind": "step", **d}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> StepRecord:
        """Inverse of :meth:`to_dict`."""
        return cls(**_known(cls, d))


@dataclass
class EpisodeResult:
    """The outcome of one request on one document.

    Attributes:
        request: the user's request.
        doc: the input document (never modified).
        model: the backend's name.
        finished: the model declared FINISH on a successful step.
        stop_reason: one of :data:`STOP_REASONS`.
        message: details of the stop (the model error, the interruption).
        plan: the last plan the model gave.
        prompt_style: how prompts were rendered.
        top_k: controls shown per prompt.
        steps: the step records.
        meta: the caller's facts about the episode (task id, family, split ...), kept as given.

    """

    request: str
    doc: str
    model: str = ""
    finished: bool = False
    stop_reason: str = ""
    message: str = ""
    plan: list[str] = field(default_factory=list)
    prompt_style: str = "compact"
    top_k: int = DEFAULT_TOP_K
    steps: list[StepRecord] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def n_steps(self) -> int:
        """Steps taken."""
        return len(self.steps)

    @property
    def n_failures(self) -> int:
        """Steps that failed."""
        return sum(not s.ok for s in self.steps)

    def timing(self) -> dict[str, float]:
        """Totals and medians in milliseconds: the run's time split into model, app and loop."""
        steps = self.steps
        med = statistics.median
        return {
            "total_ms": sum(s.step_ms for s in steps),
            "model_ms": sum(s.model_ms for s in steps),
            "env_ms": sum(s.env_ms for s in steps),
            "app_ms": sum(s.app_ms for s in steps),
            "overhead_ms": sum(s.overhead_ms for s in steps),
            "median_step_ms": med([s.step_ms for s in steps]) if steps else 0.0,
            "median_model_ms": med([s.model_ms for s in steps]) if steps else 0.0,
            "median_overhead_ms": med([s.overhead_ms for s in steps]) if steps else 0.0,
        }

    def header(self) -> dict[str, Any]:
        """The episode line of a trajectory file (``kind: episode``), without the steps."""
        d = {k: v for k, v in asdict(self).items() if k != "steps"}
        timing = {k: round(v, 3) for k, v in self.timing().items()}
        return {"kind": "episode", **d, "n_steps": self.n_steps, "n_failures": self.n_failures, **timing}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form with the steps nested."""
        return {**self.header(), "steps": [s.to_dict() for s in self.steps]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> EpisodeResult:
        """Inverse of :meth:`to_dict` (extra keys such as timing totals are ignored)."""
        kw = _known(cls, d)
        kw["steps"] = [s if isinstance(s, StepRecord) else StepRecord.from_dict(s) for s in d.get("steps", [])]
        return cls(**kw)

    def to_records(self) -> list[dict[str, Any]]:
        """The lines of this episode in a trajectory file."""
        return [self.header(), *(s.to_dict() for s in self.steps)]


def write_trajectories(path: str | os.PathLike[str], episodes: Iterable[EpisodeResult]) -> Path:
    """Write episodes to a JSONL file atomically (temp file, then rename)."""
    return write_jsonl((rec for ep in episodes for rec in ep.to_records()), path, default=str)


def read_trajectories(path: str | os.PathLike[str]) -> list[EpisodeResult]:
    """Read every episode of a trajectory file (step lines attach to the episode line before them)."""
    episodes: list[EpisodeResult] = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        kind = rec.get("kind")
        if kind == "episode":
            episodes.append(EpisodeResult.from_dict({**rec, "steps": []}))
        elif kind == "step":
            if not episodes:
                raise ValueError(f"{path}:{n}: a step line before any episode line")
            episodes[-1].steps.append(StepRecord.from_dict(rec))
    return episodes

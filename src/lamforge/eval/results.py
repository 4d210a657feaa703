"""Result rows of the three evaluations, and the JSONL files that hold them (appended, so runs resume).

Layout of a results directory (``--out DIR``)::

    DIR/plans/<model>.jsonl      one PlanRow per task
    DIR/offline/<model>.jsonl    one OfflineRow per teacher-forced step
    DIR/online/<model>.jsonl     one OnlineRow per task and phrasing split
    DIR/online/<model>/          each episode's trajectory JSONL and saved .docx

Rows are appended and flushed one by one as work finishes; an interrupted run leaves whole lines
behind (a torn last line is skipped on reading), and reading keeps the last row per key, so a re-run
simply skips what is done. Report building reads only these files.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

KINDS = ("plans", "offline", "online")
R = TypeVar("R")


def _known(cls: type, d: Mapping[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in d.items() if k in names}


@dataclass
class PlanRow:
    """One task's predicted plan, scored against its reference (see :mod:`lamforge.eval.plan_metrics`)."""

    model: str
    task_id: str
    task: str
    reference: list[str]
    predicted: list[str]
    pairs: list[list[Any]] = field(default_factory=list)
    matcher: str = ""
    threshold: float = 0.0
    judge: dict[str, Any] | None = None
    model_ms: float = 0.0
    raw_output: str = ""

    def key(self) -> str:
        """Identity for resuming."""
        return self.task_id


@dataclass
class OfflineRow:
    """One teacher-forced step: the model's parsed reply, the expert's, and what was right."""

    model: str
    task_id: str
    step: int
    family: str = ""
    object_ok: bool = False
    operation_ok: bool = False
    status_ok: bool = False
    predicted: dict[str, Any] | None = None
    gold: dict[str, Any] = field(default_factory=dict)
    raw_output: str = ""
    model_ms: float = 0.0

    def key(self) -> str:
        """Identity for resuming."""
        return f"{self.task_id}#{self.step}"


@dataclass
class OnlineRow:
    """One live episode, judged by its task's checker on the saved file.

    Attributes:
        model: report name of the model.
        task_id: the task's id in the tasks file.
        family: task family (per-family table).
        split: ``test`` (seen phrasings) or ``test-phrasing`` (held-out phrasings).
        request: what the model was asked.
        success: the checker passed on the saved document.
        finished: the model declared FINISH.
        stop_reason: why the episode stopped (the agent's STOP_REASONS, or ``error``).
        n_steps: steps taken.
        time_s: completion time: from the request to the final action (sum of step wall times).
        wall_s: the whole task: reset, episode, save and judging.
        step_ms: wall time of each step.
        model_ms: generation time of each step.
        app_ms: LibreOffice's time of each step's action.
        error: an infrastructure error (crashed soffice, unreadable task); such rows are re-run on resume.
        trajectory: path of the episode's trajectory JSONL (relative to the results directory).
        doc_out: path of the saved .docx ('' when not kept).
        diagnosis: the checker's reasons for a failure (first few).
        rewritten: the agent rewrote the request before the model read it (quoted mentions, resolved references).
        prompt_tokens: prompt tokens of each step (as the backend counted them).
        invented: selections of a text in neither the document nor the request.

    """

    model: str
    task_id: str
    family: str = ""
    split: str = "test"
    request: str = ""
    success: bool = False
    finished: bool = False
    stop_reason: str = ""
    n_steps: int = 0
    time_s: float = 0.0
    wall_s: float = 0.0
    step_ms: list[float] = field(default_factory=list)
    model_ms: list[float] = field(default_factory=list)
    app_ms: list[float] = field(default_factory=list)
    error: str = ""
    trajectory: str = ""
    doc_out: str = ""
    diagnosis: list[str] = field(default_factory=list)
    rewritten: bool = False
    prompt_tokens: list[int] = field(default_factory=list)
    invented: int = 0

    def key(self) -> str:
        """Identity for resuming (a task may appear in both splits)."""
        return f"{self.split}/{self.task_id}"


ROW_TYPES: dict[str, type] = {"plans": PlanRow, "offline": OfflineRow, "online": OnlineRow}


def to_dict(row: Any) -> dict[str, Any]:
    """JSON-ready form of a row."""
    return asdict(row)


def from_dict(cls: type[R], d: Mapping[str, Any]) -> R:
    """A row from its dict (unknown keys ignored, so newer files still load)."""
    return cls(**_known(cls, d))


def safe_name(model: str) -> str:
    """A model name usable as a file name.

    >>> safe_name("lam4"), safe_name("http://h:8/v1#gpt-4o")
    ('lam4', 'http_h_8_v1_gpt-4o')
    """
    return re.sub(r"[^A-Za-z0-9._-]+", "_", model).strip("_") or "model"


def rows_path(results_dir: str | os.PathLike[str], kind: str, model: str) -> Path:
    """Where the rows of one evaluation kind and model live."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    return Path(results_dir) / kind / f"{safe_name(model)}.jsonl"


class RowWriter:
    """Appends rows to a JSONL file, one flushed line each (so a kill loses at most the row in flight)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.path.open("a", encoding="utf-8")

    def write(self, row: Any) -> None:
        """Append one row."""
        self._fh.write(json.dumps(to_dict(row), ensure_ascii=False, default=str) + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        """Close the file."""
        self._fh.close()

    def __enter__(self) -> RowWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_rows(path: str | os.PathLike[str], cls: type[R]) -> list[R]:
    """Rows of a file, the last one per key kept, in first-seen order (a torn last line is skipped)."""
    p = Path(path)
    if not p.is_file():
        return []
    rows: dict[str, R] = {}
    lines = p.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = from_dict(cls, json.loads(line))
        except (ValueError, TypeError) as exc:
            if n == len(lines):  # the line being written when the run was killed
                continue
            raise ValueError(f"{p}:{n}: not a {cls.__name__} row ({exc})") from exc
        rows[row.key()] = row
    return list(rows.values())


def read_kind(results_dir: str | os.PathLike[str], kind: str) -> dict[str, list[Any]]:
    """Every model's rows of one kind: ``{model: rows}`` (the model name stored in the rows)."""
    folder = Path(results_dir) / kind
    out: dict[str, list[Any]] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.jsonl")):
        rows = read_rows(path, ROW_TYPES[kind])
        if rows:
            out.setdefault(rows[0].model, []).extend(rows)
    return out


def done_keys(rows: Iterable[Any]) -> set[str]:
    """Keys of rows that need no re-run (online rows with an infrastructure error are re-run)."""
    return {r.key() for r in rows if not getattr(r, "error", "")}

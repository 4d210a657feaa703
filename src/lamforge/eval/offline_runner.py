"""``lamforge eval offline``: teacher-forced step predictions on held-out expert trajectories.

Each test sample is one step of a successful expert trajectory in the shared training format
(``{"prompt": [system, user], "completion": [assistant], "meta": {"task_id", "step", "family"}}``):
the prompt already holds the expert's previous actions and plan, so the model is judged step by step
against the expert's action (teacher forcing), as the paper compares with the ground-truth history.
Steps of failed trajectories (``meta.success`` false) are skipped. Rows go to ``DIR/offline/<model>.jsonl``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamforge.agent.backends.base import task_memory_of
from lamforge.eval.config import EvalConfig
from lamforge.eval.decision_metrics import score_step
from lamforge.eval.generation import generate_many
from lamforge.eval.models import ModelRef
from lamforge.eval.results import OfflineRow, RowWriter, done_keys, read_rows, rows_path
from lamforge.prompting.format import AgentOutput, ParseError

ProgressFn = Callable[[str, int, int], None]  # (model name, items done, items in all) -> None


@dataclass(frozen=True)
class StepSample:
    """One teacher-forced step: the prompt the expert was in, and what the expert did."""

    task_id: str
    step: int
    family: str
    messages: tuple[dict[str, str], ...]
    gold: dict[str, Any]

    def key(self) -> str:
        """Same identity as :meth:`OfflineRow.key`."""
        return f"{self.task_id}#{self.step}"


def load_samples(path: str | os.PathLike[str]) -> list[StepSample]:
    """Successful-trajectory samples of a samples JSONL (steps numbered per task when ``meta.step`` is absent)."""
    out: list[StepSample] = []
    counters: dict[str, int] = {}
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        if not isinstance(rec.get("prompt"), list) or not rec.get("completion"):
            raise ValueError(f"{path}:{n}: expected a {{prompt, completion, meta}} sample")
        meta = rec.get("meta") or {}
        if meta.get("success") is False:
            continue
        try:
            gold = json.loads(AgentOutput.parse(str(rec["completion"][0].get("content", ""))).to_json())
        except ParseError as exc:
            raise ValueError(f"{path}:{n}: the reference completion does not parse: {exc}") from exc
        tid = str(meta.get("task_id") or f"line{n}")
        counters[tid] = counters.get(tid, 0) + 1
        step = int(meta.get("step") or counters[tid])
        out.append(StepSample(tid, step, str(meta.get("family", "")), tuple(dict(m) for m in rec["prompt"]), gold))
    return out


def parse_prediction(text: str) -> dict[str, Any] | None:
    """The seven keys of a reply, or None when it does not parse (an invalid action still counts as parsed).

    >>> parse_prediction('{"function": "click_input", "control_name": "Bold", "status": "FINISH"}')["status"]
    'FINISH'
    >>> parse_prediction("no json here") is None
    True
    """
    from lamforge.agent.decide import interpret

    out = interpret(text).output
    return None if out is None else json.loads(out.to_json())


def run_offline(
    ref: ModelRef,
    samples: str | os.PathLike[str] | list[StepSample],
    results_dir: str | os.PathLike[str],
    cfg: EvalConfig | None = None,
    *,
    backend: Any = None,
    progress: ProgressFn | None = None,
) -> list[OfflineRow]:
    """Predict every step not yet done, score it against the expert's, append its row; returns all rows.

    Args:
        ref: the model and its report name.
        samples: the samples file, or samples already loaded.
        results_dir: the results directory.
        cfg: batch size and reply length.
        backend: use this backend instead of building one from ``ref.spec``.
        progress: told the model, items done and the total after each batch.

    """
    cfg = cfg or EvalConfig()
    cfg.validate()
    items = samples if isinstance(samples, list) else load_samples(samples)
    path = rows_path(results_dir, "offline", ref.name)
    done = done_keys(read_rows(path, OfflineRow))
    todo = [s for s in items if s.key() not in done]
    if progress:
        progress(ref.name, len(items) - len(todo), len(items))
    if todo:
        if backend is None:
            from lamforge.agent.backends.factory import make_backend

            backend = make_backend(ref.spec, seed=cfg.seed)
        n_done = len(items) - len(todo)
        prompts = [list(s.messages) for s in todo]
        memory = task_memory_of(backend)
        if memory is not None and memory.in_prompt:  # trained with hints in its prompts: show them too
            prompts = memory.hint_prompts(prompts)
        with RowWriter(path) as writer:
            for batch in generate_many(backend, prompts, max_tokens=cfg.max_tokens,
                                       batch_size=cfg.batch_size):
                for i, gen in batch:
                    s = todo[i]
                    pred = parse_prediction(gen.text)
                    sc = score_step(pred, s.gold)
                    writer.write(OfflineRow(ref.name, s.task_id, s.step, s.family, sc.object_ok, sc.operation_ok,
                                            sc.status_ok, pred, s.gold, gen.text[:2000], round(gen.model_ms, 3)))
                n_done += len(batch)
                if progress:
                    progress(ref.name, n_done, len(items))
    keys = {s.key() for s in items}
    return [r for r in read_rows(path, OfflineRow) if r.key() in keys]

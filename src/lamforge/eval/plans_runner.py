"""``lamforge eval plans``: a model's plans for held-out tasks, scored against the reference plans.

The test file is either a plans file of ``lamforge plans build`` (``{"task_id", "task", "plan"}``
per line) or phase-1 training records (``{"prompt", "completion", "meta"}``); the model is asked
with the shared :func:`~lamforge.prompting.format.build_plan_messages`, and its reply is split into
steps with :func:`~lamforge.prompting.format.parse_plan`. Rows go to ``DIR/plans/<model>.jsonl``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamforge.eval.config import EvalConfig
from lamforge.eval.generation import generate_many
from lamforge.eval.models import ModelRef
from lamforge.eval.plan_metrics import score_plan
from lamforge.eval.results import PlanRow, RowWriter, done_keys, read_rows, rows_path
from lamforge.prompting.format import build_plan_messages, parse_plan, request_from_messages

ProgressFn = Callable[[str, int, int], None]  # (model name, items done, items in all) -> None


@dataclass(frozen=True)
class PlanItem:
    """One test task: its id, request, reference plan and the chat that asks for a plan."""

    task_id: str
    task: str
    reference: tuple[str, ...]
    messages: tuple[dict[str, str], ...]


def load_plan_items(path: str | os.PathLike[str]) -> list[PlanItem]:
    """Test tasks of a plans file or of phase-1 records (ids from ``task_id`` / ``meta.task_id``)."""
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        if isinstance(rec.get("task"), str) and isinstance(rec.get("plan"), list):
            tid = str(rec.get("task_id") or f"line{n}")
            msgs = build_plan_messages(rec["task"])
            items.append(PlanItem(tid, rec["task"], tuple(map(str, rec["plan"])), tuple(msgs)))
        elif isinstance(rec.get("prompt"), list) and isinstance(rec.get("completion"), list):
            meta = rec.get("meta") or {}
            tid = str(meta.get("task_id") or f"line{n}")
            answer = str(rec["completion"][0].get("content", "")) if rec["completion"] else ""
            prompt = [dict(m) for m in rec["prompt"]]
            items.append(PlanItem(tid, request_from_messages(prompt), tuple(parse_plan(answer)), tuple(prompt)))
        else:
            raise ValueError(f"{path}:{n}: expected {{task, plan}} or {{prompt, completion}}")
    return items


def run_plans(
    ref: ModelRef,
    plans: str | os.PathLike[str] | list[PlanItem],
    results_dir: str | os.PathLike[str],
    cfg: EvalConfig | None = None,
    *,
    backend: Any = None,
    progress: ProgressFn | None = None,
) -> list[PlanRow]:
    """Plan every test task not yet done, score it, append its row; returns all rows of the model.

    Args:
        ref: the model and its report name.
        plans: the test file, or items already loaded.
        results_dir: the results directory.
        cfg: matcher, thresholds, judge, batch size.
        backend: use this backend instead of building one from ``ref.spec``.
        progress: told the model, items done and the total after each batch.

    """
    from lamforge.eval.similarity import make_matcher

    cfg = cfg or EvalConfig()
    cfg.validate()
    items = plans if isinstance(plans, list) else load_plan_items(plans)
    path = rows_path(results_dir, "plans", ref.name)
    done = done_keys(read_rows(path, PlanRow))
    todo = [it for it in items if it.task_id not in done]
    if progress:
        progress(ref.name, len(items) - len(todo), len(items))
    if todo:
        matcher = make_matcher(cfg.plan_matcher, cfg.embedding_threshold, cfg.fuzzy_threshold)
        judge = _judge_backend(cfg)
        if backend is None:
            from lamforge.agent.backends.factory import make_backend

            backend = make_backend(ref.spec, seed=cfg.seed)
        n_done = len(items) - len(todo)
        with RowWriter(path) as writer:
            for batch in generate_many(backend, [list(it.messages) for it in todo], max_tokens=cfg.plan_max_tokens,
                                       batch_size=cfg.batch_size):
                predicted = [parse_plan(gen.text) for _, gen in batch]
                sims = matcher.many([(p, list(todo[i].reference)) for p, (i, _) in zip(predicted, batch, strict=True)])
                for (i, gen), pred, sim in zip(batch, predicted, sims, strict=True):
                    writer.write(_row(ref.name, todo[i], gen, pred, sim, matcher, judge, cfg))
                n_done += len(batch)
                if progress:
                    progress(ref.name, n_done, len(items))
    keys = {it.task_id for it in items}
    return [r for r in read_rows(path, PlanRow) if r.task_id in keys]


def _judge_backend(cfg: EvalConfig) -> Any:
    if not cfg.judge:
        return None
    from lamforge.agent.backends.factory import make_backend

    return make_backend(cfg.judge)


def _row(name: str, item: PlanItem, gen: Any, predicted: list[str], sim: list[list[float]], matcher: Any,
         judge: Any, cfg: EvalConfig) -> PlanRow:
    score = score_plan(predicted, item.reference, sim, matcher.threshold)
    row = PlanRow(name, item.task_id, item.task, list(item.reference), predicted,
                  [[i, j, round(s, 4)] for i, j, s in score.pairs], matcher.name, matcher.threshold,
                  model_ms=round(gen.model_ms, 3), raw_output=gen.text[:4000])
    if judge is not None:
        from lamforge.eval.plan_judge import judge_plan

        row.judge = judge_plan(judge, item.task, predicted, list(item.reference), cfg.judge_retries)
    return row

"""``lamforge eval online``: every task from a fresh template, in live LibreOffice, judged by its checker.

Each worker (a process, or a Ray actor with ``backend="ray"``) owns one
:class:`~lamforge.app.env.WriterEnv` and one agent, and runs tasks one after another; the parent
appends each finished task's :class:`OnlineRow` to ``DIR/online/<model>.jsonl`` at once, so an
interrupted run resumes where it stopped (rows with an infrastructure error are retried). Models
run one after another over the same task list.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from lamforge.eval.config import EvalConfig
from lamforge.eval.models import ModelRef
from lamforge.eval.online_agents import EpisodeAgent, make_agent
from lamforge.eval.results import OnlineRow, RowWriter, done_keys, read_rows, rows_path, safe_name

# (model name, tasks done, tasks in all) -> None: called once at the start and after every task.
ProgressFn = Callable[[str, int, int], None]
# (ModelRef, EvalConfig) -> agent: builds the agent inside a worker (the default is make_agent).
AgentFactory = Callable[[ModelRef, EvalConfig], EpisodeAgent]


def load_task_records(paths: Sequence[str | os.PathLike[str]]) -> list[dict[str, Any]]:
    """Task records of one or more ``tasks generate`` files, each (split, task id) once, in file order."""
    from lamforge.tasks.generate import read_jsonl

    seen: dict[str, dict[str, Any]] = {}
    for p in paths:
        for i, rec in enumerate(read_jsonl(p), 1):
            if not rec.get("task_id") or not rec.get("family") or "request" not in rec:
                raise ValueError(f"{p}:{i}: a task record needs task_id, family, params and request")
            seen.setdefault(record_key(rec), rec)
    return list(seen.values())


def record_key(rec: dict[str, Any]) -> str:
    """The row key a task record will have (see :meth:`OnlineRow.key`)."""
    return f"{rec.get('split') or 'test'}/{rec['task_id']}"


def run_task(env: Any, agent: EpisodeAgent, rec: dict[str, Any], name: str, cfg: EvalConfig,
             results_dir: Path) -> OnlineRow:
    """One task: episode on a copy of its template, save, judge with its checker; never raises."""
    from lamforge.tasks.registry import task_from_dict

    split = rec.get("split") or "test"
    row = OnlineRow(name, rec["task_id"], rec.get("family", ""), split, rec.get("request", ""))
    folder = results_dir / "online" / safe_name(name)
    stem = safe_name(f"{split}__{rec['task_id']}")
    traj, doc_out = folder / "trajectories" / f"{stem}.jsonl", folder / "docs" / f"{stem}.docx"
    t0 = time.perf_counter()
    try:
        task = task_from_dict(rec)
        max_steps = cfg.max_steps or int(rec.get("complexity") or task.complexity)
        ep = agent(env, row.request, task.template_path(), task_id=row.task_id, max_steps=max_steps, log_path=traj)
        row.finished, row.stop_reason, row.n_steps = ep.finished, ep.stop_reason, ep.n_steps
        row.step_ms = [round(s.step_ms, 3) for s in ep.steps]
        row.model_ms = [round(s.model_ms, 3) for s in ep.steps]
        row.app_ms = [round(s.app_ms, 3) for s in ep.steps]
        row.prompt_tokens = [int(s.prompt_tokens) for s in ep.steps]
        row.rewritten = bool(ep.meta.get("grounded_request"))
        row.invented = invented_selections(ep, row.request, task.spec.texts)
        row.time_s = sum(row.step_ms) / 1000
        row.trajectory = str(traj.relative_to(results_dir))
        env.save(doc_out)
        refused_ok = ep.stop_reason == "fail" if getattr(task, "infeasible", False) else True
        row.success = task.is_successful(doc_out) == 1.0 and refused_ok
        if not row.success:
            row.diagnosis = _diagnose(task, doc_out)
        if cfg.keep_docs:
            row.doc_out = str(doc_out.relative_to(results_dir))
        else:
            doc_out.unlink(missing_ok=True)
    except Exception as exc:  # a crashed soffice or a broken record: recorded, retried on resume
        row.success, row.stop_reason, row.error = False, "error", f"{type(exc).__name__}: {exc}"[:500]
    row.wall_s = time.perf_counter() - t0
    return row


def invented_selections(ep: Any, request: str, doc_texts: Sequence[str]) -> int:
    """Selections of text that is in neither the document nor the request (nor typed earlier in the episode).

    The document guard makes these impossible for local checkpoints; the report counts them for every model.
    """
    known = "\n".join([request, *doc_texts]).lower()
    invented = 0
    for step in ep.steps:
        act = step.action or {}
        args = act.get("args") or {}
        if act.get("function") == "keyboard_input":
            known += "\n" + str(args.get("keys", "")).lower()
        elif act.get("function") == "select_text":
            for key in ("text", "within"):
                if isinstance(args.get(key), str) and args[key].strip().lower() not in known:
                    invented += 1
    return invented


def _diagnose(task: Any, doc: Path) -> list[str]:
    try:
        return [str(d)[:200] for d in task.diagnose(doc)[:5]]
    except Exception as exc:
        return [f"checker could not read the document: {type(exc).__name__}: {exc}"[:200]]


class EpisodeWorker:
    """One WriterEnv and one agent; runs task records one at a time (in this process or a pool worker)."""

    def __init__(self, ref: ModelRef, cfg: EvalConfig, results_dir: str | os.PathLike[str],
                 factory: AgentFactory | None = None, threads: int | None = None) -> None:
        self.ref, self.cfg, self.results_dir = ref, cfg, Path(results_dir)
        self.agent = factory(ref, cfg) if factory else make_agent(ref.spec, cfg, ref.name)
        if threads and "torch" in sys.modules:
            sys.modules["torch"].set_num_threads(threads)
        from lamforge.app.env import WriterEnv  # after the model: transformers loads before uno's import hook

        self.env = WriterEnv()

    def run(self, rec: dict[str, Any]) -> OnlineRow:
        """Run one task; after an infrastructure error the env is rebuilt for the next task."""
        row = run_task(self.env, self.agent, rec, self.ref.name, self.cfg, self.results_dir)
        if row.error:
            self._restart()
        return row

    def _restart(self) -> None:
        from lamforge.app.env import WriterEnv

        try:
            self.env.close()
        except Exception:  # it is already broken; a fresh one replaces it either way
            pass
        self.env = WriterEnv()

    def close(self) -> None:
        """Shut down this worker's LibreOffice."""
        self.env.close()


_WORKER: EpisodeWorker | None = None


def _init_worker(ref: ModelRef, cfg: EvalConfig, results_dir: str, factory: AgentFactory | None,
                 threads: int) -> Callable[[], None]:
    global _WORKER
    _WORKER = EpisodeWorker(ref, cfg, results_dir, factory, threads)
    return _WORKER.close


def _run_in_worker(rec: dict[str, Any]) -> OnlineRow:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER.run(rec)


def _execute(ref: ModelRef, todo: list[dict[str, Any]], cfg: EvalConfig, results_dir: Path,
             factory: AgentFactory | None) -> Iterator[OnlineRow]:
    workers = max(1, min(cfg.workers, len(todo)))
    if workers == 1 and cfg.backend == "process":
        worker = EpisodeWorker(ref, cfg, results_dir, factory)
        try:
            for rec in todo:
                yield worker.run(rec)
        finally:
            worker.close()
        return
    from lamforge.app.rollouts import rollout_map

    threads = max(1, (os.cpu_count() or 1) // workers)
    yield from rollout_map(_run_in_worker, todo, workers, _init_worker, (ref, cfg, str(results_dir), factory, threads),
                           backend=cfg.backend, ray_address=cfg.ray_address or None)


def run_online(
    refs: Sequence[ModelRef],
    tasks: Sequence[str | os.PathLike[str]] | list[dict[str, Any]],
    results_dir: str | os.PathLike[str],
    cfg: EvalConfig | None = None,
    *,
    factory: AgentFactory | None = None,
    progress: ProgressFn | None = None,
) -> dict[str, list[OnlineRow]]:
    """Evaluate each model on every task not already done; returns all rows per model (old and new).

    Args:
        refs: the models, each with its report name.
        tasks: tasks JSONL files (``lamforge tasks generate``) or their records.
        results_dir: the results directory (see :mod:`lamforge.eval.results`).
        cfg: settings (workers, step limits ...).
        factory: builds the agent in each worker instead of :func:`make_agent` (must be picklable
            when ``cfg.workers > 1``).
        progress: told the model, the tasks done and the total at the start and after each task.

    """
    cfg = cfg or EvalConfig()
    cfg.validate()
    out_dir = Path(results_dir)
    records = tasks if tasks and isinstance(tasks[0], dict) else load_task_records(tasks)  # type: ignore[arg-type]
    result: dict[str, list[OnlineRow]] = {}
    for ref in refs:
        path = rows_path(out_dir, "online", ref.name)
        done = done_keys(read_rows(path, OnlineRow))
        todo = [r for r in records if record_key(r) not in done]  # type: ignore[arg-type]
        n_done, total = len(records) - len(todo), len(records)
        if progress:
            progress(ref.name, n_done, total)
        if todo:
            with RowWriter(path) as writer:
                for row in _execute(ref, todo, cfg, out_dir, factory):  # type: ignore[arg-type]
                    writer.write(row)
                    n_done += 1
                    if progress:
                        progress(ref.name, n_done, total)
        keys = {record_key(r) for r in records}  # type: ignore[arg-type]
        result[ref.name] = [r for r in read_rows(path, OnlineRow) if r.key() in keys]
    return result

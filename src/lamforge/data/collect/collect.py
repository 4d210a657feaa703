"""``lamforge collect``: the task-action stage, resumable and written incrementally.

pass.jsonl / fail.jsonl grow one line per finished task (a re-run skips the task ids already
there); samples.jsonl (successful steps) and fail_samples.jsonl (failed trajectories' steps, for
the reward model) and summary.json are rewritten atomically at the end.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from lamforge import __version__
from lamforge.data.collect.collect_config import CollectConfig
from lamforge.data.collect.pool import run_pool
from lamforge.io.atomic import write_json
from lamforge.io.jsonl import write_jsonl


def _read_done(path: Path) -> list[dict[str, Any]]:
    """Records of an append-only JSONL; a torn last line (interrupted write) is dropped and trimmed."""
    if not path.exists():
        return []
    good: list[dict[str, Any]] = []
    raw = path.read_text(encoding="utf-8")
    keep = 0
    for line in raw.splitlines(keepends=True):
        try:
            good.append(json.loads(line))
            keep += len(line.encode("utf-8"))
        except json.JSONDecodeError:
            break
    if keep != len(raw.encode("utf-8")):
        with path.open("r+b") as fh:
            fh.truncate(keep)
    return good


def summarize(results: list[dict[str, Any]], cfg: CollectConfig, wall_s: float) -> dict[str, Any]:
    """Counts, yield per family and time per stage."""
    fam: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        fam[r["family"]]["tasks"] += 1
        fam[r["family"]]["pass"] += int(r["success"])
    stages = ("choose_template", "prefill", "execute", "execute_eval", "total")
    times = {s: [r["time_cost"][s] for r in results if s in r.get("time_cost", {})] for s in stages}
    n = len(results)
    n_pass = sum(r["success"] for r in results)
    return {
        "tasks": n,
        "pass": n_pass,
        "fail": n - n_pass,
        "yield": round(n_pass / n, 4) if n else 0.0,
        "samples": sum(len(r.get("samples", [])) for r in results if r["success"]),
        "errors": sum(1 for r in results if (r.get("execution_result") or {}).get("error")),
        "per_family": {
            f: {"tasks": c["tasks"], "pass": c["pass"], "yield": round(c["pass"] / c["tasks"], 3)}
            for f, c in sorted(fam.items())
        },
        "median_time_s": {s: round(statistics.median(v), 4) for s, v in times.items() if v},
        "wall_s": round(wall_s, 2),
        "tasks_per_s": round(n / wall_s, 2) if wall_s else 0.0,
        "config": cfg.to_dict(),
        "lamforge_version": __version__,
    }


def run(cfg: CollectConfig, *, progress: bool = True) -> Path:
    """Collect every task of ``cfg.tasks`` into ``cfg.out``; returns the output folder."""
    from lamforge.tasks.generate import read_jsonl

    if cfg.expert != "grounding":
        raise ValueError(f"unknown expert {cfg.expert!r}: only 'grounding' is available offline")
    tasks = read_jsonl(cfg.tasks)
    if cfg.limit is not None:
        tasks = tasks[: cfg.limit]
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    pass_p, fail_p = out / "pass.jsonl", out / "fail.jsonl"
    done = _read_done(pass_p) + _read_done(fail_p)
    done_ids = {r["unique_id"] for r in done}
    todo = [t for t in tasks if t["task_id"] not in done_ids]
    t0 = time.perf_counter()
    results = list(done)
    with pass_p.open("a", encoding="utf-8") as fp, fail_p.open("a", encoding="utf-8") as ff:
        it = run_pool(todo, cfg)
        if progress and todo:
            from rich.progress import track

            it = track(it, total=len(todo), description=f"collecting {len(todo)} tasks")
        for r in it:
            fh = fp if r["success"] else ff
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            fh.flush()
            results.append(r)
    wall = time.perf_counter() - t0
    order = {t["task_id"]: i for i, t in enumerate(tasks)}
    results.sort(key=lambda r: order.get(r["unique_id"], len(order)))
    write_jsonl([s for r in results if r["success"] for s in r["samples"]], out / "samples.jsonl")
    write_jsonl([s for r in results if not r["success"] for s in r["samples"]], out / "fail_samples.jsonl")
    summary = summarize(results, cfg, wall)
    write_json(out / "summary.json", summary, indent=1)
    return out

"""Rollout scaling: episodes per second of expert collection with 1, 2 (...) workers on the same tasks.

Runs the collection pool (``lamforge.data.collect.pool.run_pool``, what ``lamforge collect`` runs)
over N train tasks (the generator behind ``lamforge tasks generate``) after one warm-up, for the
process backend and, when Ray is installed, the ray backend. Two figures per run:

* ``episodes_per_s``: N / wall time, pool start and shutdown included (what a user waits for);
* ``steady_episodes_per_s``: (N - 1) / (last result - first result), the rate once the workers run.

Writes benchmarks/results/rollout_scaling.json. Target (issue 8): >= 1.7x from 1 to 2 workers on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import sys
import tempfile
import time
from pathlib import Path

from lamforge import __version__
from lamforge.data.collect.collect_config import CollectConfig
from lamforge.data.collect.pool import run_pool
from lamforge.io.atomic import write_json
from lamforge.tasks.generate import iter_records, write_jsonl

OUT = Path(__file__).parent / "results" / "rollout_scaling.json"


def one_run(records: list[dict], tasks: Path, workers: int, backend: str, tmp: Path) -> dict:
    cfg = CollectConfig(tasks=tasks, out=tmp / f"{backend}{workers}", workers=workers, backend=backend)
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    stamps, n_pass = [], 0
    for r in run_pool(records, cfg):
        stamps.append(time.perf_counter() - t0)
        n_pass += int(r["success"])
    wall = time.perf_counter() - t0
    n = len(records)
    steady = (n - 1) / (stamps[-1] - stamps[0]) if n > 1 and stamps[-1] > stamps[0] else 0.0
    return {
        "wall_s": round(wall, 2),
        "first_result_s": round(stamps[0], 2),
        "episodes_per_s": round(n / wall, 3),
        "steady_episodes_per_s": round(steady, 3),
        "pass": n_pass,
        "loadavg_1m_before": round(load, 2),
        "loadavg_1m_after": round(os.getloadavg()[0], 2),
    }


def summarize(runs: dict[str, dict]) -> dict:
    eps = {k: v["episodes_per_s"] for k, v in runs.items()}
    steady = {k: v["steady_episodes_per_s"] for k, v in runs.items()}
    out = {"episodes_per_s": eps, "steady_episodes_per_s": steady}
    if "1" in eps and "2" in eps:
        out["speedup_2_over_1"] = round(eps["2"] / eps["1"], 3)
        out["steady_speedup_2_over_1"] = round(steady["2"] / steady["1"], 3)
    out["runs"] = runs
    return out


def main() -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=120, help="train tasks")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--backends", default="process,ray", help="process and/or ray (ray skipped if not installed)")
    a = ap.parse_args()
    counts = [int(k) for k in a.workers.split(",")]
    backends = [b for b in a.backends.split(",") if b]
    if "ray" in backends:
        try:
            import ray  # noqa: F401
        except ImportError:
            backends.remove("ray")
    tmp = Path(tempfile.mkdtemp(prefix="rollout-scaling-"))
    records = list(iter_records(a.n, "train", a.seed))
    tasks = write_jsonl(records, tmp / "tasks.jsonl")
    warm = one_run(records[:8], tasks, 1, "process", tmp / "warmup")  # profile template, page cache, imports
    results: dict = {}
    for backend in backends:
        runs = {str(k): one_run(records, tasks, k, backend, tmp) for k in counts}
        results[backend] = summarize(runs)
        print(backend, json.dumps({k: v for k, v in results[backend].items() if k != "runs"}), flush=True)
    res = {**results.get("process", {}), **({"ray": results["ray"]} if "ray" in results else {})}
    res.update({
        "n_tasks": a.n,
        "policy": "grounding expert (no model inference)",
        "warmup": warm,
        "target_speedup_2_over_1": 1.7,
        "command": " ".join(["python", shlex.quote(sys.argv[0]), *map(shlex.quote, sys.argv[1:])]),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "lamforge": __version__,
            "ray": _ray_version(),
        },
        "note": "the machine is shared: loadavg_1m_* show other load during each run",
    })
    write_json(OUT, res, indent=1)
    shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps({k: res.get(k) for k in ("episodes_per_s", "speedup_2_over_1", "steady_speedup_2_over_1")}))
    return res


def _ray_version() -> str | None:
    try:
        import ray
    except ImportError:
        return None
    return ray.__version__


if __name__ == "__main__":
    main()

"""Collection throughput: N train tasks collected by the grounding expert with K workers.

Writes benchmarks/results/collect_throughput.json (tasks/s, wall time, expert yield per family).
Target (issue 4): 1,000 train tasks in < 5 minutes with 2 workers.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from lamforge.data.collect.collect import run
from lamforge.data.collect.collect_config import CollectConfig
from lamforge.tasks.generate import iter_records, write_jsonl

OUT = Path(__file__).parent / "results" / "collect_throughput.json"


def main() -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    tasks = write_jsonl(list(iter_records(a.n, "train", a.seed)), tmp / "tasks.jsonl")
    t0 = time.perf_counter()
    out = run(CollectConfig(tasks=tasks, out=tmp / "collect", workers=a.workers), progress=False)
    wall = time.perf_counter() - t0
    s = json.loads((out / "summary.json").read_text())
    res = {
        "n_tasks": a.n,
        "workers": a.workers,
        "wall_s": round(wall, 1),
        "tasks_per_s": round(a.n / wall, 2),
        "expert_yield": s["yield"],
        "samples": s["samples"],
        "per_family_yield": {f: v["yield"] for f, v in s["per_family"].items()},
        "median_time_s": s["median_time_s"],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(res, indent=1) + "\n")
    shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps({k: v for k, v in res.items() if k != "per_family_yield"}))
    return res


if __name__ == "__main__":
    main()

"""Collection throughput: N train tasks collected by the grounding expert with K workers.

Writes benchmarks/results/collect_throughput.json (tasks/s, wall time, expert yield per family).
Target (issue 4): 1,000 train tasks in < 5 minutes with 2 workers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

from provenance import code_version

from lamforge.data.collect.collect import run
from lamforge.data.collect.collect_config import CollectConfig
from lamforge.io.atomic import write_json
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
    loadavg = [round(x, 2) for x in os.getloadavg()]
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
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "loadavg_before": loadavg, "loadavg_after": [round(x, 2) for x in os.getloadavg()]},
        "command": " ".join(["benchmarks/collect_throughput.py", *sys.argv[1:]]),
        "date": time.strftime("%Y-%m-%d"),
        "code": code_version(),
    }
    write_json(OUT, res, indent=1)
    shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps({k: v for k, v in res.items() if k != "per_family_yield"}))
    return res


if __name__ == "__main__":
    main()

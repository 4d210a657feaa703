"""One model on the demo's held-out splits again, after a runtime change, compared task by task with the demo's run.

A change to the guidance (request rewriting, the task memory) or to the reference reader does not need a new model
to be measured: the demo's checkpoint is evaluated again on the same tasks (``lamforge eval online``, the same
seeds) and each task's verdict is set beside the one the demo recorded. Tasks whose verdict flips without the
change touching them show the run-to-run noise.

``--rebuild-memory`` evaluates a copy of the checkpoint whose task memory is built again from the demo's expert
samples with today's code (what a change to the memory's skeletons gives without training again).

Usage: ``.venv/bin/python benchmarks/heldout_rerun.py --demo runs/demo --model lam4 [--rebuild-memory] [--out PATH]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path


def _rows(path: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["task_id"]: r for r in rows}


def compare(before: dict[str, dict], after: dict[str, dict]) -> dict:
    """Per split: solved before and after, and the tasks whose verdict flipped (request, family, direction)."""
    splits: dict[str, dict] = {}
    for tid, row in sorted(after.items()):
        s = splits.setdefault(row["split"], {"n_tasks": 0, "before": 0, "after": 0, "gained": [], "lost": []})
        s["n_tasks"] += 1
        s["after"] += bool(row["success"])
        was = bool(before[tid]["success"]) if tid in before else None
        s["before"] += bool(was)
        if was is not None and was != bool(row["success"]):
            s["gained" if row["success"] else "lost"].append({"task_id": tid, "family": row["family"],
                                                              "request": row["request"]})
    return splits


def rebuilt_memory_copy(checkpoint: Path, samples: Path, into: Path) -> Path:
    """``checkpoint``'s files linked into ``into``, with a task memory built again from ``samples``."""
    from lamforge.guidance.task_memory import MEMORY_FILE, TaskMemory

    into.mkdir(parents=True, exist_ok=True)
    for f in checkpoint.iterdir():
        if not f.name.startswith("task_memory"):
            (into / f.name).symlink_to(f.resolve())
    old = TaskMemory.load(checkpoint)
    records = [json.loads(line) for line in samples.read_text(encoding="utf-8").splitlines() if line.strip()]
    kwargs = {"matcher": old.matcher, "k": old.k} if old is not None else {}
    TaskMemory.from_records(records, **kwargs).save(into)
    assert (into / MEMORY_FILE).is_file()
    return into


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--demo", default="runs/demo", help="a finished demo directory")
    ap.add_argument("--model", default="lam4", help="the phase to evaluate again (its run/<model> checkpoint)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rebuild-memory", action="store_true", help="rebuild the task memory from the demo's samples")
    ap.add_argument("--out", default="benchmarks/results/heldout_rerun.json")
    args = ap.parse_args()
    demo = Path(args.demo)
    before = _rows(demo / "eval" / "online" / f"{args.model}.jsonl")
    with tempfile.TemporaryDirectory(prefix="lamforge-rerun-") as tmp:
        checkpoint = demo / "run" / args.model
        if args.rebuild_memory:
            checkpoint = rebuilt_memory_copy(checkpoint, demo / "data" / "samples.jsonl", Path(tmp) / "checkpoint")
        model = f"{args.model}={checkpoint}"
        cmd = [sys.executable, "-m", "lamforge.cli", "eval", "online", "-m", model,
               "--tasks", str(demo / "tasks" / "test.jsonl"), "--tasks", str(demo / "tasks" / "test-phrasing.jsonl"),
               "--out", tmp, "--workers", str(args.workers)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        after = _rows(Path(tmp) / "online" / f"{args.model}.jsonl")
    splits = compare(before, after)
    out = {"benchmark": "heldout_rerun", "date": date.today().isoformat(), "demo": str(demo), "model": args.model,
           "rebuild_memory": args.rebuild_memory,
           "command": " ".join(["python", "benchmarks/heldout_rerun.py", "--demo", args.demo, "--model", args.model,
                                *(["--rebuild-memory"] if args.rebuild_memory else [])]),
           "splits": splits}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for name, s in splits.items():
        print(f"{name}: {s['before']} -> {s['after']} of {s['n_tasks']} (+{len(s['gained'])} -{len(s['lost'])})")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()

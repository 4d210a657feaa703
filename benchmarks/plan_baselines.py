"""Planning on the demo's held-out help tasks, set beside what a plan copied from the nearest training task scores.

The test split holds whole task families out (``lamforge.data.plans.split``), so no test procedure is in training:
a model can only plan one by analogy with the training tasks it resembles. The analogy's own ceiling is measured
here: for each test task, the plan of the training task whose request is nearest (MiniLM cosine), scored with the
same matcher and threshold as ``lamforge eval plans``. Each model given is then evaluated on the same tasks (all of
the test split, not only the demo's sample of 40).

Usage: ``.venv/bin/python benchmarks/plan_baselines.py --demo runs/demo [--model lam1 ...] [--out PATH]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from lamforge.eval.config import EvalConfig
from lamforge.eval.plan_metrics import aggregate_plans, score_plan
from lamforge.eval.plans_runner import load_plan_items
from lamforge.eval.similarity import embedding_similarity, make_matcher


def nearest_plans(train_path: Path, test_path: Path) -> dict:
    """Plan TSR, precision and recall when each test task gets its nearest training task's plan."""
    cfg = EvalConfig()
    train, test = load_plan_items(train_path), load_plan_items(test_path)
    sim = embedding_similarity([t.task for t in test], [t.task for t in train])
    matcher = make_matcher("embedding", cfg.embedding_threshold, cfg.fuzzy_threshold)
    scores = []
    for item, row in zip(test, sim, strict=True):
        pred = list(train[max(range(len(train)), key=row.__getitem__)].reference)
        scores.append(score_plan(pred, list(item.reference), matcher.many([(pred, list(item.reference))])[0],
                                 matcher.threshold))
    return aggregate_plans(scores)


def model_plans(model_dir: Path, name: str, test_path: Path) -> dict:
    """``lamforge eval plans`` of one checkpoint on the test file, read back from its report."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "lamforge.cli", "eval", "plans", "-m", f"{name}={model_dir}",
                        "--plans", str(test_path), "--out", out], check=True, stdout=subprocess.DEVNULL)
        return json.loads((Path(out) / "report.json").read_text())["plans"][name]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--demo", default="runs/demo", help="the demo's output directory")
    ap.add_argument("--model", action="append", default=[], help="a phase of the demo's run to evaluate (repeatable)")
    ap.add_argument("--out", default="benchmarks/results/plan_baselines.json")
    args = ap.parse_args()
    demo = Path(args.demo)
    train = demo / "data" / "plans_sft.jsonl"
    result: dict = {"command": "python benchmarks/plan_baselines.py " + " ".join(sys.argv[1:]),
                    "date": date.today().isoformat(), "demo": str(demo), "splits": {}}
    splits = {"demo_sample": demo / "data" / "plans_eval.jsonl", "test": demo / "data" / "plans_test.jsonl"}
    for split, path in splits.items():
        entry = {"n_tasks": len(load_plan_items(path)), "nearest_training_plan": nearest_plans(train, path)}
        for name in args.model:
            entry[name] = model_plans(demo / "run" / name, name, path)
        result["splits"][split] = entry
        print(split, json.dumps({k: (v["tsr"] if isinstance(v, dict) else v) for k, v in entry.items()}))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

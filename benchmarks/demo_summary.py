"""Keep a demo's figures in the repository: `benchmarks/results/demo_full.json` from a finished `lamforge demo` folder.

The demo's report lives in its output folder (`runs/demo/report/report.json`), which is not kept; this copies the
figures the documentation quotes (stage times, the phase ladder with the guidance on and off, per split, the
expert and random floors, exploration and RL, training speed, prompt sizes) into one results file, with the
command and date that produced them.

Usage: ``.venv/bin/python benchmarks/demo_summary.py runs/demo [--command "time make demo"] [--out PATH]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from lamforge.io.atomic import write_json


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text()) if path.is_file() else {}


def _pct(d: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: d[k] for k in keys if k in d}


def summarise(demo: Path, command: str) -> dict[str, Any]:
    """The results file's content for the demo folder ``demo``."""
    stages = _load(demo / "stages.json")
    report = _load(demo / "report" / "report.json")
    run_meta = _load(demo / "run" / "run_meta.json")
    phases = {}
    for name in ("lam1", "lam2", "lam3", "rm", "lam4"):
        meta = _load(demo / "run" / name / "lamforge_meta.json")
        m = meta.get("metrics", {})
        phases[name] = {k: m[k] for k in ("train_runtime", "tokens_per_second", "train_loss", "steps", "records",
                                           "wall_s", "guided", "reward") if k in m}
        if name == "lam4" and "history" in m:
            phases[name]["rollout_success"] = [h["success"] for h in m["history"]]
            phases[name]["mixed_groups"] = [h["mixed_groups"] for h in m["history"]]
            phases[name]["replayed"] = [h["replayed"] for h in m["history"]]
    online = report.get("online", {})
    keep = ("tsr", "ci95", "n_tasks", "n_success", "avg_steps", "median_step_latency_s", "median_model_latency_s",
            "median_prompt_tokens", "p95_prompt_tokens", "n_rewritten", "tsr_rewritten", "n_invented_selections")
    return {
        "command": command,
        "date": dt.date.today().isoformat(),
        "wall_s_total": round(sum(v.get("wall_s", 0) for v in stages.values()), 1),
        "stage_wall_s": {k: v.get("wall_s") for k, v in stages.items()},
        "phase_wall_s": {k: v.get("wall_s") for k, v in run_meta.get("phases", {}).items()},
        "phases": phases,
        "tasks": stages.get("tasks", {}),
        "collect": stages.get("collect", {}),
        "exploration": run_meta.get("exploration") or stages.get("train", {}).get("exploration"),
        "online": {m: _pct(v, *keep) for m, v in online.items()},
        "online_unseen_phrasing": report.get("online_unseen_phrasing", {}),
        "online_pooled": report.get("online_pooled", {}),
        "online_model_only": report.get("online_model_only", {}),
        "ladder": report.get("ladder", {}),
        "offline": {m: _pct(v, "object_acc", "operation_acc", "status_acc", "step_success_rate", "tsr", "n_steps",
                            "n_tasks") for m, v in report.get("offline", {}).items()},
        "plans": {m: _pct(v, "tsr", "step_precision", "step_recall", "n_tasks") for m, v in
                  report.get("plans", {}).items()},
        "reward_model": report.get("reward_model", {}),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("demo", type=Path, help="the demo's output folder (runs/demo)")
    ap.add_argument("--command", default="time make demo", help="how the demo was run, for the record")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "demo_full.json")
    args = ap.parse_args()
    data = summarise(args.demo, args.command)
    write_json(args.out, data, indent=1)
    print(json.dumps({k: data[k] for k in ("wall_s_total", "stage_wall_s", "online_pooled", "online_model_only")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

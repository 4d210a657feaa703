"""``lamforge demo --quick`` end to end (the CI smoke test): every stage runs for real and the report has its shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

MODELS = {"lam1", "lam2", "lam3", "lam4"}


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "quick"
    p = subprocess.run([sys.executable, "-m", "lamforge.cli", "demo", "--quick", "--out", str(out)],
                       capture_output=True, text=True, timeout=1800)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    return out


def test_every_stage_finished(demo_out):
    stages = json.loads((demo_out / "stages.json").read_text())
    assert list(stages) == ["plans", "tasks", "collect", "train", "eval", "report"]
    assert stages["collect"]["train"]["tasks"] == 36 and stages["collect"]["train"]["samples"] > 0
    for phase in ("lam1", "lam2", "lam3", "lam4"):
        assert (demo_out / "run" / phase / "lamforge_meta.json").is_file(), phase
    assert stages["train"]["exploration"]["tasks_tried"] >= 1
    run_meta = json.loads((demo_out / "run" / "run_meta.json").read_text())
    assert run_meta["phases"]["rm"]["status"] == "skipped"  # phase 4 learns from the checker by default
    lam4 = json.loads((demo_out / "run" / "lam4" / "lamforge_meta.json").read_text())["metrics"]
    assert lam4["reward"] == "checker" and lam4["history"] and all("success" in h for h in lam4["history"])


def test_report_shape(demo_out):
    r = json.loads((demo_out / "report" / "report.json").read_text())
    assert set(r["plans"]) == MODELS and set(r["offline"]) == MODELS
    acting = MODELS - {"lam1"}  # LAM1 plans; it plays (guidance off) a sample of the tasks, as the random agent does
    assert set(r["online"]) == acting | {"expert", "random"} and set(r["online_pooled"]) == set(r["online"])
    assert set(r["online_model_only"]) == MODELS
    for section in ("online_pooled", "online_model_only"):
        for model, figures in r[section].items():
            lo, hi = figures["ci95"]
            assert 0.0 <= lo <= figures["tsr"] <= hi <= 1.0 and figures["n_tasks"] > 0, (section, model)
    assert {"lam3-lam2", "lam4-lam3", "lam4-lam2"} <= set(r["ladder"]["off"])
    for section, keys in (
        ("plans", {"tsr", "step_precision", "step_recall"}),
        ("offline", {"object_acc", "operation_acc", "status_acc", "step_success_rate", "tsr"}),
        ("online", {"tsr", "ci95", "avg_time_s", "avg_steps", "step_latency_s", "n_tasks", "median_prompt_tokens",
                    "p95_prompt_tokens", "n_invented_selections"}),
        ("online_unseen_phrasing", {"tsr", "avg_steps", "n_tasks"}),
    ):
        for model, figures in r[section].items():
            assert keys <= set(figures), (section, model)
            for k in keys & {"tsr", "step_precision", "step_recall", "object_acc", "operation_acc", "status_acc",
                             "step_success_rate"}:
                assert 0.0 <= figures[k] <= 1.0
    assert r["online"]["expert"]["tsr"] > r["online"]["random"]["tsr"]
    assert (demo_out / "report" / "report.md").read_text().startswith("# lamforge evaluation report")
    assert list((demo_out / "report").glob("*.png"))


def test_rerun_resumes_without_redoing(demo_out):
    p = subprocess.run([sys.executable, "-m", "lamforge.cli", "demo", "--quick", "--out", str(demo_out)],
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr[-2000:]
    assert p.stdout.count("done in an earlier run") == 6

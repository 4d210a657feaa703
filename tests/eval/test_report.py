"""The report from small synthetic result files: every key and range of report.json, report.md, the PNGs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lamforge.eval.report import build_report
from lamforge.eval.results import OfflineRow, OnlineRow, PlanRow, RowWriter, read_rows, rows_path

MODELS = ("lam1", "lam2", "lam3", "lam4", "expert", "random", "gpt-4o")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _write(results: Path, kind: str, model: str, rows: list) -> None:
    with RowWriter(rows_path(results, kind, model)) as w:
        for r in rows:
            w.write(r)


@pytest.fixture()
def results(tmp_path: Path) -> Path:
    d = tmp_path / "results"
    for k, m in enumerate(MODELS):
        good = k % 3  # 0, 1 or 2 of the steps right
        _write(d, "plans", m, [PlanRow(m, f"p{i}", "Make it bold", ["Select", "Click Bold"],
                                       ["Select", "Bold"][: i + 1], [[0, 0, 0.9]] if good else [], "embedding", 0.65)
                               for i in range(2)])
        _write(d, "offline", m, [OfflineRow(m, f"t{t}", s, "bold", True, s <= good, s != 2)
                                 for t in range(2) for s in (1, 2)])
        online = []
        for i in range(4):
            for split in ("test", "test-phrasing"):
                online.append(OnlineRow(m, f"t{i}", ("bold", "italic")[i % 2], split, "req",
                                        success=(i < k % 5) and not (split == "test-phrasing" and i == 0),
                                        n_steps=i + 1, time_s=0.5 * (i + 1), step_ms=[500.0] * (i + 1),
                                        model_ms=[400.0] * (i + 1), app_ms=[20.0] * (i + 1)))
        _write(d, "online", m, online)
    return d


def _check_rates(section: dict, keys: tuple[str, ...]) -> None:
    for k in keys:
        assert isinstance(section[k], float) and 0.0 <= section[k] <= 1.0, (k, section[k])


def test_report_shape_ranges_and_files(results: Path, tmp_path: Path):
    out = tmp_path / "report"
    md_path = build_report(results, out)
    assert md_path == out / "report.md"
    data = json.loads((out / "report.json").read_text())
    assert {"plans", "offline", "online", "online_unseen_phrasing"} <= set(data)
    assert list(data["online"]) == ["lam1", "lam2", "lam3", "lam4", "expert", "random", "gpt-4o"]
    for m in MODELS:
        p, o, n, u = (data[s][m] for s in ("plans", "offline", "online", "online_unseen_phrasing"))
        _check_rates(p, ("tsr", "step_precision", "step_recall"))
        _check_rates(o, ("object_acc", "operation_acc", "status_acc", "step_success_rate", "tsr"))
        _check_rates(n, ("tsr",))
        _check_rates(u, ("tsr",))
        for k in ("avg_time_s", "avg_steps", "step_latency_s"):
            assert isinstance(n[k], float) and n[k] >= 0.0
        assert n["n_tasks"] == 4 and u["n_tasks"] == 4 and isinstance(u["avg_steps"], float)
    # hand-computed figures of two models
    assert data["online"]["lam4"]["tsr"] == 0.75  # k=3: tasks 0, 1, 2 succeed
    assert data["online_unseen_phrasing"]["lam4"]["tsr"] == 0.5  # task 0 fails on unseen phrasing
    assert data["online"]["lam4"]["avg_steps"] == 2.0 and data["online"]["lam4"]["step_latency_s"] == 0.5
    assert data["online"]["lam4"]["model_latency_s"] == 0.4 and data["online"]["lam4"]["app_latency_s"] == 0.02
    assert data["offline"]["lam1"]["operation_acc"] == 0.0 and data["offline"]["lam3"]["tsr"] == 0.0
    assert data["offline"]["lam3"]["step_success_rate"] == 0.5
    assert data["plans"]["lam2"]["step_recall"] == 0.5 and data["plans"]["lam1"]["tsr"] == 0.0
    assert data["online_per_family"]["lam4"]["seen"]["bold"]["tsr"] == 1.0
    md = md_path.read_text()
    for needle in ("Planning (Table 2)", "Table 3", "Table 4", "The paper's own Table 4", "Mistral-7B",
                   "Seen vs unseen", "| bold |", "tsr_per_family.png", "71.0"):
        assert needle in md, needle
    for png in ("tsr_per_phase.png", "tsr_per_family.png", "latency.png"):
        blob = (out / png).read_bytes()
        assert blob.startswith(PNG_MAGIC) and len(blob) > 2000, png


def test_empty_results_still_give_a_full_report(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    build_report(tmp_path / "empty", tmp_path / "out")
    data = json.loads((tmp_path / "out" / "report.json").read_text())
    assert data["plans"] == {} and data["online"] == {} and data["online_unseen_phrasing"] == {}
    assert (tmp_path / "out" / "latency.png").read_bytes().startswith(PNG_MAGIC)
    assert "No online results" in (tmp_path / "out" / "report.md").read_text()


def test_rows_resume_last_wins_and_torn_line(tmp_path: Path):
    path = rows_path(tmp_path, "online", "lam4")
    with RowWriter(path) as w:
        w.write(OnlineRow("lam4", "a", error="SessionError"))
        w.write(OnlineRow("lam4", "b", success=True))
        w.write(OnlineRow("lam4", "a", success=True))
    with path.open("a") as fh:
        fh.write('{"model": "lam4", "task_id": "c", "succ')  # killed mid-write
    rows = read_rows(path, OnlineRow)
    assert [(r.task_id, r.success, r.error) for r in rows] == [("a", True, ""), ("b", True, "")]


def test_cli_report_rebuilds_and_prints(results: Path, tmp_path: Path):
    from lamforge.cli.main import app

    res = CliRunner().invoke(app, ["eval", "report", "--in", str(results), "--out", str(tmp_path / "r"), "--no-plots"])
    assert res.exit_code == 0, res.output
    assert "Task Success Rate" in res.output and "lam4" in res.output
    assert json.loads((tmp_path / "r" / "report.json").read_text())["online"]["random"]["n_tasks"] == 4
    bad = CliRunner().invoke(app, ["eval", "report", "--in", str(tmp_path / "missing")])
    assert bad.exit_code == 2

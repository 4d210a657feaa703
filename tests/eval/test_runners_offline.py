"""The planning and offline-decision runners on hand-made test files, through the real prompt format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lamforge.agent.backends.base import Generation
from lamforge.agent.backends.scripted_backend import ScriptedBackend
from lamforge.app.observation import Control
from lamforge.eval.config import EvalConfig
from lamforge.eval.models import ModelRef
from lamforge.eval.offline_runner import load_samples, run_offline
from lamforge.eval.plans_runner import load_plan_items, run_plans
from lamforge.eval.report import build_report_data
from lamforge.eval.results import OfflineRow, read_rows, rows_path
from lamforge.prompting.format import AgentOutput, HistoryStep, build_plan_messages, build_step_messages, render_plan

CONTROLS = [Control("1", "Document", "Document"), Control("39", "Bold", "Button"), Control("40", "Italic", "Button")]
SELECT = AgentOutput("Select it.", "1", "Document", "select_text", {"text": "Quarterly Report"}, "CONTINUE",
                     ("Click Bold",))
BOLD = AgentOutput("Bold it.", "39", "Bold", "click_input", {}, "FINISH")
ITALIC = AgentOutput("Italicise.", "40", "Italic", "click_input", {}, "FINISH")


def _sample(task_id: str, step: int, request: str, gold: AgentOutput, history=()) -> dict:
    msgs = build_step_messages(request, CONTROLS, list(history))
    return {"prompt": msgs, "completion": [{"role": "assistant", "content": gold.to_json()}],
            "meta": {"task_id": task_id, "step": step, "family": "bold", "success": True}}


@pytest.fixture()
def samples_file(tmp_path: Path) -> Path:
    req_a, req_b = "Make 'Quarterly Report' bold", "Italicise the text"
    recs = [
        _sample("a", 1, req_a, SELECT),
        _sample("a", 2, req_a, BOLD, [HistoryStep(1, "select_text", {"text": "Quarterly Report"}, "Document", True)]),
        _sample("b", 1, req_b, ITALIC),
        {**_sample("c", 1, req_b, ITALIC), "meta": {"task_id": "c", "step": 1, "success": False}},  # skipped
    ]
    path = tmp_path / "samples.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs))
    return path


def test_offline_scripted_hand_computed(samples_file: Path, tmp_path: Path):
    items = load_samples(samples_file)
    assert [(s.task_id, s.step) for s in items] == [("a", 1), ("a", 2), ("b", 1)]
    outputs = [
        {**json.loads(SELECT.to_json()), "args": {"text": "\u201cQuarterly  Report\u201d"}},  # operation still right
        {**json.loads(BOLD.to_json()), "status": "CONTINUE"},  # status wrong
        "I think you should click Italic",  # unparseable: all three wrong
    ]
    rows = run_offline(ModelRef("lam2", "scripted"), items, tmp_path, backend=ScriptedBackend(outputs))
    assert [(r.object_ok, r.operation_ok, r.status_ok) for r in rows] == [
        (True, True, True), (True, True, False), (False, False, False)]
    figures = build_report_data(tmp_path)["offline"]["lam2"]
    assert figures["object_acc"] == pytest.approx(2 / 3, abs=1e-6)
    assert figures["status_acc"] == pytest.approx(1 / 3, abs=1e-6)
    assert figures["step_success_rate"] == pytest.approx(1 / 3, abs=1e-6) and figures["tsr"] == 0.0
    assert figures["n_tasks"] == 2 and figures["n_steps"] == 3


class GoldBatchBackend:
    """Answers each prompt with the expert's completion, in batches (records the batch sizes)."""

    def __init__(self, gold_by_user: dict[str, str]) -> None:
        self.gold = gold_by_user
        self.batches: list[int] = []

    def _answer(self, chat) -> Generation:
        return Generation(self.gold[chat[-1]["content"]], 10.0)

    def generate(self, messages, *, max_tokens=256, temperature=0.0, stop=None) -> Generation:
        self.batches.append(1)
        return self._answer(messages)

    def generate_batch(self, chats, *, max_tokens=256, temperature=0.0, stop=None) -> list[Generation]:
        self.batches.append(len(chats))
        return [self._answer(c) for c in chats]


def test_offline_batches_and_resumes(samples_file: Path, tmp_path: Path):
    items = load_samples(samples_file)
    gold = {s.messages[-1]["content"]: json.dumps(s.gold) for s in items}
    backend = GoldBatchBackend(gold)
    cfg = EvalConfig(batch_size=2)
    rows = run_offline(ModelRef("lam4", "x"), items, tmp_path, cfg, backend=backend)
    assert backend.batches == [2, 1]
    assert all(r.object_ok and r.operation_ok and r.status_ok for r in rows) and len(rows) == 3
    assert rows[0].model_ms == pytest.approx(5.0)  # a batch's time is shared by its items
    run_offline(ModelRef("lam4", "x"), items, tmp_path, cfg, backend=backend)
    assert backend.batches == [2, 1]  # nothing left to do
    path = rows_path(tmp_path, "offline", "lam4")
    path.write_text("".join(path.read_text().splitlines(keepends=True)[:2]))  # lose the last row
    seen = []
    run_offline(ModelRef("lam4", "x"), items, tmp_path, cfg, backend=backend,
                progress=lambda m, d, t: seen.append((m, d, t)))
    assert backend.batches == [2, 1, 1] and seen == [("lam4", 2, 3), ("lam4", 3, 3)]
    assert len(read_rows(path, OfflineRow)) == 3


def test_plans_runner_both_input_formats(tmp_path: Path):
    plans = tmp_path / "plans.jsonl"
    recs = [{"task_id": "p1", "task": "Make text bold", "plan": ["Select the text", "Click Bold"]},
            {"prompt": build_plan_messages("Insert a table"),
             "completion": [{"role": "assistant",
                             "content": render_plan(["Choose Table - Insert Table", "Click Insert"])}],
             "meta": {"task_id": "p2"}}]
    plans.write_text("".join(json.dumps(r) + "\n" for r in recs))
    items = load_plan_items(plans)
    assert [(i.task_id, i.task, len(i.reference)) for i in items] == [("p1", "Make text bold", 2),
                                                                        ("p2", "Insert a table", 2)]
    replies = [render_plan(["Select the text", "Click the Bold button", "Save the document"]),
               "1. Choose Table - Insert Table"]
    cfg = EvalConfig(plan_matcher="fuzzy")
    rows = run_plans(ModelRef("lam1", "s"), items, tmp_path, cfg, backend=ScriptedBackend(replies))
    assert [len(r.pairs) for r in rows] == [2, 1] and rows[0].matcher == "fuzzy"
    figures = build_report_data(tmp_path)["plans"]["lam1"]
    # p1: 2 of 3 predicted matched, all reference matched; p2: 1 of 1 predicted, 1 of 2 reference
    assert figures["tsr"] == 0.5
    assert figures["step_precision"] == pytest.approx(3 / 4, abs=1e-6)
    assert figures["step_recall"] == pytest.approx(3 / 4, abs=1e-6)


def test_cli_offline_and_plans_with_scripted_models(samples_file: Path, tmp_path: Path):
    from lamforge.cli.main import app

    script = tmp_path / "gold.jsonl"
    script.write_text("".join(json.dumps(s.gold) + "\n" for s in load_samples(samples_file)))
    out = tmp_path / "res"
    runner = CliRunner()
    res = runner.invoke(app, ["eval", "offline", "-m", f"lam3=scripted:{script}", "--samples", str(samples_file),
                              "--out", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads((out / "report.json").read_text())
    assert data["offline"]["lam3"]["tsr"] == 1.0 and data["offline"]["lam3"]["step_success_rate"] == 1.0
    assert (out / "tsr_per_phase.png").is_file()
    bad = runner.invoke(app, ["eval", "offline", "-m", "expert", "--samples", str(samples_file), "--out", str(out)])
    assert bad.exit_code == 2 and "reference" in bad.output
    missing = runner.invoke(app, ["eval", "offline", "-m", "no/such/dir", "--samples", str(samples_file),
                                  "--out", str(out)])
    assert missing.exit_code == 2 and "checkpoint" in missing.output

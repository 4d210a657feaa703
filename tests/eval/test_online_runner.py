"""The online runner on real tasks in real LibreOffice: the random agent, a scripted oracle, resume, workers."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from lamforge.agent.records import STOP_REASONS, read_trajectories
from lamforge.eval.config import EvalConfig
from lamforge.eval.models import ModelRef, parse_model_arg
from lamforge.eval.online_agents import make_agent
from lamforge.eval.online_runner import run_online
from lamforge.eval.report import build_report
from lamforge.eval.results import OnlineRow, read_rows, rows_path
from lamforge.tasks.generate import make_record, write_jsonl
from lamforge.tasks.registry import get_family


class OracleAgent:
    """Replays each task's reference solution through the real agent loop with a scripted backend."""

    def __init__(self, solutions: dict[str, list[dict]]) -> None:
        self.solutions = solutions

    def __call__(self, env, request, doc, *, task_id, max_steps, log_path):
        from lamforge.agent.backends.scripted_backend import ScriptedBackend
        from lamforge.agent.episode_runner import run_episode
        from lamforge.prompting.format import AgentOutput
        from lamforge.tasks.solution import resolve_step

        env.reset(options={"doc": str(doc)})
        steps = self.solutions[task_id]
        outputs = []
        for i, step in enumerate(steps):
            a = resolve_step(env, step)
            status = "FINISH" if i == len(steps) - 1 else "CONTINUE"
            outputs.append(AgentOutput("replay", a.control_label, a.control_name, a.function, a.args, status))
        backend = ScriptedBackend(outputs, name="oracle")
        return run_episode(env, backend, request, doc, max_steps=max_steps, log_path=log_path)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [make_record(get_family("bold"), "test", 0, 0), make_record(get_family("align_center"), "test", 0, 0),
            make_record(get_family("bold"), "test-phrasing", 0, 0)]


@pytest.fixture(scope="module")
def online_run(records, tmp_path_factory):
    out = tmp_path_factory.mktemp("online")
    solutions = {r["task_id"]: r["solution"] for r in records}

    def factory(ref: ModelRef, cfg: EvalConfig):
        return OracleAgent(solutions) if ref.name == "oracle" else make_agent(ref.spec, cfg, ref.name)

    progress: list[tuple[str, int, int]] = []
    rows = run_online([ModelRef("oracle", "oracle"), parse_model_arg("random:1")], records, out, EvalConfig(),
                      factory=factory, progress=lambda *a: progress.append(a))
    return out, rows, progress, factory


def test_oracle_succeeds_and_random_fails_honestly(online_run, records):
    out, rows, progress, _ = online_run
    assert progress[0] == ("oracle", 0, 3) and progress[-1] == ("random", 3, 3)
    oracle = rows["oracle"]
    assert [r.success for r in oracle] == [True, True, True], [r.diagnosis for r in oracle]
    assert [r.n_steps for r in oracle] == [len(rec["solution"]) for rec in records]
    assert all(r.finished and r.stop_reason == "finish" and not r.error for r in oracle)
    assert [r.split for r in oracle] == ["test", "test", "test-phrasing"]
    for r in oracle:
        assert r.time_s > 0 and len(r.step_ms) == r.n_steps and all(m >= 0 for m in r.app_ms)
        ep = read_trajectories(out / r.trajectory)[0]
        assert ep.request == r.request and ep.n_steps == r.n_steps
        assert (out / r.doc_out).is_file()
    rand = rows["random"]
    assert len(rand) == 3 and all(r.stop_reason in STOP_REASONS and r.n_steps >= 1 and not r.error for r in rand)
    assert not any(r.success for r in rand), [(r.task_id, r.n_steps, r.stop_reason) for r in rand]
    assert all(r.diagnosis for r in rand)  # each failure says why


def test_report_from_live_rows(online_run, tmp_path):
    out, _, _, _ = online_run
    build_report(out, tmp_path)
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["online"]["oracle"]["tsr"] == 1.0 and data["online"]["oracle"]["n_tasks"] == 2
    assert data["online_unseen_phrasing"]["oracle"] == {"tsr": 1.0, "avg_steps": 2.0, "n_tasks": 1, "n_success": 1,
                                                        "ci95": [1.0, 1.0]}
    assert data["online_pooled"]["oracle"] == {"tsr": 1.0, "ci95": [1.0, 1.0], "n_tasks": 3}
    assert data["online_model_only"] == {}  # no NAME-off rows were run
    lo, hi = data["online_pooled"]["random"]["ci95"]
    assert lo <= data["online_pooled"]["random"]["tsr"] <= hi
    assert data["online"]["random"]["n_tasks"] == 2
    assert data["online_per_family"]["oracle"]["seen"]["align_center"]["tsr"] == 1.0


def test_resume_runs_only_missing_tasks(online_run, records):
    out, _, _, factory = online_run
    path = rows_path(out, "online", "random")
    before = read_rows(path, OnlineRow)
    progress: list[tuple[str, int, int]] = []
    run_online([parse_model_arg("random:1")], records, out, factory=factory, progress=lambda *a: progress.append(a))
    assert progress == [("random", 3, 3)]  # all done: nothing re-run
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(lines[:-1]))  # as if killed before the last task finished
    progress.clear()
    again = run_online([parse_model_arg("random:1")], records, out, factory=factory,
                       progress=lambda *a: progress.append(a))
    assert progress == [("random", 2, 3), ("random", 3, 3)]
    # the random agent is seeded per task, so the re-run task does the same thing
    assert [(r.task_id, r.success, r.n_steps) for r in again["random"]] == [
        (r.task_id, r.success, r.n_steps) for r in before]


def test_cli_online_with_two_workers(records, tmp_path):
    from lamforge.cli.main import app

    tasks = write_jsonl(records[:2], tmp_path / "test.jsonl")
    out = tmp_path / "res"
    res = CliRunner().invoke(app, ["eval", "online", "-m", "random", "--tasks", str(tasks), "--workers", "2",
                                   "--out", str(out), "--no-keep-docs"])
    assert res.exit_code == 0, res.output
    data = json.loads((out / "report.json").read_text())
    assert data["online"]["random"]["n_tasks"] == 2 and data["online"]["random"]["n_errors"] == 0
    assert not list((out / "online" / "random").glob("docs/*.docx"))
    assert "report:" in res.output

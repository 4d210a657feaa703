"""``lamforge collect`` on real task families: records, samples in the shared format, resume, workers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lamforge.data.collect.collect import _read_done, run
from lamforge.data.collect.collect_config import CollectConfig
from lamforge.prompting.format import AgentOutput
from lamforge.tasks.generate import iter_records, write_jsonl
from lamforge.tasks.registry import get_family

FAMILIES = ("bold", "font_size", "align_right", "replace_all", "delete_paragraph", "landscape")


@pytest.fixture(scope="module")
def tasks_file(tmp_path_factory) -> Path:
    fams = [get_family(n) for n in FAMILIES]
    path = tmp_path_factory.mktemp("tasks") / "tasks.jsonl"
    records = list(iter_records(2 * len(fams), "train", 7, families=fams))
    # one task the expert cannot do (its text is not in the document): failures must be routed to fail.jsonl
    impossible = {**records[0], "task_id": records[0]["task_id"] + "-impossible",
                  "request": "Make 'zzqx text that is nowhere in the document' bold"}
    write_jsonl([*records, impossible], path)
    return path


@pytest.fixture(scope="module")
def collected(tasks_file, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("collect") / "c1"
    return run(CollectConfig(tasks=tasks_file, out=out, workers=1), progress=False)


def test_outputs_and_summary(collected):
    s = json.loads((collected / "summary.json").read_text())
    assert s["tasks"] == 13 and s["pass"] + s["fail"] == 13
    assert 0 < s["pass"] < 13 and s["fail"] >= 1  # the impossible task fails; failures feed self-boosting
    assert set(s["per_family"]) == set(FAMILIES)
    for name in ("choose_template", "execute", "execute_eval", "total"):
        assert s["median_time_s"][name] >= 0
    passed = [json.loads(x) for x in (collected / "pass.jsonl").read_text().splitlines()]
    rec = passed[0]
    assert rec["execution_result"]["result"]["complete"] == "yes"
    plan = rec["instantiation_result"]["prefill"]["result"]["instantiated_plan"]
    assert plan and {"Step", "Subtask", "ControlText", "Function", "Args", "Success"} <= set(plan[0])


def test_samples_use_the_shared_format(collected):
    samples = [json.loads(x) for x in (collected / "samples.jsonl").read_text().splitlines()]
    assert samples
    by_task: dict[str, list[dict]] = {}
    for s in samples:
        assert [m["role"] for m in s["prompt"]] == ["system", "user"]
        assert "<Available Control Item:>" in s["prompt"][1]["content"]
        out = AgentOutput.parse(s["completion"][0]["content"])
        out.to_action()  # executable
        assert s["meta"]["success"] is True
        by_task.setdefault(s["meta"]["task_id"], []).append(out)
    for outs in by_task.values():
        assert [o.status for o in outs] == ["CONTINUE"] * (len(outs) - 1) + ["FINISH"]
        assert outs[-1].plan == ()
    fail_samples = (collected / "fail_samples.jsonl").read_text().splitlines()
    assert all(json.loads(x)["meta"]["success"] is False for x in fail_samples)


def test_resume_skips_finished_and_two_workers_agree(collected, tasks_file, tmp_path):
    before = (collected / "pass.jsonl").read_text()
    run(CollectConfig(tasks=tasks_file, out=collected, workers=1), progress=False)
    assert (collected / "pass.jsonl").read_text() == before
    out2 = run(CollectConfig(tasks=tasks_file, out=tmp_path / "c2", workers=2), progress=False)
    ids = lambda p: sorted(json.loads(x)["unique_id"] for x in p.read_text().splitlines())  # noqa: E731
    assert ids(out2 / "pass.jsonl") == ids(collected / "pass.jsonl")


def test_torn_line_is_trimmed(tmp_path):
    p = tmp_path / "pass.jsonl"
    p.write_text('{"unique_id": "a"}\n{"unique_id": "b"}\n{"unique_id": "c", "tru')
    assert [r["unique_id"] for r in _read_done(p)] == ["a", "b"]
    assert p.read_text() == '{"unique_id": "a"}\n{"unique_id": "b"}\n'


def test_cli(tasks_file, tmp_path):
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "lamforge.cli",
            "collect",
            str(tasks_file),
            "--out",
            str(tmp_path / "c"),
            "--workers",
            "1",
            "--limit",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert p.returncode == 0, p.stderr
    assert json.loads((tmp_path / "c" / "summary.json").read_text())["tasks"] == 2
    bad = subprocess.run(
        [sys.executable, "-m", "lamforge.cli", "collect", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2

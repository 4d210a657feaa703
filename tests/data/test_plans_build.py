"""The whole build on the real Writer help (plus the fixture files), and the ``lamforge plans`` CLI."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lamforge.cli.plans_cmd import app
from lamforge.data.plans.build import run
from lamforge.data.plans.build_config import PlansBuildConfig
from lamforge.data.plans.dedup import task_key
from lamforge.data.plans.io import load_plans
from lamforge.data.plans.match import HelpIndex

HELP = Path("/usr/share/libreoffice/help/en-US/text")
FIXTURES = Path(__file__).parent / "fixtures"
pytestmark = pytest.mark.skipif(not (HELP / "swriter").is_dir(), reason="libreoffice-help-en-us not installed")


def _config(out: Path, **kwargs) -> PlansBuildConfig:
    return PlansBuildConfig(
        out_dir=str(out),
        wikihow=str(FIXTURES / "wikihow_sample.jsonl"),
        queries=str(FIXTURES / "queries_sample.txt"),
        progress=False,
        **kwargs,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, float]:
    out = tmp_path_factory.mktemp("plans") / "out"
    started = time.perf_counter()
    run(_config(out))
    return out, time.perf_counter() - started


def test_full_build_meets_the_targets(built):
    out, seconds = built
    assert seconds < 60
    records = load_plans(out / "plans.jsonl")
    stats = json.loads((out / "stats.json").read_text())
    help_records = [r for r in records if r.source == "helpdoc"]
    writer = [r for r in help_records if r.provenance["page"].startswith("swriter/")]
    assert len(writer) >= 300 and stats["helpdoc"]["from_writer_pages"] == len(writer)
    assert all(len(r.plan) >= 2 for r in records)
    assert len(records) >= 1.5 * len(help_records)
    keys = [task_key(r.task) for r in records]
    assert len(keys) == len(set(keys)), "0 exact duplicates"
    assert {r.source for r in records} == {"helpdoc", "wikihow", "query", "evolved"}
    assert {r.app for r in records} == {"writer"}
    ids = {r.task_id for r in records}
    assert len(ids) == len(records)
    assert all(set(r.parent_ids) <= ids and r.parent_ids for r in records if r.source == "evolved")
    assert stats["final"]["total"] == len(records)
    assert stats["duplicates_removed"]["exact"] > 0 and stats["filters"]["other_app"]["wikihow"] == 2


def test_hf_copy_has_the_fixed_split(built):
    from datasets import load_from_disk

    out, _ = built
    dataset = load_from_disk(str(out / "hf"))
    records = {r.task_id: r for r in load_plans(out)}
    assert sorted(dataset) == ["test", "train"]
    assert len(dataset["train"]) + len(dataset["test"]) == len(records)
    assert 0.1 < len(dataset["test"]) / len(records) < 0.3
    row = dataset["train"][0]
    assert row["plan"] == list(records[row["task_id"]].plan)
    assert json.loads(row["provenance"]) == records[row["task_id"]].provenance
    # An evolved pair is in the same split as its parent, so no test plan is copied from training.
    split = {tid: name for name in ("train", "test") for tid in dataset[name]["task_id"]}
    for record in records.values():
        for parent in record.parent_ids:
            assert split[parent] == split[record.task_id]


def test_same_inputs_and_seed_give_identical_bytes_and_resume_reuses_work(built, tmp_path, monkeypatch):
    out, _ = built
    again = tmp_path / "again"
    run(_config(again))
    for name in ("plans.jsonl", "stats.json", "hf/train/data-00000-of-00001.arrow", "hf/test/state.json"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name

    # A re-run reuses the help-page checkpoint in .work (page parsing is never called) and gives the same bytes.
    def no_parsing(*args, **kwargs):
        raise AssertionError("help pages parsed again")

    monkeypatch.setattr("lamforge.data.plans.build.extract_help", no_parsing)
    run(_config(again))
    assert (again / "plans.jsonl").read_bytes() == (out / "plans.jsonl").read_bytes()
    assert not list(again.glob(".*.tmp")) and not (again / ".hf.tmp").exists()


def test_the_index_over_the_build_links_requests_to_help_pairs(built):
    out, _ = built
    index = HelpIndex.from_plans(out)
    (best,) = index.search("insert a page break manually", k=1)
    assert best.record.source == "helpdoc"
    assert "page break" in best.record.task.lower() and best.score > 0.4


def test_cli_build_and_stats(tmp_path):
    runner = CliRunner()
    out = tmp_path / "cli"
    result = runner.invoke(
        app,
        [
            "build",
            "--out",
            str(out),
            "--no-shared",
            "--evolve",
            "none",
            "--queries",
            str(FIXTURES / "queries_sample.txt"),
            "--no-progress",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Pairs per source" in result.output and "wrote" in result.output
    stats = json.loads((out / "stats.json").read_text())
    assert stats["evolution"]["mode"] == "none" and "evolved" not in stats["final"]
    assert stats["sources"]["helpdoc"]["shared_pages"] == 0
    shown = runner.invoke(app, ["stats", str(out)])
    assert shown.exit_code == 0 and "Dropped by cleaning" in shown.output
    assert str(stats["final"]["total"]) in shown.output
    missing = runner.invoke(app, ["build", "--out", str(out), "--wikihow", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2 and "no such file" in missing.output
    bad = runner.invoke(app, ["build", "--out", str(out), "--evolve", "magic"])
    assert bad.exit_code == 2 and "evolve must be one of" in bad.output
    assert runner.invoke(app, ["stats", str(tmp_path)]).exit_code == 2

"""``lamforge train …`` commands: help for every phase, single phases and ``train all`` end to end."""

from __future__ import annotations

import json

import pytest
import yaml
from train_synthetic import FAST, MICRO
from typer.testing import CliRunner

from lamforge.cli import train_cmd
from lamforge.train.checkpoint import read_meta

runner = CliRunner()

TINY_RUN = {
    "common": {**FAST, **MICRO},
    "plan": {"max_steps": 4},
    "imitate": {"max_steps": 3},
    "boost": {"max_steps": 2, "attempts": 2},
    "reward": {"max_steps": 3, "eval_fraction": 0.2},
    "rl": {"max_steps": 1, "max_completion_length": 8, "num_iterations": 1},
}


@pytest.mark.parametrize("phase", ["plan", "imitate", "boost", "reward", "rl", "all"])
def test_help_lists_the_config_fields(phase):
    result = runner.invoke(train_cmd.app, [phase, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "--data" in result.output and "--out" in result.output
    if phase != "all":
        assert "--learning-rate" in result.output and "--lora" in result.output


def test_root_cli_registers_train():
    from lamforge.cli.main import app

    result = runner.invoke(app, ["train", "--help"])
    assert result.exit_code == 0 and "imitate" in result.output


def test_plan_command_with_config_file(tmp_path, data_dir):
    cfg_file = tmp_path / "cfg.yaml"
    cfg_file.write_text(yaml.safe_dump({"common": {**FAST, **MICRO}, "plan": {"max_steps": 2}}))
    out = tmp_path / "lam1"
    result = runner.invoke(train_cmd.app, [
        "plan", "--data", str(data_dir / "plans_sft.jsonl"), "--out", str(out), "--config", str(cfg_file),
        "--seed", "5", "--no-progress",
    ])
    assert result.exit_code == 0, result.output
    meta = read_meta(out)
    assert meta["config"]["seed"] == 5 and meta["config"]["hidden_size"] == 64
    assert meta["metrics"]["global_steps"] == 2


def _train_all(data_dir, run, cfg_file, *extra):
    return runner.invoke(train_cmd.app, [
        "all", "--data", str(data_dir), "--out", str(run), "--config", str(cfg_file), "--no-progress", *extra,
    ])


def test_train_all_runs_every_phase_then_skips_them(tmp_path, data_dir):
    cfg_file = tmp_path / "run.yaml"
    cfg_file.write_text(yaml.safe_dump(TINY_RUN))
    run = tmp_path / "run"
    result = _train_all(data_dir, run, cfg_file, "--explorer", "train_synthetic:make_explorer")
    assert result.exit_code == 0, result.output
    meta = json.loads((run / "run_meta.json").read_text())
    assert {k: v["status"] for k, v in meta["phases"].items()} == {
        "lam1": "trained", "lam2": "trained", "lam3": "trained", "rm": "trained", "lam4": "trained"}
    assert meta["exploration"]["tasks_tried"] > 0
    assert (run / "explored.jsonl").is_file()
    assert read_meta(run / "rm")["config"]["init"] == str(run / "lam3")
    assert read_meta(run / "lam4")["config"]["reward_model"] == str(run / "rm")
    assert read_meta(run / "lam2")["profile"] == "tiny"

    again = _train_all(data_dir, run, cfg_file, "--explorer", "train_synthetic:make_explorer")
    assert again.exit_code == 0, again.output
    meta = json.loads((run / "run_meta.json").read_text())
    assert {v["status"] for v in meta["phases"].values()} == {"reused"}


def test_train_all_without_explorer_skips_phase_3(tmp_path, data_dir):
    cfg_file = tmp_path / "run.yaml"
    cfg_file.write_text(yaml.safe_dump(TINY_RUN))
    run = tmp_path / "run"
    result = _train_all(data_dir, run, cfg_file)
    assert result.exit_code == 0, result.output
    meta = json.loads((run / "run_meta.json").read_text())
    assert meta["phases"]["lam3"]["status"] == "skipped"
    assert not (run / "lam3").exists()
    assert read_meta(run / "rm")["config"]["init"] == str(run / "lam2")
    assert read_meta(run / "lam4")["metrics"]["prompt_source"] == "failed"  # the expert's failed states

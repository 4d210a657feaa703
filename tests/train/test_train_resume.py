"""An interrupted phase does not look finished, and re-running it resumes from its trainer checkpoint."""

from __future__ import annotations

import pytest
from train_synthetic import FAST, MICRO, plan_records, write_jsonl
from transformers import TrainerCallback

from lamforge.train import plan
from lamforge.train.checkpoint import PhaseDir, read_meta
from lamforge.train.config_base import make_config
from lamforge.train.plan_config import PlanConfig


class Interrupt(TrainerCallback):
    def on_step_end(self, args, state, control, **kwargs):
        if state.global_step == 5:
            raise KeyboardInterrupt


def test_interrupted_phase_resumes_from_last_checkpoint(tmp_path):
    data = tmp_path / "plans.jsonl"
    write_jsonl(data, plan_records(16))
    out = tmp_path / "lam1"
    cfg = make_config(PlanConfig, "plan", profile="tiny", overrides={
        **FAST, **MICRO, "data": str(data), "out": str(out), "max_steps": 6, "save_steps": 2, "batch_size": 4,
    })
    with pytest.raises(KeyboardInterrupt):
        plan.run(cfg, progress=False, callbacks=[Interrupt()])
    pdir = PhaseDir(out)
    assert not pdir.finished() and not out.exists()
    assert (pdir.trainer_dir / "checkpoint-4").is_dir()
    assert (pdir.tmp / "tokenizer.json").is_file()  # the vocabulary is kept for the resumed run

    assert plan.run(cfg, progress=False) == out
    meta = read_meta(out)
    assert meta["metrics"]["resumed_from"] == "checkpoint-4"
    assert meta["metrics"]["global_steps"] == 6
    assert [s for s, _ in meta["metrics"]["loss_history"]] == [5, 6]  # only the steps after the checkpoint
    assert not pdir.tmp.exists()


def test_finished_phase_is_skipped_and_force_retrains(tmp_path, caplog):
    data = tmp_path / "plans.jsonl"
    write_jsonl(data, plan_records(8))
    out = tmp_path / "lam1"
    over = {**FAST, **MICRO, "data": str(data), "out": str(out), "max_steps": 1, "batch_size": 4}
    cfg = make_config(PlanConfig, "plan", profile="tiny", overrides=over)
    plan.run(cfg, progress=False)
    first = read_meta(out)["created"], (out / "model.safetensors").stat().st_mtime_ns
    plan.run(cfg, progress=False)
    assert (read_meta(out)["created"], (out / "model.safetensors").stat().st_mtime_ns) == first
    assert "different" not in caplog.text
    write_jsonl(data, plan_records(9))  # the data changed: still reused, with a warning
    plan.run(cfg, progress=False)
    assert (out / "model.safetensors").stat().st_mtime_ns == first[1]
    assert "trained on a different" in caplog.text
    forced = make_config(PlanConfig, "plan", profile="tiny", overrides={**over, "force": True})
    plan.run(forced, progress=False)
    assert (out / "model.safetensors").stat().st_mtime_ns != first[1]

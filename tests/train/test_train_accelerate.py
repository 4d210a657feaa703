"""``accelerate launch`` with 2 CPU processes (DDP over gloo) trains a tiny phase that loads as a plain HF model.

This is as far as multi-device training can be checked without GPUs: the launcher, the process group,
rank-0-only writing of the checkpoint and its metadata. The DeepSpeed and FSDP configs need GPUs.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from train_synthetic import FAST, MICRO, plan_records, write_jsonl

ROOT = Path(__file__).resolve().parents[2]
STEPS = 4


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def launched(tmp_path_factory):
    accelerate = shutil.which("accelerate", path=str(Path(sys.executable).parent))
    if accelerate is None:
        pytest.skip("the accelerate launcher is not installed next to this Python")
    d = tmp_path_factory.mktemp("ddp")
    write_jsonl(d / "plans_sft.jsonl", plan_records(48, seed=0))
    (d / "cfg.yaml").write_text(yaml.safe_dump({"common": {**FAST, **MICRO}, "plan": {"max_steps": STEPS}}))
    probe = d / "probe"
    probe.mkdir()
    env = dict(os.environ, ACCELERATE_USE_CPU="true", OMP_NUM_THREADS="1", PROBE_DIR=str(probe),
               HF_HUB_OFFLINE="1", PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    cmd = [accelerate, "launch", "--config_file", str(ROOT / "configs" / "accelerate_cpu_ddp.yaml"),
           "--main_process_port", str(_free_port()), str(Path(__file__).with_name("dist_probe.py")),
           "train", "plan", "--data", str(d / "plans_sft.jsonl"), "--out", str(d / "lam1"),
           "--config", str(d / "cfg.yaml"), "--no-progress"]
    p = subprocess.run(cmd, env=env, cwd=d, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    return d


def test_two_ranks_trained_in_one_process_group(launched):
    ranks = sorted(json.loads(f.read_text())["rank"] for f in (launched / "probe").glob("rank*.json"))
    infos = [json.loads(f.read_text()) for f in (launched / "probe").glob("rank*.json")]
    assert ranks == [0, 1]
    assert all(i["world_size"] == 2 and "gloo" in i["backend"] for i in infos), infos


def test_checkpoint_is_written_once_and_loads(launched):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out = launched / "lam1"
    meta = json.loads((out / "lamforge_meta.json").read_text())
    assert meta["metrics"]["global_steps"] == STEPS
    assert not list(launched.glob("lam1.*")), "a temporary phase folder was left behind"
    tok = AutoTokenizer.from_pretrained(str(out))
    model = AutoModelForCausalLM.from_pretrained(str(out))
    ids = tok.apply_chat_template([{"role": "user", "content": "Make the title bold."}], add_generation_prompt=True,
                                  return_tensors="pt", return_dict=True)["input_ids"]
    with torch.no_grad():
        logits = model(ids).logits
    assert logits.shape[:2] == ids.shape and torch.isfinite(logits).all()


def test_global_batch_is_split_across_ranks(launched):
    meta = json.loads((launched / "lam1" / "lamforge_meta.json").read_text())
    assert meta["metrics"]["epochs"] == pytest.approx(STEPS * FAST["batch_size"] / 48, abs=1e-3)


@pytest.mark.parametrize("path", sorted((ROOT / "configs").glob("accelerate_*.yaml")), ids=lambda p: p.stem)
def test_accelerate_configs_parse(path):
    from accelerate.commands.config.config_args import load_config_from_file

    cfg = load_config_from_file(str(path))
    assert cfg.num_processes >= 2 and cfg.num_machines == 1
    if cfg.distributed_type == "DEEPSPEED" and cfg.deepspeed_config["zero_stage"] == 3:
        assert cfg.deepspeed_config["zero3_save_16bit_model"]  # else the saved phase holds no usable weights

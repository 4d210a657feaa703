"""Training throughput of the tiny CPU model (tokens/s through the real SFT path) and its generation speed.

Builds the default tiny Mistral (hidden 256, 4 layers, 8 heads, 4 KV heads) with a byte-level BPE trained on
synthetic step records shaped like the real ones, then runs ``lamforge.train.plan`` (TRL SFTTrainer,
completion-only loss) for a fixed number of steps on two prompt lengths: ``full`` (long system prompt and a
JSON list of 17 controls, ~560 tokens per record) and ``compact`` (one-line system prompt, ``label:name``
control list, ~170 tokens). Tokens counted are prompt + completion (the forward pass reads both; the loss
only covers the completion). Then times greedy generation of one action with ``load_for_inference``.
Each measurement is repeated per torch thread count (``--threads 2,1``): on a shared, busy machine one
thread is often faster than two, because OpenMP threads spin while they wait for a descheduled peer.

``--train-all DIR`` also times ``lamforge train all`` (tiny profile, every phase) on a data directory
(``plans_sft.jsonl`` + ``samples.jsonl``); ``--train-all synthetic`` builds one (2,000 plans, 600 tasks with
~560-token prompts, 30% failed, and a stand-in explorer for phase 3).

Usage: ``nice .venv/bin/python benchmarks/train_throughput.py [--steps 20] [--batch-size 16] [--train-all DIR]``
The machine is shared, so the script records the load average beside the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "train")]
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _filler(path: Path, n: int = 20_000) -> Path:
    """Pseudo-words for the tokenizer corpus, so the vocabulary reaches its configured size as on real data."""
    import random

    from train_synthetic import write_jsonl

    rng = random.Random(0)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(n)]
    recs = [{"prompt": [{"role": "user", "content": " ".join(words[i : i + 50])}], "completion": []}
            for i in range(0, n, 50)]
    write_jsonl(path, recs)
    return path


def _sft_run(work: Path, name: str, records: list, steps: int, batch: int, vocab: int, threads: int) -> dict:
    from train_synthetic import write_jsonl

    from lamforge.train import plan
    from lamforge.train.checkpoint import read_meta
    from lamforge.train.config_base import make_config
    from lamforge.train.data import token_length
    from lamforge.train.plan_config import PlanConfig

    data = work / f"{name}.jsonl"
    write_jsonl(data, records)
    cfg = make_config(PlanConfig, "plan", profile="tiny", overrides={
        "data": str(data), "out": str(work / name), "max_steps": steps, "batch_size": batch,
        "vocab_size": vocab, "logging_steps": steps, "save_steps": 10_000, "force": True,
        "corpus": [str(_filler(work / "filler.jsonl"))], "torch_threads": threads,
    })
    start = time.time()
    out = plan.run(cfg, progress=False)
    wall = time.time() - start
    m = read_meta(out)["metrics"]
    from lamforge.train.modeling import load_tokenizer

    tok = load_tokenizer(out)
    lengths = [token_length(tok, r) for r in records[:200]]
    return {
        "records": len(records),
        "mean_tokens_per_record": round(statistics.mean(lengths), 1),
        "batch_size": batch,
        "steps": m["global_steps"],
        "train_runtime_s": m["train_runtime_s"],
        "s_per_step": round(m["train_runtime_s"] / m["global_steps"], 3),
        "train_tokens_per_s": m["train_tokens_per_s"],
        "phase_wall_s": round(wall, 1),
        "parameters": m["parameters"],
        "vocab": len(tok),
        "checkpoint": str(out),
    }


def _generation(ckpt: str, record: dict, repeats: int = 5) -> dict:
    from lamforge.train.modeling import load_for_inference

    model, tok = load_for_inference(ckpt, device="cpu")
    import torch

    enc = tok.apply_chat_template(record["prompt"], add_generation_prompt=True, return_tensors="pt", return_dict=True)
    target = len(tok(record["completion"][0]["content"])["input_ids"])
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        with torch.inference_mode():
            out = model.generate(**enc, max_new_tokens=target, min_new_tokens=target, do_sample=False, use_cache=True)
        times.append(time.perf_counter() - start)
    new = out.shape[1] - enc["input_ids"].shape[1]
    med = statistics.median(times)
    return {"prompt_tokens": enc["input_ids"].shape[1], "action_tokens": int(new), "median_s_per_action": round(med, 3),
            "tokens_per_s": round(new / med, 1)}


def _train_all(work: Path, data: str) -> dict:
    from train_synthetic import plan_records, step_records, write_jsonl

    from lamforge.train.all_phases import run_all
    from lamforge.train.all_phases_config import AllPhasesConfig

    explorer = None
    if data == "synthetic":
        d = work / "demo_data"
        d.mkdir()
        write_jsonl(d / "plans_sft.jsonl", plan_records(2000, seed=11))
        write_jsonl(d / "samples.jsonl", step_records(600, seed=12, fail_fraction=0.3))
        data, explorer = str(d), "train_synthetic:make_explorer"
    start = time.time()
    run_all(AllPhasesConfig(data=data, out=str(work / "run"), explorer=explorer), progress=False)
    meta = json.loads((work / "run" / "run_meta.json").read_text())
    return {"data": data, "wall_s": round(time.time() - start, 1),
            "phases": {k: v.get("wall_s", v.get("status")) for k, v in meta["phases"].items()}}


def _measure(work: Path, threads: int, args: argparse.Namespace) -> dict:
    """One thread setting: SFT tokens/s on full and compact prompts, then greedy generation of one action."""
    import torch
    from train_synthetic import step_records

    torch.set_num_threads(threads)
    run: dict = {"torch_threads": threads, "loadavg_before": [round(x, 2) for x in os.getloadavg()]}
    n = max(args.steps * args.batch_size, 200)
    for name, compact in (("full", False), ("compact", True)):
        recs = step_records(n // 2, seed=7, compact=compact, extra_controls=8)
        run[name] = _sft_run(work / f"t{threads}", name, recs, args.steps, args.batch_size, args.vocab, threads)
        print(threads, name, json.dumps(run[name]), flush=True)
    run["generation_compact"] = _generation(run["compact"].pop("checkpoint"), recs[1])
    run["full"].pop("checkpoint")
    run["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    return run


def main() -> None:
    """Run the measurements and write the JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--vocab", type=int, default=4096)
    parser.add_argument("--threads", default="2,1", help="comma-separated torch CPU thread counts to measure")
    parser.add_argument("--train-all", default=None, help="data directory, or 'synthetic'")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "train_throughput.json"))
    args = parser.parse_args()

    import torch
    from provenance import code_version

    from lamforge.io.atomic import write_json

    results: dict = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "torch": torch.__version__},
        "command": " ".join(["benchmarks/train_throughput.py", *sys.argv[1:]]),
        "runs": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for threads in (int(t) for t in args.threads.split(",")):
            (work / f"t{threads}").mkdir()
            results["runs"].append(_measure(work, threads, args))
        if args.train_all:
            results["train_all"] = _train_all(work, args.train_all)
            print("train_all", json.dumps(results["train_all"]), flush=True)
    results["date"] = time.strftime("%Y-%m-%d")
    results["code"] = code_version()
    write_json(args.out, results)
    print(json.dumps(results))


if __name__ == "__main__":
    main()

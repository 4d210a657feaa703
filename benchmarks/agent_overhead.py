"""Per-step overhead of the agent loop, everything except model generation (target: median ≤ 20 ms).

A scripted backend (generation takes microseconds) replays a realistic cycle of actions on a real
headless LibreOffice, in 20-step episodes so the memory grows as in real use. Reported per step:
``non_model_ms`` = step wall time minus generation (prompt rendering with the top-k control filter,
parsing, the confirmation check, the action in LibreOffice, the next observation, logging) and
``loop_ms`` = the same without the env's share (the loop's own code).

``--generation`` adds a probe of the model side: a random model of the CPU default's shape (Mistral,
hidden 256, 4 layers, 4k vocabulary; 4.2M parameters) writes a 46-token action after a 400-token prompt,
greedy, through ``TransformersBackend``'s one-thread setting and through torch's default thread count.

Usage: ``nice .venv/bin/python benchmarks/agent_overhead.py [--episodes 10] [--generation] [--out PATH]``
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

from lamforge.io.atomic import write_json

TARGET_MS = 20.0
TITLE, BODY = "Quarterly Report", "Sales grew in every region this quarter."


def script() -> list[dict]:
    def o(function: str, args: dict | None = None, name: str = "", label: str = "") -> dict:
        return {"thought": "benchmark step", "control_label": label, "control_name": name, "function": function,
                "args": args or {}, "status": "CONTINUE", "plan": ["Next step", "Another step"]}

    return [
        o("select_text", {"text": TITLE}, "Document", "1"),
        o("click_input", {"button": "left", "double": False}, "Bold"),
        o("click_input", {}, "Align Center"),
        o("select_text", {"text": BODY}, "Document", "1"),
        o("click_input", {}, "Italic"),
        o("set_edit_text", {"text": "14"}, "Font Size"),
        o("click_input", {}, "Underline"),
        o("texts", {}, "Document", "1"),
        "not json: a garbage reply", o("summary", {"text": "retry after garbage"}),
        o("click_input", {}, "Undo"),
    ]


def generation_probe(repeats: int = 6) -> dict:
    """Median ms of a 46-token greedy action of a default-shaped model on 1 thread vs torch's default."""
    import torch  # main() runs this probe before LibreOffice's uno import hook is installed
    from transformers import MistralConfig, MistralForCausalLM

    cfg = MistralConfig(vocab_size=4096, hidden_size=256, intermediate_size=768, num_hidden_layers=4,
                        num_attention_heads=8, num_key_value_heads=4, head_dim=32, max_position_embeddings=2048,
                        sliding_window=None, tie_word_embeddings=True, bos_token_id=1, eos_token_id=2,
                        pad_token_id=0)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        model = MistralForCausalLM(cfg).eval()
        ids = torch.randint(3, 4096, (1, 400))
    default = torch.get_num_threads()

    def gen(threads: int) -> float:
        torch.set_num_threads(threads)
        t = time.perf_counter()
        with torch.inference_mode():
            model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=46, min_new_tokens=46,
                           do_sample=False, pad_token_id=0, eos_token_id=2)
        return (time.perf_counter() - t) * 1000

    gen(1)
    times: dict[int, list[float]] = {1: [], default: []}
    for _ in range(repeats):
        for n in times:
            times[n].append(gen(n))
    torch.set_num_threads(default)
    return {f"median_ms_{n}_threads": round(statistics.median(v), 1) for n, v in times.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--episodes", type=int, default=10)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--generation", action="store_true", help="also probe generation speed by thread count")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "agent_overhead.json"))
    a = ap.parse_args()
    generation = generation_probe() if a.generation else None  # before LibreOffice: torch imports plainly

    import docx

    from lamforge.agent.backends import ScriptedBackend
    from lamforge.agent.episode_runner import run_episode
    from lamforge.app.env import WriterEnv

    work = Path(tempfile.mkdtemp(prefix="lamforge-bench-"))
    d = docx.Document()
    d.add_paragraph(TITLE)
    d.add_paragraph(BODY)
    doc = work / "in.docx"
    d.save(str(doc))
    steps = []
    t0 = time.perf_counter()
    with WriterEnv() as env:
        run_episode(env, ScriptedBackend(script(), cycle=True), "warm-up", doc, max_steps=5, max_failures=None)
        for i in range(a.episodes):
            backend = ScriptedBackend(script(), cycle=True)
            res = run_episode(env, backend, f"Format the report ({i})", doc, max_steps=a.steps, max_failures=None)
            steps.extend(res.steps)
    wall = time.perf_counter() - t0

    def med(xs: list[float]) -> float:
        return round(statistics.median(xs), 3)

    def p90(xs: list[float]) -> float:
        return round(statistics.quantiles(xs, n=10)[-1], 3)

    non_model = [s.step_ms - s.model_ms for s in steps]
    loop = [s.overhead_ms for s in steps]
    report = {
        "benchmark": "agent_overhead",
        "target_median_non_model_ms": TARGET_MS,
        "steps": len(steps),
        "median_non_model_ms": med(non_model),
        "p90_non_model_ms": p90(non_model),
        "median_loop_ms": med(loop),
        "p90_loop_ms": p90(loop),
        "median_env_ms": med([s.env_ms for s in steps]),
        "median_app_ms": med([s.app_ms for s in steps]),
        "median_model_ms": med([s.model_ms for s in steps]),
        "median_controls": med([float(s.n_controls) for s in steps]),
        "failed_steps": sum(not s.ok for s in steps),
        "meets_target": statistics.median(non_model) <= TARGET_MS,
        "wall_s": round(wall, 2),
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "command": "nice .venv/bin/python benchmarks/agent_overhead.py " + " ".join(sys.argv[1:]),
    }
    if generation is not None:
        report["generation_46_tokens"] = generation
    write_json(a.out, report)
    print(json.dumps(report, indent=2))
    return 0 if report["meets_target"] else 1


if __name__ == "__main__":
    raise SystemExit(main())

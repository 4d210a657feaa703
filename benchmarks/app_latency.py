"""Latency of the Writer environment: session start, reset (template reload), one action, save.

Prints medians and p95s and writes benchmarks/results/app_latency.json; the last line printed is
that JSON object (keys include median_step_ms and median_reset_ms). Targets: step <= 5 ms, reset <= 50 ms.
"""

from __future__ import annotations

import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import docx

from lamforge.app.action import Action
from lamforge.app.env import WriterEnv

OUT = Path(__file__).parent / "results" / "app_latency.json"


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def main(n: int = 60) -> dict:
    tmp = Path(tempfile.mkdtemp())
    d = docx.Document()
    for i in range(12):
        d.add_paragraph(f"Paragraph {i} of the benchmark document, with some ordinary words in it.")
    src = tmp / "bench.docx"
    d.save(src)
    starts, resets, steps, saves = [], [], [], []
    for _ in range(3):
        env = WriterEnv()
        t = time.perf_counter()
        env.reset(options={"doc": src})
        starts.append(time.perf_counter() - t)
        env.close()
    env = WriterEnv()
    env.reset(options={"doc": src})
    actions = [
        Action("select_text", {"text": "Paragraph 3 of the benchmark"}),
        Action("click_input", control_name="Bold"),
        Action("click_input", control_name="Italic"),
        Action("set_edit_text", {"text": "14"}, control_name="Font Size"),
        Action("click_input", control_name="Align Center"),
    ]
    for i in range(n):
        t = time.perf_counter()
        env.reset(options={"doc": src})
        resets.append(time.perf_counter() - t)
        for a in actions:
            t = time.perf_counter()
            r = env.step(a)
            steps.append(time.perf_counter() - t)
            assert r.result.ok, r.result.message
        if i % 4 == 0:
            t = time.perf_counter()
            env.save(tmp / "out.docx")
            saves.append(time.perf_counter() - t)
    env.close()
    ms = 1000.0
    res = {
        "median_start_ms": round(statistics.median(starts) * ms, 1),
        "median_reset_ms": round(statistics.median(resets) * ms, 2),
        "p95_reset_ms": round(pct(resets, 0.95) * ms, 2),
        "median_step_ms": round(statistics.median(steps) * ms, 3),
        "p95_step_ms": round(pct(steps, 0.95) * ms, 3),
        "median_save_ms": round(statistics.median(saves) * ms, 2),
        "p95_save_ms": round(pct(saves, 0.95) * ms, 2),
        "n_steps": len(steps),
        "n_resets": len(resets),
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "note": "step = one action + the next observation (controls with toggle states, document text)",
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(res, indent=1) + "\n")
    for k, v in res.items():
        print(f"{k:18} {v}")
    print(json.dumps(res))
    return res


if __name__ == "__main__":
    main()

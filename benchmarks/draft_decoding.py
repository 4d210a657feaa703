"""Generation time of a trained LAM per step: plain ``generate`` against drafted decoding with forced copies.

Both run the same checkpoint on the same held-out step prompts (greedy, copy guard and task-memory guide
on, one CPU thread). Drafted decoding (``lamforge.agent.backends.draft_decoding``) checks guessed tokens in
one forward call and writes the rest of a quoted text at once when the copy guard leaves only one way
on; the report gives both medians, their ratio, and how many replies came out identical (a forced
copy writes the same text in other tokens, so the words after it may differ).

Usage: ``.venv/bin/python benchmarks/draft_decoding.py --model runs/demo/run/lam4
--samples runs/demo/data/test_samples.jsonl [--n 120] [--out PATH]``
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

from provenance import checkpoint_ref, code_version, file_sha256, repo_path

from lamforge.io.atomic import write_json


def run(model: str, prompts: list[list[dict]], draft_tokens: int, warmup: int = 10) -> tuple[list[float], list[str]]:
    from lamforge.agent.backends.transformers_backend import TransformersBackend

    backend = TransformersBackend.from_pretrained(model, device="cpu", draft_tokens=draft_tokens)
    for p in prompts[:warmup]:
        backend.generate(p, max_tokens=160)
    ms, texts = [], []
    for p in prompts:
        g = backend.generate(p, max_tokens=160)
        ms.append(g.model_ms)
        texts.append(g.text)
    return ms, texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="runs/demo/run/lam4")
    ap.add_argument("--samples", default="runs/demo/data/test_samples.jsonl")
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "draft_decoding.json"))
    a = ap.parse_args()
    rows = [json.loads(line) for line in open(a.samples, encoding="utf-8")][: a.n]
    prompts = [r["prompt"] for r in rows]
    t0 = time.time()
    plain_ms, plain = run(a.model, prompts, 0)
    draft_ms, drafted = run(a.model, prompts, 10)
    report = {
        "model": checkpoint_ref(a.model),  # its path in the repository, phase and weights digest
        "samples": {"path": repo_path(a.samples), "sha256": file_sha256(a.samples)},
        "prompts": len(prompts),
        "median_model_ms": {"plain": round(statistics.median(plain_ms), 1),
                            "drafted": round(statistics.median(draft_ms), 1)},
        "speedup": round(statistics.median(plain_ms) / statistics.median(draft_ms), 2),
        "identical_replies": sum(x == y for x, y in zip(plain, drafted, strict=True)),
        "same_action": sum(_action(x) == _action(y) for x, y in zip(plain, drafted, strict=True)),
        "wall_s": round(time.time() - t0, 1),
        "machine": f"{platform.machine()}, {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d"),
        "code": code_version(),
    }
    write_json(a.out, report, indent=1)
    print(json.dumps(report, indent=1))
    return 0


def _action(text: str) -> tuple:
    """The reply's action (control, function, arguments, status): what the step executes."""
    try:
        d = json.loads(text)
    except ValueError:
        return ("unparsed", text)
    return (d.get("control_name"), d.get("function"), json.dumps(d.get("args"), sort_keys=True), d.get("status"))


if __name__ == "__main__":
    raise SystemExit(main())

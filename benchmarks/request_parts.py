"""What the runtime's readings make of every people_requests case, without a model: which cases a change can move.

Greedy decoding makes a case's result a function of the parts the runtime plays (`request_parts`), so only the
cases whose parts change between two runtimes can change result. This writes the parts of every case, and with
``--against`` lists the cases whose parts differ from an earlier file: run the model on those alone, with both
runtimes (an earlier commit in a worktree on ``PYTHONPATH`` for the other).

    .venv/bin/python benchmarks/request_parts.py --out /tmp/parts_before.json            # before the change
    .venv/bin/python benchmarks/request_parts.py --out /tmp/parts_after.json --against /tmp/parts_before.json \\
        --unread-from 37 --ids /tmp/changed.txt

``--unread-from N`` keeps the requests and parts of batches N and later (and of the blind set) off the screen, so
that fresh batches stay unread while their changed ids are still listed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from people_requests import blind, dev, documents  # noqa: E402

from lamforge.agent.episode_runner import request_parts  # noqa: E402
from lamforge.app.env import WriterEnv  # noqa: E402


def parts_of_cases(cases: list, docs: dict[str, Path]) -> dict[str, list[str]]:
    """The parts `request_parts` gives each case's request on its own document (an error as one part)."""
    env = WriterEnv()
    out: dict[str, list[str]] = {}
    try:
        for case in cases:
            obs, _ = env.reset(options={"doc": str(docs[case.doc])})
            try:
                out[case.id] = request_parts(env, case.request, obs.view, {})
            except Exception as exc:  # a reading that breaks is a change worth seeing, not a stop
                out[case.id] = [f"ERROR {exc!r}"]
    finally:
        env.close()
    return out


def _batch(case_id: str) -> int:
    m = re.match(r"d-b(\d+)-", case_id)
    return int(m.group(1)) if m else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="write the parts of every case here (JSON)")
    ap.add_argument("--against", help="an earlier --out file: list the cases whose parts differ")
    ap.add_argument("--set", choices=("dev", "blind", "all"), default="dev")
    ap.add_argument("--unread-from", type=int, default=10**6,
                    help="batches from this number on (and the blind set) are listed by id only")
    ap.add_argument("--ids", help="write the changed case ids here, one per line")
    ap.add_argument("--case", action="append", default=[], help="only this case id (repeatable)")
    args = ap.parse_args(argv)
    cases = [*(dev.CASES if args.set in ("dev", "all") else ()), *(blind.CASES if args.set in ("blind", "all") else ())]
    if args.case:
        unknown = set(args.case) - {c.id for c in cases}
        if unknown:
            ap.error(f"no such case in --set {args.set}: {', '.join(sorted(unknown))}")
        cases = [c for c in cases if c.id in args.case]
    with tempfile.TemporaryDirectory(prefix="lamforge-parts-") as work:  # the documents, removed when done
        docs = documents.build(Path(work), sorted({c.doc for c in cases}))
        parts = parts_of_cases(cases, docs)
    Path(args.out).write_text(json.dumps(parts, indent=0, ensure_ascii=False), encoding="utf-8")
    print(f"parts of {len(parts)} cases -> {args.out}")
    if not args.against:
        return 0
    before = json.loads(Path(args.against).read_text(encoding="utf-8"))
    changed = [k for k in parts if parts[k] != before.get(k)]
    blind_ids = {c.id for c in blind.CASES}
    requests = {c.id: c.request for c in cases}
    for k in changed:
        if k in blind_ids or _batch(k) >= args.unread_from:
            print(f"## {k} (unread: parts not shown)")
            continue
        print(f"## {k} | {requests[k]}\n  - {before.get(k)}\n  + {parts[k]}")
    print(f"{len(changed)} of {len(parts)} cases changed")
    if args.ids:
        Path(args.ids).write_text("".join(f"{k}\n" for k in changed), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

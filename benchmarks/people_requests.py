"""A LAM on requests as people type them, on documents lamforge never made, judged by checks written here.

The bigger successor of ``foreign_docs.py``. Requests are written the way users of a word processor type them
(casual, terse, polite, with typos; targets named by role, content or position; whole-document changes,
several operations at once, table edits, a character inside a word, paragraph ranges, new tables, page breaks,
and requests the product cannot carry out, which must leave the document untouched), plus instructions in the
style of public Writer agent benchmarks. The documents (``people_requests/documents.py``) are built with
python-docx in their own styles. Each case is judged on the saved .docx by its own check and by a guard that
holds every other paragraph (body and table cells, text and per-character formatting) to the source; neither
uses lamforge's task checkers.

Two sets: ``dev`` (``people_requests/dev.py``, on the DEV documents; printed case by case) and ``blind``
(``people_requests/blind.py``, on the BLIND documents; frozen, never read by the main developer, and only
its aggregate figures are printed).

Usage::

    .venv/bin/python benchmarks/people_requests.py --model runs/demo/run/lam4 [--set dev|blind|all] [--out PATH]
    .venv/bin/python benchmarks/people_requests.py --verify [--set all]

``--verify`` runs each case's reference actions instead of a model and asserts that the check passes on the
result and fails on the untouched document (infeasible cases: the document stays untouched) and that the
guard passes; it also checks that an untouched round trip through LibreOffice passes the guard.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import shlex
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx  # noqa: E402
from people_requests import blind, dev, documents  # noqa: E402
from people_requests.checks import KINDS, Case, Targets, guard  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "people_requests.json"


def select_cases(which: str, only: Iterable[str] = ()) -> list[tuple[str, Case]]:
    """The cases of the chosen set(s) as (set, case), each checked to run on a document of its own set."""
    chosen: list[tuple[str, Case]] = []
    if which in ("dev", "all"):
        chosen += [("dev", c) for c in dev.CASES]
    if which in ("blind", "all"):
        chosen += [("blind", c) for c in blind.CASES]
    ids = [c.id for _, c in chosen]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate case ids")
    for s, c in chosen:
        own = documents.DEV_DOCS if s == "dev" else documents.BLIND_DOCS
        if c.doc not in own:
            raise SystemExit(f"case {c.id} ({s}) runs on {c.doc!r}, not a {s} document")
    wanted = set(only)
    if wanted:
        chosen = [(s, c) for s, c in chosen if c.id in wanted]
    return chosen


def judge(case: Case, src_path: Path, out_path: Path) -> dict[str, Any]:
    """The case's check and the guard on the saved document."""
    src, got = docx.Document(src_path), docx.Document(out_path)
    try:
        check = bool(case.check(got, src))
        problem = guard(src, got, case.targets)
    except Exception as exc:  # a check that cannot read the result counts as failed
        return {"ok": False, "check": False, "guard": f"check error: {type(exc).__name__}: {exc}"}
    return {"ok": check and not problem, "check": check, "guard": problem}


def summarise(rows: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Solved / total per set (and over all) and per kind within each set."""
    sets = sorted({r["set"] for r in rows})
    summary = {s: {"solved": sum(r["ok"] for r in rows if r["set"] == s), "total": sum(r["set"] == s for r in rows)}
               for s in sets}
    summary["all"] = {"solved": sum(r["ok"] for r in rows), "total": len(rows)}
    by_kind = {s: {k: {"solved": sum(r["ok"] for r in rows if r["set"] == s and r["kind"] == k),
                       "total": sum(r["set"] == s and r["kind"] == k for r in rows)}
                   for k in KINDS if any(r["set"] == s and r["kind"] == k for r in rows)}
               for s in sets}
    return summary, by_kind


def run_model(args: argparse.Namespace, cases: list[tuple[str, Case]], docs: dict[str, Path], work: Path) -> int:
    from lamforge import __version__
    from lamforge.agent.backends import make_backend
    from lamforge.agent.episode_runner import run_episode
    from lamforge.app.env import WriterEnv

    guided = args.guidance == "on"
    backend = make_backend(args.model, device="cpu", **({} if guided else {"hint_bias": 0.0}))
    env = WriterEnv()
    rows: list[dict[str, Any]] = []
    try:
        for which, case in cases:
            t0 = time.perf_counter()
            row: dict[str, Any] = {"id": case.id, "set": which, "doc": case.doc, "kind": case.kind}
            if which == "dev":
                row["request"] = case.request
            try:
                res = run_episode(env, backend, case.request, docs[case.doc], max_steps=args.max_steps,
                                  max_failures=2, confirm="no", rewrite_request=guided)
                out = env.save(work / f"{case.id}.docx")
                row.update(judge(case, docs[case.doc], out))
                if which == "blind" and row["guard"]:
                    row["guard"] = "something else was touched"  # the details would hint at the blind request
                row.update({"steps": len(res.steps), "stop_reason": res.stop_reason, "finished": res.finished,
                            "declined": res.stop_reason == "fail"})
                if which == "dev":
                    row["grounded_request"] = res.meta.get("grounded_request")
                    row["actions"] = [s.action for s in res.steps]
            except Exception as exc:  # an episode that crashes is a failed case; the next one starts afresh
                row.update({"ok": False, "check": False, "guard": "", "error": f"{type(exc).__name__}: {exc}"})
            row["seconds"] = round(time.perf_counter() - t0, 2)
            rows.append(row)
            if which == "dev":
                why = "" if row["ok"] else f"  <- {row.get('error') or row['guard'] or 'check failed'}"
                print(f"{'PASS' if row['ok'] else 'FAIL'} [{case.id}] ({case.kind}) {case.request}{why}", flush=True)
    finally:
        env.close()
    summary, by_kind = summarise(rows)
    infeasible = [r for r in rows if r["kind"] == "infeasible"]
    report = {
        "benchmark": "people_requests",
        "model": args.model, "guidance": args.guidance, "confirm": "no",
        "command": ".venv/bin/python benchmarks/people_requests.py " + " ".join(shlex.quote(a) for a in sys.argv[1:]),
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "lamforge": __version__,
        "python": platform.python_version(),
        "set": args.set,
        "max_steps": args.max_steps,
        "summary": summary,
        "by_kind": by_kind,
        "infeasible_declined": {s: sum(r.get("declined", False) for r in infeasible if r["set"] == s)
                                for s in sorted({r["set"] for r in infeasible})},
        "documents": {"dev": sorted(documents.DEV_DOCS), "blind": sorted(documents.BLIND_DOCS)},
        "cases": rows,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n")
    for s in ("dev", "blind"):
        if s in summary:
            print(f"{s}: {summary[s]['solved']}/{summary[s]['total']} solved")
    if "blind" in by_kind:
        print("blind by kind: " + ", ".join(f"{k} {v['solved']}/{v['total']}" for k, v in by_kind["blind"].items()))
    print(f"wrote {args.out}")
    return 0


def verify(cases: list[tuple[str, Case]], docs: dict[str, Path], work: Path) -> list[dict[str, Any]]:
    """Run every case's reference actions; a row per case (and per document) with what did not hold."""
    from lamforge.app.env import WriterEnv

    rows: list[dict[str, Any]] = []
    env = WriterEnv()
    untouched: dict[str, Path] = {}
    try:
        for name in sorted({c.doc for _, c in cases}):
            env.reset(options={"doc": str(docs[name])})
            untouched[name] = env.save(work / f"untouched-{name}.docx")
            problem = guard(docx.Document(docs[name]), docx.Document(untouched[name]), Targets())
            rows.append({"id": f"document {name}", "set": "dev" if name in documents.DEV_DOCS else "blind",
                         "problems": [f"untouched round trip fails the guard: {problem}"] if problem else []})
        for which, case in cases:
            problems: list[str] = []
            env.reset(options={"doc": str(docs[case.doc])})
            for k, action in enumerate(case.reference, 1):
                res = env.step(action, confirm=True).result  # a reference edit is one the user wants
                if not res.ok:
                    problems.append(f"reference step {k} failed: {res.message}")
                    break
            out = env.save(work / f"verify-{case.id}.docx")
            src = docx.Document(docs[case.doc])
            got = docx.Document(out)
            if not case.check(got, src):
                problems.append("check fails on the reference edit")
            problem = guard(src, got, case.targets)
            if problem:
                problems.append(f"guard fails on the reference edit: {problem}")
            if case.kind != "infeasible":
                if not case.reference:
                    problems.append("no reference actions")
                if case.check(src, src) or case.check(docx.Document(untouched[case.doc]), src):
                    problems.append("check passes on the untouched document")
            rows.append({"id": case.id, "set": which, "problems": problems})
    finally:
        env.close()
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="runs/demo/run/lam4", help="the model directory")
    ap.add_argument("--set", choices=("dev", "blind", "all"), default="all")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="results JSON (model runs only)")
    ap.add_argument("--max-steps", type=int, default=10)
    ap.add_argument("--guidance", choices=("on", "off"), default="on",
                    help="off: no task-memory hint and no request rewriting (the model alone; the document guard "
                         "stays), as `lamforge eval online --guidance off`")
    ap.add_argument("--verify", action="store_true", help="run the reference actions instead of a model")
    ap.add_argument("--case", action="append", default=[], help="only this case id (repeatable)")
    args = ap.parse_args()

    cases = select_cases(args.set, args.case)
    work = Path(tempfile.mkdtemp(prefix="lamforge-people-"))
    docs = documents.build(work / "docs", sorted({c.doc for _, c in cases}))
    if args.verify:
        rows = verify(cases, docs, work)
        bad = [r for r in rows if r["problems"]]
        for r in rows:
            if r["set"] == "dev":
                details = "".join(f"\n    {p}" for p in r["problems"])
                print(f"{'OK ' if not r['problems'] else 'BAD'} {r['id']}{details}")
        nb = [r for r in rows if r["set"] == "blind"]
        if nb:  # blind cases by id only, never their requests or what failed in them
            failing = [r["id"] for r in nb if r["problems"]]
            print(f"blind: {len(nb) - len(failing)}/{len(nb)} verified (documents and cases)"
                  + (f"; failing: {', '.join(failing)}" if failing else ""))
        print(f"verify: {len(rows) - len(bad)}/{len(rows)} ok")
        return 1 if bad else 0
    return run_model(args, cases, docs, work)


if __name__ == "__main__":
    raise SystemExit(main())

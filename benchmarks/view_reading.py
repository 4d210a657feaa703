"""Does the model read the document view? Teacher-forced paragraph numbers, per way of naming the target.

A step whose action is ``select_paragraphs`` needs the number of the paragraph a request names, and that number
can only come from the ``<Document:>`` view. This probe asks a checkpoint for it, with the prompt the expert was in
(teacher forcing, ``lamforge eval offline``: no guidance, no rewriting), on two kinds of items:

- ``real``: every held-out expert step whose action selects paragraphs or cells (the demo's test samples, and
  optionally more collected ones, e.g. from the phrasing split);
- synthetic documents built from the held-out views' own lines (a title, sections of headings and body lines, in
  random order), with a one-line request naming one paragraph in one of six ways: ``title`` ("the title"),
  ``last`` ("the last paragraph"), ``start`` ("the paragraph that starts with ..."), ``heading`` ("the heading
  X"), ``about`` ("the paragraph about <a word only it holds>"), ``under`` ("the second line under X"). The label
  is the number of the line named, by construction.

A model that reads the view gets ``start``, ``heading`` and ``about`` right on documents it never saw; one that
remembers its training documents gets ``title`` (always 1) and little else. One minute on 2 cores per checkpoint.

Usage: ``.venv/bin/python benchmarks/view_reading.py --samples runs/demo/data/test_samples.jsonl
-m lam2=runs/demo/run/lam2 [-m ...] [--samples-extra PATH] [--out benchmarks/results/view_reading.json]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from provenance import checkpoint_ref, code_version, repo_path  # noqa: E402

KINDS = ("title", "last", "start", "heading", "about", "under")
_LINE = re.compile(r"^(\d+)\|([^|]*)\|(.*)$")
_ORDINALS = ("first", "second", "third", "fourth")
_SELECTIONS = ("select_paragraphs", "select_cells")
_PHRASES = {  # plan step the expert writes after the selection -> how a request asks for it
    "Click Bold": "Make {T} bold", "Click Italic": "Italicize {T}", "Click Underline": "Underline {T}",
    "Click Align Center": "Center {T}", "Click Align Right": "Right-align {T}", "Click Justified": "Justify {T}",
    "Click Strikethrough": "Strike through {T}", "Click Increase Indent": "Indent {T} more",
}


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _user(rec: dict) -> str:
    return next(m["content"] for m in rec["prompt"] if m["role"] == "user")


def view_lines(user: str) -> list[tuple[int, str, str]]:
    """(number, role, text) of the numbered paragraph lines of a prompt's ``<Document:>`` view.

    >>> view_lines("<Document:>\\n1|title|Minutes\\nT1 r1|c1 A\\n2|body|We met.\\nselection: nothing\\n<User")
    [(1, 'title', 'Minutes'), (2, 'body', 'We met.')]
    """
    if "<Document:>" not in user:
        return []
    block = user.split("<Document:>", 1)[1].split("\nselection:", 1)[0]
    return [(int(m.group(1)), m.group(2), m.group(3)) for m in map(_LINE.match, block.split("\n")) if m]


def _step_one(rec: dict) -> bool:
    return "(none)" in _user(rec).split("<Previous Actions:>", 1)[-1]


def synthetic_items(records: list[dict], n: int, seed: int) -> list[dict]:
    """``n`` probe items on random documents made of the held-out views' lines, in the samples' own format."""
    rng = random.Random(seed)
    pools: dict[str, set[str]] = {"title": set(), "heading": set(), "body": set()}
    for rec in records:
        for _, role, text in view_lines(_user(rec)):
            kind = "heading" if role.startswith("heading") else role
            if kind in pools and len(text.split()) >= (3 if kind == "body" else 1):
                pools[kind].add(text)
    titles, heads, bodies = (sorted(pools[k]) for k in ("title", "heading", "body"))
    if not (titles and len(heads) >= 4 and len(bodies) >= 12):
        raise SystemExit("view_reading: the samples' views hold too few titles, headings or body lines")
    controls = [_user(r).split("<Document:>", 1)[0] for r in records if "<Document:>" in _user(r)]
    system = next(m for m in records[0]["prompt"] if m["role"] == "system")
    items: list[dict] = []
    while len(items) < n:
        doc = [("title", rng.choice(titles))] + [("body", rng.choice(bodies)) for _ in range(rng.randint(0, 2))]
        for _ in range(rng.randint(2, 4)):
            doc.append((rng.choice(("heading 1", "heading 2")), rng.choice(heads)))
            doc += [("body", rng.choice(bodies)) for _ in range(rng.randint(1, 4))]
        doc = doc[:16]
        texts = [t for _, t in doc]
        if len(set(texts)) < len(texts):
            continue
        kind = KINDS[len(items) % len(KINDS)]
        named = _name_target(kind, doc, rng)
        if named is None:
            continue
        index, target = named
        plan = rng.choice(sorted(_PHRASES))
        request = _PHRASES[plan].format(T=target) + "."
        view = "\n".join(f"{k}|{role}|{text}" for k, (role, text) in enumerate(doc, 1))
        user = (f"{rng.choice(controls)}<Document:>\n{view}\nselection: nothing\n<User Request:> "
                f"{request[0].upper()}{request[1:]}\n<Previous Actions:>\n(none)\n<Previous Plans:> []")
        action = {"thought": f"Select paragraph {index}", "control_label": "", "control_name": "",
                  "function": "select_paragraphs", "args": {"start": index}, "status": "CONTINUE", "plan": [plan]}
        items.append({"prompt": [system, {"role": "user", "content": user}],
                      "completion": [{"role": "assistant", "content": json.dumps(action)}],
                      "meta": {"task_id": f"view-{kind}-{len(items)}", "family": kind, "step": 1, "success": True}})
    return items


def _name_target(kind: str, doc: list[tuple[str, str]], rng: random.Random) -> tuple[int, str] | None:
    """(1-based line number, words naming it) for one ``kind``, or None when this document has no such target."""
    texts = [t for _, t in doc]
    body = [k for k, (role, _) in enumerate(doc) if role == "body"]
    heads = [k for k, (role, _) in enumerate(doc) if role.startswith("heading")]
    if kind == "title":
        return 1, "the title"
    if kind == "last":
        return (len(doc), "the last paragraph") if doc[-1][0] == "body" else None
    if kind == "start":
        k = rng.choice(body)
        start = " ".join(texts[k].split(" … ")[0].split()[:4])
        unique = sum(t.startswith(start) for t in texts) == 1
        return (k + 1, f"the paragraph that starts with {start}") if unique else None
    if kind == "heading":
        return _heading(heads, texts, rng)
    if kind == "about":
        k = rng.choice(body)
        words = [w for w in re.findall(r"[a-z]{6,}", texts[k].lower()) if sum(w in t.lower() for t in texts) == 1]
        return (k + 1, f"the paragraph about {rng.choice(words)}") if words else None
    h = rng.choice(heads)
    section = []
    for k in range(h + 1, len(doc)):
        if doc[k][0] != "body":
            break
        section.append(k)
    if not section or texts.count(texts[h]) > 1:
        return None
    j = rng.randrange(min(len(section), len(_ORDINALS)))
    return section[j] + 1, f"the {_ORDINALS[j]} line under {texts[h]}"


def _heading(heads: list[int], texts: list[str], rng: random.Random) -> tuple[int, str] | None:
    k = rng.choice(heads)
    return None if texts.count(texts[k]) > 1 else (k + 1, f"the heading {texts[k]}")


def real_items(records: list[dict]) -> list[dict]:
    """The held-out expert steps that select paragraphs or cells, as they are."""
    out = []
    for rec in records:
        action = json.loads(rec["completion"][0]["content"])
        if action.get("function") in _SELECTIONS and (rec.get("meta") or {}).get("success") is not False:
            meta = dict(rec.get("meta") or {}, family="real")
            out.append(dict(rec, meta=meta))
    return out


def score(rows: list[dict]) -> dict[str, dict]:
    """Per kind: items, and those whose function and arguments equal the label's."""
    counts: Counter = Counter()
    for row in rows:
        gold, pred = row["gold"], row.get("predicted") or {}
        ok = pred.get("function") == gold["function"] and pred.get("args") == gold["args"]
        counts[row["family"], ok] += 1
    kinds = sorted({k for k, _ in counts}, key=lambda k: (k != "real", k))
    return {k: {"n": counts[k, True] + counts[k, False], "right": counts[k, True]} for k in kinds}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", required=True, type=Path, help="held-out step samples (the demo's test_samples.jsonl)")
    ap.add_argument("--samples-extra", type=Path, action="append", default=[],
                    help="more held-out samples (e.g. `lamforge collect` of the phrasing split)")
    ap.add_argument("-m", "--model", action="append", required=True, help="NAME=CHECKPOINT_DIR")
    ap.add_argument("--n", type=int, default=150, help="synthetic items (25 per kind)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    records = _records(args.samples) + [r for p in args.samples_extra for r in _records(p)]
    items = real_items(records) + synthetic_items([r for r in records if _step_one(r)] or records, args.n, args.seed)
    result: dict = {"benchmark": "view_reading", "date": date.today().isoformat(), "code": code_version(),
                    "samples": [repo_path(p) for p in [args.samples, *args.samples_extra]],
                    "n_items": len(items), "seed": args.seed, "models": {}}
    with tempfile.TemporaryDirectory(prefix="view_reading_") as tmp:
        path = Path(tmp) / "items.jsonl"
        path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
        for spec in args.model:
            name, _, ckpt = spec.partition("=")
            subprocess.run([sys.executable, "-m", "lamforge.cli", "eval", "offline", "-m", spec, "--samples", str(path),
                            "-o", f"{tmp}/{name}", "--no-report"], check=True, stdout=subprocess.DEVNULL)
            rows = _records(Path(tmp) / name / "offline" / f"{name}.jsonl")
            result["models"][name] = {"checkpoint": checkpoint_ref(ckpt), "kinds": score(rows)}
            line = "  ".join(f"{k} {v['right']}/{v['n']}" for k, v in result["models"][name]["kinds"].items())
            print(f"{name}: {line}", flush=True)
    if args.out:
        args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

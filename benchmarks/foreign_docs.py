"""A LAM on documents lamforge never made, with requests in fresh words, judged by checks written here.

The task families judge their own templates; a user brings other documents. This benchmark builds four
that share nothing with the template library: a CV and club minutes written with python-docx in their
own styles (a run already bold mid-paragraph, a list, a table), a brief carrying review comments, and a
LibreOffice help page converted from HTML by soffice (bookmarks, hyperlinks, numbered steps, comments).
Each case is a request plus a check on the saved .docx written independently of the task checkers
(python-docx runs and paragraph properties); formatting cases also require every paragraph's text to
be unchanged, and the brief's comments to survive. Cases are in two sets: ``tuned`` (the probe that
found the comment crash, the unquoted mentions and the highlight default, so fixed while looking at
them) and ``fresh`` (written before any run of them).

Usage: ``.venv/bin/python benchmarks/foreign_docs.py --model runs/demo/run/lam4 [--out PATH]``
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

Check = Callable[[Any], bool]
HELP_PAGE = Path("/usr/share/libreoffice/help/en-US/text/swriter/guide/text_capital.html")


def build_documents(d: Path) -> dict[str, Path]:
    """The foreign documents (the help page only where the help package is installed)."""
    cv = docx.Document()
    cv.add_heading("Jordan Ellis", level=0)
    cv.add_paragraph("Senior Data Engineer, Leeds")
    cv.add_heading("Experience", level=1)
    p = cv.add_paragraph("Built streaming pipelines for a retail bank. ")
    p.add_run("Reduced nightly batch time by 40 percent.").bold = True
    cv.add_paragraph("Mentored four junior engineers and ran the weekly design review.")
    cv.add_heading("Skills", level=1)
    for s in ("Python and SQL", "Apache Kafka", "Cloud cost control"):
        cv.add_paragraph(s, style="List Bullet")
    cv.add_heading("Education", level=1)
    cv.add_paragraph("MSc Computer Science, University of York, 2016.")
    cv.add_paragraph("References available on request.")
    minutes = docx.Document()
    minutes.add_heading("Garden Club Minutes", level=1)
    minutes.add_paragraph("Date: 14 March. Present: Ana, Bill, Chloe, Dev.")
    minutes.add_paragraph("The club agreed to plant sunflowers along the south fence. Bill will buy the seeds "
                          "before April. Chloe offered to water them on weekends.")
    minutes.add_paragraph("Treasurer's report: the balance stands at 212 pounds after the spring fair.")
    t = minutes.add_table(rows=3, cols=2)
    for i, (a, b) in enumerate((("Task", "Owner"), ("Seeds", "Bill"), ("Watering", "Chloe"))):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    minutes.add_paragraph("Next meeting: the first Tuesday of May in the village hall.")
    brief = docx.Document()
    brief.add_heading("Project Brief", level=1)
    p = brief.add_paragraph("Launch date")
    brief.add_comment(p.runs, text="Still to be confirmed", author="Priya", initials="PS")
    p = brief.add_paragraph("The team will ship the mobile app to beta testers in June.")
    brief.add_comment(p.runs, text="Which testers?", author="Tom", initials="TK")
    brief.add_paragraph("Budget requests go to the finance office by Friday.")
    out = {"cv": d / "cv.docx", "minutes": d / "minutes.docx", "brief": d / "brief.docx"}
    cv.save(out["cv"])
    minutes.save(out["minutes"])
    brief.save(out["brief"])
    if HELP_PAGE.is_file():
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                            "docx:MS Word 2007 XML", "--infilter=HTML", "--outdir", str(d), str(HELP_PAGE)],
                           capture_output=True, timeout=120, check=False)
        if (d / "text_capital.docx").is_file():
            out["help"] = d / "text_capital.docx"
    return out


def _paragraphs(doc: Any) -> list[Any]:
    return [*doc.paragraphs, *(p for t in doc.tables for r in t.rows for c in r.cells for p in c.paragraphs)]


def _runs(doc: Any, text: str) -> list[Any]:
    for p in _paragraphs(doc):
        if text in p.text:
            pos, at, got = p.text.index(text), 0, []
            for r in (r for item in p.iter_inner_content() for r in getattr(item, "runs", [item])):  # links too
                a, at = at, at + len(r.text)
                if at > pos and a < pos + len(text) and r.text.strip():
                    got.append(r)
            return got
    return []


def span(text: str, test: Callable[[Any], bool]) -> Check:
    return lambda doc: bool(runs := _runs(doc, text)) and all(test(r) for r in runs)


def para(text: str, test: Callable[[Any], bool]) -> Check:
    return lambda doc: any(text in p.text and test(p) for p in _paragraphs(doc))


def has(text: str) -> Check:
    return lambda doc: any(text in p.text for p in _paragraphs(doc))


def lacks(text: str) -> Check:
    return lambda doc: not has(text)(doc)


def both(*checks: Check) -> Check:
    return lambda doc: all(c(doc) for c in checks)


def size(pt: float) -> Callable[[Any], bool]:
    return lambda r: r.font.size is not None and abs(r.font.size.pt - pt) < 0.1


def colored(r: Any) -> bool:
    return r.font.color is not None and r.font.color.rgb is not None and str(r.font.color.rgb) != "000000"


def aligned(how: Any) -> Callable[[Any], bool]:
    return lambda p: p.alignment == how


BOLD, ITALIC = (lambda r: r.font.bold is True), (lambda r: r.font.italic is True)
UNDERLINE, STRIKE = (lambda r: bool(r.font.underline)), (lambda r: r.font.strike is True)


def HIGHLIGHT(r: Any) -> bool:  # noqa: N802 - read like the other run tests
    """Highlighted (LibreOffice writes a highlight as a run shading)."""
    return r.font.highlight_color is not None or "w:shd" in r._r.xml


EDITS = "edit"  # a case whose request changes text (the unchanged-text guard does not apply)
# (set, document, request, check, kind)
CASES: list[tuple[str, str, str, Check, str]] = [
    ("tuned", "cv", "Put 'Apache Kafka' in italics.", span("Apache Kafka", ITALIC), "format"),
    ("tuned", "cv", "Underline the words 'retail bank', please.", span("retail bank", UNDERLINE), "format"),
    ("tuned", "cv", "I want 'References available on request.' to be bold.",
     span("References available on request.", BOLD), "format"),
    ("tuned", "cv", "Replace Leeds with Manchester everywhere in the document.",
     both(lacks("Leeds"), has("Manchester")), EDITS),
    ("tuned", "cv", "Could you make the Skills heading all caps?", has("SKILLS"), EDITS),
    ("tuned", "cv", "Bump the size of 'Senior Data Engineer, Leeds' up to 14 points.",
     span("Senior Data Engineer, Leeds", size(14)), "format"),
    ("tuned", "cv", "Center the line 'Senior Data Engineer, Leeds'.",
     para("Senior Data Engineer, Leeds", aligned(WD_ALIGN_PARAGRAPH.CENTER)), "format"),
    ("tuned", "minutes", "Highlight '212 pounds' so I can find it later.", span("212 pounds", HIGHLIGHT), "format"),
    ("tuned", "minutes", "Get rid of the sentence 'Chloe offered to water them on weekends.'",
     both(lacks("Chloe offered"), has("Bill will buy the seeds before April.")), EDITS),
    ("tuned", "minutes", "Justify the paragraph that starts with 'The club agreed'.",
     para("The club agreed", aligned(WD_ALIGN_PARAGRAPH.JUSTIFY)), "format"),
    ("tuned", "minutes", "Set double line spacing for the paragraph that begins with \"Treasurer's report\".",
     para("Treasurer's report", lambda p: p.paragraph_format.line_spacing is not None
          and abs(float(p.paragraph_format.line_spacing) - 2.0) < 0.01), "format"),
    ("tuned", "minutes", "Strike out 'the first Tuesday of May'.", span("the first Tuesday of May", STRIKE), "format"),
    ("tuned", "minutes", "Turn the heading 'Garden Club Minutes' into uppercase letters.",
     has("GARDEN CLUB MINUTES"), EDITS),
    ("tuned", "help", "Make 'To Capitalize Text' a level 1 heading.",
     para("To Capitalize Text", lambda p: p.style.name == "Heading 1"), "format"),
    ("tuned", "help", "Cross out the text 'Related Topics'.", span("Related Topics", STRIKE), "format"),
    ("tuned", "help", "Use Liberation Serif for 'Changing the Case of Text'.",
     span("Changing the Case of Text", lambda r: r.font.name == "Liberation Serif"), "format"),
    ("tuned", "help", "Colour the words 'small capitals' red.", span("small capitals", colored), "format"),
    ("tuned", "help", "Right-align 'Help content debug info:'.",
     para("Help content debug info:", aligned(WD_ALIGN_PARAGRAPH.RIGHT)), "format"),
    ("fresh", "cv", "Please italicise Mentored four junior engineers and ran the weekly design review.",
     span("Mentored four junior engineers and ran the weekly design review.", ITALIC), "format"),
    ("fresh", "cv", "Give 'MSc Computer Science, University of York, 2016.' a font size of 10.",
     span("MSc Computer Science, University of York, 2016.", size(10)), "format"),
    ("fresh", "cv", "Can you underline Education?", span("Education", UNDERLINE), "format"),
    ("fresh", "cv", "Make the Experience heading green.", span("Experience", colored), "format"),
    ("fresh", "cv", "change York to Durham", both(lacks("York"), has("University of Durham")), EDITS),
    ("fresh", "minutes", "Make Watering bold.", span("Watering", BOLD), "format"),
    ("fresh", "minutes", "Align the paragraph starting with 'Next meeting' to the right.",
     para("Next meeting", aligned(WD_ALIGN_PARAGRAPH.RIGHT)), "format"),
    ("fresh", "minutes", "Put 'Present: Ana, Bill, Chloe, Dev.' in italics.",
     span("Present: Ana, Bill, Chloe, Dev.", ITALIC), "format"),
    ("fresh", "minutes", "Delete the paragraph that starts with 'Next meeting'.",
     both(lacks("Next meeting"), has("Treasurer's report")), EDITS),
    ("fresh", "minutes", "Please capitalise every word of 'the first Tuesday of May'",
     has("The First Tuesday Of May"), EDITS),
    ("fresh", "brief", "Make 'Launch date' bold.", span("Launch date", BOLD), "format"),
    ("fresh", "brief", "Indent the paragraph beginning 'The team will'.",
     para("The team will", lambda p: (p.paragraph_format.left_indent or 0) > 0), "format"),
    ("fresh", "help", "Set 'To Change Text to Lowercase' in lowercase.", has("to change text to lowercase"), EDITS),
    ("fresh", "help", "Italicize Emphasizing Text.", span("Emphasizing Text", ITALIC), "format"),
]


def judge(src: Path, out: Path, check: Check, kind: str) -> dict[str, bool]:
    """The case's check, the unchanged-text guard (formatting cases) and comment survival."""
    before, after = docx.Document(src), docx.Document(out)
    texts = [p.text for p in _paragraphs(before)] == [p.text for p in _paragraphs(after)]
    comments = [c.text for c in before.comments] == [c.text for c in after.comments]
    return {"check": check(after), "untouched_fails": not check(before),
            "text_kept": texts or kind == EDITS, "comments_kept": comments}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="runs/demo/run/lam4")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "foreign_docs.json"))
    ap.add_argument("--max-steps", type=int, default=10)
    args = ap.parse_args()

    from lamforge import __version__
    from lamforge.agent.backends import make_backend
    from lamforge.agent.episode_runner import run_episode
    from lamforge.app.env import WriterEnv

    work = Path(tempfile.mkdtemp(prefix="lamforge-foreign-"))
    docs = build_documents(work)
    backend = make_backend(args.model, device="cpu")
    env = WriterEnv()
    rows = []
    try:
        for i, (which, name, request, check, kind) in enumerate(CASES):
            if name not in docs:
                continue
            t0 = time.perf_counter()
            res = run_episode(env, backend, request, docs[name], max_steps=args.max_steps, max_failures=2,
                              confirm="yes")
            out = env.save(work / f"case{i:02d}.docx")
            verdict = judge(docs[name], out, check, kind)
            ok = all(verdict.values())
            rows.append({"set": which, "doc": name, "request": request, "ok": ok, **verdict,
                         "steps": len(res.steps), "grounded_request": res.meta.get("grounded_request"),
                         "seconds": round(time.perf_counter() - t0, 2)})
            print(f"{'PASS' if ok else 'FAIL'} [{which}/{name}] {request}", flush=True)
    finally:
        env.close()
    summary = {s: {"cases": sum(r["set"] == s for r in rows), "passed": sum(r["ok"] for r in rows if r["set"] == s)}
               for s in ("tuned", "fresh")}
    report = {"model": args.model, "summary": summary, "cases": rows, "documents": sorted(docs),
              "lamforge": __version__, "python": platform.python_version(),
              "command": f".venv/bin/python benchmarks/foreign_docs.py --model {args.model}"}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

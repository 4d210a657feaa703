"""``lamforge app controls`` and ``lamforge app exec`` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx

LAMFORGE = [sys.executable, "-m", "lamforge.cli"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*LAMFORGE, *args], capture_output=True, text=True, timeout=120)


def test_controls_json(sample_doc):
    p = cli("app", "controls", str(sample_doc), "--json")
    assert p.returncode == 0, p.stderr
    items = json.loads(p.stdout)
    names = {i["control_text"] for i in items}
    assert {"Bold", "Font Size", "Insert Table"} <= names
    assert all({"label", "control_text", "control_type"} <= set(i) for i in items)


def test_exec_makes_text_bold_and_keeps_original(sample_doc, tmp_path: Path):
    before = sample_doc.read_bytes()
    out = tmp_path / "out.docx"
    p = cli(
        "app",
        "exec",
        str(sample_doc),
        "--out",
        str(out),
        '{"function":"select_text","args":{"text":"Quarterly Report"}}',
        '{"control_name":"Bold","function":"click_input","args":{}}',
    )
    assert p.returncode == 0, p.stderr
    lines = [json.loads(x) for x in p.stdout.splitlines()]
    assert [x["step"] for x in lines] == [1, 2] and all(x["ok"] for x in lines)
    assert docx.Document(out).paragraphs[0].runs[0].bold is True
    assert sample_doc.read_bytes() == before


def test_exec_exit_codes(sample_doc, tmp_path: Path):
    out = tmp_path / "o.docx"
    failed = cli(
        "app",
        "exec",
        str(sample_doc),
        "--out",
        str(out),
        '{"function":"select_text","args":{"text":"zzz qqq"}}',
    )
    assert failed.returncode == 1 and json.loads(failed.stdout)["ok"] is False
    assert out.exists()
    bad_json = cli("app", "exec", str(sample_doc), "--out", str(out), "{not json")
    assert bad_json.returncode == 2 and "not valid" in bad_json.stderr
    missing = cli("app", "exec", str(tmp_path / "nope.docx"), "--out", str(out), '{"function":"texts"}')
    assert missing.returncode == 2 and "no such file" in missing.stderr
    corrupt = tmp_path / "bad.docx"
    corrupt.write_bytes(b"garbage")
    p = cli("app", "exec", str(corrupt), "--out", str(out), '{"function":"texts"}')
    assert p.returncode == 2 and "cannot open" in p.stderr

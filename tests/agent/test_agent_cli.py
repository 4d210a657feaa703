"""``lamforge run`` and ``lamforge serve`` end to end: exit codes, saved results, the untouched original."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import docx
import httpx
import pytest
from agent_helpers import TITLE
from typer.testing import CliRunner

import lamforge
from lamforge.cli.agent_cmd import app

runner = CliRunner()
STEPS = [
    {"function": "select_text", "control_label": "1", "control_name": "Document", "args": {"text": TITLE},
     "status": "CONTINUE", "plan": ["Click Bold"]},
    {"function": "click_input", "control_name": "Bold", "args": {}, "status": "FINISH", "plan": []},
]


def script(tmp_path: Path, lines: list) -> str:
    p = tmp_path / "script.jsonl"
    p.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return f"scripted:{p}"


def test_run_finishes_saves_and_keeps_the_original(sample_doc: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(sample_doc.read_bytes()).hexdigest()
    out, log = tmp_path / "out.docx", tmp_path / "log.jsonl"
    r = runner.invoke(app, ["run", "Make the title bold", "--doc", str(sample_doc), "--out", str(out),
                            "--model", script(tmp_path, STEPS), "--log", str(log)])
    assert r.exit_code == 0, r.output
    assert "finished after 2 step(s)" in r.output and "step  2 click_input" in r.output and "timing" in r.output
    assert all(run.bold for run in docx.Document(str(out)).paragraphs[0].runs)
    assert hashlib.sha256(sample_doc.read_bytes()).hexdigest() == before
    lines = [json.loads(x) for x in log.read_text().splitlines()]
    assert [x["kind"] for x in lines] == ["episode", "step", "step"] and lines[0]["finished"] is True


def test_run_not_finished_exits_1(sample_doc: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    r = runner.invoke(app, ["run", "Bold it", "--doc", str(sample_doc), "--out", str(out), "--model",
                            script(tmp_path, ["garbage"] * 6), "--max-steps", "3", "--max-failures", "0"])
    assert r.exit_code == 1, r.output
    assert "not finished" in r.output and "max_steps" in r.output and out.is_file()


def test_a_request_writer_cannot_do_exits_3_and_leaves_the_document_as_it_was(sample_doc: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    fail = {"thought": "Writer cannot send e-mail", "function": "summary",
            "args": {"text": "Writer cannot send or share documents"}, "status": "FAIL", "plan": []}
    r = runner.invoke(app, ["run", "Email this to Priya", "--doc", str(sample_doc), "--out", str(out),
                            "--model", script(tmp_path, [fail])])
    assert r.exit_code == 3, r.output
    assert "cannot do this" in r.output and "Writer cannot send or share documents" in r.output
    assert out.read_bytes() == sample_doc.read_bytes()  # the document exactly as it came


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--model", "random", "--doc", "{missing}"], "document not found"),
        (["--model", "random", "--out", "{doc}"], "must differ"),
        (["--model", "random", "--out", "{tmp}/x.pdf"], "must end in .docx"),
        (["--model", "{tmp}/no-such-model"], "no such checkpoint"),
        (["--model", "random", "--confirm", "maybe"], "--confirm must be one of"),
    ],
)
def test_run_bad_input_exits_2(sample_doc: Path, tmp_path: Path, args: list[str], needle: str) -> None:
    base = {"--doc": str(sample_doc), "--out": str(tmp_path / "o.docx")}
    fill = {"{missing}": str(tmp_path / "missing.docx"), "{doc}": str(sample_doc)}
    argv = []
    for a in args:
        for k, v in fill.items():
            a = a.replace(k, v)
        argv.append(a.replace("{tmp}", str(tmp_path)))
    for opt, value in base.items():
        if opt not in argv:
            argv += [opt, value]
    r = runner.invoke(app, ["run", "Bold it", *argv])
    assert r.exit_code == 2, r.output
    assert needle in " ".join(r.output.split())


def test_serve_rejects_a_missing_checkpoint(tmp_path: Path) -> None:
    r = runner.invoke(app, ["serve", str(tmp_path / "nothing")])
    assert r.exit_code == 2 and "no such checkpoint" in " ".join(r.output.split())


def test_serve_command_answers_chat_completions(tiny_checkpoint: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    src = str(Path(lamforge.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    cmd = [sys.executable, "-c", "from lamforge.cli.agent_cmd import app; app()", "serve", str(tiny_checkpoint),
           "--port", str(port), "--device", "cpu"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, proc.stdout.read().decode()
            try:
                models = httpx.get(f"{base}/models", timeout=2).json()
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "lamforge serve did not come up"
                time.sleep(0.3)
        assert models["data"][0]["id"] == "tiny"
        r = httpx.post(f"{base}/chat/completions", timeout=30,
                       json={"messages": [{"role": "user", "content": "Make it bold"}], "max_tokens": 8})
        assert r.status_code == 200 and r.json()["usage"]["completion_tokens"] > 0
    finally:
        proc.terminate()
        proc.wait(timeout=20)

"""Careless paths fail first and clearly: --out and --log are checked before a model loads or LibreOffice
starts (exit 2), a save that fails anyway keeps the result somewhere safe and says where (exit 1), and the
same fault gets the same exit code from `lamforge run` and `lamforge app exec`."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_helpers import cli, reply, script
from typer.testing import CliRunner

NO_MODEL = "/nonexistent/checkpoint"  # were the model loaded first, this would be the error
EXEC_ACTION = '{"function": "texts"}'


def _run(report: Path, tmp_path: Path, *extra: str) -> tuple[int, str]:
    p = cli("run", "Bold it", "--doc", str(report), "--model", NO_MODEL, *extra, timeout=30)
    return p.returncode, " ".join((p.stdout + p.stderr).split())  # rich wraps long lines


def _exec(report: Path, out: str) -> tuple[int, str]:
    p = cli("app", "exec", str(report), "--out", out, EXEC_ACTION, timeout=30)
    return p.returncode, " ".join((p.stdout + p.stderr).split())


@pytest.mark.parametrize(("out", "needle"), [
    ("{tmp}", "is a directory"),
    ("{tmp}/x.odt", "must end in .docx"),
    ("/proc/lamforge-probe/out.docx", "cannot be written"),
    ("{doc}/out.docx", "not a directory"),
    ("{doc}", "must differ"),
])
def test_a_bad_out_is_refused_before_any_work_by_run_and_exec(out: str, needle: str, report: Path,
                                                              tmp_path: Path) -> None:
    target = out.replace("{tmp}", str(tmp_path)).replace("{doc}", str(report))
    code, text = _run(report, tmp_path, "--out", target)
    assert code == 2 and needle in text and "checkpoint" not in text, text
    code, text = _exec(report, target)
    assert code == 2 and needle in text, text
    assert not list(tmp_path.glob(".*.tmp.docx"))


@pytest.mark.parametrize("log", ["{tmp}", "/proc/lamforge-probe/log.jsonl"])
def test_a_bad_log_is_refused_before_any_work(log: str, report: Path, tmp_path: Path) -> None:
    code, text = _run(report, tmp_path, "--out", str(tmp_path / "o.docx"), "--log", log.replace("{tmp}", str(tmp_path)))
    assert code == 2 and "--log" in text and "checkpoint" not in text, text


@pytest.mark.parametrize("doc", ["missing.docx", "empty.docx", "garbage.docx", "folder.docx"])
def test_the_same_bad_document_exits_2_from_run_and_exec(doc: str, tmp_path: Path) -> None:
    path = tmp_path / doc
    if doc == "empty.docx":
        path.write_bytes(b"")
    elif doc == "garbage.docx":
        path.write_bytes(b"this is no zip package")
    elif doc == "folder.docx":
        path.mkdir()
    out = str(tmp_path / "o.docx")
    run = cli("run", "Bold it", "--doc", str(path), "--out", out, "--model", NO_MODEL, timeout=30)
    exe = cli("app", "exec", str(path), "--out", out, EXEC_ACTION, timeout=30)
    assert run.returncode == exe.returncode == 2, run.stdout + exe.stderr
    assert "checkpoint" not in run.stdout


def test_a_failed_save_keeps_the_result_and_says_where(report: Path, tmp_path: Path, monkeypatch) -> None:
    from lamforge.app.session import SaveFailed, WriterSession
    from lamforge.cli.agent_cmd import app

    out = tmp_path / "out.docx"
    real = WriterSession.save

    def disk_full(self, path):
        if Path(path).resolve() == out.resolve():
            raise SaveFailed(f"cannot save to {out}: no space left on device")
        return real(self, path)

    monkeypatch.setattr(WriterSession, "save", disk_full)
    monkeypatch.setenv("LAMFORGE_CACHE", str(tmp_path / "cache"))
    steps = [reply("select_text", {"text": "Paragraph 1"}), reply("click_input", name="Bold", status="FINISH")]
    r = CliRunner().invoke(app, ["run", "Bold it", "--doc", str(report), "--out", str(out), "--model",
                                 script(tmp_path / "s.jsonl", steps)])
    assert r.exit_code == 1, r.output
    kept = list((tmp_path / "cache" / "rescued").glob("out-*.docx"))
    said = "".join(r.output.split())  # rich wraps the long path
    assert len(kept) == 1 and str(kept[0]) in said and "nospaceleft" in said, r.output
    import docx

    assert any(run.bold for p in docx.Document(str(kept[0])).paragraphs for run in p.runs)
    assert not out.exists() and not list(tmp_path.glob(".*.tmp.docx"))


def test_save_fails_cleanly_where_it_cannot_write(env, report: Path, tmp_path: Path) -> None:
    from lamforge.app.session import SaveFailed

    env.reset(options={"doc": str(report)})
    for bad in (tmp_path, tmp_path / "x.odt", report / "x.docx"):
        with pytest.raises(SaveFailed, match="cannot save"):
            env.save(bad)
    assert env.save(tmp_path / "fine.docx").is_file()  # the open document survived
    assert not list(tmp_path.rglob("*.tmp.docx"))


def test_help_documents_the_exit_codes() -> None:
    for command in (["run", "--help"], ["app", "exec", "--help"]):
        text = " ".join(cli(*command).stdout.split())
        assert "0 done" in text and "2 bad input" in text and "3 refused" in text, text

"""Session robustness on real soffice: death, hangs, macros, corrupt files, side-by-side sessions."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import docx
import pytest

from lamforge.app.action import Action
from lamforge.app.env import WriterEnv
from lamforge.app.env_checker import check_env
from lamforge.app.session import SessionError, SessionInterrupted, WriterSession, props


def test_env_contract(writer_env, sample_doc):
    check_env(writer_env, sample_doc)


def test_killed_soffice_is_detected_and_recovered(writer_env, sample_doc, tmp_path):
    writer_env.reset(options={"doc": sample_doc})
    os.killpg(writer_env.session.proc.pid, signal.SIGKILL)
    time.sleep(0.2)
    res = writer_env.step(Action("click_input", control_name="Bold"))
    assert res.truncated and not res.result.ok
    assert "restarted" in res.info["interrupted"]
    writer_env.reset(options={"doc": sample_doc})
    assert writer_env.step(Action("select_text", {"text": "Costs stayed"})).result.ok
    assert writer_env.step(Action("click_input", control_name="Bold")).result.ok
    writer_env.save(tmp_path / "after.docx")
    assert any(r.bold for p in docx.Document(tmp_path / "after.docx").paragraphs for r in p.runs)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def test_hung_soffice_times_out_instead_of_hanging(sample_doc):
    env = WriterEnv(timeout=2.0)
    stopped: list[int] = []
    try:
        env.reset(options={"doc": sample_doc})
        pid = env.session.proc.pid
        stopped = _tree(pid)
        for p in stopped:
            os.kill(p, signal.SIGSTOP)
        time.sleep(0.3)
        assert all(_state(p) == "T" for p in stopped), [(p, _state(p)) for p in stopped]
        t0 = time.monotonic()
        res = env.step(Action("click_input", control_name="Bold"))
        assert time.monotonic() - t0 < 20
        assert res.truncated and "did not answer" in res.info["interrupted"]
        assert env.session.proc.pid != pid and env.session.restarts == 1
        env.reset(options={"doc": sample_doc})
        assert env.step(Action("click_input", control_name="Italic")).result.ok
    finally:
        for p in stopped:
            try:
                os.kill(p, signal.SIGKILL)
            except OSError:
                pass
        env.close()


def _macro_document(path: Path, marker: Path) -> Path:
    """An .odt whose Basic macro, bound to 'open document', writes ``marker``."""
    with WriterSession() as s:
        doc = s.call(
            s.desktop.loadComponentFromURL, "private:factory/swriter", "_blank", 0, props(Hidden=True)
        )
        doc.getText().setString("A document with a macro.")
        libs = doc.BasicLibraries
        if not libs.hasByName("Standard"):
            libs.createLibrary("Standard")
        code = (
            f'Sub Main\n  n = FreeFile\n  Open "{marker}" For Output As #n\n  Print #n, "ran"\n'
            "  Close #n\nEnd Sub\n"
        )
        lib = libs.getByName("Standard")
        if lib.hasByName("Module1"):
            lib.removeByName("Module1")
        lib.insertByName("Module1", code)
        url = "vnd.sun.star.script:Standard.Module1.Main?language=Basic&location=document"
        import uno

        value = uno.Any("[]com.sun.star.beans.PropertyValue", props(EventType="Script", Script=url))
        uno.invoke(doc.getEvents(), "replaceByName", ("OnLoad", value))
        doc.storeToURL(path.as_uri(), props(FilterName="writer8"))
        doc.close(True)
    return path


def _wait_for(path: Path, seconds: float = 2.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if path.exists():
            return True
        time.sleep(0.05)
    return False


def test_macros_never_run(tmp_path):
    from lamforge.app.session import NEVER_EXECUTE

    marker = tmp_path / "macro_ran.txt"
    doc = _macro_document(tmp_path / "macro.odt", marker)
    with WriterSession() as s:
        # control: with macros allowed, opening the document runs its macro
        d = s.call(s.desktop.loadComponentFromURL, doc.as_uri(), "_blank", 0, props(MacroExecutionMode=4))
        assert _wait_for(marker), (
            "the macro document does not trigger its macro; the test would prove nothing"
        )
        d.close(True)
        marker.unlink()
        # the session's macro mode alone (even in a visible frame) blocks it
        d = s.call(
            s.desktop.loadComponentFromURL, doc.as_uri(), "_blank", 0, props(MacroExecutionMode=NEVER_EXECUTE)
        )
        assert not _wait_for(marker, 1.0)
        d.close(True)
    env = WriterEnv()
    try:
        env.reset(options={"doc": doc})
        assert env.step(Action("texts")).result.ok
        assert not _wait_for(marker, 1.0)
    finally:
        env.close()


def test_corrupt_and_missing_documents_give_clear_errors(writer_env, tmp_path):
    bad = tmp_path / "corrupt.docx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    with pytest.raises(SessionError, match="cannot open corrupt.docx"):
        writer_env.reset(options={"doc": bad})
    with pytest.raises(SessionError, match="not found"):
        writer_env.reset(options={"doc": tmp_path / "nope.docx"})


def test_two_sessions_side_by_side(tmp_path):
    from tests.conftest import make_doc

    a = make_doc(tmp_path / "a.docx", ["Alpha text here."])
    b = make_doc(tmp_path / "b.docx", ["Beta text here."])
    with WriterEnv() as e1, WriterEnv() as e2:
        e1.reset(options={"doc": a})
        e2.reset(options={"doc": b})
        assert e1.session.proc.pid != e2.session.proc.pid
        assert e1.step(Action("select_text", {"text": "Alpha"})).result.ok
        assert e2.step(Action("select_text", {"text": "Beta"})).result.ok
        assert e1.step(Action("click_input", control_name="Bold")).result.ok
        assert e2.step(Action("click_input", control_name="Italic")).result.ok
        e1.save(tmp_path / "a_out.docx")
        e2.save(tmp_path / "b_out.docx")
    ra = docx.Document(tmp_path / "a_out.docx").paragraphs[0].runs
    rb = docx.Document(tmp_path / "b_out.docx").paragraphs[0].runs
    assert any(r.bold for r in ra) and not any(r.italic for r in ra)
    assert any(r.italic for r in rb) and not any(r.bold for r in rb)


def test_session_call_requires_start():
    with pytest.raises(SessionError, match="not started"):
        WriterSession().call(lambda: 1)


def test_interrupted_is_a_session_error():
    assert issubclass(SessionInterrupted, SessionError)

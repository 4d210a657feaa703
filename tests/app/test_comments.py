"""Documents with review comments: headless LibreOffice dies on them, so the session sets them aside."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from lamforge.app.action import Action
from lamforge.app.comments import has_comments, restore_comments, strip_comments
from lamforge.app.session import SessionError


def _commented(path: Path) -> Path:
    d = docx.Document()
    first = d.add_paragraph("The budget was approved ")
    marked = first.add_run("after a long debate")
    first.add_run(" in March.")
    d.add_paragraph("Nothing else happened.")
    d.add_comment(marked, text="Which meeting?", author="Ann Reviewer", initials="AR")
    d.save(path)
    return path


def test_an_edit_keeps_the_comments_and_the_original(writer_env, tmp_path):
    src = _commented(tmp_path / "reviewed.docx")
    before = src.read_bytes()
    writer_env.reset(options={"doc": src})
    assert writer_env.step(Action("select_text", {"text": "Nothing else happened."})).result.ok
    assert writer_env.step(Action("click_input", control_name="Bold")).result.ok
    out = writer_env.save(tmp_path / "out.docx")
    d = docx.Document(out)
    assert all(r.bold for r in d.paragraphs[1].runs if r.text)
    (c,) = list(d.comments)
    assert (c.text, c.author, c.initials) == ("Which meeting?", "Ann Reviewer", "AR")
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    start, end = xml.index("commentRangeStart"), xml.index("commentRangeEnd")
    assert "after a long debate" in xml[start:end] and "Nothing else" not in xml[start:end]
    assert src.read_bytes() == before  # the user's file is never touched
    writer_env.reset(options={"doc": src})  # and a second load from the session's cache works too
    assert writer_env.step(Action("select_text", {"text": "after a long debate"})).result.ok


def test_strip_and_restore_round_trip(tmp_path):
    work = _commented(tmp_path / "w.docx")
    assert has_comments(work)
    kept = strip_comments(work)
    assert [(k.anchor, k.text) for k in kept] == [("after a long debate", "Which meeting?")]
    assert not has_comments(work) and strip_comments(work) == []
    d = docx.Document(work)
    assert d.paragraphs[0].text == "The budget was approved after a long debate in March."
    # the anchored text is gone from the edited file: the comment survives on the first run
    d.paragraphs[0].runs[1].text = "after a debate"
    d.save(work)
    assert restore_comments(work, kept) == 0
    assert [c.text for c in docx.Document(work).comments] == ["Which meeting?"]


def test_an_odt_with_comments_is_refused_clearly(writer_env, tmp_path):
    odt = tmp_path / "c.odt"
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content><office:annotation/></office:document-content>")
    with pytest.raises(SessionError, match="has comments"):
        writer_env.reset(options={"doc": odt})

"""The control list comes from LibreOffice's real UI config; actions resolve controls robustly."""

from __future__ import annotations

from lamforge.app.action import Action
from lamforge.app.env_checker import REQUIRED_CONTROLS


def test_control_list_has_core_controls(writer_env, sample_doc):
    obs, _ = writer_env.reset(options={"doc": sample_doc})
    names = {c.control_text: c for c in obs.controls}
    for n in REQUIRED_CONTROLS:
        assert n in names, n
    assert names["Font Size"].control_type == "ComboBox"
    assert names["Bold"].command == ".uno:Bold"
    assert not names["Save"].enabled  # would overwrite the document: listed, but refused
    assert len(obs.controls) > 300  # toolbars + the whole menubar
    assert obs.doc.paragraphs[0].text == "Quarterly Report"


def test_selected_state_follows_selection(writer_env, sample_doc):
    writer_env.reset(options={"doc": sample_doc})
    writer_env.step(Action("select_text", {"text": "budget"}))
    bold = writer_env.find_control(command=".uno:Bold")
    assert bold is not None and not bold.selected
    obs = writer_env.step(Action("click_input", control_name="Bold")).observation
    assert next(c for c in obs.controls if c.command == ".uno:Bold").selected
    assert obs.doc.selection == "budget"


def test_label_name_and_fuzzy_resolution(writer_env, sample_doc):
    obs, _ = writer_env.reset(options={"doc": sample_doc})
    italic = next(c for c in obs.controls if c.control_text == "Italic")
    writer_env.step(Action("select_text", {"text": "budget"}))
    assert writer_env.step(Action("click_input", control_label=italic.label)).result.ok
    r = writer_env.step(Action("click_input", control_label=italic.label, control_name="Bold")).result
    assert r.ok and r.info["control"] == "Bold" and "used 'Bold'" in r.info["resolution"]
    r = writer_env.step(Action("click_input", control_name="Underlined")).result
    assert r.ok and r.info["control"] == "Underline"
    r = writer_env.step(Action("click_input", control_label="99999", control_name="Frobnicate")).result
    assert not r.ok and "no control" in r.message
    center = next(c for c in obs.controls if c.control_text == "Align Center")
    r = writer_env.step(Action("click_input", control_label=center.label, control_name="Align Right")).result
    assert r.ok and r.info["control"] == "Align Right"  # a near name is still the name that was meant


def test_failures_are_messages_not_exceptions(writer_env, sample_doc):
    writer_env.reset(options={"doc": sample_doc})
    cases = [
        Action("click_input", control_name="Save"),
        Action("set_edit_text", {"text": "14"}, control_name="Bold"),
        Action("set_edit_text", {"text": "huge"}, control_name="Font Size"),
        Action("set_edit_text", {"text": "Heading 99"}, control_name="Paragraph Style"),
        Action("select_text", {"text": "words that are nowhere"}),
        Action("insert_table", {"rows": 0, "columns": 3}),
        Action("keyboard_input", {"keys": "^s"}),
        Action("keyboard_input", {"keys": "{F13}"}),
        Action("click_input"),
    ]
    for a in cases:
        r = writer_env.step(a).result
        assert not r.ok and r.message, a
    assert writer_env.step({"function": "click_input", "args": {"button": 3}}).result.ok is False


def test_dialog_scopes_the_control_list(writer_env, sample_doc):
    writer_env.reset(options={"doc": sample_doc})
    obs = writer_env.step(Action("click_input", control_name="Insert Table")).observation
    assert [c.control_text for c in obs.controls] == ["Rows", "Columns", "Insert", "Cancel"]
    r = writer_env.step(Action("click_input", control_name="Bold")).result
    assert not r.ok and "dialog is open" in r.message
    obs = writer_env.step(Action("click_input", control_name="Cancel")).observation
    assert len(obs.controls) > 300


def test_commands_that_abort_headless_soffice_are_refused(writer_env, sample_doc):
    # Insert Comment and Apply and Edit Changes crashed soffice when a random agent clicked them
    obs, _ = writer_env.reset(options={"doc": sample_doc})
    for name in ("Insert Comment", "Apply and Edit Changes"):
        c = next(c for c in obs.controls if c.control_text == name)
        assert not c.enabled
        res = writer_env.step(Action("click_input", control_label=c.label, control_name=name))
        assert not res.truncated and not res.result.ok and "not available" in res.result.message
    assert writer_env.step(Action("texts")).result.ok

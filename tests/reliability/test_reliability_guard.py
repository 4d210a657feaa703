"""CONFIRM cannot be bypassed: whatever the keys, `lamforge run --confirm no` leaves the document intact.

Every probe of issue 19 (and a few more ways to the same end) runs through the real CLI with a scripted
model; legitimate deletions (a sentence, a named paragraph, a word) must still go through.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from reliability_helpers import PARAS, TABLE_TEXT, cli, reply, script, texts

from lamforge.agent.backends import ScriptedBackend
from lamforge.agent.episode_runner import run_episode

FINISH = reply("summary", {"text": "done"}, status="FINISH", name="")
KEYS = "keyboard_input"
BYPASSES = {
    "ctrl-home shift-ctrl-end delete": [reply(KEYS, {"keys": "^{HOME}+^{END}{DELETE}"})],
    "ctrl-home shift-pgdn x10 delete": [reply(KEYS, {"keys": "^{HOME}+{PGDN 10}{DELETE}"})],
    "ctrl-home shift-down x50 backspace": [reply(KEYS, {"keys": "^{HOME}+{DOWN 50}{BACKSPACE}"})],
    "ctrl-a delete": [reply(KEYS, {"keys": "^a{DELETE}"})],
    "select_all then typing": [reply("select_all"), reply(KEYS, {"keys": "replaced"})],
    "select_all then delete": [reply("select_all"), reply(KEYS, {"keys": "{DELETE}"})],
    "selection by keys, delete next step": [reply(KEYS, {"keys": "^{HOME}+^{END}"}), reply(KEYS, {"keys": "{DELETE}"})],
    "paragraphs selected by keys, deleted next step": [reply(KEYS, {"keys": "^{HOME}+{DOWN 6}"}),
                                                       reply(KEYS, {"keys": "{DELETE}"})],
    "cut everything": [reply(KEYS, {"keys": "^{HOME}+^{END}^x"})],
    "wipe then redo": [reply(KEYS, {"keys": "^{HOME}+^{END}{DELETE}"}), reply(KEYS, {"keys": "^y"})],
    "one paragraph at a time": [reply(KEYS, {"keys": "^{HOME}+^{DOWN}{DELETE}{DELETE}"})] * 6,
    "cut the selected table": [reply("select_table", {"number": 1}), reply(KEYS, {"keys": "^x"})],
    "cut the selected table (menu)": [reply("select_table", {"number": 1}), reply("click_input", name="Cut")],
}


def _log_steps(log: Path) -> list[dict]:
    return [x for x in map(json.loads, log.read_text().splitlines()) if x["kind"] == "step"]


@pytest.mark.parametrize("name", list(BYPASSES))
def test_no_bypass_destroys_the_document_with_confirm_no(name: str, report: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(report.read_bytes()).hexdigest()
    out, log = tmp_path / "out.docx", tmp_path / "log.jsonl"
    model = script(tmp_path / "s.jsonl", [*BYPASSES[name], FINISH])
    p = cli("run", "Tidy the report", "--doc", str(report), "--out", str(out), "--model", model, "--confirm", "no",
            "--log", str(log), "--max-failures", "0")
    assert p.returncode == 0, p.stdout + p.stderr  # the model said FINISH after its refused steps
    paras, tables = texts(out)
    kept = [t for t in PARAS if t in paras]
    assert tables == 1 and len(kept) >= len(PARAS) - 1, (name, paras)  # one unseen short paragraph at most
    steps = _log_steps(log)
    refused = [s for s in steps if s["error"] == "refused"]
    assert refused, [s["message"] for s in steps]
    assert all("CONFIRM" in s["message"] or "refused by policy" in s["message"] for s in refused)
    assert hashlib.sha256(report.read_bytes()).hexdigest() == before


def test_confirm_yes_lets_a_measured_wipe_through(report: Path, tmp_path: Path) -> None:
    out, log = tmp_path / "out.docx", tmp_path / "log.jsonl"
    model = script(tmp_path / "s.jsonl", [reply(KEYS, {"keys": "^{HOME}+^{END}{DELETE}"}), FINISH])
    p = cli("run", "Clear the report", "--doc", str(report), "--out", str(out), "--model", model, "--confirm", "yes",
            "--log", str(log))
    assert p.returncode == 0, p.stdout + p.stderr
    assert texts(out) == ([], 0)
    first = _log_steps(log)[0]
    assert first["ok"] and first["confirm"] == "yes" and first["info"]["guard"]["confirmed"] is True


LEGIT = {
    "a sentence": [reply("select_text", {"text": PARAS[2]}), reply(KEYS, {"keys": "{DELETE}"})],
    "the named paragraph (structural)": [reply("select_paragraphs", {"start": 3}), reply(KEYS, {"keys": "{DELETE}"})],
    "two named paragraphs": [reply("select_paragraphs", {"start": 2, "end": 3}), reply(KEYS, {"keys": "{DELETE}"})],
    "a word, by Backspace": [reply("select_text", {"text": "worth"}), reply(KEYS, {"keys": "{BACKSPACE}"})],
    "typing over a selection": [reply("select_text", {"text": "ordinary"}), reply(KEYS, {"keys": "plain"})],
    "a few Backspaces": [reply(KEYS, {"keys": "^{END}{BACKSPACE 12}"})],
    "a table's contents, selected": [reply("select_table", {"number": 1}), reply(KEYS, {"keys": "{DELETE}"})],
    "everything to upper case": [reply("select_all"), reply("click_input", name="UPPERCASE")],
    "replace all": [reply("click_input", name="Find & Replace"),
                    reply("set_edit_text", {"text": "report"}, name="Find"),
                    reply("set_edit_text", {"text": "memo"}, name="Replace"), reply("click_input", name="Replace All")],
}


@pytest.mark.parametrize("name", list(LEGIT))
def test_legitimate_deletions_go_through_without_a_question(name: str, env, report: Path) -> None:
    asked: list[str] = []
    backend = ScriptedBackend([*LEGIT[name], FINISH])
    res = run_episode(env, backend, "Edit the report", report, confirm="ask", ask=lambda q: asked.append(q) or False)
    assert res.finished and all(s.ok for s in res.steps), [(s.action, s.message) for s in res.steps]
    assert not asked and all(s.confirm == "" for s in res.steps)
    assert env.session.doc.getTextTables().getCount() == 1


def test_a_refused_action_is_undone_exactly(env, report: Path, tmp_path: Path) -> None:
    from lamforge.app.action import Action

    env.reset(options={"doc": str(report)})
    before = env.texts()
    r = env.step(Action(KEYS, {"keys": "^{HOME}+{DOWN 50}{BACKSPACE}"})).result
    assert not r.ok and r.message.startswith("needs CONFIRM") and r.info["guard"]["undone"] is True
    assert env.texts() == before
    r = env.step(Action(KEYS, {"keys": "^y"})).result  # Redo cannot bring it back
    assert env.texts() == before
    saved, _ = texts(env.save(tmp_path / "o.docx"))
    assert saved == [*PARAS[:5], *PARAS[5:]] and TABLE_TEXT in env.texts()

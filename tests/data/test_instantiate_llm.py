"""LLM instantiation against a real OpenAI-compatible HTTP server on 127.0.0.1 and real LibreOffice controls.

The server answers the first request about a bold task with prose (invalid), then with a valid
rephrasing and plan on the live control list; every answer about the table task names a control
that does not exist, so that task is retried, then dropped and counted.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from fake_chat_server import chat_server

from lamforge.app.observation import Control
from lamforge.data.instantiate.instantiate import run, summary_path
from lamforge.data.instantiate.instantiate_config import InstantiateConfig
from lamforge.data.instantiate.llm import validate_reply
from lamforge.tasks.generate import read_jsonl
from lamforge.tasks.registry import task_from_dict

BOLD = {"task_id": "p_bold", "task": "Make text bold in a Writer document", "source": "helpdoc",
        "plan": ["Select the text that you want to make bold.", "Click the Bold icon on the Formatting bar."],
        "provenance": {"title": "Bold"}}
TABLE = {"task_id": "p_table", "task": "Select the whole table and make all of its text bold", "source": "helpdoc",
         "plan": ["Click in the table and press Ctrl+A twice.", "Click the Bold icon."], "provenance": {}}


def _field(user: str, name: str) -> str:
    return re.search(rf"^<{name}>: (.*)$", user, re.MULTILINE).group(1)


class FakeOpenAI:
    """Scripted chat-completions endpoint keyed on the concrete task it is asked about."""

    def __init__(self) -> None:
        self.attempts: Counter[str] = Counter()

    def answer(self, body: dict) -> str:
        user = body["messages"][-1]["content"]
        concrete = _field(user, "Concrete Task")
        controls = json.loads(_field(user, "Doc Control State"))
        self.attempts[concrete] += 1
        if "table" in concrete.lower():
            plan = [{"step": "open it", "controlLabel": "", "controlText": "Frobnicate", "function": "click_input",
                     "args": {}}]
            return json.dumps({"new_task": concrete, "actions_plan": plan})
        if self.attempts[concrete] == 1:
            return "Sure! I will make it bold."
        bold = next(c for c in controls if c["control_text"] == "Bold")
        target = re.search(r"[\"'](.+?)[\"']", concrete).group(1)
        plan = [
            {"step": "select the text", "controlLabel": "", "controlText": "", "function": "select_text",
             "args": {"text": target}},
            {"step": "click Bold", "controlLabel": bold["label"], "controlText": "Bold", "function": "click_input",
             "args": {"button": "left", "double": False}},
        ]
        return "```json\n" + json.dumps({"thought": "t", "new_task": f"In the document, {concrete}",
                                         "actions_plan": plan}) + "\n```"


@pytest.fixture()
def server():
    fake = FakeOpenAI()
    with chat_server(lambda body, headers: (200, fake.answer(body))) as url:
        yield url, fake


def test_llm_rephrases_with_retry_and_drops_invalid(tmp_path, server):
    url, fake = server
    plans = tmp_path / "plans.jsonl"
    plans.write_text(json.dumps(BOLD) + "\n" + json.dumps(TABLE) + "\n")
    out = tmp_path / "tasks.jsonl"
    run(InstantiateConfig(plans=plans, out=out, matcher="tfidf", llm_base_url=url, llm_model="m",
                          llm_max_retries=2, progress=False))
    (rec,) = read_jsonl(out)
    inst = rec["instantiation"]
    assert rec["family"] == "bold" and rec["request"] == f"In the document, {inst['family_request']}"
    assert inst["llm"]["attempts"] == 2 and [s["Function"] for s in inst["llm"]["actions_plan"]] == [
        "select_text", "click_input"]
    assert rec["phrasing"]["pool"] == "llm"
    assert task_from_dict(rec).is_successful(rec["template_path"]) == 0.0
    summary = json.loads(summary_path(out).read_text())
    assert summary["dropped"] == {"llm_unknown_control": 1} and summary["tasks"] == 1
    assert sorted(fake.attempts.values()) == [2, 3]  # 1 invalid + 1 valid; 1 + 2 retries, all invalid


CONTROLS = [Control("1", "Document", "Document"), Control("39", "Bold", "Button")]


@pytest.mark.parametrize(("reply", "reason"), [
    ({"new_task": "  ", "actions_plan": []}, "empty_task"),
    ({"new_task": "Bold the words please", "actions_plan": [{"function": "click_input"}]}, "lost_value"),
    ({"new_task": "Bold 'Harbor Lights'", "actions_plan": []}, "empty_plan"),
    ({"new_task": "Bold 'Harbor Lights'", "actions_plan": [{"function": "fly"}]}, "unknown_function"),
    ({"new_task": "Bold 'Harbor Lights'", "actions_plan": [{"function": "click_input", "controlLabel": "1",
                                                             "controlText": "Bold"}]}, "label_mismatch"),
    ({"new_task": "Bold 'Harbor Lights'", "actions_plan": [{"function": "select_text", "args": {}}]}, "bad_args"),
])
def test_validate_reply_rejects(reply, reason):
    assert validate_reply(reply, "Make 'Harbor Lights' bold.", ["Harbor Lights"], CONTROLS) == (None, reason)


def test_validate_reply_accepts_the_papers_newline_plan():
    plan = '{"step": "s", "controlLabel": "39", "controlText": "Bold", "function": "click_input", "args": {}}'
    got, reason = validate_reply({"New_task": "Bold 'Harbor Lights'", "Actions_plan": plan},
                                 "Make 'Harbor Lights' bold.", ["Harbor Lights"], CONTROLS)
    assert reason is None and got["actions_plan"][0]["ControlLabel"] == "39"

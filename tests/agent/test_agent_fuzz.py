"""Fuzz: ≥ 10,000 random and mutated model outputs through the parse → validate → confirm → memory path."""

from __future__ import annotations

import json
import random

import pytest

from lamforge.agent.confirm import confirmation_reason
from lamforge.agent.decide import interpret
from lamforge.agent.episode_runner import StepHistory
from lamforge.app.observation import Control
from lamforge.prompting.format import build_step_messages

CONTROLS = [Control("1", "Document", "Document", path="Document"),
            Control("39", "Bold", "Button", ".uno:Bold"),
            Control("73", "Select All", "MenuItem", ".uno:SelectAll"),
            Control("80", "Font Size", "ComboBox", ".uno:FontHeight")]
GOOD = [
    {"thought": "t", "control_label": "1", "control_name": "Document", "function": "select_text",
     "args": {"text": "Quarterly Report"}, "status": "CONTINUE", "plan": ["Click Bold"]},
    {"thought": "t", "control_label": "39", "control_name": "Bold", "function": "click_input",
     "args": {"button": "left", "double": False}, "status": "FINISH", "plan": []},
    {"thought": "t", "control_label": "80", "control_name": "Font Size", "function": "set_edit_text",
     "args": {"text": "14"}, "status": "CONTINUE", "plan": []},
    {"thought": "t", "control_label": "1", "control_name": "Document", "function": "insert_table",
     "args": {"rows": 2, "columns": 3}, "status": "CONTINUE", "plan": "1. fill it\n2. done"},
    {"thought": "t", "control_label": "1", "control_name": "Document", "function": "keyboard_input",
     "args": {"keys": "^a{DELETE}"}, "status": "CONFIRM", "plan": []},
]
# ast.literal_eval warns about odd escapes in fuzzed text (SyntaxWarning from Python 3.12 on).
pytestmark = pytest.mark.filterwarnings("ignore:invalid escape sequence")
ALPHABET = list('{}[]":,\'\\ \n\t`') + list("abcxyzFINISH0123456789") + ["\u201c", "\u2019", "\x00", "é", "\ud7ff"]
WEIRD_VALUES = [None, True, 0, -1, 1e308, float("nan"), "", "x" * 500, [], {}, [1, [2]], {"a": {"b": None}}]
WRAPPERS = ["```json\n{}\n```", "Sure! Here is the action: {} Hope that helps.", "{}{}", "<s>{}</s>", "{} trailing"]


def mutate(rng: random.Random, text: str) -> str:
    """One random edit of a reply: truncation, character noise, wrappers, key or value damage."""
    op = rng.randrange(9)
    if op == 0:
        return text[: rng.randrange(len(text) + 1)]
    if op == 1:
        i = rng.randrange(len(text) + 1)
        return text[:i] + "".join(rng.choices(ALPHABET, k=rng.randint(1, 5))) + text[i:]
    if op == 2 and text:
        i = rng.randrange(len(text))
        return text[:i] + text[i + rng.randint(1, 4):]
    if op == 3:
        return rng.choice(WRAPPERS).replace("{}", text, 1)
    if op == 4:
        return text.replace('"', "'")
    if op == 5:
        return text.replace(rng.choice(['"args"', '"function"', '"status"', '"plan"', '"control_label"']),
                            rng.choice(['"Args"', '"Function"', '"stat"', '"ControlText"', '"x"']))
    if op == 6:
        return "{" * rng.randint(1, 3000) + text
    if op == 7:
        return text.replace("true", "True").replace("false", "False").replace("[]", "None")
    return text.upper() if rng.random() < 0.5 else text[::-1]


def damaged_object(rng: random.Random) -> str:
    """A valid-looking object with random keys given strange values."""
    d = dict(rng.choice(GOOD))
    for key in rng.sample(list(d), rng.randint(1, 3)):
        d[key] = rng.choice(WEIRD_VALUES)
    if rng.random() < 0.3:
        d["function"] = rng.choice(["fly", "click", "CLICK_INPUT", "texts", "summary", "select_table"])
    if rng.random() < 0.3:
        d["args"] = {rng.choice(["text", "keys", "number", "rows", "zz"]): rng.choice(WEIRD_VALUES)}
    return json.dumps(d, allow_nan=True)


PY_VALUES = ["{1, 2}", "b'x'", "3j", "(1, 2)", "{(1,): 2}", "frozenset()", "...", "[{'a': {1}}]"]


def python_literal(rng: random.Random) -> str:
    """A Python-literal reply (single quotes) holding values JSON cannot carry."""
    d = rng.choice(GOOD)
    key = rng.choice(["'text'", "'keys'", "'rows'", "'number'", "(1, 2)"])
    args = f"{{{key}: {rng.choice(PY_VALUES)}}}"
    return (f"{{'function': {d['function']!r}, 'control_name': 'Bold', 'args': {args}, "
            f"'status': 'CONTINUE', 'plan': [{rng.choice(PY_VALUES)}]}}")


def random_text(rng: random.Random) -> str:
    return "".join(rng.choices(ALPHABET, k=rng.randint(0, 80)))


def outputs(n: int, seed: int = 0):
    rng = random.Random(seed)
    for i in range(n):
        kind = i % 5
        if kind == 0:
            yield random_text(rng)
        elif kind == 1:
            yield damaged_object(rng)
        elif kind == 2:
            yield python_literal(rng)
        else:
            text = json.dumps(rng.choice(GOOD))
            for _ in range(rng.randint(1, 3)):
                text = mutate(rng, text)
            yield text


def test_fuzz_parse_validate_confirm_memory_never_raises() -> None:
    memory = StepHistory()
    counts = {"ok": 0, "parse": 0, "action": 0}
    n = 0
    for n, text in enumerate(outputs(12_000), 1):
        it = interpret(text)
        counts[it.error or "ok"] += 1
        if it.action is None:
            assert it.error in ("parse", "action") and it.reason
            out = it.output
            memory.add(n, out.function if out else "", out.args if out else {}, "", False, it.reason)
        else:
            assert it.output is not None
            confirmation_reason(it.output.status, it.action, CONTROLS)
            memory.add(n, it.action.function, it.action.args, it.action.control_name, True, "ok")
        if it.output is not None:  # what the loop logs and remembers must stay JSON
            json.dumps(it.output.to_json())
            memory.plan = it.output.plan
        assert memory.history[-1].render()
        if n % 1000 == 0:  # the prompt of the next step renders whatever memory holds
            msgs = build_step_messages("Make the title bold", CONTROLS, memory.history[-20:], memory.plan)
            assert "<Previous Actions:>" in msgs[1]["content"]
            memory.history.clear()
    assert n >= 10_000
    # The mix really exercises every branch: usable replies, unreadable ones and invalid actions.
    assert min(counts.values()) > 500, counts


def test_good_outputs_survive_common_slips() -> None:
    for good in GOOD:
        text = json.dumps(good)
        for variant in (text, f"```json\n{text}\n```", f"Action: {text} done", text.replace('"', "'")
                        .replace("False", "false")):
            it = interpret(variant)
            assert it.action is not None, (variant, it.reason)
            assert it.action.function == good["function"] and it.output.status == good["status"]


def test_confirmation_flags_destructive_actions() -> None:
    it = interpret(json.dumps(GOOD[4]))
    assert "model asked" in confirmation_reason(it.output.status, it.action, CONTROLS)
    from lamforge.app.observation import DocState, Paragraph

    click_all = interpret('{"function": "click_input", "control_label": "73", "control_name": "Select All"}')
    assert confirmation_reason("CONTINUE", click_all.action, CONTROLS) == ""  # selecting deletes nothing
    wipe = interpret('{"function": "keyboard_input", "args": {"keys": "^a{BACKSPACE}"}}')
    assert "whole document" in confirmation_reason("CONTINUE", wipe.action, CONTROLS)
    delete = interpret('{"function": "keyboard_input", "args": {"keys": "{DELETE}"}}')
    everything = DocState((Paragraph("Only text"),), (), "Only text")
    assert "whole document" in confirmation_reason("CONTINUE", delete.action, CONTROLS, everything)
    some = DocState((Paragraph("Only text"), Paragraph("More text here")), (), "Only")
    assert confirmation_reason("CONTINUE", delete.action, CONTROLS, some) == ""
    bold = interpret(json.dumps(GOOD[1]))
    assert confirmation_reason("CONTINUE", bold.action, CONTROLS) == ""


def test_fuzzed_replies_through_the_real_loop(env, sample_doc) -> None:
    """The same mix, replayed through run_episode on real LibreOffice: every step ends as a record."""
    from lamforge.agent.backends import ScriptedBackend
    from lamforge.agent.episode_runner import run_episode

    replies = list(outputs(160, seed=1))
    res = run_episode(env, ScriptedBackend(replies), "Make the title bold", sample_doc, max_steps=80,
                      max_failures=None, confirm="no")
    assert res.stop_reason in ("finish", "max_steps", "model_error")
    assert res.n_steps >= 20
    errors = {s.error for s in res.steps}
    assert {"parse", "action"} <= errors
    for s in res.steps:
        assert s.ok == (s.error == ""), s
        assert json.dumps(s.to_dict(), default=str)

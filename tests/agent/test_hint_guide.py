"""The hint guide: the memory's skeleton steers a reply's fields (real tokenizer, real logits processor)."""

from __future__ import annotations

import pytest
import torch

from lamforge.agent.backends.copy_logits import CopyLogitsProcessor, token_strings
from lamforge.app.observation import Control
from lamforge.guidance.document_guard import DocumentGuard
from lamforge.guidance.hint_guide import done_steps, failed_selections, prompt_labels, step_target
from lamforge.prompting.format import AgentOutput, HistoryStep, build_step_messages

REQUEST = "Please put 'Quarterly Report' in heavy type"
SKELETON = 'select_text quote 1; click_input "Bold"'


@pytest.fixture(scope="module")
def tok(tiny_checkpoint):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(tiny_checkpoint))


def _decode_flat(tok, prefix: str, target, n: int = 300) -> str:
    """Greedy decoding on all-zero logits: only the guard and the guide choose tokens."""
    guard = DocumentGuard(token_strings(tok))
    ids = tok.encode(prefix, add_special_tokens=False)
    proc = CopyLogitsProcessor(guard, tok, [DocumentGuard.candidates(REQUEST)], 0, [target], bias=50.0)
    for _ in range(n):
        scores = proc(torch.tensor([ids]), torch.zeros(1, len(tok)))
        ids.append(int(scores[0].argmax()))
        if '"plan": [' in tok.decode(ids):
            break
    return tok.decode(ids)


def test_the_step_after_one_success_is_the_skeletons_second_entry():
    controls = [Control("1", "Document", "Document"), Control("39", "Bold", "Button")]
    history = [HistoryStep(1, "select_text", {"text": "Quarterly Report"}, "", True)]
    user = build_step_messages(REQUEST, controls, history, ["Click Bold"])[1]["content"]
    assert done_steps(user) == 1 and prompt_labels(user)["Bold"] == "39"
    target = step_target(SKELETON, REQUEST, done_steps(user), prompt_labels(user))
    assert (target.function, target.control_name, target.control_label, target.status) == \
        ("click_input", "Bold", "39", "FINISH")
    failed = [HistoryStep(1, "select_text", {"text": "x"}, "", False, "not found")]
    assert done_steps(build_step_messages(REQUEST, controls, failed)[1]["content"]) == 0  # retried, same entry
    assert step_target(SKELETON, REQUEST, 2) is None


def test_a_selection_that_failed_moves_to_the_requests_other_quote():
    request = "Follow the paragraph “Rents are due monthly.” with “Pets are welcome.”"
    skeleton = "select_text quote 2; keyboard_input ^{DOWN}; keyboard_input {ENTER}; keyboard_input quote 1"
    controls = [Control("1", "Document", "Document")]
    assert step_target(skeleton, request, 0).text == "Pets are welcome."  # the known task quoted the other way
    history = [HistoryStep(1, "select_text", {"text": "Pets are welcome."}, "", False, "text not found")]
    user = build_step_messages(request, controls, history)[1]["content"]
    assert failed_selections(user) == {"Pets are welcome."}
    assert step_target(skeleton, request, done_steps(user), failed=failed_selections(user)).text == \
        "Rents are due monthly."


def test_the_guide_writes_the_skeletons_fields_where_the_model_has_no_preference(tok):
    target = step_target(SKELETON, REQUEST, 1, {"Bold": "39"})
    text = _decode_flat(tok, '{"thought": "Click Bold",', target)
    out = AgentOutput.parse(text.split('"plan": [')[0] + '"plan": []}')
    assert (out.control_label, out.control_name, out.function, out.args, out.status) == \
        ("39", "Bold", "click_input", {}, "FINISH")


def test_the_guide_picks_which_quote_a_select_copies(tok):
    request = "Replace 'old words' with 'new words'"
    target = step_target("select_text quote 2", request, 0, {})
    guard = DocumentGuard(token_strings(tok))
    ids = tok.encode('{"thought": "Select", "control_label": "", "control_name": "", "function": "select_text",'
                     ' "args": {"text":', add_special_tokens=False)
    proc = CopyLogitsProcessor(guard, tok, [DocumentGuard.candidates(request)], 0, [target], bias=50.0)
    for _ in range(80):
        ids.append(int(proc(torch.tensor([ids]), torch.zeros(1, len(tok)))[0].argmax()))
        if tok.decode(ids).endswith("}"):
            break
    assert '"text": "new words"' in tok.decode(ids)


def test_no_target_no_bias(tok):
    guard = DocumentGuard(token_strings(tok))
    proc = CopyLogitsProcessor(guard, tok, [None], 0, [None], bias=50.0)
    ids = tok.encode('{"thought": "x", "control_name":', add_special_tokens=False)
    scores = torch.randn(1, len(tok))
    assert torch.equal(proc(torch.tensor([ids]), scores.clone()), scores)


def test_a_selection_the_request_spells_out_is_written_whole(tok):
    request = "bold row 1 of table 1"
    target = step_target(SKELETON, request, 0, {})
    guard = DocumentGuard(token_strings(tok))
    ids = tok.encode('{"thought": "Select", "control_label": "", "control_name": "", "function":',
                     add_special_tokens=False)
    proc = CopyLogitsProcessor(guard, tok, [DocumentGuard.candidates(request)], 0, [target], bias=50.0)
    for _ in range(60):
        ids.append(int(proc(torch.tensor([ids]), torch.zeros(1, len(tok)))[0].argmax()))
        if tok.decode(ids).count("}") >= 1:
            break
    assert '"function": "select_cells", "args": {"table": 1, "row": 1}' in tok.decode(ids)

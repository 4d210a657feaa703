"""The copy guard: text arguments can only copy the request's quoted texts, token by token."""

from __future__ import annotations

import torch

from lamforge.agent.backends.copy_logits import CopyLogitsProcessor, token_strings
from lamforge.guidance.document_guard import DocumentGuard
from lamforge.prompting.format import build_step_messages, request_from_messages
from lamforge.text.quotes import quoted_texts

PREFIX = '{"thought": "Select the text", "control_label": "", "control_name": "", "function": "select_text", '


def test_quoted_texts_ignores_apostrophes_and_reads_curly_quotes():
    assert quoted_texts("I'd like 'Salt Road' slanted, it's fine") == ["Salt Road"]
    assert quoted_texts("Render \u201csmaller murals since\u201d bold and \u2018x y\u2019") == [
        "smaller murals since", "x y"]
    assert quoted_texts('Replace "a \'b\' c" now') == ["a 'b' c"]
    assert quoted_texts("Make the title bold") == []


def test_allowed_tokens_follow_the_quote_and_close_only_on_a_whole_copy():
    toks = ["Book", " a", " coffee", " cof", '"', '"}', '"},', '".', " tea", "Bo", "{", "^{", "x"]
    guard = DocumentGuard(toks)
    cands = guard.candidates('Cross out "Book a coffee" please')
    assert cands.quoted == ("Book a coffee",)
    start = guard.allowed(PREFIX + '"args": {"text": "', cands)
    assert {toks[i] for i in start} == {"Book", "Bo"}
    mid = guard.allowed(PREFIX + '"args": {"text": "Book a', cands)
    assert {toks[i] for i in mid} == {" coffee", " cof"}
    end = guard.allowed(PREFIX + '"args": {"text": "Book a coffee', cands)
    assert {toks[i] for i in end} == {'"', '"}', '"},'}  # only the closings the training data uses
    # outside a guarded argument, and for requests without quotes, nothing is constrained
    assert guard.allowed('{"thought": "', cands) is None
    assert guard.allowed(PREFIX + '"args": {"text": "', guard.candidates("Make the title bold")) is None


def test_keys_may_be_a_quote_or_a_key_sequence():
    toks = ["Late", " news", ".", '"', "{", "^{", "14", "He", "WN", "}", "x", '{"']
    guard = DocumentGuard(toks)
    cands = guard.candidates("Add the sentence 'Late news.' at the end")
    assert " Late news." in cands.quoted  # a quoted sentence may be typed after a space
    keys = '"function": "keyboard_input", "args": {"keys": "'
    assert {toks[i] for i in guard.allowed(keys, cands)} == {"Late", "{", "^{"}  # not '{"': no key starts so
    # a key sequence follows the key grammar and closes only when whole
    assert {toks[i] for i in guard.allowed(keys + "^{DO", cands)} == {"WN", "}", "14"}
    assert {toks[i] for i in guard.allowed(keys + "^{DOWN}", cands)} == {'"', "{", "^{"}


def test_the_skeleton_after_the_arguments_is_forced():
    toks = [", ", '"', "status", '":', " \"", "CONTIN", "UE", "FIN", "ISH", '", "', "plan", " [", "Click", "}, "]
    guard = DocumentGuard(toks)
    cands = guard.candidates("Make 'x' bold")
    # close the object, or go on to an argument select_text also takes (", " starts ', "within": ...')
    assert {toks[i] for i in guard.allowed(PREFIX + '"args": {"text": "x"', cands)} == {"}, ", ", "}
    done = PREFIX + '"args": {"text": "x"}'
    assert {toks[i] for i in guard.allowed(done, cands)} == {", "}
    assert {toks[i] for i in guard.allowed(done + ', "status": "', cands)} == {"CONTIN", "FIN"}
    assert guard.allowed(done + ', "status": "FINISH", "plan": [', cands) is None  # the plan is free


def test_value_boxes_copy_words_of_the_request_or_a_known_value():
    toks = ["dark", " green", " blue", '"', "22", "14", "2", ".", "5", "Land", "scape", "Heading", " 3", " 2"]
    guard = DocumentGuard(toks)
    edit = '"function": "set_edit_text", "args": {"text": "'

    def nxt(request, value):
        return {toks[i] for i in guard.allowed(edit + value, guard.candidates(request))}

    assert nxt("Make 'x' dark green", "dark") == {" green", '"'}  # "dark blue" is not in the request
    assert "14" not in nxt("Resize 'x' to size 22.", "") and "22" in nxt("Resize 'x' to size 22.", "")
    assert nxt("Set spacing of 'x' to 2.5", "2") == {".", '"'}  # "2" is also a known spacing value
    assert "Land" in nxt("Switch to landscape", "")  # "Landscape" is a known value
    assert nxt("Make 'x' a level 3 heading", "Heading") >= {" 3", " 2"}


def test_request_is_read_back_from_step_messages():
    msgs = build_step_messages("Make 'Hi there' bold", [], [], [])
    assert request_from_messages(msgs) == "Make 'Hi there' bold"


def test_processor_forces_an_exact_copy_against_adversarial_scores(tiny_backend):
    """Random logits through the processor, greedily decoded, still spell the quoted text exactly."""
    tok = tiny_backend.tokenizer
    guard = DocumentGuard(token_strings(tok))
    text, proc = _decode_against_random_scores(tok, guard, "Please cross out 'Quarterly Report' in the document.", 0)
    assert '"text": "Quarterly Report"' in text
    assert proc.masked_steps >= 2


def _decode_against_random_scores(tok, guard, request: str, seed: int) -> tuple[str, CopyLogitsProcessor]:
    """Greedy decoding of a select_text argument through the guard, with random logits; the reply and processor."""
    prompt = tok.encode("<User Request:> " + request, add_special_tokens=False)
    ids = prompt + tok.encode(PREFIX + '"args": {"text": "', add_special_tokens=False)
    proc = CopyLogitsProcessor(guard, tok, [DocumentGuard.candidates(request)], len(prompt))
    gen = torch.Generator().manual_seed(seed)
    for _ in range(40):
        nxt = int(proc(torch.tensor([ids]), torch.randn(1, len(tok), generator=gen))[0].argmax())
        ids.append(nxt)
        if '"' in tok.decode([nxt]):
            break
    return tok.decode(ids[len(prompt):]), proc


def test_characters_spelt_by_byte_tokens_are_guarded_too(tiny_backend):
    """A text with characters the tokenizer writes byte by byte ("£", "ë", "’") is still copied exactly.

    Each byte token alone decodes to nothing readable; before the guard read them as their bytes it allowed no
    token at all there, stood aside, and the model wrote remembered text ("fifteen during" for "£1.20").
    """
    tok = tiny_backend.tokenizer
    guard = DocumentGuard(token_strings(tok))
    for quoted in ("\u00a31.20", "Zo\u00eb Mart\u00edn", "don\u2019t just send"):
        assert len(tok.encode(quoted[:3], add_special_tokens=False)) >= 2  # byte tokens spell them
        text, _ = _decode_against_random_scores(tok, guard, f'Please cross out "{quoted}" in the document.', 1)
        assert f'"text": "{quoted}"' in text, quoted


def test_value_boxes_are_typed_by_the_control_the_reply_names():
    toks = ["14", "22", "dark", " blue", " green", '"', "Land", "scape", "Tre", "buchet", " MS", "Heading", " 3"]
    guard = DocumentGuard(toks)

    def nxt(request, box, value=""):
        gen = f'{{"thought": "t", "control_label": "5", "control_name": "{box}", "function": "set_edit_text", ' \
              f'"args": {{"text": "{value}'
        return {toks[i] for i in guard.allowed(gen, guard.candidates(request))}

    assert nxt("Resize 'x' to size 22, please", "Font Size") == {"22"}
    assert nxt("Make 'x' dark green", "Font Color", "dark") == {" green"}  # not the colour it likes best
    assert nxt("Set 'x' in Trebuchet MS", "Font Name") == {"Tre"}
    assert nxt("Make 'x' a level 3 heading", "Paragraph Style", "Heading") == {" 3"}


def test_processor_names_the_forced_rest_of_a_copy_once_only_one_is_left(tiny_backend):
    tok = tiny_backend.tokenizer
    guard = DocumentGuard(token_strings(tok))
    cands = DocumentGuard.candidates("Cross out 'Quarterly Report' and 'Quiet'")
    proc = CopyLogitsProcessor(guard, tok, [cands], 0)
    head = tok.encode(PREFIX + '"args": {"text": "Qu', add_special_tokens=False)
    assert proc.forced(head) == []  # "Quarterly Report" or "Quiet": the model still chooses
    head = tok.encode(PREFIX + '"args": {"text": "Qua', add_special_tokens=False)
    assert tok.decode(head + proc.forced(head)).endswith('"text": "Quarterly Report')
    done = tok.encode(PREFIX + '"args": {"text": "Quarterly Report', add_special_tokens=False)
    assert proc.forced(done) == []  # whole: closing it is the model's step
    assert CopyLogitsProcessor(guard, tok, [None], 0).forced(head) == []  # no guard, nothing forced

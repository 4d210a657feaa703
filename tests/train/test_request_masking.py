"""Request masking: operation words go, what the action copies stays, and only the chosen tasks change."""

from __future__ import annotations

import json
import random

from lamforge.guidance.typed_values import typed_values
from lamforge.prompting.format import build_step_messages, hint_of, request_from_messages, with_hint
from lamforge.text.quotes import quoted_texts
from lamforge.train.memory_hints import mask_records
from lamforge.train.request_masking import mask_request, masked_requests, operation_words

PAIRS = [
    ("font_color", "Colour the words 'hungry people' dark red."),
    ("font_color", "Make 'quiet hours' dark blue in colour."),
    ("font_color", "Please colour 'Opening times' green."),
    ("font_size", "Resize 'Falls library' to 14 pt."),
    ("font_size", "Resize 'the garden' to 9 pt."),
    ("font_size", "Resize 'Main Hall' to 22 pt, please."),
    ("font_name", "Put 'Lost Parcels' in the Liberation Serif font."),
    ("font_name", "Use the DejaVu Sans Mono font for 'week at Northstar'."),
    ("font_name", "Switch 'Menu' to the Georgia font."),
]


def test_operation_words_are_the_family_specific_ones():
    words = operation_words(PAIRS, max_families=1)
    assert {"colour", "resize", "font"} <= words
    assert not words & {"dark", "red", "blue", "the", "to"}  # colours and shared words stay


def test_masking_keeps_quotes_numbers_colours_and_names():
    words = operation_words(PAIRS, max_families=1)
    rng = random.Random(0)
    for _, request in PAIRS:
        masked = mask_request(request, words, rng)
        assert quoted_texts(masked) == quoted_texts(request)
        for box in ("font size", "font color"):
            assert typed_values(request)[box] == typed_values(masked)[box], (request, masked)
        for name in ("Liberation Serif", "DejaVu Sans Mono", "Georgia", "Main Hall"):
            assert (name in request) == (name in masked)
        assert not {w.lower().strip(".,") for w in masked.split()} & {"colour", "resize"}


def test_only_chosen_tasks_change_and_targets_never_do():
    tasks = [(f"t{i}", fam, req) for i, (fam, req) in enumerate(PAIRS * 20)]
    masked = masked_requests(tasks, 0.4, seed=3)
    assert 0.2 * len(tasks) < len(masked) < 0.6 * len(tasks)
    assert masked == masked_requests(tasks, 0.4, seed=3) != masked_requests(tasks, 0.4, seed=4)
    records = []
    for tid, fam, req in tasks:
        prompt = with_hint(build_step_messages(req, []), 'select_text quote 1; set_edit_text "Font Color"')
        records.append({"prompt": prompt, "completion": [{"role": "assistant", "content": json.dumps({"f": tid})}],
                        "meta": {"task_id": tid, "family": fam, "success": True}})
    out, n = mask_records(records, 0.4, seed=3)
    assert n == len(masked)
    for before, after in zip(records, out, strict=True):
        tid = before["meta"]["task_id"]
        assert request_from_messages(after["prompt"]) == masked.get(tid, request_from_messages(before["prompt"]))
        assert after["completion"] == before["completion"] and hint_of(after["prompt"]) == hint_of(before["prompt"])

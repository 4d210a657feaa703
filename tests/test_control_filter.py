"""The control filter ranks controls for a step: relevance order, plan-named control first, politeness ignored."""

from __future__ import annotations

from lamforge.app.observation import Control
from lamforge.prompting.control_filter import best_control, rank_controls, select_controls

CATALOG = [
    Control("1", "Document", "Document"),
    Control("7", "Toggle Print Preview", "Button"),
    Control("21", "Insert Page Break", "Button"),
    Control("22", "Page Break", "MenuItem"),
    Control("39", "Bold", "Button"),
    Control("40", "Italic", "Button"),
    Control("41", "Strikethrough", "Button"),
    Control("49", "Align Center", "Button"),
    Control("60", "Font Size", "ComboBox"),
]


def names(cs):
    return [c.control_text for c in cs]


def test_list_is_in_relevance_order_with_document_first():
    shown = select_controls("Please cross out 'Book a coffee'", CATALOG, k=4)
    assert names(shown)[0] == "Document"
    assert names(shown)[1] == "Strikethrough"  # "cross out" reaches it through the synonym table
    assert len(shown) == 4


def test_the_control_named_by_the_next_planned_step_comes_first():
    # the request names both Bold and Italic; the plan says Italic is next
    ranked = rank_controls("Make 'x' bold, then italic", CATALOG[1:], previous_plan=["Click Italic"])
    assert names(ranked)[0] == "Italic"
    ranked = rank_controls("Make 'x' bold, then italic", CATALOG[1:], previous_plan=["Click Bold"])
    assert names(ranked)[0] == "Bold"
    # the longest verbatim name wins: "Insert Page Break" over "Page Break"
    ranked = rank_controls("Break the page before 'x'", CATALOG[1:], previous_plan=["Click Insert Page Break"])
    assert names(ranked)[0] == "Insert Page Break"


def test_a_dialog_shows_all_its_controls_ranked():
    dialog = [Control(str(1001 + i), n, "Button", path="Find and Replace dialog")
              for i, n in enumerate(["Find", "Replace", "Replace All", "Close"])]
    shown = select_controls("Replace 'a' with 'b'", [CATALOG[0], *dialog], previous_plan=["Click Replace All"], k=2)
    assert len(shown) == 5 and names(shown)[1] == "Replace All"


def test_best_control_ignores_politeness():
    assert best_control("Thanks.", CATALOG) is None
    assert best_control("Go ahead", CATALOG) is None
    assert best_control("and make it bold", CATALOG).control_text == "Bold"


def test_controls_the_hint_names_rank_high_but_below_the_planned_one():
    request = "Make every mention of 'Mill Road' look fancy"  # words the synonym table does not know
    assert "Italic" not in names(select_controls(request, CATALOG, k=3))
    assert names(select_controls(request, CATALOG, k=3, hinted=["Italic"]))[1] == "Italic"
    shown = select_controls(request, CATALOG, k=4, hinted=["Italic"], previous_plan=["Click Bold"])
    assert names(shown)[1:3] == ["Bold", "Italic"]

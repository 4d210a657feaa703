"""The help-doc source on LibreOffice's real, installed Writer help pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamforge.data.plans.help_blocks import page_blocks
from lamforge.data.plans.helpdoc import linked_shared_pages, pairs_from_html, records_from_page, writer_pages
from lamforge.data.plans.html_tree import parse_html, text_of

HELP = Path("/usr/share/libreoffice/help/en-US/text")
pytestmark = pytest.mark.skipif(not (HELP / "swriter").is_dir(), reason="libreoffice-help-en-us not installed")


def _pairs(rel: str, **kwargs) -> dict[str, tuple]:
    _, raw = pairs_from_html((HELP / rel).read_text(encoding="utf-8"), **kwargs)
    return {p.task: p for p in raw}


def test_titled_sections_become_pairs_with_their_ordered_steps():
    pairs = _pairs("swriter/guide/table_insert.html")
    menu = pairs["Insert a table with a menu command"]
    assert menu.kind == "list"
    assert menu.steps == (
        "Place the cursor in your document where you want to insert the table.",
        "Choose Table - Insert Table.",
        "In the Size area, enter the number of rows and columns.",
        "Select the options that you want, click OK.",
    )
    assert len(pairs["Insert a table from a toolbar"].steps) == 3
    # The "do one of the following:" step is completed with the first option, its explanation dropped.
    calc = pairs["Insert a table from a Calc spreadsheet"]
    assert calc.steps[-1] == "In your text document, choose Edit - Paste."


def test_section_tasks_get_the_object_of_their_page():
    assert "Set a predefined border style for pages" in _pairs("swriter/guide/border_page.html")
    tasks = set(_pairs("swriter/guide/protection.html"))
    assert {"Turn on protection for sections", "Turn on protection in a table"} <= tasks


def test_inline_procedures_are_split_into_steps():
    pairs = _pairs("swriter/guide/text_centervert.html")
    hide = pairs["Hide the borders of the frame"]
    assert hide.kind == "inline"
    assert hide.steps == (
        "Select the frame.",
        "Choose Format - Frame and Object - Properties.",
        "Click the Borders tab.",
        "Click in the Set No Border box in the Line Arrangement area.",
    )


def test_dialog_options_open_the_tab_set_the_option_and_confirm():
    pairs = _pairs("swriter/01/05030200.html")
    keep = next(p for p in pairs.values() if "Keep with next paragraph" in " ".join(p.steps))
    assert keep.kind == "dialog_option"
    assert keep.steps == (
        "Choose Format - Paragraph.",
        "Click the Text Flow tab.",
        "Select Keep with next paragraph.",
        "Click OK.",
    )
    assert keep.task.startswith("Keep the current paragraph and the following paragraph together")
    without = _pairs("swriter/01/05030200.html", dialog_options=False)
    assert all(p.kind != "dialog_option" for p in without.values())


def test_switches_show_the_writer_and_non_mac_text():
    root = parse_html((HELP / "swriter/guide/captions_numbers.html").read_text(encoding="utf-8"))
    note = next(b for b in page_blocks(root) if b.in_note and "AutoCaption" in b.text)
    assert "Choose Tools - Options - LibreOffice Writer - AutoCaption." in note.text
    assert "Preferences" not in note.text
    # A block-level switch in a shared page: the Writer path is chosen, not the Calc one.
    number_format = parse_html((HELP / "shared/01/05020300.html").read_text(encoding="utf-8"))
    howto = next(b for b in page_blocks(number_format) if b.kind == "howtoget")
    assert howto.items[0].startswith("Choose Table - Number Format")
    assert not any("Format - Cells" in item for item in howto.items)
    assert (
        text_of(
            parse_html(
                '<p>Press <span class="switchinline"><span hidden="true" id="MACa">Cmd</span>'
                '<span hidden="true" id="defaulta">Ctrl</span></span>+Z</p>'
            )
        )
        == "Press Ctrl+Z"
    )


def test_records_keep_page_title_and_section_as_provenance():
    records = records_from_page(HELP / "swriter/guide/auto_off.html", "swriter/guide/auto_off.html")
    stop = next(r for r in records if r.task.startswith("Stop replacing quotation marks"))
    assert stop.provenance == {
        "page": "swriter/guide/auto_off.html",
        "title": "Turning Off AutoCorrect",
        "section": "To Stop Replacing Quotation Marks",
        "kind": "list",
        "index": stop.provenance["index"],
    }
    assert stop.source == "helpdoc" and stop.task_id.startswith("writer_hd_")


def test_page_discovery_reads_all_writer_pages_and_the_linked_shared_ones():
    pages = writer_pages(HELP)
    assert len(pages) >= 400
    shared = linked_shared_pages(HELP, pages)
    assert 200 <= len(shared) < 842
    assert all(p.is_relative_to(HELP / "shared") for p in shared)

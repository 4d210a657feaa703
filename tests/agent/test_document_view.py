"""The document view in the prompt: long documents are capped but keep what a request can name."""

from lamforge.app.observation import DocView, ViewParagraph, ViewTable
from lamforge.prompting.document_view import render_view, view_lines


def _long_document() -> DocView:
    paras = [ViewParagraph(1, "title", "Annual Report of the Harbour Trust")]
    for i in range(2, 80):
        role = "heading 1" if i % 20 == 0 else "body"
        text = f"Section {i}" if role != "body" else f"Paragraph {i} talks about item number {i} in some detail."
        paras.append(ViewParagraph(i, role, text))
    paras.append(ViewParagraph(80, "body", "The budget for the new pier was approved in March."))
    paras.append(ViewParagraph(81, "body", "Signed, the board"))
    return DocView(tuple(paras), (ViewTable(1, 30, (("Item", "Cost"), ("Pier", "4m"), ("Dock", "2m"))),),
                   "paragraph 55")


def test_a_long_document_is_capped_and_keeps_what_a_request_names():
    lines = view_lines(_long_document(), "italicise the paragraph about the pier budget", max_lines=24)
    body = [x for x in lines if not x.startswith("…")]
    assert len(body) <= 24 and any(x.startswith("…|") for x in lines)
    kept = {x.split("|", 1)[0] for x in body}
    assert {"1", "81"} <= kept  # first and last paragraphs
    assert {"20", "40", "60"} <= kept  # every heading
    assert "80" in kept  # the paragraph the request talks about
    assert "55" in kept  # the selection
    assert "T1 r1" in kept  # the table's header row


def test_a_short_document_is_shown_whole_with_the_selection():
    v = DocView((ViewParagraph(1, "title", "Minutes"), ViewParagraph(2, "empty", "")), (), "nothing")
    assert render_view(v) == "1|title|Minutes\n2|empty|\nselection: nothing"


def test_the_words_of_a_structural_target_the_view_shows_are_kept_from_quoting():
    from lamforge.agent.episode_runner import structural_words

    view = DocView((ViewParagraph(1, "title", "Roster"), ViewParagraph(2, "body", "Call the office for the budget.")),
                   (ViewTable(1, 2, (("Name", "Phone"), ("Ana", "555"))),), "nothing")
    request = "italicise the Phone column"
    span = structural_words(request, view)
    assert span is not None and request[span[0]:span[1]].endswith("Phone column")
    assert structural_words("italicise the Email column", view) is None  # the view has no such column
    assert structural_words("make everything bold", view) is None  # the whole document names no words to keep

"""Targets named by position or by a sentence's first words, grounded in the document (no LibreOffice needed here).

Paragraphs named by position go through the package's one reference reader and :func:`make_explicit`; a sentence
named by its first or last words through :func:`resolve_sentences`.
"""

from __future__ import annotations

import pytest

from lamforge.agent.explicit_targets import make_explicit
from lamforge.agent.references import resolve_sentences
from lamforge.app.observation import DocView, ViewParagraph, ViewTable

DOC = [("title", "Museum Guide"), ("empty", ""), ("body", "Welcome to the museum."), ("heading 1", "House Rules"),
       ("body", "No smoking."), ("body", "No food."), ("body", "Quiet after ten."), ("heading 1", "Findings"),
       ("body", "Trees cool streets."), ("body", "Parks help too.")]
VIEW = DocView(tuple(ViewParagraph(i, role, text) for i, (role, text) in enumerate(DOC, 1)), ())


@pytest.mark.parametrize(("request_", "paragraph"), [
    ("The first paragraph under the heading 'House Rules' should be a Heading 3", "No smoking."),
    ("Delete the 3rd paragraph below “House Rules”", "Quiet after ten."),
    ("Justify the second para of the ‘Findings’ section", "Parks help too."),
    ("Centre the paragraph right after the heading called 'Findings'", "Trees cool streets."),
    ("Make the very first paragraph of the document italic", "Museum Guide"),  # as the document runs, title too
    ("Put the second paragraph in bold", "Welcome to the museum."),  # every paragraph counts, empty lines do not
    ("Underline the final paragraph", "Parks help too."),
    ("Indent the first paragraph in 'house rules'", "No smoking."),  # the anchor's case does not matter
    # an unquoted section name: the ordinal counts inside the section, not from the top of the document
    ("Go ahead and bold the fourth paragraph under House Rules", None),  # the section has three
    ("bold the second line under House Rules and also format it in italics", "No food."),
    ("The third paragraph of the House Rules section should be styled as Heading 3", "Quiet after ten."),
    ("Push the second paragraph within the Findings section in from the left margin", "Parks help too."),
    # a line named by the section's own noun: "the second finding" is the second line under "Findings"
    ("Strike through the second finding", "Parks help too."),
    ("Bold the last house rule", None),  # two words: not a heading's noun
])
def test_paragraphs_named_by_position_are_the_paragraphs_they_mean(request_: str, paragraph: str | None) -> None:
    grounded, rewrites = make_explicit(request_, VIEW)
    if paragraph is None:
        assert (grounded, rewrites) == (request_, [])
    else:
        assert f"the paragraph '{paragraph}'" in grounded
        assert not any(w in grounded for w in ("House Rules", "Findings", "section", "under"))  # nothing left over


@pytest.mark.parametrize("request_", [
    "Bold the fourth paragraph under 'Findings'",  # only two paragraphs follow it
    "Bold the first paragraph under 'Conclusions'",  # no paragraph reads that
    "Only the first letter of 'Findings' should be a capital",  # not a paragraph reference
    "Make 'No food.' bold",
])
def test_what_cannot_be_placed_is_left_as_written(request_: str) -> None:
    assert make_explicit(request_, VIEW) == (request_, [])


SENTENCES = ["Guide", "This guide leads you through four rooms. Photos are welcome. Photos need no flash.",
             "The shop closes at six."]


@pytest.mark.parametrize(("request_", "sentence"), [
    ("Please drop the sentence starting with 'This guide leads you'", "This guide leads you through four rooms."),
    ("Bold the sentnce that ends with “at six”", "The shop closes at six."),  # a light typo in the noun
    ("Italicise the sentence beginning with 'photos'", None),  # two sentences start so: ambiguous
    ("Italicise the sentence beginning with 'photos are'", "Photos are welcome."),
    ("Delete the sentence starting with 'Nobody'", None),
])
def test_a_sentence_named_by_its_first_or_last_words_becomes_the_whole_sentence(request_: str,
                                                                              sentence: str | None) -> None:
    grounded, found = resolve_sentences(request_, SENTENCES)
    if sentence is None:
        assert (grounded, found) == (request_, [])
    else:
        assert [r.sentence for r in found] == [sentence] and f"sentence “{sentence}”" in grounded


TABLE_VIEW = DocView(
    (ViewParagraph(1, "title", "Rota"), ViewParagraph(2, "body", "Shifts for May."),
     ViewParagraph(3, "body", "Thanks, Dana Reyes"), ViewParagraph(4, "body", "Dana Reyes")),
    (ViewTable(1, 2, (("Task", "Owner", "Due"), ("Studio keys", "", "May 2"), ("Laptops", "Raj Mehta", "May 9"))),),
)


@pytest.mark.parametrize(("request_", "explicit"), [
    # one cell of a named row: its column named by the cell, by "under", or the row named by "the row for"
    ("Please update the 'Owner' cell of the 'Laptops' row from 'Raj Mehta' to 'Ann'", "the cell in row 3, column 2"),
    ('Type "Bo" into the "Owner" cell in the row for "Studio keys"', "the cell in row 2, column 2"),
    ("Please complete the Studio keys row, under Owner with 'Bo'", "the cell in row 2, column 2"),
    # the table's text is the table, not the whole document
    ("Help me make all the text in the table size 22", "make table 1 size 22"),
    ("Resize the text of everything inside the table to 20-pt", "text of table 1 to"),
    # the sender's name at the end is the signature, not a place to write
    ("Please write the sender's name at the end in block capitals", "write the paragraph 'Dana Reyes' in block"),
    # a cell named by what it holds
    ("Make the cell with 'May 9' red", "Make the cell in row 3, column 3 of table 1 red"),
    # lines and paragraphs numbered in words count every line, as numbers in digits do
    ("Double space lines 2 to 3", "Double space paragraphs 2 to 3"),
    ("Italicize paragraphs two through three", "Italicize paragraphs 2 to 3"),
])
def test_cells_tables_and_roles_are_read_whole(request_: str, explicit: str) -> None:
    grounded, rewrites = make_explicit(request_, TABLE_VIEW)
    assert explicit in grounded and len(rewrites) == 1, grounded


def test_a_table_that_only_says_where_a_quoted_text_is_goes() -> None:
    """"Change 'Studio keys' in the table to 'Keys'" names the text: the table is not the target."""
    grounded = make_explicit("Change 'Studio keys' in the table to 'Keys'", TABLE_VIEW)[0]
    assert grounded == "Change 'Studio keys' to 'Keys'"
    assert make_explicit("Bold 'May' in the table", TABLE_VIEW)[0] == "Bold 'May' in table 1"  # twice: stays


PACKING_VIEW = DocView(
    (ViewParagraph(1, "heading 1", "Packing List"), ViewParagraph(2, "body", "Pack the night before."),
     ViewParagraph(3, "heading 2", "Clothes"), ViewParagraph(4, "bullet", "Rain jacket"),
     ViewParagraph(5, "bullet", "Walking shoes"), ViewParagraph(6, "heading 2", "Papers"),
     ViewParagraph(7, "numbered", "Passport")),
    (),
)


@pytest.mark.parametrize(("request_", "explicit"), [
    # no Title-styled line: the Heading 1 that opens the document and is the only one is its title
    ("Make the title font size 24 and bold.", "the paragraph 'Packing List' font size"),
    # a list named by the heading above it is the lines under that heading
    ("Make the clothes list italic.", "Make paragraphs 4 to 5 italic"),
    # "paragraph 2 to 14 pt" names paragraph 2 and a size, not paragraphs 2 to 14
    ("Set paragraph 2 to 14 pt.", "Set the paragraph 'Pack the night before.' to 14 pt"),
    # "the text" with nothing after it is all of it
    ("Convert the text to uppercase.", "Convert the whole document to uppercase"),
    # "all words" stays a change to each word (title case), of the whole document
    ("Capitalize the first letter of all words.", "Capitalize the first letter of every word of the whole document"),
])
def test_public_benchmark_style_targets_are_placed(request_: str, explicit: str) -> None:
    grounded, rewrites = make_explicit(request_, PACKING_VIEW)
    assert explicit in grounded and len(rewrites) == 1, grounded


def test_a_title_is_not_guessed_among_several_top_headings() -> None:
    view = DocView((ViewParagraph(1, "heading 1", "Clothes"), ViewParagraph(2, "bullet", "Hat"),
                    ViewParagraph(3, "heading 1", "Papers"), ViewParagraph(4, "bullet", "Passport")), ())
    assert make_explicit("Bold the title", view) == ("Bold the title", [])

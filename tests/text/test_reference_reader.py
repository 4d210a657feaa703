"""The reference reader on the ways people name targets, and the locator on a small document."""

import pytest

from lamforge.text.locate import Spot, locate
from lamforge.text.references import find_target, find_targets, vocabulary

DOC = [(1, "title", "Garden Club Minutes"), (2, "body", "Date: 14 March. Present: Ana, Bill."),
       (3, "heading 1", "Decisions"), (4, "body", "The club agreed to plant sunflowers along the south fence."),
       (5, "body", "Water is H2O and the bed is 5 m2."), (6, "bullet", "Seeds"), (7, "bullet", "Gloves"),
       (8, "bullet", "Compost"), (9, "empty", ""), (10, "heading 1", "Budget"),
       (11, "body", "The balance stands at 212 pounds after the spring fair."), (12, "body", "Kind regards,"),
       (13, "body", "Ana Lopez")]
TABLES = [[("Task", "Owner", "Due"), ("Seeds", "Bill", "April"), ("Watering", "Chloe", "May")]]

CASES = [
    ("Make the title bold", Spot("paragraphs", 1, 1)),
    ("make the heading bold", Spot("paragraphs", 1, 1)),  # two section headings under a title line: the title
    ("center the document title please", Spot("paragraphs", 1, 1)),
    ("bold the header row", Spot("cells", table=1, row=1, column=0, to_row=1, to_column=0)),
    ("make the top row of the table italic", Spot("cells", table=1, row=1, column=0, to_row=1, to_column=0)),
    ("italicise the first column", Spot("cells", table=1, row=0, column=1, to_row=0, to_column=1)),
    ("right-align column 3", Spot("cells", table=1, row=0, column=3, to_row=0, to_column=3)),
    ("bold the last row", Spot("cells", table=1, row=3, column=0, to_row=3, to_column=0)),
    ("underline the cell in row 2, column 3", Spot("cells", table=1, row=2, column=3, to_row=2, to_column=3)),
    ("make the Owner column bold", Spot("cells", table=1, row=0, column=2, to_row=0, to_column=2)),
    ("highlight the Watering row", Spot("cells", table=1, row=3, column=0, to_row=3, to_column=0)),
    ("double-space the last two paragraphs", Spot("paragraphs", 12, 13)),
    ("justify paragraphs 4 to 5", Spot("paragraphs", 4, 5)),  # numbers count every paragraph, the title too
    ("add a 2x2 table at the end", Spot("paragraphs", 13, 13)),
    # the first two body paragraphs have a heading between them: the first two lines from the top instead
    ("double-space the first two paragraphs", Spot("paragraphs", 1, 2)),
    ("make the 2 in H2O subscript", Spot("text", 5, 5, text="2", within="H2O")),
    ("superscript the 2 of m2", Spot("text", 5, 5, text="2", within="m2")),
    ("change the font of the whole document to Arial", Spot("all")),
    ("make everything 12 pt", Spot("all")),
    ("use Georgia throughout", Spot("all")),
    ("underline the second bullet", Spot("paragraphs", 7, 7)),
    ("italicize the last item", Spot("paragraphs", 8, 8)),
    ("bold the whole list", Spot("paragraphs", 6, 8)),
    ("make the Budget heading all caps", Spot("paragraphs", 10, 10)),
    ("centre the heading 'Decisions'", Spot("paragraphs", 3, 3)),
    ("italicise the second heading", Spot("paragraphs", 10, 10)),
    ("indent the last paragraph", Spot("paragraphs", 13, 13)),
    ("bold the opening paragraph", Spot("paragraphs", 1, 1)),  # counted as the document runs, the title too
    ("put the paragraph about the spring fair in italics", Spot("paragraphs", 11, 11)),
    ("justify the paragraph that starts with The club agreed", Spot("paragraphs", 4, 4)),
    ("right-align the signature", Spot("paragraphs", 13, 13)),
    ("italicise the sign-off", Spot("paragraphs", 12, 12)),
    ("bold the third paragraph", Spot("paragraphs", 3, 3)),  # as Writer numbers them, headings included
    # described by a word of their own, lower case, misspelt: the one paragraph of that kind holding it
    ("centre the date", Spot("paragraphs", 2, 2)),
    ("italicise the sunflowers line", Spot("paragraphs", 4, 4)),
    ("make the budgt heading bold", Spot("paragraphs", 10, 10)),
    ("underline the compost item", Spot("paragraphs", 8, 8)),
    # ninth session: labels in lower case, in the plural, by their first words, or instruction words; item runs;
    # the one paragraph under a heading the words name
    ("make the owners column bold", Spot("cells", table=1, row=0, column=2, to_row=0, to_column=2)),
    ("italicise the due column", Spot("cells", table=1, row=0, column=3, to_row=0, to_column=3)),
    ("delete the watering row", Spot("cells", table=1, row=3, column=0, to_row=3, to_column=0)),
    ("underline items 2 and 3", Spot("paragraphs", 7, 8)),
    ("bold the second and third bullets", Spot("paragraphs", 7, 8)),
    ("Write H2O with a subscript 2", Spot("text", 5, 5, text="2", within="H2O")),
]


@pytest.mark.parametrize(("request_text", "spot"), CASES)
def test_named_targets_are_found_in_the_document(request_text, spot):
    target = find_target(request_text)
    assert target is not None, request_text
    assert locate(target, DOC, TABLES) == spot, (request_text, target)


@pytest.mark.parametrize("request_text", ["Make 'Apache Kafka' bold", "Insert a page break", "bold it",
                                          "Insert a table with 3 rows and 2 columns",
                                          # a kind of title, not the document's
                                          "make the job title italic", "I want 'X' to look like a book title"])
def test_requests_without_a_structural_target(request_text):
    t = find_target(request_text)
    assert t is None or t.kind == "table" and "Insert" not in request_text, t


@pytest.mark.parametrize("request_text", ["make the fifth heading bold",  # two headings only
                                          "bold the greeting",  # no greeting
                                          "italicise the seventeenth paragraph",
                                          "make the price column bold",  # no such label, loosely or not
                                          "italicise the budget paragraph"])  # three paragraphs under it
def test_ambiguous_or_absent_targets_are_not_guessed(request_text):
    assert locate(find_target(request_text), DOC, TABLES) is None


def test_described_lines_and_the_only_heading_line():
    """A word shared by two lines names the one it mostly makes up; with no headings, "the heading" is the title."""
    doc = [(1, "title", "Volunteer Roster"), (2, "body", "Arrive early."), (3, "bullet", "4 eggs"),
           (4, "numbered", "Beat the butter, then add the eggs one at a time."), (5, "body", "Spare eggs go home")]
    assert locate(find_target("highlight the eggs line"), doc) == Spot("paragraphs", 3, 3)
    assert locate(find_target("bold the butter line"), doc) == Spot("paragraphs", 4, 4)
    assert locate(find_target("underline the heading"), doc) == Spot("paragraphs", 1, 1)
    assert locate(find_target("bold the spare line"), doc + [(6, "body", "Spare keys stay here")]) is None
    assert locate(find_target("centre the date"), doc) is None  # no line gives a date
    assert all(t.kind != "described" for t in find_targets("make the first line and the top heading bold"))


DOC2 = [(1, "title", "Pond Practical"), (2, "subtitle", "Year 10 Chemistry"), (3, "heading 1", "About the Role"),
        (4, "body", "Line one"), (5, "body", "Line two"), (6, "body", "Line three"), (7, "heading 1", "Who to Ask"),
        (8, "bullet", "Seeds"), (9, "bullet", "Gloves"), (10, "numbered", "Dig"), (11, "numbered", "Plant"),
        (12, "heading 2", "Results"),
        (13, "body", "The pond covers about 120 m2. Readings at dawn were acidic. The guesthouse is near."),
        (14, "body", "Plants remove carbon dioxide while the sun is up.")]
TABLES2 = [[("Item", "Cost", "Time in seconds"), ("Late fee", "", "12"), ("Panels and inverters", "96", "")]]

CASES2 = [
    ("Turn the lines under the About the Role heading into a bulleted list", Spot("paragraphs", 4, 6)),
    ("Number the first two lines under About the Role", Spot("paragraphs", 4, 5)),
    ("Indent the last line under the About the Role heading", Spot("paragraphs", 6, 6)),
    ("Make the first line under About the Role a Heading 1.", Spot("paragraphs", 4, 4)),
    ("Make the About the Role heading bold", Spot("paragraphs", 3, 3)),
    ("Bold the Who to Ask heading", Spot("paragraphs", 7, 7)),
    ("Centre the subtitle under the title", Spot("paragraphs", 2, 2)),
    ("underline the second bullet", Spot("paragraphs", 9, 9)),
    ("italicise the last numbered item", Spot("paragraphs", 11, 11)),
    ("bold the numbered list", Spot("paragraphs", 10, 11)),
    ("Make the Late fee row bold", Spot("cells", table=1, row=2, column=0, to_row=2, to_column=0)),
    ("Make the text of the Panels and inverters row italic", Spot("cells", table=1, row=3, column=0, to_row=3,
                                                                  to_column=0)),
    ("Colour the Time in seconds column of the Late fee row red", Spot("cells", table=1, row=2, column=3, to_row=2,
                                                                      to_column=3)),
    ("Delete the second sentence of the paragraph that starts with The pond covers",
     Spot("text", 13, 13, text="Readings at dawn were acidic.")),
    ("Align the paragraph that talks about the guesthouse on both sides", Spot("paragraphs", 13, 13)),
    ("Set the paragraph about carbon dioxide to Liberation Serif", Spot("paragraphs", 14, 14)),
    ("Go ahead and set the last paragraph in the DejaVu Serif font.", Spot("paragraphs", 14, 14)),
    ("superscript the 2 of m2", Spot("text", 13, 13, text="2", within="m2")),
]


def test_a_cell_by_its_column_and_a_word_of_its_row_label_is_a_last_resort():
    """"The due for watering": the Due column, the row whose label holds the words; when nothing else reads."""
    for request_text, spot in [
        ("Change the due for watering to June", Spot("cells", table=1, row=3, column=3, to_row=3, to_column=3)),
        ("make the owner of the seeds bold", Spot("cells", table=1, row=2, column=2, to_row=2, to_column=2)),
    ]:
        target = next(find_targets(request_text))
        assert target.kind == "cells" and locate(target, DOC, TABLES) == spot, (request_text, target)
    # no such column, or a title: no cell
    assert locate(next(find_targets("change the colour of the seeds to red")), DOC, TABLES) is None
    assert next(find_targets("change the font of the title to Arial")).kind == "role"


def _first_spot(request_text, doc, tables):
    for target in find_targets(request_text):
        spot = locate(target, doc, tables)
        if spot is not None:
            return spot
    return None


@pytest.mark.parametrize(("request_text", "spot"), CASES2)
def test_sections_sentences_lists_and_labels(request_text, spot):
    assert _first_spot(request_text, DOC2, TABLES2) == spot, request_text


def test_the_words_that_named_a_shortened_name_leave_the_operation():
    """A generously read name that the document shortens gives back the words it did not use."""
    t = find_target("Make the first line under About the Role a Heading 1.")
    spot = locate(t, DOC2, TABLES2)
    assert "Heading 1" not in (spot.words or t.words)
    t = find_target("Set the paragraph about carbon dioxide to Liberation Serif")
    assert "Liberation" not in t.words


def test_new_text_is_not_a_description():
    t = find_target("Add a new paragraph saying 'All done.' after the paragraph about carbon dioxide")
    assert (t.kind, t.text) == ("content", "carbon dioxide")


def test_vocabulary_lists_request_words_only():
    words = vocabulary()
    assert {"title", "signature", "header", "bullet", "under"} <= words
    assert "cheers" not in words and "sincerely" not in words  # the patterns that read the document's own lines


def test_the_heading_of_a_document_of_empty_lines_is_not_guessed():
    """A bare "the heading" over a document whose only heading is empty reads nothing (and does not crash)."""
    doc = [(1, "heading 1", ""), (2, "empty", ""), (3, "heading 1", "")]  # no main heading, no text
    assert locate(find_target("make the heading bold"), doc, []) is None

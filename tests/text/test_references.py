"""The reference reader on the ways people name targets, and the locator on a small document."""

import pytest

from lamforge.text.references import Spot, find_target, locate

DOC = [(1, "title", "Garden Club Minutes"), (2, "body", "Date: 14 March. Present: Ana, Bill."),
       (3, "heading 1", "Decisions"), (4, "body", "The club agreed to plant sunflowers along the south fence."),
       (5, "body", "Water is H2O and the bed is 5 m2."), (6, "bullet", "Seeds"), (7, "bullet", "Gloves"),
       (8, "bullet", "Compost"), (9, "empty", ""), (10, "heading 1", "Budget"),
       (11, "body", "The balance stands at 212 pounds after the spring fair."), (12, "body", "Kind regards,"),
       (13, "body", "Ana Lopez")]
TABLES = [[("Task", "Owner", "Due"), ("Seeds", "Bill", "April"), ("Watering", "Chloe", "May")]]

CASES = [
    ("Make the title bold", Spot("paragraphs", 1, 1)),
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
    ("justify paragraphs 2 to 3", Spot("paragraphs", 4, 5)),
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
    ("bold the opening paragraph", Spot("paragraphs", 2, 2)),
    ("put the paragraph about the spring fair in italics", Spot("paragraphs", 11, 11)),
    ("justify the paragraph that starts with The club agreed", Spot("paragraphs", 4, 4)),
    ("right-align the signature", Spot("paragraphs", 13, 13)),
    ("italicise the sign-off", Spot("paragraphs", 12, 12)),
    ("bold the third paragraph", Spot("paragraphs", 5, 5)),
]


@pytest.mark.parametrize(("request_text", "spot"), CASES)
def test_named_targets_are_found_in_the_document(request_text, spot):
    target = find_target(request_text)
    assert target is not None, request_text
    assert locate(target, DOC, TABLES) == spot, (request_text, target)


@pytest.mark.parametrize("request_text", ["Make 'Apache Kafka' bold", "Insert a page break", "bold it",
                                          "Insert a table with 3 rows and 2 columns"])
def test_requests_without_a_structural_target(request_text):
    t = find_target(request_text)
    assert t is None or t.kind == "table" and "Insert" not in request_text, t


@pytest.mark.parametrize("request_text", ["make the heading bold",  # two headings: ambiguous
                                          "bold the greeting",  # no greeting
                                          "italicise the seventh paragraph",
                                          "double-space the first two paragraphs"])  # a heading between them
def test_ambiguous_or_absent_targets_are_not_guessed(request_text):
    assert locate(find_target(request_text), DOC, TABLES) is None

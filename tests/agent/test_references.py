"""Ordinal paragraph references, grounded in the document's paragraphs (no LibreOffice needed here)."""

from __future__ import annotations

import pytest

from lamforge.agent.references import resolve_references

DOC = ["Museum Guide", "", "Welcome to the museum.", "House Rules", "No smoking.", "No food.", "Quiet after ten.",
       "Findings", "Trees cool streets.", "Parks help too."]


@pytest.mark.parametrize(("request_", "paragraph"), [
    ("The first paragraph under the heading 'House Rules' should be a Heading 3", "No smoking."),
    ("Delete the 3rd paragraph below “House Rules”", "Quiet after ten."),
    ("Justify the second para of the ‘Findings’ section", "Parks help too."),
    ("Centre the paragraph right after the heading titled 'Findings'", "Trees cool streets."),
    ("Make the very first paragraph of the document italic", "Museum Guide"),
    ("Put the second paragraph in bold", "Welcome to the museum."),  # empty paragraphs do not count
    ("Underline the final paragraph", "Parks help too."),
    ("Indent the first paragraph in 'house rules'", "No smoking."),  # the anchor's case does not matter
])
def test_references_resolve_to_the_paragraph_they_mean(request_: str, paragraph: str) -> None:
    grounded, found = resolve_references(request_, DOC)
    assert [r.paragraph for r in found] == [paragraph]
    assert f"paragraph “{paragraph}”" in grounded
    assert found[0].reference in request_


@pytest.mark.parametrize("request_", [
    "Bold the fourth paragraph under 'Findings'",  # only two paragraphs follow it
    "Bold the first paragraph under 'Conclusions'",  # no paragraph reads that
    "Bold the last paragraph of the 'House Rules' section",  # a section's end is not in plain text
    "Only the first letter of 'Findings' should be a capital",  # not a paragraph reference
    "Make 'No food.' bold",
])
def test_what_cannot_be_resolved_is_left_as_written(request_: str) -> None:
    assert resolve_references(request_, DOC) == (request_, [])


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
    grounded, found = resolve_references(request_, SENTENCES)
    if sentence is None:
        assert (grounded, found) == (request_, [])
    else:
        assert [r.paragraph for r in found] == [sentence] and f"sentence “{sentence}”" in grounded

"""Phrasing pools shared by all families: wrappers, references to text, quoting, joiners.

Training and held-out pools are written separately. The held-out side brings what a real user
adds and training never shows: other politeness forms, curly quotes, ordinal references
("the second paragraph under ..."), and (in ``compose``) light typos.
"""

from __future__ import annotations

from lamforge.tasks.phrasing.render import Phrases

WRAPPERS = Phrases(
    train=(
        "{Imp}.", "{Imp}", "Please {imp}.", "{Imp}, please.", "Can you {imp}?", "Could you {imp}?",
        "I need you to {imp}.", "I'd like you to {imp}.", "Go ahead and {imp}.", "{Imp} for me.",
        "Help me {imp}.", "Please {imp} in this document.", "In this document, {imp}.", "Task: {imp}.",
    ),
    heldout=(
        "Would you {imp}?", "Kindly {imp}.", "hey, {imp}", "{Imp} - thanks!", "Quick one: {imp}.",
        "Would it be possible to {imp}?", "{Imp} pls", "When you get a chance, {imp}.",
        "I'd appreciate it if you could {imp}.", "Could you please {imp}? Thank you.", "Time to {imp}.",
        "Hi! Can you {imp} for me?", "Just {imp}.",
    ),
)

SENTENCE_WRAPPERS = Phrases(
    train=("{s}", "{s} Thanks."),
    heldout=("{s}", "{s} Thank you!", "Hi there. {s}", "{s} Cheers."),
)

# Composite requests join two operations; the second refers to the target as "it".
JOINERS = Phrases(
    train=(" and ", ", then ", " and also ", ", and then "),
    heldout=("; after that ", ", plus ", " - and ", ", followed by a step to "),
)

# A quoted span of text (character formatting, editing).
SPAN_REF = Phrases(
    train=("'{q}'", '"{q}"', "the text '{q}'", 'the text "{q}"', "the words '{q}'", 'the phrase "{q}"',
           "the phrase '{q}'"),
    heldout=("\u201c{q}\u201d", "\u2018{q}\u2019", "the bit that says \u201c{q}\u201d", "the wording '{q}'",
             'the snippet "{q}"', "the part reading \u2018{q}\u2019"),
)

# References to whole paragraphs, by kind. "ends" and "contains" are in both pools with different words;
# ordinal kinds ("nth_under", "first", "last") exist only in the held-out pool.
PARA_REF: dict[str, Phrases] = {
    "starts": Phrases(
        train=("the paragraph that starts with '{q}'", 'the paragraph beginning with "{q}"',
               "the paragraph starting '{q}'", 'the paragraph that begins "{q}"'),
        heldout=("the paragraph which opens with \u201c{q}\u201d", "the para beginning \u2018{q}\u2019",
                 "the paragraph that kicks off with '{q}'"),
    ),
    "contains": Phrases(
        train=("the paragraph containing '{q}'", 'the paragraph with the words "{q}"',
               "the paragraph that contains '{q}'"),
        heldout=("the paragraph that mentions \u201c{q}\u201d", "the paragraph where it says '{q}'"),
    ),
    "ends": Phrases(
        train=("the paragraph ending with '{q}'", 'the paragraph that ends with "{q}"'),
        heldout=("the paragraph that finishes with \u201c{q}\u201d", "the para ending in '{q}'"),
    ),
    "heading": Phrases(
        train=("the heading '{q}'", 'the heading "{q}"', "the '{q}' heading"),
        heldout=("the \u201c{q}\u201d heading", "the section title '{q}'", "the header that reads \u2018{q}\u2019"),
    ),
    "title": Phrases(
        train=("the title '{q}'", 'the document title "{q}"'),
        heldout=("the \u201c{q}\u201d title at the top", "the main title (\u2018{q}\u2019)"),
    ),
    "line": Phrases(
        train=("the line '{q}'", 'the paragraph "{q}"', "the line that says '{q}'"),
        heldout=("the line reading \u201c{q}\u201d", "the entry '{q}'"),
    ),
    "nth_under": Phrases(
        train=(),
        heldout=("the {nth} paragraph under the heading '{h}'", "the {nth} paragraph of the \u201c{h}\u201d section",
                 "the {nth} paragraph below '{h}'"),
    ),
    "first": Phrases(train=(), heldout=("the first paragraph of the document", "the very first paragraph")),
    "last": Phrases(train=(), heldout=("the last paragraph of the document", "the final paragraph")),
}
HELDOUT_ONLY_KINDS = frozenset({"nth_under", "first", "last"})

# New text the user wants typed (inserted paragraphs, replacements, cell values).
NEW_TEXT = Phrases(
    train=("'{t}'", '"{t}"'),
    heldout=("\u201c{t}\u201d", "\u2018{t}\u2019", '"{t}"'),
)

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")

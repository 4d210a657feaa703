"""How a request names a target by role, position or description, without quotes: train and held-out pools.

"the title", "the Outlook heading", "the second paragraph", "the paragraph about green bean prices", "the header
row", "the Cost column", "row 2, column 3", "the whole document", "the 2 in H2O". Each kind has its own
alternatives; slots are the document's own words, written unquoted (``{h}`` a heading, ``{x}`` a paragraph's
words, ``{row}``/``{col}`` a table's labels, ``{w}`` a word and ``{in}`` the text inside it) or numbers
(``{nth}`` an ordinal word, ``{k}`` a count word, ``{r}``/``{c}`` row and column numbers).

The held-out side uses words the training side never does (a test asserts it), so ``test-phrasing`` measures
whether the model grounds a reference it was never shown.
"""

from __future__ import annotations

from lamforge.tasks.phrasing.render import Phrases

STRUCT_REF: dict[str, Phrases] = {
    # -- single paragraphs ----------------------------------------------------------------------------------------
    "title": Phrases(
        train=("the title", "the document title", "the title at the top", "the title of the document"),
        heldout=("the main title", "the headline at the very top"),
    ),
    "subtitle": Phrases(
        train=("the subtitle", "the subtitle under the title"),
        heldout=("the tagline", "the smaller line beneath the headline"),
    ),
    "heading_only": Phrases(
        train=("the heading", "the section heading"),
        heldout=("the sole header", "the lone section header"),
    ),
    # {h} before its noun (any heading) ...
    "heading_named": Phrases(
        train=("the {h} heading", "the {h} section heading"),
        heldout=("the {h} headline", "the section called {h}"),
    ),
    # ... or after it (headings whose words are all capitalised)
    "heading_named_after": Phrases(
        train=("the heading {h}", "the section heading {h}"),
        heldout=("the section titled {h}", "the header reading {h}"),
    ),
    "heading_nth": Phrases(
        train=("the {nth} heading", "the {nth} section heading"),
        heldout=("the {nth} section label", "the {nth} subhead"),
    ),
    "para_first": Phrases(
        train=("the first paragraph", "the opening paragraph"),
        heldout=("the intro paragraph", "the introductory paragraph"),
    ),
    "para_last": Phrases(
        train=("the last paragraph", "the final paragraph", "the closing paragraph"),
        heldout=("the concluding paragraph", "the paragraph at the very end"),
    ),
    "para_nth": Phrases(
        train=("the {nth} paragraph", "the {nth} body paragraph"),
        heldout=("the {nth} para", "the {nth} block of text"),
    ),
    "greeting": Phrases(
        train=("the greeting", "the salutation", "the greeting line"),
        heldout=("the Dear line", "the line that greets the reader"),
    ),
    "closing": Phrases(
        train=("the closing line", "the sign-off", "the sign-off line"),
        heldout=("the valediction", "the farewell phrase"),
    ),
    "signature": Phrases(
        train=("the signature", "the signature line", "the name at the bottom"),
        heldout=("the signed name", "the sender's name at the end"),
    ),
    "about": Phrases(
        train=("the paragraph about {x}", "the paragraph on {x}", "the paragraph that talks about {x}"),
        heldout=("the paragraph discussing {x}", "the passage regarding {x}", "the bit covering {x}"),
    ),
    "starts": Phrases(
        train=("the paragraph that starts with {x}", "the paragraph beginning with {x}"),
        heldout=("the paragraph leading off with the words {x}", "the para that kicks off with {x}"),
    ),
    # -- list paragraphs (real lists) -----------------------------------------------------------------------------
    "bullet_nth": Phrases(
        train=("the {nth} bullet", "the {nth} bullet point"),
        heldout=("the {nth} dot point", "bulleted entry number {r}"),
    ),
    "numbered_nth": Phrases(
        train=("the {nth} numbered item", "the {nth} numbered point"),
        heldout=("step {r} of the numbered sequence", "the {nth} numbered entry"),
    ),
    "item_nth": Phrases(
        train=("the {nth} list item", "the {nth} item"),
        heldout=("the {nth} entry of the list", "list entry {r}"),
    ),
    "bullet_all": Phrases(
        train=("the bulleted list", "all the bullet points"),
        heldout=("every dot point", "all the dot points"),
    ),
    "numbered_all": Phrases(
        train=("the numbered list", "the whole numbered list"),
        heldout=("every numbered step", "the complete numbered sequence"),
    ),
    "list_all": Phrases(
        train=("the whole list", "the list"),
        heldout=("every entry of the list", "the list in its entirety"),
    ),
    # -- runs of paragraphs ---------------------------------------------------------------------------------------
    "section_all": Phrases(
        train=("the {noun} under the {h} heading", "the {noun} under {h}"),
        heldout=("whatever follows the {h} header", "whatever sits beneath the {h} header"),
    ),
    "section_first": Phrases(
        train=("the first {k} {noun} under the {h} heading", "the first {k} {noun} under {h}"),
        heldout=("the {k} {noun} that kick off the {h} section",),
    ),
    "section_last": Phrases(
        train=("the last {k} {noun} under the {h} heading", "the last {k} {noun} under {h}"),
        heldout=("the {k} {noun} that close the {h} section",),
    ),
    "section_nth": Phrases(
        train=("the {nth} {noun} under the {h} heading", "the {nth} {noun} under {h}"),
        heldout=("the {nth} {noun} within the {h} section", "the {nth} {noun} beneath the {h} header"),
    ),
    "range_first": Phrases(
        train=("the first {k} paragraphs", "the opening {k} paragraphs"),
        heldout=("the initial {k} paragraphs", "the {k} paragraphs that kick off the document"),
    ),
    "range_last": Phrases(
        train=("the last {k} paragraphs", "the final {k} paragraphs"),
        heldout=("the concluding {k} paragraphs", "the {k} paragraphs that close the document"),
    ),
    "range_pair": Phrases(
        train=("the {nth} and {mth} paragraphs",),
        heldout=("the {nth} as well as the {mth} paragraph", "the {nth} paragraph plus the {mth} one"),
    ),
    "range_numbers": Phrases(
        train=("paragraphs {r} to {c}",),
        heldout=("paragraphs {r} thru {c}", "paragraph {r} onward to paragraph {c}"),
    ),
    # -- a sentence of a paragraph ({p}: the paragraph's own reference) ------------------------------------------------
    "sentence": Phrases(
        train=("the {nth} sentence of {p}", "the {nth} sentence in {p}"),
        heldout=("the {nth} statement in {p}", "the {nth} remark in {p}"),
    ),
    # -- tables ---------------------------------------------------------------------------------------------------
    "row_header": Phrases(
        train=("the header row", "the top row of the table", "the first row of the table"),
        heldout=("the labels row across the top", "the row of column titles"),
    ),
    "row_named": Phrases(
        train=("the {row} row", "the {row} row of the table"),
        heldout=("the {row} line of the grid", "the table line describing {row}"),
    ),
    "row_nth": Phrases(
        train=("the {nth} row of the table", "row {r} of the table"),
        heldout=("grid row {r}", "the {nth} line of the grid"),
    ),
    "row_last": Phrases(
        train=("the last row of the table", "the bottom row of the table"),
        heldout=("the lowest row in the grid", "the grid's final row"),
    ),
    "col_named": Phrases(
        train=("the {col} column", "the {col} column of the table"),
        heldout=("the table column headed {col}", "the {col} field of every row"),
    ),
    "col_nth": Phrases(
        train=("the {nth} column", "column {c} of the table", "the {nth} column of the table"),
        heldout=("grid column {c}", "the {nth} column of the grid"),
    ),
    "col_first": Phrases(
        train=("the first column", "the first column of the table"),
        heldout=("the leftmost column", "the left-hand column of the grid"),
    ),
    "col_last": Phrases(
        train=("the last column", "the last column of the table"),
        heldout=("the rightmost column", "the right-hand column of the grid"),
    ),
    "cell_num": Phrases(
        train=("the cell in row {r}, column {c}", "row {r}, column {c} of the table"),
        heldout=("the {nth} row's entry in column {c}", "the box at row {r} and column {c}"),
    ),
    "cell_named": Phrases(
        train=("the {col} column of the {row} row", "the cell where the {row} row meets the {col} column"),
        heldout=("what {row} has under {col}", "the {col} value given for {row}"),
    ),
    # -- everything, and a character inside a word ------------------------------------------------------------------
    "whole": Phrases(
        train=("the whole document", "the entire document", "all the text", "everything"),
        heldout=("the text in its entirety", "the complete text"),
    ),
    "within": Phrases(
        train=("the {in} in {w}", "the {in} of {w}"),
        heldout=("the digit inside {w}", "the {in} that is part of {w}"),
    ),
}

COUNT_WORDS = ("one", "two", "three", "four", "five", "six")

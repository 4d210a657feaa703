"""Small English word lists and verb-form helpers shared by the task and step cleaners.

There is no tagger among our dependencies, and the help's language is regular enough that a closed
list of verbs (the ones the LibreOffice help actually uses) plus three inflection rules turns
"Inserting Tables" into "Insert tables" and "Keeps the paragraph together" into "Keep the paragraph
together" reliably. Every helper checks its guess against :data:`VERBS`, so an unknown word is left
alone rather than mangled.
"""

from __future__ import annotations

# Base forms of the verbs the help uses in headings, option descriptions and steps.
VERBS = frozenset(
    """
    accept access activate adapt add adjust align allow alternate anchor animate append apply arrange
    assign attach avoid bind blur bold break bring browse calculate call cancel capitalize center change
    check choose clear click close collapse color colour combine compare compress configure connect double
    contain continue convert copy count create cross-reference customize cut cycle deactivate decrease
    decrypt define delete demote deselect detach determine disable display distribute divide dock
    double-click drag draw drop edit embed emphasize enable enclose encrypt end ensure enter exchange
    exclude execute exempt exit expand export extend fill filter find fine-tune fit flip float follow
    format freeze get go group hide highlight hold hyphenate ignore import include increase indent
    insert inspect install integrate invert italicize join jump justify keep kern label launch leave
    link list load locate lock look maintain make manage mark match merge minimize modify move name
    navigate number open organize overline override paste pause place play point position press
    prevent preview print promote protect provide put reattach recalculate record redo reduce
    refresh register reject reload remove rename render reopen reorder repeat replace reply reset
    resize restart restore restrict resume return reverse revert right-click rotate run save scale
    scroll search select send separate set shade share shift show shrink sign skip slant sort specify
    spell split start stop store stretch strike subtract suppress swap switch tab test tile toggle
    track transfer trim turn type uncheck underline undo undock ungroup unlink unlock unprotect update use
    validate view work wrap write zoom
    """.split()
)

# Verbs that make a plan step an action on the user interface (the "actionable" filter looks for one).
UI_VERBS = frozenset(
    """
    choose click double-click right-click select press type enter open drag drop set clear check
    uncheck mark place position insert apply go hold scroll close save print delete remove copy paste
    cut format align move resize rename edit change enable disable specify tap highlight
    """.split()
)

# Words kept capitalised when a Title Case heading is lowered to a sentence.
KEEP_CASE = frozenset(
    """
    LibreOffice Writer Calc Impress Draw Math Base Basic Navigator Windows Linux Microsoft Word Excel
    English Unicode Internet I OK Gallery Fontwork AutoCorrect AutoText AutoFormat AutoCaption
    """.split()
)

_IRREGULAR_THIRD = {"does": "do", "goes": "go", "has": "have", "is": "be"}


def is_verb(word: str) -> bool:
    """Return True if ``word`` (any case) is a known base-form verb.

    >>> is_verb("Insert"), is_verb("Table")
    (True, False)
    """
    return word.lower() in VERBS


def _match_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def base_from_gerund(word: str) -> str | None:
    """Return the base verb of an ``-ing`` form, or None when it is not a known verb.

    >>> base_from_gerund("Inserting"), base_from_gerund("Setting"), base_from_gerund("Defining")
    ('Insert', 'Set', 'Define')
    """
    low = word.lower()
    if not low.endswith("ing") or len(low) < 5:
        return None
    stem = low[:-3]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if cand and cand in VERBS:
            return _match_case(cand, word)
    return None


def base_from_third_person(word: str) -> str | None:
    """Return the base verb of a third-person form ("Inserts", "Applies"), or None.

    >>> base_from_third_person("Applies"), base_from_third_person("Matches"), base_from_third_person("Tables")
    ('Apply', 'Match', None)
    """
    low = word.lower()
    cands = []
    if low in _IRREGULAR_THIRD:
        cands.append(_IRREGULAR_THIRD[low])
    if low.endswith("ies"):
        cands.append(low[:-3] + "y")
    if low.endswith("es"):
        cands.append(low[:-2])
    if low.endswith("s"):
        cands.append(low[:-1])
    for cand in cands:
        if cand in VERBS:
            return _match_case(cand, word)
    return None

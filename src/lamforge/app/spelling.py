"""Writer's own spelling checker, asked word by word: what Tools > Spelling would underline, and its suggestions.

Why: "there's a spelling mistake in the paragraph about the winner" names no word. A person finds it by the red
underline; lamforge asks the same checker (LibreOffice's Hunspell service with the en-GB and en-US dictionaries
that ``scripts/setup`` installs). A word is misspelt only when neither dictionary holds it, so "colour" and "color"
both stand. Without the dictionaries the checker knows no locale and :func:`misspellings` says so with None.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

SERVICE = "org.openoffice.lingu.MySpellSpellChecker"  # the Hunspell checker itself, not the dispatcher
LOCALES = (("en", "GB"), ("en", "US"))


def misspellings(session: Any, words: Iterable[str]) -> dict[str, tuple[str, ...]] | None:
    """Each of ``words`` that no English dictionary holds, with the checker's suggestions, best first.

    Runs on the session's UNO thread (``session.call``); None when no English dictionary is installed.
    """
    return session.call(_ask, session, list(dict.fromkeys(words)))


def _ask(session: Any, words: list[str]) -> dict[str, tuple[str, ...]] | None:
    import uno

    checker = session.smgr.createInstanceWithContext(SERVICE, session.ctx)
    locales = [uno.createUnoStruct("com.sun.star.lang.Locale", lang, country, "") for lang, country in LOCALES]
    locales = [loc for loc in locales if checker is not None and checker.hasLocale(loc)]
    if not locales:
        return None
    found: dict[str, tuple[str, ...]] = {}
    for word in words:
        plain = word.replace("\u2019", "'")
        if any(checker.isValid(plain, loc, ()) for loc in locales):
            continue
        answer = checker.spell(plain, locales[0], ())
        found[word] = tuple(answer.getAlternatives()) if answer is not None else ()
    return found

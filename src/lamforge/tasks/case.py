"""Change-case families (Format - Text): UPPERCASE, lowercase, Capitalize Every Word, Sentence case.

The change rewrites the characters themselves, so the expected document replaces the span's text
and keeps its formatting. Targets are chosen so LibreOffice's rule and ours cannot disagree:
letters and spaces only, and a change that actually alters the text.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from lamforge.tasks import steps
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.checks.edits import replace_span
from lamforge.tasks.formatting import PLAIN_ROLES, _SpanFamily
from lamforge.tasks.phrasing.render import Phrases

_LETTERS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)+")


def title_case(text: str) -> str:
    """Capitalize every word, as Writer's "Capitalize Every Word" does for plain words.

    >>> title_case("holiday gift boxes")
    'Holiday Gift Boxes'
    """
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def sentence_case(text: str) -> str:
    """First letter upper case, the rest lower case.

    >>> sentence_case("NOTICE OF PUBLIC HEARING")
    'Notice of public hearing'
    """
    low = text.lower()
    return low[:1].upper() + low[1:]


class _CaseFamily(_SpanFamily):
    """Select a span, then run one of Writer's change-case commands."""

    category: ClassVar[str] = "formatting"
    help_ref = "Changing the Case of Text"
    command: ClassVar[str]

    @staticmethod
    def convert(text: str) -> str:
        """The span's text after the change."""
        raise NotImplementedError

    @classmethod
    def text_ok(cls, text: str) -> bool:
        """Letters and single spaces only, and the change must alter the text."""
        return bool(_LETTERS.fullmatch(text)) and cls.convert(text) != text

    def op_steps(self) -> list[dict[str, Any]]:
        """Click the change-case command."""
        return [steps.click(self.command)]

    def apply(self, model: DocModel) -> None:
        """Rewrite the span, keeping its formatting."""
        t = self.target
        replace_span(model, t.para, t.start, t.end, self.convert(t.text), keep_props=True)


class Uppercase(_CaseFamily):
    """Make a span upper case."""

    name = "case_upper"
    command = ".uno:ChangeCaseToUpper"
    roles = (*PLAIN_ROLES, "heading")
    convert = staticmethod(str.upper)
    phrases = Phrases(
        train=("make {target} uppercase", "change {target} to upper case", "convert {target} to capitals",
               "put {target} in all caps", "turn {target} into uppercase", "capitalize all the letters of {target}",
               "!{Target} should be in capital letters."),
        heldout=("write {target} in block capitals", "uppercase {target}", "!{Target} should be ALL CAPS.",
                 "switch {target} to capital letters only"),
    )


class Lowercase(_CaseFamily):
    """Make a span lower case."""

    name = "case_lower"
    command = ".uno:ChangeCaseToLower"
    roles = (*PLAIN_ROLES, "heading", "title")
    convert = staticmethod(str.lower)
    phrases = Phrases(
        train=("make {target} lowercase", "change {target} to lower case", "convert {target} to small letters",
               "put {target} in lowercase", "turn {target} into lower case", "!{Target} should be lowercase."),
        heldout=("lowercase {target}", "decapitalize {target}", "!{Target} should be in small letters.",
                 "drop all the capitals in {target}"),
    )

    @classmethod
    def text_ok(cls, text: str) -> bool:
        """At least two capitals, so the change is visible beyond a sentence start."""
        return super().text_ok(text) and sum(c.isupper() for c in text) >= 2


class TitleCase(_CaseFamily):
    """Capitalize every word of a lower-case span."""

    name = "case_title"
    command = ".uno:ChangeCaseToTitleCase"
    convert = staticmethod(title_case)
    words = (2, 4)
    phrases = Phrases(
        train=("capitalize every word of {target}", "change {target} to title case", "put {target} in title case",
               "make each word of {target} start with a capital", "convert {target} to title case",
               "capitalize the first letter of each word in {target}",
               "!Every word in {target} should be capitalized."),
        heldout=("title-case {target}", "give every word in {target} an initial capital",
                 "!{Target} should be in title case.", "!I want {target} to look like a book title."),
    )

    @classmethod
    def text_ok(cls, text: str) -> bool:
        """All lower case, so only first letters change."""
        return super().text_ok(text) and text == text.lower()


class SentenceCase(_CaseFamily):
    """Put a short title-cased or all-caps line into sentence case."""

    name = "case_sentence"
    command = ".uno:ChangeCaseToSentenceCase"
    roles = ("heading", "title", "meta", "item")
    words = (99, 99)  # whole lines only
    whole_max_words = 8
    convert = staticmethod(sentence_case)
    phrases = Phrases(
        train=("change {target} to sentence case", "put {target} in sentence case",
               "convert {target} to sentence case", "make {target} sentence case",
               "!{Target} should be in sentence case."),
        heldout=("sentence-case {target}", "!Only the first letter of {target} should be a capital.",
                 "lowercase everything in {target} except the first letter"),
    )

    @classmethod
    def text_ok(cls, text: str) -> bool:
        """Title Case or ALL CAPS lines, where lowering every later word is what the user means."""
        return super().text_ok(text) and all(w[:1].isupper() for w in text.split(" "))


FAMILIES = (Uppercase, Lowercase, TitleCase, SentenceCase)

"""Editing families: insert a paragraph, append or delete a sentence, delete a paragraph or words, change words.

Typing happens where the reference solution puts the cursor: after selecting the *last* words
of a paragraph and pressing End (so the cursor is at the paragraph's end, not a line's end).
"""

from __future__ import annotations

import random
import re
from typing import Any

from lamforge.tasks import steps
from lamforge.tasks.base import Task, TaskParams, TaskSplit, values_for
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.checks.edits import delete_paragraph, insert_paragraph, paragraph, replace_span
from lamforge.tasks.paragraphs import ParaParams, _ParaFamily
from lamforge.tasks.phrasing.common import NEW_TEXT
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, pick_fill
from lamforge.tasks.structural import STRUCT_RATE, paragraph_refs, pick_ref, select_steps, struct_fill
from lamforge.tasks.targets import NoTarget, StructRef
from lamforge.tasks.templates import TemplateSpec
from lamforge.tasks.templates.spec import Para
from lamforge.tasks.values import BASE_SPACING, NEW_SENTENCES, NUMBER_WORDS
from lamforge.text.vocab import FUNCTION_WORDS

_SENTENCE = re.compile(r"[^.!?]*[.!?]+(?:\s+|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) without the trailing space.

    >>> t = "One thing. Two things! Three."
    >>> [t[a:b] for a, b in sentences(t)]
    ['One thing.', 'Two things!', 'Three.']
    """
    out = []
    for m in _SENTENCE.finditer(text):
        a, b = m.span()
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


class TextParams(ParaParams):
    """A paragraph and a sentence of new text."""

    text: str


class InsertParagraph(_ParaFamily):
    """Add a new paragraph after a given one."""

    name = "insert_paragraph"
    category = "editing"
    help_ref = "Instructions for Using LibreOffice Writer"
    Params = TextParams
    anchor_at = "end"
    roles = ("body", "heading", "item", "note")
    phrases = Phrases(
        train=("add a new paragraph saying {text} after {target}", "insert the paragraph {text} below {target}",
               "type {text} as a new paragraph after {target}", "add {text} on a new line after {target}",
               "put a new paragraph {text} right after {target}", "write {text} in a new paragraph under {target}"),
        heldout=("!Below {target} I need a fresh paragraph that reads {text}.",
                 "append a paragraph reading {text} directly beneath {target}",
                 "follow {target} with a new paragraph: {text}", "start a new paragraph after {target} with {text}"),
    )

    @classmethod
    def values(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec, target: Any) -> dict[str, Any]:
        """A sentence of the split."""
        return {"text": rng.choice(values_for(split, *NEW_SENTENCES))}

    def value_fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The new text, quoted."""
        t = self.params.text  # type: ignore[attr-defined]
        return {"text": pick_fill(rng, NEW_TEXT, pool, avoid_quote_in=t, t=t)}

    def op_steps(self) -> list[dict[str, Any]]:
        """End of the paragraph, Enter, type."""
        return [steps.keys("{END}{ENTER}" + self.params.text)]  # type: ignore[attr-defined]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """Unused: the change is a new paragraph."""
        return {}

    def apply(self, model: DocModel) -> None:
        """A plain paragraph after the target; after a heading it is a Normal paragraph."""
        i = self.target.para
        text = self.params.text  # type: ignore[attr-defined]
        if paragraph(model, i).style.casefold().startswith("heading"):
            new = insert_paragraph(model, i, text)
            new.style, new.spacing = "Normal", BASE_SPACING
        else:
            insert_paragraph(model, i, text, like=i)


class InsertBefore(_ParaFamily):
    """Add a new paragraph before a given one (before the first: at the top of the document)."""

    name = "insert_before"
    category = "editing"
    help_ref = "Instructions for Using LibreOffice Writer"
    Params = TextParams
    anchor_at = "start"
    roles = ("body", "item", "note")
    phrases = Phrases(
        train=("add a new paragraph saying {text} before {target}", "insert the paragraph {text} above {target}",
               "type {text} as a new paragraph before {target}", "put a new paragraph {text} right before {target}",
               "write {text} in a new paragraph above {target}", "insert {text} as a new paragraph before {target}"),
        heldout=("!Above {target} I need a fresh paragraph that reads {text}.",
                 "precede {target} with a new paragraph: {text}",
                 "put a paragraph reading {text} just ahead of {target}"),
    )

    values = InsertParagraph.values
    value_fills = InsertParagraph.value_fills

    layout = InsertParagraph.layout

    def op_steps(self) -> list[dict[str, Any]]:
        """Start of the paragraph, type, Enter: the typed line becomes a paragraph laid out like the target."""
        return [steps.keys(self.start_keys() + self.params.text + "{ENTER}")]  # type: ignore[attr-defined]

    def apply(self, model: DocModel) -> None:
        """A paragraph laid out like the target, right before it."""
        insert_paragraph(model, self.target.para, self.params.text, like=self.target.para, before=True)  # type: ignore[attr-defined]


class AppendSentence(_ParaFamily):
    """Add a sentence at the end of a paragraph."""

    name = "append_sentence"
    category = "editing"
    help_ref = "Instructions for Using LibreOffice Writer"
    Params = TextParams
    anchor_at = "end"
    roles = ("body",)
    phrases = Phrases(
        train=("add the sentence {text} at the end of {target}", "append {text} to {target}",
               "finish {target} with the sentence {text}", "type {text} at the end of {target}",
               "extend {target} with {text}"),
        heldout=("tack {text} onto the end of {target}", "!{Target} should end with one more sentence: {text}",
                 "close {target} with the line {text}"),
    )

    @classmethod
    def para_ok(cls, spec: TemplateSpec, p: Para) -> bool:
        """Paragraphs that end a sentence."""
        return p.text.rstrip().endswith((".", "!", "?"))

    values = InsertParagraph.values
    value_fills = InsertParagraph.value_fills

    def op_steps(self) -> list[dict[str, Any]]:
        """End of the paragraph, type a space and the sentence."""
        return [steps.keys("{END} " + self.params.text)]  # type: ignore[attr-defined]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """Unused: the change is text."""
        return {}

    def apply(self, model: DocModel) -> None:
        """The sentence after the paragraph's text."""
        p = paragraph(model, self.target.para)
        replace_span(model, self.target.para, len(p.text), len(p.text), " " + self.params.text)  # type: ignore[attr-defined]


class SentenceParams(TaskParams):
    """A sentence ``[start, end)`` of paragraph ``para``; held-out phrasings may quote only its start.

    With ``ref`` the request names it by position in a paragraph named by role or position ("the last sentence
    of the first paragraph").
    """

    para: int
    start: int
    end: int
    text: str
    by_start: bool = False
    ref: StructRef | None = None


_SENTENCE_PARA_KINDS = ("para_nth", "about", "starts", "section_nth")


class DeleteSentence(Task):
    """Delete one sentence of a multi-sentence paragraph."""

    name = "delete_sentence"
    category = "editing"
    help_ref = "Navigating and Selecting With the Keyboard"
    Params = SentenceParams
    phrases = Phrases(
        train=("delete the sentence {target}", "remove the sentence {target}", "cut the sentence {target}",
               "take out the sentence {target}", "erase the sentence {target}", "!The sentence {target} should go."),
        heldout=("get rid of the sentence {target}", "!Please drop the sentence {target} from the text.",
                 "strike the sentence {target} from the document entirely", "scrap the sentence {target}"),
    )
    struct_phrases = Phrases(
        train=("delete {target}", "remove {target}", "cut {target}", "take out {target}", "erase {target}",
               "!{Target} should go."),
        heldout=("get rid of {target}", "!Please drop {target} from the text.", "scrap {target}",
                 "strike {target} from the document entirely"),
    )

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A unique sentence of a body paragraph with at least two sentences."""
        cands = []
        for p in spec.by_role("body"):
            spans = sentences(p.text)
            if len(spans) >= 2:
                cands += [(p.index, a, b) for a, b in spans if spec.is_unique(p.text[a:b]) and b - a <= 160]
        if not cands:
            raise NoTarget(f"{spec.name}: no deletable sentence")
        i, a, b = rng.choice(cands)
        return SentenceParams(template=spec.name, para=i, start=a, end=b, text=spec.paragraphs[i].text[a:b],
                              by_start=split == "test-phrasing" and rng.random() < 0.5)

    structural_rate = STRUCT_RATE

    @classmethod
    def struct_params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A sentence named by its position in a paragraph that is itself named by role or position."""
        cands = []
        for p in spec.by_role("body"):
            spans = sentences(p.text)
            texts = [p.text[a:b] for a, b in spans]
            inner = [r for r in paragraph_refs(spec, p) if r.kind in _SENTENCE_PARA_KINDS]
            if len(spans) < 2 or not inner or min(map(len, texts)) < 15 or len(set(texts)) != len(texts):
                continue
            cands += [(p, k, inner) for k in range(len(spans)) if sum(t in p.text for t in texts[k:k + 1]) == 1]
        if not cands:
            raise NoTarget(f"{spec.name}: no sentence named by position")
        p, k, inner = rng.choice(cands)
        a, b = sentences(p.text)[k]
        last = k == len(sentences(p.text)) - 1
        nth = -1 if last and rng.random() < 0.6 else k + 1
        ref = StructRef(kind="sentence", start=p.index + 1, end=p.index + 1, nth=nth, text=p.text[a:b],
                        inner=pick_ref(rng, inner))
        return SentenceParams(template=spec.name, para=p.index, start=a, end=b, text=p.text[a:b], ref=ref)

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The sentence quoted in full, by its position, or (held-out) by its first words."""
        t = self.params.text  # type: ignore[attr-defined]
        if self.params.ref is not None:  # type: ignore[attr-defined]
            return {"target": struct_fill(rng, self.params.ref, pool)}  # type: ignore[attr-defined]
        if self.params.by_start:  # type: ignore[attr-defined]
            head = " ".join(t.split()[:4])
            starts = Phrases(train=(), heldout=("that begins \u201c{q}\u201d", "starting with '{q}'"))
            return {"target": pick_fill(rng, starts, "heldout", avoid_quote_in=head, q=head)}
        return {"target": pick_fill(rng, _QUOTE_ONLY, pool, avoid_quote_in=t, q=t)}

    def solution(self) -> list[dict[str, Any]]:
        """Select the sentence (in its paragraph, when named by position) and delete it."""
        if self.params.ref is not None:  # type: ignore[attr-defined]
            return [*select_steps(self.params.ref), steps.keys("{DELETE}")]  # type: ignore[attr-defined]
        return [steps.select(self.params.text), steps.keys("{DELETE}")]  # type: ignore[attr-defined]

    def apply(self, model: DocModel) -> None:
        """The paragraph without the sentence (spaces are normalised by the check)."""
        p = self.params
        replace_span(model, p.para, p.start, p.end, "")  # type: ignore[attr-defined]


_QUOTE_ONLY = Phrases(train=("'{q}'", '"{q}"'), heldout=("\u201c{q}\u201d", "\u2018{q}\u2019", '"{q}"'))


class DeleteParagraph(_ParaFamily):
    """Delete a whole paragraph."""

    name = "delete_paragraph"
    category = "editing"
    help_ref = "Navigating and Selecting With the Keyboard"
    roles = ("body", "note", "item", "meta", "quote")
    phrases = Phrases(
        train=("delete {target}", "remove {target}", "delete {target} entirely", "take out {target}",
               "erase {target} from the document", "!{Target} should be deleted."),
        heldout=("get rid of {target}", "!{Target} is no longer needed; remove it.", "wipe out {target}",
                 "scrap {target} completely"),
    )

    @classmethod
    def para_ok(cls, spec: TemplateSpec, p: Para) -> bool:
        """Short enough to select whole, and unique."""
        return len(p.text) <= 160 and spec.is_unique(p.text)

    def solution(self) -> list[dict[str, Any]]:
        """Select the whole paragraph's text (or the paragraph by number) and delete it."""
        if self.target.ref is not None:
            return [*select_steps(self.target.ref), steps.keys("{DELETE}")]
        return [steps.select(self.spec.paragraphs[self.target.para].text), steps.keys("{DELETE}")]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """Unused."""
        return {}

    def apply(self, model: DocModel) -> None:
        """The paragraph is gone (an empty paragraph left behind does not count)."""
        delete_paragraph(model, self.target.para)


class NumberParams(TaskParams):
    """A number phrase ``old`` of paragraph ``para`` at ``start`` and its replacement ``new``."""

    para: int
    start: int
    old: str
    new: str


_NUMBER_PHRASE = re.compile(r"\b(\d{1,3}|" + "|".join(NUMBER_WORDS) + r") ([a-z]{3,})\b")


class ChangeText(Task):
    """Change a number phrase ("thirty days" -> "forty days") by selecting it and typing over it."""

    name = "change_text"
    category = "editing"
    help_ref = "Moving and Copying Text in Documents"
    Params = NumberParams
    phrases = Phrases(
        train=("change {old} to {new}", "replace {old} with {new}", "edit {old} so it reads {new}",
               "overwrite {old} with {new}", "update {old} to {new}", "!{Old} should read {new}."),
        heldout=("swap {old} for {new}", "!It's {new}, not {old} - please fix that.", "correct {old} to {new}",
                 "amend {old} to say {new}"),
    )

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A unique "<number> <word>" phrase and the same phrase with another number."""
        cands = []
        for p in spec.by_role("body", "note", "item", "quote"):
            for m in _NUMBER_PHRASE.finditer(p.text):
                if spec.is_unique(m.group(0)) and p.text[max(0, m.start() - 1):m.start()] not in (".", ","):
                    cands.append((p.index, m))
        if not cands:
            raise NoTarget(f"{spec.name}: no number phrase")
        i, m = rng.choice(cands)
        num, word = m.group(1), m.group(2)
        if num.isdigit():
            lo, hi = (2, 60) if split == "train" else (61, 99)
            new_num = str(rng.choice([n for n in range(lo, hi) if str(n) != num]))
        else:
            words = NUMBER_WORDS[::2] if split == "train" else NUMBER_WORDS[1::2]
            new_num = rng.choice([w for w in words if w != num] or ["several"])
        return NumberParams(template=spec.name, para=i, start=m.start(), old=m.group(0), new=f"{new_num} {word}")

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """Old and new text, quoted."""
        p = self.params
        return {"old": pick_fill(rng, NEW_TEXT, pool, t=p.old), "new": pick_fill(rng, NEW_TEXT, pool, t=p.new)}  # type: ignore[attr-defined]

    def solution(self) -> list[dict[str, Any]]:
        """Select the old phrase and type the new one."""
        return [steps.select(self.params.old), steps.keys(self.params.new)]  # type: ignore[attr-defined]

    def apply(self, model: DocModel) -> None:
        """The phrase replaced."""
        p = self.params
        replace_span(model, p.para, p.start, p.start + len(p.old), p.new)  # type: ignore[attr-defined]


class WordsParams(TaskParams):
    """Words inside a paragraph (``start`` in its text), deleted with the space after them."""

    para: int
    start: int
    text: str


_WORD = re.compile(r"(?<=\s)[A-Za-z][a-z'-]{3,}(?:\s[a-z][a-z'-]{3,})?(?=\s)")


class DeleteText(Task):
    """Delete a word or two inside a paragraph ("delete the word 'quietly'"), and the space after them.

    Not a sentence (``delete_sentence``) nor a paragraph (``delete_paragraph``): the rest of the paragraph stays,
    with one space where the words were.
    """

    name = "delete_text"
    category = "editing"
    help_ref = "Navigating and Selecting With the Keyboard"
    Params = WordsParams
    phrases = Phrases(
        train=("delete {w}", "remove {w}", "get rid of {w}", "take out {w}", "!{W} can go: delete it."),
        heldout=("erase {w}", "cut {w} from the text", "!Please drop {w}; it adds nothing."),
    )

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """One or two words, not a paragraph's first, followed by a space, found once in the document."""
        cands = []
        for p in spec.by_role("body", "note", "item", "quote"):
            for m in _WORD.finditer(p.text):
                words = m.group(0).split()
                if (any(w.lower() in FUNCTION_WORDS for w in words) or not spec.is_unique(f"{m.group(0)} ")
                        or not spec.is_unique(m.group(0))):
                    continue
                cands.append((p.index, m.start(), m.group(0)))
        if not cands:
            raise NoTarget(f"{spec.name}: no words to delete")
        para, start, text = rng.choice(cands)
        return WordsParams(template=spec.name, para=para, start=start, text=text)

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The words, quoted, half of the time called a word or words ("the word 'quietly'")."""
        words = pick_fill(rng, NEW_TEXT, pool, t=self.params.text)  # type: ignore[attr-defined]
        if rng.random() < 0.5:
            noun = "the words " if " " in self.params.text else "the word "  # type: ignore[attr-defined]
            words = Fill(noun + words.skel, noun + words.text)
        return {"w": words}

    def solution(self) -> list[dict[str, Any]]:
        """Select the words with the space after them, then Delete."""
        return [steps.select(f"{self.params.text} "), steps.keys("{DELETE}")]  # type: ignore[attr-defined]

    def apply(self, model: DocModel) -> None:
        """The words and the space after them are gone."""
        p = self.params
        replace_span(model, p.para, p.start, p.start + len(p.text) + 1, "")  # type: ignore[attr-defined]


FAMILIES = (InsertParagraph, InsertBefore, AppendSentence, DeleteSentence, DeleteParagraph, DeleteText, ChangeText)

"""Requests that cannot be done here: send, print, translate, open files, fetch pictures, meetings, export, and more.

"More" is what Writer could do but lamforge's actions cannot: page numbers, headers and footers, notes, links,
margins, contents tables, counting words, spelling.

The right answer is a ``FAIL`` status saying why, and a document left exactly as it was. The reference solution is
that one ``summary`` step; the checker passes only an untouched document, and ``lamforge collect`` also wants the
agent to have said it cannot (``Task.infeasible``). Every split has them, with phrasings and values of its own.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar, Literal

from lamforge.tasks import steps
from lamforge.tasks.base import Task, TaskParams, TaskSplit, values_for
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, fill
from lamforge.tasks.templates import TemplateSpec

Kind = Literal["email", "print", "translate", "open", "media", "meeting", "export", "unsupported"]
_CORES: dict[str, Phrases] = {
    "email": Phrases(
        train=("email {doc} to {who}", "send {doc} to {who} by email", "mail {doc} to {who}",
               "forward {doc} to {who}", "!{Doc} needs to go to {who} by email."),
        heldout=("get {doc} into the inbox of {who}", "fax {doc} over to {who}",
                 "!{Who} should receive {doc} as an attachment today."),
    ),
    "print": Phrases(
        train=("print {doc}", "print {n} copies of {doc}", "send {doc} to the printer", "print out {doc}"),
        heldout=("run off {n} paper copies of {doc}", "make a hard copy of {doc}",
                 "!I need {doc} on paper, {n} copies."),
    ),
    "translate": Phrases(
        train=("translate {doc} into {lang}", "translate the title into {lang}",
               "!{Doc} should be translated into {lang}."),
        heldout=("give me a {lang} version of {doc}", "rewrite {doc} in {lang} for our partners",
                 "!Our {lang} readers need {doc} in their language."),
    ),
    "open": Phrases(
        train=("open {file}", "open {file} and copy its figures in here", "import the data from {file}",
               "load {file} into this document"),
        heldout=("bring up {file} next to this one", "pull the numbers across from {file}",
                 "!I need {file} on screen as well."),
    ),
    "media": Phrases(
        train=("insert a chart of {what} below the title", "add a bar chart showing {what}",
               "add a picture of {thing} at the top", "insert a photo of {thing} after the first paragraph"),
        heldout=("draw a pie graph of {what}", "stick an image of {thing} under the title",
                 "!There should be a diagram of {what} on the first page."),
    ),
    "meeting": Phrases(
        train=("schedule a meeting with {who} about {doc}", "set up a call with {who} for Monday",
               "remind me to review {doc} tomorrow", "add a meeting with {who} to my calendar"),
        heldout=("book a room on Thursday to go through {doc} with {who}",
                 "ring {who} and talk {doc} through", "!Put a catch-up with {who} in my diary."),
    ),
    "export": Phrases(
        train=("save {doc} as a PDF", "export {doc} to PDF", "protect {doc} with a password"),
        heldout=("turn {doc} into something Acrobat can read", "lock {doc} so nobody else can edit it",
                 "!{Doc} should be kept as a read-only copy on the shared drive."),
    ),
}
# Writer features outside lamforge's actions (text, character and paragraph formatting, lists, tables, page breaks,
# orientation): the honest answer is the same as for e-mail, and the document must stay as it was
_CORES["unsupported"] = Phrases(
    train=("add page numbers to {doc}", "put page numbers at the bottom of every page",
           "add a footer with {who}'s name to {doc}", "insert a footnote after the first sentence",
           "add a hyperlink to the title", "insert a table of contents at the top of {doc}",
           "set the page margins of {doc} to 2 cm", "count the words in {doc}", "check the spelling of {doc}"),
    heldout=("number the pages of {doc}", "!Every page needs a running header with {who} on it.",
             "add an endnote citing the source of the first paragraph", "link the title to our website",
             "make the margins of {doc} narrower", "how many words are in {doc}?", "spell-check {doc} for me"),
)
DOC_REF = Phrases(
    train=("this document", "the document", "this file"),
    heldout=("this thing", "what I have open", "my doc"),
)
_WHO = (("the finance team", "my manager", "Priya", "the board", "all staff", "the printer shop"),
        ("the marketing team", "our lawyer", "Jonas", "the landlord", "my editor"))
_LANG = (("French", "German", "Spanish", "Dutch"), ("Italian", "Portuguese", "Japanese", "Polish"))
_FILES = (("last year's budget spreadsheet", "the sales figures workbook", "the March report PDF",
           "the client list in Excel"),
          ("the old contract PDF", "the survey results spreadsheet", "the supplier price list workbook"))
_WHAT = (("the monthly totals", "the figures in the table", "this year's results"),
         ("the survey answers", "the numbers by region", "last quarter's sales"))
_THING = (("our office", "the team", "the product"), ("the venue", "the building site", "our founder"))
REASONS = {
    "email": "Writer cannot send e-mail: save the document and send it from your mail program.",
    "print": "Printing is not available here: I can only edit the document.",
    "translate": "I cannot translate text in Writer.",
    "open": "Only this document is open here: I cannot open or import other files.",
    "media": "There is no picture, chart or data source here to insert from.",
    "meeting": "Writer cannot schedule meetings, calls or reminders.",
    "export": "Saving, exporting and protecting files is not available here.",
    "unsupported": "That is outside what I can do here: I edit the document's text, formatting, lists, tables and "
                   "page breaks.",
}


class InfeasibleParams(TaskParams):
    """What the request asks for that Writer cannot do, and the values it names."""

    kind: Kind
    who: str = ""
    lang: str = ""
    file: str = ""
    what: str = ""
    thing: str = ""
    copies: int = 2


class Infeasible(Task):
    """A request outside the action space: say so, change nothing."""

    name = "infeasible"
    category = "infeasible"
    help_ref = "Requests Writer cannot carry out"  # no help page: instantiation should not route pairs here
    Params = InfeasibleParams
    infeasible: ClassVar[bool] = True
    kinds: ClassVar[tuple[str, ...]] = ("email", "print", "translate", "open", "media", "meeting", "export")
    phrases = Phrases(train=tuple(c for k in kinds for c in _CORES[k].train),
                      heldout=tuple(c for k in kinds for c in _CORES[k].heldout))

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A kind of impossible request and values of the split."""
        return InfeasibleParams(
            template=spec.name, kind=rng.choice(cls.kinds), who=rng.choice(values_for(split, *_WHO)),
            lang=rng.choice(values_for(split, *_LANG)), file=rng.choice(values_for(split, *_FILES)),
            what=rng.choice(values_for(split, *_WHAT)), thing=rng.choice(values_for(split, *_THING)),
            copies=rng.choice((2, 3, 5) if split == "train" else (4, 10)))

    def cores(self, pool: Pool) -> tuple[str, ...]:
        """The kind's phrasings."""
        return _CORES[self.params.kind].get(pool)  # type: ignore[attr-defined]

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The document and the values."""
        p = self.params
        doc = rng.choice(DOC_REF.get(pool))
        return {"doc": fill(doc), "who": fill("{who}", who=p.who), "lang": fill("{lang}", lang=p.lang),  # type: ignore[attr-defined]
                "file": fill("{file}", file=p.file), "what": fill("{what}", what=p.what),  # type: ignore[attr-defined]
                "thing": fill("{thing}", thing=p.thing), "n": fill("{n}", n=str(p.copies))}  # type: ignore[attr-defined]

    def solution(self) -> list[dict[str, Any]]:
        """Say why, and do nothing else."""
        return [steps.summary(REASONS[self.params.kind])]  # type: ignore[attr-defined]

    def apply(self, model: DocModel) -> None:
        """Nothing changes."""

    def untouched_passes(self) -> bool:
        """The untouched document is the right result here; what fails is an agent that acts or claims success."""
        return False


class Unsupported(Infeasible):
    """A Writer feature outside lamforge's actions (page numbers, footers, notes, links, margins ...): say so.

    A family of its own, so that its requests do not thin out the other impossible kinds in the training data
    (with them in one family of 24 training tasks, no chart request was left for the task memory to recall).
    """

    name = "unsupported"
    kinds: ClassVar[tuple[str, ...]] = ("unsupported",)
    phrases = Phrases(train=_CORES["unsupported"].train, heldout=_CORES["unsupported"].heldout)


FAMILIES = (Infeasible, Unsupported)

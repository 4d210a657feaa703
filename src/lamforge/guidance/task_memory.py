"""Task memory: the closest solved task's action skeleton, shown to the model as a hint.

A small model trained on a few dozen phrasings per operation misreads a verb it never saw ("slant every
mention of ..."); a sentence-embedding model reads it as "italicize". UFO retrieves demonstrations for
its prompt the same way. The memory keeps, for every solved training task, its request with the quoted
texts masked, its operation (task family) and its action skeleton: functions and controls without any
task-specific text, but saying which of the request's quoted texts a text argument copies
(``select_text quote 1; keyboard_input quote 2`` for "change 'A' to 'B'"). For a new request a classifier fitted
on the known requests reads the operation (:mod:`lamforge.guidance.operation_classifier`), and the nearest known
task of that operation gives the hint.

A checkpoint carries its memory (``task_memory.json`` + ``.npy``); the runtime guides decoding with it
(:mod:`lamforge.guidance.hint_guide`). Optionally (``hint_in_prompt``) the hint is also a prompt line: training
attaches it with each task's own entry left out, so the model sees hints as often wrong as they will be
at run time.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from lamforge.app.out_of_reach import REASONS, infeasible_reason
from lamforge.guidance.document_guard import is_key_chord
from lamforge.guidance.operation_classifier import OperationClassifier
from lamforge.guidance.operation_parts import compose
from lamforge.guidance.typed_values import names_font, typed_values
from lamforge.guidance.whole_document import every_occurrence, whole_document, whole_table
from lamforge.io.atomic import atomic_open, write_json
from lamforge.text.last_resort import firm
from lamforge.text.minilm import MatcherUnavailable, load_minilm
from lamforge.text.quotes import QUOTED_RE, quoted_texts
from lamforge.text.references import find_targets
from lamforge.text.similarity import tfidf_similarity
from lamforge.text.typos import fix_typos

MEMORY_FILE = "task_memory.json"
EMBEDDINGS_FILE = "task_memory.npy"
DEFAULT_K = 10
# neighbours whose similarity is this far below the nearest one's do not vote ("underline column 1 of table 1":
# four table_cells neighbours at 0.83-0.92 were outvoted by six copies of one table_add_row phrasing at 0.65);
# on the 2026-12-05 demo's held-out requests the family vote was right for 93 / 70 of 106 / 106 (91 / 69 without)
VOTE_MARGIN = 0.15
QUERY_VERSION = 3  # how query_text reads a request; embeddings saved under another version are computed again
_QUOTE_REF = re.compile(r"\bquote (\d+)")
_STRUCTURAL_SELECT = re.compile(r"^select_(?:paragraphs|cells)\b")
_TABLE_SELECT = re.compile(r"^select_(?:cells|table)\b")
_FONT_SIZE_BOX = re.compile(r'\bset_edit_text "Font Size"')
_FONT_NAME_BOX = re.compile(r'\bset_edit_text "Font Name"')
_SELECT_ALL = re.compile(r"^select_all\b")
# a size in points, and the words that make a number of points something else than the font's size
_POINTS = re.compile(r"\b\d+(?:\.\d+)?\s*-?\s*(?:pt|pts|points?)\b", re.IGNORECASE)
_NOT_FONT_SIZE = re.compile(r"\b(?:spac\w*|indent\w*|margins?|line\s+height|leading|before|after|border\w*|"
                            r"bigger|smaller|larger|increase|decrease|by)\b", re.IGNORECASE)
_RESIZE_CLICK = re.compile(r'\bclick_input "(?:Increase|Decrease) Size"')
# a font size the request states ("a font size of 10", "12 pt", "size 14"): no relative Increase / Decrease Size
_STATED_SIZE = re.compile(_POINTS.pattern + r"|\bsize\s+(?:of\s+|to\s+)?\d"
                          # "increase the font size of the title to 20": a size stated after its target
                          r"|\bsize\s+of\s+[^.,;!?]{1,80}?\s+to\s+\d"
                          # "raise the font of the title to 20": a font taken to a number is a size
                          r"|\bfont\s+(?:of\s+[^.,;!?]{1,80}?\s+)?to\s+\d", re.IGNORECASE)
# value boxes whose value a skeleton may point at by position among the request's typed values (a named
# font comes first among the font-name candidates, then the request's other capitalised words)
VALUE_BOXES = frozenset({"font size", "font name", "font color", "character highlighting color", "paragraph style",
                         "line spacing", "orientation"})
_LOG = logging.getLogger("lamforge.guidance.task_memory")


@dataclass(frozen=True)
class KnownTask:
    """One solved task as the memory keeps it."""

    task_id: str
    family: str
    request: str  # quoted texts masked
    skeleton: str


def mask_quotes(request: str) -> str:
    """The request with every quoted text replaced by ``"…"`` (what to act on is not how to act).

    >>> mask_quotes("Make 'Hello there' bold")
    'Make "…" bold'
    """
    return QUOTED_RE.sub('"…"', request)


_NAMING = re.compile(r"\b(?:the|this|that)\s+(?:heading|title|subtitle)\s+(?=\"…\")", re.IGNORECASE)


_PLACEHOLDER = {"cells": "the table cells", "table": "the table", "sentence": "the sentence",
                "within": '"…" in "…"'}  # any other kind names one or more paragraphs


def query_text(request: str) -> str:
    """What a request is looked up by: what it asks to do, not where.

    Quotes are masked, "the heading" is dropped where it only names the target ("Turn the heading 'X' into
    uppercase" asks for upper case, not for a heading), and a target named by role, position or structure becomes
    a neutral phrase of its kind ("underline the second bullet" and "underline the paragraph 'X'" ask the same);
    misspelt instruction words are corrected first (:mod:`lamforge.text.typos`).
    The kind stays: "delete the sentence 'X'" and "delete the paragraph 'X'" are different operations, and "the
    whole document" is kept as it is.

    >>> query_text("Turn the heading 'Minutes' into uppercase letters")
    'Turn "…" into uppercase letters'
    >>> query_text("underline the second bullet"), query_text("bold the header row")
    ('underline the paragraph', 'bold the table cells')
    """
    text = _NAMING.sub("", mask_quotes(fix_typos(request)))
    target = next((t for t in find_targets(text) if t.kind != "whole" and firm(t)), None)
    if target is not None and target.words and target.words in text and target.words.strip() != '"…"':
        text = text.replace(target.words, _PLACEHOLDER.get(target.kind, "the paragraph"), 1)
    return text


def skeleton(actions: Iterable[dict[str, Any]], request: str = "") -> str:
    """An action sequence without its task-specific text, but saying where each argument comes from.

    Functions, controls, special keys, which of the ``request``'s quoted texts a text argument copies
    (``quote N``; ``quote N spaced`` when a space was typed before it, as after a paragraph's last sentence), and
    which of the request's values a value box takes (``value N``: the N-th number for
    Font Size and Line Spacing, the N-th colour for colour boxes, ... as :func:`typed_values` lists them).

    >>> skeleton([{"function": "select_text", "args": {"text": "Old"}, "control_name": ""},
    ...           {"function": "click_input", "args": {}, "control_name": "Bold"},
    ...           {"function": "set_edit_text", "args": {"text": "14"}, "control_name": "Font Size"},
    ...           {"function": "keyboard_input", "args": {"keys": "^{DOWN}"}, "control_name": ""},
    ...           {"function": "keyboard_input", "args": {"keys": " New"}, "control_name": ""},
    ...           {"function": "keyboard_input", "args": {"keys": "Other words"}, "control_name": ""}],
    ...          "Change 'Old' to 'New' in 14 pt")
    'select_text quote 1; click_input "Bold"; set_edit_text "Font Size" value 1; keyboard_input ^{DOWN}; \
keyboard_input quote 2 spaced; keyboard_input text'
    >>> skeleton([{"function": "summary", "args": {"text": "Writer cannot translate text"}}])
    'summary Writer cannot translate text'
    >>> skeleton([{"function": "keyboard_input", "args": {"keys": " Be on time."}}], "add 'Be on time.' to it")
    'keyboard_input quote 1 spaced'
    """
    which = {q.strip(): i for i, q in reversed(list(enumerate(quoted_texts(request), 1)))}
    typed = typed_values(request)
    parts = []
    for a in actions:
        f, name = str(a.get("function", "")), str(a.get("control_name", "") or "")
        args = a.get("args") or {}
        text = str(args.get("keys", args.get("text", ""))) if isinstance(args, dict) else ""
        values = typed.get(name.strip().lower(), ()) if name.strip().lower() in VALUE_BOXES else ()
        if f in ("select_text", "keyboard_input", "set_edit_text") and text.strip() in which:
            spaced = " spaced" if f == "keyboard_input" and text.startswith(" ") else ""  # after a paragraph's end
            parts.append(f"{f}{_named(name)} quote {which[text.strip()]}{spaced}")
        elif f == "set_edit_text" and text in values:
            parts.append(f"{f}{_named(name)} value {values.index(text) + 1}")
        elif f == "keyboard_input":
            chord = is_key_chord(text)
            parts.append(f"{f} {text}" if chord and len(text) <= 24 else f"{f} {'keys' if chord else 'text'}")
        elif f == "summary" and text in REASONS:  # why not: one of a few fixed reasons, not the task's own text
            parts.append(f"{f} {text}")
        else:
            parts.append(f"{f}{_named(name)}")
    return "; ".join(parts)


def refusal(request: str) -> str:
    """The skeleton of refusing ``request`` with its reason when no action can do it, else "".

    >>> refusal("Sort the rows by date"), refusal("Bold the title")
    ("summary that is outside what lamforge's actions can do in this document", '')
    """
    why = infeasible_reason(request)
    return skeleton([{"function": "summary", "args": {"text": why}}]) if why else ""


def only_keys_differ(chosen: str, rival: str) -> bool:
    """Whether two skeletons take the same steps and differ only in the keys of some ``keyboard_input``.

    Sentence embeddings hardly tell "a page break before X" from "after X", and the more numerous phrasing
    outvotes the nearest one (guided, the 2026-12-05 demo's LAM4 put 3 of 4 held-out breaks "before" a
    paragraph after it). Between such families the known request sharing the most words with this one decides.

    >>> only_keys_differ("select_text quote 1; keyboard_input {END}; click_input", "select_text quote 1; "
    ...                  "keyboard_input ^{UP}; click_input")
    True
    >>> only_keys_differ('select_text quote 1; click_input "Bold"', 'select_text quote 1; click_input "Italic"')
    False
    """
    mine, theirs = chosen.split("; "), rival.split("; ")
    if len(mine) != len(theirs) or mine == theirs:
        return False
    return all(a == b or (a.startswith("keyboard_input ") and b.startswith("keyboard_input ")
                          and is_key_chord(a[15:]) and is_key_chord(b[15:]))
               for a, b in zip(mine, theirs, strict=True))


def later_quotes(skeleton_text: str, n_quotes: int) -> str:
    """A skeleton that selects structurally and types quotes, moved onto the request's last quotes.

    Where the target is a cell or paragraphs by number, the texts the request quotes before the one to type name
    what is there now ("change the cell in row 2, column 3 from '28' to '30'"): the text typed is the last quote.

    >>> later_quotes("select_cells; keyboard_input quote 1", 2)
    'select_cells; keyboard_input quote 2'
    >>> later_quotes("select_text quote 1; keyboard_input quote 2", 3)  # the first quote is the target: unchanged
    'select_text quote 1; keyboard_input quote 2'
    """
    uses = [int(n) for n in _QUOTE_REF.findall(skeleton_text)]
    if not uses or not _STRUCTURAL_SELECT.match(skeleton_text) or n_quotes <= max(uses):
        return skeleton_text
    shift = n_quotes - max(uses)
    return _QUOTE_REF.sub(lambda m: f"quote {int(m.group(1)) + shift}", skeleton_text)


def _named(name: str) -> str:
    return f' "{name}"' if name and name != "Document" else ""


def known_tasks(records: Iterable[dict[str, Any]]) -> list[KnownTask]:
    """The solved tasks of step records (``prompt``/``completion``/``meta`` with ``task_id`` and ``family``).

    Records of failed trajectories, and records without a task id or family, are left out.
    """
    from lamforge.prompting.format import request_from_messages

    steps: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    info: dict[str, tuple[str, str]] = {}
    for i, rec in enumerate(records):
        meta = rec.get("meta") or {}
        tid, fam = str(meta.get("task_id", "")), str(meta.get("family", ""))
        if not tid or not fam or not meta.get("success", True):
            continue
        try:
            out = json.loads(rec["completion"][0]["content"])
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        steps[tid].append((int(meta.get("step", i)), out if isinstance(out, dict) else {}))
        info.setdefault(tid, (fam, request_from_messages(rec.get("prompt", []))))
    return [
        KnownTask(tid, fam, mask_quotes(req),
                  skeleton((o for _, o in sorted(steps[tid], key=lambda s: s[0])), req))
        for tid, (fam, req) in info.items()
    ]


class TaskMemory:
    """Solved tasks and their request embeddings; answers "which known task is this request like?"."""

    def __init__(self, tasks: Sequence[KnownTask], matcher: str = "auto", k: int = DEFAULT_K,
                 embeddings: np.ndarray | None = None, in_prompt: bool = False) -> None:
        """Index ``tasks``; ``matcher`` is ``embedding`` (MiniLM), ``tfidf`` or ``auto`` (MiniLM when it loads).

        ``in_prompt``: the model was trained with the hint in its prompts, so the runtime shows it there too.
        """
        if not tasks:
            raise ValueError("a task memory needs at least one solved task")
        self.tasks = list(tasks)
        self.k = k
        self.in_prompt = in_prompt
        self.compose = True  # join one lookup per operation for a request naming several (operation_parts)
        self.matcher = _resolve(matcher)
        self._lookup: list[str] | None = None  # the known requests' lookup texts, for word matching
        self._classifier: OperationClassifier | None = None  # fitted when first asked
        self._tableless: np.ndarray | None = None  # 0 for the classifier's operations that need a table, else 1
        self._emb = embeddings if self.matcher == "embedding" else None
        if self.matcher == "embedding" and (self._emb is None or len(self._emb) != len(self.tasks)):
            self._emb = _encode([query_text(t.request) for t in self.tasks])

    @classmethod
    def from_records(cls, records: Iterable[dict[str, Any]], matcher: str = "auto", k: int = DEFAULT_K) -> TaskMemory:
        """A memory of the solved tasks in step records."""
        return cls(known_tasks(records), matcher=matcher, k=k)

    def hints(self, requests: Sequence[str], exclude: Sequence[str | None] | None = None,
              tables: int | None = None) -> list[str]:
        """One hint per request; ``exclude[i]`` is a task id left out for request ``i`` (its own entry).

        ``tables``: how many tables the document has (None: not known). In a document without one, no operation
        that acts on an existing table is chosen ("Insert a 7*5 empty table" read as adding a row).
        """
        if not requests:
            return []
        skip = list(exclude) if exclude is not None else [None] * len(requests)
        # what no action can do is refused with the expert's own reason, whichever tasks look nearest ("Sort the
        # table by Q2" had the steps of aligning the table)
        refused = [refusal(r) for r in requests]
        found = [no or h for no, h in zip(refused, self._plain_hints(requests, skip, tables), strict=True)]
        if not self.compose:
            return found
        # several formatting operations on one target: one lookup per operation, joined (operation_parts); a
        # whole-document (whole-table) change: the change looked up for one paragraph, applied to everything
        # (whole_document, whole_table)
        out = []
        for r, h, ex, no in zip(requests, found, skip, refused, strict=True):
            def lookup(texts: list[str], ex: str | None = ex) -> list[str]:
                return self._plain_hints(texts, [ex] * len(texts), tables)

            if no:
                out.append(h)
                continue
            h = whole_table(r, whole_document(r, compose(r, h, lookup), lookup), lookup)
            out.append(every_occurrence(r, h, lookup))
        return out

    def _plain_hints(self, requests: Sequence[str], exclude: Sequence[str | None],
                     tables: int | None = None) -> list[str]:
        """One vote per request (``exclude[i]``: a task id left out for it), never composed."""
        queries = [query_text(r) for r in requests]
        emb = _encode(queries) if self.matcher == "embedding" else None
        sims = emb @ np.asarray(self._emb).T if emb is not None else tfidf_similarity(queries, self._lookup_texts())
        # the classifier was fitted on every entry, so it is not asked for a request whose own entry is left out
        ops = (self._operations(queries, emb, tables, requests) if any(ex is None for ex in exclude)
               else [""] * len(queries))
        return [self._vote(row, ex, len(quoted_texts(r)), q, op if ex is None else "")
                for row, ex, r, q, op in zip(sims, exclude, requests, queries, ops, strict=True)]

    def _operations(self, queries: list[str], emb: np.ndarray | None, tables: int | None = None,
                    requests: Sequence[str] = ()) -> list[str]:
        """The classifier's operation for each lookup text ("" each when the memory knows a single one)."""
        if self._classifier is None:
            families = [t.family for t in self.tasks]
            if len(set(families)) < 2:
                return [""] * len(queries)
            self._classifier = OperationClassifier(self._lookup_texts(), families, self._emb)
            needs = self._mostly(_TABLE_SELECT)  # operations that start by selecting in an existing table
            self._tableless = np.array([0.0 if f in needs else 1.0 for f in self._classifier.labels])
            relative = self._mostly(_RESIZE_CLICK)  # a size changed by a step, not to a value
            self._sizeless = np.array([0.0 if f in relative else 1.0 for f in self._classifier.labels])
            typing_size, typing_font = self._mostly(_FONT_SIZE_BOX), self._mostly(_FONT_NAME_BOX)
            self._sizing = np.array([1.0 if f in typing_size else 0.0 for f in self._classifier.labels])
            self._font_typing = np.array([f in typing_font for f in self._classifier.labels])
            everything = self._mostly(_SELECT_ALL)  # whole-document operations: their one-paragraph change is composed
            self._sizing_or_whole = np.array([1.0 if f in typing_size or f in everything else 0.0
                                              for f in self._classifier.labels])
        proba = self._classifier.proba(queries, emb)
        if tables == 0:  # nothing to act on in a table: the most probable operation that needs none
            proba = proba * self._tableless
        sized = np.array([bool(_STATED_SIZE.search(q)) for q in queries])
        if sized.any():  # "Give 'X' a font size of 10" is no "bigger": the most probable operation that types it
            proba[sized] = proba[sized] * self._sizeless
        # "raise the font of the title to 20" states a size and names no font: an operation that types a font name
        # there is one that types the size instead
        sizing = (sized & self._font_typing[proba.argmax(axis=1)] & (self._sizing.max() > 0)
                  & np.array([not names_font(r) for r in (requests or queries)]))
        if sizing.any():
            proba[sizing] = proba[sizing] * self._sizing
        # "can it go down to 9pt? it wraps onto two lines", "could the whole document be 11pt?": a size in points,
        # with no spacing or indent said, is typed into Font Size whatever else the words bring to mind
        pointed = np.array([bool(_POINTS.search(q)) and not _NOT_FONT_SIZE.search(q) for q in queries])
        if pointed.any() and self._sizing.max() > 0:
            proba[pointed] = proba[pointed] * self._sizing_or_whole
        return [self._classifier.labels[int(i)] for i in proba.argmax(axis=1)]

    def _mostly(self, pattern: re.Pattern[str]) -> frozenset[str]:
        """Operations whose known tasks' skeletons mostly match ``pattern``."""
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for t in self.tasks:
            counts[t.family][0] += bool(pattern.search(t.skeleton))
            counts[t.family][1] += 1
        return frozenset(f for f, (n, total) in counts.items() if 2 * n > total)

    def hint(self, request: str, tables: int | None = None) -> str:
        """The hint for one request (``tables``: how many tables its document has, None: not known)."""
        return self.hints([request], tables=tables)[0]

    def hint_prompts(self, prompts: Sequence[Sequence[dict[str, str]]],
                     exclude: Sequence[str | None] | None = None) -> list[list[dict[str, str]]]:
        """Step prompts with their hint shown (``exclude[i]``: a task id left out for prompt ``i``).

        Prompts of the same request share one lookup, so hinting a whole dataset costs one lookup per task.
        """
        from lamforge.prompting.format import request_from_messages, with_hint

        skip = list(exclude) if exclude is not None else [None] * len(prompts)
        keys = [(skip[i] or "", request_from_messages(p)) for i, p in enumerate(prompts)]
        uniq = sorted(set(keys))
        found = dict(zip(uniq, self.hints([q for _, q in uniq], exclude=[t or None for t, _ in uniq]), strict=True))
        return [with_hint(p, found[k]) for p, k in zip(prompts, keys, strict=True)]

    def _lexical(self, query: str) -> np.ndarray:
        """TF-IDF similarity of one lookup text to every known request (word statistics over the whole memory)."""
        return tfidf_similarity([query], self._lookup_texts())[0]

    def _lookup_texts(self) -> list[str]:
        """The known requests as they are looked up (:func:`query_text`), computed once."""
        if self._lookup is None:
            self._lookup = [query_text(t.request) for t in self.tasks]
        return self._lookup

    def _vote(self, row: np.ndarray, exclude: str | None, n_quotes: int = 0, query: str = "",
              operation: str = "") -> str:
        """The hint: the skeleton of the nearest task of the operation that fits the request.

        The operation is ``operation`` (the classifier's) or else the nearest tasks' vote on the family. The
        classifier is not asked when a task's own entry is left out (``exclude``: hints attached to training
        prompts), since it was fitted on that entry too; the neighbours vote then. Fitting: it copies no more
        quoted texts than the request has (a request that quotes nothing names its target some other way). Where
        the winner and another near family differ only in keys (:func:`only_keys_differ`), the known request of
        those families with the most words in common with ``query`` (TF-IDF) decides between them.
        """
        order = np.argsort(-row, kind="stable")
        top = [int(j) for j in order if self.tasks[j].task_id != exclude][: self.k]
        if top:  # only near neighbours vote: many copies of a far phrasing must not outvote a few close ones
            top = [j for j in top if row[j] >= row[top[0]] - VOTE_MARGIN]
        score: dict[str, float] = defaultdict(float)
        for j in top:
            score[self.tasks[j].family] += float(row[j])
        if not score:
            return ""
        best = operation or max(score, key=lambda f: score[f])
        if best not in score:  # the classifier's operation has no near neighbour: its nearest tasks give the steps
            top = [*top, *[j for j in order if self.tasks[j].family == best and self.tasks[j].task_id != exclude][
                : self.k]]
        chosen = self._family_skeleton(top, best, n_quotes)
        rivals = {f for f in score if f != best and only_keys_differ(chosen, self._family_skeleton(top, f, n_quotes))}
        if rivals and query:  # same steps, other keys ("a page break before X" / "after X"): the words decide
            fams = rivals | {best}
            lexical = self._lexical(query)
            word_nearest = max((j for j, t in enumerate(self.tasks) if t.family in fams and t.task_id != exclude),
                               key=lambda j: lexical[j])
            chosen = self._family_skeleton(top, self.tasks[word_nearest].family, n_quotes)
        return chosen

    def _family_skeleton(self, top: list[int], family: str, n_quotes: int) -> str:
        """The skeleton of ``family``'s nearest task in ``top`` that fits a request quoting ``n_quotes`` texts."""
        mine = [self.tasks[j].skeleton for j in top if self.tasks[j].family == family]
        uses = [max((int(n) for n in _QUOTE_REF.findall(sk)), default=0) for sk in mine]
        exact = [sk for sk, u in zip(mine, uses, strict=True) if u == min(n_quotes, max(uses))]
        fits = [sk for sk, u in zip(mine, uses, strict=True) if u <= n_quotes]
        chosen = (exact or fits or mine)[0]
        if n_quotes and not _QUOTE_REF.search(chosen):  # the request quotes its target: select the quote
            chosen = _STRUCTURAL_SELECT.sub("select_text quote 1", chosen, count=1)
        return later_quotes(chosen, n_quotes)

    # -- persistence ---------------------------------------------------------------------------
    def save(self, directory: str | os.PathLike[str]) -> Path:
        """Write the memory beside a checkpoint (JSON, plus the embeddings as .npy)."""
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        doc = {"matcher": self.matcher, "k": self.k, "in_prompt": self.in_prompt, "query": QUERY_VERSION,
               "tasks": [asdict(t) for t in self.tasks]}
        if self._emb is not None:  # the embeddings first: the memory file is what says a memory is there
            with atomic_open(d / EMBEDDINGS_FILE, "wb") as fh:
                np.save(fh, np.asarray(self._emb, dtype=np.float32))
        return write_json(d / MEMORY_FILE, doc, indent=None)

    @classmethod
    def load(cls, directory: str | os.PathLike[str]) -> TaskMemory | None:
        """The memory saved in ``directory``, or None when it has none (a checkpoint trained without hints)."""
        d = Path(directory)
        f = d / MEMORY_FILE
        if not f.is_file():
            return None
        doc = json.loads(f.read_text(encoding="utf-8"))
        current = doc.get("query") == QUERY_VERSION  # embeddings of an older lookup text are computed again
        emb = np.load(d / EMBEDDINGS_FILE) if current and (d / EMBEDDINGS_FILE).is_file() else None
        tasks = [KnownTask(**t) for t in doc["tasks"]]
        return cls(tasks, matcher=doc.get("matcher", "auto"), k=int(doc.get("k", DEFAULT_K)), embeddings=emb,
                   in_prompt=bool(doc.get("in_prompt", False)))


def _resolve(matcher: str) -> str:
    if matcher not in ("auto", "embedding", "tfidf"):
        raise ValueError(f"matcher must be auto, embedding or tfidf, got {matcher!r}")
    if matcher == "tfidf":
        return "tfidf"
    try:
        load_minilm()
    except MatcherUnavailable:
        if matcher == "embedding":
            _LOG.warning("MiniLM is not installed; the task memory falls back to TF-IDF")
        return "tfidf"
    return "embedding"


def _encode(texts: Sequence[str]) -> np.ndarray:
    model = load_minilm()
    return np.asarray(model.encode(list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False))

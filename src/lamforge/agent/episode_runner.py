"""The agent loop of the paper (§6): observe → prompt → generate → parse → execute → remember, until done.

The prompt is rendered by :mod:`lamforge.prompting.format`, the same function the training samples come from,
and memory is what the paper feeds back: the previous actions with their results and the previous plan.
An episode ends at FINISH (on a step that succeeded), at FAIL (the model says the request cannot be done in
Writer; nothing is executed), at the step limit, after ``max_failures`` failed steps in a row, on a model error,
or when LibreOffice dies. Nothing a model writes raises: unusable
replies, unknown functions and refused actions are failed steps with the reason in the log.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lamforge.agent.backends.base import (
    DEFAULT_MAX_TOKENS,
    Backend,
    PromptSettings,
    prompt_settings_of,
    task_memory_of,
)
from lamforge.agent.brackets import with_brackets
from lamforge.agent.cell_news import column_shift_parts, put_person
from lamforge.agent.clause_parts import clause_parts, reads_as_trained
from lamforge.agent.colour_names import trained_colours
from lamforge.agent.compound_parts import compound_parts
from lamforge.agent.confirm import Asker, allowed, asked_for, check_policy, confirmation_reason, effect_confirmer
from lamforge.agent.corrections import money_as_figures, several_corrections, stated_correction
from lamforge.agent.decide import decide
from lamforge.agent.deletion_spaces import said_once, with_following_space
from lamforge.agent.described_ranges import described_range, named_at_top
from lamforge.agent.described_sentences import described_sentence
from lamforge.agent.document_typos import fix_document_words
from lamforge.agent.dropped_rows import can_go, dropped_target, gone_row
from lamforge.agent.explicit_targets import (
    drop_change_scope,
    exact_size,
    list_of_section,
    make_explicit,
    page_break_by_table,
    paragraph_by_table,
    place_at_end,
    some_words,
    topic_first,
    view_texts,
    without_instead,
)
from lamforge.agent.font_names import trained_fonts
from lamforge.agent.format_parts import format_parts
from lamforge.agent.heading_names import heading_said, quote_headings
from lamforge.agent.label_values import dated_line, label_value, whole_of_line
from lamforge.agent.letter_case import accent_fix, letter_case_fix
from lamforge.agent.list_ends import items_of_named_list, last_item, named_item, whole_named_list
from lamforge.agent.mentions import plain_replacement, quote_cell_value, quote_mentions, quote_new_text
from lamforge.agent.named_cells import (
    cell_of_text_in_row,
    column_by_plural,
    columns_by_kind,
    fill_as_set,
    header_row_said,
    named_cell,
    row_by_its_words,
    table_by_name,
)
from lamforge.agent.neighbour_lines import line_beside, sign_off_block
from lamforge.agent.new_rows import new_row_parts
from lamforge.agent.new_tables import table_under_section
from lamforge.agent.page_places import alone_on_page, heading_on_new_page, page_of_its_own
from lamforge.agent.pronoun_targets import pronoun_target
from lamforge.agent.raised_digits import digit_parts, ordinal_parts, raised_or_lowered
from lamforge.agent.reason_tails import as_wanted, without_purpose, without_reason
from lamforge.agent.records import EpisodeResult, StepRecord, write_trajectories
from lamforge.agent.references import names_a_sentence, resolve_sentences
from lamforge.agent.respellings import misspelt_fix
from lamforge.agent.row_news import added_row_parts
from lamforge.agent.run_positions import nth_of_named_list, nth_of_run, the_numbered_list
from lamforge.agent.section_deletes import delete_section
from lamforge.agent.section_runs import section_run
from lamforge.agent.several_targets import split_targets
from lamforge.agent.shared_texts import numbered_when_shared
from lamforge.agent.spelling_fixes import asks_for_spelling, checked_respelling, spelling_fixes
from lamforge.agent.stand_ins import stand_in_parts
from lamforge.agent.substitutions import said_instead
from lamforge.agent.swapped_rows import swapped_parts
from lamforge.agent.table_totals import follow_parts, total_asked, total_parts
from lamforge.agent.toggles import already_on, two_presses
from lamforge.agent.value_slots import EDIT_FORM, value_slot_parts
from lamforge.agent.whole_document import (
    WHOLE_FONT,
    all_beside,
    all_but_title,
    all_the_text,
    default_font,
    tables_too,
    whole_by_kind,
)
from lamforge.agent.yes_no_cells import yes_no_cell
from lamforge.app.observation import Observation
from lamforge.prompting.format import HistoryStep, build_step_messages
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.typos import fix_typos

StepCallback = Callable[[StepRecord], None]


@dataclass
class StepHistory:
    """What the model is reminded of at each step: the actions so far with their results, and its plan."""

    history: list[HistoryStep] = field(default_factory=list)
    plan: tuple[str, ...] = ()

    def add(self, step: int, function: str, args: Any, control: str, ok: bool, message: str) -> None:
        """Remember one step (a failed or refused one too, so the model can change course)."""
        clean_args = args if isinstance(args, dict) else {}
        self.history.append(HistoryStep(step, function or "none", clean_args, control, ok, message))


@dataclass(frozen=True)
class LoopConfig:
    """Per-episode settings shared by every step (see :func:`run_episode` for their meaning)."""

    settings: PromptSettings
    confirm: str = "no"
    ask: Asker | None = None
    max_tokens: int = DEFAULT_MAX_TOKENS
    temperature: float = 0.0
    log_prompts: bool = False
    hint: str = ""  # the closest solved task's skeleton, when the model was trained with one in its prompt
    keep_toggles: bool = False  # no press that undoes what the request asks for: toggles.py (guidance)


def run_episode(
    env: Any,
    backend: Backend,
    request: str,
    doc: str | os.PathLike[str],
    *,
    max_steps: int = 20,
    max_failures: int | None = 3,
    confirm: str = "no",
    ask: Asker | None = None,
    log_path: str | os.PathLike[str] | None = None,
    prompt_settings: PromptSettings | None = None,
    max_tokens: int = DEFAULT_MAX_TOKENS,
    temperature: float = 0.0,
    log_prompts: bool = False,
    on_step: StepCallback | None = None,
    meta: dict[str, Any] | None = None,
    rewrite_request: bool = True,
    max_seconds: float | None = None,
) -> EpisodeResult:
    """Carry out ``request`` on a private copy of ``doc`` and return what happened.

    The caller saves the result with ``env.save(out)``; ``doc`` itself is never written.

    Args:
        env: a :class:`lamforge.app.env.WriterEnv` (reset here with ``doc``).
        backend: the model.
        request: the user's request.
        doc: the input .docx.
        max_steps: step limit (the paper's UFO uses 30-100; 20 is plenty for Writer tasks).
        max_failures: stop after this many failed steps in a row (None: never).
        confirm: ``no`` (refuse actions needing confirmation), ``yes`` or ``ask``.
        ask: asks a person about one action and returns the answer (``confirm='ask'``).
        log_path: write the trajectory JSONL here (also when interrupted).
        prompt_settings: prompt style and top-k; default the backend's (its checkpoint's metadata).
        max_tokens: reply length limit per generation.
        temperature: sampling temperature (0 = greedy).
        log_prompts: keep each step's prompt in the log (large).
        on_step: called with each step's record as soon as it is done (the CLI prints it).
        meta: the caller's facts kept in the result and the log (task id, family ...).
        rewrite_request: quote unquoted mentions of the document and resolve paragraph references before the
            model reads the request (:func:`ground_request`), never press a character toggle that the whole
            selection already has, and press twice one whose format the request takes off where the selection
            lacks it (:mod:`lamforge.agent.toggles`); off, the model reads the request as typed and every press it
            writes is made once.
        max_seconds: stop (``deadline``) once the episode has run this long; checked between steps.

    """
    check_policy(confirm, ask)
    deadline = time.monotonic() + max_seconds if max_seconds else None
    task_memory = task_memory_of(backend)
    settings = prompt_settings or prompt_settings_of(backend)
    result = EpisodeResult(request, str(doc), model=backend_name(backend), prompt_style=settings.style,
                           top_k=settings.top_k, meta=dict(meta or {}))
    history = StepHistory()
    try:
        obs, _ = env.reset(options={"doc": str(doc)})
        parts = request_parts(env, request, obs.view, result.meta) if rewrite_request else [request]
        if len(parts) > 1:
            result.meta["parts"] = parts
        in_prompt = task_memory is not None and task_memory.in_prompt
        for part in parts:  # several separate targets: the request once per target, on the same document
            history = StepHistory()
            cfg = LoopConfig(settings, confirm, ask, reply_budget(part, max_tokens), temperature, log_prompts,
                             hint=task_memory.hint(part) if in_prompt else "", keep_toggles=rewrite_request)
            if cfg.hint:
                result.meta.setdefault("hint", cfg.hint)
            obs = _play(env, backend, part, obs, history, cfg, result, max_steps, max_failures, deadline, on_step)
            if result.stop_reason != "finish":
                break
        result.finished = result.stop_reason == "finish"
    except BaseException as exc:
        result.stop_reason, result.message = "aborted", f"{type(exc).__name__}: {exc}"
        raise
    finally:
        result.plan = list(history.plan)
        if log_path is not None:
            write_trajectories(log_path, [result])
    return result


def reply_budget(request: str, max_tokens: int) -> int:
    """Tokens a reply may take: ``max_tokens``, or room to copy all of a long request (a quoted paragraph) and more.

    A reply that selects a 400-character paragraph by its text is cut off at 256 tokens and cannot be read; a
    byte-level tokenizer never needs more tokens than the text has bytes.

    >>> reply_budget("bold the title", 256), reply_budget("select '" + "x" * 400 + "'", 256)
    (256, 537)
    """
    return max(max_tokens, len(request.encode("utf-8")) + max_tokens // 2)


def request_parts(env: Any, request: str, view: Any, meta: dict[str, Any], *, by_clause: bool = True) -> list[str]:
    """The requests to play in turn for what the user typed, each grounded (the guidance's readings).

    Several targets, several corrections, a new row, a list of formats, a correction and an instruction: each a
    part of its own. A message of several clauses that none of those splits is read clause by clause
    (:mod:`lamforge.agent.clause_parts`, ``by_clause``). What grounding changed is kept in ``meta``.
    """
    typed = request
    request, total = total_asked(request)  # "... – total needs changing as well": a part of its own, last
    row = new_row_parts(request, view)  # "add carrot cake at £1.60 to the table": the row, then its cells
    row = row or added_row_parts(request, view)  # "... stick her on the end of the talks": the row the news tells
    gone = None if row else gone_row(request, view)  # "no christmas social this year ... can it come out of the table"
    row = row or ([gone] if gone else [])
    fixes = spelling_parts(env, request, view)  # "there's a typo in the paragraph about the winner"
    # "calder valley needs a capital v", "amelie's missing the accent on the first e"
    cased = letter_case_fix(request, view_texts(view)) or accent_fix(request, view_texts(view)) \
        or misspelt_fix(request, view_texts(view)) \
        or put_person(request, view)  # "ribblehead's spelt wrong, the l and the e ..."; "... put denise in the table"
    # "soup's gone up to £5.95 and the quiche is 8.75 now"; "the st nd rd on 1st 2nd and 3rd go up small"; "a fiver
    # off every low season price"; "swap April and May round"; "kerry-ann's taking his two runs"
    several = [cased] if cased else None if row or fixes else several_corrections(request, view) \
        or ordinal_parts(request) \
        or digit_parts(request, env.texts) \
        or column_shift_parts(money_as_figures(request), view) \
        or swapped_parts(request, view) \
        or stand_in_parts(request, view)
    told = None if several or row or fixes else yes_no_cell(request, view)  # "so he's all paid up": Paid, Yes
    several = [told] if told else several
    # "dog charge is £20 a stay now. and put that paragraph in italics": the correction, then the rest
    if several is None and not (row or fixes):
        several = compound_parts(request, view, lambda then: ground_request(env, then, meta))
    if several is None:
        asked = request
        request = ground_request(env, request, meta)
        if not EDIT_FORM.match(request):  # "abbey's 80, captain cook's 85": each value where its words say
            several = value_slot_parts(money_as_figures(asked), view)  # "first prize is a fiver now": £5
            if several:
                meta["grounded_request"] = " | ".join(several)
    # "make the paragraph 'X' bold, red and 14 pt": one trained request per format
    parts = row or fixes or several or format_parts(request) or alone_on_page(typed, request, view) \
        or split_targets(request, view)
    # "underline the 3 months, and the cancellations line red"; a row told gone is one request whatever its clauses
    if by_clause and len(parts) == 1 and not total and not gone:
        # "it" reads as the clause before's target unless the whole message read as one trained change ("make the
        # title bold and centre it"); a message read whole as one correction left its other clauses unread
        pointers = not reads_as_trained(parts[0]) or bool(EDIT_FORM.match(parts[0]))
        read = clause_parts(typed, view, lambda clause: request_parts(env, clause, view, {}, by_clause=False),
                            least=1, pointers=pointers)
        if read:
            meta["grounded_request"] = " | ".join(read)
            parts = read
    parts = parts + total_parts(parts, view) if total else parts
    parts = parts + follow_parts(parts, typed, view)  # "... so the term price changes too"
    if len(parts) == 1 and parts[0] != typed:  # one request, said otherwise: the log shows what the model read
        meta["grounded_request"] = parts[0]
    return parts


def _play(env: Any, backend: Backend, request: str, obs: Observation, history: StepHistory, cfg: LoopConfig,
          result: EpisodeResult, max_steps: int, max_failures: int | None, deadline: float | None,
          on_step: StepCallback | None) -> Observation:
    """Steps for one request until a stop; the records go to ``result`` (numbered on), the reason too."""
    failures = 0
    result.stop_reason = "max_steps"
    for t in range(1, max_steps + 1):
        rec, obs, stop = run_step(env, backend, request, obs, history, t, cfg)
        rec.step = len(result.steps) + 1
        result.steps.append(rec)
        if on_step is not None:
            on_step(rec)
        failures = 0 if rec.ok else failures + 1
        if stop is None and max_failures and failures >= max_failures:
            stop = "max_failures"
        if stop is None and deadline is not None and time.monotonic() > deadline:
            stop = "deadline"
        if stop is not None:
            result.stop_reason = stop
            result.message = rec.message if stop != "finish" else ""
            break
    return obs


def ground_request(env: Any, request: str, meta: dict[str, Any]) -> str:
    """The request the model reads: unquoted mentions quoted, structural targets made explicit, references resolved.

    Mentions (of body paragraphs or table cells) are quoted only in a request without quotes, and never inside the
    words of a target the request names by role or structure and the document view shows; a sentence named by its
    first or last words becomes the whole sentence (the full state is read only when the request names one); then
    every target the document view shows is rewritten into its explicit form
    (:mod:`lamforge.agent.explicit_targets`: the paragraph quoted, cells and ranges by number). Smaller readings
    there too: what a change replaces is dropped ("instead of bullets"), "the instructor's name" becomes the value
    after its label, a page break beside a table goes at the paragraph beside it, a place after "change 'X' to
    'Y'" goes when X is in the document once, and a list made of a quoted heading is made of the lines under it.
    What changed is kept in ``meta`` (``grounded_request``, ``mentions``, ``explicit``, ``references``) for the log.
    """
    typed = request
    # "the whole quote"; "in italics so it doesn't get lost under the food list": what for is no target
    request = tables_too(default_font(whole_by_kind(without_instead(without_purpose(fix_typos(request))))))
    # "not just the label": the line; "all the writing": all the text; "the 2nd step in the apiary list"
    request = nth_of_named_list(all_the_text(whole_of_line(request)))
    texts = env.texts()  # read once: grounding only reads the document
    raised = raised_or_lowered(request, texts)  # "the 2 in co2 in the first paragraph ... sat below the line"
    if raised != request:  # said as trained: the place and the reasons around it are no values or targets
        meta["grounded_request"] = raised
        return raised
    request = with_brackets(request, texts)  # '"not according to schedule" in italics, brackets as well'
    request = trained_colours(request, texts)  # "in navy": dark blue (a word the document holds stays as written)
    request = trained_fonts(request)  # "in comic sans": Comic Sans MS
    view = env.observe().view
    request = section_run(request, view)  # "what to wear and carry, the heading and all five bullets"
    request = named_at_top(described_range(request, view), view)  # "from the cakes paragraph down to ..."
    # "the needles table": the one whose header says "Needles"; "the date / time / where row at the top": row 1
    request = as_wanted(header_row_said(table_by_name(request, view), view))
    # "lemon drizzle is £1.40 now": change '£1.20' to '£1.40'; read before the slips are fixed, which would
    # turn the right spelling of "recieved should be received" into the document's wrong one
    corrected = stated_correction(request, view)
    if corrected == request:  # misspelt words of the document ("the shcool name")
        corrected = stated_correction(fix_document_words(request, texts, getattr(env, "misspellings", None)), view)
    request = pronoun_target(corrected, view)  # "we don't do the rarebit any more, take it out": the row it means
    if request == corrected:  # "we've dropped the heaviest marrow": the row that is no more
        request = dropped_target(request, view)
    request = last_item(request, view)  # "add one more to the getting there list: X", before its words are read
    request = named_item(request, view)  # "bold graham's pb": the one bullet that opens with his name
    request = can_go(items_of_named_list(whole_named_list(request, view), view))  # "the last two rules", "the
    # three steps under reporting a repair", "the middle one ... can go"
    request = sign_off_block(request, view)  # "the sign off": the closing line and the name and role under it
    request = table_under_section(request, view)  # "put a table under the wifi details, 4 rows by 2 columns"
    request = heading_on_new_page(request, view)  # "start the thank yous on a new page": the heading "Our thanks"
    request = described_sentence(request, view)  # "the bit telling people to check the website if it's bad"
    request = heading_said(request, view)  # "the costs for extras heading": the heading, not the Cost column
    unquoted = not QUOTED_RE.search(request)
    if unquoted:  # "the junior monthly fee": the cell, before its words are read as mentions
        request = column_by_plural(named_cell(request, view), view)  # "all the times": the Time column
        request = columns_by_kind(request, view)  # "all the cake prices", "the two fee columns": columns of sums
    keep = structural_words(request, view) if unquoted else None
    if request.startswith(WHOLE_FONT):  # "... to Book Antiqua": a font's words are no mention of the document's
        keep = (0, len(request))
    grounded, mentions = quote_mentions(request, texts, keep) if unquoted else (request, [])
    # "the instructor's name": the label's value; "the date and time line": the one line holding both
    labelled = label_value(dated_line(request, view), view, keep) if unquoted else request
    if labelled != request:
        grounded, mentions = labelled, []
    grounded = quote_headings(grounded, view)  # "the how to apply section": a heading in its own case
    grounded = delete_section(grounded, view)  # "remove the 'Dress code' section": its paragraphs by number
    found: list[Any] = []
    if names_a_sentence(grounded):
        grounded, found = resolve_sentences(grounded, [p.text for p in env.observe(full=True).doc.paragraphs])
    grounded = all_but_title(grounded, view)  # "all the text 12pt except the title": the paragraphs after it
    grounded = paragraph_by_table(page_break_by_table(place_at_end(default_font(exact_size(grounded))), view), view)
    # "a new bullet at the end of the list"; "the numbered ways to reply": the one numbered list
    grounded, rewrites = make_explicit(last_item(the_numbered_list(grounded, view), view), view)
    grounded = nth_of_run(grounded, view)  # "the 2nd of the numbered steps": one paragraph of the run it names
    grounded = line_beside(grounded, view)  # "the address line under my name": the paragraph after the title
    grounded = all_beside(grounded, view)  # "centre everything above the welcome back paragraph": those before it
    # "the word 'Total' in row 6 of table 1": that cell; "the '31 january' line in table 1": that row
    grounded = row_by_its_words(cell_of_text_in_row(grounded, view), view)
    grounded = page_of_its_own(grounded)  # "start the 'reply slip' on a new page": a page break before it
    grounded = raised_or_lowered(grounded)  # "the 2 in m2 should sit up high": superscript
    if unquoted:  # "rename the heading Attendees to Participants": X is quoted only now
        grounded = plain_replacement(quote_new_text(quote_cell_value(grounded)))
    grounded = fill_as_set(grounded)  # "put '5B' in the cell in row 2, column 2": set the cell to it
    shown = view_texts(view)  # each text once (env.texts() holds a cell's text twice)
    grounded = some_words(list_of_section(drop_change_scope(grounded, shown), view), shown)
    grounded = nth_of_run(grounded, view)  # "first of the also this season bullets": a list read only just now
    grounded = topic_first(grounded)  # "the title - centre it and make it 24pt": the target where "it" stands
    grounded = said_instead(grounded, texts) or grounded  # "can the greeting just say hello everyone instead?"
    grounded = said_once(grounded)  # "the last bullet under exchanges, the one about keeping your receipt"
    grounded = with_following_space(grounded, texts)  # "delete the word 'quite'": with its space
    grounded = without_reason(grounded)  # "..., it's only small print": no instruction
    grounded = numbered_when_shared(grounded, view)  # "the paragraph 'Lorraine'" where a line above names her too
    if mentions:
        meta["mentions"] = [{"text": m.text, "whole_paragraph": m.whole} for m in mentions]
    if rewrites:
        meta["explicit"] = [{"words": r.words, "explicit": r.explicit} for r in rewrites]
    if found:
        meta["references"] = [{"reference": r.reference, "sentence": r.sentence} for r in found]
    if grounded != typed:
        meta["grounded_request"] = grounded
    return grounded


def spelling_parts(env: Any, request: str, view: Any) -> list[str] | None:
    """The misspelt words Writer underlines that the request asks to fix, one replacement each (None: not asked).

    A request that names the word ("sandwiches is spelt wrong") is a stated correction, played as one part
    unless the word it states is misspelt too ("acommodate is spelt wrong": Writer's suggestion instead); every
    request is left to :func:`ground_request` when the environment has no spelling checker.
    """
    check = getattr(env, "misspellings", None)
    typed = asks_for_spelling(fix_typos(request), check) if check is not None else None
    if typed is None:  # no spelling asked about: nothing more is read here
        return None
    stated = stated_correction(typed, view)
    if stated != typed:
        respelt = checked_respelling(typed, stated, check)
        return [respelt] if respelt != stated else None
    texts = env.texts()
    return spelling_fixes(fix_document_words(typed, texts, check), view, texts, check)  # "the customrs bit"


def structural_words(request: str, view: Any) -> tuple[int, int] | None:
    """Where the request names a target by role or structure that the document view shows (None: it does not)."""
    from lamforge.text.locate import locate
    from lamforge.text.references import find_target

    target = find_target(request)
    if target is None or target.kind == "whole":
        return None
    at = request.find(target.words)
    if at < 0 or locate(target, [(p.number, p.role, p.text) for p in view.paragraphs],
                         [t.rows for t in view.tables]) is None:
        return None
    return at, at + len(target.words)


def pressed_control(env: Any, action: Any, obs: Observation) -> Any:
    """The control a ``click_input`` would press, as the environment's executor resolves it (None: no click, none)."""
    if action.function != "click_input":
        return None
    try:
        return env.executor.resolve(action, obs.controls)[0]
    except Exception:  # no such control: the step itself will say so
        return None


def _fail_reason(out: Any) -> str:
    """The reason a FAIL reply gives: its summary text, else its thought."""
    text = out.args.get("text") if out.function == "summary" and isinstance(out.args, dict) else None
    return str(text or out.thought or "the request cannot be done in Writer")


def backend_name(backend: object) -> str:
    """The backend's model name for logs (its class name when asking fails, e.g. an endpoint is down)."""
    try:
        return str(getattr(backend, "name", "") or type(backend).__name__)
    except Exception:
        return type(backend).__name__


def run_step(
    env: Any, backend: Backend, request: str, obs: Observation, memory: StepHistory, t: int, cfg: LoopConfig
) -> tuple[StepRecord, Observation, str | None]:
    """One step: returns its record, the next observation and the stop reason (None to go on)."""
    t0 = time.perf_counter()
    messages = build_step_messages(request, obs.controls, memory.history, memory.plan, style=cfg.settings.style,
                                   top_k=cfg.settings.top_k, hint=cfg.hint, view=obs.view)  # type: ignore[arg-type]
    rec = StepRecord(t, n_controls=len(obs.controls), doc_chars=len(obs.doc.text),
                     prompt_chars=sum(len(m["content"]) for m in messages),
                     messages=messages if cfg.log_prompts else None)

    def done(stop: str | None = None, next_obs: Observation = obs) -> tuple[StepRecord, Observation, str | None]:
        rec.step_ms = (time.perf_counter() - t0) * 1000
        for k in ("model_ms", "app_ms", "env_ms", "step_ms"):  # microseconds: logs round-trip exactly
            setattr(rec, k, round(getattr(rec, k), 3))
        return rec, next_obs, stop

    try:
        d = decide(backend, messages, max_tokens=cfg.max_tokens, temperature=cfg.temperature)
    except Exception as exc:  # the model could not answer at all: the episode cannot go on
        rec.error, rec.message = "model", f"model error: {type(exc).__name__}: {exc}"
        return done("model_error")
    it, out = d.interpretation, d.interpretation.output
    rec.raw_output, rec.retry_output, rec.model_ms = d.raw_output, d.retry_output, d.model_ms
    rec.prompt_tokens, rec.completion_tokens = d.prompt_tokens, d.completion_tokens
    if out is not None:
        rec.output, rec.status = json.loads(out.to_json()), out.status
        memory.plan = out.plan
    if out is not None and out.status == "FAIL":  # the model says Writer cannot do this: execute nothing
        rec.ok, rec.message = True, _fail_reason(out)
        return done("fail")
    if it.action is None or out is None:
        rec.error, rec.message = it.error, it.reason
        memory.add(t, out.function if out else "", out.args if out else {}, out.control_name if out else "",
                   False, it.reason)
        return done()
    action = it.action
    rec.action = action.to_dict()
    pressed = pressed_control(env, action, obs) if cfg.keep_toggles else None
    if pressed is not None and already_on(pressed, request):  # pressing it would take off what the request asks for
        rec.ok, rec.info = True, {"skipped": "toggle already on"}
        rec.message = f"{pressed.control_text} is already on for the whole selection: not pressed (it would undo it)"
        memory.add(t, action.function, action.args, pressed.control_text, True, rec.message)
        return done("finish" if out.status == "FINISH" else None)
    twice = two_presses(pressed, request)  # once would put on what the request takes off: on for all, then off
    reason = confirmation_reason(out.status, action, obs.controls, obs.doc, request)
    asked = asked_for(request, action, obs.controls)  # "delete the Sunday row": the request is the yes
    if asked and not reason:
        rec.confirm = "request"
    if reason:
        args = json.dumps(action.args, ensure_ascii=False)
        question = f"Step {t}: {action.function} {args} on '{action.control_name}': {reason}. Run it?"
        ok = allowed(cfg.confirm, question, cfg.ask)
        rec.confirm = "yes" if ok else "no"
        if not ok:
            rec.error, rec.message = "refused", f"refused by policy: {reason}"
            memory.add(t, action.function, action.args, action.control_name, False, rec.message)
            return done()
    te = time.perf_counter()
    answer = effect_confirmer(cfg.confirm, cfg.ask, f"Step {t}: {action.function} {json.dumps(action.args)}",
                              lambda ok: setattr(rec, "confirm", "yes" if ok else "no"))
    yes = True if reason or asked else answer
    sr = env.step(action, confirm=yes)  # the env's guard measures what it removed
    app_ms = sr.result.app_ms
    if twice and sr.result.ok and not sr.truncated:
        sr = env.step(action, confirm=yes)
        app_ms += sr.result.app_ms
    rec.env_ms = (time.perf_counter() - te) * 1000
    res = sr.result
    rec.ok, rec.message, rec.app_ms, rec.info = res.ok, res.message, app_ms, dict(res.info)
    if twice:
        rec.info["pressed"] = "twice"
        rec.message = f"{res.message} (pressed twice: on for the whole selection, then off)"
    memory.add(t, action.function, action.args, str(res.info.get("control") or action.control_name), res.ok,
               res.message)
    if sr.truncated:
        rec.error = "interrupted"
        return done("interrupted", sr.observation)
    if not res.ok:
        rec.error = "refused" if res.info.get("guard", {}).get("confirmed") is False else "execution"
    return done("finish" if res.ok and out.status == "FINISH" else None, sr.observation)

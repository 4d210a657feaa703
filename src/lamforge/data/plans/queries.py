"""Search-query source: short queries → complete requests with a plan.

The paper rewrote Bing queries with GPT-4o (§3.1.3). Offline, a query ("how to double space in
libreoffice") is rewritten by rule into a request ("Double space in a Writer document"), and takes
the plan of the best-matching help-doc pair when the match is good enough. Otherwise an LLM, when
one is configured, writes the request and plan; else the query is dropped and counted.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from lamforge.data.plans.filters import mentions_other_app, rejection
from lamforge.data.plans.llm import PlanLLM
from lamforge.data.plans.match import HelpIndex
from lamforge.data.plans.phrasing import finish, with_app_context
from lamforge.data.plans.progress import track
from lamforge.data.plans.record import PlanRecord
from lamforge.data.plans.steps import is_instruction

_QUESTION_RE = re.compile(
    r"^(?:how (?:do|can|should|would|could) (?:i|you|we|one)|how to|ways? to|steps? to|is there a way to|"
    r"can (?:i|you)|i (?:want|need) to|help me)\s+",
    re.I,
)
_APP_RE = re.compile(
    r"\s*\b(?:(?:in|on|with|using|for)\s+)?(?:(?:libre\s*office|open\s*office)(?:\s+writer)?|writer)\b", re.I
)
_PROMPT = (
    "Rewrite this search query about LibreOffice Writer as one complete, sentence-like user request, and give "
    "the plan to do it in LibreOffice Writer: short, correct, imperative steps naming the menus, dialogs and "
    'buttons to use. Answer with JSON only: {"task": "...", "plan": ["...", "..."]}.'
)


def read_queries(path: str | Path) -> list[tuple[int, str]]:
    """Return (line number, query) for each non-empty, non-comment line."""
    out = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        text = line.strip()
        if text and not text.startswith("#"):
            out.append((number, text))
    return out


def query_to_request(query: str) -> str | None:
    """Rewrite a query as an imperative request, or None when it names no action.

    >>> query_to_request("how to double space in libreoffice?")
    'Double space'
    >>> query_to_request("libreoffice page numbers") is None
    True
    """
    text = _QUESTION_RE.sub("", " ".join(query.split()).rstrip("?!. "))
    text = " ".join(_APP_RE.sub(" ", text).split())
    if not text or not is_instruction(text[:1].upper() + text[1:]):
        return None
    return finish(text)


def _llm_record(llm: PlanLLM, query: str, line: int, config) -> tuple[PlanRecord | None, str | None]:
    def validate(data: dict) -> str | None:
        record = PlanRecord.create(data["task"], data["plan"], "query")
        return rejection(record, config)

    messages = [{"role": "system", "content": _PROMPT}, {"role": "user", "content": query}]
    data, reason = llm.ask(messages, validate)
    if data is None:
        return None, reason
    provenance = {"query": query, "line": line, "plan_from": "llm", "model": config.llm_model}
    return PlanRecord.create(data["task"], data["plan"], "query", provenance=provenance), None


def records_from_queries(
    queries: list[tuple[int, str]], index: HelpIndex, config, llm: PlanLLM | None = None
) -> tuple[list[PlanRecord], dict]:
    """Turn queries into records; return (records, counts of matched / llm / dropped by reason)."""
    records: list[PlanRecord] = []
    counts: Counter[str] = Counter(read=len(queries))
    for line, query in track(queries, "queries", enabled=config.progress and llm is not None):
        if mentions_other_app(query, ignore_case=True):
            counts["dropped_other_app"] += 1  # never lend a Writer plan to an Excel question
            continue
        request = query_to_request(query)
        if request is not None:
            best = index.search(request, k=1, min_score=config.query_threshold)
            if best:
                match = best[0]
                task = with_app_context(request, query)
                provenance = {"query": query, "line": line, "plan_from": match.record.task_id, "score": match.score}
                records.append(PlanRecord.create(task, match.record.plan, "query", provenance=provenance))
                counts["matched"] += 1
                continue
        if llm is None:
            counts["dropped_no_verb" if request is None else "dropped_no_match"] += 1
            continue
        record, reason = _llm_record(llm, query, line, config)
        if record is None:
            counts[f"dropped_llm_{reason}"] += 1
        else:
            records.append(record)
            counts["llm"] += 1
    return records, dict(sorted(counts.items()))

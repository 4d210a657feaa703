"""The optional LLM judge of plans, with the paper's four subtasks (Appendix D), on any OpenAI-compatible endpoint.

Answer1 is always the model's plan and Answer2 the reference (the paper does not say which is which;
we fix it so Subtask1 is the model's TSR). The reply must be one JSON object::

    {"subtask1": "Yes"|"No", "subtask2": "Yes"|"No",
     "subtask3": {"similar_pairs": ["item1 / item2", ...], "similar_count": N},
     "subtask4": {"more_helpful": "Answer1"|"Answer2", "reason": "..."}}

Like any model output it is validated (JSON, the keys, Yes/No, ``0 <= N <= min(len(plan),
len(reference))``); an invalid reply is retried, then the task is left unjudged and counted.
Precision = N / predicted steps, recall = N / reference steps, success = Subtask1 "Yes".
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from lamforge.prompting.format import render_plan

JUDGE_SYSTEM = (
    "You are a careful evaluator of step-by-step instructions for LibreOffice Writer. You compare two "
    "answers to the same question and reply with one JSON object only, no other text."
)
JUDGE_TEMPLATE = """Question: {question}

Answer1:
{answer1}

Answer2:
{answer2}

Do four subtasks.
Subtask1: Can Answer1 solve the question? Reply "Yes" or "No".
Subtask2: Can Answer2 solve the question? Reply "Yes" or "No".
Subtask3: From each numbered list extract the action items (an action plus the element it acts on). List the \
pairs of similar items as "item1 / item2" (an item of Answer1, then its similar item of Answer2; each item in \
at most one pair) and give the number of similar pairs.
Subtask4: Which answer is more helpful, and why? Judge whether the steps solve the question, not their length.

Reply with exactly this JSON shape:
{{"subtask1": "Yes or No", "subtask2": "Yes or No", "subtask3": {{"similar_pairs": ["item1 / item2"], \
"similar_count": 0}}, "subtask4": {{"more_helpful": "Answer1 or Answer2", "reason": "..."}}}}"""


class InvalidJudgement(ValueError):
    """The judge's reply is not the required JSON shape."""


@dataclass(frozen=True)
class Judgement:
    """A validated judge reply reduced to the figures the report needs."""

    model_solves: bool
    reference_solves: bool
    similar_count: int
    more_helpful: str
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


def judge_messages(question: str, plan: Sequence[str], reference: Sequence[str]) -> list[dict[str, str]]:
    """The judge's chat for one task."""
    user = JUDGE_TEMPLATE.format(question=question, answer1=render_plan(plan) or "(no steps)",
                                 answer2=render_plan(reference) or "(no steps)")
    return [{"role": "system", "content": JUDGE_SYSTEM}, {"role": "user", "content": user}]


def _yes_no(value: Any, key: str) -> bool:
    s = str(value).strip().strip(".").lower()
    if s not in ("yes", "no"):
        raise InvalidJudgement(f"{key} must be Yes or No, got {value!r}")
    return s == "yes"


def parse_judgement(text: str, n_pred: int, n_ref: int) -> Judgement:
    """Validate a judge reply.

    >>> parse_judgement('{"subtask1": "Yes", "subtask2": "yes", "subtask3": {"similar_pairs": ["a / b"], '
    ...                 '"similar_count": 1}, "subtask4": {"more_helpful": "Answer2", "reason": "shorter"}}', 2, 1)
    Judgement(model_solves=True, reference_solves=True, similar_count=1, more_helpful='Answer2', reason='shorter')
    """
    m = re.search(r"\{.*\}", text or "", re.S)
    if not m:
        raise InvalidJudgement("no JSON object in the reply")
    try:
        d = json.loads(m.group(0))
    except ValueError as exc:
        raise InvalidJudgement(f"not JSON: {exc}") from exc
    if not isinstance(d, dict) or not all(k in d for k in ("subtask1", "subtask2", "subtask3", "subtask4")):
        raise InvalidJudgement("the reply needs subtask1..subtask4")
    s3, s4 = d["subtask3"], d["subtask4"]
    if not isinstance(s3, dict) or not isinstance(s4, dict):
        raise InvalidJudgement("subtask3 and subtask4 must be objects")
    count = s3.get("similar_count")
    if isinstance(count, bool) or not isinstance(count, int):
        raise InvalidJudgement(f"similar_count must be an integer, got {count!r}")
    if not 0 <= count <= min(n_pred, n_ref):
        raise InvalidJudgement(f"similar_count {count} is outside [0, {min(n_pred, n_ref)}]")
    helpful = str(s4.get("more_helpful", "")).strip()
    if helpful not in ("Answer1", "Answer2"):
        raise InvalidJudgement(f"more_helpful must be Answer1 or Answer2, got {helpful!r}")
    return Judgement(_yes_no(d["subtask1"], "subtask1"), _yes_no(d["subtask2"], "subtask2"), count, helpful,
                     str(s4.get("reason", ""))[:500])


def judge_plan(backend: Any, question: str, plan: Sequence[str], reference: Sequence[str],
               retries: int = 1) -> dict[str, Any]:
    """Ask the judge about one plan; returns the judgement's dict, or ``{"error": ...}`` after the retries."""
    messages = judge_messages(question, plan, reference)
    error = ""
    for attempt in range(retries + 1):
        try:
            reply = backend.generate(messages, max_tokens=800, temperature=0.0 if attempt == 0 else 0.3)
            return parse_judgement(reply.text, len(plan), len(reference)).to_dict()
        except InvalidJudgement as exc:
            error = str(exc)
        except Exception as exc:  # an endpoint failure is an unjudged task, not a crashed evaluation
            error = f"{type(exc).__name__}: {exc}"
    return {"error": error[:300]}


def judge_scores(judged: Sequence[tuple[dict[str, Any], int, int]]) -> dict[str, float | int]:
    """TSR, micro precision and recall from ``(judgement dict, n_pred, n_ref)`` of the judged tasks.

    >>> judge_scores([({"model_solves": True, "similar_count": 1}, 2, 1), ({"error": "x"}, 1, 1)])
    {'tsr': 1.0, 'step_precision': 0.5, 'step_recall': 1.0, 'n_judged': 1, 'n_invalid': 1}
    """
    ok = [(j, p, r) for j, p, r in judged if "error" not in j]
    count = sum(int(j["similar_count"]) for j, _, _ in ok)
    pred, ref = sum(p for _, p, _ in ok), sum(r for _, _, r in ok)
    return {
        "tsr": sum(bool(j["model_solves"]) for j, _, _ in ok) / len(ok) if ok else 0.0,
        "step_precision": count / pred if pred else 0.0,
        "step_recall": count / ref if ref else 0.0,
        "n_judged": len(ok),
        "n_invalid": len(judged) - len(ok),
    }

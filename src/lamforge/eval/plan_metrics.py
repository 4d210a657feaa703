"""Planning metrics (the paper's Table 2): step precision, step recall and task success of a plan.

Definitions (the paper leaves them to its GPT-4o judge; these are ours, stated once here):

* Steps are matched **one to one**: a predicted step may match at most one reference step and vice
  versa, and only pairs whose similarity reaches the threshold count. Among such matchings we take one
  with the most pairs (augmenting paths), trying the most similar pairs first.
* **Step precision** = matched / predicted steps; **step recall** = matched / reference steps.
  Over a test set both are micro-averaged (summed counts, so long plans weigh more, as the paper's
  "fraction of predicted steps" reads); the macro averages are reported beside them.
* A **task succeeds** when every reference step is matched (recall 1). Extra predicted steps do not
  fail a task (they cost precision), as the paper's judge asks only whether the plan solves the task.
* Division by zero has a defined value: a plan with no predicted steps has precision 0 (1 if the
  reference is empty too); an empty reference has recall 1; a task with an empty reference succeeds
  only when the prediction is empty as well. Aggregates over no tasks are 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PlanScore:
    """How one predicted plan compares with its reference.

    Attributes:
        n_pred: predicted steps.
        n_ref: reference steps.
        pairs: matched ``(predicted index, reference index, similarity)``.

    """

    n_pred: int
    n_ref: int
    pairs: tuple[tuple[int, int, float], ...] = ()

    @property
    def matched(self) -> int:
        """Matched step pairs."""
        return len(self.pairs)

    @property
    def precision(self) -> float:
        """Matched / predicted (see the module docstring for empty plans)."""
        if self.n_pred == 0:
            return 1.0 if self.n_ref == 0 else 0.0
        return self.matched / self.n_pred

    @property
    def recall(self) -> float:
        """Matched / reference (1 for an empty reference)."""
        return 1.0 if self.n_ref == 0 else self.matched / self.n_ref

    @property
    def success(self) -> bool:
        """Every reference step matched (an empty reference needs an empty prediction)."""
        if self.n_ref == 0:
            return self.n_pred == 0
        return self.matched == self.n_ref


def match_steps(sim: Sequence[Sequence[float]], threshold: float) -> list[tuple[int, int, float]]:
    """A one-to-one matching of predicted to reference steps with as many pairs as possible.

    Args:
        sim: ``sim[i][j]`` similarity of predicted step i and reference step j.
        threshold: pairs below it never match.

    Returns:
        ``(i, j, similarity)`` triples sorted by predicted index.

    >>> match_steps([[0.9, 0.8], [0.85, 0.1]], 0.5)   # greedy would stop at one pair
    [(0, 1, 0.8), (1, 0, 0.85)]
    >>> match_steps([], 0.5)
    []

    """
    n_pred = len(sim)
    edges = [sorted((j for j, s in enumerate(row) if s >= threshold), key=lambda j, r=row: -r[j]) for row in sim]
    owner: dict[int, int] = {}  # reference index -> predicted index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    order = sorted(range(n_pred), key=lambda i: -max(sim[i], default=0.0))
    for i in order:
        augment(i, set())
    return sorted(((i, j, float(sim[i][j])) for j, i in owner.items()), key=lambda t: t[0])


def score_plan(pred: Sequence[str], ref: Sequence[str], sim: Sequence[Sequence[float]], threshold: float) -> PlanScore:
    """Score one plan from its similarity matrix (``len(pred)`` rows of ``len(ref)`` values).

    >>> s = score_plan(["Select text", "Click Bold", "Save"], ["Select text", "Click Bold"],
    ...                [[1.0, 0.2], [0.1, 0.9], [0.0, 0.1]], 0.6)
    >>> round(s.precision, 3), s.recall, s.success
    (0.667, 1.0, True)
    """
    if len(sim) != len(pred) or any(len(row) != len(ref) for row in sim):
        raise ValueError(f"similarity matrix must be {len(pred)}x{len(ref)}")
    return PlanScore(len(pred), len(ref), tuple(match_steps(sim, threshold)))


def aggregate_plans(scores: Sequence[PlanScore]) -> dict[str, float | int]:
    """Table 2 figures over a test set: TSR, micro (and macro) step precision and recall.

    >>> aggregate_plans([PlanScore(2, 2, ((0, 0, 1.0), (1, 1, 1.0))), PlanScore(2, 4, ((0, 0, 1.0),))])
    ... # doctest: +NORMALIZE_WHITESPACE
    {'tsr': 0.5, 'step_precision': 0.75, 'step_recall': 0.5, 'step_precision_macro': 0.75,
     'step_recall_macro': 0.625, 'n_tasks': 2}
    """
    n = len(scores)
    if n == 0:
        return {"tsr": 0.0, "step_precision": 0.0, "step_recall": 0.0, "step_precision_macro": 0.0,
                "step_recall_macro": 0.0, "n_tasks": 0}
    matched = sum(s.matched for s in scores)
    pred = sum(s.n_pred for s in scores)
    ref = sum(s.n_ref for s in scores)
    return {
        "tsr": sum(s.success for s in scores) / n,
        "step_precision": matched / pred if pred else (1.0 if ref == 0 else 0.0),
        "step_recall": matched / ref if ref else 1.0,
        "step_precision_macro": sum(s.precision for s in scores) / n,
        "step_recall_macro": sum(s.recall for s in scores) / n,
        "n_tasks": n,
    }

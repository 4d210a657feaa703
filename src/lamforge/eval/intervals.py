"""Bootstrap confidence intervals for success rates: how far a TSR on a few hundred tasks can be trusted.

A difference between two phases means something only when it is larger than the noise of the task sample;
every TSR of the report carries a percentile-bootstrap 95% interval computed here (seeded, so the report of
the same rows is the same).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

N_BOOT = 2000


def bootstrap_ci(successes: Sequence[bool], *, n_boot: int = N_BOOT, level: float = 0.95,
                 seed: int = 0) -> tuple[float, float]:
    """The percentile-bootstrap interval of the mean of ``successes`` (``(0, 0)`` for none).

    >>> bootstrap_ci([True] * 70 + [False] * 30)
    (0.61, 0.79)
    >>> bootstrap_ci([])
    (0.0, 0.0)
    """
    x = np.asarray(list(successes), dtype=float)
    if x.size == 0:
        return 0.0, 0.0
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, x.size, size=(n_boot, x.size))].mean(axis=1)
    lo, hi = np.quantile(means, [(1 - level) / 2, 1 - (1 - level) / 2])
    return round(float(lo), 4), round(float(hi), 4)


def paired_difference(a: dict[str, bool], b: dict[str, bool], *, n_boot: int = N_BOOT, level: float = 0.95,
                      seed: int = 0) -> dict[str, object]:
    """TSR of ``b`` minus TSR of ``a`` on the tasks both played, with a paired bootstrap interval.

    Resampling tasks (not the two models apart) keeps what the models share: a task both solve moves neither,
    so the interval of a difference is much narrower than those of the two rates.

    >>> a = {f"t{i}": i < 60 for i in range(100)}
    >>> b = {f"t{i}": i < 70 for i in range(100)}
    >>> d = paired_difference(a, b); (d["diff"], d["n"], d["ci95"][0] > 0)
    (0.1, 100, True)
    """
    keys = sorted(set(a) & set(b))
    if not keys:
        return {"diff": 0.0, "ci95": [0.0, 0.0], "n": 0}
    d = np.asarray([float(b[k]) - float(a[k]) for k in keys])
    rng = np.random.default_rng(seed)
    means = d[rng.integers(0, d.size, size=(n_boot, d.size))].mean(axis=1)
    lo, hi = np.quantile(means, [(1 - level) / 2, 1 - (1 - level) / 2])
    return {"diff": round(float(d.mean()), 4), "ci95": [round(float(lo), 4), round(float(hi), 4)], "n": len(keys)}

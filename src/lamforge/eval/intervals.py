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

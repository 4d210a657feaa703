"""Evaluation: the paper's Tables 2-4 for lamforge's models, and the report that shows them.

Metrics are pure functions over saved rows (:mod:`~lamforge.eval.plan_metrics`,
:mod:`~lamforge.eval.decision_metrics`, :mod:`~lamforge.eval.online_metrics`); runners
(``run_plans``, ``run_offline``, ``run_online``) write those rows incrementally into a results
directory; :func:`build_report` turns a results directory into ``report.json``, ``report.md`` and
plots. Names load lazily, so importing the package stays cheap.
"""

from __future__ import annotations

from lamforge.io.lazy import lazy_exports

_EXPORTS = {
    "EvalConfig": "lamforge.eval.config",
    "ModelRef": "lamforge.eval.models",
    "parse_model_arg": "lamforge.eval.models",
    "build_report": "lamforge.eval.report",
    "build_report_data": "lamforge.eval.report",
    "print_report": "lamforge.eval.report_console",
    "run_plans": "lamforge.eval.plans_runner",
    "run_offline": "lamforge.eval.offline_runner",
    "run_online": "lamforge.eval.online_runner",
}
__getattr__, __all__ = lazy_exports(__name__, _EXPORTS)

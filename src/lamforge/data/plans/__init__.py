"""Task-plan data for phase 1 (LAM1): help pages, how-to articles and search queries → (task, plan) pairs.

Public API:

* :func:`lamforge.data.plans.build.run` builds a data set from a :class:`PlansBuildConfig`;
* :func:`load_plans` reads a ``plans.jsonl`` into :class:`PlanRecord` objects;
* :func:`match_help` / :class:`HelpIndex` find the help-doc pairs closest to a free-text request.
"""

from lamforge.data.plans.build_config import PlansBuildConfig
from lamforge.data.plans.io import load_plans
from lamforge.data.plans.match import HelpIndex, Match, match_help
from lamforge.data.plans.record import PlanRecord

__all__ = ["HelpIndex", "Match", "PlanRecord", "PlansBuildConfig", "load_plans", "match_help"]

"""Configuration of the task-plan build; each field is documented once, in its ``help`` metadata.

The CLI (:mod:`lamforge.cli.plans_cmd`) reads its option help from here through :func:`help_for`,
so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

DEFAULT_HELP_DIR = "/usr/share/libreoffice/help/en-US/text"
EVOLVE_MODES = ("rules", "llm", "none")


def _f(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass
class PlansBuildConfig:
    """All knobs of ``lamforge plans build``; see each field's ``help``."""

    # Parameters that control the inputs
    out_dir: str = _f("runs/plans", "Output folder: plans.jsonl, stats.json and the Hugging Face copy in hf/.")
    help_dir: str = _f(DEFAULT_HELP_DIR, "LibreOffice help 'text' folder holding swriter/ and shared/ pages.")
    include_shared: bool = _f(True, "Also read shared/ help pages that Writer pages link to.")
    dialog_options: bool = _f(True, "Also turn documented dialog options into pairs (open dialog, set option, OK).")
    wikihow: str | None = _f(None, 'JSONL of how-to articles: {"title","steps":[...]} or {"title","text"}.')
    queries: str | None = _f(None, "Text file of search queries, one per line ('#' starts a comment).")
    seed: int = _f(0, "Seed of every random choice (evolution sampling); same inputs + seed = same bytes.")

    # Parameters that control cleaning and de-duplication
    min_task_words: int = _f(3, "Drop tasks with fewer words.")
    max_task_words: int = _f(45, "Drop tasks with more words.")
    min_steps: int = _f(2, "Drop plans with fewer steps.")
    max_steps: int = _f(15, "Drop plans with more steps.")
    max_step_words: int = _f(60, "Drop plans having a step longer than this many words.")
    min_instruction_ratio: float = _f(0.5, "Drop plans where fewer than this share of steps are instructions.")
    dedup_threshold: float = _f(0.9, "Jaccard similarity of task word shingles above which tasks are near-duplicates.")
    minhash_perm: int = _f(128, "Number of MinHash permutations for near-duplicate search.")

    # Parameters that control the search-query source
    query_threshold: float = _f(0.4, "Minimum similarity for a query to take its plan from a help-doc pair.")

    # Parameters that control evolution
    evolve: str = _f("rules", "Data evolving: 'rules' (offline, correct by construction), 'llm' or 'none'.")
    evolve_ratio: float = _f(1.0, "Rule evolution: evolved pairs to add per base pair.")
    max_specialisations: int = _f(2, "Rule evolution: concrete-parameter variants per pair with a slot.")
    max_extra_words: int = _f(20, "Most words an evolved task may add to its parent (the paper's rule).")

    # Parameters that control the LLM (used by --evolve llm and for unmatched queries)
    llm_base_url: str | None = _f(None, "OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1.")
    llm_model: str | None = _f(None, "Model name sent to the endpoint.")
    llm_api_key_env: str = _f(
        "OPENAI_API_KEY", "Environment variable holding the API key (any value for local servers)."
    )
    llm_max_retries: int = _f(2, "Extra attempts after an invalid LLM answer before the item is dropped.")
    llm_timeout: float = _f(60.0, "Seconds to wait for one LLM answer.")
    llm_temperature: float = _f(0.0, "Sampling temperature sent to the LLM.")
    llm_max_pairs: int = _f(0, "Evolve at most this many pairs with the LLM (0 = all).")

    # Parameters that control the output
    test_fraction: float = _f(0.2, "Share of task families in the test split of the HF copy (paper: 80/20).")
    resume: bool = _f(True, "Reuse finished stages and cached LLM answers from a previous run in out_dir.")
    progress: bool = _f(True, "Show progress bars.")

    def __post_init__(self) -> None:
        if self.evolve not in EVOLVE_MODES:
            raise ValueError(f"evolve must be one of {EVOLVE_MODES}, got {self.evolve!r}")
        if not 0.0 < self.dedup_threshold <= 1.0:
            raise ValueError(f"dedup_threshold must be in (0, 1], got {self.dedup_threshold!r}")
        if not 0.0 <= self.test_fraction < 1.0:
            raise ValueError(f"test_fraction must be in [0, 1), got {self.test_fraction!r}")
        if self.evolve == "llm" and not (self.llm_base_url and self.llm_model):
            raise ValueError("evolve='llm' needs llm_base_url and llm_model")

    @property
    def llm_enabled(self) -> bool:
        """True when an LLM endpoint is configured (it then also completes unmatched queries)."""
        return bool(self.llm_base_url and self.llm_model)

    def to_dict(self) -> dict[str, Any]:
        """Return the config as plain JSON-able data (recorded in stats.json)."""
        return asdict(self)


def default_for(name: str) -> Any:
    """Return the default of one config field (so CLI defaults cannot drift from the config)."""
    for item in fields(PlansBuildConfig):
        if item.name == name:
            return item.default
    raise KeyError(name)


def help_for(name: str) -> str:
    """Return the documented help of one config field (used for CLI option help)."""
    for item in fields(PlansBuildConfig):
        if item.name == name:
            return item.metadata["help"]
    raise KeyError(name)

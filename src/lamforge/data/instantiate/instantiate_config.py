"""Configuration of ``lamforge instantiate``; each field is documented once, in its ``help`` metadata."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from lamforge.text.similarity import MATCHERS

# Per matcher: (threshold, link_threshold). The scales differ: MiniLM cosines of related Writer
# sentences sit around 0.5-0.9, TF-IDF cosines of short texts around 0.2-0.7.
THRESHOLDS: dict[str, tuple[float, float]] = {"embedding": (0.65, 0.45), "tfidf": (0.3, 0.2)}


def _f(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass
class InstantiateConfig:
    """All knobs of ``lamforge instantiate``; see each field's ``help``."""

    # Parameters that control the inputs and outputs
    plans: Path = field(metadata={"help": "Task-plan pairs JSONL from `lamforge plans build`."})
    out: Path = field(metadata={"help": "Output tasks JSONL (`tasks generate` schema plus `instantiation`)."})
    n: int = _f(1, "Task instances per matched pair (instance k starts at the k-th best template).")
    seed: int = _f(0, "Seed; instance k of pair P uses sha256(f'{seed}_{P}_{k}').")
    split: str = _f("train", "Template split: train, test or test-phrasing (held-out templates, values, phrasings).")
    limit: int | None = _f(None, "Read only the first N pairs (None = all).")

    # Parameters that control matching
    matcher: str = _f("auto", "Similarity: embedding (offline MiniLM), tfidf, or auto (embedding when it loads).")
    threshold: float | None = _f(None, "Similarity a pair needs to match a family (None = the matcher's default).")
    link_threshold: float | None = _f(
        None, "Similarity needed among families linked to the pair's help page (None = the matcher's default).")

    # Parameters that control the optional LLM rephrasing
    llm_base_url: str | None = _f(None, "OpenAI-compatible endpoint; the LLM rephrases the request and writes a plan.")
    llm_model: str | None = _f(None, "Model name sent to the endpoint.")
    llm_api_key_env: str = _f("OPENAI_API_KEY", "Environment variable holding the API key (any value if local).")
    llm_max_retries: int = _f(2, "Extra attempts after an invalid LLM answer before the task is dropped.")
    llm_timeout: float = _f(60.0, "Seconds to wait for one LLM answer.")
    llm_controls: int = _f(30, "Controls of the live list shown to the LLM (UFO's filter, most relevant first).")

    resume: bool = _f(True, "Continue from OUT's partial file of an interrupted run.")
    progress: bool = _f(True, "Show a progress bar.")

    def __post_init__(self) -> None:
        self.plans, self.out = Path(self.plans), Path(self.out)
        if self.matcher not in MATCHERS:
            raise ValueError(f"matcher must be one of {', '.join(MATCHERS)}, got {self.matcher!r}")
        from lamforge.tasks.base import SPLITS

        if self.split not in SPLITS:
            raise ValueError(f"split must be one of {', '.join(SPLITS)}, got {self.split!r}")
        if self.n < 1:
            raise ValueError(f"n must be at least 1, got {self.n}")
        if bool(self.llm_base_url) != bool(self.llm_model):
            raise ValueError("the LLM needs both llm_base_url and llm_model")

    @property
    def llm_enabled(self) -> bool:
        """True when an LLM endpoint is configured."""
        return bool(self.llm_base_url and self.llm_model)

    def thresholds(self, matcher: str) -> tuple[float, float]:
        """(threshold, link_threshold) for the matcher actually used."""
        th, link = THRESHOLDS[matcher]
        return (th if self.threshold is None else self.threshold,
                link if self.link_threshold is None else self.link_threshold)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, recorded in the summary."""
        return {k: str(v) if isinstance(v, Path) else v for k, v in asdict(self).items()}


def help_for(name: str) -> str:
    """The documented help of one field (the CLI's option help)."""
    return next(f.metadata["help"] for f in fields(InstantiateConfig) if f.name == name)


def default_for(name: str) -> Any:
    """The default of one field (the CLI's option default)."""
    return next(f.default for f in fields(InstantiateConfig) if f.name == name)

"""Config plumbing shared by every training phase: documented fields, profiles and YAML overrides.

Each phase config is a plain dataclass whose fields carry their help text once, in ``metadata["help"]``;
the CLI options are generated from it (``lamforge train PHASE --help``). Values are resolved in this order
(later wins): the dataclass defaults (the paper's hyper-parameters, for large pretrained models), the profile file
(``profiles/tiny.yaml`` for the from-scratch CPU model, ``profiles/paper.yaml``), a user ``--config`` YAML,
then explicit keyword overrides (CLI flags).
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

C = TypeVar("C")

PROFILES = ("tiny", "paper")
SECTIONS = {"common", "tokenizer", "plan", "imitate", "boost", "reward", "rl", "pipeline"}


def opt(default: Any, help: str, *, cli: bool = True, choices: tuple[str, ...] | None = None) -> Any:
    """Declare a config field with its help text, written here and nowhere else.

    Args:
        default: Default value (lists and dicts are copied per instance).
        help: One-sentence description, reused by the CLI.
        cli: Whether the field becomes a command-line option (dicts are YAML-only).
        choices: Allowed values for a string field, checked on load.

    """
    meta = {"help": help, "cli": cli, "choices": choices}
    if isinstance(default, list | dict):
        return field(default_factory=lambda: type(default)(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class PhaseConfig:
    """Fields every phase shares: input/output, LoRA and optimisation.

    The defaults are the paper's SFT hyper-parameters (lr 2e-5, cosine, 2 warm-up steps, batch 16,
    3 epochs); the tiny profile overrides them for a model trained from scratch on two CPU cores.
    """

    # Parameters that control the input and output
    data: str = opt("", "JSONL file of training records (prompt/completion/meta).")
    out: str = opt("", "Output checkpoint directory; training happens in OUT.tmp and is renamed when done.")
    init: str | None = opt(None, "Checkpoint directory of the previous phase to start from.")
    force: bool = opt(False, "Retrain even if OUT already holds a finished checkpoint.")
    task_memory: bool = opt(
        True, "Step phases: build (imitation) and carry the task memory of solved tasks that guides decoding "
        "at run time (lamforge.guidance.task_memory, lamforge.guidance.hint_guide).",
    )
    hint_in_prompt: bool = opt(
        False, "Also show each training prompt its task-memory hint (the runtime then shows it too). Off: "
        "measured to cost the tiny model accuracy (README).",
    )
    mask_requests: float = opt(
        0.0, "With hint_in_prompt, in imitation and boosting: share of training tasks whose request loses its "
        "operation words, so the model learns to follow the hint (lamforge.train.request_masking).",
    )
    profile: str = opt(
        "auto", "Hyper-parameter profile: tiny (from-scratch CPU model), paper (large models) or auto.",
        choices=("auto", *PROFILES),
    )
    # Parameters that control LoRA (for large pretrained models)
    lora: bool = opt(False, "Train LoRA adapters (PEFT) instead of all weights.")
    lora_r: int = opt(8, "LoRA rank.")
    lora_alpha: int = opt(32, "LoRA alpha (scaling numerator).")
    lora_dropout: float = opt(0.1, "Dropout on the LoRA branch.")
    lora_target_modules: str = opt("all-linear", "Modules that get adapters: 'all-linear' or comma-separated names.")
    merge_lora: bool = opt(True, "Merge the adapters into the weights on save, so each phase is a plain checkpoint.")
    # Parameters that control the optimisation
    learning_rate: float = opt(2e-5, "Peak learning rate of AdamW.")
    lr_scheduler: str = opt("cosine", "Learning-rate schedule (any transformers scheduler name).")
    warmup_steps: int = opt(2, "Linear warm-up steps.")
    weight_decay: float = opt(0.0, "AdamW weight decay.")
    batch_size: int = opt(16, "Global batch size (all devices, after gradient accumulation).")
    micro_batch_size: int | None = opt(None, "Most sequences per device per forward pass; None = batch_size/devices.")
    epochs: float = opt(3.0, "Training epochs (ignored when max_steps > 0).")
    max_steps: int = opt(-1, "Optimizer steps to run; -1 = use epochs.")
    max_tokens: int = opt(0, "Training-token budget (prompt + completion) capping the steps; 0 = no cap.")
    max_length: int = opt(2048, "Longest tokenized record kept; longer records are dropped and counted.")
    seed: int = opt(0, "Seed for model init, data order and sampling.")
    torch_threads: int = opt(0, "CPU threads for torch; 0 = torch's default (all cores). 1 wins on a busy machine.")
    bf16: bool = opt(False, "Train in bfloat16 mixed precision (GPUs; CPUs with native bfloat16, avx512_bf16 or AMX). "
                    "The tiny profile turns it on and trains in float32 on CPUs without it.")
    activation_checkpointing: bool = opt(False, "Recompute activations in backward to save memory (large models).")
    logging_steps: int = opt(10, "Log the loss every N optimizer steps.")
    save_steps: int = opt(200, "Write a resumable trainer checkpoint every N optimizer steps.")
    trainer_args: dict = opt({}, "Extra keyword arguments for the TRL/transformers training config.", cli=False)

    def validate(self) -> None:
        """Reject values that would only fail deep inside a trainer, naming the offending value."""
        if not self.data:
            raise ValueError("config.data is empty: pass the training JSONL (--data)")
        if not self.out:
            raise ValueError("config.out is empty: pass the output directory (--out)")
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {self.batch_size}")
        for f in dataclasses.fields(self):
            choices = f.metadata.get("choices")
            if choices and getattr(self, f.name) not in choices:
                raise ValueError(f"{f.name}={getattr(self, f.name)!r} is not one of {choices}")


def field_types(cls: type) -> dict[str, Any]:
    """Return the resolved type hints of a config class."""
    return typing.get_type_hints(cls)


def resolve_profile(profile: str, base_model: str | None) -> str:
    """Pick the profile: ``auto`` means tiny from scratch unless a base checkpoint is given.

    >>> resolve_profile("auto", None), resolve_profile("auto", "/models/mistral-7b"), resolve_profile("tiny", "x")
    ('tiny', 'paper', 'tiny')
    """
    if profile == "auto":
        return "paper" if base_model else "tiny"
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; expected auto or one of {PROFILES}")
    return profile


def read_yaml(path: str | Path) -> dict[str, Any]:
    """Read a YAML mapping (an empty file is an empty mapping)."""
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level, got {type(data).__name__}")
    return data


def profile_sections(profile: str) -> dict[str, Any]:
    """Load a packaged profile (``tiny`` or ``paper``) as ``{section: {field: value}}``."""
    import yaml

    text = resources.files("lamforge.train").joinpath("profiles").joinpath(f"{profile}.yaml").read_text("utf-8")
    return yaml.safe_load(text) or {}


def make_config(
    cls: type[C],
    section: str,
    *,
    profile: str = "auto",
    config_file: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
) -> C:
    """Build a phase config from defaults, a profile, a user YAML and explicit overrides.

    Keys of a ``common`` section (or of a flat user file) that are not fields of ``cls`` are skipped, since
    they belong to other phases; unknown keys of the phase's own section or of ``overrides`` are rejected
    with the list of valid names.

    Args:
        cls: The phase config dataclass.
        section: Section name in profile/config files (``plan``, ``imitate``, ``boost``, ``reward``, ``rl``).
        profile: ``auto`` (tiny unless a base model is given or the init checkpoint says otherwise),
            ``tiny`` or ``paper``.
        config_file: Optional user YAML (sectioned like the profiles, or flat).
        overrides: Explicit values (``None`` values are skipped), e.g. from CLI flags.

    """
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    names = {f.name for f in dataclasses.fields(cls)}
    user = read_yaml(config_file) if config_file else {}
    sectioned = bool(SECTIONS & set(user))
    user_common = (user.get("common") or {}) if sectioned else user
    user_phase = (user.get(section) or {}) if sectioned else {}
    merged_user = {**user_common, **user_phase}
    hints = {**merged_user, **overrides}
    chosen = _auto_profile(profile, hints.get("base_model"), hints.get("init"))
    prof = profile_sections(chosen)
    values: dict[str, Any] = {}
    layers = (
        (prof.get("common") or {}, False, f"profile {chosen}: common"),
        (prof.get(section) or {}, True, f"profile {chosen}: {section}"),
        (user_common, False, str(config_file)),
        (user_phase, True, f"{config_file}: {section}"),
        (overrides, True, "overrides"),
    )
    for layer, strict, where in layers:
        if strict:
            _check_keys(layer, names, where)
        values.update({k: v for k, v in layer.items() if k in names})
    if "profile" in names:
        values["profile"] = chosen
    types = field_types(cls)
    return cls(**{k: _coerce(v, types[k]) for k, v in values.items()})


def _auto_profile(profile: str, base_model: str | None, init: str | None) -> str:
    """Resolve ``auto``: a base model means paper; otherwise inherit the init checkpoint's profile."""
    if profile == "auto" and not base_model and init:
        meta = Path(init) / "lamforge_meta.json"
        if meta.is_file():
            import json

            inherited = json.loads(meta.read_text(encoding="utf-8")).get("profile")
            if inherited in PROFILES:
                return inherited
    return resolve_profile(profile, base_model)


def _check_keys(values: dict[str, Any], names: set[str], where: str) -> None:
    unknown = sorted(set(values) - names)
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {unknown}; valid fields: {sorted(names)}")


def _coerce(value: Any, tp: Any) -> Any:
    """Turn YAML scalars into the field type (YAML reads ``1e-3`` as a string)."""
    if value is None:
        return None
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    target = args[0] if len(args) == 1 else tp
    if target is float and isinstance(value, str | int) and not isinstance(value, bool):
        return float(value)
    if target is int and isinstance(value, str):
        return int(value)
    return value


def to_dict(cfg: Any) -> dict[str, Any]:
    """Return a JSON-ready dict of a config (for ``lamforge_meta.json``)."""
    return dataclasses.asdict(cfg)

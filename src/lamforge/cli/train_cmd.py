"""``lamforge train …``: one sub-command per phase plus ``all``, with options generated from the configs.

Every option is a field of the phase's config dataclass and its help is the field's ``metadata["help"]``,
so the CLI, the YAML files and the docs cannot drift apart. Options left out keep the value of the profile
(or of ``--config``); heavy libraries are imported only when a command runs.
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
from collections.abc import Callable
from typing import Any

import typer

from lamforge.train.all_phases_config import AllPhasesConfig
from lamforge.train.boost_config import BoostConfig
from lamforge.train.config_base import field_types
from lamforge.train.imitate_config import ImitateConfig
from lamforge.train.plan_config import PlanConfig
from lamforge.train.reward_config import RewardConfig
from lamforge.train.rl_config import RLConfig

app = typer.Typer(
    help="Train the LAM: plan SFT (LAM1), imitation (LAM2), self-boosting (LAM3), reward model + RL (LAM4).",
    no_args_is_help=True,
)

_PHASES: dict[str, tuple[type, str, str]] = {
    "plan": (PlanConfig, "lamforge.train.plan", "Phase 1 (LAM1): SFT on task-plan pairs, completion-only loss."),
    "imitate": (ImitateConfig, "lamforge.train.imitate", "Phase 2 (LAM2): SFT of LAM1 on expert step samples."),
    "boost": (BoostConfig, "lamforge.train.boost", "Phase 3 (LAM3): explore failed tasks, fine-tune LAM2 on all."),
    "reward": (RewardConfig, "lamforge.train.reward", "Phase 4a: reward model, scalar head, MSE toward +1/-1."),
    "rl": (RLConfig, "lamforge.train.rl", "Phase 4b (LAM4): GRPO of LAM3 with the reward model as reward."),
}


def _option_type(tp: Any) -> Any:
    """The optional CLI type of a field (``None`` = not given); dict fields are YAML-only."""
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    base = args[0] if typing.get_origin(tp) in (typing.Union, __import__("types").UnionType) and args else tp
    return base | None


_PANELS = {"PhaseConfig": "Input, output, LoRA, optimisation", "SFTPhaseConfig": "Supervised data",
           "TinyModelConfig": "Tiny model (phase 1, no --base-model)", "TokenizerConfig": "Tokenizer (phase 1)"}


def _panel(cls: type, name: str) -> str:
    """The help panel of a field: the config class that declares it."""
    for klass in cls.__mro__:
        if name in getattr(klass, "__annotations__", {}):
            return _PANELS.get(klass.__name__, "Phase")
    return "Phase"


def _config_params(cls: type) -> list[inspect.Parameter]:
    types = field_types(cls)
    params = []
    for f in dataclasses.fields(cls):
        if not f.metadata.get("cli", True):
            continue
        flag = "--" + f.name.replace("_", "-")
        tp = _option_type(types[f.name])
        if typing.get_args(tp)[0] is bool:
            flag = f"{flag}/--no-{f.name.replace('_', '-')}"
        help_text = f.metadata.get("help", "")
        choices = f.metadata.get("choices")
        if choices:
            help_text += f" [{'|'.join(choices)}]"
        option = typer.Option(None, flag, help=help_text, show_default=False, rich_help_panel=_panel(cls, f.name))
        params.append(inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=tp))
    order = {panel: i for i, panel in enumerate(("Phase", *_PANELS.values()))}
    params.sort(key=lambda p: order.get(p.default.rich_help_panel, 0))
    return params


def _command(cls: type, body: Callable[[dict[str, Any], str | None, bool], None]) -> Callable[..., None]:
    """A typer command whose options are the fields of ``cls`` plus ``--config`` and ``--no-progress``."""

    def command(**kwargs: Any) -> None:
        config_file = kwargs.pop("config_file", None)
        progress = not kwargs.pop("no_progress")
        body(kwargs, config_file, progress)

    extra = [
        inspect.Parameter("config_file", inspect.Parameter.KEYWORD_ONLY, annotation=str | None,
                          default=typer.Option(None, "--config", help="YAML with per-phase overrides.")),
        inspect.Parameter("no_progress", inspect.Parameter.KEYWORD_ONLY, annotation=bool,
                          default=typer.Option(False, "--no-progress", help="Hide the progress bar.")),
    ]
    params = _config_params(cls)
    if "config" in {p.name for p in params}:
        extra = extra[1:]
    params += extra
    command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in params}
    return command


def _phase_body(section: str, cls: type, module: str) -> Callable[[dict[str, Any], str | None, bool], None]:
    def body(values: dict[str, Any], config_file: str | None, progress: bool) -> None:
        import importlib

        from lamforge.train.config_base import make_config

        profile = values.pop("profile", None) or "auto"
        cfg = make_config(cls, section, profile=profile, config_file=config_file, overrides=values)
        out = importlib.import_module(module).run(cfg, progress=progress)
        _print_summary({section: out})

    return body


def _all_body(values: dict[str, Any], config_file: str | None, progress: bool) -> None:
    from lamforge.train.all_phases import run_all

    values = {k: v for k, v in values.items() if v is not None}
    if config_file:
        values["config"] = config_file
    outs = run_all(AllPhasesConfig(**values), progress=progress)
    _print_summary(outs)


def _print_summary(outs: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    from lamforge.train.checkpoint import read_meta

    table = Table(title="lamforge train")
    for col in ("phase", "directory", "steps", "final loss", "runtime s"):
        table.add_column(col)
    for name, path in outs.items():
        m = read_meta(path).get("metrics", {})
        loss = m.get("final_loss")
        table.add_row(name, str(path), str(m.get("global_steps", "")), f"{loss:.4f}" if loss is not None else "",
                      str(m.get("train_runtime_s", "")))
    Console().print(table)


for _name, (_cls, _module, _help) in _PHASES.items():
    app.command(_name, help=_help)(_command(_cls, _phase_body(_name, _cls, _module)))
app.command("all", help="Run every phase into RUN/lam1..lam4 and RUN/rm, skipping finished ones.")(
    _command(AllPhasesConfig, _all_body)
)

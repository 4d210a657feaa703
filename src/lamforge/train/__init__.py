"""Training the LAM in four phases: plan SFT (LAM1), imitation (LAM2), self-boosting (LAM3), reward model + RL (LAM4).

Each phase is a ``<phase>_config.py`` (a dataclass whose fields carry their help text) beside a short
``<phase>.py`` exposing ``run(config) -> Path``; ``all_phases.run_all`` chains them. Heavy libraries
(torch, transformers, trl, peft) are imported inside functions so that importing this package is cheap.
"""

"""Config of RL (phase 4b, LAM4): GRPO of LAM3 against the reward model on the states of failed trajectories."""

from __future__ import annotations

from dataclasses import dataclass

from lamforge.train.config_base import PhaseConfig, opt


@dataclass
class RLConfig(PhaseConfig):
    """Phase 4b: policy LAM3 (``init``) generates actions for logged states; the reward model scores them.

    The paper's offline PPO settings map onto TRL's GRPO: lr 1.4e-5, generation length 256, batch 8 with
    mini-batch 1 (``batch_size`` completions per generation, ``micro_batch_size`` per optimizer step),
    4 PPO epochs (``num_iterations``), initial KL coefficient 0.2 (``beta``, fixed: GRPO has no adaptive KL
    toward a target of 0.1), clip 0.2 (``epsilon``), rewards in [-0.5, 0.5].
    """

    # Parameters that control the reward
    reward: str = opt(
        "checker", "checker: online RL in live LibreOffice, the task's checker on the saved document as reward "
        "(lamforge.train.online_rl); rm: the paper's route, GRPO on logged states against the reward model, used "
        "only when its held-out AUC reaches min_rm_auc.", choices=("checker", "rm"))
    reward_model: str = opt("", "Reward-model directory (phase 4a output; reward rm).")
    min_rm_auc: float = opt(0.75, "Held-out AUC the reward model needs before RL may use it (else: checker).")
    rl_iterations: int = opt(12, "Checker reward: rollout-and-update iterations.")
    tasks_per_iteration: int = opt(6, "Checker reward: tasks per iteration (each played num_generations times).")
    validity_weight: float = opt(0.1, "Checker reward: weight of the share of valid, executed actions.")
    guided: bool = opt(True, "Checker reward: play with the task memory's hint and the request rewriting (the "
                       "update is always on the model alone's log-probabilities); false: the model alone plays.")
    hint_bias: float = opt(6.0, "Checker reward, guided: logit bonus of the task memory's skeleton while playing "
                            "(softer than the runtime's +50, so a group's episodes differ and GRPO has an advantage).")
    squash: str = opt("sigmoid", "How raw reward-model scores map into [-0.5, 0.5].", choices=("sigmoid", "clip"))
    format_reward: bool = opt(False, "Add the format/validity reward (parses as the action JSON, control exists).")
    format_reward_weight: float = opt(0.5, "Weight of the format reward beside the reward model's (weight 1).")
    # Parameters that control the prompts
    extra: list[str] = opt([], "More JSONL files of step records whose failed states become prompts.")
    prompt_source: str = opt(
        "failed", "States to optimise on: 'failed' (steps of failed trajectories; all states if none) or 'all'.",
        choices=("failed", "all"),
    )
    max_prompts: int = opt(0, "Most distinct prompts used (0 = all).")
    # Parameters that control generation and the objective
    num_generations: int = opt(4, "Completions sampled per prompt (the GRPO group).")
    max_completion_length: int = opt(256, "Longest generated action, in tokens (paper: 256).")
    temperature: float = opt(1.0, "Sampling temperature of the policy during RL.")
    beta: float = opt(0.2, "KL coefficient toward the reference policy (paper's initial KL coefficient).")
    epsilon: float = opt(0.2, "Clipping range of the probability ratio.")
    num_iterations: int = opt(4, "Optimisation passes over each generated batch (PPO epochs).")

    def validate(self) -> None:
        """Also check that a generation batch holds whole groups of ``num_generations`` completions."""
        super().validate()
        if self.batch_size % self.num_generations:
            raise ValueError(f"batch_size={self.batch_size} is not a multiple of num_generations={self.num_generations}"
                             " (a generation batch holds whole groups)")

"""Synthetic records in the data contract, for training tests and the throughput benchmark.

Shaped like the real ones (system + user prompt with a control list, request, history and plan; an
assistant JSON action), but generated here so the training package is testable on its own.
"""

from __future__ import annotations

import json
import random

# A model small enough that each phase trains in seconds on two shared cores, and fast test settings.
MICRO = {
    "hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
    "num_key_value_heads": 2, "vocab_size": 512, "max_length": 512,
}
FAST = {"batch_size": 8, "warmup_steps": 0, "logging_steps": 1, "save_steps": 1000, "learning_rate": 3e-3}

SYSTEM = (
    "You are an agent that completes a user request in LibreOffice Writer by acting on its controls. "
    "You are given the available controls, the request, your previous actions and your previous plan. "
    "Select one control and take exactly one action. Reply with JSON keys thought, control_label, "
    "control_name, function, args, status (CONTINUE or FINISH) and plan (the remaining steps)."
)
OPS = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strike through": "Strikethrough",
    "centre": "Align Center",
    "right-align": "Align Right",
    "subscript": "Subscript",
    "superscript": "Superscript",
}
EXTRA_CONTROLS = ["Undo", "Redo", "Save", "Font Name", "Font Size", "Insert Table", "Page Break", "Find & Replace"]
WORDS = ("annual report budget summary meeting notes project plan chapter draft letter invoice title "
         "address agenda minutes proposal review outline figure table").split()
PHRASES = ["Make {q} {op}.", "Please apply {op} to {q}.", "Could you set {q} to {op}?", "{op} the text {q}"]


def _controls(rng: random.Random, extra: int) -> list[dict]:
    names = list(OPS.values()) + EXTRA_CONTROLS[:extra]
    rng.shuffle(names)
    return [{"label": str(i + 1), "control_text": n, "control_type": "Button"} for i, n in enumerate(names)] + [
        {"label": str(len(names) + 1), "control_text": "Document", "control_type": "Document"}
    ]


def _action(thought: str, ctrl: dict | None, function: str, args: dict, status: str, plan: list[str]) -> str:
    return json.dumps({
        "thought": thought,
        "control_label": ctrl["label"] if ctrl else "",
        "control_name": ctrl["control_text"] if ctrl else "",
        "function": function,
        "args": args,
        "status": status,
        "plan": plan,
    })


def trajectory(
    rng: random.Random,
    task_id: str,
    *,
    success: bool = True,
    extra_controls: int = 8,
    wrong: str | None = None,
    compact: bool = False,
) -> list[dict]:
    """Two step records (select the quoted text, then click the operation's control).

    A failed trajectory clicks ``wrong`` (a control name, e.g. "Undo"), or else a control of a different
    operation than the request names. Fewer ``extra_controls`` and ``compact`` (a one-line system prompt and
    control names only) make short prompts for fast tests.
    """
    op = rng.choice(list(OPS))
    text = " ".join(rng.sample(WORDS, rng.randint(1, 3)))
    request = rng.choice(PHRASES).format(q=f'"{text}"', op=op)
    controls = _controls(rng, extra_controls)
    by_name = {c["control_text"]: c for c in controls}
    target = OPS[op] if success else wrong or rng.choice([v for k, v in OPS.items() if k != op])
    plan = [f"select the text {text}", f"click {target}"]
    steps = [
        (f"First select '{text}'.", by_name["Document"], "select_text", {"text": text}, "CONTINUE", plan[1:], []),
        (f"Now click {target}.", by_name[target], "click_input", {"button": "left"}, "FINISH", [],
         [f"select_text(text={text!r})"]),
    ]
    records = []
    for i, (thought, ctrl, fn, args, status, rest, history) in enumerate(steps):
        listing = ", ".join(f"{c['label']}:{c['control_text']}" for c in controls) if compact else json.dumps(controls)
        user = (
            f"<Available Control Item:> {listing}\n<User Request:> {request}\n"
            f"<Previous Actions:> {json.dumps(history)}\n<Previous Plans:> {json.dumps(plan if i else [])}"
        )
        system = "Act on Writer; reply with one JSON action." if compact else SYSTEM
        records.append({
            "prompt": [{"role": "system", "content": system}, {"role": "user", "content": user}],
            "completion": [{"role": "assistant", "content": _action(thought, ctrl, fn, args, status, rest)}],
            "meta": {"task_id": task_id, "step": i, "family": "formatting", "success": success},
        })
    return records


def step_records(n_tasks: int, seed: int = 0, fail_fraction: float = 0.0, **kwargs) -> list[dict]:
    """Step records of ``n_tasks`` trajectories, a fraction of them failed (``kwargs`` go to ``trajectory``)."""
    rng = random.Random(seed)
    out: list[dict] = []
    for i in range(n_tasks):
        ok = rng.random() >= fail_fraction
        out.extend(trajectory(rng, f"task-{seed}-{i}", success=ok, **kwargs))
    return out


def plan_records(n: int, seed: int = 0) -> list[dict]:
    """Task → plan pairs (phase 1 data)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        op = rng.choice(list(OPS))
        task = f"How do I apply {op} to a word in Writer?"
        plan = f"1. Select the word.\n2. Click {OPS[op]} on the Formatting bar."
        out.append({
            "prompt": [{"role": "system", "content": "Write the steps to do the task."},
                       {"role": "user", "content": task}],
            "completion": [{"role": "assistant", "content": plan}],
            "meta": {"task_id": f"plan-{i}", "source": "synthetic"},
        })
    return out


def write_jsonl(path, records) -> None:
    """Write records as JSONL (tests only, not atomic)."""
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r) + "\n")


def make_explorer(cfg) -> object:
    """Explorer factory for ``--explorer train_synthetic:make_explorer``: solves every other task per round.

    Stands in for the agent loop (which needs LibreOffice); trajectories follow the explorer contract.
    """

    def explore(model_dir, tasks):
        rng = random.Random(len(tasks))
        out = []
        for i, t in enumerate(tasks):
            ok = i % 2 == 0
            steps = trajectory(rng, t, success=ok, extra_controls=1, wrong="Undo", compact=True)
            out.append({"task_id": t, "success": ok, "steps": steps})
        return out

    return explore

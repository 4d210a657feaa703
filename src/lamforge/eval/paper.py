"""The paper's own figures (Word, Mistral-7B LAM; Tables 2-4), shown beside ours in report.md.

Values are as printed in the paper: percentages for rates, seconds for times. They are never mixed
into ``report.json``, which holds only lamforge's measurements (rates as fractions).
"""

from __future__ import annotations

PAPER_LABEL = "Microsoft Word, Mistral-7B LAM"

# Table 2: planning, % (TSR, step precision, step recall).
PLANS: dict[str, dict[str, float]] = {
    "LAM1": {"tsr": 82.2, "step_precision": 54.7, "step_recall": 55.7},
    "GPT-4o": {"tsr": 84.5, "step_precision": 28.2, "step_recall": 66.1},
    "Mistral-7B (no fine-tuning)": {"tsr": 0.0, "step_precision": 0.1, "step_recall": 0.5},
}

# Table 3: offline decision making, %.
OFFLINE: dict[str, dict[str, float]] = {
    "LAM1": {"object_acc": 39.4, "operation_acc": 59.9, "status_acc": 32.7, "step_success_rate": 33.0, "tsr": 35.6},
    "LAM2": {"object_acc": 85.6, "operation_acc": 97.3, "status_acc": 97.8, "step_success_rate": 83.6, "tsr": 76.8},
    "LAM3": {"object_acc": 87.4, "operation_acc": 97.7, "status_acc": 98.2, "step_success_rate": 85.9, "tsr": 79.3},
    "LAM4": {"object_acc": 87.8, "operation_acc": 97.7, "status_acc": 99.0, "step_success_rate": 86.2, "tsr": 81.2},
    "GPT-4o (text-only)": {"object_acc": 73.2, "operation_acc": 94.2, "status_acc": 52.1,
                           "step_success_rate": 68.8, "tsr": 67.2},
    "GPT-4o Mini (text-only)": {"object_acc": 74.6, "operation_acc": 91.5, "status_acc": 67.4,
                                "step_success_rate": 73.4, "tsr": 62.3},
}

# Table 4: online in live Word (TSR %, completion time s, completion steps, step latency s).
ONLINE: dict[str, dict[str, float]] = {
    "LAM (text-only)": {"tsr": 71.0, "avg_time_s": 30.42, "avg_steps": 5.62, "step_latency_s": 5.41},
    "GPT-4o (text-only)": {"tsr": 63.0, "avg_time_s": 86.42, "avg_steps": 6.73, "step_latency_s": 12.84},
    "GPT-4o Mini (text-only)": {"tsr": 57.8, "avg_time_s": 35.24, "avg_steps": 5.99, "step_latency_s": 5.88},
    "GPT-4o (text + visual)": {"tsr": 75.5, "avg_time_s": 96.48, "avg_steps": 4.98, "step_latency_s": 19.36},
    "GPT-4o Mini (text + visual)": {"tsr": 66.7, "avg_time_s": 46.21, "avg_steps": 6.34, "step_latency_s": 7.29},
}

PLAN_METRICS = (("tsr", "TSR"), ("step_precision", "Step Precision"), ("step_recall", "Step Recall"))
OFFLINE_METRICS = (
    ("object_acc", "Object Acc"),
    ("operation_acc", "Operation Acc"),
    ("status_acc", "Status Acc"),
    ("step_success_rate", "Step Success Rate"),
    ("tsr", "Task Success Rate"),
)
ONLINE_METRICS = (
    ("tsr", "Task Success Rate (%)"),
    ("avg_time_s", "Task Completion Time (s)"),
    ("avg_steps", "Task Completion Steps"),
    ("step_latency_s", "Average Step Latency (s)"),
)
RATE_KEYS = frozenset({"tsr", "step_precision", "step_recall", "object_acc", "operation_acc", "status_acc",
                       "step_success_rate"})

"""Data pipelines: task-plan pairs (``plans``), the grounding expert, task-action collection (``collect``)."""

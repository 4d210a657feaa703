"""End-to-end orchestration (the top layer, beside the CLI): self-boosting exploration and ``lamforge demo``."""

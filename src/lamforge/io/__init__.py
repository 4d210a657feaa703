"""The bottom layer: plain Python that every other layer may use.

Atomic writes (:mod:`~lamforge.io.atomic`), JSON-lines files (:mod:`~lamforge.io.jsonl`) and lazy package exports
(:mod:`~lamforge.io.lazy`).
"""

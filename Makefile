.PHONY: setup test lint demo demo-quick bench
PY := .venv/bin/python

setup:
	bash scripts/setup

test:
	LAMFORGE_EXTRAS=dev,serve,endpoint,report,ray bash scripts/setup
	$(PY) -m ruff check src tests benchmarks
	$(PY) -m pytest -q --doctest-modules src/lamforge
	$(PY) -m pytest -q tests

lint:
	$(PY) -m ruff check src tests benchmarks

demo: setup
	.venv/bin/lamforge demo --out runs/demo

demo-quick: setup
	.venv/bin/lamforge demo --out runs/demo-quick --quick

bench: setup
	$(PY) benchmarks/app_latency.py

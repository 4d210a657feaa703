"""``python -m lamforge.cli``."""

from lamforge.cli.main import main

main()

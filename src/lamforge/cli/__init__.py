"""The ``lamforge`` command line: one sub-command module per stage."""

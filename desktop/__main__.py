"""`python -m desktop` runs the same entry point as the `balance-journal` command."""

from desktop.cli import run

run()

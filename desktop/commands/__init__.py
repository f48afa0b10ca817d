"""The commands of the command line, one module per group, each with a `register(subparsers)`."""

from desktop.commands import charts, entries, safety, stats, transfer

COMMAND_MODULES = (entries, stats, transfer, charts, safety)

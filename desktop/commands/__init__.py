"""The commands of the command line, one module per group, each with a `register(subparsers)`."""

from desktop.commands import attachments, charts, entries, safety, stats, sync, transfer

COMMAND_MODULES = (entries, attachments, stats, transfer, charts, safety, sync)

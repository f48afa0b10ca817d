"""Moving entries out of the journal: `export`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands.common import CommandError, open_for
from desktop.commands.entries import add_filter_options, filter_from


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help="write entries to a file")
    export.add_argument("format", choices=["csv"])
    export.add_argument("path", metavar="PATH")
    add_filter_options(export)
    export.set_defaults(handler=export_command)


def export_command(args: Any) -> int:
    from desktop.io.csv_export import write_csv_rows
    from desktop.store.export_rows import iter_export_rows

    flt = filter_from(args)
    target = Path(args.path)
    if target.is_dir():
        raise CommandError(f"{target} is a folder; give a file name")
    if not target.parent.exists():
        raise CommandError(f"the folder {target.parent} does not exist")
    with open_for(args):
        try:
            count = write_csv_rows(iter_export_rows(flt), target)
        except OSError as error:
            raise CommandError(f"cannot write {target}: {error.strerror or error}") from None
    print(f"exported {count} entries to {target}", file=sys.stderr)
    return 0

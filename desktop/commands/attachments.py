"""Commands on an entry's photos and files: attach, attachments, detach."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands.common import CommandError, open_for, print_json


def register(commands: argparse._SubParsersAction) -> None:
    attach = commands.add_parser("attach", help="add photos or files to an entry")
    attach.add_argument("uuid", help="the entry's uuid, or its start as `list` shows it")
    attach.add_argument("files", nargs="+", metavar="FILE")
    attach.set_defaults(handler=attach_command)

    listing = commands.add_parser("attachments", help="list an entry's photos and files")
    listing.add_argument("uuid", help="the entry's uuid, or its start as `list` shows it")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=attachments_command)

    detach = commands.add_parser("detach", help="take a photo or file off an entry")
    detach.add_argument("uuid", help="the entry's uuid, or its start as `list` shows it")
    detach.add_argument("name", help="the attachment's name (as `attachments` lists it) or its hash")
    detach.set_defaults(handler=detach_command)


def attach_command(args: Any) -> int:
    from desktop.store.attachments.attaching import attach_files
    from desktop.store.entries.entry_table import resolve_uuid

    files = [Path(f).expanduser() for f in args.files]
    for file in files:
        if not file.is_file():
            raise CommandError(f"{file} is not a file")
    with open_for(args):
        added = attach_files(resolve_uuid(args.uuid), files)
    for item in added:
        print(f"{item.name}\t{item.blob.mime}\t{item.blob.size}\t{item.blob.sha256}")
    return 0


def attachments_command(args: Any) -> int:
    from desktop.store.attachments.references import attachments_of
    from desktop.store.entries.entry_table import resolve_uuid

    with open_for(args, read_only_ok=True):
        found = attachments_of(resolve_uuid(args.uuid))
    if args.json:
        print_json([a.as_json() for a in found])
        return 0
    for item in found:
        print(f"{item.name}\t{item.mime}\t{item.size}\t{item.sha256}")
    return 0


def detach_command(args: Any) -> int:
    from desktop.store.attachments.attaching import detach
    from desktop.store.entries.entry_table import resolve_uuid

    with open_for(args):
        gone = detach(resolve_uuid(args.uuid), args.name)
    print(f"took {gone.name} off the entry", file=sys.stderr)
    return 0

"""The sync commands: `sync setup FOLDER`, `sync` (one round now) and `sync status`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.commands.common import CommandError, open_for, read_passphrase

SYNC_PASSPHRASE_ENV = "BALANCE_JOURNAL_SYNC_PASSPHRASE"


def register(commands: argparse._SubParsersAction) -> None:
    sync = commands.add_parser(
        "sync",
        help="sync with your other computers through a folder (one round now, or setup/status)",
        description="Without a subcommand: one sync round now.",
    )
    sync.set_defaults(handler=round_command)
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    setup = actions.add_parser(
        "setup",
        help="make FOLDER a new sync folder, or join it if it is one (passphrase: "
        f"${SYNC_PASSPHRASE_ENV} or a prompt)",
    )
    setup.add_argument("folder", metavar="FOLDER")
    setup.add_argument("--name", help="this computer's name as the others show it (default: its host name)")
    setup.set_defaults(handler=setup_command)
    status = actions.add_parser("status", help="this computer's name, the last round, computers seen")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=status_command)


def _report(result: Any) -> None:
    attachments = (
        f", {result.attachments_sent} attachment(s) sent, {result.attachments_fetched} received"
        if result.attachments_sent or result.attachments_fetched
        else ""
    )
    print(
        f"sync: {result.files_applied} file(s) applied, {result.entries_changed} entr"
        f"{'y' if result.entries_changed == 1 else 'ies'} changed here, "
        f"{result.documents_sent} change(s) sent in {result.files_written} file(s){attachments}",
        file=sys.stderr,
    )


def setup_command(args: Any) -> int:
    from desktop.store.sync.setup import folder_key, is_sync_folder, set_up_sync
    from desktop.store.sync.sync_round import sync_round
    from desktop.store.sync.tables import sync_state

    folder = Path(args.folder).expanduser()
    joining = is_sync_folder(folder)
    prompt = "Sync passphrase of the folder: " if joining else "New sync passphrase: "
    passphrase = read_passphrase(
        SYNC_PASSPHRASE_ENV, prompt, "a sync passphrase is needed", confirm=not joining
    )
    key = folder_key(folder, passphrase)[0] if joining else None  # a wrong one touches no journal
    import socket  # here: every command would pay for importing it

    name = (args.name or socket.gethostname() or "computer").strip()
    with open_for(args, create=True):
        present = sync_state()
        if present is not None:
            raise CommandError(f"this journal syncs through {present.folder} already")
        if key is None:
            key = folder_key(folder, passphrase)[0]
        set_up_sync(folder, key, name)
        print(
            f"{'joined the sync folder' if joining else 'made a new sync folder at'} "
            f"{folder.absolute()} as '{name}'",
            file=sys.stderr,
        )
        _report(sync_round())
    return 0


def round_command(args: Any) -> int:
    from desktop.store.sync.sync_round import sync_round

    with open_for(args):
        _report(sync_round())
    return 0


def status_command(args: Any) -> int:
    from desktop.store.sync.sync_round import sync_status

    with open_for(args, read_only_ok=True):
        status = sync_status()
    if args.json:
        record = {
            "folder": status.folder,
            "computer": status.device_name,
            "computer_id": status.device_id,
            "last_round": status.last_round,
            "computers_seen": [
                {"name": c.name, "id": c.device_id, "files": c.last_file, "last_seen": c.seen_at}
                for c in status.computers
            ],
            "changes_waiting": status.changes_waiting,
            "files_waiting": status.files_waiting,
            "attachments_waiting": status.attachments_waiting,
        }
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    print(f"This computer: {status.device_name} ({status.device_id})")
    print(f"Sync folder: {status.folder}")
    print(f"Last round: {status.last_round or 'never'}")
    if status.computers:
        for computer in status.computers:
            print(
                f"Seen: {computer.name or computer.device_id} ({computer.device_id}), "
                f"last at {computer.seen_at}"
            )
    else:
        print("Seen: no other computer yet")
    print(f"Changes waiting to be sent: {status.changes_waiting}")
    print(f"Files from others waiting: {status.files_waiting}")
    print(f"Attachments waiting to arrive: {status.attachments_waiting}")
    return 0

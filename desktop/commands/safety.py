"""Keeping the journal safe from the command line: check, backup, backups, restore, encrypt,
decrypt, rekey."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from desktop.commands.common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    CommandError,
    open_for,
    read_passphrase,
)


def register(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser("check", help="check every page of the journal for damage")
    check.set_defaults(handler=check_command)

    backup = commands.add_parser("backup", help="make a verified backup of the journal")
    backup.add_argument(
        "--to", metavar="PATH", help="a new file or a folder (default: the journal's backups)"
    )
    backup.set_defaults(handler=backup_command)

    listing = commands.add_parser("backups", help="list the journal's backups, newest first")
    listing.set_defaults(handler=backups_command)

    restore = commands.add_parser(
        "restore", help="replace the journal with a backup (the journal as it is is kept)"
    )
    restore.add_argument("backup", metavar="BACKUP")
    restore.set_defaults(handler=restore_command)

    for name, text, handler in (
        ("encrypt", "encrypt the journal and its backups with a passphrase", encrypt_command),
        ("decrypt", "remove the encryption of the journal and its backups", decrypt_command),
        ("rekey", "change the passphrase of an encrypted journal", rekey_command),
    ):
        commands.add_parser(name, help=text).set_defaults(handler=handler)


def _journal_path(args: Any) -> Path:
    from desktop.store.journal.paths import resolve_journal_path

    return resolve_journal_path(args.journal)


def _backup_target(journal: Path, to: str | None) -> Path:
    from desktop.store.safety.backup import MANUAL, new_backup_path, timestamped_name

    if to is None:
        return new_backup_path(journal, MANUAL)
    target = Path(to).expanduser()
    if target.is_dir():
        target = target / timestamped_name(journal, MANUAL)
    if target.exists():
        raise CommandError(f"{target} already exists; give a new file name")
    if not target.parent.is_dir():
        raise CommandError(f"the folder {target.parent} does not exist")
    if not os.access(target.parent, os.W_OK):
        raise CommandError(f"the folder {target.parent} cannot be written to")
    return target


def check_command(args: Any) -> int:
    """SQLite's thorough integrity check of the whole file, whatever the opening thought of it."""
    import time

    from desktop.commands.common import damaged_message
    from desktop.store.journal.errors import JournalDamaged
    from desktop.store.safety.checkup import check_journal_file

    with open_for(args, check=False, daily_backup=False, read_only_ok=True) as journal:
        started = time.perf_counter()
        try:
            check_journal_file(journal, thorough=True)
        except JournalDamaged as error:
            raise CommandError(damaged_message(error, journal.path, journal.passphrase)) from None
        seconds = time.perf_counter() - started
        size = journal.path.stat().st_size / 2**20
    print(f"{journal.path} is sound: every page checked ({size:,.1f} MiB in {seconds:.1f} s)")
    return 0


def backup_command(args: Any) -> int:
    from desktop.store.safety.backup import backup_journal

    with open_for(args, daily_backup=False, read_only_ok=True) as journal:
        target = _backup_target(journal.path, args.to)
        made = backup_journal(journal, target)
    print(made)
    return 0


def backups_command(args: Any) -> int:
    from desktop.store.safety.backup import backup_reason, backup_time, list_backups

    for path in list_backups(_journal_path(args)):
        stamp = backup_time(path).strftime("%Y-%m-%d %H:%M:%S")
        print(f"{stamp}  {backup_reason(path):<20}  {path}")
    return 0


def restore_command(args: Any) -> int:
    from desktop.store.journal.errors import PassphraseRequired
    from desktop.store.safety.lock import lock_or_fail
    from desktop.store.safety.restore import restore_journal

    journal = _journal_path(args)
    backup = Path(args.backup).expanduser()
    if not backup.is_file():
        raise CommandError(f"there is no backup file {backup}")
    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    lock = lock_or_fail(journal)
    try:
        try:
            result = restore_journal(journal, backup, passphrase=passphrase)
        except PassphraseRequired as error:
            passphrase = read_passphrase(PASSPHRASE_ENV, "Passphrase: ", str(error))
            result = restore_journal(journal, backup, passphrase=passphrase)
    finally:
        lock.unlock()
    print(f"restored {journal} from {result.restored_from}", file=sys.stderr)
    if result.previous is not None:
        state = "the damaged journal" if result.previous_was_damaged else "the journal as it was"
        print(f"{state} is kept at {result.previous}", file=sys.stderr)
    return 0


def _converting(args: Any, convert: Any) -> int:
    """Run a conversion of the whole journal file while holding its lock."""
    from desktop.store.safety.lock import lock_or_fail

    journal = _journal_path(args)
    if not journal.exists():
        raise CommandError(f"there is no journal at {journal}")
    lock = lock_or_fail(journal)
    try:
        result = convert(journal)
    finally:
        lock.unlock()
    print(f"a verified backup is at {result.backup}", file=sys.stderr)
    if result.backups_converted:
        print(f"{result.backups_converted} older backups converted too", file=sys.stderr)
    for path in result.readable_left:
        print(
            f"balance-journal: warning: {path} is a damaged journal set aside earlier and is "
            "not encrypted; delete it once you no longer need it",
            file=sys.stderr,
        )
    if result.backups_removed:
        print(
            f"{result.backups_removed} unreadable or damaged unencrypted backups removed "
            "(no readable copy may outlive encryption)",
            file=sys.stderr,
        )
    for path in result.unconverted:
        print(
            f"balance-journal: warning: the backup {path} could not be converted (it is damaged) "
            "and still opens with the old passphrase; delete it once you no longer need it",
            file=sys.stderr,
        )
    return 0


def _require_encrypted(journal: Path) -> None:
    from desktop.store.journal.connection import FileKind, file_kind

    if file_kind(journal) is not FileKind.ENCRYPTED:
        raise CommandError(f"the journal {journal} is not encrypted")


def encrypt_command(args: Any) -> int:
    from desktop.store.journal.connection import FileKind, file_kind
    from desktop.store.safety.encryption import encrypt_journal

    def convert(journal: Path) -> Any:
        if file_kind(journal) is FileKind.ENCRYPTED:
            raise CommandError(f"the journal {journal} is already encrypted")
        passphrase = read_passphrase(
            (NEW_PASSPHRASE_ENV, PASSPHRASE_ENV),
            "New passphrase: ",
            "encrypting needs a passphrase",
            confirm=True,
        )
        return encrypt_journal(journal, passphrase)

    code = _converting(args, convert)
    print(
        "encrypted; keep the passphrase safe: without it nobody, you included, can open the journal",
        file=sys.stderr,
    )
    return code


def decrypt_command(args: Any) -> int:
    from desktop.store.safety.encryption import decrypt_journal

    def convert(journal: Path) -> Any:
        _require_encrypted(journal)
        passphrase = read_passphrase(
            PASSPHRASE_ENV, f"Passphrase for {journal}: ", "decrypting needs the passphrase"
        )
        return decrypt_journal(journal, passphrase)

    code = _converting(args, convert)
    print("decrypted: the journal and its backups are no longer encrypted", file=sys.stderr)
    return code


def rekey_command(args: Any) -> int:
    from desktop.store.safety.encryption import rekey_journal

    def convert(journal: Path) -> Any:
        _require_encrypted(journal)
        old = read_passphrase(
            PASSPHRASE_ENV, "Current passphrase: ", "changing the passphrase needs the current one"
        )
        new = read_passphrase(
            NEW_PASSPHRASE_ENV,
            "New passphrase: ",
            "changing the passphrase needs the new one",
            confirm=True,
        )
        return rekey_journal(journal, old, new)

    code = _converting(args, convert)
    print("the passphrase is changed, for the journal and its backups", file=sys.stderr)
    return code

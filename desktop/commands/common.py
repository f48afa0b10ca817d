"""What every command shares: opening the journal, parsing values, printing results."""

from __future__ import annotations

import getpass
import json
import os
import shlex
import sys
from collections.abc import Iterable
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store.journal.opening import Journal

from desktop.domain.entry import Entry, InvalidEntry, check_date


class CommandError(Exception):
    """Bad input to a command; the message is printed as it is and the exit code is 1."""


# Notes for stderr that hold only if the command succeeds (a failed import leaves no journal).
AFTER_SUCCESS: list[str] = []

PASSPHRASE_ENV = "BALANCE_JOURNAL_PASSPHRASE"
NEW_PASSPHRASE_ENV = "BALANCE_JOURNAL_NEW_PASSPHRASE"


def read_passphrase(env: str | tuple[str, ...], prompt: str, why: str, *, confirm: bool = False) -> str:
    """A passphrase from the first set variable of `env`, else asked for on the terminal.

    Without a variable and without a terminal to ask on, a CommandError says what to set.
    """
    names = (env,) if isinstance(env, str) else env
    for name in names:
        value = os.environ.get(name)
        if value:
            return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise CommandError(f"{why}: set ${names[0]}, or run the command in a terminal to be asked")
    first = getpass.getpass(prompt)
    if not first:
        raise CommandError("no passphrase was given; nothing was changed")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise CommandError("the two passphrases differ; nothing was changed")
    return first


def damaged_message(error: Exception, path: Path, passphrase: str | None) -> str:
    """The damage, and the way back: the newest verified backup and the command to restore it."""
    from desktop.store.safety.backup import newest_verified_backup

    backup = newest_verified_backup(path, passphrase)
    if backup is None:
        return f"{error}; no verified backup of it was found"
    return (
        f"{error}; restore the newest verified backup with: "
        f"balance-journal --journal {shlex.quote(str(path))} restore {shlex.quote(str(backup))}"
    )


def open_for(args: Any, *, create: bool = False, **options: Any) -> Journal:
    """Open the journal the command works on (see `--journal`), asking for a passphrase if needed.

    `options` go to `open_journal` (say `daily_backup=False`). Warnings that did not stop the
    journal opening are printed on stderr.
    """
    from desktop.store.journal.errors import JournalDamaged, PassphraseRequired
    from desktop.store.journal.opening import open_journal
    from desktop.store.journal.paths import resolve_journal_path

    path = resolve_journal_path(args.journal)
    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    is_new = create and not path.exists()
    try:
        try:
            journal = open_journal(path, create=create, passphrase=passphrase, **options)
        except PassphraseRequired as error:
            passphrase = read_passphrase(PASSPHRASE_ENV, f"Passphrase for {path}: ", str(error))
            journal = open_journal(path, create=create, passphrase=passphrase, **options)
    except JournalDamaged as error:
        raise CommandError(damaged_message(error, path, passphrase)) from None
    if journal.passphrase is not None and not journal.read_only:
        from desktop.store.safety.encryption import finish_cut_short_encryption

        journal.warnings.extend(finish_cut_short_encryption(path, journal.passphrase))
    for warning in journal.warnings:
        print(f"balance-journal: warning: {warning}", file=sys.stderr)
    if not create and getattr(args, "theme", None):
        from desktop.store.entries.theme_table import unknown_slugs

        for slug in unknown_slugs(list(args.theme)):  # a typo would otherwise just find nothing
            print(f"balance-journal: warning: this journal has no theme '{slug}'", file=sys.stderr)
    if is_new:  # a mistyped --journal should not go unnoticed; said once the command succeeds
        AFTER_SUCCESS.append(f"balance-journal: started a new journal at {path}")
    return journal


def refuse_journal_files(target: Path, args: Any) -> None:
    """Refuse a file the command would write over the journal or into its backup folder."""
    from desktop.store.journal.paths import journal_file_clash, resolve_journal_path

    clash = journal_file_clash(target, resolve_journal_path(args.journal))
    if clash:
        raise CommandError(clash)


def parse_date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option} {text!r} is not a real date of the form YYYY-MM-DD") from None
    try:
        return check_date(day, option)
    except InvalidEntry as error:
        raise CommandError(str(error)) from None


def parse_time(text: str | None, option: str) -> time | None:
    if text is None:
        return None
    try:
        parsed = time.fromisoformat(text)
    except ValueError:
        parsed = None
    if parsed is None or len(text) != 5 or parsed.tzinfo is not None:
        raise CommandError(f"{option} {text!r} is not a time of the form HH:MM")
    return parsed


def parse_int(text: str | None, option: str, low: int, high: int) -> int | None:
    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        raise CommandError(f"{option} must be a whole number from {low} to {high}") from None
    if not low <= value <= high:
        raise CommandError(f"{option} must be from {low} to {high}, not {value}")
    return value


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_entries_json(entries: Iterable[Entry]) -> None:
    """Print a JSON array of records as it streams, so a large journal never sits in memory."""
    from desktop.io.formats.records import entry_to_record

    out = sys.stdout
    out.write("[")
    first = True
    for entry in entries:
        out.write("\n  " if first else ",\n  ")
        out.write(json.dumps(entry_to_record(entry), ensure_ascii=False))
        first = False
    out.write("\n]\n" if not first else "]\n")

"""Journals that sync, for the tests: each opened in turn (the store has one open journal at a
time), with a cheap scrypt cost so a test sets up in milliseconds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.domain.entry import Entry
from desktop.store.entries.entry_table import iter_entries
from desktop.store.journal.opening import Journal, open_journal
from desktop.store.sync.setup import folder_key, set_up_sync
from desktop.store.sync.sync_round import RoundResult, sync_round

PASSPHRASE = "correct horse battery staple"
TEST_SCRYPT_N = 2**10


@contextmanager
def opened(path: Path) -> Iterator[Journal]:
    journal = open_journal(path, create=True, daily_backup=False)
    try:
        yield journal
    finally:
        journal.close()


def set_up(path: Path, folder: Path, name: str, passphrase: str = PASSPHRASE) -> None:
    with opened(path):
        set_up_sync(folder, folder_key(folder, passphrase, scrypt_n=TEST_SCRYPT_N)[0], name)


def round_of(path: Path) -> RoundResult:
    with opened(path):
        return sync_round()


def everything(path: Path) -> list[dict[str, Any]]:
    """Every entry (the Trash too), as comparable values, by uuid."""
    from desktop.domain.filters import EntryFilter, TrashState

    with opened(path):
        entries = list(iter_entries(EntryFilter(trash=TrashState.ANY)))
    return sorted((_values(e) for e in entries), key=lambda v: v["uuid"])


def _values(entry: Entry) -> dict[str, Any]:
    return {
        "uuid": entry.uuid,
        "title": entry.title,
        "body": entry.body,
        "themes": sorted(entry.themes),
        "people": sorted(entry.people),
        "ratings": (entry.independence, entry.interdependence, entry.mood, entry.starred),
        "when": (entry.date, entry.time, entry.utc_offset),
        "trashed": entry.deleted_at is not None,
    }


def settle(paths: list[Path], rounds: int = 2) -> None:
    """Rounds on every journal until every change has reached every other."""
    for _ in range(rounds):
        for path in paths:
            round_of(path)

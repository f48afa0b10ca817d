"""Long safety operations report progress a window can show: from 0, forward only, to the end.

A big journal (a few megabytes, a few hundred pages) reports many times on the way; `done`
reaches `total` when the work is finished.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from desktop.store.entries.entry_table import count_entries
from desktop.store.journal.connection import connect
from desktop.store.journal.opening import open_journal
from desktop.store.safety.backup import (
    backup_journal,
    list_backups,
    make_automatic_backup,
    new_backup_path,
    verify_copy,
)
from desktop.store.safety.encryption import decrypt_journal, encrypt_journal, rekey_journal
from desktop.store.safety.restore import restore_journal
from desktop.store.transfer.bulk import insert_entries_bulk
from tests.factories import make_entry
from tests.store.helpers import plain_count

ENTRIES = 1500


class Reports(list[tuple[int, int]]):
    """Every `progress(done, total)` call, in order."""

    def __call__(self, done: int, total: int) -> None:
        self.append((done, total))

    def check(self, *, at_least: int = 1) -> None:
        """Start at 0, never go back, reach the end, with `at_least` reports in between."""
        assert self, "no progress reported"
        total = self[-1][1]
        assert total > 0
        assert {t for _, t in self} == {total}, "the total changed on the way"
        assert self[0] == (0, total) and self[-1] == (total, total)
        done = [d for d, _ in self]
        assert done == sorted(set(done)), "progress went back or repeated"
        assert len(self) - 2 >= at_least, f"only {len(self) - 2} reports in between"


def _big_journal(path: Path, passphrase: str | None = None, backups: int = 0) -> None:
    start = date(2020, 1, 1)
    with open_journal(path, passphrase=passphrase, daily_backup=False) as journal:
        insert_entries_bulk(
            make_entry(title=f"day {n}", date=start + timedelta(days=n), body=f"entry {n} " + "words " * 200)
            for n in range(ENTRIES)
        )
        for _ in range(backups):
            backup_journal(journal, new_backup_path(path, "daily"))


def test_a_backup_reports_pages_copied_and_checked(journal_path: Path) -> None:
    _big_journal(journal_path)
    reports = Reports()
    with open_journal(journal_path, daily_backup=False) as journal:
        made = make_automatic_backup(journal, "manual", progress=reports)
    reports.check(at_least=5)
    verify_copy(made)
    assert plain_count(made) == ENTRIES


def test_a_backup_copies_one_moment_while_another_program_writes(journal_path: Path) -> None:
    _big_journal(journal_path)
    # Another program, played here by a connection made as the app makes its own: within one
    # process only connections of one SQLite library see each other's locks.
    other = connect(journal_path)

    def write_meanwhile(done: int, total: int) -> None:
        if 0 < done < total // 4:  # between two steps of the copy
            other.execute("UPDATE entry SET title = 'changed meanwhile'")

    try:
        with open_journal(journal_path, daily_backup=False) as journal:
            made = backup_journal(journal, new_backup_path(journal_path, "manual"), progress=write_meanwhile)
    finally:
        other.close()
    with open_journal(made, daily_backup=False, check=False):
        assert count_entries() == ENTRIES
    conn = sqlite3.connect(f"file:{made}?mode=ro", uri=True)
    try:
        changed = conn.execute("SELECT count(*) FROM entry WHERE title = 'changed meanwhile'").fetchone()[0]
    finally:
        conn.close()
    assert changed == 0  # the copy is the journal as it was when the backup began


def test_encrypting_rekeying_and_decrypting_report_the_journal_and_its_backups(journal_path: Path) -> None:
    _big_journal(journal_path, backups=2)
    for convert, backups in (
        (lambda progress: encrypt_journal(journal_path, "first", progress=progress), 2),
        (lambda progress: rekey_journal(journal_path, "first", "second", progress=progress), 3),
        (lambda progress: decrypt_journal(journal_path, "second", progress=progress), 4),
    ):
        reports = Reports()
        result = convert(reports)
        reports.check(at_least=5)
        assert result.backups_converted == backups  # each conversion keeps one more
    with open_journal(journal_path, daily_backup=False):
        assert count_entries() == ENTRIES
    assert len(list_backups(journal_path)) == 5  # the two, and one kept by each conversion


def test_restoring_reports_the_backup_and_the_journal_kept(journal_path: Path) -> None:
    _big_journal(journal_path, backups=1)
    backup = list_backups(journal_path)[0]
    reports = Reports()
    result = restore_journal(journal_path, backup, progress=reports)
    reports.check(at_least=5)
    assert result.previous is not None and plain_count(result.previous) == ENTRIES


def test_restoring_a_plain_backup_into_an_encrypted_journal_reports_encrypting_it(journal_path: Path) -> None:
    _big_journal(journal_path, backups=1)
    plain = list_backups(journal_path)[0]
    kept_plain = plain.with_name("kept-plain.db")  # not named as a backup: encrypting leaves it
    plain.rename(kept_plain)
    encrypt_journal(journal_path, "secret")
    reports = Reports()
    restore_journal(journal_path, kept_plain, passphrase="secret", progress=reports)
    reports.check(at_least=5)
    with open_journal(journal_path, passphrase="secret", daily_backup=False):
        assert count_entries() == ENTRIES


def test_progress_is_optional_everywhere(journal_path: Path) -> None:
    _big_journal(journal_path, backups=1)
    restore_journal(journal_path, list_backups(journal_path)[-1])
    encrypt_journal(journal_path, "secret")
    decrypt_journal(journal_path, "secret")
    with open_journal(journal_path, daily_backup=False):
        assert count_entries() == ENTRIES

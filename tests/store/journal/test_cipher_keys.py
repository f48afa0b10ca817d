"""Connections after the first to an encrypted journal get its key ready-made, and still open
only with the right passphrase."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from desktop.store.entries.entry_table import count_entries, save_entry
from desktop.store.journal.connection import raw_key
from desktop.store.journal.opening import open_journal, thread_connection
from tests.factories import make_entry


def _count_in_another_thread() -> int:
    found: list[int] = []

    def read() -> None:
        with thread_connection():
            found.append(count_entries())

    worker = threading.Thread(target=read)
    worker.start()
    worker.join()
    return found[0]


def test_the_ready_made_key_is_the_one_sqlcipher_derives(journal_path: Path) -> None:
    with open_journal(journal_path, passphrase="pässphrase 'quoted'", daily_backup=False) as journal:
        save_entry(make_entry(title="private"))
        assert _count_in_another_thread() == 1  # a background read, as the window's workers do
        salt, ready = journal.db._derived  # type: ignore[attr-defined, misc]
    assert salt == journal_path.read_bytes()[:16]
    assert ready == raw_key("pässphrase 'quoted'", salt)
    conn = sqlcipher.connect(str(journal_path))
    conn.execute(f"PRAGMA key = {ready}")
    assert conn.execute("SELECT title FROM entry").fetchall() == [("private",)]
    conn.close()


def test_a_ready_made_key_that_does_not_open_the_file_falls_back_to_the_passphrase(
    journal_path: Path,
) -> None:
    with open_journal(journal_path, passphrase="right", daily_backup=False) as journal:
        save_entry(make_entry(title="kept"))
        salt = journal_path.read_bytes()[:16]
        journal.db._derived = (salt, raw_key("not the passphrase", salt))  # type: ignore[attr-defined]
        assert _count_in_another_thread() == 1
        assert journal.db._derive is False  # type: ignore[attr-defined]
        assert _count_in_another_thread() == 1

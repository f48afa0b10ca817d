"""Opening a journal for the window: one instance, passphrases, and a damaged journal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store.entries.entry_table import count_entries, save_entry
from desktop.store.journal.opening import open_journal
from desktop.store.safety.backup import backup_journal, list_backups, new_backup_path
from desktop.ui.app import opening
from tests.factories import make_entry
from tests.store.helpers import damage

WORKTREE = Path(__file__).resolve().parents[3]


class Dialogs:
    """Stands in for the dialogs: answers passphrases from a list and records every message."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, passphrases: list[str | None]) -> None:
        self.passphrases = passphrases
        self.asked: list[bool] = []  # `wrong` of each passphrase request
        self.messages: list[str] = []
        self.restore_offers: list[Path] = []
        self.accept_restore = True
        monkeypatch.setattr(opening, "ask_passphrase", self._ask)
        monkeypatch.setattr(opening, "show_message", lambda _p, text: self.messages.append(text))
        monkeypatch.setattr(opening, "confirm_restore", self._confirm)
        monkeypatch.setitem(opening._started, "handed_over", False)

    def _ask(self, _parent: object, _path: Path, wrong: bool) -> str | None:
        self.asked.append(wrong)
        return self.passphrases.pop(0) if self.passphrases else None

    def _confirm(self, _parent: object, _problem: str, backup: Path) -> bool:
        self.restore_offers.append(backup)
        return self.accept_restore


def _holder(journal: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.instance_holder", str(journal)],
        cwd=WORKTREE,
        env=dict(os.environ, PYTHONPATH=str(WORKTREE), QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "opened", proc.stderr.read() if proc.stderr else ""
    return proc


def test_a_second_start_brings_the_first_forward_and_never_opens_the_database(
    qapp: object, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_journal(journal_path).close()
    first = _holder(journal_path)
    try:
        dialogs = Dialogs(monkeypatch, [])
        opened: list[Path] = []
        monkeypatch.setattr(opening, "open_journal", lambda path, **_: opened.append(path))
        assert opening.open_for_window(journal_path) is None
        assert opened == []  # the database was never touched
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "raised"
        assert dialogs.messages == []  # the first window came forward; nothing to say
        assert opening.handed_over_to_other_window()  # so the second start exits with 0
    finally:
        first.kill()
        first.wait()


def test_a_second_start_says_it_is_open_when_the_first_cannot_be_reached(
    qapp: object, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_journal(journal_path).close()
    first = _holder(journal_path)
    try:
        dialogs = Dialogs(monkeypatch, [])
        monkeypatch.setattr(opening, "server_name", lambda _path: "balance-journal-nobody")
        assert opening.open_for_window(journal_path) is None
        assert dialogs.messages == ["This journal is already open in another window."]
        assert not opening.handed_over_to_other_window()
    finally:
        first.kill()
        first.wait()


def test_the_lock_of_a_killed_window_does_not_block_the_next_start(
    qapp: object, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_journal(journal_path).close()
    first = _holder(journal_path)
    first.send_signal(signal.SIGKILL)
    first.wait()
    Dialogs(monkeypatch, [])
    journal = opening.open_for_window(journal_path)
    assert journal is not None
    opening.close_for_window(journal)


def test_the_lock_is_held_while_open_and_released_on_close(
    qapp: object, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = Dialogs(monkeypatch, [])
    journal = opening.open_for_window(journal_path)
    assert journal is not None
    from desktop.store.safety.lock import try_lock

    assert try_lock(journal_path) is None
    opening.close_for_window(journal)
    lock = try_lock(journal_path)
    assert lock is not None
    lock.unlock()
    assert dialogs.messages == []


def test_an_encrypted_journal_asks_and_says_wrong_passphrase(
    qapp: object, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(journal_path, passphrase="open sesame"):
        save_entry(make_entry(title="hidden"))
    dialogs = Dialogs(monkeypatch, ["guess", "open sesame"])
    journal = opening.open_for_window(journal_path)
    assert journal is not None
    assert dialogs.asked == [False, True]  # the second request says the first was wrong
    assert count_entries() == 1
    opening.close_for_window(journal)


def test_cancelling_the_passphrase_opens_nothing_and_frees_the_lock(
    qapp: object, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(journal_path, passphrase="open sesame"):
        pass
    Dialogs(monkeypatch, [None])
    assert opening.open_for_window(journal_path) is None
    from desktop.store.safety.lock import try_lock

    lock = try_lock(journal_path)
    assert lock is not None
    lock.unlock()


def test_a_damaged_journal_offers_the_newest_verified_backup(
    qapp: object, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(journal_path, daily_backup=False) as journal:
        for n in range(300):
            save_entry(make_entry(title=f"entry {n}", body="words " * 30))
        made = backup_journal(journal, new_backup_path(journal_path, "manual"))
    damage(journal_path)
    dialogs = Dialogs(monkeypatch, [])
    journal = opening.open_for_window(journal_path)
    assert journal is not None
    assert dialogs.restore_offers == [made]
    assert count_entries() == 300
    assert any("damaged" in p.name for p in list_backups(journal_path))  # kept, not deleted
    opening.close_for_window(journal)


def test_a_damaged_journal_without_backups_says_so(
    qapp: object, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(journal_path, daily_backup=False):
        for n in range(300):
            save_entry(make_entry(title=f"entry {n}", body="words " * 30))
    damage(journal_path)
    before = journal_path.read_bytes()
    dialogs = Dialogs(monkeypatch, [])
    assert opening.open_for_window(journal_path) is None
    assert len(dialogs.messages) == 1
    assert "damaged" in dialogs.messages[0] and "no verified backup" in dialogs.messages[0]
    assert journal_path.read_bytes() == before


def test_restore_from_backup_keeps_the_window_lock(
    qapp: object, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Dialogs(monkeypatch, [])
    journal = opening.open_for_window(journal_path)
    assert journal is not None
    save_entry(make_entry(title="one"))
    made = backup_journal(journal, new_backup_path(journal_path, "manual"))
    save_entry(make_entry(title="two"))
    reopened = opening.restore_from_backup(journal, made)
    assert reopened is not None
    assert count_entries() == 1
    from desktop.store.safety.lock import try_lock

    assert try_lock(journal_path) is None
    opening.close_for_window(reopened)


def test_the_days_backup_is_made_after_the_window_shows(
    qapp: object, qtbot, journal_path: Path, monkeypatch: pytest.MonkeyPatch, preferences
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.app.main_window import MainWindow

    with open_journal(journal_path, daily_backup=False):
        save_entry(make_entry(title="kept"))
    Dialogs(monkeypatch, [])
    journal = opening.open_for_window(journal_path)
    assert journal is not None
    assert list_backups(journal_path) == []  # opening does not wait for a copy of the journal
    window = MainWindow(journal, preferences)
    qtbot.addWidget(window)
    window.show()
    opening.back_up_when_due(window)
    qtbot.waitUntil(lambda: len(list_backups(journal_path)) == 1, timeout=10000)
    _close(qtbot, window, journal)


def test_a_failed_daily_backup_is_told_but_the_journal_opens(
    qapp: object, qtbot, journal_path: Path, monkeypatch: pytest.MonkeyPatch, preferences
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.app.main_window import MainWindow

    with open_journal(journal_path):
        save_entry(make_entry(title="kept"))
    (journal_path.parent / f"{journal_path.name}.backups").write_text("not a folder")
    Dialogs(monkeypatch, [])
    journal = opening.open_for_window(journal_path)
    assert journal is not None
    window = MainWindow(journal, preferences)
    qtbot.addWidget(window)
    window.show()
    opening.back_up_when_due(window)
    qtbot.waitUntil(lambda: "backup could not be made" in window.last_error, timeout=10000)
    assert count_entries() == 1
    _close(qtbot, window, journal)


def _close(qtbot, window, journal) -> None:  # type: ignore[no-untyped-def]
    """Close as the app does: the window and its work first, then the journal."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: not window.model.is_loading)
    window.close()
    window.workers.wait()
    QApplication.processEvents()  # results still queued for the window arrive while it can read
    opening.close_for_window(journal)

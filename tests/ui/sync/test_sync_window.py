"""Sync in the window: the Settings page sets a folder up, saves reach the other computer in the
background, failures show in the status bar, and typing never waits for a round.

The other computer is a second journal on disk. The store holds one open journal per process,
and the window's is open, so the other side is prepared before the window opens and run through
the command line (a process of its own, as it would be on the other computer) afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QToolButton

from desktop.store.entries.entry_table import save_entry
from desktop.store.sync import sync_round as round_module
from desktop.store.sync.setup import folder_key, set_up_sync
from desktop.store.sync.tables import sync_state
from desktop.ui.app.settings_dialog import SettingsDialog
from desktop.ui.sync.sync_page import SyncPage
from tests.factories import make_entry
from tests.store.sync.helpers import PASSPHRASE, TEST_SCRYPT_N, opened, round_of, set_up
from tests.ui.helpers import shown_titles, wait_for_list

ROUND_TIMEOUT_MS = 20_000


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "Sync"


@pytest.fixture
def other(tmp_path: Path, folder: Path) -> Path:
    """The other computer's journal: one entry, set up on `folder`, its first round done."""
    path = tmp_path / "desktop.db"
    with opened(path):
        save_entry(make_entry(title="Written on the desktop", body="Hello from there."))
    set_up(path, folder, "desktop")
    round_of(path)
    return path


@pytest.fixture
def journal(journal_path: Path, other: Path):  # type: ignore[no-untyped-def]
    """This computer's journal, opened after the other's is made (one journal is open at a time)."""
    from desktop.store.journal.opening import open_journal

    opened_journal = open_journal(journal_path)
    try:
        yield opened_journal
    finally:
        opened_journal.close()


def _cli(journal: Path, *args: str) -> str:
    env = dict(os.environ, BALANCE_JOURNAL_SYNC_PASSPHRASE=PASSPHRASE)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--journal", str(journal), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _page(window) -> SyncPage:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(window.preferences, window.journal.path, window, window.sync)
    assert dialog.sync_page is not None
    return dialog.sync_page


def _set_up_on_page(qtbot, page: SyncPage, folder: Path, passphrase: str, again: str | None = None) -> None:  # type: ignore[no-untyped-def]
    page.folder.setText(str(folder))
    page.folder.editingFinished.emit()
    page.name.setText("laptop")
    page.passphrase.setText(passphrase)
    if again is not None:
        page.repeat.setText(again)
    page.set_up_button.click()


def _status(window) -> QToolButton:  # type: ignore[no-untyped-def]
    found = window.statusBar().findChild(QToolButton, "syncStatus")
    assert found is not None, "no sync status in the status bar"
    return found


def _own_files(folder: Path, window) -> int:  # type: ignore[no-untyped-def]
    status = window.sync.view.status
    return len(list((folder / "devices" / status.device_id).glob("*.bjs")))


def _wait_idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.sync.view.running, timeout=ROUND_TIMEOUT_MS)


def test_the_sync_page_makes_a_new_folder_and_shows_this_computer(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    new_folder = tmp_path / "Fresh"
    page = _page(window)
    assert not page.repeat.isHidden(), "a new folder asks for its new passphrase twice"

    _set_up_on_page(qtbot, page, new_folder, "first try", again="second try")
    assert "differ" in page.setup_message.text()
    assert not new_folder.exists(), "nothing is made when the passphrases differ"

    _set_up_on_page(qtbot, page, new_folder, "a long sync passphrase", again="a long sync passphrase")
    with qtbot.waitSignal(window.sync.setUpFinished, timeout=ROUND_TIMEOUT_MS) as finished:
        pass
    assert finished.args == [""]
    _wait_idle(qtbot, window)
    assert (new_folder / "balance-sync.json").is_file()
    assert page.computer_shown.text() == "laptop"
    assert page.computers_seen.text() == "no other computer yet"
    assert page.passphrase.text() == "" and page.repeat.text() == "", "the passphrase is not kept in the page"
    status = _status(window)
    assert status.isVisible()
    assert status.text() == "Synced just now"


def test_joining_brings_the_other_computers_entries_and_a_save_reaches_them(  # type: ignore[no-untyped-def]
    qtbot, window, folder: Path, other: Path
) -> None:
    window.sync.after_save.setInterval(50)
    page = _page(window)
    page.folder.setText(str(folder))
    page.folder.editingFinished.emit()
    assert page.repeat.isHidden(), "an existing sync folder asks for its passphrase once"
    _set_up_on_page(qtbot, page, folder, PASSPHRASE)
    qtbot.waitUntil(lambda: "Written on the desktop" in shown_titles(window), timeout=ROUND_TIMEOUT_MS)
    _wait_idle(qtbot, window)
    assert page.computers_seen.text() == "desktop"

    sent_before = _own_files(folder, window)
    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.title, "Written on the laptop")
    qtbot.keyClicks(window.editor.body, "Saved here, read there.")
    window.menu.save.trigger()
    wait_for_list(qtbot, window)
    # No "Sync now": the save alone starts a round a moment later.
    qtbot.waitUntil(lambda: _own_files(folder, window) > sent_before, timeout=ROUND_TIMEOUT_MS)
    _wait_idle(qtbot, window)
    assert window.sync.view.status.changes_waiting == 0

    _cli(other, "sync")
    titles = sorted(e["title"] for e in json.loads(_cli(other, "list", "--json")))
    assert titles == ["Written on the desktop", "Written on the laptop"]


def test_a_wrong_passphrase_shows_in_the_status_and_sets_nothing_up(qtbot, window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    _set_up_on_page(qtbot, page, folder, "not the passphrase")
    with qtbot.waitSignal(window.sync.setUpFinished, timeout=ROUND_TIMEOUT_MS) as finished:
        pass
    assert "wrong sync passphrase" in finished.args[0]
    assert "Wrong sync passphrase" in page.setup_message.text()
    status = _status(window)
    assert status.text() == "Sync: wrong passphrase"
    assert "wrong sync passphrase for" in status.toolTip()
    assert sync_state() is None, "the journal was not set up"
    assert "Written on the desktop" not in shown_titles(window)


def test_a_missing_folder_shows_in_the_status_and_the_journal_stays_usable(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    away = tmp_path / "Away"
    set_up_sync(away, folder_key(away, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)[0], "laptop")
    window.sync.start(delay_ms=0)
    qtbot.waitUntil(lambda: window.sync.view.last_ok is not None, timeout=ROUND_TIMEOUT_MS)
    (away / "balance-sync.json").rename(tmp_path / "moved.json")  # the share was unplugged

    window.sync.sync_now()
    _wait_idle(qtbot, window)
    status = _status(window)
    assert status.text() == "Sync: folder not found"
    assert "cannot be found (is the drive or share connected?)" in status.toolTip()
    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.title, "Written while the folder is away")
    window.menu.save.trigger()
    wait_for_list(qtbot, window)
    assert "Written while the folder is away" in shown_titles(window)

    (tmp_path / "moved.json").rename(away / "balance-sync.json")  # plugged in again
    status.click()
    qtbot.waitUntil(lambda: status.text() == "Synced just now", timeout=ROUND_TIMEOUT_MS)
    assert window.sync.view.status is not None and window.sync.view.status.changes_waiting == 0


def test_typing_goes_on_while_a_round_runs_and_rounds_wait_for_the_save(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "Here"
    set_up_sync(here, folder_key(here, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)[0], "laptop")
    release = threading.Event()
    slow_threads: list[str] = []
    real_round = round_module.sync_round

    def slow_round():  # type: ignore[no-untyped-def]
        slow_threads.append(threading.current_thread().name)
        release.wait(10)  # a slow network share: the round holds until the test lets it go
        return real_round()

    monkeypatch.setattr(round_module, "sync_round", slow_round)
    window.sync.start(delay_ms=0)
    qtbot.waitUntil(lambda: window.sync.view.running, timeout=ROUND_TIMEOUT_MS)

    window.menu.new.trigger()
    started = time.monotonic()
    qtbot.keyClicks(window.editor.body, "typed while the round runs")
    assert window.editor.body.toPlainText() == "typed while the round runs"
    assert time.monotonic() - started < 5, "typing waited for the round"
    assert window.sync.view.running, "the round was still running while the keys arrived"
    assert slow_threads and slow_threads[0] != threading.main_thread().name
    release.set()
    _wait_idle(qtbot, window)

    window.sync.sync_now()  # the editor holds unsaved text: the round waits for its save
    status = _status(window)
    assert window.sync.view.held and not window.sync.view.running
    assert status.text() == "Sync waits until this entry is saved"
    window.menu.save.trigger()
    qtbot.waitUntil(
        lambda: not window.sync.view.held and window.sync.view.last_ok is not None, timeout=ROUND_TIMEOUT_MS
    )
    _wait_idle(qtbot, window)
    assert status.text() == "Synced just now"


def test_an_edit_from_the_other_computer_shows_in_the_open_entry(
    qtbot, window, folder: Path, other: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    _set_up_on_page(qtbot, page, folder, PASSPHRASE)
    qtbot.waitUntil(lambda: "Written on the desktop" in shown_titles(window), timeout=ROUND_TIMEOUT_MS)
    _wait_idle(qtbot, window)
    (listed,) = json.loads(_cli(other, "list", "--json"))
    window.open_entry(listed["uuid"])
    assert window.editor.body.toPlainText() == "Hello from there."

    _cli(other, "edit", listed["uuid"], "--body", "Hello from there, edited there.")
    _cli(other, "sync")
    window.sync.sync_now()
    qtbot.waitUntil(
        lambda: window.editor.body.toPlainText() == "Hello from there, edited there.",
        timeout=ROUND_TIMEOUT_MS,
    )
    assert not window.editor.is_dirty

"""Long operations in the window: progress shown, one at a time, and closing waits for them."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from desktop.store.journal.errors import DiskFull
from desktop.ui.app.main_window import MainWindow
from desktop.ui.common.long_task import LongTask
from tests.ui.helpers import flush_deferred_deletes, wait_for_long_task


def _slow(release: threading.Event, steps: int = 4):  # type: ignore[no-untyped-def]
    def work(progress) -> str:  # type: ignore[no-untyped-def]
        for done in range(steps):
            progress(done, steps)
            release.wait(10)
        progress(steps, steps)
        return "finished"

    return work


def test_progress_reaches_the_dialog_and_a_second_task_waits_its_turn(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    results: list[object] = []
    assert window.tasks.start("Working…", _slow(release), results.append, results.append)
    dialog = window.tasks.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.maximum() == 4)
    # While one runs, another is refused: nothing starts twice over the same journal.
    assert not window.tasks.start("Again…", _slow(release), results.append, results.append)
    assert window.tasks.running
    qtbot.waitUntil(dialog.isVisible, timeout=3000)  # shown once the work is not over at once
    release.set()
    wait_for_long_task(qtbot, window)
    assert results == ["finished"]
    flush_deferred_deletes()
    assert window.findChildren(QProgressDialog) == []  # the finished task's dialog is freed


def test_the_progress_dialog_cannot_be_dismissed_and_the_window_is_locked(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    window.tasks.start("Encrypting the journal…", _slow(release), lambda _r: None, lambda _m: None)
    dialog = window.tasks.dialog
    assert dialog is not None
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    dialog.close()
    assert dialog.isVisible(), "a hidden dialog would leave the window looking usable"
    # The journal may be closed for the whole task: nothing can be typed, chosen or started.
    assert not window.pages.isEnabled() and not window.menuBar().isEnabled()
    assert not window.menu.toolbar.isEnabled()
    release.set()
    wait_for_long_task(qtbot, window)
    assert window.pages.isEnabled() and window.menuBar().isEnabled()


def test_a_closed_journal_answers_with_a_message_not_a_crash(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.entries.entry_table import count_entries
    from desktop.store.journal.errors import JournalClosed

    window.journal.close()
    try:
        with pytest.raises(JournalClosed, match="being replaced"):
            count_entries()
    finally:
        from desktop.store.journal.opening import open_journal

        window.journal = open_journal(window.journal.path)


def test_a_failure_comes_back_as_one_line(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(_progress) -> None:  # type: ignore[no-untyped-def]
        raise DiskFull("the disk is full; nothing was changed")

    errors: list[str] = []
    window.tasks.start("Working…", work, lambda _r: None, errors.append)
    wait_for_long_task(qtbot, window)
    assert errors == ["the disk is full; nothing was changed"]


def test_a_bug_in_a_task_is_logged_without_the_users_words(window: MainWindow, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    def work(_progress) -> None:  # type: ignore[no-untyped-def]
        raise ValueError("my secret diary words")

    errors: list[str] = []
    window.tasks.start("Working…", work, lambda _r: None, errors.append)
    wait_for_long_task(qtbot, window)
    assert len(errors) == 1 and "unexpected" in errors[0] and "secret" not in errors[0]
    log = (tmp_path / "logs").rglob("*.log")
    text = "".join(p.read_text(encoding="utf-8") for p in log)
    assert "ValueError" in text and "secret diary" not in text


def test_closing_while_a_task_runs_says_so_and_closes_when_it_is_done(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    window.tasks.start("Encrypting the journal…", _slow(release), lambda _r: None, lambda _m: None)
    dialog = window.tasks.dialog
    assert dialog is not None
    window.close()
    assert window.isVisible(), "the window must not close under a running task"
    assert "will close when this is done" in dialog.labelText()
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)


def test_an_abandoned_task_no_longer_blocks_closing(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = LongTask(parent)
    release = threading.Event()
    ended: list[object] = []
    tasks.start("Working…", _slow(release), ended.append, ended.append)
    tasks.abandon()
    assert not tasks.running and tasks.abandoned
    release.set()
    assert tasks.wait(10000)
    qtbot.wait(50)
    assert ended == []  # an abandoned task reports to nobody


def test_a_conversion_that_fails_while_the_window_waits_to_close_keeps_the_text(
    window: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop.store.entries import drafts
    from desktop.store.journal.models import journal_db

    window.editor.new_entry()
    qtbot.keyClicks(window.editor.title, "Typed just before encrypting")
    release = threading.Event()
    open_when_told: list[bool] = []

    def warning(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        open_when_told.append(journal_db.obj is not None)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)

    def change(_progress) -> None:  # type: ignore[no-untyped-def]
        release.wait(10)
        raise DiskFull("the disk is full; nothing was changed")

    window.safety._replace_file("Encrypting…", change, "new words", "Done.")
    assert window.tasks.running
    window.close()  # waits for the task
    assert window.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert open_when_told == [True]  # the journal was open again before the user was told
    assert [d.entry.title for d in drafts.list_drafts()] == ["Typed just before encrypting"]


def test_a_conversion_waits_for_no_long_read_and_says_so(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A background job still at work (the day's first backup of a large journal, say) does not
    freeze the window: the change is refused with a message, and the journal stays open."""
    from desktop.ui.safety import safety_controller

    release = threading.Event()
    monkeypatch.setattr(safety_controller, "BUSY_WAIT_MS", 50)
    window.workers.run(lambda: release.wait(10), lambda _r: None)
    window.safety._replace_file("Encrypting…", lambda _p: None, "new words", "Done.")
    assert not window.tasks.running
    assert "still being read or backed up" in window.last_error
    assert not window.journal.db.is_closed()  # not closed for a change that never began
    release.set()
    window.workers.wait(5000)

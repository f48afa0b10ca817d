"""Long operations in the window: progress shown, one at a time, and closing waits for them."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog

from desktop.store.journal.errors import DiskFull
from desktop.ui.app.main_window import MainWindow
from desktop.ui.common.long_task import LongTask
from tests.ui.helpers import wait_for_long_task


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
    assert window.findChildren(QProgressDialog) == [] or not any(
        d.isVisible() for d in window.findChildren(QProgressDialog)
    )


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

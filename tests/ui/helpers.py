"""Small steps the window tests share: waiting for the list and reading what it shows."""

from __future__ import annotations

from desktop.ui.app.main_window import MainWindow


def wait_for_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.model.is_loading, timeout=5000)


def shown_titles(window: MainWindow) -> list[str]:
    model = window.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.summary(row).title for row in range(model.rowCount())]  # type: ignore[union-attr]


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text` key by key; a newline is the Return key (QTest cannot send '\\n' as a character)."""
    from PySide6.QtCore import Qt

    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


def flush_deferred_deletes() -> None:
    """Run what closing left queued, deleteLater() included, then collect Python's garbage.

    Deferred deletes posted inside a dialog's own event loop are not run by processEvents alone
    once that loop has ended; they are sent explicitly. Twice, as a deletion can queue another.
    """
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(2):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


def wait_for_long_task(qtbot, window, timeout: int = 30000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the window's long operation (encrypt, restore, backup, empty Trash) is over."""
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=timeout)

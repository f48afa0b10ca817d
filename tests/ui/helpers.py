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

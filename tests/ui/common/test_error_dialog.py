"""The error box: the message, and the log folder offered when the problem was our bug."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop import logs
from desktop.ui.common.error_dialog import show_error_box


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """The URLs the box asks the desktop to open, instead of opening a file manager."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


def _log_button(box: QMessageBox) -> QPushButton | None:
    return box.findChild(QPushButton, "open_log_folder")


def test_an_unexpected_problem_offers_the_log_folder(
    qtbot: QtBot, parent: QWidget, opened: list[QUrl], tmp_path: Path
) -> None:
    message = logs.log_unexpected(ValueError("secret diary words"))
    box = show_error_box(parent, f"Today's backup could not be made: {message}")
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert box.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    button = _log_button(box)
    assert button is not None and button.text() == "Open Log Folder"
    button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "logs"))]
    assert box.isVisible()  # the message stays to be read
    box.close()


def test_a_problem_the_user_can_act_on_has_no_log_button(
    qtbot: QtBot, parent: QWidget, opened: list[QUrl]
) -> None:
    box = show_error_box(parent, "the disk is full; nothing was saved")
    assert _log_button(box) is None
    assert box.text() == "The disk is full; nothing was saved"
    box.close()


def test_the_caller_may_say_the_problem_was_unexpected(
    qtbot: QtBot, parent: QWidget, opened: list[QUrl]
) -> None:
    box = show_error_box(parent, "the chart could not be drawn", unexpected=True)
    assert _log_button(box) is not None
    box.close()


def test_the_closed_box_is_freed(qtbot: QtBot, parent: QWidget, opened: list[QUrl]) -> None:
    box = show_error_box(parent, "the disk is full; nothing was saved")
    with qtbot.waitSignal(box.destroyed, timeout=2000):
        box.close()

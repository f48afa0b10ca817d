"""The box that tells the user something failed, offering the log folder when it was our bug.

A message from `report_unexpected` (desktop/ui/common/workers.py) or `logs.log_unexpected` names
the log file; the box recognises it by that, so a caller that wraps the message in a sentence of
its own ("Today's backup could not be made: …") still gets the button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME, logs
from desktop.ui.common.labels import first_upper


def open_log_folder() -> bool:
    """Show the log folder in the file manager; False if the desktop could not open it."""
    try:
        folder = logs.ensure_log_dir()
    except OSError:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_error_box(parent: QWidget, message: str, *, unexpected: bool | None = None) -> QMessageBox:
    """Show `message` in a window-modal box that frees itself when closed; returns the box.

    `unexpected` adds an "Open Log Folder" button; left as None, it is added when the message
    names the log file (an unexpected problem that was logged).
    """
    if unexpected is None:
        unexpected = logs.mentions_log(message)
    shown = first_upper(message)  # messages are one-line sentences in lower case
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, shown, QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if unexpected:
        box.setInformativeText(
            QCoreApplication.translate(
                "ErrorDialog", "The log holds no journal text. You can attach it to a report of the problem."
            )
        )
        button = box.addButton(
            QCoreApplication.translate("ErrorDialog", "Open Log Folder"), QMessageBox.ButtonRole.ActionRole
        )
        button.setObjectName("open_log_folder")
        # Every button of a QMessageBox closes it; this one should leave the message to read, so
        # it loses the box's own connection and only opens the folder.
        button.clicked.disconnect()
        button.clicked.connect(open_log_folder)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box

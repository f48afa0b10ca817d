"""The quiet sync status in the window's status bar ("Synced 2 min ago", "Syncing…",
"Sync: <why it failed>"); clicking it syncs now. Hidden while the journal does not sync."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.domain.entry import now_local
from desktop.ui.sync.sync_controller import SyncController, SyncView, Trouble

REFRESH_MS = 30_000  # "2 min ago" moves on by itself
WIDEST_PX = 420  # a long failure is cut in the bar (the tooltip has it whole)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncStatus", text)


def since_text(moment: datetime, now: datetime) -> str:
    """When the last round worked, said briefly."""
    minutes = int((now - moment).total_seconds() // 60)
    if minutes < 1:
        return _tr("Synced just now")
    if minutes < 60:
        return _tr("Synced %1 min ago").replace("%1", str(minutes))
    if minutes < 24 * 60:
        return _tr("Synced %1 h ago").replace("%1", str(minutes // 60))
    return _tr("Synced on %1").replace("%1", moment.date().isoformat())


def status_line(view: SyncView, now: datetime) -> str:
    """The status bar's words for `view`; empty when there is nothing to say."""
    if view.running:
        return _tr("Syncing…")
    if view.held:
        return _tr("Sync waits until this entry is saved")
    if view.error:
        briefly: dict[Trouble | None, str] = {
            Trouble.PASSPHRASE: _tr("Sync: wrong passphrase"),
            Trouble.DAMAGED: _tr("Sync: a damaged file in the folder"),
            Trouble.FOLDER: _tr("Sync: folder not found"),
        }
        return briefly.get(view.trouble) or _tr("Sync: %1").replace("%1", view.error)
    if not view.syncing:
        return ""
    if view.last_ok is None:
        return _tr("Not synced yet")
    return since_text(view.last_ok, now)


class SyncStatusButton(QToolButton):
    """A flat button in the status bar that says how sync is and syncs when clicked."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setAutoRaise(True)
        self.setObjectName("syncStatus")
        self.setAccessibleName(self.tr("Sync status"))
        self.setToolTip(self.tr("Sync now"))
        self.clicked.connect(controller.sync_now)
        controller.changed.connect(self.refresh)
        self._tick = QTimer(self)
        self._tick.setInterval(REFRESH_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.refresh()

    def refresh(self) -> None:
        view = self._controller.view
        text = status_line(view, now_local())
        self.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, WIDEST_PX))
        # The whole message in the tooltip: a long one is cut in the bar.
        self.setToolTip(view.error or self.tr("Sync now"))
        self.setVisible(bool(text))

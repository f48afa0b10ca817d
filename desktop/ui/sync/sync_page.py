"""The Sync page of Settings: setting this journal up to sync through a folder (a new one, or
joining one made on another computer), then what the last round did and "Sync Now".

Setting up acts at once, not when Settings is closed with OK: it makes or joins a folder, which
Cancel could not take back. The passphrase fields are emptied once the setup job has them.
"""

from __future__ import annotations

import socket
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.entry import now_local
from desktop.store.sync.setup import is_sync_folder
from desktop.ui.common.labels import first_upper
from desktop.ui.sync.sync_controller import SyncController
from desktop.ui.sync.sync_status import status_line


def _moment_text(stamp: str | None) -> str:
    """`2026-03-01 09:30` from the store's ISO timestamp (its offset is this computer's)."""
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _quiet(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


class SyncPage(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._stack = QStackedWidget()
        self._stack.addWidget(self._build_setup())
        self._stack.addWidget(self._build_status())
        layout = QVBoxLayout(self)
        layout.addWidget(self._stack)
        controller.changed.connect(self.refresh)
        controller.setUpFinished.connect(self._set_up_finished)
        self.refresh()

    # --- setting up --------------------------------------------------------------------------
    def _build_setup(self) -> QWidget:
        page = QWidget()
        intro = _quiet(
            QLabel(
                self.tr(
                    "Keep this journal the same on your other computers through a folder that "
                    "Syncthing, Nextcloud, Dropbox, a network share or a USB stick carries. "
                    "Everything written in the folder is encrypted with the sync passphrase."
                )
            )
        )
        intro.setEnabled(True)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.folder.setPlaceholderText(self.tr("A folder your file-sync tool carries"))
        self.folder.editingFinished.connect(self._folder_chosen)
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Choose the sync folder"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.folder_note = _quiet(QLabel())
        self.name = QLineEdit(socket.gethostname())
        self.name.setAccessibleName(self.tr("This computer's name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Sync passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Sync passphrase again"))
        self.repeat_label = QLabel(self.tr("Again"))
        self.set_up_button = QPushButton(self.tr("Set Up Sync"))
        self.set_up_button.clicked.connect(self._set_up)
        self.setup_message = QLabel()
        self.setup_message.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(intro)
        form.addRow(self.tr("Sync folder"), folder_row)
        form.addRow("", self.folder_note)
        form.addRow(self.tr("This computer"), self.name)
        form.addRow(self.tr("Sync passphrase"), self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.set_up_button)
        form.addRow(self.setup_message)
        self._folder_chosen()
        return page

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Sync folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self._folder_chosen()

    def _joining(self) -> bool:
        text = self.folder.text().strip()
        return bool(text) and is_sync_folder(Path(text).expanduser())

    def _folder_chosen(self) -> None:
        """A folder that is a sync folder already is joined with its passphrase (asked once); any
        other becomes a new one, with a new passphrase asked twice."""
        joining = self._joining()
        self.repeat.setVisible(not joining)
        self.repeat_label.setVisible(not joining)
        if not self.folder.text().strip():
            self.folder_note.setText("")
        elif joining:
            self.folder_note.setText(self.tr("A sync folder already: type its sync passphrase to join it."))
        else:
            self.folder_note.setText(
                self.tr("A new sync folder will be made here, with a new sync passphrase.")
            )

    def _set_up(self) -> None:
        text = self.folder.text().strip()
        passphrase = self.passphrase.text()
        self._folder_chosen()
        if not text:
            self.setup_message.setText(self.tr("Choose a folder to sync through."))
            return
        if not passphrase:
            self.setup_message.setText(self.tr("Type the sync passphrase."))
            return
        if not self._joining() and passphrase != self.repeat.text():
            self.setup_message.setText(self.tr("The two passphrases differ; type the new one twice."))
            return
        name = self.name.text().strip() or socket.gethostname() or self.tr("computer")
        self.passphrase.clear()
        self.repeat.clear()
        self.setup_message.setText(self.tr("Setting up…"))
        self.set_up_button.setEnabled(False)
        self._controller.set_up(Path(text).expanduser(), passphrase, name)

    def _set_up_finished(self, message: str) -> None:
        self.set_up_button.setEnabled(True)
        self._folder_chosen()
        self.setup_message.setText(first_upper(message))
        self.refresh()

    # --- syncing -----------------------------------------------------------------------------
    def _build_status(self) -> QWidget:
        page = QWidget()
        self.folder_shown = QLabel()
        self.computer_shown = QLabel()
        self.last_round = QLabel()
        self.computers_seen = QLabel()
        self.changes_waiting = QLabel()
        self.round_message = QLabel()
        for label in (self.folder_shown, self.computers_seen, self.round_message):
            label.setWordWrap(True)
        self.sync_now = QPushButton(self.tr("Sync Now"))
        self.sync_now.clicked.connect(self._controller.sync_now)
        form = QFormLayout(page)
        form.addRow(self.tr("Sync folder"), self.folder_shown)
        form.addRow(self.tr("This computer"), self.computer_shown)
        form.addRow(self.tr("Last round"), self.last_round)
        form.addRow(self.tr("Computers seen"), self.computers_seen)
        form.addRow(self.tr("Changes waiting"), self.changes_waiting)
        form.addRow("", self.sync_now)
        form.addRow(self.round_message)
        form.addRow(
            _quiet(
                QLabel(
                    self.tr(
                        "The window syncs when it opens, a few seconds after you save, and every "
                        "few minutes; the key is kept in this journal, so no passphrase is asked."
                    )
                )
            )
        )
        return page

    def refresh(self) -> None:
        view = self._controller.view
        self._stack.setCurrentIndex(1 if view.syncing else 0)
        self.set_up_button.setEnabled(not view.running)
        self.sync_now.setEnabled(not view.running)
        self.round_message.setText(status_line(view, now_local()))
        status = view.status
        if status is None:
            return
        self.folder_shown.setText(status.folder)
        self.computer_shown.setText(status.device_name)
        self.last_round.setText(_moment_text(status.last_round) or self.tr("never"))
        names = [c.name or c.device_id for c in status.computers]
        self.computers_seen.setText(", ".join(names) if names else self.tr("no other computer yet"))
        waiting = self.tr("%1 to send, %2 files from others to apply")
        self.changes_waiting.setText(
            waiting.replace("%1", str(status.changes_waiting)).replace("%2", str(status.files_waiting))
        )

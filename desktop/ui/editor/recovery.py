"""Unsaved text brought back in the window: the bar that says so, offering a kept draft, and
throwing text away only after asking.

Drafts are kept by the window's EditSession (store functions underneath); `DraftRecovery` shows
what it recovered and asks the user before anything is lost.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop import APP_NAME
from desktop.ui.editor.edit_session import EditSession
from desktop.ui.editor.entry_editor import EntryEditor


class RecoveryBar(QFrame):
    """Says that unsaved text was brought back, with the two things one can do about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryBar")
        self.setStyleSheet(
            "QFrame#recoveryBar { background: rgba(230,159,0,40); border: 1px solid #E69F00;"
            " border-radius: 6px; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.save = QPushButton(self.tr("Save it"))
        self.save.setAccessibleName(self.tr("Save the recovered text"))
        self.discard = QPushButton(self.tr("Discard"))
        self.discard.setAccessibleName(self.tr("Discard the recovered text"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.save)
        layout.addWidget(self.discard)
        self.hide()

    def show_recovered(self, when: datetime) -> None:
        stamp = when.strftime("%d %b %Y, %H:%M")
        self.text.setText(
            self.tr("Unsaved text from %1 was kept for you. It is back in the editor.").replace("%1", stamp)
        )
        self.show()


def confirm_discard(parent: QWidget, question: str, warn: bool = False) -> bool:
    """Ask before text is thrown away; Cancel is the default."""
    ask = QMessageBox.warning if warn else QMessageBox.question
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    answer = ask(parent, APP_NAME, question, buttons, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


class DraftRecovery(QObject):
    """Offers kept drafts back in the editor, one at a time, oldest first."""

    saveRequested = Signal()  # the bar's "Save it"
    openEntryRequested = Signal(str)  # after a discard: show the entry the draft belonged to

    def __init__(self, parent: QWidget, session: EditSession, editor: EntryEditor, bar: RecoveryBar) -> None:
        super().__init__(parent)
        self._parent = parent
        self._session = session
        self._editor = editor
        self.bar = bar
        bar.save.clicked.connect(self.saveRequested)
        bar.discard.clicked.connect(self.discard)

    def offer(self) -> None:
        """Open the oldest kept draft in the editor, unless the editor holds unsaved text."""
        if self._editor.is_dirty:
            return
        pending = self._session.pending_drafts()
        if not pending:
            return
        draft = pending[0]
        self._session.recover(draft)
        self.bar.show_recovered(draft.updated_at)
        self._editor.set_status(self.tr("Recovered draft — not yet saved"))

    def discard(self) -> None:
        """Throw away the recovered text, once the user has said so, and offer the next draft."""
        if not confirm_discard(
            self._parent, self.tr("Throw away the recovered text? It cannot be brought back.")
        ):
            return
        uuid = self._session.discard_changes()
        self.bar.hide()
        if uuid:
            self.openEntryRequested.emit(uuid)
        self.offer()

"""Unsaved text brought back in the window: offering a kept draft, and throwing text away only
after asking.

Drafts are kept by the window's EditSession (store functions underneath); these functions show
what it recovered and ask the user before anything is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME

if TYPE_CHECKING:
    from desktop.ui.app.main_window import MainWindow


def recover_drafts(window: MainWindow) -> None:
    """Open the oldest kept draft in the editor, unless the editor holds unsaved text."""
    if window.editor.is_dirty:
        return
    pending = window.session.pending_drafts()
    if not pending:
        return
    draft = pending[0]
    window.session.recover(draft)
    window.recovery_bar.show_recovered(draft.updated_at)
    window.editor.set_status(window.tr("Recovered draft — not yet saved"))


def confirm_discard(parent: QWidget, question: str, warn: bool = False) -> bool:
    """Ask before text is thrown away; Cancel is the default."""
    ask = QMessageBox.warning if warn else QMessageBox.question
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    answer = ask(parent, APP_NAME, question, buttons, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


def discard_recovered(window: MainWindow) -> None:
    """Throw away the recovered text, once the user has said so, and offer the next draft."""
    if not confirm_discard(window, window.tr("Throw away the recovered text? It cannot be brought back.")):
        return
    uuid = window.session.discard_changes()
    window.recovery_bar.hide()
    if uuid:
        window.open_entry(uuid)
    recover_drafts(window)

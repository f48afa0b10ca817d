"""The Trash in the window: Delete and its undo, the Trash view, restoring and emptying it.

Every change goes through the window's EditSession (store functions underneath); these
functions only keep the list, the editor and the actions in step with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from desktop.domain.filters import TrashState
from desktop.ui.common.labels import entries_text

if TYPE_CHECKING:
    from desktop.ui.app.main_window import MainWindow


def install_trash(window: MainWindow) -> None:
    a = window.actions_
    a.delete.triggered.connect(lambda: delete_selected(window))
    a.undo_delete.triggered.connect(window.session.undo_delete)
    a.show_trash.toggled.connect(lambda on: show_trash(window, on))
    a.restore.triggered.connect(lambda: restore_selected(window))
    a.empty_trash.triggered.connect(lambda: empty_trash(window))
    window.session.trashed.connect(lambda uuid: _trashed(window, uuid))
    window.session.restored.connect(lambda uuid: _restored(window, uuid))


def delete_selected(window: MainWindow) -> None:
    if window.actions_.show_trash.isChecked():
        return
    editor = window.editor
    uuid = window.selected_uuid() or (None if editor.is_new else editor.entry_uuid)
    if uuid:
        window.session.trash(uuid)
    elif editor.is_new:
        window.session.discard_changes()


def _trashed(window: MainWindow, uuid: str) -> None:
    model = window.model
    row = model.row_of(uuid) or 0
    model.reload()
    window.actions_.undo_delete.setEnabled(True)
    window.statusBar().showMessage(window.tr("Moved to the Trash. Ctrl+Z brings it back."), 8000)
    if model.rowCount():
        window.open_entry(model.summary(min(row, model.rowCount() - 1)).uuid)  # type: ignore[union-attr]
    window.refresh_calendar()
    window.list_view.setFocus()
    window.entriesChanged.emit()


def _restored(window: MainWindow, uuid: str) -> None:
    window.actions_.undo_delete.setEnabled(bool(window.session.undo_stack))
    window.model.reload()
    window.refresh_calendar()
    if window.model.entry_filter.trash is TrashState.LIVE:
        window.open_entry(uuid)
    else:
        window.editor.load(None)
        window.editor.set_status("")
        window.actions_.restore.setEnabled(False)  # until another trashed entry is chosen
        window._select_uuid(None, load_first=True)
    window.statusBar().showMessage(window.tr("Restored from the Trash."), 5000)
    window.entriesChanged.emit()


def show_trash(window: MainWindow, on: bool) -> None:
    if on and window.editor.is_dirty and not window.session.save():
        window.actions_.show_trash.setChecked(False)
        return
    window.editor.load(None)
    window.actions_.restore.setEnabled(False)
    window.actions_.delete.setEnabled(not on)
    window.actions_.save.setEnabled(not on)  # entries in the Trash are read-only
    window.filter_panel.set_trash(TrashState.TRASHED if on else TrashState.LIVE)


def restore_selected(window: MainWindow) -> None:
    uuid = window.selected_uuid()
    if uuid:
        window.session.restore(uuid)


def empty_trash(window: MainWindow) -> None:
    answer = QMessageBox.question(
        window,
        window.tr("Empty the Trash"),
        window.tr("Delete every entry in the Trash for good? This cannot be undone."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Yes:
        removed = window.session.empty_trash()
        window.editor.load(None)
        window.model.reload()
        window.statusBar().showMessage(window.tr("{0} deleted for good.").format(entries_text(removed)), 5000)

"""The Trash in the window: Delete and its undo, the Trash view, restoring and emptying it.

Every change goes through the window's EditSession (store functions underneath), except
emptying the Trash, which can take long and runs as a long task. The controller keeps the list,
the editor and the actions in step, and asks the window by signal to open or select an entry.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QListView, QMessageBox, QWidget

from desktop.domain.filters import TrashState
from desktop.ui.app.events import EventHub
from desktop.ui.app.main_menu import MainMenu
from desktop.ui.browse.entry_model import EntryListModel, UuidRole
from desktop.ui.browse.filter_panel import FilterPanel
from desktop.ui.common.labels import entries_text
from desktop.ui.common.long_task import LongTask, Progress
from desktop.ui.editor.edit_session import EditSession
from desktop.ui.editor.entry_editor import EntryEditor


class TrashController(QObject):
    openEntryRequested = Signal(str)
    selectFirstRequested = Signal()  # no entry is open: choose the list's first row, if any
    focusListRequested = Signal()

    def __init__(
        self,
        parent: QWidget,
        menu: MainMenu,
        session: EditSession,
        editor: EntryEditor,
        model: EntryListModel,
        list_view: QListView,
        filter_panel: FilterPanel,
        tasks: LongTask,
        events: EventHub,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._menu = menu
        self._session = session
        self._editor = editor
        self._model = model
        self._list_view = list_view
        self._filter_panel = filter_panel
        self._tasks = tasks
        self._events = events
        list_view.addAction(menu.delete)
        menu.delete.triggered.connect(self.delete_selected)
        menu.undo_delete.triggered.connect(session.undo_delete)
        menu.show_trash.toggled.connect(self.show_trash)
        menu.restore.triggered.connect(self.restore_selected)
        menu.empty_trash.triggered.connect(self.empty_trash)
        session.trashed.connect(self._trashed)
        session.restored.connect(self._restored)

    def _selected_uuid(self) -> str | None:
        index = self._list_view.currentIndex()
        return index.data(UuidRole) if index.isValid() else None

    def delete_selected(self) -> None:
        if self._menu.show_trash.isChecked():
            return
        editor = self._editor
        uuid = self._selected_uuid() or (None if editor.is_new else editor.entry_uuid)
        if uuid:
            self._session.trash(uuid)
        elif editor.is_new:
            self._session.discard_changes()

    def _trashed(self, uuid: str) -> None:
        model = self._model
        row = model.row_of(uuid) or 0
        model.reload()
        self._menu.undo_delete.setEnabled(True)
        self._events.say(self.tr("Moved to the Trash. Ctrl+Z brings it back."))
        if model.rowCount():
            summary = model.summary(min(row, model.rowCount() - 1))
            if summary is not None:
                self.openEntryRequested.emit(summary.uuid)
        self.focusListRequested.emit()
        self._events.entriesChanged.emit()

    def _restored(self, uuid: str) -> None:
        self._menu.undo_delete.setEnabled(bool(self._session.undo_stack))
        self._model.reload()
        if self._model.entry_filter.trash is TrashState.LIVE:
            self.openEntryRequested.emit(uuid)
        else:
            self._editor.load(None)
            self._editor.set_status("")
            self._menu.restore.setEnabled(False)  # until another trashed entry is chosen
            self.selectFirstRequested.emit()
        self._events.say(self.tr("Restored from the Trash."), 5000)
        self._events.entriesChanged.emit()

    def show_trash(self, on: bool) -> None:
        if on and self._editor.is_dirty and not self._session.save():
            self._menu.show_trash.setChecked(False)
            return
        self._editor.load(None)
        self._menu.restore.setEnabled(False)
        self._menu.delete.setEnabled(not on)
        self._menu.save.setEnabled(not on)  # entries in the Trash are read-only
        self._filter_panel.set_trash(TrashState.TRASHED if on else TrashState.LIVE)

    def restore_selected(self) -> None:
        uuid = self._selected_uuid()
        if uuid:
            self._session.restore(uuid)

    def empty_trash(self) -> None:
        from desktop.store.entries.entry_table import empty_trash
        from desktop.store.journal.opening import thread_connection

        if self._tasks.running:
            return
        answer = QMessageBox.question(
            self._parent,
            self.tr("Empty the Trash"),
            self.tr("Delete every entry in the Trash for good? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(progress: Progress) -> int:
            with thread_connection():
                return empty_trash(progress=progress)

        def done(removed: int) -> None:
            self._session.undo_stack.clear()
            self._editor.load(None)
            self._model.reload()
            self._events.say(self.tr("{0} deleted for good.").format(entries_text(removed)), 5000)
            self._events.entriesChanged.emit()

        self._tasks.start(self.tr("Emptying the Trash…"), work, done, self._events.errorRaised.emit)

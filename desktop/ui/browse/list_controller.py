"""The entry list beside the editor: which row is chosen, the list following the editor's entry
as pages arrive, the count, and the loading indicator.

Choosing a row asks the window to open its entry (`openEntryRequested`); the window asks the
list to show an entry with `select_uuid`. Text still unsaved in the editor is saved before
another entry opens, and stays if that fails.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressBar

from desktop.domain.filters import TrashState
from desktop.store.browse.list_rows import position_of
from desktop.ui.app.main_menu import MainMenu
from desktop.ui.browse.entry_model import EntryListModel, UuidRole, wants_prefix
from desktop.ui.browse.list_panel import ListPanel
from desktop.ui.editor.edit_session import EditSession
from desktop.ui.editor.entry_editor import EntryEditor

PROGRESS_DELAY_MS = 500


class EntryListController(QObject):
    openEntryRequested = Signal(str, bool)  # uuid; whether to select its row too

    def __init__(
        self,
        parent: QObject,
        model: EntryListModel,
        panel: ListPanel,
        editor: EntryEditor,
        session: EditSession,
        menu: MainMenu,
        progress: QProgressBar,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._panel = panel
        self._view = panel.list_view
        self._editor = editor
        self._session = session
        self._menu = menu
        self._progress = progress
        self._new_results = False
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._show_progress_if_busy)
        panel.filter_panel.downFromSearch.connect(self.focus_results)
        model.pageShown.connect(self._page_shown)
        model.loaded.connect(self._list_loaded)
        self._view.selectionModel().currentChanged.connect(self._current_changed)

    def reading(self, new_results: bool = False) -> None:
        """A read of the list has started; `new_results`: show the top of what comes, not the
        place the old list was at."""
        self._new_results = self._new_results or new_results
        self._progress_timer.start()

    def _show_progress_if_busy(self) -> None:
        self._progress.setVisible(self._model.is_reading_page)
        if self._model.is_reading_page:
            self._progress_timer.start(100)

    def _list_loaded(self, total: int) -> None:
        """The count is in: say it."""
        flt = self._model.entry_filter
        self._panel.show_count(total, flt)
        self._menu.empty_trash.setEnabled(flt.trash is TrashState.TRASHED and total > 0)

    def _page_shown(self) -> None:
        """The first page is in (its count may still be coming): show the top, keep the entry."""
        self._progress.hide()
        self._panel.show_rows(self._model.rowCount(), self._model.entry_filter)
        load_first = not self._editor.has_entry()
        if self._new_results:
            self._new_results = False
            self._view.scrollToTop()
            self.select_uuid(self._editor.entry_uuid, load_first=load_first, scroll=False)
        else:
            self.select_uuid(self._editor.entry_uuid, load_first=load_first)

    def select_uuid(self, uuid: str | None, load_first: bool = False, scroll: bool = True) -> None:
        """Choose the entry's row (reading pages up to it if needed); none: the first row when
        `load_first`, else no row."""
        model = self._model
        row = None
        if uuid:
            row = model.row_of(uuid)
            if row is None:
                flt = model.entry_filter
                position = position_of(uuid, flt, prefix_last=wants_prefix(flt.text))
                if position is not None:
                    model.fetch_until(position)
                    row = model.row_of(uuid)
        if row is None and load_first and model.rowCount() > 0:
            row = 0
        selection = self._view.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = model.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if scroll:
            self._view.scrollTo(index)

    def clear_selection(self) -> None:
        selection = self._view.selectionModel()
        selection.clearSelection()
        selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)

    def selected_uuid(self) -> str | None:
        index = self._view.currentIndex()
        return index.data(UuidRole) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uuid = current.data(UuidRole) if current.isValid() else None
        if uuid is None or uuid == self._editor.entry_uuid:
            return
        self._editor.commit_pending()  # a theme or person still being typed is part of the edit
        selection = self._view.selectionModel()
        if not selection.isSelected(current):
            # Tabbing into the list makes its first row current without selecting it: the row
            # whose entry opens is the one that shows as chosen.
            selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if self._editor.is_dirty:
            # Saving reloads the list and rows move (a new entry joins the top). Let the click
            # that chose this row finish first, then save and select the chosen entry by its
            # uuid, so the highlight and the editor show the same entry.
            QTimer.singleShot(0, lambda: self._save_then_open(uuid))
            return
        self.openEntryRequested.emit(uuid, False)

    def _save_then_open(self, uuid: str) -> None:
        if self._editor.is_dirty and not self._session.save():
            self.select_uuid(self._editor.entry_uuid)  # the message is shown; the text stays
            return
        self.openEntryRequested.emit(uuid, True)

    def focus_results(self) -> None:
        """Down in the search field: on to the results."""
        if self._model.rowCount() == 0:
            return
        self._view.setFocus()
        if not self._view.currentIndex().isValid():
            self._view.setCurrentIndex(self._model.index(0, 0))

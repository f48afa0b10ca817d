"""The main window: the entry list beside the editor, the side panel, menus and the toolbar.

Other views plug in here: `pages` takes more tabs (charts), `add_banner` puts a widget above
the list and editor, and `filterChanged` / `current_filter()` tell them what the user selected.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.domain.filters import ALL_LIVE, EntryFilter, TrashState
from desktop.store.browse.list_rows import day_zones, on_this_day, position_of
from desktop.store.entries.entry_table import get_entry
from desktop.store.entries.person_table import all_people
from desktop.store.entries.theme_table import all_themes
from desktop.store.journal import settings as journal_settings
from desktop.store.journal.errors import JournalError
from desktop.store.journal.opening import Journal
from desktop.ui.app.main_menu import build_actions
from desktop.ui.app.preferences import Preferences
from desktop.ui.browse.calendar_panel import SidePanel
from desktop.ui.browse.entry_model import EntryListModel, UuidRole, wants_prefix
from desktop.ui.browse.list_panel import ListPanel, RecoveryBar
from desktop.ui.browse.trash import install_trash
from desktop.ui.charts.charts_page import install_views
from desktop.ui.common.workers import Workers
from desktop.ui.editor.edit_session import EditSession
from desktop.ui.editor.entry_editor import EntryEditor
from desktop.ui.editor.recovery import confirm_discard, discard_recovered, recover_drafts
from desktop.ui.safety.journal_menu import install_journal_menu

PROGRESS_DELAY_MS = 500


class MainWindow(QMainWindow):
    filterChanged = Signal(object)  # EntryFilter
    entriesChanged = Signal()  # saved, trashed, restored or imported: charts and drift follow

    def __init__(self, journal: Journal, preferences: Preferences | None = None) -> None:
        super().__init__()
        self.journal = journal
        self.preferences = preferences or Preferences()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.last_error = ""
        self._new_results = False
        self.workers = Workers(self)
        self.model = EntryListModel(self.workers, self)
        self._build()
        self.actions_ = build_actions(self)
        self.import_action = self.actions_.import_
        self.export_action = self.actions_.export
        self.session = EditSession(self.editor, self)
        self._connect()
        self.refresh_reference()
        self.sidebar.calendar.setFirstDayOfWeek(self.preferences.first_day)
        self.refresh_calendar()
        recover_drafts(self)
        self.model.set_filter(self.filter_panel.current_filter())
        self._progress_timer.start()
        install_views(self)
        install_journal_menu(self)

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.list_panel = ListPanel(self.model)
        self.filter_panel = self.list_panel.filter_panel
        self.list_view = self.list_panel.list_view
        self.delegate = self.list_panel.delegate
        self.count_label = self.list_panel.count_label
        self.empty_label = self.list_panel.empty_label
        self.editor = EntryEditor()
        self.recovery_bar = RecoveryBar()
        self.recovery_save = self.recovery_bar.save
        self.recovery_discard = self.recovery_bar.discard
        editor_panel = QWidget()
        editor_layout = QVBoxLayout(editor_panel)
        editor_layout.setContentsMargins(8, 8, 8, 0)
        editor_layout.setSpacing(0)
        editor_layout.addWidget(self.recovery_bar)
        editor_layout.addWidget(self.editor, 1)

        self.sidebar = SidePanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(editor_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([270, 360, 650])
        self.splitter.setChildrenCollapsible(False)

        journal_page = QWidget()
        page_layout = QVBoxLayout(journal_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        self.banner_area = QVBoxLayout()
        self.banner_area.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(self.banner_area)
        page_layout.addWidget(self.splitter, 1)

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(self.tr("Views"))
        self.pages.setTabBarAutoHide(True)  # the tab bar appears once a second view is added
        self.pages.addTab(journal_page, self.tr("Journal"))
        self.setCentralWidget(self.pages)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Loading"))
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._show_progress_if_busy)
        self.resize(1280, 800)

    def restore_layout(self) -> None:
        """Put the window and its panes back where the user left them last time."""
        geometry, panes = self.preferences.window_state()
        if geometry:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        if panes:
            self.splitter.restoreState(panes)  # type: ignore[arg-type]

    def add_banner(self, widget: QWidget) -> None:
        """Show `widget` above the list and the editor (e.g. a drift banner)."""
        self.banner_area.addWidget(widget)

    def add_page(self, widget: QWidget, title: str) -> int:
        """Add a view beside the journal (e.g. charts); returns its tab index."""
        return self.pages.addTab(widget, title)

    def current_filter(self) -> EntryFilter:
        return self.filter_panel.current_filter()

    # --- wiring ------------------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.actions_
        a.new.triggered.connect(self.new_entry)
        a.save.triggered.connect(self.save_entry)
        self.list_view.addAction(a.delete)
        install_trash(self)  # Delete, undo, the Trash view, restore and empty
        a.search.triggered.connect(self.focus_search)
        self.filter_panel.downFromSearch.connect(self._focus_results)
        a.settings.triggered.connect(self.open_settings)
        a.about.triggered.connect(self.open_about)
        a.quit.triggered.connect(self.close)
        a.show_sidebar.toggled.connect(self.sidebar.setVisible)
        self.filter_panel.changed.connect(self._filter_changed)
        self.model.pageShown.connect(self._page_shown)
        self.model.loaded.connect(self._list_loaded)
        self.model.failed.connect(self.show_error)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_view.activated.connect(lambda _index: self.editor.body.setFocus())  # Enter: write
        self.sidebar.daySelected.connect(self.filter_panel.set_day)
        self.sidebar.entryChosen.connect(self.open_entry)
        self.sidebar.monthShown.connect(self.refresh_calendar)
        self.session.saved.connect(self._saved)
        self.session.failed.connect(self.show_error)
        self.session.draftKept.connect(lambda: self.editor.set_status(self.tr("Draft kept — not yet saved")))
        self.editor.modified.connect(lambda: self.editor.set_status(self.tr("Unsaved changes")))
        self.recovery_save.clicked.connect(self.save_entry)
        self.recovery_discard.clicked.connect(lambda: discard_recovered(self))

    def refresh_reference(self) -> None:
        """Themes, people and thresholds, which entries and settings can change."""
        themes = all_themes()
        people = [p.name for p in all_people()]
        self.delegate.theme_colours = {t.slug: t.colour for t in themes}
        self.editor.set_theme_options(themes)
        self.editor.set_people_options(people)
        self.editor.set_thresholds(journal_settings.thresholds())
        self.filter_panel.set_themes([t for t in themes if not t.archived])
        self.filter_panel.set_people(people)

    def reload_all(self) -> None:
        """Everything read from the journal, again: after an import, a restore or a new passphrase."""
        self.refresh_reference()
        self.model.set_filter(self.current_filter())
        self.refresh_calendar()
        recover_drafts(self)
        self.entriesChanged.emit()

    def refresh_calendar(self) -> None:
        start, end = self.sidebar.calendar.visible_range()
        self.sidebar.calendar.set_zones(day_zones(start, end, ALL_LIVE))
        today = date.today()
        self.sidebar.set_on_this_day(today, on_this_day(today))

    # --- the list ----------------------------------------------------------------------------
    def _filter_changed(self, flt: EntryFilter) -> None:
        self._new_results = True  # show the top of the new list, not where the old one was
        calendar = self.sidebar.calendar
        if flt.date_from is None and flt.date_to is None and calendar.selectedDate() != QDate.currentDate():
            # No day is chosen any more: the calendar marks today again, not the old day.
            blocked = calendar.blockSignals(True)
            calendar.setSelectedDate(QDate.currentDate())
            calendar.blockSignals(blocked)
        self.model.set_filter(flt)
        self._progress_timer.start()
        self.filterChanged.emit(flt)

    def _show_progress_if_busy(self) -> None:
        self.progress.setVisible(self.model.is_reading_page)
        if self.model.is_reading_page:
            self._progress_timer.start(100)

    def _list_loaded(self, total: int) -> None:
        """The count is in: say it."""
        flt = self.model.entry_filter
        self.list_panel.show_count(total, flt)
        self.actions_.empty_trash.setEnabled(flt.trash is TrashState.TRASHED and total > 0)

    def _page_shown(self) -> None:
        """The first page is in (its count may still be coming): show the top, keep the entry."""
        self.progress.hide()
        self.list_panel.show_rows(self.model.rowCount(), self.model.entry_filter)
        if self._new_results:
            self._new_results = False
            self.list_view.scrollToTop()
            self._select_uuid(self.editor.entry_uuid, load_first=not self.editor.has_entry(), scroll=False)
        else:
            self._select_uuid(self.editor.entry_uuid, load_first=not self.editor.has_entry())

    def _select_uuid(self, uuid: str | None, load_first: bool = False, scroll: bool = True) -> None:
        row = None
        if uuid:
            row = self.model.row_of(uuid)
            if row is None:
                flt = self.model.entry_filter
                position = position_of(uuid, flt, prefix_last=wants_prefix(flt.text))
                if position is not None:
                    self.model.fetch_until(position)
                    row = self.model.row_of(uuid)
        if row is None and load_first and self.model.rowCount() > 0:
            row = 0
        selection = self.list_view.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if scroll:
            self.list_view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uuid = current.data(UuidRole) if current.isValid() else None
        if uuid is None or uuid == self.editor.entry_uuid:
            return
        self.editor.commit_pending()  # a theme or person still being typed is part of the edit
        selection = self.list_view.selectionModel()
        if not selection.isSelected(current):
            # Tabbing into the list makes its first row current without selecting it: the row
            # whose entry opens is the one that shows as chosen.
            selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if self.editor.is_dirty:
            # Saving reloads the list and rows move (a new entry joins the top). Let the click
            # that chose this row finish first, then save and select the chosen entry by its
            # uuid, so the highlight and the editor show the same entry.
            QTimer.singleShot(0, lambda: self._save_then_open(uuid))
            return
        self.open_entry(uuid, select=False)

    def _save_then_open(self, uuid: str) -> None:
        if self.editor.is_dirty and not self.session.save():
            self._select_uuid(self.editor.entry_uuid)  # the message is shown; the text stays
            return
        self.open_entry(uuid)

    def open_entry(self, uuid: str, select: bool = True) -> None:
        if uuid != self.editor.entry_uuid:
            self.editor.commit_pending()
        if uuid != self.editor.entry_uuid and self.editor.is_dirty and not self.session.save():
            return
        try:
            entry = get_entry(uuid)
        except JournalError as error:
            self.show_error(str(error))
            return
        in_trash = entry.deleted_at is not None
        self.editor.load(entry)
        self.editor.set_enabled_for_entry(True, read_only=in_trash)
        self.editor.set_status(self.tr("In the Trash — restore it to edit") if in_trash else "")
        self.actions_.restore.setEnabled(in_trash)
        if select:
            self._select_uuid(uuid)

    # --- commands ----------------------------------------------------------------------------
    def new_entry(self) -> None:
        if self.actions_.show_trash.isChecked():
            self.actions_.show_trash.setChecked(False)
        self.editor.commit_pending()
        if self.editor.is_dirty and not self.session.save():
            return
        self.list_view.selectionModel().clearSelection()
        self.list_view.selectionModel().setCurrentIndex(
            QModelIndex(), QItemSelectionModel.SelectionFlag.Clear
        )
        self.editor.new_entry()
        self.editor.set_status(self.tr("New entry"))

    def save_entry(self) -> None:
        self.editor.commit_pending()
        if not self.editor.is_dirty:
            self.editor.set_status(self.tr("Saved"))
            return
        self.session.save()

    def _saved(self, uuid: str, reference_changed: bool) -> None:
        self.recovery_bar.hide()
        self.editor.set_status(self.tr("Saved"))
        if reference_changed:
            self.refresh_reference()
        self.model.reload()
        self._select_uuid(uuid)
        self.refresh_calendar()
        recover_drafts(self)
        self.entriesChanged.emit()

    def selected_uuid(self) -> str | None:
        index = self.list_view.currentIndex()
        return index.data(UuidRole) if index.isValid() else None

    def _focus_results(self) -> None:
        """Down in the search field: on to the results."""
        if self.model.rowCount() == 0:
            return
        self.list_view.setFocus()
        if not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.model.index(0, 0))

    def focus_search(self) -> None:
        self.filter_panel.search.setFocus()
        self.filter_panel.search.selectAll()

    def open_settings(self) -> None:
        from desktop.ui.app.settings_dialog import SettingsDialog

        if SettingsDialog.edit(self, self.preferences, self.journal.path):
            self.sidebar.calendar.setFirstDayOfWeek(self.preferences.first_day)
            self.refresh_reference()
            self.model.reload()
            self.refresh_calendar()

    def open_about(self) -> None:
        from desktop.ui.app.settings_dialog import show_about

        show_about(self, self.journal.path)

    def show_error(self, message: str) -> None:
        """Tell the user in one line; the window stays usable and the text stays where it was."""
        self.last_error = message
        self.statusBar().showMessage(message, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        # Unsaved text goes to the journal's drafts; it is offered back on the next start.
        self.editor.commit_pending()
        if not self.session.keep_draft() and not confirm_discard(
            self, self.tr("Your unsaved text could not be kept. Close anyway and lose it?"), warn=True
        ):
            event.ignore()
            return
        self.workers.wait()
        self.preferences.save_window_state(self.saveGeometry(), self.splitter.saveState())
        super().closeEvent(event)

    def set_icon(self, icon: QIcon) -> None:
        self.setWindowIcon(icon)

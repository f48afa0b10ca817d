"""The main window: the entry list beside the editor, the side panel, the Charts tab, and the
controllers that own each menu's commands.

The window is assembled here from typed parts, all made in `__init__`: `MainMenu` (every action),
one `EventHub` passed to every part that follows the journal, and a controller per feature
(Trash, Journal menu, import/export, drafts, reflection). The controllers ask the window for
what only it can do (open an entry, select a row, close) by signal; they never reach into it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QMainWindow,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.store.browse.list_rows import day_zones, on_this_day
from desktop.store.entries.entry_table import get_entry
from desktop.store.entries.person_table import all_people
from desktop.store.entries.theme_table import all_themes
from desktop.store.journal import settings as journal_settings
from desktop.store.journal.errors import JournalError
from desktop.store.journal.opening import Journal
from desktop.ui.app.events import EventHub
from desktop.ui.app.main_menu import MainMenu
from desktop.ui.app.preferences import Preferences
from desktop.ui.browse.calendar_panel import SidePanel
from desktop.ui.browse.entry_model import EntryListModel
from desktop.ui.browse.list_controller import EntryListController
from desktop.ui.browse.list_panel import ListPanel
from desktop.ui.browse.trash import TrashController
from desktop.ui.charts.charts_page import ChartsPage
from desktop.ui.common.error_dialog import show_error_box
from desktop.ui.common.long_task import LongTask
from desktop.ui.common.workers import Workers
from desktop.ui.editor.edit_session import EditSession
from desktop.ui.editor.entry_editor import EntryEditor
from desktop.ui.editor.recovery import DraftRecovery, RecoveryBar, confirm_discard
from desktop.ui.reflect.reflect_controller import ReflectController
from desktop.ui.safety.safety_controller import SafetyController
from desktop.ui.sync.sync_controller import SyncController
from desktop.ui.sync.sync_status import SyncStatusButton
from desktop.ui.transfer.transfer_controller import TransferController

# Closing waits this long for background reads, and for a long task (encrypting, restoring) to
# finish its file; the store replaces files only at their very end, so stopping later leaves the
# journal as it was.
CLOSE_WAIT_READS_MS = 10_000
CLOSE_WAIT_TASK_MS = 10 * 60_000


class MainWindow(QMainWindow):
    def __init__(
        self, journal: Journal, preferences: Preferences | None = None, events: EventHub | None = None
    ) -> None:
        super().__init__()
        self.journal = journal
        self.preferences = preferences or Preferences()
        self.events = events or EventHub(self)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.last_error = ""
        self._close_when_task_ends = False
        self._people_asked = self._people_shown = 0  # reads of the people; the last one's is shown
        self.workers = Workers(self)
        self.tasks = LongTask(self)
        self.model = EntryListModel(self.workers, self)
        self.menu = MainMenu(self)
        self._build()
        self.session = EditSession(self.editor, self)
        self.recovery = DraftRecovery(self, self.session, self.editor, self.recovery_bar)
        self.entry_list = EntryListController(
            self, self.model, self.list_panel, self.editor, self.session, self.menu, self.progress
        )
        self.trash = TrashController(
            self,
            self.menu,
            self.session,
            self.editor,
            self.model,
            self.list_view,
            self.filter_panel,
            self.tasks,
            self.events,
        )
        self.safety = SafetyController(
            self, journal, self.menu, self.session, self.workers, self.tasks, self.events
        )
        self.transfer = TransferController(self, journal.path, self.menu, self.events)
        self.reflect = ReflectController(self.events, self)
        # Rounds wait while unsaved text is in the editor: its save would undo what arrived under it.
        self.sync = SyncController(
            self.workers, self.events, lambda: not (self.editor.is_dirty or self.tasks.running), self
        )
        self.statusBar().addPermanentWidget(SyncStatusButton(self.sync))
        self.charts_page = ChartsPage(journal.path, self.filter_panel.current_filter(), self.events)
        self._charts_index = self.add_page(self.charts_page, self.tr("Charts"))
        self.add_banner(self.reflect.drift_banner)
        self.menu.add_to_toolbar(self.reflect.prompt_picker)
        self._connect()
        self.refresh_reference()
        self.sidebar.calendar.setFirstDayOfWeek(self.preferences.first_day)
        self.refresh_calendar()
        self.recovery.offer()
        self.model.set_filter(self.filter_panel.current_filter())
        self.entry_list.reading()
        self.sync.start()

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
        a = self.menu
        a.new.triggered.connect(self.new_entry)
        a.save.triggered.connect(self.save_entry)
        a.search.triggered.connect(self.focus_search)
        a.settings.triggered.connect(self.open_settings)
        a.about.triggered.connect(self.open_about)
        a.quit.triggered.connect(self.close)
        a.show_sidebar.toggled.connect(self.sidebar.setVisible)
        self.filter_panel.changed.connect(self._filter_changed)
        self.model.failed.connect(self.show_error)
        self.entry_list.openEntryRequested.connect(self.open_entry)
        self.list_view.activated.connect(lambda _index: self.editor.body.setFocus())  # Enter: write
        self.sidebar.daySelected.connect(self.filter_panel.set_day)
        self.sidebar.entryChosen.connect(self.open_entry)
        self.sidebar.monthShown.connect(self.refresh_calendar)
        self.session.saved.connect(self._saved)
        self.session.failed.connect(self.show_error)
        self.session.draftKept.connect(lambda: self.editor.set_status(self.tr("Draft kept — not yet saved")))
        self.editor.modified.connect(lambda: self.editor.set_status(self.tr("Unsaved changes")))
        self.pages.currentChanged.connect(self._page_changed)
        self.recovery.saveRequested.connect(self.save_entry)
        self.recovery.openEntryRequested.connect(self.open_entry)
        self.trash.openEntryRequested.connect(self.open_entry)
        self.trash.selectFirstRequested.connect(lambda: self.entry_list.select_uuid(None, load_first=True))
        self.trash.focusListRequested.connect(self.list_view.setFocus)
        self.transfer.imported.connect(self.reload_all)
        self.sync.entriesArrived.connect(self._synced)
        self.reflect.writeRequested.connect(self.write_from)
        self.safety.closeRequested.connect(self.close)
        self.tasks.started.connect(lambda _title: self._lock_for_task(True))
        self.tasks.ended.connect(self._task_ended)
        ev = self.events
        ev.entriesChanged.connect(self.refresh_calendar)
        ev.referenceChanged.connect(self.refresh_reference)
        ev.statusMessage.connect(lambda text, msecs: self.statusBar().showMessage(text, msecs))
        ev.errorRaised.connect(self.show_error)
        # Last, so the controllers have taken the new journal before the window reads it again.
        ev.journalReplaced.connect(self._journal_replaced)

    def refresh_reference(self) -> None:
        """Themes, people and thresholds, which entries and settings can change.

        The people, most written about first, are read on a worker and offered when they are in:
        counting every mention took 0.15-0.4 s at a million entries, which the window's start
        and every save naming someone new waited for.
        """
        themes = all_themes()
        self.delegate.theme_colours = {t.slug: t.colour for t in themes}
        self.editor.set_theme_options(themes)
        self.editor.set_thresholds(journal_settings.thresholds())
        self.filter_panel.set_themes([t for t in themes if not t.archived])
        self._people_asked += 1
        asked = self._people_asked
        self.workers.run(
            lambda: [p.name for p in all_people()],
            lambda names: self._people_read(asked, names),
            lambda message: self._people_read(asked, None, message),
        )

    @property
    def is_reading_people(self) -> bool:
        """The people asked for last are not in the editor and the filter yet."""
        return self._people_asked > self._people_shown

    def _people_read(self, asked: int, names: list[str] | None, error: str = "") -> None:
        if asked != self._people_asked:
            return  # a newer read is coming
        self._people_shown = asked
        if names is None:
            self.show_error(error)  # the editor and the filter keep the people they had
            return
        self.editor.set_people_options(names)
        self.filter_panel.set_people(names)

    def reload_all(self) -> None:
        """Everything read from the journal, again: after an import, a restore or a new passphrase."""
        self.refresh_reference()
        self.model.set_filter(self.current_filter())
        self.recovery.offer()
        self.events.entriesChanged.emit()

    def _synced(self) -> None:
        """Another computer's changes arrived: read again what is shown, the open entry too (the
        editor holds no unsaved text: rounds wait for it)."""
        self.refresh_reference()
        self.model.reload()
        self.events.entriesChanged.emit()
        uuid = self.editor.entry_uuid
        if uuid and not self.editor.is_new and not self.editor.is_dirty:
            try:
                changed = get_entry(uuid) != self.editor.current_entry()
            except JournalError:  # emptied from the Trash on another computer
                self.editor.load(None)
                return
            if changed:
                self.open_entry(uuid, select=False)

    def _journal_replaced(self, journal: Journal) -> None:
        """The journal's file was replaced and opened again: read it all, keep the unsaved text."""
        self.journal = journal
        shown_again = self.session.carry_over()
        self.reload_all()
        if shown_again:
            self.open_entry(shown_again)

    def refresh_calendar(self) -> None:
        start, end = self.sidebar.calendar.visible_range()
        self.sidebar.calendar.set_zones(day_zones(start, end, ALL_LIVE))
        today = date.today()
        self.sidebar.set_on_this_day(today, on_this_day(today))

    # --- the list ----------------------------------------------------------------------------
    def _filter_changed(self, flt: EntryFilter) -> None:
        calendar = self.sidebar.calendar
        if flt.date_from is None and flt.date_to is None and calendar.selectedDate() != QDate.currentDate():
            # No day is chosen any more: the calendar marks today again, not the old day.
            blocked = calendar.blockSignals(True)
            calendar.setSelectedDate(QDate.currentDate())
            calendar.blockSignals(blocked)
        self.entry_list.reading(new_results=True)  # show the top of the new list
        self.model.set_filter(flt)
        self.events.filterChanged.emit(flt)

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
        self.menu.restore.setEnabled(in_trash)
        if select:
            self.entry_list.select_uuid(uuid)

    # --- commands ----------------------------------------------------------------------------
    def new_entry(self) -> None:
        if self.menu.show_trash.isChecked():
            self.menu.show_trash.setChecked(False)
        self.editor.commit_pending()
        if self.editor.is_dirty and not self.session.save():
            return
        self.entry_list.clear_selection()
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
        self.entry_list.select_uuid(uuid)
        self.recovery.offer()
        self.events.entriesChanged.emit()

    def focus_search(self) -> None:
        self.filter_panel.search.setFocus()
        self.filter_panel.search.selectAll()

    def open_settings(self) -> None:
        from desktop.ui.app.settings_dialog import SettingsDialog

        if SettingsDialog.edit(self, self.preferences, self.journal.path, self.sync):
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
        show_error_box(self, message)

    # --- views beside the journal ------------------------------------------------------------
    def _page_changed(self, index: int) -> None:
        if index == self._charts_index:
            self.charts_page.shown()

    def write_from(self, text: str) -> None:
        """Put a prompt or template into the editor: into the new entry being written, else a new one."""
        self.pages.setCurrentIndex(0)
        editor = self.editor
        if not (editor.has_entry() and editor.is_new):
            self.new_entry()
            if not editor.is_new:
                return  # the open entry could not be saved (the message is shown): leave it be
        written = editor.is_dirty  # had the user written anything yet?
        body = editor.body
        cursor = body.textCursor()
        if body.toPlainText() and not body.toPlainText().endswith("\n"):
            cursor.movePosition(cursor.MoveOperation.End)
            cursor.insertText("\n\n")
        cursor.insertText(text.rstrip() + "\n\n")
        body.setTextCursor(cursor)
        body.setFocus()
        if not written:
            # A prompt alone is not writing: leaving it untouched saves no entry of its own.
            editor.mark_clean()
            editor.set_status(self.tr("New entry"))

    # --- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tasks.running:
            # Encrypting or restoring replaces the journal's file at its very end: let it finish,
            # say so, and close when it has (or after a limit, leaving the old file in place).
            event.ignore()
            if not self._close_when_task_ends:
                self._close_when_task_ends = True
                self.tasks.say_closing(self.tr("The window will close when this is done."))
                QTimer.singleShot(CLOSE_WAIT_TASK_MS, self._give_up_waiting)
            return
        # Unsaved text goes to the journal's drafts; it is offered back on the next start.
        self.editor.commit_pending()
        if not self.session.keep_draft() and not confirm_discard(
            self, self.tr("Your unsaved text could not be kept. Close anyway and lose it?"), warn=True
        ):
            event.ignore()
            return
        self.workers.wait(CLOSE_WAIT_READS_MS)
        self.preferences.save_window_state(self.saveGeometry(), self.splitter.saveState())
        super().closeEvent(event)

    def _lock_for_task(self, locked: bool) -> None:
        """Nothing can be typed, chosen or started while a long task runs: its journal may be
        closed for the whole of it. The progress dialog stays usable."""
        if locked:
            self.session.autosave.stop()
        for part in (self.pages, self.menuBar(), self.menu.toolbar):
            part.setEnabled(not locked)

    def _task_ended(self) -> None:
        self._lock_for_task(False)
        if self._close_when_task_ends:
            self._close_when_task_ends = False
            QTimer.singleShot(0, self.close)

    def _give_up_waiting(self) -> None:
        if self._close_when_task_ends and self.tasks.running:
            self._close_when_task_ends = False
            self.tasks.abandon()
            self.close()

    def set_icon(self, icon: QIcon) -> None:
        self.setWindowIcon(icon)

"""The Charts tab: holds the Charts view, made the first time the tab is opened (charts bring in
matplotlib, and the window starts without it), and keeps it on the window's filter.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.domain.filters import EntryFilter
from desktop.store.journal.opening import Journal
from desktop.ui.app.events import EventHub

if TYPE_CHECKING:
    from desktop.ui.charts.charts_view import ChartsView


class ChartsPage(QWidget):
    def __init__(self, journal_path: Path, entry_filter: EntryFilter, events: EventHub) -> None:
        super().__init__()
        self.journal_path = journal_path
        self.entry_filter = entry_filter
        self.view: ChartsView | None = None
        self._events = events
        self.setAccessibleName(self.tr("Charts"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        events.filterChanged.connect(self._filter_changed)
        events.entriesChanged.connect(self._entries_changed)
        events.journalReplaced.connect(self._journal_replaced)

    def ensure_view(self) -> ChartsView:
        if self.view is None:
            from desktop.ui.charts.charts_view import ChartsView

            self.view = ChartsView(self)
            self.view.journal_path = self.journal_path
            self.view.exported.connect(
                lambda path: self._events.say(self.tr("Chart saved to {0}").format(path))
            )
            self._layout.addWidget(self.view)
            self.view.set_filter(self.entry_filter)
        return self.view

    def shown(self) -> None:
        """The tab was chosen: draw the charts from the journal as it is now."""
        self.ensure_view().reload()

    def _filter_changed(self, flt: EntryFilter) -> None:
        self.entry_filter = flt
        if self.view is not None:
            self.view.set_filter(flt)

    def _entries_changed(self) -> None:
        if self.view is not None and self.isVisible():
            self.view.reload()

    def _journal_replaced(self, journal: Journal) -> None:
        self.journal_path = journal.path
        if self.view is not None:  # the window reads everything again next, charts included
            self.view.journal_path = journal.path

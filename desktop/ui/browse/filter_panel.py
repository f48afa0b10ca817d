"""Search as you type and the filters above the entry list; it builds the EntryFilter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.balance import Zone
from desktop.domain.filters import EntryFilter, TrashState
from desktop.domain.theme_catalogue import Pillar, theme_name
from desktop.store.entries.theme_table import ThemeInfo
from desktop.ui.common.labels import pillar_label, zone_label
from desktop.ui.common.qt_dates import from_qdate, to_qdate

_NO_DATE = QDate(1900, 1, 1)
# "Any" options hold an empty string, never None: PySide6 6.12 on Python 3.11 drops a reference
# to None each time Qt hands back a QVariant holding None, which in time crashes the process.
ANY = ""


class OptionalDate(QDateEdit):
    """A date that may be left empty: its lowest value reads 'any'."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(self.tr("any"))
        self.setDisplayFormat("d MMM yyyy")
        self.setDate(_NO_DATE)
        self.setAccessibleName(accessible_name)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The calendar of an 'any' date opens at this month, not at January 1900."""
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def value(self) -> date | None:
        return None if self.date() == _NO_DATE else from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        self.setDate(to_qdate(value) if value else _NO_DATE)


class FilterPanel(QWidget):
    changed = Signal(object)  # EntryFilter
    downFromSearch = Signal()  # Down pressed in the search field: the results may take the focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trash = TrashState.LIVE
        self._quiet = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search entries"))
        self.search.setAccessibleName(self.tr("Search entries"))
        self.search.setClearButtonEnabled(True)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show filters"))
        self.toggle.setToolTip(self.tr("Show or hide the filters"))
        self.toggle.setAutoRaise(True)

        self.date_from = OptionalDate(self.tr("From date"))
        self.date_to = OptionalDate(self.tr("To date"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.pillar = QComboBox()
        self.pillar.setAccessibleName(self.tr("Pillar"))
        self.pillar.addItem(self.tr("Any pillar"), ANY)
        for pillar in Pillar:
            self.pillar.addItem(pillar_label(pillar), pillar)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        self.zone = QComboBox()
        self.zone.setAccessibleName(self.tr("Zone"))
        self.zone.addItem(self.tr("Any zone"), ANY)
        for zone in Zone:
            self.zone.addItem(zone_label(zone), zone)
        self.starred = QCheckBox(self.tr("Starred only"))
        self.starred.setAccessibleName(self.tr("Starred only"))
        self.clear = QPushButton(self.tr("Clear filters"))
        self.clear.setAccessibleName(self.tr("Clear filters"))
        self.set_themes([])
        self.set_people([])

        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 4, 0, 4)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from, 1)
        dates.addWidget(self.date_to, 1)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Pillar"), self.pillar)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Zone"), self.zone)
        bottom = QHBoxLayout()
        bottom.addWidget(self.starred)
        bottom.addStretch(1)
        bottom.addWidget(self.clear)
        form.addRow(bottom)
        self.details.setVisible(False)

        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.search, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.details)

        self.toggle.toggled.connect(self.details.setVisible)
        self.search.textChanged.connect(self._emit)
        self.search.installEventFilter(self)  # Esc clears the search, Down goes to the results
        for date_edit in (self.date_from, self.date_to):
            date_edit.dateChanged.connect(self._emit)
        for combo in (self.theme, self.pillar, self.person, self.zone):
            combo.currentIndexChanged.connect(self._emit)
        self.starred.toggled.connect(self._emit)
        self.clear.clicked.connect(self.clear_filters)
        self._update_toggle()

    def set_themes(self, themes: list[ThemeInfo]) -> None:
        current = self.theme.currentData()
        self._quiet = True
        self.theme.clear()
        self.theme.addItem(self.tr("Any theme"), ANY)
        for theme in themes:
            self.theme.addItem(theme_name(theme.slug, theme.name), theme.slug)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)) if current else 0)
        self._quiet = False

    def set_people(self, names: list[str]) -> None:
        current = self.person.currentData()
        self._quiet = True
        self.person.clear()
        self.person.addItem(self.tr("Anyone"), ANY)
        for name in names:
            self.person.addItem(name, name)
        self.person.setCurrentIndex(max(0, self.person.findData(current)) if current else 0)
        self._quiet = False

    def set_trash(self, trash: TrashState) -> None:
        self._trash = trash
        self._emit()

    def set_day(self, day: date) -> None:
        """Narrow the list to one day (from the calendar)."""
        self._quiet = True
        self.date_from.set_value(day)
        self.date_to.set_value(day)
        self._quiet = False
        self._emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if key == Qt.Key.Key_Down:
                self.downFromSearch.emit()
                return True
        return super().eventFilter(watched, event)

    def clear_filters(self) -> None:
        self._quiet = True
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        for combo in (self.theme, self.pillar, self.person, self.zone):
            combo.setCurrentIndex(0)
        self.starred.setChecked(False)
        self._quiet = False
        self._emit()

    def current_filter(self) -> EntryFilter:
        start, end = self.date_from.value(), self.date_to.value()
        if start and end and start > end:
            start, end = end, start  # read a reversed range the way it was meant
        theme, person = self.theme.currentData(), self.person.currentData()
        # Qt hands enum data back as plain strings; turn them back into the domain's values.
        zone = Zone(self.zone.currentData()) if self.zone.currentData() else None
        pillar = Pillar(self.pillar.currentData()) if self.pillar.currentData() else None
        return EntryFilter(
            date_from=start,
            date_to=end,
            themes=(theme,) if theme else (),
            pillar=pillar,
            people=(person,) if person else (),
            zones=(zone,) if zone else (),
            starred=self.starred.isChecked(),
            text=self.search.text().strip(),
            trash=self._trash,
        )

    def active_count(self) -> int:
        flt = self.current_filter()
        return sum(
            bool(x)
            for x in (
                flt.date_from or flt.date_to,
                flt.themes,
                flt.pillar,
                flt.people,
                flt.zones,
                flt.starred,
            )
        )

    def _update_toggle(self) -> None:
        count = self.active_count()
        self.toggle.setText(
            self.tr("Filters (%1)").replace("%1", str(count)) if count else self.tr("Filters")
        )

    def _emit(self) -> None:
        if self._quiet:
            return
        self._update_toggle()
        self.changed.emit(self.current_filter())

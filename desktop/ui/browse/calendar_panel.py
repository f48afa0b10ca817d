"""The side panel: a calendar with days coloured by zone, a zone key, and "on this day"."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.balance import ZONE_COLOURS, Zone
from desktop.store.browse.list_rows import EntrySummary
from desktop.ui.app.palette import ink_on
from desktop.ui.common.labels import zone_label
from desktop.ui.common.qt_dates import from_qdate

UNRATED_COLOUR = "#9a9ca1"


class ZoneCalendar(QCalendarWidget):
    """A month view where each written day carries the colour of its zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zones: dict[date, Zone | None] = {}
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setAccessibleName(self.tr("Calendar of entries, days coloured by zone"))
        self.setMinimumHeight(210)

    def set_zones(self, zones: dict[date, Zone | None]) -> None:
        self.zones = zones
        self.updateCells()

    def visible_range(self) -> tuple[date, date]:
        first = date(self.yearShown(), self.monthShown(), 1)
        return first - timedelta(days=7), first + timedelta(days=45)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        day = from_qdate(qdate)
        if day not in self.zones:
            super().paintCell(painter, rect, qdate)
            return
        zone = self.zones[day]
        colour = QColor(ZONE_COLOURS[zone] if zone else UNRATED_COLOUR)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = rect.height() - 4
        width = min(rect.width() - 4, max(height, 26))
        circle = QRectF(
            rect.center().x() - width / 2 + 0.5, rect.center().y() - height / 2 + 0.5, width, height
        )
        selected = qdate == self.selectedDate()
        if zone is None:
            painter.setPen(colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
        painter.drawRoundedRect(circle, height / 2, height / 2)
        if selected:
            painter.setPen(self.palette().highlight().color())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(circle.adjusted(-1.5, -1.5, 1.5, 1.5), height / 2 + 1.5, height / 2 + 1.5)
        painter.setPen(ink_on(colour) if zone is not None else self.palette().text().color())
        faded = qdate.month() != self.monthShown()
        if faded:
            painter.setOpacity(0.45)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(qdate.day()))
        painter.restore()


class ZoneKey(QWidget):
    """What the calendar's colours mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 0, 4, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for i, zone in enumerate(Zone):
            swatch = QLabel()
            swatch.setFixedSize(10, 10)
            # The ring keeps the darkest zone colours visible on a dark window.
            swatch.setStyleSheet(
                f"background: {ZONE_COLOURS[zone]}; border-radius: 5px; border: 1px solid palette(mid);"
            )
            text = QLabel(zone_label(zone))
            font = text.font()
            font.setPointSizeF(font.pointSizeF() * 0.88)
            text.setFont(font)
            grid.addWidget(swatch, i // 2, (i % 2) * 2)
            grid.addWidget(text, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.setAccessibleName(self.tr("Zone colours"))


class SidePanel(QWidget):
    daySelected = Signal(object)  # date
    entryChosen = Signal(str)  # uuid
    monthShown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = ZoneCalendar()
        self.key = ZoneKey()
        self.on_this_day = QListWidget()
        self.on_this_day.setAccessibleName(self.tr("On this day in earlier years"))
        self.on_this_day.setWordWrap(True)
        heading = QLabel(self.tr("On this day"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.calendar)
        layout.addWidget(self.key)
        layout.addSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.on_this_day, 1)
        self.calendar.clicked.connect(lambda q: self.daySelected.emit(q.toPython()))
        self.calendar.activated.connect(lambda q: self.daySelected.emit(q.toPython()))
        self.calendar.currentPageChanged.connect(lambda *_: self.monthShown.emit())
        self.on_this_day.itemActivated.connect(self._chosen)
        self.on_this_day.itemClicked.connect(self._chosen)

    def set_on_this_day(self, today: date, summaries: list[EntrySummary]) -> None:
        self.on_this_day.clear()
        if not summaries:
            item = QListWidgetItem(self.tr("Nothing written on this day in earlier years yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setData(Qt.ItemDataRole.UserRole, "")  # never None as item data
            self.on_this_day.addItem(item)
            return
        for summary in summaries:
            years = today.year - summary.date.year
            ago = self.tr("1 year ago") if years == 1 else self.tr("%1 years ago").replace("%1", str(years))
            item = QListWidgetItem(f"{ago} · {summary.title or self.tr('Untitled')}")
            item.setData(Qt.ItemDataRole.UserRole, summary.uuid)
            item.setToolTip(summary.date.isoformat())
            self.on_this_day.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        uuid = item.data(Qt.ItemDataRole.UserRole)
        if uuid:
            self.entryChosen.emit(uuid)

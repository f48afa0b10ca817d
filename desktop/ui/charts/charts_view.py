"""The Charts view: the six charts of the journal for the current filters, each exportable.

This module imports matplotlib, so the main window imports it only when charts are first shown.
Data is read from the store only while the view is visible; a filter change while hidden just
marks the data stale.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.charts import CHART_KINDS, NEEDS_ALL_TAGS, build_chart, format_of, save_chart
from desktop.charts.common import WINDOW_CHOICES, ChartOptions
from desktop.charts.style import DARK, LIGHT, ChartStyle
from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.domain.i18n import _ as gettext
from desktop.domain.series import ChartData, Period
from desktop.store.charts.chart_data import load_chart_data
from desktop.store.journal import settings
from desktop.store.journal.errors import JournalError
from desktop.store.journal.paths import journal_file_clash
from desktop.ui.common.labels import first_upper, pillar_label, zone_label

EXPORT_DPI = 200
SETTLE_MS = 150  # how long the filters must stay unchanged before the charts are read again


class ChartsView(QWidget):
    """A chart picker, the rolling-window selector, a per-person switch, export, and the canvas."""

    chartDrawn = Signal(str)  # the kind just drawn
    exported = Signal(str)  # the file a chart was just written to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter: EntryFilter = ALL_LIVE
        self._data: ChartData | None = None
        self._export_folder: Path | None = None  # where the last chart was exported
        self.journal_path: Path | None = None  # the open journal, which no export may write over
        self._resized = QTimer(self)  # the map lays itself out for the canvas's shape
        self._resized.setSingleShot(True)
        self._resized.setInterval(150)
        self._resized.timeout.connect(self._redraw)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.reload)

        self.kind_box = QComboBox()
        for kind, (label, _drawer) in CHART_KINDS.items():
            self.kind_box.addItem(gettext(label), kind)  # the chart's own name, from its catalogue
        self.window_box = QComboBox()
        for days in WINDOW_CHOICES:
            self.window_box.addItem(self.tr("%n-day mean", "", days), days)
        default_window = settings.thresholds().trend_window_days
        index = self.window_box.findData(default_window if default_window in WINDOW_CHOICES else 30)
        self.window_box.setCurrentIndex(index)
        self.period_box = QComboBox()
        self.period_box.addItem(self.tr("Weeks or months, as fits"), "")
        self.period_box.addItem(self.tr("By week"), Period.WEEK.value)
        self.period_box.addItem(self.tr("By month"), Period.MONTH.value)
        self.people_box = QCheckBox(self.tr("One line per person"))
        self.people_box.setChecked(True)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save this chart as PNG, SVG or PDF"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Chart:")))
        bar.addWidget(self.kind_box)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Window:")))
        bar.addWidget(self.window_box)
        bar.addWidget(self.people_box)
        bar.addWidget(self.period_box)
        bar.addStretch(1)
        bar.addWidget(self.export_button)

        self.canvas = FigureCanvasQTAgg(Figure(layout="constrained"))
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(480, 320)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)

        self.kind_box.currentIndexChanged.connect(lambda _index: self._redraw())
        self.window_box.currentIndexChanged.connect(lambda _index: self._redraw())
        self.people_box.toggled.connect(lambda _on: self._redraw())
        self.period_box.currentIndexChanged.connect(lambda _index: self._redraw())
        self.export_button.clicked.connect(lambda _checked=False: self._ask_export())
        self._update_controls()

    # --- what the window calls -------------------------------------------------------------

    def set_filter(self, flt: EntryFilter) -> None:
        """Follow the window's filters. Shown, the charts are redrawn once the filters have been
        still for a moment (so typing a search does not redraw on every key); hidden, when next
        shown."""
        self._filter = flt
        self._data = None
        if self.isVisible():
            self._settle.start()

    def reload(self) -> None:
        """Read the chart data for the current filter again (e.g. after an entry was saved)."""
        self._settle.stop()
        self._data = None
        self._redraw()

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))

    def set_window(self, days: int) -> None:
        self.window_box.setCurrentIndex(self.window_box.findData(days))

    def current_kind(self) -> str:
        return str(self.kind_box.currentData())

    @property
    def figure(self) -> Figure:
        return self.canvas.figure

    def options(self) -> ChartOptions:
        return ChartOptions(
            window_days=int(self.window_box.currentData()),
            style=self.chart_style(),
            thresholds=settings.thresholds(),
            people=self.people_box.isChecked(),
            period=Period(self.period_box.currentData()) if self.period_box.currentData() else None,
            title_suffix=filter_note(self._filter),
        )

    def chart_style(self) -> ChartStyle:
        """Dark charts in a dark window, light ones otherwise."""
        window = self.palette().color(QPalette.ColorRole.Window)
        return DARK if window.lightness() < 128 else LIGHT

    def export_to(self, path: Path) -> None:
        """Write the current chart at print size to `path` (.png, .svg or .pdf).

        Raises ValueError for an unknown extension and OSError if the file cannot be written.
        """
        format_of(path)
        data = self._current_data()
        figure = build_chart(self.current_kind(), data, self.options())
        save_chart(figure, path, dpi=EXPORT_DPI)

    # --- inside ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._data is not None and self.current_kind() == "map":
            self._resized.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Light or dark switched while the chart is up: draw it again in the new palette.
        if event.type() == QEvent.Type.PaletteChange and self._data is not None:
            QTimer.singleShot(0, self._redraw)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._data is None:
            self.reload()

    def _load(self) -> ChartData:
        return load_chart_data(self._filter, all_tags=self.current_kind() in NEEDS_ALL_TAGS)

    def _current_data(self) -> ChartData:
        """The data for the current filter, read again only if missing or too thin for the chart
        (the trend of a large journal does not wait for every theme tag)."""
        data = self._data
        if data is None or (self.current_kind() in NEEDS_ALL_TAGS and not data.all_tags):
            data = self._data = self._load()
        return data

    def _update_controls(self) -> None:
        kind = self.current_kind()
        self.window_box.setEnabled(kind in ("trend", "ratings"))
        self.people_box.setVisible(kind == "trend")
        self.period_box.setVisible(kind == "themes")

    def _redraw(self) -> None:
        self._update_controls()
        if self._data is None and not self.isVisible():
            return
        try:
            data = self._current_data()
        except JournalError as error:
            # The journal could not be read (locked, gone): say so where the chart would be.
            self._show_problem(str(error))
            return
        build_chart(self.current_kind(), data, self.options(), fig=self.canvas.figure)
        self.canvas.draw_idle()
        self.chartDrawn.emit(self.current_kind())

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Export chart"),
            self.tr("%1 already exists. Replace it?").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_problem(self, reason: str) -> None:
        figure = self.canvas.figure
        figure.clear()
        figure.text(
            0.5,
            0.5,
            self.tr("The charts cannot be drawn: %1").replace("%1", reason),
            ha="center",
            va="center",
            wrap=True,
            parse_math=False,
        )
        self.canvas.draw_idle()

    def _ask_export(self) -> None:
        filters = ";;".join(
            (
                self.tr("PNG image (*.png)"),
                self.tr("SVG drawing (*.svg)"),
                self.tr("PDF document (*.pdf)"),
            )
        )
        folder = self._export_folder or _pictures_folder()
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), str(folder / f"{self.current_kind()}.png"), filters
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix("." + chosen.split("*.")[-1].rstrip(")"))
            # The dialog asked about the name as typed; this one it has not asked about.
            if path.exists() and not self._confirm_replace(path):
                return
        clash = journal_file_clash(path, self.journal_path) if self.journal_path else None
        if clash:
            QMessageBox.warning(self, self.tr("Export chart"), first_upper(clash) + ".")
            return
        self._export_folder = path.parent
        try:
            self.export_to(path)
            self.exported.emit(str(path))
        except ValueError as error:
            QMessageBox.warning(self, self.tr("Export chart"), str(error))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export chart"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )


def _pictures_folder() -> Path:
    """Where a chart is first offered to be saved: the user's pictures folder, else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def filter_note(flt: EntryFilter) -> str:
    """What a chart's title adds when the list's filters narrow it: " — only: trust, Sam"."""
    parts: list[str] = []
    if flt.text:
        parts.append(f"“{flt.text}”")
    parts.extend(flt.themes)
    if flt.pillar is not None:
        parts.append(pillar_label(flt.pillar))
    parts.extend(flt.people)
    parts.extend(zone_label(zone) for zone in flt.zones)
    if flt.starred:
        parts.append("★")
    if not parts:
        return ""
    shown = ", ".join(parts[:4]) + (" …" if len(parts) > 4 else "")
    return QCoreApplication.translate("ChartsView", " — only: {0}").format(shown)

"""The two 0–10 ratings, with the balance and zone they give shown as they change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop.domain.balance import DEFAULT_THRESHOLDS, ZONE_COLOURS, Thresholds, balance_of, zone_of
from desktop.ui.app.palette import ink_on
from desktop.ui.common.labels import zone_label
from desktop.ui.editor.chips import FlowLayout

NOT_RATED = -1


class RatingBox(QSpinBox):
    """0–10, or not rated (shown as a dash) below zero."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NOT_RATED, 10)
        self.setSpecialValueText(self.tr("–"))
        self.setValue(NOT_RATED)
        self.setAccessibleName(accessible_name)
        self.setMinimumWidth(64)

    def rating(self) -> int | None:
        return None if self.value() == NOT_RATED else self.value()

    def set_rating(self, value: int | None) -> None:
        self.setValue(NOT_RATED if value is None else value)


class RatingsRow(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thresholds: Thresholds = DEFAULT_THRESHOLDS
        self.independence = RatingBox(self.tr("Independence rating, 0 to 10"))
        self.independence.setToolTip(
            self.tr("How much you kept your own self today: time, interests, decisions, boundaries")
        )
        self.interdependence = RatingBox(self.tr("Interdependence rating, 0 to 10"))
        self.interdependence.setToolTip(
            self.tr("How much you and the others relied on and supported each other")
        )
        self.balance = QLabel()
        self.balance.setAccessibleName(self.tr("Balance"))
        self.zone = QLabel()
        self.zone.setAccessibleName(self.tr("Zone"))
        self.zone.setMargin(0)
        # Three groups that wrap onto a second line when the editor is narrow.
        flow = FlowLayout(self, spacing=14)
        for text, box in (
            (self.tr("&Independence"), self.independence),
            (self.tr("Inter&dependence"), self.interdependence),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            flow.addWidget(self._group(label, box))
        flow.addWidget(self._group(self.balance, self.zone))
        for box in (self.independence, self.interdependence):
            box.valueChanged.connect(self._update)
            box.valueChanged.connect(self.changed)
        self._update()

    @staticmethod
    def _group(*widgets: QWidget) -> QWidget:
        group = QWidget()
        layout = QHBoxLayout(group)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for widget in widgets:
            layout.addWidget(widget)
        return group

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else super().heightForWidth(width)

    def set_values(self, independence: int | None, interdependence: int | None) -> None:
        for box, value in ((self.independence, independence), (self.interdependence, interdependence)):
            box.blockSignals(True)
            box.set_rating(value)
            box.blockSignals(False)
        self._update()

    def set_thresholds(self, thresholds: Thresholds) -> None:
        self.thresholds = thresholds
        self._update()

    def _update(self) -> None:
        ind, inter = self.independence.rating(), self.interdependence.rating()
        value = balance_of(ind, inter)
        zone = zone_of(ind, inter, self.thresholds)
        if value is None or zone is None:
            self.balance.setText(self.tr("Rate both to see the balance"))
            self.balance.setEnabled(False)
            self.zone.hide()
            return
        self.balance.setEnabled(True)
        self.balance.setText(self.tr("Balance %1").replace("%1", f"{int(value):+d}" if value else "0"))
        colour = QColor(ZONE_COLOURS[zone])
        ink = ink_on(colour).name()
        self.zone.setText(zone_label(zone))
        self.zone.setStyleSheet(
            f"QLabel {{ background: {colour.name()}; color: {ink}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: 600; }"
        )
        self.zone.show()

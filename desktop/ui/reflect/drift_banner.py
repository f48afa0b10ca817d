"""A gentle banner for drift over the last days, with a reflection prompt to write from.

It observes and suggests; it never diagnoses. It stays hidden when there is no drift, and a
dismissed note stays away until the drift it described changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.prompts import drift_prompt, prompt_text
from desktop.domain.trend import Drift, DriftAlert
from desktop.store.charts.chart_data import current_drift

DriftSource = Callable[[date | None], list[DriftAlert]]


class DriftBanner(QFrame):
    """Shows the drift of the trailing window (from the journal's thresholds) and a prompt."""

    promptChosen = Signal(str)  # the user wants to write from this prompt

    def __init__(self, parent: QWidget | None = None, source: DriftSource = current_drift) -> None:
        super().__init__(parent)
        self._source = source
        self._alerts: list[DriftAlert] = []
        self._dismissed: tuple[Drift, ...] | None = None
        self.setObjectName("driftBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#driftBanner { background: palette(alternate-base); border-radius: 6px; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        font = self.prompt_label.font()
        font.setItalic(True)
        self.prompt_label.setFont(font)
        self.write_button = QPushButton(self.tr("Write about it"))
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setFlat(True)

        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.prompt_label)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.write_button)
        layout.addWidget(self.dismiss_button)

        self.write_button.clicked.connect(lambda _checked=False: self._write())
        self.dismiss_button.clicked.connect(lambda _checked=False: self.dismiss())
        self.hide()

    def refresh(self, today: date | None = None) -> None:
        """Compute drift for the window ending today (or `today`); show or hide accordingly."""
        self._alerts = self._source(today)
        kinds = tuple(a.kind for a in self._alerts)
        if not self._alerts or kinds == self._dismissed:
            self.hide()
            return
        self._dismissed = None
        self.message.setText(" ".join(self._describe(a) for a in self._alerts))
        self.prompt_label.setText(self.tr("You could ask yourself: %1").replace("%1", self.prompt()))
        self.show()

    def alerts(self) -> list[DriftAlert]:
        return list(self._alerts)

    def prompt(self) -> str:
        """The suggested prompt for the first alert, or '' when there is none."""
        if not self._alerts:
            return ""
        return prompt_text(drift_prompt(self._alerts[0]))

    def dismiss(self) -> None:
        self._dismissed = tuple(a.kind for a in self._alerts)
        self.hide()

    def _write(self) -> None:
        if self._alerts:
            self.promptChosen.emit(self.prompt())

    def _describe(self, alert: DriftAlert) -> str:
        days = str((alert.end - alert.start).days + 1)
        rated = alert.mean_balance is not None and alert.weaker_mean is not None
        if alert.kind is Drift.CODEPENDENCY:
            if rated and alert.theme_count:
                text = self.tr(
                    "Over the last %1 days your entries have leaned towards others "
                    "(balance %2, your own side %3 of 10), and 'codependency' came up %4 times."
                )
            elif rated:
                text = self.tr(
                    "Over the last %1 days your entries have leaned towards others "
                    "(balance %2, your own side %3 of 10)."
                )
            else:
                text = self.tr("In the last %1 days, 'codependency' came up %4 times.")
        else:
            if rated and alert.theme_count:
                text = self.tr(
                    "Over the last %1 days your entries have leaned towards yourself "
                    "(balance %2, support from others %3 of 10), and 'isolation' came up %4 times."
                )
            elif rated:
                text = self.tr(
                    "Over the last %1 days your entries have leaned towards yourself "
                    "(balance %2, support from others %3 of 10)."
                )
            else:
                text = self.tr("In the last %1 days, 'isolation' came up %4 times.")
        balance = f"{alert.mean_balance:+.1f}" if alert.mean_balance is not None else ""
        weaker = f"{alert.weaker_mean:.1f}" if alert.weaker_mean is not None else ""
        return (
            text.replace("%1", days)
            .replace("%2", balance)
            .replace("%3", weaker)
            .replace("%4", str(alert.theme_count))
        )

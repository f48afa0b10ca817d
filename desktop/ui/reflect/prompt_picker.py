"""A button with a menu of reflection prompts (by pillar, drift-fitting ones first) and templates.

The editor connects `promptChosen(str)` to insert a prompt and `templateChosen(str)` to insert
a template's Markdown skeleton.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.domain.prompts import (
    TEMPLATES,
    prompt_text,
    prompts_for,
    suggested_prompts,
    template_name,
    template_text,
)
from desktop.domain.theme_catalogue import Pillar, pillar_name
from desktop.domain.trend import DriftAlert
from desktop.store.journal.errors import JournalError

SUGGESTED = 3


def _current_drift(today: date | None) -> list[DriftAlert]:
    from desktop.store.charts.chart_data import current_drift

    return current_drift(today)


class PromptPicker(QToolButton):
    promptChosen = Signal(str)
    templateChosen = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        drift_source: Callable[[date | None], list[DriftAlert]] | None = _current_drift,
    ) -> None:
        super().__init__(parent)
        self._drift_source = drift_source
        self._alerts: list[DriftAlert] = []
        self.setText(self.tr("Prompts"))
        self.setToolTip(self.tr("Insert a reflection prompt or an entry template"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.menu_.aboutToShow.connect(self._before_showing)
        self.rebuild()

    def set_drift(self, alerts: list[DriftAlert]) -> None:
        """Put the prompts that fit these drifts first (the menu also asks the journal itself)."""
        self._alerts = list(alerts)
        self.rebuild()

    def rebuild(self) -> None:
        menu = self.menu_
        menu.clear()
        if self._alerts:
            menu.addSection(self.tr("Suggested for the last days"))
            for prompt in suggested_prompts(self._alerts, SUGGESTED):
                self._add_prompt(menu, prompt_text(prompt))
            menu.addSeparator()
        for pillar in Pillar:
            sub = menu.addMenu(self._pillar_label(pillar))
            for prompt in prompts_for(pillar):
                self._add_prompt(sub, prompt_text(prompt))
        menu.addSeparator()
        templates = menu.addMenu(self.tr("Templates"))
        for template in TEMPLATES:
            # Prompts and templates are the domain's strings: its catalogue translates them.
            markdown = template_text(template)
            action = templates.addAction(template_name(template))
            action.setData(markdown)
            action.triggered.connect(lambda _checked=False, text=markdown: self.templateChosen.emit(text))

    def _add_prompt(self, menu: QMenu, text: str) -> None:
        action = menu.addAction(text)
        action.setData(text)
        action.triggered.connect(lambda _checked=False, t=text: self.promptChosen.emit(t))

    def _pillar_label(self, pillar: Pillar) -> str:
        return pillar_name(pillar)

    def _before_showing(self) -> None:
        if self._drift_source is None:
            return
        try:
            alerts = self._drift_source(None)
        except (JournalError, AttributeError):
            return  # no journal open to ask (peewee's unset proxy): keep what we had
        if [a.kind for a in alerts] != [a.kind for a in self._alerts]:
            self.set_drift(alerts)

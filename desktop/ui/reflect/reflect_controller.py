"""Reflection in the window: the drift banner above the journal and the prompt menu in the
toolbar, kept on the journal's current drift; choosing a prompt or template asks the window to
write from it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.ui.app.events import EventHub
from desktop.ui.reflect.drift_banner import DriftBanner
from desktop.ui.reflect.prompt_picker import PromptPicker


class ReflectController(QObject):
    writeRequested = Signal(str)  # a prompt or template to start writing from

    def __init__(self, events: EventHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.drift_banner = DriftBanner()
        self.prompt_picker = PromptPicker()
        self.prompt_picker.setAccessibleName(self.tr("Reflection prompts and templates"))
        for chosen in (
            self.drift_banner.promptChosen,
            self.prompt_picker.promptChosen,
            self.prompt_picker.templateChosen,
        ):
            chosen.connect(self.writeRequested)
        events.entriesChanged.connect(self.refresh)  # a replaced journal announces this too
        self.refresh()

    def refresh(self) -> None:
        """Read the drift of the last days again, for the banner and the suggested prompts."""
        self.drift_banner.refresh()
        self.prompt_picker.set_drift(self.drift_banner.alerts())

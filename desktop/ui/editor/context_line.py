"""The small read-only line under an entry's date: where it was written, the weather, the
journal it came from and its scales, whichever it has (kept from Day One and Daylio imports)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.entry import Entry
from desktop.domain.entry_context import Place


def place_text(place: Place) -> str:
    """The place's words, and its coordinates in the locale's numbers when it has both."""
    words = Place(place.name, place.locality, place.country).label
    if place.latitude is None or place.longitude is None:
        return words or place.label
    locale = QLocale()
    point = f"{locale.toString(place.latitude, 'f', 4)}, {locale.toString(place.longitude, 'f', 4)}"
    return f"{words} ({point})" if words else point


class EntryContextLine(QLabel):
    """Hidden for an entry with none of it, which is nearly every entry written here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryContext")
        self.setAccessibleName(self.tr("Place, weather and source"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self.setVisible(False)

    def show_entry(self, entry: Entry) -> None:
        parts = []
        if entry.place is not None and entry.place.label:
            parts.append(self.tr("Place: %1").replace("%1", place_text(entry.place)))
        if entry.weather is not None and entry.weather.label:
            parts.append(self.tr("Weather: %1").replace("%1", entry.weather.label))
        if entry.source:
            parts.append(self.tr("From the journal “%1”").replace("%1", entry.source))
        if entry.scales:
            levels = ", ".join(f"{name} {level}" for name, level in entry.scales.items())
            parts.append(self.tr("Scales: %1").replace("%1", levels))
        self.setText("   ·   ".join(parts))
        self.setVisible(bool(parts))

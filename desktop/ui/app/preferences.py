"""Preferences of this computer (not of the journal): journal location, week start, appearance,
language."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from desktop.domain import i18n

ORGANISATION = "balance-journal"
APPLICATION = "balance-journal"


class Appearance(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


_DAYS = {
    "monday": Qt.DayOfWeek.Monday,
    "sunday": Qt.DayOfWeek.Sunday,
    "saturday": Qt.DayOfWeek.Saturday,
}


class Preferences:
    """Typed access to QSettings, so every key and default lives in one place."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(ORGANISATION, APPLICATION)

    @property
    def journal_path(self) -> Path | None:
        value = self._settings.value("journal/path", "")
        return Path(str(value)) if value else None

    @journal_path.setter
    def journal_path(self, path: Path | None) -> None:
        self._settings.setValue("journal/path", str(path) if path else "")

    @property
    def week_start(self) -> str:
        value = str(self._settings.value("calendar/week_start", "monday"))
        return value if value in _DAYS else "monday"

    @week_start.setter
    def week_start(self, value: str) -> None:
        self._settings.setValue("calendar/week_start", value if value in _DAYS else "monday")

    @property
    def first_day(self) -> Qt.DayOfWeek:
        return _DAYS[self.week_start]

    @property
    def appearance(self) -> Appearance:
        value = str(self._settings.value("window/appearance", Appearance.SYSTEM.value))
        try:
            return Appearance(value)
        except ValueError:
            return Appearance.SYSTEM

    @appearance.setter
    def appearance(self, value: Appearance) -> None:
        self._settings.setValue("window/appearance", value.value)

    @property
    def language(self) -> str | None:
        """The language chosen in Settings, None to follow the system. It is kept outside
        QSettings, where the command line (which runs without Qt) reads it too."""
        return i18n.saved_choice()

    @language.setter
    def language(self, code: str | None) -> None:
        i18n.save_choice(code)

    def window_state(self) -> tuple[object, object]:
        """The window's geometry and its panes' sizes, as Qt saved them (empty the first time)."""
        return self._settings.value("window/geometry", b""), self._settings.value("window/state", b"")

    def save_window_state(self, geometry: object, state: object) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    def sync(self) -> None:
        self._settings.sync()

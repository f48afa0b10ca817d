"""A real main window on a real journal file, for the window tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.store.journal.opening import Journal, open_journal
from desktop.ui.app.main_window import MainWindow
from desktop.ui.app.preferences import Preferences


@pytest.fixture(autouse=True)
def _english_as_launched(qapp) -> None:  # type: ignore[no-untyped-def]
    """The window's language and number formats as `launch_window` sets them (English by
    default, "5,000" and not the C locale's "5000"), whatever a test before this one chose."""
    from desktop.ui.app.language import apply_language

    apply_language(qapp, "en")


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, preferences: Preferences) -> Iterator[Callable[[Journal], MainWindow]]:  # type: ignore[no-untyped-def]
    made: list[MainWindow] = []

    def make(journal: Journal) -> MainWindow:
        window = MainWindow(journal, preferences)
        window.session.autosave.setInterval(50)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not (window.model.is_loading or window.is_reading_people))
        made.append(window)
        return window

    yield make
    for window in made:
        window.workers.wait()


@pytest.fixture
def window(journal: Journal, make_window) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(journal)


def reopen(path: Path) -> Journal:
    return open_journal(path)

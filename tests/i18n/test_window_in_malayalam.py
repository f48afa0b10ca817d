"""The window and every dialog, opened in Malayalam (and in German), show no English string of ours.

The English strings are read from the translation sources themselves (every `tr()` of the window
and every gettext message), so a string added to the code without a translation, or shown
without going through `tr()`/`_()`, is found here by the text a user would see. A source whose
translation is the very same text ("Format", "Zone" in German) is no sign of a missing one.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from desktop.domain import i18n
from desktop.store.journal.opening import open_journal
from desktop.ui.app.main_window import MainWindow
from desktop.ui.app.preferences import Preferences
from desktop.ui.app.settings_dialog import SettingsDialog
from desktop.ui.safety.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from desktop.ui.safety.restore_dialog import RestoreDialog
from desktop.ui.transfer.export_dialog import ExportDialog
from desktop.ui.transfer.import_dialog import ImportDialog
from desktop.ui.transfer.report_dialog import ReportDialog

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"
# Words that are the same in Malayalam writing: names of formats and products.
SAME_EVERYWHERE = {
    "Balance Journal CSV",
    "Balance Journal JSON",
    "Daylio CSV",
    "–",
    "Balance Journal — {month}",
}


def _sources_and_translations(lang: str) -> Iterator[tuple[str, str]]:
    for message in ET.parse(SOURCES / f"balance_journal_{lang}.ts").getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else [f.text or "" for f in translation.iter("numerusform")]
        text = "" if translation is None else (translation.text or "")
        yield message.findtext("source") or "", forms[0] if forms else text
    with (SOURCES / f"{lang}.po").open("rb") as handle:
        for m in read_po(handle, locale=lang):
            if m.id:
                yield str(m.id), str(m.string)


def english_strings(lang: str = "ml") -> set[str]:
    found = {source for source, translated in _sources_and_translations(lang) if translated != source}
    return {s for s in found if re.search(r"[A-Za-z]{3}", s)} - SAME_EVERYWHERE


def shown_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
        menu = action.menu()
        if menu is not None:
            texts += [a.text() for a in menu.actions()]
    return [t for t in texts if t]


def untranslated(root: QWidget, english: set[str]) -> list[str]:
    return sorted({t for t in shown_texts(root) if t in english})


# A text the walk must see in each language, so that finding no English means something.
SEEN = {"ml": "ഡയറി (&J)", "de": "&Tagebuch"}


@pytest.fixture(params=["ml", "de"])
def translated_window(request, speak, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The main window in Malayalam, and again in German (the param)."""
    from PySide6.QtCore import QSettings

    assert speak(request.param) == request.param
    journal = open_journal(tmp_path / "journal.db")
    preferences = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(journal, preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.model.is_loading)
    yield window
    window.workers.wait()
    journal.close()


def test_the_main_window_shows_no_english_of_ours(translated_window: MainWindow) -> None:
    lang = i18n.current_language()
    english = english_strings(lang)
    assert untranslated(translated_window, english) == []
    # the walk did see translated text, so an empty result means something
    assert SEEN[lang] in shown_texts(translated_window)


def test_every_dialog_shows_no_english_of_ours(translated_window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    english = english_strings(i18n.current_language())
    path = translated_window.journal.path
    dialogs = [
        SettingsDialog(translated_window.preferences, path, translated_window),
        ExportDialog(path, translated_window),
        ImportDialog(path, translated_window),
        ReportDialog(translated_window, journal_path=path),
        RestoreDialog(path, None, translated_window),
        PassphraseDialog(path, True, translated_window),
        NewPassphraseDialog(translated_window, True),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert untranslated(dialog, english) == [], type(dialog).__name__


def test_qt_standard_buttons_speak_malayalam_from_our_catalogue(speak, qtbot) -> None:  # type: ignore[no-untyped-def]
    speak("ml")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = sorted(b.text() for b in box.buttons())
    assert texts == sorted(["ശരി", "റദ്ദാക്കുക"])


def test_german_takes_qts_own_catalogue_for_its_buttons(speak, qtbot) -> None:  # type: ignore[no-untyped-def]
    speak("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Discard)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Abbrechen", "Verwerfen"]

"""The window's language: our .qm catalogue, Qt's own strings, QLocale, and the domain's gettext.

One call, `apply_language(app, code)`, makes the whole app speak `code`: the window's `tr()`
strings from desktop/translations/balance_journal_XX.qm; Qt's standard buttons, dialogs and
context menus from Qt's own qtbase_XX.qm when Qt ships one (German), else from ours (Qt ships
no Malayalam catalogue, so qtbase_ml.qm is ours); dates, weekdays and numbers through the
default QLocale; and the strings below the window through desktop.domain.i18n.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMainWindow

from desktop.domain import i18n

# Kept alive as long as they are installed: Qt holds them by pointer only.
_installed: list[QTranslator] = []


def _load(name: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, folder) else None


def apply_language(app: QCoreApplication, code: str) -> str:
    """Install the translators for `code` (replacing earlier ones); returns the language used
    (English when `code` is not one the app ships)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.use_language(code)
    code = i18n.current_language()
    # The system's locale keeps its region (de_AT, en_GB) when it speaks the chosen language.
    system = QLocale.system()
    same = system.name().split("_")[0] == code
    QLocale.setDefault(system if same else QLocale(code))
    if code == i18n.SOURCE_LANGUAGE:
        return code
    ours = str(i18n.CATALOGUES)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = _load(f"qtbase_{code}", qt_folder) or _load(f"qtbase_{code}", ours)
    for loaded in (qt_own, _load(f"balance_journal_{code}", ours)):
        if loaded is not None:
            app.installTranslator(loaded)
            _installed.append(loaded)
    return code


def missing_font_note(code: str) -> str | None:
    """The note to show when `code`'s script has no font installed: Qt and the charts would both
    draw its letters as boxes. Asked of Qt's font database, so the window need not load
    matplotlib to know."""
    font = i18n.SCRIPT_FONTS.get(code)
    if font is None or font in QFontDatabase.families():
        return None
    return i18n.missing_font_text(font)


def note_missing_font(window: QMainWindow) -> None:
    """Say once, in the status bar, what to install when the language's font is missing."""
    note = missing_font_note(i18n.current_language())
    if note:
        window.statusBar().showMessage(note)

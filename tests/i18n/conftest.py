"""The app switched to a language for one test, and back to English after it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain import i18n
from desktop.ui.app.language import apply_language


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Call with a language code: the window's translators, QLocale and gettext follow it."""

    def use(code: str) -> str:
        return apply_language(qapp, code)

    yield use
    apply_language(qapp, i18n.SOURCE_LANGUAGE)

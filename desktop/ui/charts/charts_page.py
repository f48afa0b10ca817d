"""Views that live beside the journal page: the Charts tab, the drift banner and the prompts.

Charts bring in matplotlib, so the Charts view is built the first time its tab is opened; the
window starts without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.domain.filters import EntryFilter
from desktop.ui.reflect.drift_banner import DriftBanner
from desktop.ui.reflect.prompt_picker import PromptPicker

if TYPE_CHECKING:
    from desktop.ui.app.main_window import MainWindow
    from desktop.ui.charts.charts_view import ChartsView


class ChartsPage(QWidget):
    """Holds the Charts view, made on first show, and keeps it on the window's filter."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.view: ChartsView | None = None
        self.setAccessibleName(self.tr("Charts"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        window.filterChanged.connect(self._filter_changed)
        window.entriesChanged.connect(self._entries_changed)

    def ensure_view(self) -> ChartsView:
        if self.view is None:
            from desktop.ui.charts.charts_view import ChartsView

            self.view = ChartsView(self)
            self.view.journal_path = self.window_.journal.path
            self.view.exported.connect(
                lambda path: self.window_.statusBar().showMessage(
                    self.tr("Chart saved to {0}").format(path), 8000
                )
            )
            self._layout.addWidget(self.view)
            self.view.set_filter(self.window_.current_filter())
        return self.view

    def _filter_changed(self, flt: EntryFilter) -> None:
        if self.view is not None:
            self.view.set_filter(flt)

    def _entries_changed(self) -> None:
        if self.view is not None and self.isVisible():
            self.view.reload()


def install_views(window: MainWindow) -> None:
    """Add the Charts tab, the drift banner and the prompt menu to a main window."""
    charts = ChartsPage(window)
    charts_index = window.add_page(charts, window.tr("Charts"))
    window.charts_page = charts

    def tab_changed(index: int) -> None:
        if index == charts_index:
            view = charts.ensure_view()
            view.reload()

    window.pages.currentChanged.connect(tab_changed)

    banner = DriftBanner()
    window.add_banner(banner)
    window.drift_banner = banner
    picker = PromptPicker()
    picker.setAccessibleName(window.tr("Reflection prompts and templates"))
    window.actions_.toolbar.addSeparator()
    window.actions_.toolbar.addWidget(picker)
    window.prompt_picker = picker

    def refresh_drift() -> None:
        banner.refresh()
        picker.set_drift(banner.alerts())

    banner.promptChosen.connect(lambda text: write_from(window, text))
    picker.promptChosen.connect(lambda text: write_from(window, text))
    picker.templateChosen.connect(lambda text: write_from(window, text))
    window.entriesChanged.connect(refresh_drift)
    refresh_drift()


def write_from(window: MainWindow, text: str) -> None:
    """Put a prompt or template into the editor: into the new entry being written, else a new one."""
    window.pages.setCurrentIndex(0)
    editor = window.editor
    if not (editor.has_entry() and editor.is_new):
        window.new_entry()
        if not editor.is_new:
            return  # the open entry could not be saved (the message is shown): leave it be
    written = editor.is_dirty  # had the user written anything yet?
    body = editor.body
    cursor = body.textCursor()
    if body.toPlainText() and not body.toPlainText().endswith("\n"):
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText("\n\n")
    cursor.insertText(text.rstrip() + "\n\n")
    body.setTextCursor(cursor)
    body.setFocus()
    if not written:
        # A prompt alone is not writing: leaving it untouched saves no entry of its own.
        editor.mark_clean()
        editor.set_status(window.tr("New entry"))

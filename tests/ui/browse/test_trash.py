"""Delete to the Trash, undo, restore and empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.filters import EntryFilter, TrashState
from desktop.store.entries.entry_table import count_entries, save_entries
from tests.factories import make_entry
from tests.ui.helpers import shown_titles, wait_for_list, wait_for_long_task


def _three(journal, make_window):  # type: ignore[no-untyped-def]
    save_entries(
        [make_entry(title=t, date=date(2026, 5, d)) for d, t in ((1, "Old"), (2, "Middle"), (3, "New"))]
    )
    return make_window(journal)


def test_delete_key_moves_the_entry_to_the_trash_and_ctrl_z_brings_it_back(qtbot, journal, make_window):
    window = _three(journal, make_window)
    window.activateWindow()
    window.list_view.setFocus()
    window.list_view.setCurrentIndex(window.model.index(1, 0))
    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    wait_for_list(qtbot, window)
    assert shown_titles(window) == ["New", "Old"]
    assert count_entries(EntryFilter(trash=TrashState.TRASHED)) == 1
    assert window.editor.title.text() == "Old"  # the next entry opens
    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_list(qtbot, window)
    assert shown_titles(window) == ["New", "Middle", "Old"]
    assert window.editor.title.text() == "Middle"


def test_delete_in_the_title_field_edits_text_instead(qtbot, journal, make_window):
    window = _three(journal, make_window)
    window.activateWindow()
    window.editor.title.setFocus()
    window.editor.title.setCursorPosition(0)
    qtbot.keyClick(window.editor.title, Qt.Key.Key_Delete)
    assert window.editor.title.text() == "ew"
    assert count_entries() == 3


def test_the_trash_view_restores_and_empties(qtbot, journal, make_window, monkeypatch):
    window = _three(journal, make_window)
    for _ in range(2):
        window.list_view.setCurrentIndex(window.model.index(0, 0))
        window.menu.delete.trigger()
        wait_for_list(qtbot, window)
    assert shown_titles(window) == ["Old"]

    window.menu.show_trash.setChecked(True)
    wait_for_list(qtbot, window)
    assert shown_titles(window) == ["New", "Middle"]
    assert window.count_label.text() == "2 entries in the Trash"
    window.list_view.setCurrentIndex(window.model.index(0, 0))
    assert window.editor.body.isReadOnly() and not window.editor.title.isEnabled()
    assert not window.menu.save.isEnabled() and not window.menu.delete.isEnabled()
    window.menu.restore.trigger()
    wait_for_list(qtbot, window)
    assert shown_titles(window) == ["Middle"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.menu.empty_trash.trigger()
    wait_for_long_task(qtbot, window)
    wait_for_list(qtbot, window)
    assert shown_titles(window) == []
    assert window.empty_label.text() == "The Trash is empty."
    assert window.statusBar().currentMessage() == "1 entry deleted for good."
    window.menu.show_trash.setChecked(False)
    wait_for_list(qtbot, window)
    assert window.menu.save.isEnabled()
    assert shown_titles(window) == ["New", "Old"]
    QApplication.processEvents()


def test_restoring_the_last_entry_in_the_trash_leaves_nothing_to_restore(qtbot, journal, make_window):
    window = _three(journal, make_window)
    window.list_view.setCurrentIndex(window.model.index(0, 0))
    window.menu.delete.trigger()
    wait_for_list(qtbot, window)
    window.menu.show_trash.setChecked(True)
    wait_for_list(qtbot, window)
    window.list_view.setCurrentIndex(window.model.index(0, 0))
    window.menu.restore.trigger()
    wait_for_list(qtbot, window)
    assert shown_titles(window) == []
    assert not window.menu.restore.isEnabled()
    assert window.editor.status.text() == ""  # no "In the Trash" over an empty form

"""Every control can be reached with Tab and has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from desktop.store.entries.entry_table import save_entry
from tests.factories import make_entry


def _name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def test_every_focusable_control_has_a_name(journal, make_window):
    save_entry(make_entry(title="Named", themes=["trust"], people=["Ana"]))
    window = make_window(journal)
    window.filter_panel.toggle.setChecked(True)
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.parent() and isinstance(widget.parent(), QComboBox | QLineEdit):
            continue  # inner parts of a named control
        if widget.objectName().startswith("qt_") or type(widget).__name__ in ("QScrollBar", "QTabBar"):
            continue
        if not _name_of(widget):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_tab_walks_from_the_search_into_the_editor(qtbot, journal, make_window):
    save_entry(make_entry(title="Walk me"))
    window = make_window(journal)
    window.activateWindow()
    window.filter_panel.search.setFocus()
    seen = []
    for _ in range(40):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    assert window.list_view in seen
    assert window.editor.title in seen
    assert window.editor.body in seen
    assert window.editor.ratings.independence in seen


def test_one_tab_leaves_the_date_and_time_field(qtbot, window):
    window.menu.new.trigger()
    window.activateWindow()
    window.editor.when.setFocus()
    qtbot.waitUntil(window.editor.when.hasFocus)
    qtbot.keyClick(window.editor.when, Qt.Key.Key_Tab)
    assert not window.editor.when.hasFocus()  # not five stops inside it first


def test_the_row_that_opens_from_the_keyboard_shows_as_chosen(qtbot, journal, make_window):
    from desktop.store.entries.entry_table import save_entries

    save_entries([make_entry(title=f"Entry {n}") for n in range(3)])
    window = make_window(journal)
    window.menu.new.trigger()  # nothing chosen in the list now
    assert not window.list_view.selectionModel().hasSelection()
    window.list_view.setCurrentIndex(window.model.index(0, 0))  # what focus does on Tab
    window.list_view.selectionModel().setCurrentIndex(
        window.model.index(1, 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    qtbot.waitUntil(lambda: window.editor.title.text() == window.model.summary(1).title)
    assert window.list_view.selectionModel().isSelected(window.model.index(1, 0))

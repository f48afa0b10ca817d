"""The people written about reach the editor and the filter from a background read: most written
about first, again after a save names someone new, and without the window waiting for them."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from desktop.store.entries.entry_table import save_entries, trash_entry
from desktop.store.entries.person_table import all_people
from desktop.store.journal.errors import JournalDamaged
from desktop.ui.app.main_window import MainWindow
from tests.factories import make_entry


def _people_in_filter(window: MainWindow) -> list[str]:
    combo = window.filter_panel.person
    return [combo.itemData(i) for i in range(1, combo.count())]  # after "Anyone"


def test_people_arrive_most_written_about_first_and_the_editor_suggests_them(qtbot, journal, make_window):
    trashed = make_entry(people=["Cy"])
    save_entries(
        [
            make_entry(people=["Bo"]),
            make_entry(people=["Ana", "Bo"]),
            make_entry(people=["Cy"]),
            trashed,
            make_entry(people=["Cy"]),
        ]
    )
    trash_entry(trashed.uuid)
    window = make_window(journal)
    qtbot.waitUntil(lambda: not window.is_reading_people)
    assert _people_in_filter(window) == ["Bo", "Cy", "Ana"]

    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.people.line, "An")
    popup = window.editor.people._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.editor.people.values() == ["Ana"]


def test_a_save_naming_someone_new_adds_them_to_the_filter(qtbot, window):
    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.title, "A walk")
    qtbot.keyClicks(window.editor.people.line, "Dee")
    window.save_entry()
    qtbot.waitUntil(lambda: "Dee" in _people_in_filter(window))
    assert not window.is_reading_people


def test_the_list_fills_while_the_people_are_still_being_read(qtbot, journal, preferences, monkeypatch):
    save_entries([make_entry(title="Dinner", people=["Ana"])])
    release = threading.Event()

    def slow_people():  # type: ignore[no-untyped-def]
        release.wait(10)
        return all_people()

    monkeypatch.setattr("desktop.ui.app.main_window.all_people", slow_people)
    window = MainWindow(journal, preferences)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 1)
        assert window.is_reading_people and _people_in_filter(window) == []
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.is_reading_people)
    assert _people_in_filter(window) == ["Ana"]
    window.workers.wait()


def test_people_that_cannot_be_read_are_reported_and_the_lists_kept(qtbot, journal, make_window, monkeypatch):
    save_entries([make_entry(people=["Ana"])])
    window = make_window(journal)
    qtbot.waitUntil(lambda: not window.is_reading_people)
    monkeypatch.setattr("desktop.ui.app.main_window.show_error_box", lambda *_args: None)

    def damaged():  # type: ignore[no-untyped-def]
        raise JournalDamaged("the journal is damaged")

    monkeypatch.setattr("desktop.ui.app.main_window.all_people", damaged)
    window.refresh_reference()
    qtbot.waitUntil(lambda: not window.is_reading_people)
    assert window.last_error == "the journal is damaged"
    assert _people_in_filter(window) == ["Ana"]

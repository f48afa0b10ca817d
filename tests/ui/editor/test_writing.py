"""Writing in the window: new entries, editing, saving, and never losing the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop.domain.balance import Zone
from desktop.store.entries.drafts import list_drafts
from desktop.store.entries.entry_table import get_entry, list_entries, save_entry
from desktop.store.journal.opening import open_journal
from tests.factories import make_entry
from tests.ui.helpers import shown_titles, type_text, wait_for_list


def test_a_new_entry_is_typed_saved_and_listed(qtbot, window):
    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.title, "Evening with Sam")
    qtbot.keyClicks(window.editor.body, "We cooked and talked about **the trip**.")
    qtbot.keyClicks(window.editor.themes.line, "Trust")
    qtbot.keyClick(window.editor.themes.line, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor.themes.line, "Morning runs")  # not in the catalogue: a custom theme
    qtbot.keyClick(window.editor.themes.line, Qt.Key.Key_Return)
    assert [c.accessibleName() for c in window.editor.themes._chips.values()] == ["Trust", "Morning runs"]
    qtbot.keyClicks(window.editor.people.line, "Sam")
    qtbot.keyClick(window.editor.people.line, Qt.Key.Key_Return)
    window.editor.ratings.independence.setValue(7)
    window.editor.ratings.interdependence.setValue(8)
    window.editor.star.click()
    window.menu.save.trigger()
    wait_for_list(qtbot, window)

    (saved,) = list_entries()
    assert saved.title == "Evening with Sam"
    assert saved.body == "We cooked and talked about **the trip**."
    assert saved.themes == ["trust", "morning-runs"]
    assert saved.people == ["Sam"]
    assert (saved.independence, saved.interdependence, saved.starred) == (7, 8, True)
    assert shown_titles(window) == ["Evening with Sam"]
    assert window.editor.status.text() == "Saved"


def test_the_ratings_show_balance_and_zone_as_they_change(window):
    window.menu.new.trigger()
    ratings = window.editor.ratings
    assert "Rate both" in ratings.balance.text()
    ratings.independence.setValue(2)
    ratings.interdependence.setValue(9)
    assert ratings.balance.text() == "Balance +7"
    assert ratings.zone.text() == "Codependency risk"
    ratings.independence.setValue(8)
    assert ratings.zone.text() == "Interdependent"
    assert Zone.INTERDEPENDENT  # the label comes from the same zones the store uses


def test_shortcuts_are_the_ones_promised(window):
    a = window.menu
    assert a.new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert a.save.shortcut() == QKeySequence("Ctrl+S")
    assert a.search.shortcut() == QKeySequence("Ctrl+F")
    assert a.delete.shortcut() == QKeySequence("Del")
    assert a.undo_delete.shortcut() == QKeySequence("Ctrl+Z")
    assert not a.settings.shortcut().isEmpty() and not a.quit.shortcut().isEmpty()


def test_ctrl_n_and_ctrl_s_from_the_keyboard(qtbot, window):
    window.activateWindow()
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.is_new
    qtbot.keyClicks(window.editor.title, "Typed only with keys")
    qtbot.keyClick(window.editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_list(qtbot, window)
    assert [e.title for e in list_entries()] == ["Typed only with keys"]


def test_editing_then_moving_to_another_entry_saves_the_edit(qtbot, journal, make_window):
    first = make_entry(title="First", body="one")
    second = make_entry(title="Second", body="two", time=first.time.replace(hour=22))
    save_entry(first)
    save_entry(second)
    window = make_window(journal)
    assert window.editor.entry_uuid == second.uuid  # the newest opens by itself
    window.editor.body.selectAll()
    qtbot.keyClicks(window.editor.body, "two, rewritten")
    window.list_view.setCurrentIndex(window.model.index(1, 0))
    qtbot.waitUntil(lambda: window.editor.entry_uuid == first.uuid)  # once the edit is saved
    assert window.entry_list.selected_uuid() == first.uuid
    assert get_entry(second.uuid).body == "two, rewritten"


def test_unsaved_text_is_kept_on_close_and_offered_back(qtbot, journal, journal_path, make_window):
    window = make_window(journal)
    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.title, "Not saved yet")
    qtbot.keyClicks(window.editor.body, "Half a thought")
    window.close()
    journal.close()

    reopened = open_journal(journal_path)
    try:
        window = make_window(reopened)
        assert window.editor.title.text() == "Not saved yet"
        assert window.editor.body.toPlainText() == "Half a thought"
        assert window.editor.is_dirty and window.editor.is_new
        assert window.recovery_bar.isVisible()
        window.recovery_bar.save.click()
        wait_for_list(qtbot, window)
        assert [e.title for e in list_entries()] == ["Not saved yet"]
        assert list_drafts() == []
        assert not window.recovery_bar.isVisible()
    finally:
        reopened.close()


def test_a_draft_is_kept_a_moment_after_typing_stops(qtbot, window):
    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.body, "The power could go out any second")
    qtbot.waitUntil(lambda: len(list_drafts()) == 1, timeout=3000)
    assert list_drafts()[0].entry.body == "The power could go out any second"
    assert list_entries() == []  # a draft, not an entry, until the user saves


def test_a_recovered_draft_can_be_discarded(qtbot, journal, journal_path, make_window, monkeypatch):
    stored = make_entry(title="Stored title", body="kept")
    save_entry(stored)
    window = make_window(journal)
    window.editor.title.setText("")
    qtbot.keyClicks(window.editor.title, "Edited but not saved")
    window.close()
    journal.close()
    reopened = open_journal(journal_path)
    try:
        window = make_window(reopened)
        assert window.editor.title.text() == "Edited but not saved"
        answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
        monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
        window.recovery_bar.discard.click()  # asked first; Cancel keeps the text
        assert window.editor.title.text() == "Edited but not saved"
        window.recovery_bar.discard.click()
        assert window.editor.title.text() == "Stored title"
        assert list_drafts() == []
        assert get_entry(stored.uuid).title == "Stored title"
    finally:
        reopened.close()


def test_markdown_preview_renders_the_body(qtbot, window):
    window.menu.new.trigger()
    type_text(qtbot, window.editor.body, "# Heading\n\n- one\n- **two**")
    window.editor.body_tabs.setCurrentWidget(window.editor.preview)
    html = window.editor.preview.toHtml()
    assert "Heading" in html and "font-weight" in html
    assert "**" not in window.editor.preview.toPlainText()


def test_a_new_entry_opens_for_writing_even_after_preview(qtbot, window):
    window.menu.new.trigger()
    window.editor.body_tabs.setCurrentWidget(window.editor.preview)
    window.menu.new.trigger()
    assert window.editor.body_tabs.currentWidget() is window.editor.body


def test_enter_on_a_suggestion_takes_it_and_escape_keeps_the_typed_text(qtbot, window):
    window.menu.new.trigger()
    themes = window.editor.themes
    qtbot.keyClicks(themes.line, "tru")
    popup = themes._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # where the key goes while suggestions are shown
    assert themes.values() == ["trust"]
    qtbot.waitUntil(lambda: themes.line.text() == "")
    qtbot.keyClicks(themes.line, "interests")  # suggests "Own interests"
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(themes.line, Qt.Key.Key_Return)
    assert themes.values() == ["trust", "interests"]


def test_a_failed_save_keeps_the_text_and_says_why(qtbot, window, monkeypatch):
    from desktop.store.journal.errors import DiskFull
    from desktop.ui.editor import edit_session

    def full(_entry, **_options):  # type: ignore[no-untyped-def]
        raise DiskFull("the disk is full; nothing was saved")

    monkeypatch.setattr(edit_session, "save_entry", full)
    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.title, "Precious words")
    window.menu.save.trigger()
    assert window.last_error == "the disk is full; nothing was saved"
    assert window.editor.title.text() == "Precious words" and window.editor.is_dirty
    assert [d.entry.title for d in list_drafts()] == ["Precious words"]  # kept as a draft instead
    assert list_entries() == []


def test_enter_on_a_list_row_moves_to_the_text(qtbot, journal, make_window):
    save_entry(make_entry(title="Only one"))
    window = make_window(journal)
    window.activateWindow()
    window.list_view.setFocus()
    window.list_view.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.list_view, Qt.Key.Key_Return)
    assert window.focusWidget() is window.editor.body


def test_enter_on_a_name_typed_in_full_takes_that_name_not_the_first_suggestion(qtbot, window):
    from desktop.ui.editor.chips import ChipOption

    window.menu.new.trigger()
    people = window.editor.people
    people.set_options([ChipOption("Diana", "Diana"), ChipOption("Ana", "Ana")])  # most written first
    qtbot.keyClicks(people.line, "Ana")
    popup = people._completer.popup()
    qtbot.waitUntil(popup.isVisible)  # both match "Ana"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert people.values() == ["Ana"]


def test_a_name_typed_without_enter_is_saved_not_dropped(qtbot, window):
    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.title, "Left typed")
    qtbot.keyClicks(window.editor.people.line, "Alex")  # no Enter
    qtbot.keyClicks(window.editor.themes.line, "Trust")  # no Enter either
    window.menu.save.trigger()
    wait_for_list(qtbot, window)
    (saved,) = list_entries()
    assert saved.people == ["Alex"] and saved.themes == ["trust"]


def test_text_left_in_a_chip_field_does_not_follow_to_the_next_entry(qtbot, journal, make_window):
    save_entry(make_entry(title="Other"))
    window = make_window(journal)
    window.menu.new.trigger()
    window.editor.people.line.setText("half a na")
    window.open_entry(list_entries()[0].uuid)
    assert window.editor.people.line.text() == ""


def test_clicking_a_row_while_a_new_entry_is_unsaved_opens_and_highlights_that_row(
    qtbot, journal, make_window
):
    from datetime import date

    save_entry(make_entry(title="Older", date=date(2026, 1, 1)))
    save_entry(make_entry(title="Cooking together", date=date(2026, 1, 2)))
    window = make_window(journal)
    window.resize(1000, 700)
    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.title, "Brand new")
    row = shown_titles(window).index("Older")
    rect = window.list_view.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.editor.title.text() == "Older")
    highlighted = window.model.summary(window.list_view.currentIndex().row())
    assert highlighted is not None and highlighted.title == "Older"  # the new entry moved the rows
    assert sorted(shown_titles(window)) == ["Brand new", "Cooking together", "Older"]


def test_the_browse_menu_ticks_chosen_themes_and_unticking_removes_one(qtbot, window):
    window.menu.new.trigger()
    editor = window.editor
    editor.themes.add_value("trust")
    editor.theme_menu.aboutToShow.emit()
    ticked = {a.data() for a in editor.theme_menu.actions() if a.isCheckable() and a.isChecked()}
    assert ticked == {"trust"}
    trust = next(a for a in editor.theme_menu.actions() if a.data() == "trust")
    trust.trigger()  # unticks it
    assert editor.themes.values() == []
    teamwork = next(a for a in editor.theme_menu.actions() if a.data() == "teamwork")
    teamwork.trigger()
    assert editor.themes.values() == ["teamwork"]


def test_a_theme_typed_in_any_script_keeps_its_words_as_its_name(qtbot, window):
    from desktop.store.entries.theme_table import all_themes

    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.title, "Family dinner")
    window.editor.themes.line.insert("семья")  # as an input method would (QTest types ASCII only)
    qtbot.keyClick(window.editor.themes.line, Qt.Key.Key_Return)
    assert [c.accessibleName() for c in window.editor.themes._chips.values()] == ["семья"]
    window.menu.save.trigger()
    wait_for_list(qtbot, window)
    (saved,) = list_entries()
    names = {t.slug: t.name for t in all_themes()}
    assert [names[slug] for slug in saved.themes] == ["семья"]


def test_saving_closes_the_suggestions_of_a_half_typed_theme(qtbot, window):
    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.title, "Suggestions")
    themes = window.editor.themes
    qtbot.keyClicks(themes.line, "Conn")
    popup = themes._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    window.menu.save.trigger()
    assert not popup.isVisible()  # nothing left covering People and Ratings
    assert themes.line.text() == ""


def _typing_a_theme(qtbot, window, text: str):  # type: ignore[no-untyped-def]
    """A new entry with `text` typed into its theme field, which has the focus."""
    window.menu.new.trigger()
    window.activateWindow()
    themes = window.editor.themes
    themes.line.setFocus()
    qtbot.keyClicks(themes.line, text)
    return themes


def test_a_suggestion_clicked_with_the_mouse_is_the_one_added(qtbot, window):
    themes = _typing_a_theme(qtbot, window, "tru")
    popup = themes._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    rect = popup.visualRect(popup.model().index(0, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: themes.line.text() == "")
    assert themes.values() == ["trust"]


def test_tab_out_of_a_theme_with_suggestions_open_keeps_what_was_typed(qtbot, window):
    themes = _typing_a_theme(qtbot, window, "famil")
    qtbot.keyClick(themes.line, Qt.Key.Key_Tab)
    assert themes.values() == ["famil"] and themes.line.text() == ""
    assert not themes._completer.popup().isVisible()


def test_a_person_typed_into_a_saved_entry_is_kept_when_another_row_is_chosen(qtbot, journal, make_window):
    first = make_entry(title="First")
    second = make_entry(title="Second", time=first.time.replace(hour=22))
    save_entry(first)
    save_entry(second)
    window = make_window(journal)
    assert window.editor.entry_uuid == second.uuid
    window.editor.people.line.insert("Robin")  # typed, no Enter, nothing else changed
    window.list_view.setCurrentIndex(window.model.index(1, 0))
    qtbot.waitUntil(lambda: window.editor.entry_uuid == first.uuid)
    assert get_entry(second.uuid).people == ["Robin"]

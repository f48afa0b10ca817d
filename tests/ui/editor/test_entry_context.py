"""Place, weather and source journal in the editor: shown under the date line, kept on saving."""

from __future__ import annotations

from desktop.domain.entry_context import Place, Weather
from desktop.store.entries.entry_table import get_entry, save_entry
from tests.factories import make_entry
from tests.ui.helpers import wait_for_list

TAVERN = Place("Uncle's Tavern", "Alice Springs, NT", "Australia", -23.7006893157959, 133.8813018798828)


def test_place_weather_and_source_are_shown_and_kept_when_the_entry_is_edited(qtbot, journal, make_window):
    imported = make_entry(
        title="Luckily for Alice",
        place=TAVERN,
        weather=Weather("Partly Cloudy", 34),
        source="Travel",
        scales={"Sleep": 4},
    )
    save_entry(imported)
    window = make_window(journal)
    editor = window.editor
    assert editor.entry_uuid == imported.uuid
    assert editor.context.isVisible()
    shown = editor.context.text()
    assert "Uncle's Tavern, Alice Springs, NT, Australia (-23.7007, 133.8813)" in shown
    assert "Partly Cloudy, 34 °C" in shown and "“Travel”" in shown and "Sleep 4" in shown

    editor.title.setText("")
    qtbot.keyClicks(editor.title, "Luckily for Alice, edited")
    window.menu.save.trigger()
    wait_for_list(qtbot, window)
    saved = get_entry(imported.uuid)
    assert saved.title == "Luckily for Alice, edited"
    assert (saved.place, saved.weather, saved.source, saved.scales) == (
        TAVERN,
        Weather("Partly Cloudy", 34),
        "Travel",
        {"Sleep": 4},
    )


def test_an_entry_of_this_app_shows_no_context_line(qtbot, window):
    window.menu.new.trigger()
    assert not window.editor.context.isVisible()
    assert window.editor.context.text() == ""

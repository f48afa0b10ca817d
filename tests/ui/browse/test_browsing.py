"""Finding entries again: search as you type, every filter, the calendar and on this day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.domain.balance import Zone
from desktop.domain.theme_catalogue import Pillar
from desktop.store.entries.entry_table import save_entries
from tests.factories import make_entry
from tests.ui.helpers import shown_titles, wait_for_list


@pytest.fixture
def filled(journal, make_window):  # type: ignore[no-untyped-def]
    save_entries(
        [
            make_entry(
                title="Climbing alone",
                date=date(2026, 1, 10),
                themes=["own-interests"],
                independence=8,
                interdependence=4,
            ),
            make_entry(
                title="Dinner with Ana",
                date=date(2026, 2, 10),
                themes=["quality-time"],
                people=["Ana"],
                independence=7,
                interdependence=7,
                starred=True,
            ),
            make_entry(
                title="Waiting for her call",
                date=date(2026, 3, 10),
                themes=["codependency"],
                people=["Ana"],
                independence=2,
                interdependence=9,
            ),
            make_entry(title="Team lunch", date=date(2026, 4, 10), themes=["teamwork"], people=["Bo"]),
        ]
    )
    return make_window(journal)


def test_the_list_shows_every_entry_newest_first(filled):
    assert shown_titles(filled) == ["Team lunch", "Waiting for her call", "Dinner with Ana", "Climbing alone"]
    assert filled.count_label.text() == "4 entries"


def test_typing_a_search_narrows_the_list(qtbot, filled):
    qtbot.keyClicks(filled.filter_panel.search, "din")
    wait_for_list(qtbot, filled)
    assert shown_titles(filled) == ["Dinner with Ana"]
    filled.filter_panel.search.clear()
    wait_for_list(qtbot, filled)
    assert len(shown_titles(filled)) == 4


def test_a_search_that_finds_nothing_says_so(qtbot, filled):
    qtbot.keyClicks(filled.filter_panel.search, "zebra")
    wait_for_list(qtbot, filled)
    assert shown_titles(filled) == []
    assert "No entries match" in filled.empty_label.text()


def _choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


@pytest.mark.parametrize(
    ("widget", "value", "expected"),
    [
        ("theme", "quality-time", ["Dinner with Ana"]),
        ("pillar", Pillar.WARNING, ["Waiting for her call"]),
        ("person", "Ana", ["Waiting for her call", "Dinner with Ana"]),
        ("zone", Zone.CODEPENDENCY_RISK, ["Waiting for her call"]),
        ("zone", Zone.LEANING_ON_SELF, ["Climbing alone"]),
    ],
)
def test_each_filter_narrows_the_list(qtbot, filled, widget, value, expected):
    _choose(getattr(filled.filter_panel, widget), value)
    wait_for_list(qtbot, filled)
    assert shown_titles(filled) == expected
    assert filled.filter_panel.toggle.text() == "Filters (1)"


def test_starred_and_date_range_filters(qtbot, filled):
    filled.filter_panel.starred.setChecked(True)
    wait_for_list(qtbot, filled)
    assert shown_titles(filled) == ["Dinner with Ana"]
    filled.filter_panel.clear_filters()
    filled.filter_panel.date_from.set_value(date(2026, 2, 1))
    filled.filter_panel.date_to.set_value(date(2026, 3, 31))
    wait_for_list(qtbot, filled)
    assert shown_titles(filled) == ["Waiting for her call", "Dinner with Ana"]


def test_filters_are_announced_to_other_views(qtbot, filled):
    with qtbot.waitSignal(filled.events.filterChanged) as signal:
        _choose(filled.filter_panel.person, "Bo")
    assert signal.args[0].people == ("Bo",)
    assert filled.current_filter().people == ("Bo",)


def test_the_calendar_colours_days_by_zone_and_a_click_shows_that_day(qtbot, filled):
    calendar = filled.sidebar.calendar
    calendar.setCurrentPage(2026, 3)
    assert calendar.zones[date(2026, 3, 10)] is Zone.CODEPENDENCY_RISK
    filled.sidebar.daySelected.emit(date(2026, 3, 10))
    wait_for_list(qtbot, filled)
    assert shown_titles(filled) == ["Waiting for her call"]
    calendar.setCurrentPage(2026, 4)
    assert calendar.zones == {date(2026, 4, 10): None}  # written, but not rated
    calendar.setSelectedDate(QDate(2026, 3, 10))  # as the click left it
    filled.filter_panel.clear_filters()
    wait_for_list(qtbot, filled)
    assert calendar.selectedDate() == QDate.currentDate()  # the old day is not marked any more


def test_on_this_day_lists_earlier_years_and_opens_them(journal, make_window):
    today = date.today()
    last_year = (
        today.replace(year=today.year - 1)
        if (today.month, today.day) != (2, 29)
        else today - timedelta(days=366)
    )
    old = make_entry(title="A year ago today", date=last_year)
    save_entries([old, make_entry(title="Today", date=today)])
    window = make_window(journal)
    items = window.sidebar.on_this_day
    assert items.count() == 1
    assert items.item(0).text() == "1 year ago · A year ago today"
    window.sidebar.entryChosen.emit(old.uuid)
    assert window.editor.title.text() == "A year ago today"


def test_a_new_search_shows_the_top_of_its_results(qtbot, journal, make_window):
    start = date(2025, 1, 1)
    save_entries(
        [
            make_entry(title=f"Day {n}", body="a walk" if n % 2 else "a run", date=start + timedelta(days=n))
            for n in range(120)
        ]
    )
    window = make_window(journal)
    window.resize(900, 500)
    window.list_view.scrollToBottom()
    window.open_entry(window.model.summary(window.model.rowCount() - 1).uuid)  # the oldest: a run
    qtbot.waitUntil(lambda: window.list_view.verticalScrollBar().value() > 0)
    window.filter_panel.search.setText("walk")
    wait_for_list(qtbot, window)
    qtbot.wait(50)
    assert window.list_view.verticalScrollBar().value() == 0
    assert window.list_view.indexAt(window.list_view.viewport().rect().topLeft()).row() == 0


def test_the_calendar_of_an_any_date_opens_at_this_month(qtbot, filled):
    from PySide6.QtCore import QDate, QPoint, Qt

    box = filled.filter_panel.date_from
    assert box.value() is None
    filled.filter_panel.toggle.setChecked(True)
    qtbot.waitUntil(box.isVisible)
    arrow = QPoint(box.width() - 8, box.height() // 2)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=arrow)  # the drop-down arrow
    calendar = box.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.window().hide()


def test_escape_clears_the_search_and_down_goes_to_the_results(qtbot, filled):
    search = filled.filter_panel.search
    qtbot.keyClicks(search, "din")
    wait_for_list(qtbot, filled)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert filled.list_view.hasFocus() or filled.focusWidget() is filled.list_view
    assert filled.model.summary(filled.list_view.currentIndex().row()).title == "Dinner with Ana"
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    wait_for_list(qtbot, filled)
    assert len(shown_titles(filled)) == 4

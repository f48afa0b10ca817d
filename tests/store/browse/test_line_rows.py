"""The command line's one-line rows hold what each entry holds, in the order `list` and `search`
have always given: read without bodies, with themes and people joined by SQLite."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from desktop.domain.entry import Entry
from desktop.domain.filters import ALL_LIVE, EntryFilter, TrashState
from desktop.store.browse.line_rows import LINE_FIELDS, iter_entry_lines
from desktop.store.browse.search import iter_search, iter_search_lines
from desktop.store.entries.entry_table import get_entry, iter_entries, save_entry, trash_entry
from desktop.store.transfer.bulk import insert_entries_bulk
from tests.factories import make_entry

THEMES = ["trust", "self-care", "boundaries", "own-interests", "communication"]
PEOPLE = ["Sam", "Ana", "Tom", "Maria"]


def _expected(entry: Entry) -> tuple:
    """The row an entry should give, from the entry as the store reads it back whole."""
    return (
        entry.uuid,
        entry.date.isoformat(),
        entry.time.strftime("%H:%M"),
        entry.title,
        entry.starred,
        entry.independence,
        entry.interdependence,
        ", ".join(entry.themes) if entry.themes else None,
        ", ".join(entry.people) if entry.people else None,
    )


def _normalised(row: tuple) -> tuple:
    values = dict(zip(LINE_FIELDS, row, strict=True))
    values["starred"] = bool(values["starred"])
    return tuple(values.values())


@pytest.fixture
def varied(journal: object) -> list[Entry]:
    # Themes and people in orders unlike their ids or names, some entries with none, ties on the
    # same day and minute, ratings missing on one side, and a part of the journal in the Trash.
    entries = [
        make_entry(
            title=f"Walk {i}" if i % 7 else "",
            body="tea with my sister " + ("calm " * (i % 4)) + ("and a long walk" if i % 3 else "alone"),
            date=date(2024, 5, 1) + timedelta(days=(i * 37) % 90),
            time=time(7 + i % 3, 0),
            themes=[THEMES[(i + k) % 5] for k in range(i % 4)][::-1],
            people=[PEOPLE[(i * 3 + k) % 4] for k in range(i % 3)],
            independence=i % 11 if i % 5 else None,
            interdependence=(3 * i) % 11,
            starred=i % 6 == 0,
        )
        for i in range(240)
    ]
    insert_entries_bulk(entries)
    for entry in entries[::8]:
        trash_entry(entry.uuid)
    return entries


@pytest.mark.parametrize("newest_first", [False, True])
@pytest.mark.parametrize(
    "flt",
    [
        ALL_LIVE,
        EntryFilter(themes=("trust", "boundaries")),
        EntryFilter(people=("sam",), starred=False, date_from=date(2024, 6, 1)),
        EntryFilter(trash=TrashState.TRASHED),
    ],
)
def test_list_rows_are_the_entries_in_their_order(
    varied: list[Entry], flt: EntryFilter, newest_first: bool
) -> None:
    rows = [_normalised(r) for r in iter_entry_lines(flt, newest_first=newest_first)]
    assert rows  # every filter here keeps some entries
    assert rows == [_expected(e) for e in iter_entries(flt, newest_first=newest_first)]


@pytest.mark.parametrize("text", ["walk", "tea sister", "calm", '"long walk"', "alone"])
@pytest.mark.parametrize("flt", [ALL_LIVE, EntryFilter(themes=("self-care",))])
def test_search_rows_keep_the_ranked_order_ties_and_all(
    varied: list[Entry], text: str, flt: EntryFilter
) -> None:
    rows = [_normalised(r) for r in iter_search_lines(text, flt)]
    assert rows
    assert rows == [_expected(e) for e in iter_search(text, flt)]


def test_nothing_searchable_finds_nothing(varied: list[Entry]) -> None:
    assert list(iter_search_lines("... ?!")) == []
    assert list(iter_search_lines("zzzunheardof")) == []


def test_themes_and_people_show_in_the_order_last_saved(journal: object) -> None:
    entry = make_entry(themes=["trust", "boundaries", "self-care"], people=["Tom", "Ana"])
    save_entry(entry)
    entry.themes = ["self-care", "trust"]  # one dropped, the rest turned round
    entry.people = ["Ana", "Tom", "Maria"]
    save_entry(entry)
    (row,) = iter_entry_lines()
    assert row[LINE_FIELDS.index("themes")] == "self-care, trust"
    assert row[LINE_FIELDS.index("people")] == "Ana, Tom, Maria"
    assert _normalised(row) == _expected(get_entry(entry.uuid))


def test_an_entry_without_themes_or_people_has_none_rather_than_empty_text(journal: object) -> None:
    save_entry(make_entry(title="Alone", themes=[], people=[]))
    (row,) = iter_entry_lines()
    assert row[LINE_FIELDS.index("themes")] is None
    assert row[LINE_FIELDS.index("people")] is None

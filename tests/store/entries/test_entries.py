"""Writing, finding and deleting entries in a real journal."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.balance import Zone
from desktop.domain.filters import EntryFilter, TrashState
from desktop.domain.theme_catalogue import Pillar
from desktop.store.browse.search import search_entries
from desktop.store.entries.entry_table import (
    count_entries,
    empty_trash,
    get_entry,
    iter_entries,
    list_entries,
    rated_points,
    restore_entry,
    save_entries,
    save_entry,
    trash_entry,
)
from desktop.store.entries.theme_table import all_themes
from desktop.store.journal.errors import EntryNotFound, InvalidValue
from tests.factories import make_entry


@pytest.fixture
def sample(journal):  # type: ignore[no-untyped-def]
    entries = [
        make_entry(
            title="Sunday walk",
            body="We talked; I also kept my evening for painting.",
            date=date(2026, 3, 1),
            themes=["trust", "own-interests"],
            people=["Sam"],
            independence=6,
            interdependence=7,
        ),
        make_entry(
            title="Alone again",
            body="I cancelled on everyone.",
            date=date(2026, 3, 2),
            themes=["isolation"],
            independence=8,
            interdependence=2,
        ),
        make_entry(
            title="Team retro",
            body="The team carried the release together.",
            date=date(2026, 3, 3),
            themes=["teamwork", "communication"],
            people=["Ana", "Ben"],
            starred=True,
        ),
    ]
    save_entries(entries)
    return entries


def test_an_entry_comes_back_field_for_field(journal) -> None:  # type: ignore[no-untyped-def]
    entry = make_entry(
        title="Ünïcödé ☀️ مرحبا",
        body="line1\r\nline2\rline3\n",
        themes=["trust"],
        people=["Sam", "Alex"],
        independence=3,
        interdependence=9,
        mood=4,
        starred=True,
    )
    save_entry(entry)
    back = get_entry(entry.uuid)
    assert back == entry


def test_theme_and_people_order_is_kept(journal) -> None:  # type: ignore[no-untyped-def]
    entry = make_entry(themes=["teamwork", "boundaries", "trust"], people=["Zoe", "Adam"])
    save_entry(entry)
    back = get_entry(entry.uuid)
    assert back.themes == ["teamwork", "boundaries", "trust"]
    assert back.people == ["Zoe", "Adam"]


def test_editing_replaces_the_entry_and_its_links(journal) -> None:  # type: ignore[no-untyped-def]
    entry = make_entry(title="Draft", themes=["trust"], people=["Sam"])
    save_entry(entry)
    entry.title, entry.themes, entry.people = "Final", ["boundaries"], []
    save_entry(entry)
    back = get_entry(entry.uuid)
    assert (back.title, back.themes, back.people) == ("Final", ["boundaries"], [])
    assert count_entries() == 1


def test_unknown_valid_slug_becomes_a_custom_theme(journal) -> None:  # type: ignore[no-untyped-def]
    created = save_entry(make_entry(themes=["pottery-class"]))
    assert created == ["pottery-class"]
    custom = next(t for t in all_themes() if t.slug == "pottery-class")
    assert custom.name == "Pottery class" and custom.pillar is None and not custom.builtin


def test_a_bad_entry_changes_nothing(journal) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidValue, match="from 0 to 10"):
        save_entry(make_entry(independence=11, themes=["brand-new"]))
    assert count_entries() == 0
    assert "brand-new" not in {t.slug for t in all_themes()}


def test_a_failed_batch_saves_none_of_it(journal) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidValue):
        save_entries([make_entry(title="ok"), make_entry(title="bad", mood=9)])
    assert count_entries() == 0


def test_search_finds_words_best_match_first(sample) -> None:  # type: ignore[no-untyped-def]
    assert [e.title for e in search_entries("painting")] == ["Sunday walk"]
    # A title hit outranks a body hit.
    save_entry(make_entry(title="Painting day", body="colours"))
    assert search_entries("painting")[0].title == "Painting day"
    assert search_entries("talked evening")[0].title == "Sunday walk"
    assert search_entries("nowhere-to-be-found") == []


def test_search_survives_fts_syntax_in_user_text(sample) -> None:  # type: ignore[no-untyped-def]
    for text in ('"', "AND OR NOT", "team*", "(retro", "NEAR(a b)", "-", "💥"):
        search_entries(text)  # must not raise
    assert search_entries('"team"')[0].title == "Team retro"


def test_search_index_follows_edits_and_trash(sample) -> None:  # type: ignore[no-untyped-def]
    walk = sample[0]
    walk.body = "We cooked together."
    save_entry(walk)
    assert search_entries("painting") == []
    assert [e.title for e in search_entries("cooked")] == ["Sunday walk"]
    trash_entry(walk.uuid)
    assert search_entries("cooked") == []


def test_prefix_search_for_typing(sample) -> None:  # type: ignore[no-untyped-def]
    assert search_entries("paint") == []
    assert [e.title for e in search_entries("paint", prefix_last=True)] == ["Sunday walk"]


@pytest.mark.parametrize(
    ("flt", "titles"),
    [
        (EntryFilter(), ["Team retro", "Alone again", "Sunday walk"]),
        (EntryFilter(date_from=date(2026, 3, 2)), ["Team retro", "Alone again"]),
        (EntryFilter(date_to=date(2026, 3, 1)), ["Sunday walk"]),
        (EntryFilter(themes=("trust", "isolation")), ["Alone again", "Sunday walk"]),
        (EntryFilter(pillar=Pillar.PRACTICE), ["Team retro"]),
        (EntryFilter(people=("sam",)), ["Sunday walk"]),
        (EntryFilter(zones=(Zone.ISOLATION_RISK,)), ["Alone again"]),
        (EntryFilter(starred=True), ["Team retro"]),
        (EntryFilter(text="release"), ["Team retro"]),
    ],
)
def test_filters(sample, flt: EntryFilter, titles: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [e.title for e in list_entries(flt)] == titles
    assert count_entries(flt) == len(titles)


def test_paging_and_streaming_agree(journal) -> None:  # type: ignore[no-untyped-def]
    save_entries([make_entry(title=f"e{n:04}", date=date(2020, 1, 1 + n % 28)) for n in range(1200)])
    streamed = [e.uuid for e in iter_entries(newest_first=True)]
    paged = [e.uuid for start in range(0, 1200, 100) for e in list_entries(offset=start, limit=100)]
    assert streamed == paged and len(set(paged)) == 1200


def test_trash_restore_and_empty(sample, journal_path: Path) -> None:  # type: ignore[no-untyped-def]
    walk = sample[0]
    trash_entry(walk.uuid)
    assert count_entries() == 2
    assert [e.title for e in list_entries(EntryFilter(trash=TrashState.TRASHED))] == ["Sunday walk"]
    restore_entry(walk.uuid)
    assert count_entries() == 3
    trash_entry(walk.uuid)
    assert empty_trash() == 1
    with pytest.raises(EntryNotFound):
        get_entry(walk.uuid)
    conn = sqlite3.connect(journal_path)
    assert conn.execute("SELECT count(*) FROM entry_theme").fetchone()[0] == 3  # links gone too
    conn.close()


def test_unknown_uuid(journal) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EntryNotFound, match="no entry"):
        trash_entry("nope")


def test_rated_points_carry_dates_ratings_and_themes(sample) -> None:  # type: ignore[no-untyped-def]
    points = rated_points()
    assert [(p.day.day, p.independence, p.interdependence) for p in points] == [
        (1, 6, 7),
        (2, 8, 2),
        (3, None, None),
    ]
    assert points[1].themes == ("isolation",)

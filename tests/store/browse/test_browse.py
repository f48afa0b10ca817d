from datetime import date

from desktop.domain.balance import Zone
from desktop.domain.filters import ALL_LIVE
from desktop.store.browse.list_rows import day_zones, list_summaries, on_this_day, position_of
from desktop.store.entries.entry_table import save_entries, trash_entry
from tests.factories import make_entry


def test_summaries_are_paged_newest_first_with_links(journal):
    entries = [
        make_entry(title=f"Day {i}", date=date(2026, 1, 1 + i), themes=["trust"], people=["Sam"])
        for i in range(10)
    ]
    save_entries(entries)
    page = list_summaries(ALL_LIVE, offset=2, limit=3)
    assert [s.title for s in page] == ["Day 7", "Day 6", "Day 5"]
    assert page[0].themes == ("trust",) and page[0].people == ("Sam",)


def test_summaries_match_word_prefixes_while_typing(journal):
    save_entries([make_entry(title="Climbing with Alex"), make_entry(title="Quiet evening")])
    found = list_summaries(ALL_LIVE.with_changes(text="climb"))
    assert [s.title for s in found] == ["Climbing with Alex"]


def test_position_of_follows_the_list_order(journal):
    entries = [make_entry(title=f"E{i}", date=date(2026, 2, 1 + i)) for i in range(5)]
    save_entries(entries)
    assert position_of(entries[4].uuid) == 0
    assert position_of(entries[0].uuid) == 4
    trash_entry(entries[0].uuid)
    assert position_of(entries[0].uuid) is None


def test_day_zones_use_the_mean_of_the_day(journal):
    save_entries(
        [
            make_entry(date=date(2026, 3, 1), independence=7, interdependence=7),
            make_entry(date=date(2026, 3, 2), independence=1, interdependence=9),
            make_entry(date=date(2026, 3, 2), independence=3, interdependence=9),
            make_entry(date=date(2026, 3, 3)),
            make_entry(date=date(2026, 4, 3), independence=7, interdependence=7),
        ]
    )
    zones = day_zones(date(2026, 3, 1), date(2026, 3, 31))
    assert zones == {
        date(2026, 3, 1): Zone.INTERDEPENDENT,
        date(2026, 3, 2): Zone.CODEPENDENCY_RISK,
        date(2026, 3, 3): None,
    }


def test_on_this_day_finds_earlier_years_only(journal):
    save_entries(
        [
            make_entry(title="Two years ago", date=date(2024, 5, 9)),
            make_entry(title="Last year", date=date(2025, 5, 9)),
            make_entry(title="Today", date=date(2026, 5, 9)),
            make_entry(title="Other day", date=date(2025, 5, 10)),
        ]
    )
    titles = [s.title for s in on_this_day(date(2026, 5, 9))]
    assert titles == ["Last year", "Two years ago"]

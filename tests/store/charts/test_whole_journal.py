"""The whole journal's chart figures, read from the links' side, equal the filtered reading."""

from __future__ import annotations

from datetime import date

from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.domain.series import WARNING_THEMES
from desktop.domain.trend import RatedPoint, daily_values
from desktop.store.browse.filter_sql import named_link_counts
from desktop.store.charts.chart_data import person_days, tag_counts, top_people
from desktop.store.charts.whole_journal import people_by_mentions, tags_by_day
from desktop.store.entries.entry_table import save_entries, trash_entry
from desktop.store.journal.models import EntryPerson, Person
from tests.charts.sample_journal import sample_entries
from tests.factories import make_entry

# Matches every entry as ALL_LIVE does, but is not ALL_LIVE: it takes the filtered way.
SAME_AS_ALL = EntryFilter(date_from=date(1900, 1, 1))


def test_trashed_mentions_do_not_count_and_ties_go_by_name(journal: object) -> None:
    entries = [
        make_entry(people=["sam", "alex"]),
        make_entry(people=["alex", "Mum"]),
        make_entry(people=["Mum", "Sam"]),
        make_entry(people=["Priya", "alex"]),  # trashed: Priya is named nowhere else
        make_entry(people=["Bea"]),
        make_entry(people=["alex"]),  # trashed
    ]
    save_entries(entries)
    trash_entry(entries[3].uuid)
    trash_entry(entries[5].uuid)
    # Two each for alex, Mum and sam (sam and Sam are one person), in the order of their names
    # without regard to case (by code points Mum would come first); then Bea; Priya not at all.
    assert people_by_mentions() == [("alex", 2), ("Mum", 2), ("sam", 2), ("Bea", 1)]
    assert top_people(limit=2) == [("alex", 2), ("Mum", 2)]
    assert people_by_mentions() == named_link_counts(
        SAME_AS_ALL, EntryPerson, EntryPerson.person, Person.name
    )


def test_a_journal_with_everyone_in_the_trash_names_no_one(journal: object) -> None:
    entry = make_entry(people=["Sam"], themes=["isolation"], independence=8, interdependence=2)
    save_entries([entry])
    trash_entry(entry.uuid)
    assert people_by_mentions() == []
    assert tags_by_day(WARNING_THEMES) == []


def test_the_whole_journal_reads_as_the_filtered_way_does(journal: object) -> None:
    entries = list(sample_entries(2.0, seed=11))
    save_entries(entries)
    for entry in entries[::9]:  # a ninth in the Trash, links and all
        trash_entry(entry.uuid)
    assert tags_by_day(WARNING_THEMES) == tag_counts(SAME_AS_ALL, WARNING_THEMES)
    assert tag_counts(ALL_LIVE, WARNING_THEMES) == tag_counts(SAME_AS_ALL, WARNING_THEMES)
    assert [t.slug for t in tags_by_day(("isolation",))] == ["isolation"] * len(tags_by_day(("isolation",)))
    assert tags_by_day(WARNING_THEMES)  # the sample journal has both phases
    assert top_people(ALL_LIVE, 3) == top_people(SAME_AS_ALL, 3)


def test_person_days_under_every_kind_of_filter_equal_the_domain_computation(journal: object) -> None:
    entries = list(sample_entries(1.5, seed=5))
    save_entries(entries)
    trashed = {e.uuid for e in entries[::7]}
    for uuid in trashed:
        trash_entry(uuid)
    live = [e for e in entries if e.uuid not in trashed]
    filters = (
        (EntryFilter(), lambda e: True),
        (
            EntryFilter(date_from=date(2025, 9, 1), date_to=date(2026, 2, 28)),
            lambda e: date(2025, 9, 1) <= e.date <= date(2026, 2, 28),
        ),
        (EntryFilter(themes=("isolation",)), lambda e: "isolation" in e.themes),
        (EntryFilter(people=("Mum",)), lambda e: "Mum" in e.people),
    )
    for flt, keep in filters:
        days = person_days(flt, ["Sam", "mum", "Nobody"])
        for name in ("Sam", "mum", "Nobody"):
            points = [
                RatedPoint(e.date, e.independence, e.interdependence, tuple(e.themes))
                for e in live
                if keep(e) and name.casefold() in {p.casefold() for p in e.people}
            ]
            assert days[name] == daily_values(points), (flt, name)

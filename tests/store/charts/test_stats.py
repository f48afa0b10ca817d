"""Journal statistics over real entries."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.filters import EntryFilter
from desktop.domain.trend import Drift
from desktop.store.charts.stats import compute_stats
from desktop.store.entries.entry_table import save_entries
from tests.factories import make_entry

END = date(2026, 3, 31)


def test_counts_and_means_use_only_entries_with_the_values(journal) -> None:  # type: ignore[no-untyped-def]
    save_entries(
        [
            make_entry(date=END, independence=6, interdependence=7, themes=["trust"], people=["Sam"]),
            make_entry(date=END, independence=2, themes=["trust", "boundaries"], people=["Sam", "Ana"]),
            make_entry(date=END, independence=9, interdependence=1),
            make_entry(date=END),
        ]
    )
    stats = compute_stats(EntryFilter(), drift_end=END)
    assert stats.entries == 4
    assert stats.rated_entries == 2
    assert stats.mean_independence == (6 + 2 + 9) / 3
    assert stats.mean_interdependence == 4
    assert stats.mean_balance == ((7 - 6) + (1 - 9)) / 2
    assert stats.zones["interdependent"] == 1 and stats.zones["isolation-risk"] == 1
    assert sum(stats.zones.values()) == 2
    assert stats.themes == {"trust": 2, "boundaries": 1}
    assert stats.people == {"Sam": 2, "Ana": 1}
    # Mean balance −3.5 with mean interdependence 4 over the fortnight: an isolation drift.
    assert [a.kind for a in stats.drift] == [Drift.ISOLATION]


def test_drift_over_the_fourteen_days_ending_on_the_given_day(journal) -> None:  # type: ignore[no-untyped-def]
    save_entries(
        [make_entry(date=END - timedelta(days=n), independence=2, interdependence=9) for n in range(5)]
    )
    assert [a.kind for a in compute_stats(EntryFilter(), END).drift] == [Drift.CODEPENDENCY]
    assert compute_stats(EntryFilter(), END + timedelta(days=30)).drift == []


def test_empty_journal(journal) -> None:  # type: ignore[no-untyped-def]
    stats = compute_stats(EntryFilter(), drift_end=END)
    assert stats.entries == 0 and stats.mean_balance is None and stats.drift == []


def test_themes_and_people_most_first_ties_by_name_and_only_matching_entries(journal) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.entries.entry_table import trash_entry

    entries = [
        make_entry(date=END, themes=["trust"], people=["bea", "Cal"]),
        make_entry(date=END, themes=["trust", "self-care"], people=["Cal", "Abe"]),
        make_entry(date=END, themes=["boundaries"], people=["bea"]),
        make_entry(date=END, themes=["boundaries", "trust"], people=["Abe"]),
    ]
    gone = make_entry(date=END, themes=["self-care"], people=["Dee"])
    save_entries([*entries, gone])
    trash_entry(gone.uuid)
    stats = compute_stats(EntryFilter(), drift_end=END)
    assert list(stats.themes.items()) == [("trust", 3), ("boundaries", 2), ("self-care", 1)]
    assert list(stats.people.items()) == [("Abe", 2), ("bea", 2), ("Cal", 2)]
    only_trust = compute_stats(EntryFilter(themes=("trust",)), drift_end=END)
    assert list(only_trust.themes.items()) == [("trust", 3), ("boundaries", 1), ("self-care", 1)]
    assert list(only_trust.people.items()) == [("Abe", 2), ("Cal", 2), ("bea", 1)]


def test_equal_counts_keep_the_order_of_the_name_column(journal) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.charts.chart_data import top_people
    from desktop.store.entries.person_table import all_people

    # People's names compare without regard to ASCII case only, as SQLite's NOCASE does.
    save_entries([make_entry(date=END, people=[name]) for name in ("ábel", "Émile", "zoe", "Bea")])
    expected = [("Bea", 1), ("zoe", 1), ("Émile", 1), ("ábel", 1)]
    assert list(compute_stats(EntryFilter(), drift_end=END).people.items()) == expected
    assert top_people(limit=3) == expected[:3]
    assert [(p.name, p.entries) for p in all_people()] == expected

"""Chart data from a real journal: per-person points, the top people, and today's drift."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.balance import Thresholds
from desktop.domain.filters import EntryFilter
from desktop.domain.series import tag_counts as domain_tag_counts
from desktop.domain.theme_catalogue import Pillar
from desktop.domain.trend import Drift, RatedPoint, daily_values
from desktop.store.charts.chart_data import (
    current_drift,
    day_values,
    load_chart_data,
    person_days,
    tag_counts,
    top_people,
)
from desktop.store.entries.entry_table import save_entries, trash_entry
from desktop.store.journal import settings
from tests.factories import make_entry


def test_person_days_hold_only_that_persons_rated_days(journal: object) -> None:
    entries = [
        make_entry(date=date(2026, 1, 1), people=["Sam"], independence=3, interdependence=8),
        make_entry(date=date(2026, 1, 2), people=["Sam", "Alex"], independence=5, interdependence=5),
        make_entry(date=date(2026, 1, 3), people=["Alex"], independence=7, interdependence=2),
        make_entry(date=date(2026, 1, 4), people=["Sam"]),  # unrated: no day value
        make_entry(date=date(2026, 1, 3), people=["Alex"], independence=3, interdependence=4),
        make_entry(date=date(2026, 1, 5), independence=1, interdependence=1),
    ]
    save_entries(entries)
    trash_entry(entries[0].uuid)
    days = person_days(EntryFilter(), ["sam", "Alex", "Nobody"])
    assert list(days) == ["sam", "Alex", "Nobody"]  # as asked, matched case-insensitively
    assert [(v.day.day, v.independence, v.interdependence, v.count) for v in days["sam"]] == [
        (2, 5.0, 5.0, 1)
    ]
    assert [(v.day.day, v.independence, v.interdependence) for v in days["Alex"]] == [
        (2, 5.0, 5.0),
        (3, 5.0, 3.0),  # the mean of that day's two entries with Alex
    ]
    assert days["Nobody"] == []
    narrowed = person_days(EntryFilter(date_from=date(2026, 1, 3)), ["Alex"])
    assert [v.day.day for v in narrowed["Alex"]] == [3]


def test_day_values_and_tags_equal_the_domain_computation(journal: object) -> None:
    from tests.charts.sample_journal import sample_entries

    entries = list(sample_entries(0.5, seed=3))
    save_entries(entries)
    trash_entry(entries[5].uuid)
    live = [e for i, e in enumerate(entries) if i != 5]
    points = [RatedPoint(e.date, e.independence, e.interdependence, tuple(e.themes)) for e in live]
    assert day_values() == daily_values(points)
    assert tag_counts() == domain_tag_counts(points)
    warnings = tag_counts(slugs=("codependency", "isolation"))
    assert warnings == [t for t in domain_tag_counts(points) if t.slug in ("codependency", "isolation")]
    flt = EntryFilter(people=("Sam",))
    sams = [p for p, e in zip(points, live, strict=True) if "Sam" in e.people]
    assert day_values(flt) == daily_values(sams)


def test_top_people_by_entry_count(journal: object) -> None:
    save_entries(
        [make_entry(people=["Sam"]), make_entry(people=["Sam", "Mum"]), make_entry(people=["Priya"])]
    )
    assert top_people(limit=2) == [("Sam", 2), ("Mum", 1)]


def test_load_chart_data_follows_the_filter(journal: object) -> None:
    save_entries(
        [
            make_entry(
                date=date(2026, 2, 1), themes=["trust"], people=["Sam"], independence=4, interdependence=6
            ),
            make_entry(date=date(2026, 3, 1), themes=["gardening"], independence=6, interdependence=6),
        ]
    )
    flt = EntryFilter(date_from=date(2026, 2, 1), date_to=date(2026, 2, 28))
    data = load_chart_data(flt)
    assert [v.day for v in data.days] == [date(2026, 2, 1)]
    assert [t.slug for t in data.tags] == ["trust"] and data.all_tags
    assert load_chart_data(flt, all_tags=False).tags == []  # only warning themes were read
    assert list(data.people) == ["Sam"]
    assert data.pillars["trust"] is Pillar.INTERDEPENDENCE and data.pillars["gardening"] is None
    assert data.theme_name("quality-time") == "Quality time"
    assert (data.date_from, data.date_to) == (flt.date_from, flt.date_to)


def test_current_drift_uses_the_journal_thresholds(journal: object) -> None:
    today = date(2026, 11, 22)
    save_entries(
        [make_entry(date=today - timedelta(days=i), independence=4, interdependence=7) for i in range(5)]
    )
    assert current_drift(today) == []  # balance +3 is not above the default 3
    settings.save_thresholds(Thresholds(drift_balance=2.5))
    alerts = current_drift(today)
    assert [a.kind for a in alerts] == [Drift.CODEPENDENCY]
    assert alerts[0].mean_balance == 3.0
    assert current_drift(today + timedelta(days=30)) == []  # the window has moved on

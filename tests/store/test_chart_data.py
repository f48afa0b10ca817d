"""Chart data from a real journal: per-person points, the top people, and today's drift."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.balance import Thresholds
from desktop.domain.filters import EntryFilter
from desktop.domain.themes import Pillar
from desktop.domain.trend import Drift
from desktop.store import settings
from desktop.store.chart_data import current_drift, load_chart_data, person_points, top_people
from desktop.store.entries import save_entries, trash_entry
from tests.factories import make_entry


def test_person_points_hold_only_that_persons_entries(journal: object) -> None:
    entries = [
        make_entry(date=date(2026, 1, 1), people=["Sam"], independence=3, interdependence=8),
        make_entry(date=date(2026, 1, 2), people=["Sam", "Alex"], independence=5, interdependence=5),
        make_entry(date=date(2026, 1, 3), people=["Alex"], independence=7, interdependence=2),
        make_entry(date=date(2026, 1, 4), people=["Sam"]),  # unrated still counts as a point
        make_entry(date=date(2026, 1, 5), independence=1, interdependence=1),
    ]
    save_entries(entries)
    trash_entry(entries[0].uuid)
    points = person_points(EntryFilter(), ["sam", "Alex", "Nobody"])
    assert list(points) == ["sam", "Alex", "Nobody"]
    assert [(p.day.day, p.independence, p.interdependence) for p in points["sam"]] == [
        (2, 5, 5),
        (4, None, None),
    ]
    assert [p.day.day for p in points["Alex"]] == [2, 3]
    assert points["Nobody"] == []
    narrowed = person_points(EntryFilter(date_from=date(2026, 1, 3)), ["Alex"])
    assert [p.day.day for p in narrowed["Alex"]] == [3]


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
    assert [p.day for p in data.points] == [date(2026, 2, 1)]
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

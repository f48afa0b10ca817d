"""Gathering what the charts draw for a filter, and the drift of the last days, from the journal."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from peewee import fn

from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.domain.series import ChartData
from desktop.domain.trend import DriftAlert, RatedPoint, detect_drift, drift_window
from desktop.store import settings
from desktop.store.entries import rated_points
from desktop.store.models import Entry, EntryPerson, Person
from desktop.store.queries import apply_filter
from desktop.store.themes import all_themes

TOP_PEOPLE = 5


def top_people(flt: EntryFilter = ALL_LIVE, limit: int = TOP_PEOPLE) -> list[tuple[str, int]]:
    """The people most often named in the matching entries, with their entry counts."""
    ids = apply_filter(Entry.select(Entry.id), flt)
    count = fn.COUNT(EntryPerson.entry)
    query = (
        EntryPerson.select(Person.name, count)
        .join(Person)
        .where(EntryPerson.entry.in_(ids))
        .group_by(Person.id)
        .order_by(count.desc(), Person.name)
        .limit(limit)
    )
    return list(query.tuples())


def person_points(flt: EntryFilter, names: list[str]) -> dict[str, list[RatedPoint]]:
    """For each of `names`, the balance-model points of the matching entries that involve them.

    Points carry no themes (the per-person lines only need the ratings). Names keep their order.
    """
    if not names:
        return {}
    query = (
        apply_filter(
            Entry.select(Person.name, Entry.local_date, Entry.independence, Entry.interdependence),
            flt,
        )
        .join(EntryPerson, on=(EntryPerson.entry == Entry.id))
        .join(Person, on=(EntryPerson.person == Person.id))
        .where(Person.name.in_(names))
        .order_by(Entry.local_date, Entry.local_time)
    )
    by_folded: dict[str, list[RatedPoint]] = defaultdict(list)
    for name, day, ind, inter in query.tuples():
        by_folded[name.casefold()].append(RatedPoint(date.fromisoformat(day), ind, inter))
    return {name: by_folded.get(name.casefold(), []) for name in names}


def load_chart_data(flt: EntryFilter = ALL_LIVE, people: int = TOP_PEOPLE) -> ChartData:
    """The points of the matching entries, the top people's points, and the theme catalogue."""
    themes = all_themes()
    names = [name for name, _ in top_people(flt, people)] if people else []
    return ChartData(
        points=rated_points(flt),
        people=person_points(flt, names),
        pillars={t.slug: t.pillar for t in themes},
        theme_names={t.slug: t.name for t in themes},
        date_from=flt.date_from,
        date_to=flt.date_to,
    )


def current_drift(end: date | None = None) -> list[DriftAlert]:
    """Drift alerts over the window that ends on `end` (today by default), with the journal's
    own thresholds, over all live entries."""
    end = end or date.today()
    thresholds = settings.thresholds()
    start, end = drift_window(end, thresholds)
    points = rated_points(EntryFilter(date_from=start, date_to=end))
    return detect_drift(points, end, thresholds)

"""Summary figures of a journal, computed in SQL where the journal may be large."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from peewee import fn

from desktop.domain.balance import Zone, zone_of
from desktop.domain.filters import EntryFilter
from desktop.domain.trend import DriftAlert, detect_drift, drift_window
from desktop.store.browse.filter_sql import apply_filter, named_link_counts, rows
from desktop.store.entries.entry_table import rated_points
from desktop.store.journal import settings
from desktop.store.journal.models import Entry, EntryPerson, EntryTheme, Person, Theme


@dataclass
class JournalStats:
    entries: int = 0
    rated_entries: int = 0
    mean_independence: float | None = None
    mean_interdependence: float | None = None
    mean_balance: float | None = None
    zones: dict[str, int] = field(default_factory=dict)
    themes: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    drift: list[DriftAlert] = field(default_factory=list)


def _mean(total: float | None, count: int) -> float | None:
    return None if not count or total is None else total / count


def compute_stats(flt: EntryFilter, drift_end: date) -> JournalStats:
    """Counts and means over the filtered entries; drift over the window ending on `drift_end`."""
    thresholds = settings.thresholds()
    matching = apply_filter(Entry.select(Entry.id), flt)
    stats = JournalStats(entries=matching.count())

    ((ind_sum, ind_n),) = rows(
        apply_filter(Entry.select(fn.SUM(Entry.independence), fn.COUNT(Entry.independence)), flt)
    )
    ((inter_sum, inter_n),) = rows(
        apply_filter(Entry.select(fn.SUM(Entry.interdependence), fn.COUNT(Entry.interdependence)), flt)
    )
    stats.mean_independence = _mean(ind_sum, ind_n)
    stats.mean_interdependence = _mean(inter_sum, inter_n)

    stats.zones = {zone.value: 0 for zone in Zone}
    pairs = apply_filter(
        Entry.select(Entry.independence, Entry.interdependence, fn.COUNT(Entry.id)), flt
    ).where(Entry.independence.is_null(False) & Entry.interdependence.is_null(False))
    balance_total = 0
    for ind, inter, n in rows(pairs.group_by(Entry.independence, Entry.interdependence)):
        zone = zone_of(ind, inter, thresholds)
        assert zone is not None
        stats.zones[zone.value] += n
        stats.rated_entries += n
        balance_total += (inter - ind) * n
    stats.mean_balance = _mean(balance_total, stats.rated_entries)

    stats.themes = dict(named_link_counts(flt, EntryTheme, EntryTheme.theme, Theme.slug))
    stats.people = dict(named_link_counts(flt, EntryPerson, EntryPerson.person, Person.name))

    start, end = drift_window(drift_end, thresholds)
    window = EntryFilter(date_from=start, date_to=end)
    stats.drift = detect_drift(rated_points(window), drift_end, thresholds)
    return stats

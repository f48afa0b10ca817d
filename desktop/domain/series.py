"""The series the charts draw, computed from the balance model's points (pure Python, no plotting).

Each function here is what a chart shows; the chart builders only draw these values, so the
tests can check a chart against the model. Days without a rated entry are absent, never zero.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from desktop.domain.theme_catalogue import Pillar
from desktop.domain.trend import DayValue, RatedPoint, Trend, daily_values, rolling_mean

WARNING_THEMES = ("codependency", "isolation")


class Period(StrEnum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class TagCount:
    """How many of one day's entries carry one theme."""

    day: date
    slug: str
    entries: int


@dataclass(frozen=True, slots=True)
class ChartData:
    """Everything the charts need for one filter, already reduced to days (so ten years of a busy
    journal stay small): each rated day's means, each day's theme tags, and per-person days."""

    days: list[DayValue]  # days with a rated entry, in date order
    tags: list[TagCount] = field(default_factory=list)  # in date order
    people: dict[str, list[DayValue]] = field(default_factory=dict)  # most-mentioned first
    pillars: dict[str, Pillar | None] = field(default_factory=dict)
    theme_names: dict[str, str] = field(default_factory=dict)
    date_from: date | None = None  # the period asked for, when narrower than the data
    date_to: date | None = None
    all_tags: bool = True  # False: only the warning themes' tags were gathered

    @classmethod
    def from_points(
        cls, points: Iterable[RatedPoint], people: dict[str, list[RatedPoint]] | None = None, **rest: Any
    ) -> ChartData:
        """Chart data from entries already in memory (the store computes the same in SQL)."""
        points = list(points)
        return cls(
            days=daily_values(points),
            tags=tag_counts(points),
            people={name: daily_values(pts) for name, pts in (people or {}).items()},
            **rest,
        )

    def theme_name(self, slug: str) -> str:
        return self.theme_names.get(slug, slug)

    @property
    def rated_entries(self) -> int:
        return sum(v.count for v in self.days)

    def span(self) -> tuple[date, date] | None:
        """The period shown: the one asked for, else from the first to the last day with data."""
        firsts = [v.day for v in self.days[:1]] + [t.day for t in self.tags[:1]]
        lasts = [v.day for v in self.days[-1:]] + [t.day for t in self.tags[-1:]]
        first = self.date_from or (min(firsts) if firsts else None)
        last = self.date_to or (max(lasts) if lasts else None)
        if first is None or last is None:
            return None
        return first, last


def tag_counts(points: Iterable[RatedPoint]) -> list[TagCount]:
    counter: Counter[tuple[date, str]] = Counter()
    for p in points:
        for slug in p.themes:
            counter[(p.day, slug)] += 1
    return [TagCount(day, slug, n) for (day, slug), n in sorted(counter.items())]


def rolling_trend(values: Sequence[DayValue], window_days: int) -> Trend:
    """The trend (trend.trend) of day values already computed."""
    ind = rolling_mean([(v.day, v.independence) for v in values], window_days)
    inter = rolling_mean([(v.day, v.interdependence) for v in values], window_days)
    bal = rolling_mean([(v.day, v.balance) for v in values], window_days)
    return Trend(
        days=[d for d, _ in bal],
        independence=[x for _, x in ind],
        interdependence=[x for _, x in inter],
        balance=[x for _, x in bal],
    )


def period_start(day: date, period: Period) -> date:
    """The Monday of the day's week, or the first of its month."""
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def auto_period(span: tuple[date, date] | None) -> Period:
    """Weeks for up to about half a year, months beyond, so bars stay readable."""
    if span is None:
        return Period.WEEK
    return Period.WEEK if (span[1] - span[0]).days <= 190 else Period.MONTH


@dataclass(frozen=True, slots=True)
class PillarCounts:
    """How many theme tags of each pillar fall in each period that has entries."""

    periods: list[date]
    counts: dict[Pillar | None, list[int]]  # None: custom themes without a pillar


def pillar_counts(
    tags: Iterable[TagCount], pillars: dict[str, Pillar | None], period: Period
) -> PillarCounts:
    per_period: dict[date, Counter[Pillar | None]] = defaultdict(Counter)
    for tag in tags:
        per_period[period_start(tag.day, period)][pillars.get(tag.slug)] += tag.entries
    periods = sorted(per_period)
    keys: list[Pillar | None] = [*Pillar, None]
    counts = {k: [per_period[d][k] for d in periods] for k in keys}
    return PillarCounts(periods, {k: v for k, v in counts.items() if any(v)})


def top_themes(tags: Iterable[TagCount], limit: int = 10) -> list[tuple[str, int]]:
    """The most used themes and how many entries carry each, most first (ties by slug)."""
    counter: Counter[str] = Counter()
    for tag in tags:
        counter[tag.slug] += tag.entries
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:limit]


@dataclass(frozen=True, slots=True)
class WarningMark:
    """A day with an entry tagged with a warning theme, and the day's balance if it has one."""

    day: date
    theme: str
    balance: float | None


def warning_marks(days: Iterable[DayValue], tags: Iterable[TagCount]) -> list[WarningMark]:
    """One mark per day and warning theme, in date order."""
    balances = {v.day: v.balance for v in days}
    return [WarningMark(t.day, t.slug, balances.get(t.day)) for t in tags if t.slug in WARNING_THEMES]


@dataclass(frozen=True, slots=True)
class MonthMean:
    month: date  # the first of the month
    independence: float
    interdependence: float
    days: int  # days with a value that month


def monthly_means(values: Iterable[DayValue]) -> list[MonthMean]:
    """The mean of each month's day values (months without rated days are absent)."""
    sums: dict[date, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for v in values:
        acc = sums[v.day.replace(day=1)]
        acc[0] += v.independence
        acc[1] += v.interdependence
        acc[2] += 1
    return [MonthMean(m, i / n, o / n, int(n)) for m, (i, o, n) in sorted(sums.items())]


@dataclass(frozen=True, slots=True)
class ThemeInsight:
    """Mean day balance on days whose entries carry the theme, and on rated days without it."""

    slug: str
    with_mean: float
    without_mean: float | None
    with_days: int
    without_days: int

    @property
    def difference(self) -> float:
        return self.with_mean - (self.without_mean if self.without_mean is not None else 0.0)


def theme_insights(
    days: Iterable[DayValue], tags: Iterable[TagCount], min_days: int = 3, limit: int = 12
) -> list[ThemeInsight]:
    """Per theme seen on at least `min_days` rated days (the `limit` most frequent), ordered from
    most towards self to most towards others. Only days with a balance count; a theme on any of
    the day's entries marks the day."""
    values = {v.day: v.balance for v in days}
    theme_days: dict[str, set[date]] = defaultdict(set)
    for tag in tags:
        if tag.day in values:
            theme_days[tag.slug].add(tag.day)
    total = sum(values.values())
    insights: list[ThemeInsight] = []
    for slug, marked in theme_days.items():
        if len(marked) < min_days:
            continue
        with_sum = sum(values[d] for d in marked)
        rest = len(values) - len(marked)
        insights.append(
            ThemeInsight(
                slug,
                with_sum / len(marked),
                (total - with_sum) / rest if rest else None,
                len(marked),
                rest,
            )
        )
    insights.sort(key=lambda i: (-i.with_days, i.slug))
    chosen = insights[:limit]
    chosen.sort(key=lambda i: (i.with_mean, i.slug))
    return chosen


def years_of(values: Sequence[DayValue], limit: int = 4) -> list[int]:
    """The most recent years that have a value, at most `limit`, oldest first."""
    years = sorted({v.day.year for v in values})
    return years[-limit:]


def year_grid(values: Iterable[DayValue], year: int) -> list[list[float | None]]:
    """A 7 × 54 grid (weekday × week of the year, weeks starting Monday) of day balances.

    Cells of days without a value, and cells outside the year, are None.
    """
    grid: list[list[float | None]] = [[None] * 54 for _ in range(7)]
    first = date(year, 1, 1)
    offset = first.weekday()
    for v in values:
        if v.day.year != year:
            continue
        index = (v.day - first).days + offset
        grid[index % 7][index // 7] = v.balance
    return grid

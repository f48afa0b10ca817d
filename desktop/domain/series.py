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

from desktop.domain.themes import Pillar
from desktop.domain.trend import DayValue, RatedPoint, daily_values

WARNING_THEMES = ("codependency", "isolation")


class Period(StrEnum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class ChartData:
    """Everything the charts need, as plain values gathered from the journal for one filter."""

    points: list[RatedPoint]  # every matching entry, rated or not, in date order
    people: dict[str, list[RatedPoint]] = field(default_factory=dict)  # most-mentioned first
    pillars: dict[str, Pillar | None] = field(default_factory=dict)
    theme_names: dict[str, str] = field(default_factory=dict)
    date_from: date | None = None  # the period asked for, when narrower than the data
    date_to: date | None = None

    def theme_name(self, slug: str) -> str:
        return self.theme_names.get(slug, slug)


def period_start(day: date, period: Period) -> date:
    """The Monday of the day's week, or the first of its month."""
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def auto_period(points: Sequence[RatedPoint]) -> Period:
    """Weeks for up to about half a year of entries, months beyond, so bars stay readable."""
    if not points:
        return Period.WEEK
    span = (points[-1].day - points[0].day).days
    return Period.WEEK if span <= 190 else Period.MONTH


@dataclass(frozen=True, slots=True)
class PillarCounts:
    """How many theme tags of each pillar fall in each period that has entries."""

    periods: list[date]
    counts: dict[Pillar | None, list[int]]  # None: custom themes without a pillar


def pillar_counts(
    points: Iterable[RatedPoint], pillars: dict[str, Pillar | None], period: Period
) -> PillarCounts:
    per_period: dict[date, Counter[Pillar | None]] = defaultdict(Counter)
    for p in points:
        bucket = per_period[period_start(p.day, period)]
        for slug in p.themes:
            bucket[pillars.get(slug)] += 1
    periods = sorted(per_period)
    keys: list[Pillar | None] = [*Pillar, None]
    counts = {k: [per_period[d][k] for d in periods] for k in keys}
    return PillarCounts(periods, {k: v for k, v in counts.items() if any(v)})


def top_themes(points: Iterable[RatedPoint], limit: int = 10) -> list[tuple[str, int]]:
    """The most used themes and how many entries carry each, most first (ties by slug)."""
    counter: Counter[str] = Counter()
    for p in points:
        counter.update(p.themes)
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:limit]


@dataclass(frozen=True, slots=True)
class WarningMark:
    """A day with an entry tagged with a warning theme, and the day's balance if it has one."""

    day: date
    theme: str
    balance: float | None


def warning_marks(points: Iterable[RatedPoint]) -> list[WarningMark]:
    points = list(points)
    balances = {v.day: v.balance for v in daily_values(points)}
    seen: set[tuple[date, str]] = set()
    marks: list[WarningMark] = []
    for p in points:
        for theme in WARNING_THEMES:
            if theme in p.themes and (p.day, theme) not in seen:
                seen.add((p.day, theme))
                marks.append(WarningMark(p.day, theme, balances.get(p.day)))
    return marks


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


def theme_insights(points: Iterable[RatedPoint], min_days: int = 3, limit: int = 12) -> list[ThemeInsight]:
    """Per theme seen on at least `min_days` rated days, ordered from most towards others to most
    towards self. Only days with a balance count; a theme on any of the day's entries marks it."""
    points = list(points)
    values = {v.day: v.balance for v in daily_values(points)}
    theme_days: dict[str, set[date]] = defaultdict(set)
    for p in points:
        if p.day in values:
            for slug in p.themes:
                theme_days[slug].add(p.day)
    total = sum(values.values())
    insights: list[ThemeInsight] = []
    for slug, days in theme_days.items():
        if len(days) < min_days:
            continue
        with_sum = sum(values[d] for d in days)
        rest = len(values) - len(days)
        insights.append(
            ThemeInsight(
                slug,
                with_sum / len(days),
                (total - with_sum) / rest if rest else None,
                len(days),
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

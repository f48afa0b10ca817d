"""Daily values, the rolling trend with gaps, theme balance and drift alerts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.domain.balance import DEFAULT_THRESHOLDS, Thresholds
from desktop.domain.theme_catalogue import Pillar


@dataclass(frozen=True, slots=True)
class RatedPoint:
    """The part of an entry the balance model reads."""

    day: date
    independence: int | None
    interdependence: int | None
    themes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DayValue:
    """The mean of one day's rated entries."""

    day: date
    independence: float
    interdependence: float
    count: int

    @property
    def balance(self) -> float:
        return self.interdependence - self.independence


def daily_values(points: Iterable[RatedPoint]) -> list[DayValue]:
    """One value per day that has at least one rated entry, in date order; unrated days are absent."""
    sums: dict[date, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for p in points:
        if p.independence is None or p.interdependence is None:
            continue
        acc = sums[p.day]
        acc[0] += p.independence
        acc[1] += p.interdependence
        acc[2] += 1
    return [DayValue(day, ind / n, inter / n, int(n)) for day, (ind, inter, n) in sorted(sums.items())]


def rolling_mean(series: Sequence[tuple[date, float]], window_days: int) -> list[tuple[date, float]]:
    """For each day with a value, the mean of the values on days in (day − window, day].

    The window is measured in calendar days, and days without a value are skipped, never counted
    as zero. `series` must be in date order with at most one value per day.
    """
    if window_days < 1:
        raise ValueError("the window must be at least one day")
    result: list[tuple[date, float]] = []
    start = 0
    total = 0.0
    for end, (day, value) in enumerate(series):
        total += value
        earliest = day - timedelta(days=window_days - 1)
        while series[start][0] < earliest:
            total -= series[start][1]
            start += 1
        result.append((day, total / (end - start + 1)))
    return result


@dataclass(frozen=True, slots=True)
class Trend:
    """Rolling means of both ratings and of the balance, one point per day with a value."""

    days: list[date]
    independence: list[float]
    interdependence: list[float]
    balance: list[float]


def trend(points: Iterable[RatedPoint], window_days: int = 30) -> Trend:
    return trend_of_days(daily_values(points), window_days)


def trend_of_days(values: Sequence[DayValue], window_days: int = 30) -> Trend:
    """The trend from daily values already computed (the store can average days in SQL)."""
    ind = rolling_mean([(v.day, v.independence) for v in values], window_days)
    inter = rolling_mean([(v.day, v.interdependence) for v in values], window_days)
    bal = rolling_mean([(v.day, v.balance) for v in values], window_days)
    return Trend(
        days=[d for d, _ in bal],
        independence=[x for _, x in ind],
        interdependence=[x for _, x in inter],
        balance=[x for _, x in bal],
    )


def theme_balance(themes: Iterable[str], pillars: dict[str, Pillar | None]) -> float | None:
    """(interdependence-pillar tags − independence-pillar tags) / both together, or None."""
    ind = inter = 0
    for slug in themes:
        pillar = pillars.get(slug)
        if pillar is Pillar.INDEPENDENCE:
            ind += 1
        elif pillar is Pillar.INTERDEPENDENCE:
            inter += 1
    if ind + inter == 0:
        return None
    return (inter - ind) / (inter + ind)


class Drift(StrEnum):
    CODEPENDENCY = "codependency"
    ISOLATION = "isolation"


@dataclass(frozen=True, slots=True)
class DriftAlert:
    kind: Drift
    mean_balance: float | None
    weaker_mean: float | None  # mean independence for codependency, interdependence for isolation
    theme_count: int
    rated_entries: int
    start: date
    end: date


def drift_window(end: date, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> tuple[date, date]:
    """The trailing window of drift detection, both ends included."""
    return end - timedelta(days=thresholds.drift_days - 1), end


def detect_drift(
    points: Iterable[RatedPoint], end: date, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> list[DriftAlert]:
    """Drift alerts over the trailing window ending on `end`; means are over the rated entries."""
    start, end = drift_window(end, thresholds)
    ind_sum = inter_sum = 0.0
    rated = 0
    warning_counts = {Drift.CODEPENDENCY: 0, Drift.ISOLATION: 0}
    for p in points:
        if not start <= p.day <= end:
            continue
        for kind in warning_counts:
            if kind.value in p.themes:
                warning_counts[kind] += 1
        if p.independence is not None and p.interdependence is not None:
            ind_sum += p.independence
            inter_sum += p.interdependence
            rated += 1
    mean_ind = ind_sum / rated if rated else None
    mean_inter = inter_sum / rated if rated else None
    mean_bal = (inter_sum - ind_sum) / rated if rated else None
    t = thresholds
    alerts: list[DriftAlert] = []

    codependent = (
        mean_bal is not None
        and mean_ind is not None
        and (mean_bal > t.drift_balance and mean_ind <= t.drift_rating_max)
    )
    if codependent or warning_counts[Drift.CODEPENDENCY] >= t.drift_theme_count:
        alerts.append(
            DriftAlert(
                Drift.CODEPENDENCY,
                mean_bal,
                mean_ind,
                warning_counts[Drift.CODEPENDENCY],
                rated,
                start,
                end,
            )
        )
    isolated = (
        mean_bal is not None
        and mean_inter is not None
        and (mean_bal < -t.drift_balance and mean_inter <= t.drift_rating_max)
    )
    if isolated or warning_counts[Drift.ISOLATION] >= t.drift_theme_count:
        alerts.append(
            DriftAlert(
                Drift.ISOLATION,
                mean_bal,
                mean_inter,
                warning_counts[Drift.ISOLATION],
                rated,
                start,
                end,
            )
        )
    return alerts

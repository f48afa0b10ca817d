"""Daily values, rolling means with gaps, theme balance and drift."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.theme_catalogue import BUILTIN_BY_SLUG
from desktop.domain.trend import (
    Drift,
    RatedPoint,
    daily_values,
    detect_drift,
    rolling_mean,
    theme_balance,
    trend,
)

D0 = date(2026, 1, 1)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def test_day_value_is_the_mean_of_that_days_rated_entries() -> None:
    values = daily_values(
        [
            RatedPoint(day(0), 4, 8),
            RatedPoint(day(0), 6, 6),
            RatedPoint(day(0), None, 9),
        ]
    )
    assert len(values) == 1
    assert values[0].independence == 5
    assert values[0].interdependence == 7
    assert values[0].balance == 2
    assert values[0].count == 2


def test_days_without_rated_entries_are_gaps_not_zeros() -> None:
    values = daily_values([RatedPoint(day(0), 5, 5), RatedPoint(day(10), 5, 9)])
    assert [v.day for v in values] == [day(0), day(10)]
    # A 30-day mean on day 10 averages the two days with values, not eleven days.
    assert rolling_mean([(v.day, v.balance) for v in values], 30) == [(day(0), 0.0), (day(10), 2.0)]


def test_the_window_is_measured_in_calendar_days() -> None:
    series = [(day(0), 10.0), (day(6), 0.0), (day(7), 4.0)]
    # On day 7 a 7-day window covers days 1..7, so day 0 has left it.
    assert rolling_mean(series, 7) == [(day(0), 10.0), (day(6), 5.0), (day(7), 2.0)]


@given(
    st.lists(
        st.tuples(st.integers(0, 400), st.floats(-10, 10)), min_size=1, max_size=60, unique_by=lambda t: t[0]
    ),
    st.sampled_from([7, 30, 90]),
)
def test_rolling_mean_matches_a_direct_computation(raw: list[tuple[int, float]], window: int) -> None:
    series = sorted((day(n), v) for n, v in raw)
    for when, mean in rolling_mean(series, window):
        inside = [v for d, v in series if when - timedelta(days=window - 1) <= d <= when]
        assert abs(mean - sum(inside) / len(inside)) < 1e-9


def test_trend_has_one_point_per_rated_day() -> None:
    points = [RatedPoint(day(n), 5, 5 + n % 3) for n in range(0, 20, 2)]
    result = trend(points, 7)
    assert result.days == [day(n) for n in range(0, 20, 2)]
    assert len(result.balance) == len(result.independence) == 10


def test_theme_balance_counts_pillar_tags() -> None:
    pillars = {slug: spec.pillar for slug, spec in BUILTIN_BY_SLUG.items()}
    assert theme_balance(["trust", "teamwork", "boundaries"], pillars) == 1 / 3
    assert theme_balance(["self-care"], pillars) == -1
    assert theme_balance(["communication"], pillars) is None


def test_codependency_drift_from_ratings() -> None:
    points = [RatedPoint(day(n), 3, 8) for n in range(14)]
    alerts = detect_drift(points, day(13))
    assert [a.kind for a in alerts] == [Drift.CODEPENDENCY]
    assert alerts[0].mean_balance == 5


def test_isolation_drift_from_the_warning_theme() -> None:
    points = [RatedPoint(day(n), None, None, ("isolation",)) for n in (1, 5, 9)]
    assert [a.kind for a in detect_drift(points, day(13))] == [Drift.ISOLATION]
    # Two mentions are not enough.
    assert detect_drift(points[:2], day(13)) == []


def test_drift_only_reads_the_trailing_fourteen_days() -> None:
    old = [RatedPoint(day(n), 2, 9) for n in range(10)]
    recent = [RatedPoint(day(n), 7, 7) for n in range(20, 30)]
    assert detect_drift(old + recent, day(29)) == []
    assert detect_drift(old + recent, day(9))[0].kind is Drift.CODEPENDENCY


def test_a_balanced_fortnight_raises_nothing() -> None:
    assert detect_drift([RatedPoint(day(n), 7, 7) for n in range(14)], day(13)) == []

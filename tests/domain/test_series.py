"""The series the charts draw: per-period theme counts, warning marks, monthly means, insights."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.series import (
    ChartData,
    Period,
    TagCount,
    auto_period,
    monthly_means,
    period_start,
    pillar_counts,
    rolling_trend,
    tag_counts,
    theme_insights,
    top_themes,
    warning_marks,
    year_grid,
    years_of,
)
from desktop.domain.theme_catalogue import BUILTIN_THEMES, Pillar
from desktop.domain.trend import DayValue, RatedPoint, daily_values, trend

PILLARS = {t.slug: t.pillar for t in BUILTIN_THEMES} | {"gardening": None}


def rp(day: date, ind: int | None = None, inter: int | None = None, *themes: str) -> RatedPoint:
    return RatedPoint(day, ind, inter, themes)


def test_period_start_is_monday_or_first_of_month() -> None:
    assert period_start(date(2026, 11, 22), Period.WEEK) == date(2026, 11, 16)
    assert period_start(date(2026, 11, 16), Period.WEEK) == date(2026, 11, 16)
    assert period_start(date(2026, 11, 22), Period.MONTH) == date(2026, 11, 1)


def test_pillar_counts_per_week_count_tags_of_each_pillar() -> None:
    points = [
        rp(date(2026, 3, 2), 5, 5, "trust", "boundaries"),
        rp(date(2026, 3, 4), None, None, "connection", "gardening"),
        rp(date(2026, 3, 20), 4, 8, "codependency"),
    ]
    counts = pillar_counts(tag_counts(points), PILLARS, Period.WEEK)
    assert counts.periods == [date(2026, 3, 2), date(2026, 3, 16)]  # the empty weeks are absent
    assert counts.counts[Pillar.INTERDEPENDENCE] == [2, 0]
    assert counts.counts[Pillar.INDEPENDENCE] == [1, 0]
    assert counts.counts[Pillar.WARNING] == [0, 1]
    assert counts.counts[None] == [1, 0]
    assert Pillar.PRACTICE not in counts.counts  # a pillar never used draws nothing


def test_top_themes_most_first_ties_by_slug() -> None:
    points = [
        rp(date(2026, 1, 1), None, None, "trust", "boundaries"),
        rp(date(2026, 1, 2), None, None, "trust"),
    ]
    assert top_themes(tag_counts(points)) == [("trust", 2), ("boundaries", 1)]
    assert top_themes(tag_counts(points), 1) == [("trust", 2)]


def test_auto_period_weeks_for_months_months_for_years() -> None:
    assert auto_period((date(2026, 1, 1), date(2026, 5, 1))) is Period.WEEK
    assert auto_period((date(2025, 1, 1), date(2026, 5, 1))) is Period.MONTH
    assert auto_period(None) is Period.WEEK


def test_warning_marks_carry_the_day_balance_or_none() -> None:
    points = [
        rp(date(2026, 2, 1), 2, 8, "codependency"),
        rp(date(2026, 2, 1), 4, 8, "codependency"),  # same day and theme: one mark
        rp(date(2026, 2, 3), None, None, "isolation"),
    ]
    marks = warning_marks(daily_values(points), tag_counts(points))
    assert [(m.day, m.theme, m.balance) for m in marks] == [
        (date(2026, 2, 1), "codependency", 5.0),
        (date(2026, 2, 3), "isolation", None),
    ]


def test_monthly_means_are_means_of_day_values() -> None:
    values = daily_values(
        [
            rp(date(2026, 1, 5), 2, 8),
            rp(date(2026, 1, 5), 4, 8),
            rp(date(2026, 1, 9), 6, 6),
            rp(date(2026, 3, 1), 5, 1),
        ]
    )
    months = monthly_means(values)
    assert [m.month for m in months] == [date(2026, 1, 1), date(2026, 3, 1)]  # February: no value
    assert months[0].independence == pytest.approx((3 + 6) / 2)
    assert months[0].interdependence == pytest.approx((8 + 6) / 2)
    assert months[0].days == 2


def test_theme_insight_compares_days_with_and_without() -> None:
    points = [
        rp(date(2026, 4, 1), 2, 8, "trust"),  # +6
        rp(date(2026, 4, 2), 3, 8, "trust"),  # +5
        rp(date(2026, 4, 3), 5, 6, "trust", "boundaries"),  # +1
        rp(date(2026, 4, 4), 8, 4, "boundaries"),  # -4
        rp(date(2026, 4, 5), 6, 6),  # 0
        rp(date(2026, 4, 6), None, None, "trust"),  # no balance: not counted
    ]
    days, tags = daily_values(points), tag_counts(points)
    insights = {i.slug: i for i in theme_insights(days, tags, min_days=2)}
    trust = insights["trust"]
    assert trust.with_days == 3 and trust.without_days == 2
    assert trust.with_mean == pytest.approx(4.0)
    assert trust.without_mean == pytest.approx(-2.0)
    assert insights["boundaries"].with_mean == pytest.approx(-1.5)
    assert insights["boundaries"].without_mean == pytest.approx(11 / 3)
    assert list(insights) == ["boundaries", "trust"]  # towards self first
    assert theme_insights(days, tags, min_days=4) == []


def test_year_grid_places_days_by_weekday_and_leaves_gaps_empty() -> None:
    values = [DayValue(date(2026, 1, 1), 4, 6, 1), DayValue(date(2026, 1, 12), 7, 2, 1)]
    grid = year_grid(values, 2026)
    # 1 January 2026 is a Thursday (row 3) in the first week; 12 January a Monday of week 2.
    assert grid[3][0] == 2.0
    assert grid[0][2] == -5.0
    filled = [cell for row in grid for cell in row if cell is not None]
    assert sorted(filled) == [-5.0, 2.0]  # no other day is given a value, least of all zero


def test_years_of_keeps_the_latest() -> None:
    values = [DayValue(date(y, 6, 1), 5, 5, 1) for y in (2019, 2021, 2022, 2023, 2024)]
    assert years_of(values) == [2021, 2022, 2023, 2024]


def test_tag_counts_count_entries_per_day_and_theme() -> None:
    points = [
        rp(date(2026, 1, 2), None, None, "trust"),
        rp(date(2026, 1, 1), 5, 5, "trust", "boundaries"),
        rp(date(2026, 1, 1), 5, 5, "trust"),
    ]
    assert tag_counts(points) == [
        TagCount(date(2026, 1, 1), "boundaries", 1),
        TagCount(date(2026, 1, 1), "trust", 2),
        TagCount(date(2026, 1, 2), "trust", 1),
    ]


def test_rolling_trend_of_days_is_the_models_trend() -> None:
    points = [rp(date(2026, 1, d), d % 7, (d * 3) % 11) for d in range(1, 31, 2)]
    for window in (1, 7, 30):
        expected = trend(points, window)
        got = rolling_trend(daily_values(points), window)
        assert (got.days, got.balance, got.independence) == (
            expected.days,
            expected.balance,
            expected.independence,
        )


def test_chart_data_span_and_counts() -> None:
    data = ChartData.from_points(
        [rp(date(2026, 1, 3), 4, 6), rp(date(2026, 1, 3), 2, 2), rp(date(2026, 2, 9), None, None, "trust")]
    )
    assert data.rated_entries == 2
    assert data.span() == (date(2026, 1, 3), date(2026, 2, 9))
    narrowed = ChartData(days=data.days, date_from=date(2025, 12, 1), date_to=date(2026, 3, 1))
    assert narrowed.span() == (date(2025, 12, 1), date(2026, 3, 1))
    assert ChartData(days=[]).span() is None

"""Each chart draws exactly the model's values: gaps stay gaps, windows are in days."""

from __future__ import annotations

from datetime import date, timedelta

import matplotlib.dates as mdates
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from desktop.charts import CHART_KINDS, build_chart
from desktop.charts.common import ChartOptions
from desktop.charts.style import DARK
from desktop.domain.series import (
    ChartData,
    Period,
    monthly_means,
    pillar_counts,
    tag_counts,
    theme_insights,
    top_themes,
)
from desktop.domain.theme_catalogue import BUILTIN_THEMES, Pillar
from desktop.domain.trend import RatedPoint, daily_values, trend

PILLARS = {t.slug: t.pillar for t in BUILTIN_THEMES}
NAMES = {t.slug: t.name for t in BUILTIN_THEMES}
START = date(2026, 1, 1)


def rp(offset: int, ind: int | None, inter: int | None, *themes: str) -> RatedPoint:
    return RatedPoint(START + timedelta(days=offset), ind, inter, themes)


# Two stretches of entries with a 60-day silence between them, an unrated day, two entries on
# one day, and warning themes on a rated and on an unrated day.
POINTS = [
    rp(0, 5, 6, "trust"),
    rp(1, 4, 8, "trust", "connection"),
    rp(1, 2, 8, "codependency"),
    rp(3, 6, 6, "boundaries"),
    rp(4, None, None, "isolation"),
    rp(6, 7, 7, "communication", "trust"),
    rp(70, 8, 3, "isolation", "self-care"),
    rp(72, 7, 4, "self-care"),
    rp(75, 6, 6, "boundaries", "trust"),
]
PEOPLE = {"Sam": [POINTS[0], POINTS[1], POINTS[6]], "Alex": [POINTS[3]]}
DATA = ChartData.from_points(POINTS, PEOPLE, pillars=PILLARS, theme_names=NAMES)


def nums(days: list[date]) -> np.ndarray:
    return np.asarray(mdates.date2num(days), dtype=float)


def by_gid(fig: Figure, gid: str):  # type: ignore[no-untyped-def]
    for ax in fig.axes:
        for artist in [*ax.lines, *ax.collections]:
            if getattr(artist, "get_gid", lambda: None)() == gid:
                return artist
    raise AssertionError(f"no artist {gid!r}")


def patches(fig: Figure, gid: str) -> list:  # type: ignore[type-arg]
    return [p for ax in fig.axes for p in ax.patches if p.get_gid() == gid]


def line_points(line) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    x = np.asarray(line.get_xdata(), dtype=float)
    y = np.asarray(line.get_ydata(), dtype=float)
    keep = ~np.isnan(y)
    return x[keep], y[keep]


def test_trend_line_is_the_rolling_mean_and_breaks_over_silence() -> None:
    fig = build_chart("trend", DATA, ChartOptions(window_days=7))
    model = trend(POINTS, 7)
    line = by_gid(fig, "balance-mean")
    x, y = line_points(line)
    assert np.allclose(x, nums(model.days))
    assert np.allclose(y, model.balance)
    # The 60 silent days are a break in the line, not a bridge and not a dip to zero.
    raw_x = np.asarray(line.get_xdata(), dtype=float)
    raw_y = np.asarray(line.get_ydata(), dtype=float)
    (gap,) = np.nonzero(np.isnan(raw_y))[0]
    assert raw_x[gap - 1] == nums([START + timedelta(days=6)])[0]
    assert raw_x[gap + 1] == nums([START + timedelta(days=70)])[0]


def test_trend_daily_points_are_the_days_with_values_only() -> None:
    fig = build_chart("trend", DATA, ChartOptions())
    dots = by_gid(fig, "daily").get_offsets()
    values = daily_values(POINTS)
    assert len(dots) == len(values) == 7  # the unrated day and the silent days have no dot
    assert np.allclose(dots[:, 0], nums([v.day for v in values]))
    assert np.allclose(dots[:, 1], [v.balance for v in values])


def test_window_is_in_days() -> None:
    week = line_points(by_gid(build_chart("trend", DATA, ChartOptions(window_days=7)), "balance-mean"))
    quarter = line_points(by_gid(build_chart("trend", DATA, ChartOptions(window_days=90)), "balance-mean"))
    assert np.allclose(quarter[1], trend(POINTS, 90).balance)
    # Day 75 with a 7-day window sees days 70–75 only; with 90 days it sees everything before.
    assert week[1][-1] == pytest.approx(np.mean([-5, -3, 0]))
    assert quarter[1][-1] == pytest.approx(np.mean([v.balance for v in daily_values(POINTS)]))


def test_one_line_per_person_unless_switched_off() -> None:
    fig = build_chart("trend", DATA, ChartOptions(window_days=30))
    sam = line_points(by_gid(fig, "person:Sam"))
    model = trend(PEOPLE["Sam"], 30)
    assert np.allclose(sam[0], nums(model.days)) and np.allclose(sam[1], model.balance)
    assert "with Sam" in [t.get_text() for t in fig.legends[0].get_texts()]
    plain = build_chart("trend", DATA, ChartOptions(people=False))
    with pytest.raises(AssertionError):
        by_gid(plain, "person:Sam")


def test_warning_theme_entries_are_marked() -> None:
    fig = build_chart("trend", DATA, ChartOptions())
    codependency = by_gid(fig, "warning:codependency").get_offsets()
    assert np.allclose(codependency, [[nums([START + timedelta(days=1)])[0], 5.0]])
    isolation = by_gid(fig, "warning:isolation").get_offsets()
    assert isolation[:, 1].tolist() == [-5.0]  # day 70 sits on its balance
    # Day 4 has no rating: an open mark at the bottom edge, named as such in the legend.
    unrated = by_gid(fig, "warning-unrated:isolation")
    assert unrated.get_offsets()[:, 1].tolist() == [-9.4]
    assert unrated.get_facecolors().size == 0 or unrated.get_facecolors()[0][3] == 0
    assert "Tagged 'isolation', day not rated" in [t.get_text() for t in fig.legends[0].get_texts()]


def test_ratings_lines_are_both_rolling_means() -> None:
    fig = build_chart("ratings", DATA, ChartOptions(window_days=30))
    model = trend(POINTS, 30)
    assert np.allclose(line_points(by_gid(fig, "independence"))[1], model.independence)
    assert np.allclose(line_points(by_gid(fig, "interdependence"))[1], model.interdependence)
    daily = by_gid(fig, "independence-daily").get_offsets()
    assert np.allclose(daily[:, 1], [v.independence for v in daily_values(POINTS)])


def test_themes_bars_are_the_pillar_counts_and_top_themes() -> None:
    fig = build_chart("themes", DATA, ChartOptions(period=Period.WEEK))
    counts = pillar_counts(tag_counts(POINTS), PILLARS, Period.WEEK)
    bars = patches(fig, "pillar:interdependence")
    assert [b.get_height() for b in bars] == counts.counts[Pillar.INTERDEPENDENCE]
    assert np.allclose([b.get_x() for b in bars], nums(counts.periods))  # each bar spans its week
    top = patches(fig, "top-themes")
    expected = top_themes(tag_counts(POINTS), 10)[::-1]
    assert [b.get_width() for b in top] == [n for _, n in expected]
    labels = [t.get_text() for t in fig.axes[1].get_yticklabels()]
    assert labels[-1] == "Trust"


def test_map_points_and_monthly_path() -> None:
    fig = build_chart("map", DATA, ChartOptions())
    values = daily_values(POINTS)
    dots = by_gid(fig, "days").get_offsets()
    assert np.allclose(dots, [[v.independence, v.interdependence] for v in values])
    path = by_gid(fig, "monthly-path")
    months = monthly_means(values)
    assert np.allclose(path.get_xdata(), [m.independence for m in months])
    assert np.allclose(path.get_ydata(), [m.interdependence for m in months])
    texts = " ".join(t.get_text() for t in fig.axes[0].texts)
    for zone in ("Interdependent", "Leaning on others", "Leaning on self", "Low"):
        assert zone in texts


def test_heatmap_cells_hold_day_balances_and_gaps() -> None:
    fig = build_chart("heatmap", DATA, ChartOptions())
    mesh = by_gid(fig, "year:2026")
    cells = mesh.get_array().reshape(7, 54)
    filled = cells.compressed()
    assert sorted(filled.tolist()) == sorted(v.balance for v in daily_values(POINTS))
    # 1 January 2026 is a Thursday: row 3, week 0, balance +1.
    assert cells[3, 0] == 1.0
    assert cells[4, 0] == pytest.approx(5.0)  # Friday 2 January: the mean of its two entries
    assert cells[5, 0] is np.ma.masked  # Saturday 3 January has no entry: an empty cell
    assert cells[0, 1] is np.ma.masked  # Monday 5 January: only an unrated entry


def test_insight_dots_are_theme_means() -> None:
    fig = build_chart("insight", DATA, ChartOptions())
    insights = theme_insights(daily_values(POINTS), tag_counts(POINTS))
    with_dots = by_gid(fig, "with").get_offsets()
    assert np.allclose(with_dots[:, 0], [i.with_mean for i in insights])
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == [f"{NAMES[i.slug]}  ({i.with_days} days)" for i in insights]


@pytest.mark.parametrize("kind", list(CHART_KINDS))
def test_empty_data_draws_a_message_not_an_error(kind: str) -> None:
    fig = build_chart(kind, ChartData(days=[]), ChartOptions())
    FigureCanvasAgg(fig).draw()
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any(text.startswith(("No ", "Not enough")) for text in texts)


@pytest.mark.parametrize("kind", list(CHART_KINDS))
def test_dark_variant_has_a_dark_background_and_light_text(kind: str) -> None:
    fig = build_chart(kind, DATA, ChartOptions(style=DARK))
    assert fig.get_facecolor()[:3] == pytest.approx((0x1E / 255, 0x1F / 255, 0x22 / 255))
    ax: Axes = fig.axes[0]
    title = ax.get_title(loc="left") or fig.get_suptitle()
    assert title
    titles = [ax.title, ax._left_title, *([fig._suptitle] if fig._suptitle else [])]
    colours = [t.get_color() for t in titles if t.get_text()]
    assert all(c.upper() == "#E8E8E8" for c in colours)


def test_user_text_with_dollar_signs_is_not_math() -> None:
    data = ChartData.from_points(POINTS, {"$ome $am": PEOPLE["Sam"]}, pillars=PILLARS)
    fig = build_chart("trend", data, ChartOptions())
    FigureCanvasAgg(fig).draw()  # mathtext would fail or eat the dollars
    assert "with $ome $am" in [t.get_text() for t in fig.legends[0].get_texts()]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 400),
            st.one_of(st.none(), st.integers(0, 10)),
            st.integers(0, 10),
        ),
        max_size=40,
    ),
    st.sampled_from([1, 7, 30, 90]),
)
def test_any_journal_trend_is_drawn_as_the_model_says(rows, window) -> None:  # type: ignore[no-untyped-def]
    points = sorted((rp(day, ind, inter) for day, ind, inter in rows), key=lambda p: p.day)
    fig = build_chart("trend", ChartData.from_points(points), ChartOptions(window_days=window))
    model = trend(points, window)
    x, y = line_points(by_gid(fig, "balance-mean"))
    assert np.allclose(x, nums(model.days)) and np.allclose(y, model.balance)
    raw = np.asarray(by_gid(fig, "balance-mean").get_xdata(), dtype=float)
    gaps = sum(1 for a, b in zip(model.days, model.days[1:], strict=False) if (b - a).days > window)
    assert np.isnan(raw).sum() == gaps  # a break exactly where no entry falls in the window
    dots = by_gid(fig, "daily").get_offsets()
    assert len(dots) == len(daily_values(points))


def test_theme_counts_are_ticked_in_whole_numbers() -> None:
    from desktop.domain.series import TagCount

    # Two tags at most in a week: left to itself, matplotlib ticks 0, 0.25, 0.5 …
    tags = [TagCount(date(2026, 3, 2) + timedelta(days=7 * n), "trust", 1 + n % 2) for n in range(6)]
    data = ChartData(days=[], tags=tags, pillars=PILLARS, theme_names=NAMES)
    fig = build_chart("themes", data, ChartOptions())
    fig.canvas.draw()
    ticks = fig.axes[0].get_yticks()
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks)

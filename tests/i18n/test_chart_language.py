"""Charts speak the chosen language down to the date ticks, and their legends fit in it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from desktop.charts import build_chart
from desktop.domain import i18n
from desktop.domain.series import ChartData
from desktop.domain.theme_catalogue import BUILTIN_THEMES
from desktop.domain.trend import RatedPoint

START = date(2025, 11, 3)
THEMES = ("codependency", "isolation", "trust")
# Most of a year, every other day, with both warning themes on rated and on unrated days: the
# trend's legend then holds its five kinds of marks, the longest labels the charts have.
POINTS = [
    RatedPoint(
        START + timedelta(days=i),
        None if i % 17 == 0 else 2 + i % 7,
        None if i % 17 == 0 else 8 - i % 5,
        (THEMES[i % 3],),
    )
    for i in range(0, 300, 2)
]
DATA = ChartData.from_points(POINTS, pillars={t.slug: t.pillar for t in BUILTIN_THEMES})


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.use_language(i18n.SOURCE_LANGUAGE)


def tick_texts(kind: str) -> list[str]:
    fig = build_chart(kind, DATA)
    FigureCanvasAgg(fig).draw()
    return [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]


@pytest.mark.parametrize(
    ("code", "month", "new_year"),
    [("en", "Mar", "2026"), ("de", "Mär", "2026"), ("ml", "മാർ", "2026")],
)
def test_the_trend_s_month_ticks_are_in_the_chosen_language(
    language: None, code: str, month: str, new_year: str
) -> None:
    i18n.use_language(code)
    ticks = tick_texts("trend")
    assert month in ticks
    assert new_year in ticks  # the year is named where it begins


def test_a_tick_inside_a_month_names_day_and_month_in_the_language_s_order(language: None) -> None:
    i18n.use_language("de")
    assert i18n.axis_date_label(datetime(2026, 9, 14)) == "14. Sept."
    i18n.use_language("en")
    assert i18n.axis_date_label(datetime(2026, 9, 14)) == "Sep 14"
    assert i18n.axis_date_label(datetime(2026, 9, 1)) == "Sep"
    assert i18n.axis_date_label(datetime(2026, 9, 14, 12)) == "Sep 14 12:00"


@pytest.mark.parametrize("code", ["en", "de", "ml"])
@pytest.mark.parametrize("kind", ["trend", "ratings", "map"])
def test_the_legend_fits_inside_the_chart_in_every_language(language: None, code: str, kind: str) -> None:
    i18n.use_language(code)
    fig = build_chart(kind, DATA)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    (legend,) = fig.legends
    box = legend.get_window_extent(canvas.get_renderer())
    assert box.x0 >= 0 and box.x1 <= fig.bbox.width


def test_warning_themes_in_the_legend_keep_their_language_s_spelling(language: None) -> None:
    i18n.use_language("de")
    fig = build_chart("trend", DATA)
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "Mit Thema „Co-Abhängigkeit“" in labels  # a German noun keeps its capital
    i18n.use_language("en")
    fig = build_chart("trend", DATA)
    assert "Tagged 'codependency'" in [t.get_text() for t in fig.legends[0].get_texts()]

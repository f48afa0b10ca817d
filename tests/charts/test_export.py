"""Charts written as files: PNG, SVG and PDF, light and dark, from a realistic three-year journal."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from matplotlib.image import imread

from desktop.charts import CHART_KINDS, build_chart, save_chart
from desktop.charts.common import ChartOptions
from desktop.charts.style import DARK, LIGHT
from desktop.domain.series import ChartData
from desktop.domain.theme_catalogue import BUILTIN_THEMES
from desktop.domain.trend import RatedPoint
from tests.charts.sample_journal import sample_entries


@pytest.fixture(scope="module")
def three_years() -> ChartData:
    entries = list(sample_entries(3.0))
    points = [RatedPoint(e.date, e.independence, e.interdependence, tuple(e.themes)) for e in entries]
    people = {
        name: [RatedPoint(e.date, e.independence, e.interdependence) for e in entries if name in e.people]
        for name in ("Sam", "Alex", "Mum")
    }
    return ChartData.from_points(
        points,
        people,
        pillars={t.slug: t.pillar for t in BUILTIN_THEMES},
        theme_names={t.slug: t.name for t in BUILTIN_THEMES},
    )


@pytest.mark.parametrize("style", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("kind", list(CHART_KINDS))
def test_png_is_a_real_picture(kind: str, style, three_years: ChartData, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / f"{kind}.png"
    save_chart(build_chart(kind, three_years, ChartOptions(style=style)), target, dpi=60)
    pixels = imread(target)
    height, width = pixels.shape[:2]
    assert width > 400 and height > 300
    # Mostly background, but with plenty drawn on it.
    background = np.array(pixels[2, 2, :3])
    drawn = np.any(np.abs(pixels[..., :3] - background) > 0.1, axis=-1).mean()
    assert 0.03 < drawn < 0.9
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_svg_and_pdf_keep_text_as_text(three_years: ChartData, tmp_path: Path) -> None:
    fig = build_chart("map", three_years, ChartOptions())
    save_chart(fig, tmp_path / "map.svg")
    save_chart(fig, tmp_path / "map.pdf")
    svg = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "Balance map" in svg and "Interdependent" in svg
    assert (tmp_path / "map.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("name", ["chart.gif", "chart", "chart.png.txt"])
def test_unknown_extension_is_refused_and_nothing_written(name: str, tmp_path: Path) -> None:
    fig = build_chart("trend", ChartData(days=[]), ChartOptions())
    with pytest.raises(ValueError, match=r"\.png, \.svg or \.pdf"):
        save_chart(fig, tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")
    fig = build_chart("trend", ChartData(days=[]), ChartOptions())
    fig.savefig = None  # type: ignore[method-assign]  # breaks drawing halfway
    with pytest.raises(TypeError):
        save_chart(fig, target)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]

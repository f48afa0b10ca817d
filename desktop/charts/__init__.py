"""Matplotlib figure builders: plain chart data in, a Figure out. No Qt and no pyplot here.

`build_chart(kind, data, options)` draws one of CHART_KINDS into a new Figure (or into the one
given, as the window does with its canvas); `save_chart` writes a Figure as PNG, SVG or PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from matplotlib import rc_context
from matplotlib.figure import Figure

from desktop.charts.common import ChartOptions
from desktop.charts.maps import draw_heatmap, draw_map
from desktop.charts.style import styled
from desktop.charts.theme_charts import draw_insight, draw_themes
from desktop.charts.trend import draw_ratings, draw_trend
from desktop.domain.atomic_files import atomic_write
from desktop.domain.i18n import N_
from desktop.domain.series import ChartData

Drawer = Callable[[Figure, ChartData, ChartOptions], None]

# The order is the order the window lists them in; the keys are the CLI's chart kinds.
CHART_KINDS: dict[str, tuple[str, Drawer]] = {
    "trend": (N_("Balance trend"), draw_trend),
    "ratings": (N_("Independence and interdependence"), draw_ratings),
    "themes": (N_("Themes over time"), draw_themes),
    "map": (N_("Balance map"), draw_map),
    "heatmap": (N_("Year heatmap"), draw_heatmap),
    "insight": (N_("Theme insight"), draw_insight),
}
EXPORT_FORMATS = ("png", "svg", "pdf")
# The charts that read every theme tag; the others need only the warning themes' tags.
NEEDS_ALL_TAGS = frozenset({"themes", "insight"})
FIGURE_SIZES: dict[str, tuple[float, float]] = {
    "map": (8.5, 7.0),
    "heatmap": (11.0, 7.5),
}
DEFAULT_SIZE = (11.0, 5.8)


def build_chart(
    kind: str, data: ChartData, options: ChartOptions | None = None, fig: Figure | None = None
) -> Figure:
    """Draw the chart `kind` (a key of CHART_KINDS) into `fig`, or a new Figure of a good size."""
    options = options or ChartOptions()
    _, drawer = CHART_KINDS[kind]
    with styled(options.style):
        if fig is None:
            fig = Figure(figsize=FIGURE_SIZES.get(kind, DEFAULT_SIZE), layout="constrained")
        drawer(fig, data, options)
    return fig


def format_of(path: Path) -> str:
    """The export format named by the file's extension; ValueError with a reason otherwise."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in EXPORT_FORMATS:
        shown = f"'.{suffix}'" if suffix else "no extension"
        raise ValueError(f"{path} has {shown}; charts are written as .png, .svg or .pdf")
    return suffix


def save_chart(fig: Figure, path: Path, dpi: int = 150) -> None:
    """Write the figure to `path` in the format its extension names, completely or not at all.

    Text stays text in PDF and SVG files, so they are small and searchable.
    """
    fmt = format_of(path)
    path = Path(path)
    with atomic_write(path, "wb") as handle, rc_context(cast(Any, _EXPORT_RC)):
        fig.savefig(handle, format=fmt, dpi=dpi, facecolor=fig.get_facecolor())


_EXPORT_RC = {"pdf.fonttype": 42, "svg.fonttype": "none", "svg.hashsalt": "balance-journal"}


__all__ = [
    "CHART_KINDS",
    "EXPORT_FORMATS",
    "NEEDS_ALL_TAGS",
    "ChartOptions",
    "build_chart",
    "format_of",
    "save_chart",
]

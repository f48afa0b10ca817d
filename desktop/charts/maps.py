"""The balance map (independence × interdependence) and the year heatmap of daily balance."""

from __future__ import annotations

from datetime import date

import numpy as np
from matplotlib import colormaps
from matplotlib.cm import ScalarMappable
from matplotlib.colors import Colormap, ListedColormap, Normalize
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.patches import Polygon

from desktop.charts.common import ChartOptions, as_numbers, empty_message, legend_below, prepare
from desktop.charts.style import CODEPENDENCY_COLOUR, IDEAL_COLOUR, OTHERS_COLOUR, SELF_COLOUR, ChartStyle
from desktop.domain.i18n import _, month_abbreviations, month_name, weekday_names
from desktop.domain.series import ChartData, monthly_means, year_grid, years_of

MAP_ASPECT = 8.5 / 7.0  # width / height of the map with its colour bar and legend


def _centre_square_layout(fig: Figure) -> None:
    """On a figure wider than the map needs (the window's canvas), lay the map out in a centred
    region of its own shape: the square map and its colour bar stay together in the middle
    instead of the map hugging the bar at the right with empty space on the left."""
    width, height = fig.get_size_inches()
    share = MAP_ASPECT * height / width if width > 0 else 1.0
    engine = fig.get_layout_engine()
    if share < 1.0 and isinstance(engine, ConstrainedLayoutEngine):
        engine.set(rect=((1.0 - share) / 2, 0.0, share, 1.0))


def draw_map(fig: Figure, data: ChartData, options: ChartOptions) -> None:
    """Day values as points coloured by time, monthly means joined as a path, zones labelled."""
    style, t = options.style, options.thresholds
    prepare(fig, style)
    _centre_square_layout(fig)
    ax = fig.add_subplot()
    b = t.balanced_band
    # The balanced band is the diagonal strip |interdependence − independence| ≤ band.
    ax.add_patch(
        Polygon(
            [(0, 0), (b, 0), (10, 10 - b), (10, 10), (10 - b, 10), (0, b)],
            closed=True,
            color=IDEAL_COLOUR,
            alpha=style.band_alpha,
            lw=0,
        )
    )
    ax.add_patch(
        Polygon(
            [(0, b), (0, 10), (10 - b, 10)],
            closed=True,
            color=OTHERS_COLOUR,
            alpha=style.band_alpha * 0.5,
            lw=0,
        )
    )
    ax.add_patch(
        Polygon(
            [(b, 0), (10, 0), (10, 10 - b)],
            closed=True,
            color=SELF_COLOUR,
            alpha=style.band_alpha * 0.5,
            lw=0,
        )
    )
    ax.plot(
        [t.ideal_min, t.ideal_min, 10],
        [10, t.ideal_min, t.ideal_min],
        color=IDEAL_COLOUR,
        lw=1,
        ls="--",
        alpha=0.8,
    )
    # Where leaning turns into a risk: the weaker side at or below the risk level.
    r = t.risk_max
    ax.plot([r, r], [min(r + b, 10), 10], color=CODEPENDENCY_COLOUR, lw=1.1, ls=":", alpha=0.9)
    ax.plot([min(r + b, 10), 10], [r, r], color=style.warning_isolation, lw=1.1, ls=":", alpha=0.9)
    for x, y, text, ha, va in (
        (9.8, 9.8, _("Interdependent\n(the ideal)"), "right", "top"),
        (r + 0.15, 9.8, _("Leaning on others"), "left", "top"),
        (0.15, 9.8, _("Codependency\nrisk"), "left", "top"),
        (9.8, r + 0.15, _("Leaning on self"), "right", "bottom"),
        (9.8, 0.15, _("Isolation risk"), "right", "bottom"),
        (0.2, 0.2, _("Low"), "left", "bottom"),
    ):
        ax.text(x, y, text, ha=ha, va=va, fontsize=9, color=style.muted, style="italic")

    values = data.days
    days = as_numbers([v.day for v in values])
    norm = Normalize(days.min() - 1, days.max()) if len(days) else Normalize(0, 1)
    cmap = _time_colours(style)
    if len(days):
        ax.scatter(
            [v.independence for v in values],
            [v.interdependence for v in values],
            c=days,
            cmap=cmap,
            norm=norm,
            s=14,
            alpha=0.45,
            lw=0,
            zorder=2,
            gid="days",
        )
        bar = fig.colorbar(ScalarMappable(norm, cmap), ax=ax, pad=0.02, fraction=0.045)
        first, last = values[0].day, values[-1].day
        bar.set_ticks(
            [float(days.min() - 1), float(days.max())], labels=[month_name(first), month_name(last)]
        )
        bar.set_label(_("Day points and months: earlier → later"), color=style.foreground)
        bar.outline.set_edgecolor(style.grid)
    months = monthly_means(values)
    if months:
        mx = [m.independence for m in months]
        my = [m.interdependence for m in months]
        colours = cmap(norm(as_numbers([m.month for m in months])))
        ax.plot(
            mx,
            my,
            color=style.main_line,
            lw=1.3,
            alpha=0.8,
            zorder=3,
            gid="monthly-path",
            label=_("Monthly means, joined in order"),
        )
        ax.scatter(mx, my, s=34, color=colours, edgecolor=style.main_line, lw=0.8, zorder=4)
        ax.annotate(
            month_name(months[-1].month),
            (mx[-1], my[-1]),
            xytext=(8, -12),
            textcoords="offset points",
            fontsize=9,
            fontweight="bold",
            color=style.foreground,
            zorder=5,
        )
        if len(months) > 1:
            ax.annotate(
                _("start {month}").format(month=month_name(months[0].month)),
                (mx[0], my[0]),
                xytext=(6, 6),
                textcoords="offset points",
                fontsize=8,
                color=style.foreground,
                zorder=5,
                bbox={"boxstyle": "round,pad=0.2", "fc": style.background, "ec": "none", "alpha": 0.8},
            )
        ax.scatter(
            mx[-1:],
            my[-1:],
            s=130,
            facecolor="none",
            edgecolor=style.main_line,
            lw=1.8,
            zorder=5,
            label=_("Latest month"),
        )
        legend_below(fig, 2)
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    ax.set_aspect("equal")
    ax.set_xlabel(_("Independence  (keeping my own self)"))
    ax.set_ylabel(_("Interdependence  (relying on each other)"))
    ax.set_title(_("Balance map") + options.title_suffix, loc="left")
    if not values:
        empty_message(ax, _("No rated entries in this period"), style)


def _time_colours(style: ChartStyle) -> Colormap:
    """Cividis (readable with colour blindness); on dark, without its darkest blues."""
    cividis = colormaps["cividis"]
    if style.name != "dark":
        return cividis
    return ListedColormap(cividis(np.linspace(0.3, 1.0, 192)), name="cividis-dark")


def draw_heatmap(fig: Figure, data: ChartData, options: ChartOptions) -> None:
    """One calendar of weeks per year (the latest four), each day coloured by its balance.

    Days without a rated entry stay empty outlined cells: a gap, never a colour of zero.
    """
    style = options.style
    prepare(fig, style)
    values = data.days
    years = years_of(values)
    if not years:
        ax = fig.add_subplot()
        ax.set_axis_off()
        empty_message(ax, _("No rated entries in this period"), style)
        return
    axes = fig.subplots(len(years), 1, squeeze=False)[:, 0]
    cmap = style.diverging()
    empty_cell = ListedColormap([style.background])
    mesh = None
    for ax, year in zip(axes, years, strict=True):
        grid = np.array(year_grid(values, year), dtype=float)  # None becomes NaN
        ax.pcolormesh(
            np.ma.masked_where(_outside(year), np.zeros_like(grid)),
            cmap=empty_cell,
            edgecolors=style.empty_edge,
            linewidth=0.9,
        )
        mesh = ax.pcolormesh(
            np.ma.masked_invalid(grid),
            cmap=cmap,
            vmin=-10,
            vmax=10,
            edgecolors=style.background,
            linewidth=0.6,
            gid=f"year:{year}",
        )
        ax.set_xlim(0, 54)
        ax.set_ylim(7, 0)  # Monday on top
        ax.set_aspect("equal")
        weekdays = weekday_names()
        ax.set_yticks([0.5, 2.5, 4.5, 6.5], [weekdays[0], weekdays[2], weekdays[4], weekdays[6]], fontsize=7)
        ax.set_xticks([_week_of(year, m) + 0.5 for m in range(1, 13)], month_abbreviations(), fontsize=8)
        ax.set_ylabel(
            str(year), rotation=0, ha="right", va="center", fontsize=11, fontweight="bold", labelpad=12
        )
        ax.grid(False)
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
    fig.suptitle(
        _("Daily balance, year by year") + options.title_suffix,
        x=0.01,
        ha="left",
        fontsize=13,
        fontweight="bold",
        color=style.foreground,
    )
    if mesh is not None:
        bar = fig.colorbar(
            mesh, ax=list(axes), orientation="horizontal", fraction=0.05, pad=0.04, aspect=50, shrink=0.7
        )
        bar.set_ticks([-10, -5, 0, 5, 10], labels=[_("−10 self"), "−5", "0", "+5", _("+10 others")])
        bar.outline.set_visible(False)
        bar.set_label(_("Balance of the day (empty outlined cells: no rated entry)"), color=style.muted)


def _week_of(year: int, month: int) -> int:
    first = date(year, 1, 1)
    return ((date(year, month, 1) - first).days + first.weekday()) // 7


def _outside(year: int) -> np.ndarray:
    """True for the cells of the grid that are not days of `year`."""
    mask = np.ones((7, 54), dtype=bool)
    first = date(year, 1, 1)
    offset = first.weekday()
    length = (date(year + 1, 1, 1) - first).days
    for index in range(offset, offset + length):
        mask[index % 7, index // 7] = False
    return mask

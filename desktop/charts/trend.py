"""The balance trend and the two ratings over time."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.transforms import blended_transform_factory

from desktop.charts.common import (
    ChartOptions,
    as_numbers,
    broken_at_gaps,
    date_axis,
    empty_message,
    legend_below,
    period_text,
    prepare,
    rolling_means,
    with_gaps,
)
from desktop.charts.style import (
    IDEAL_COLOUR,
    OTHERS_COLOUR,
    SELF_COLOUR,
    WARNING_MARKERS,
    person_colours,
)
from desktop.domain.i18n import N_, _
from desktop.domain.series import ChartData, rolling_trend, warning_marks
from desktop.domain.theme_catalogue import builtin_or_slug
from desktop.domain.trend import DayValue

EDGE = 9.4  # where warning-theme marks of unrated days sit, inside the ±10 frame


def draw_trend(fig: Figure, data: ChartData, options: ChartOptions) -> None:
    """Daily balance points, the rolling mean, per-person lines, the balanced band and zones."""
    style, t = options.style, options.thresholds
    prepare(fig, style)
    ax = fig.add_subplot()
    band = t.balanced_band
    ax.axhspan(-band, band, color=IDEAL_COLOUR, alpha=style.band_alpha, lw=0, label=_("Balanced band"))
    ax.axhspan(band, 10.5, color=OTHERS_COLOUR, alpha=style.band_alpha * 0.45, lw=0)
    ax.axhspan(-10.5, -band, color=SELF_COLOUR, alpha=style.band_alpha * 0.45, lw=0)
    ax.axhline(0, color=style.muted, lw=0.8, alpha=0.6)
    labels = blended_transform_factory(ax.transAxes, ax.transData)
    for y, text in (
        ((band + 10) / 2, _("Leaning on\nothers ↑")),
        (0, _("Balanced\nband")),
        (-(band + 10) / 2, _("Leaning on\nself ↓")),
    ):
        ax.text(
            1.01,
            y,
            text,
            transform=labels,
            ha="left",
            va="center",
            fontsize=9,
            color=style.muted,
            style="italic",
            clip_on=False,
        )

    values = data.days
    days = [v.day for v in values]
    # Arrays, not lists: matplotlib checks each item of a list for a mask (5 ms for the 4,000
    # days of eleven years, 8 ms for 7,000 warning marks).
    ax.scatter(
        as_numbers(days),
        np.fromiter((v.balance for v in values), dtype=float, count=len(values)),
        s=9,
        color=style.muted,
        alpha=0.35,
        lw=0,
        label=_("Daily balance"),
        gid="daily",
        zorder=2,
    )
    mean_x, mean_y = _balance_line(values, options.window_days)
    ax.plot(
        mean_x,
        mean_y,
        color=style.main_line,
        lw=2.8,
        label=_("{days}-day mean").format(days=options.window_days),
        zorder=4,
        gid="balance-mean",
    )

    if options.people and data.people:
        colours = person_colours(list(data.people))
        for name, person_days in data.people.items():
            if not person_days:
                continue
            px, py = _balance_line(person_days, options.window_days)
            ax.plot(
                px,
                py,
                color=colours[name],
                lw=1.1,
                alpha=0.75,
                label=_("with {name}").format(name=name),
                zorder=3,
                gid=f"person:{name}",
            )

    all_marks = warning_marks(values, data.tags)
    for theme, (marker, colour) in WARNING_MARKERS.items():
        if theme == "isolation":
            colour = style.warning_isolation
        marks = [m for m in all_marks if m.theme == theme]
        rated = [(m.day, m.balance) for m in marks if m.balance is not None]
        unrated = [m for m in marks if m.balance is None]
        if rated:
            ax.scatter(
                as_numbers([day for day, _ in rated]),
                np.array([balance for _, balance in rated], dtype=float),
                marker=marker,
                s=46,
                color=colour,
                edgecolor=style.background,
                lw=0.6,
                label=_("Tagged '{theme}'").format(theme=builtin_or_slug(theme)),
                zorder=5,
                gid=f"warning:{theme}",
            )
        if unrated:
            # No balance that day: an open mark along the edge, so it does not read as a rating.
            ax.scatter(
                as_numbers([m.day for m in unrated]),
                np.full(len(unrated), EDGE if theme == "codependency" else -EDGE),
                marker=marker,
                s=40,
                facecolors="none",
                edgecolors=colour,
                lw=1.1,
                label=_("Tagged '{theme}', day not rated").format(theme=builtin_or_slug(theme)),
                zorder=5,
                gid=f"warning-unrated:{theme}",
            )

    ax.set_ylim(-10.5, 10.5)
    ax.set_yticks([-10, -5, -band, 0, band, 5, 10])
    ax.set_ylabel(_("Balance  (interdependence − independence)"))
    ax.set_title(_("Where has my balance been heading?") + options.title_suffix, loc="left")
    date_axis(ax, data, days)
    if not values:
        empty_message(ax, _("No rated entries in this period"), style)
    else:
        legend_below(fig, 5)
    _caption(ax, data)


def draw_ratings(fig: Figure, data: ChartData, options: ChartOptions) -> None:
    """Rolling means of independence and interdependence, with the ideal and risk levels."""
    style, t = options.style, options.thresholds
    prepare(fig, style)
    ax = fig.add_subplot()
    ax.axhspan(t.ideal_min, 10.4, color=IDEAL_COLOUR, alpha=style.band_alpha, lw=0)
    ax.axhspan(-0.4, t.risk_max, color=style.muted, alpha=style.band_alpha * 0.7, lw=0)
    labels = blended_transform_factory(ax.transAxes, ax.transData)
    ax.text(
        1.01,
        (t.ideal_min + 10) / 2,
        _("Ideal:\nboth {value}\nor more").format(value=f"{t.ideal_min:g}"),
        transform=labels,
        ha="left",
        va="center",
        fontsize=9,
        color=style.muted,
        style="italic",
        clip_on=False,
    )
    ax.text(
        1.01,
        t.risk_max / 2,
        _("Risk:\na side at\n{value} or less").format(value=f"{t.risk_max:g}"),
        transform=labels,
        ha="left",
        va="center",
        fontsize=9,
        color=style.muted,
        style="italic",
        clip_on=False,
    )

    values = data.days
    days = as_numbers([v.day for v in values])
    rolling = rolling_trend(values, options.window_days)
    for name, colour, daily, smooth in (
        (N_("Independence"), SELF_COLOUR, [v.independence for v in values], rolling.independence),
        (N_("Interdependence"), OTHERS_COLOUR, [v.interdependence for v in values], rolling.interdependence),
    ):
        ax.scatter(days, daily, s=9, color=colour, alpha=0.35, lw=0, zorder=2, gid=f"{name.lower()}-daily")
        x, y = with_gaps(rolling.days, smooth, options.window_days)
        ax.plot(
            x,
            y,
            color=colour,
            lw=2.4,
            zorder=4,
            gid=name.lower(),
            label=_("{name} ({days}-day mean)").format(name=_(name), days=options.window_days),
        )
    ax.set_ylim(-0.4, 10.4)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel(_("Rating (0–10)"))
    ax.set_title(_("Keeping my own self, and relying on each other") + options.title_suffix, loc="left")
    date_axis(ax, data, [v.day for v in values])
    if not values:
        empty_message(ax, _("No rated entries in this period"), style)
    else:
        legend_below(fig, 2)
    _caption(ax, data)


def _balance_line(values: list[DayValue], window_days: int) -> tuple[np.ndarray, np.ndarray]:
    """The rolling mean of the balance (only; the trend chart needs no more), gaps broken."""
    x = as_numbers([v.day for v in values])
    y = np.fromiter((v.balance for v in values), dtype=float, count=len(values))
    return broken_at_gaps(x, rolling_means(x, y, window_days), window_days)


def _caption(ax: Axes, data: ChartData) -> None:
    """The period and the number of rated entries, small, at the top right."""
    text = period_text(data)
    rated = data.rated_entries
    if text:
        ax.set_title(
            _("{period} · {count} rated entries").format(period=text, count=rated),
            loc="right",
            fontsize=9,
            fontweight="normal",
            color=ax.xaxis.label.get_color(),
        )

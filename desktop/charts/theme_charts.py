"""Themes over time by pillar with the top themes, and the theme insight chart."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from desktop.charts.common import ChartOptions, as_numbers, date_axis, empty_message, prepare
from desktop.charts.style import IDEAL_COLOUR, OTHERS_COLOUR, PILLAR_COLOURS, SELF_COLOUR
from desktop.domain.i18n import _
from desktop.domain.series import (
    ChartData,
    Period,
    auto_period,
    pillar_counts,
    theme_insights,
    top_themes,
)
from desktop.domain.theme_catalogue import Pillar, pillar_name


def _pillar_label(pillar: Pillar | None) -> str:
    return pillar_name(pillar) if pillar else _("Other themes")


def draw_themes(fig: Figure, data: ChartData, options: ChartOptions) -> None:
    """Stacked bars of theme tags per pillar per week or month, and the top themes beside them."""
    style = options.style
    prepare(fig, style)
    grid = fig.add_gridspec(1, 2, width_ratios=(2.6, 1), wspace=0.04)
    ax = fig.add_subplot(grid[0])
    top_ax = fig.add_subplot(grid[1])
    period = options.period or auto_period(data.span())
    counts = pillar_counts(data.tags, data.pillars, period)
    x = as_numbers(counts.periods)
    width = 5.6 if period is Period.WEEK else 24.0
    bottom = np.zeros(len(x))
    for pillar, values in counts.counts.items():
        ax.bar(
            x + width / 2,
            values,
            width=width,
            bottom=bottom,
            color=PILLAR_COLOURS[pillar],
            label=_pillar_label(pillar),
            gid=f"pillar:{pillar.value if pillar else 'none'}",
            lw=0,
        )
        bottom += np.asarray(values, dtype=float)
    ax.set_ylabel(_("Theme tags per week") if period is Period.WEEK else _("Theme tags per month"))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # tags are counted, never halved
    ax.set_title(_("Themes over time, by pillar") + options.title_suffix, loc="left")
    length = timedelta(days=6 if period is Period.WEEK else 30)
    ends = [counts.periods[0], counts.periods[-1] + length] if counts.periods else []
    date_axis(ax, data, ends)
    if counts.periods:
        ax.set_ylim(0, max(bottom) * 1.18)  # room for the legend above the tallest bar
        ax.legend(loc="upper left", ncol=5)
    else:
        empty_message(ax, _("No themes in this period"), style)

    top = top_themes(data.tags, 10)
    names = [data.theme_name(slug) for slug, _ in top][::-1]
    sizes = [n for _, n in top][::-1]
    colours = [PILLAR_COLOURS[data.pillars.get(slug)] for slug, _ in top][::-1]
    bars = top_ax.barh(range(len(top)), sizes, color=colours, gid="top-themes", lw=0)
    top_ax.bar_label(bars, padding=2, fontsize=8, color=style.muted)
    top_ax.set_yticks(range(len(top)), names)
    top_ax.set_xlabel(_("Entries"))
    top_ax.set_title(_("Top themes"), loc="left")
    top_ax.grid(axis="y", visible=False)
    top_ax.margins(x=0.18)
    if not top:
        empty_message(top_ax, "—", style)


def draw_insight(fig: Figure, data: ChartData, options: ChartOptions) -> None:
    """For each common theme, the mean balance of days with it (dot) against days without (ring)."""
    style, band = options.style, options.thresholds.balanced_band
    prepare(fig, style)
    ax = fig.add_subplot()
    insights = theme_insights(data.days, data.tags)
    ax.axvspan(-band, band, color=IDEAL_COLOUR, alpha=style.band_alpha, lw=0)
    ax.axvline(0, color=style.muted, lw=0.8, alpha=0.6)
    rows = np.arange(len(insights))
    with_means = [i.with_mean for i in insights]
    without = [i.without_mean if i.without_mean is not None else np.nan for i in insights]
    for row, insight in zip(rows, insights, strict=True):
        if insight.without_mean is not None:
            ax.plot(
                [insight.without_mean, insight.with_mean],
                [row, row],
                color=style.muted,
                lw=1.6,
                alpha=0.7,
                zorder=2,
            )
    colours = [OTHERS_COLOUR if m > band else SELF_COLOUR if m < -band else IDEAL_COLOUR for m in with_means]
    ax.scatter(
        without,
        rows,
        s=60,
        facecolor=style.background,
        edgecolor=style.muted,
        lw=1.5,
        zorder=3,
        label=_("Days without the theme"),
        gid="without",
    )
    ax.scatter(with_means, rows, s=70, color=colours, zorder=4, label=_("Days with the theme"), gid="with")
    ax.set_yticks(
        rows,
        [
            _("{theme}  ({days} days)").format(theme=data.theme_name(i.slug), days=i.with_days)
            for i in insights
        ],
    )
    ax.grid(axis="y", visible=False)
    lo = min([-4.0, *with_means, *[w for w in without if not np.isnan(w)]]) - 1
    hi = max([4.0, *with_means, *[w for w in without if not np.isnan(w)]]) + 1
    ax.set_xlim(max(lo, -10.5), min(hi, 10.5))
    ax.set_xlabel(_("Mean daily balance   ← towards self · towards others →"))
    ax.set_title(_("Which themes come with which balance?") + options.title_suffix, loc="left")
    if insights:
        ax.legend(loc="lower right")
        ax.set_ylim(-0.7, len(insights) - 0.3)
    else:
        empty_message(ax, _("Not enough rated days with themes yet"), style)

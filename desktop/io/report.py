"""The monthly report: a PDF with a summary, the month's charts and its entries.

The redacted variant, for sharing with a partner or a counsellor, holds no entry titles or text:
only dates, themes, people and ratings. Pages are A4 landscape, drawn with matplotlib's PdfPages
(no pyplot); text stays text in the file.
"""

from __future__ import annotations

import textwrap
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from matplotlib import rc_context
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from desktop.charts import build_chart
from desktop.charts.common import ChartOptions
from desktop.charts.fonts import chart_fonts
from desktop.charts.style import LIGHT, styled
from desktop.domain.atomic_files import atomic_write
from desktop.domain.balance import ZONE_COLOURS, Thresholds, Zone, zone_name, zone_of
from desktop.domain.entry import Entry
from desktop.domain.i18n import _, long_date, month_abbreviations, month_name, weekday_names
from desktop.domain.prompts import describe_drift, drift_prompt, prompt_text
from desktop.domain.series import ChartData, Period
from desktop.domain.theme_catalogue import builtin_or_slug, theme_name
from desktop.domain.trend import DriftAlert
from desktop.io.report_photos import ReportPhoto, photo_pages, photos_title

PAGE = (11.69, 8.27)  # A4 landscape, inches
REPORT_WINDOW_DAYS = 7  # a month is short: a week-long rolling mean shows its movement
REPORT_CHARTS = ("trend", "ratings", "map", "themes", "insight")
BODY_LIMIT = 3000  # characters of one entry's text in the report; the journal keeps it all
LINES_PER_PAGE = 40
WRAP = 150


@dataclass(frozen=True, slots=True)
class ReportInput:
    month: date  # the first of the month
    data: ChartData  # chart data for the month's entries
    entries: list[Entry]  # the month's entries, oldest first
    drift: list[DriftAlert]  # drift over the window ending on the month's last day
    thresholds: Thresholds
    photos: tuple[ReportPhoto, ...] = ()  # the month's photos; never drawn in the redacted report


def month_end(month: date) -> date:
    following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _fmt(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "—"
    value = round(value, 1) + 0.0  # no "-0.0"
    return f"{value:+.1f}" if signed and value else f"{value:.1f}"


def summary_lines(report: ReportInput) -> list[str]:
    """Counts and means of the month, in words."""
    entries = report.entries
    rated = [e for e in entries if e.balance is not None]
    days = len({e.date for e in entries})
    lines = [
        _("Entries: {entries} on {days} days  ·  rated: {rated}  ·  starred: {starred}").format(
            entries=len(entries), days=days, rated=len(rated), starred=sum(e.starred for e in entries)
        ),
        _(
            "Mean independence: {own}   ·   mean interdependence: {others}   ·   mean balance: {balance}"
        ).format(
            own=_fmt(_mean([e.independence for e in rated if e.independence is not None])),
            others=_fmt(_mean([e.interdependence for e in rated if e.interdependence is not None])),
            balance=_fmt(_mean([e.balance for e in rated if e.balance is not None]), signed=True),
        ),
    ]
    themes = Counter(t for e in entries for t in e.themes).most_common(8)
    if themes:
        shown = ", ".join(f"{theme_name(s, report.data.theme_name(s))} {n}" for s, n in themes)
        lines.append(_("Themes: {themes}").format(themes=shown))
    people = Counter(p for e in entries for p in e.people).most_common(8)
    if people:
        lines.append(_("People: {people}").format(people=", ".join(f"{name} {n}" for name, n in people)))
    return lines


def zone_counts(report: ReportInput) -> dict[Zone, int]:
    counts = {zone: 0 for zone in Zone}
    for e in report.entries:
        zone = zone_of(e.independence, e.interdependence, report.thresholds)
        if zone is not None:
            counts[zone] += 1
    return counts


def within_margins(fig: Figure, line: str, margin: float, fontsize: float) -> list[str]:
    """`line` broken between words into parts that fit between the page's side margins, as drawn:
    a month of many themes, or the same words in Malayalam, is wider than the page."""
    probe = fig.text(margin, 0, "", fontsize=fontsize)
    room = (1 - 2 * margin) * fig.bbox.width
    parts: list[str] = []
    current = ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        probe.set_text(candidate)
        if current.strip() and probe.get_window_extent().width > room:
            parts.append(current.rstrip())
            current = word
        else:
            current = candidate
    probe.remove()
    return [*parts, current]


def _summary_page(report: ReportInput, redacted: bool) -> Figure:
    fig = Figure(figsize=PAGE)
    title = _("Balance Journal — {month}").format(month=month_name(report.month, abbreviated=False))
    fig.text(0.05, 0.93, title, fontsize=22, weight="bold")
    note = _("Shared summary: entry titles and text are left out.") if redacted else _("Private report.")
    made = _("Made on {day}.").format(day=long_date(datetime.now().date()))
    fig.text(0.05, 0.895, f"{note}  {made}", fontsize=10, color=LIGHT.muted)
    y = 0.83
    for line in summary_lines(report):
        for part in within_margins(fig, line, 0.05, fontsize=11):
            fig.text(0.05, y, part, fontsize=11)
            y -= 0.022
        y -= 0.018

    ax = fig.add_axes((0.22, 0.3, 0.5, 0.3))
    counts = zone_counts(report)
    zones = list(Zone)[::-1]
    bars = ax.barh(
        [zone_name(z) for z in zones], [counts[z] for z in zones], color=[ZONE_COLOURS[z] for z in zones]
    )
    ax.bar_label(bars, padding=3, fontsize=9)
    ax.set_title(_("Rated entries by zone"), loc="left")
    ax.set_xlabel(_("Entries"))
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.12)

    y = 0.2
    if report.drift:
        fig.text(0.05, y, _("In the last days of the month"), fontsize=12, weight="bold")
        for alert in report.drift:
            y -= 0.04
            fig.text(0.05, y, describe_drift(alert), fontsize=10, wrap=True)
            y -= 0.035
            fig.text(
                0.07,
                y,
                _("A question to reflect on: {prompt}").format(prompt=prompt_text(drift_prompt(alert))),
                fontsize=10,
                style="italic",
                color=LIGHT.muted,
            )
    else:
        fig.text(
            0.05,
            y,
            _("No drift towards codependency or isolation at the end of the month."),
            fontsize=10,
            color=LIGHT.muted,
        )
    return fig


def entry_blocks(
    entries: list[Entry], thresholds: Thresholds, redacted: bool
) -> Iterator[list[tuple[str, str]]]:
    """Per entry, its lines as (style, text): 'head', 'meta' or 'body'. Redacted: no title/text."""
    for e in entries:
        day = _("{weekday} {day} {month} {year}").format(
            weekday=weekday_names()[e.date.weekday()],
            day=f"{e.date.day:02d}",
            month=month_abbreviations()[e.date.month - 1],
            year=e.date.year,
        )
        head = f"{day}  {e.time:%H:%M}"
        if e.starred:
            head += "  ★"
        if not redacted:
            head += "  —  " + (e.title or _("(untitled)"))
        meta: list[str] = []
        if e.themes:
            meta.append(_("themes: {themes}").format(themes=", ".join(map(builtin_or_slug, e.themes))))
        if e.people:
            meta.append(_("with: {people}").format(people=", ".join(e.people)))
        if e.independence is not None:
            meta.append(_("independence {value}").format(value=e.independence))
        if e.interdependence is not None:
            meta.append(_("interdependence {value}").format(value=e.interdependence))
        zone = e.zone(thresholds)
        if zone is not None:
            meta.append(
                _("balance {value} ({zone})").format(value=f"{e.balance:+d}", zone=zone_name(zone).lower())
            )
        if e.mood is not None:
            meta.append(_("mood {value}/5").format(value=e.mood))
        lines = [("head", head)]
        if meta:
            lines.append(("meta", "   ·   ".join(meta)))
        if not redacted and e.body.strip():
            body = e.body.strip()
            if len(body) > BODY_LIMIT:
                body = body[:BODY_LIMIT].rstrip() + _(" … (continues in the journal)")
            for paragraph in body.splitlines():
                wrapped = textwrap.wrap(paragraph, WRAP) or [""]
                lines.extend(("body", w) for w in wrapped)
        yield lines


def _entry_pages(report: ReportInput, redacted: bool) -> Iterator[Figure]:
    title = _("Entries of {month}").format(month=month_name(report.month, abbreviated=False))
    if redacted:
        title += _(" (titles and text left out)")
    page: list[tuple[str, str]] = []
    for block in entry_blocks(report.entries, report.thresholds, redacted):
        if page and len(page) + len(block) > LINES_PER_PAGE:
            yield _text_page(title, page)
            page = []
        page.extend(block)
        page.append(("gap", ""))
        while len(page) > LINES_PER_PAGE:  # one very long entry runs over several pages
            yield _text_page(title, page[:LINES_PER_PAGE])
            page = page[LINES_PER_PAGE:]
    if page or not report.entries:
        yield _text_page(title, page or [("meta", _("No entries this month."))])


def _text_page(title: str, lines: list[tuple[str, str]]) -> Figure:
    fig = Figure(figsize=PAGE)
    fig.text(0.05, 0.95, title, fontsize=14, weight="bold")
    step = 0.86 / LINES_PER_PAGE
    y = 0.91
    looks: dict[str, dict[str, Any]] = {
        "head": {"fontsize": 10, "weight": "bold"},
        "meta": {"fontsize": 8.5, "color": LIGHT.muted},
        "body": {"fontsize": 9},
        "gap": {"fontsize": 6},
    }
    for kind, text in lines:
        if text:
            fig.text(0.05 if kind == "head" else 0.065, y, text, va="top", **looks[kind])
        y -= step * (0.6 if kind == "gap" else 1)
    return fig


def report_figures(report: ReportInput, redacted: bool) -> Iterator[Figure]:
    """Every page of the report, in order, each drawn only when asked for."""
    with styled(LIGHT):
        yield _summary_page(report, redacted)
        options = ChartOptions(
            window_days=REPORT_WINDOW_DAYS,
            thresholds=report.thresholds,
            period=Period.WEEK,
            title_suffix=" — " + month_name(report.month, abbreviated=False),
        )
        for kind in REPORT_CHARTS:
            fig = Figure(figsize=PAGE, layout="constrained")
            yield build_chart(kind, report.data, options, fig=fig)
        yield from _entry_pages(report, redacted)
        if not redacted and report.photos:
            yield from photo_pages(report.photos, photos_title(month_name(report.month, abbreviated=False)))


def write_report(report: ReportInput, path: Path, redacted: bool = False) -> int:
    """Write the report to `path` (complete or not at all); returns the number of pages."""
    path = Path(path)
    title = f"Balance Journal report, {report.month:%B %Y}" + (" (redacted)" if redacted else "")
    pages = 0
    with (
        atomic_write(path, "wb") as handle,
        rc_context({"pdf.fonttype": 42, "text.parse_math": False, "font.family": chart_fonts()}),
        warnings.catch_warnings(),
    ):
        # A glyph the font lacks (an emoji, say) is drawn as a box; no need to warn about it.
        warnings.filterwarnings("ignore", message="Glyph .* missing")
        with PdfPages(handle, metadata={"Title": title, "Creator": "Balance Journal"}) as pdf:
            for fig in report_figures(report, redacted):
                pdf.savefig(fig)
                pages += 1
    return pages

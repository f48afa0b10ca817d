"""Commands that draw: `chart` (one chart to a file) and `report` (a month as a PDF).

matplotlib is imported only inside the handlers, so other commands never pay for it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.commands.common import CommandError, open_for, parse_int, refuse_journal_files
from desktop.commands.entries import add_filter_options, filter_from
from desktop.domain.entry import EARLIEST_DATE, LATEST_DATE, InvalidEntry, check_date
from desktop.domain.i18n import _, month_name

CHART_CHOICES = ("trend", "ratings", "themes", "map", "heatmap", "insight")
CHART_SUFFIXES = (".png", ".svg", ".pdf")


def register(commands: argparse._SubParsersAction) -> None:
    chart = commands.add_parser("chart", help="draw a chart to a PNG, SVG or PDF file")
    chart.add_argument("kind", choices=CHART_CHOICES)
    chart.add_argument("--out", required=True, metavar="FILE", help="a .png, .svg or .pdf file")
    chart.add_argument("--window", metavar="DAYS", help="rolling window in days (default: from settings)")
    add_filter_options(chart)
    chart.add_argument("--person", action="append", default=[], metavar="NAME")
    chart.add_argument("--period", choices=["week", "month"], help="themes chart: bars per week or per month")
    chart.add_argument("--dark", action="store_true", help="the dark variant")
    chart.set_defaults(handler=chart_command)

    report = commands.add_parser("report", help="a month's charts and summary as a PDF")
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--redacted", action="store_true", help="leave out every entry's title and text")
    report.set_defaults(handler=report_command)


def _target(text: str, suffixes: tuple[str, ...]) -> Path:
    target = Path(text)
    if target.suffix.lower() not in suffixes:
        shown = f"'{target.suffix}'" if target.suffix else "no extension"
        raise CommandError(f"{target} has {shown}; use {', '.join(suffixes)}")
    if target.is_dir():
        raise CommandError(f"{target} is a folder; give a file name")
    if not target.parent.exists():
        raise CommandError(f"the folder {target.parent} does not exist")
    return target


def parse_month(text: str) -> date:
    try:
        year, month = text.split("-")
        if len(year) != 4 or len(month) != 2:
            raise ValueError
        first = date(int(year), int(month), 1)
    except ValueError:
        raise CommandError(f"--month {text!r} is not a month of the form YYYY-MM") from None
    try:
        return check_date(first, "--month")
    except InvalidEntry:
        raise CommandError(
            f"--month {text} is out of range: months run from {EARLIEST_DATE:%Y-%m} to {LATEST_DATE:%Y-%m}"
        ) from None


def warn_when_the_font_is_missing() -> None:
    """Say so once, before drawing, when the language's letters have no font and would be boxes."""
    from desktop.charts.fonts import missing_font_note

    note = missing_font_note()
    if note:
        print(f"balance-journal: warning: {note}", file=sys.stderr)


def chart_command(args: Any) -> int:
    target = _target(args.out, CHART_SUFFIXES)
    refuse_journal_files(target, args)
    flt = filter_from(args)
    window = parse_int(args.window, "--window", 1, 3650)

    from desktop.charts import CHART_KINDS, NEEDS_ALL_TAGS, build_chart, save_chart
    from desktop.charts.common import ChartOptions
    from desktop.charts.style import DARK, LIGHT
    from desktop.domain.series import Period
    from desktop.store.charts.chart_data import load_chart_data
    from desktop.store.journal import settings

    with open_for(args, read_only_ok=True):
        data = load_chart_data(flt, all_tags=args.kind in NEEDS_ALL_TAGS)
        thresholds = settings.thresholds()
    options = ChartOptions(
        window_days=window or thresholds.trend_window_days,
        style=DARK if args.dark else LIGHT,
        thresholds=thresholds,
        period=Period(args.period) if args.period else None,
    )
    warn_when_the_font_is_missing()
    figure = build_chart(args.kind, data, options)
    try:
        save_chart(figure, target)
    except OSError as error:
        raise CommandError(f"cannot write {target}: {error.strerror or error}") from None
    chart = _(CHART_KINDS[args.kind][0])
    print(_("wrote the chart “{chart}” to {path}").format(chart=chart, path=target), file=sys.stderr)
    return 0


def report_command(args: Any) -> int:
    target = _target(args.out, (".pdf",))
    refuse_journal_files(target, args)
    month = parse_month(args.month)

    from desktop.io.report import ReportInput, month_end, write_report
    from desktop.io.report_photos import report_photos
    from desktop.store.attachments.references import photo_thumbnails
    from desktop.store.charts.chart_data import month_report_data

    with open_for(args, read_only_ok=True):
        data, entries, drift, thresholds = month_report_data(month, month_end(month))
        photos = (
            () if args.redacted else report_photos(entries, photo_thumbnails(e.uuid for e in entries))
        )  # a shared report holds none
    report = ReportInput(
        month=month, data=data, entries=entries, drift=drift, thresholds=thresholds, photos=photos
    )
    warn_when_the_font_is_missing()
    try:
        pages = write_report(report, target, redacted=args.redacted)
    except OSError as error:
        raise CommandError(f"cannot write {target}: {error.strerror or error}") from None
    done = (
        _("wrote a {pages}-page redacted report for {month} to {path}")
        if args.redacted
        else _("wrote a {pages}-page report for {month} to {path}")
    )
    print(done.format(pages=pages, month=month_name(month, abbreviated=False), path=target), file=sys.stderr)
    return 0

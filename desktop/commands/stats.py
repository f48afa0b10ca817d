"""The `stats` command: counts, means, zones and drift over a period."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desktop.commands.common import open_for, print_json
from desktop.commands.entries import add_filter_options, filter_from
from desktop.domain.balance import Zone, zone_name
from desktop.domain.i18n import N_, _, number
from desktop.domain.theme_catalogue import builtin_or_slug


def register(commands: argparse._SubParsersAction) -> None:
    stats = commands.add_parser("stats", help="counts, means, zones and drift")
    add_filter_options(stats)
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.set_defaults(handler=stats_command)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def stats_command(args: Any) -> int:
    from desktop.store.charts.stats import compute_stats

    flt = filter_from(args)
    with open_for(args, read_only_ok=True):
        stats = compute_stats(flt, drift_end=flt.date_to or date.today())
    record = {
        "entries": stats.entries,
        "rated_entries": stats.rated_entries,
        "mean_independence": _round(stats.mean_independence),
        "mean_interdependence": _round(stats.mean_interdependence),
        "mean_balance": _round(stats.mean_balance),
        "zones": stats.zones,
        "themes": stats.themes,
        "people": stats.people,
        "drift": [alert.kind.value for alert in stats.drift],
    }
    if args.json:
        print_json(record)
        return 0
    # In the language of the window (JSON above stays in the journal's own words, for scripts).
    print(_("Entries: {entries} ({rated} rated)").format(entries=stats.entries, rated=stats.rated_entries))
    for label, value in (
        (N_("Mean independence: {value}"), stats.mean_independence),
        (N_("Mean interdependence: {value}"), stats.mean_interdependence),
        (N_("Mean balance: {value}"), stats.mean_balance),
    ):
        print(_(label).format(value="—" if value is None else number(value)))
    if stats.rated_entries:
        zones = ", ".join(f"{zone_name(Zone(z))} {n}" for z, n in stats.zones.items() if n)
        print(_("Zones: {zones}").format(zones=zones))
    if stats.themes:
        themes = ", ".join(f"{builtin_or_slug(t)} {n}" for t, n in list(stats.themes.items())[:10])
        print(_("Themes: {themes}").format(themes=themes))
    if stats.people:
        people = ", ".join(f"{p} {n}" for p, n in list(stats.people.items())[:10])
        print(_("People: {people}").format(people=people))
    for alert in stats.drift:
        print(
            _("Drift: {kind} over {start} – {end}").format(
                kind=builtin_or_slug(alert.kind.value), start=alert.start, end=alert.end
            )
        )
    return 0

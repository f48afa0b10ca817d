"""The `stats` command: counts, means, zones and drift over a period."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desktop.commands.common import open_for, print_json
from desktop.commands.entries import add_filter_options, filter_from


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
    print(f"Entries: {stats.entries} ({stats.rated_entries} rated)")
    for label, key in (
        ("Mean independence", "mean_independence"),
        ("Mean interdependence", "mean_interdependence"),
        ("Mean balance", "mean_balance"),
    ):
        value = record[key]
        print(f"{label}: {'—' if value is None else f'{value:.1f}'}")
    if stats.rated_entries:
        print("Zones: " + ", ".join(f"{z} {n}" for z, n in stats.zones.items() if n))
    if stats.themes:
        print("Themes: " + ", ".join(f"{t} {n}" for t, n in list(stats.themes.items())[:10]))
    if stats.people:
        print("People: " + ", ".join(f"{p} {n}" for p, n in list(stats.people.items())[:10]))
    for alert in stats.drift:
        print(f"Drift: {alert.kind.value} over {alert.start} – {alert.end}")
    return 0

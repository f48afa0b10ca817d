"""Commands on single entries and lists of them: add, list, search, show, delete."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.commands.common import (
    CommandError,
    open_for,
    parse_date,
    parse_int,
    parse_time,
    print_entries_json,
    print_json,
)
from desktop.domain.balance import (
    MOOD_MAX,
    MOOD_MIN,
    RATING_MAX,
    RATING_MIN,
    Thresholds,
    balance_of,
    zone_of,
)
from desktop.domain.entry import Entry, InvalidEntry, local_now_parts, local_offset
from desktop.domain.filters import EntryFilter

if TYPE_CHECKING:
    from desktop.store.browse.line_rows import LineRow


def register(commands: argparse._SubParsersAction) -> None:
    add = commands.add_parser("add", help="add an entry and print its uuid")
    add.add_argument("--title", required=True)
    body = add.add_mutually_exclusive_group()
    body.add_argument("--body", help="the entry's Markdown text")
    body.add_argument("--body-file", metavar="F", help="read the text from a file ('-': stdin)")
    add.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    add.add_argument("--time", metavar="HH:MM", help="default: now")
    add.add_argument("--theme", action="append", default=[], metavar="SLUG")
    add.add_argument("--person", action="append", default=[], metavar="NAME")
    add.add_argument("--independence", metavar="N", help=f"{RATING_MIN}–{RATING_MAX}")
    add.add_argument("--interdependence", metavar="N", help=f"{RATING_MIN}–{RATING_MAX}")
    add.add_argument("--mood", metavar="N", help=f"{MOOD_MIN}–{MOOD_MAX}")
    add.add_argument("--star", action="store_true")
    add.set_defaults(handler=add_command)

    lst = commands.add_parser("list", help="list entries, oldest first")
    add_filter_options(lst)
    lst.add_argument("--person", action="append", default=[], metavar="NAME")
    lst.add_argument("--starred", action="store_true")
    lst.add_argument("--json", action="store_true", help="print a JSON array of entries")
    lst.set_defaults(handler=list_command)

    search = commands.add_parser("search", help="full-text search, best match first")
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=search_command)

    show = commands.add_parser("show", help="show one entry")
    show.add_argument("uuid", help="the entry's uuid, or its start as `list` shows it")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_command)

    delete = commands.add_parser("delete", help="move an entry to the Trash")
    delete.add_argument("uuid", help="the entry's uuid, or its start as `list` shows it")
    delete.set_defaults(handler=delete_command)

    edit = commands.add_parser("edit", help="change an entry: only the options given change")
    edit.add_argument("uuid", help="the entry's uuid, or its start as `list` shows it")
    edit.add_argument("--title")
    edit_body = edit.add_mutually_exclusive_group()
    edit_body.add_argument("--body", help="the entry's new Markdown text")
    edit_body.add_argument("--body-file", metavar="F", help="read the new text from a file ('-': stdin)")
    edit.add_argument("--date", metavar="YYYY-MM-DD")
    edit.add_argument("--time", metavar="HH:MM")
    edit.add_argument("--theme", action="append", metavar="SLUG", help="the themes (all of them; repeat)")
    edit.add_argument("--person", action="append", metavar="NAME", help="the people (all of them; repeat)")
    edit.add_argument("--independence", metavar="N", help=f"{RATING_MIN}–{RATING_MAX}")
    edit.add_argument("--interdependence", metavar="N", help=f"{RATING_MIN}–{RATING_MAX}")
    edit.add_argument("--mood", metavar="N", help=f"{MOOD_MIN}–{MOOD_MAX}")
    edit.add_argument("--star", action=argparse.BooleanOptionalAction, default=None)
    edit.set_defaults(handler=edit_command)


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", metavar="D", help="first date, YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", metavar="D", help="last date, YYYY-MM-DD")
    parser.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="SLUG",
        help="entries with this theme (repeat for any of several)",
    )


def filter_from(args: Any) -> EntryFilter:
    flt = EntryFilter(
        date_from=parse_date(args.date_from, "--from"),
        date_to=parse_date(args.date_to, "--to"),
        themes=tuple(getattr(args, "theme", ())),
        people=tuple(getattr(args, "person", ())),
        starred=bool(getattr(args, "starred", False)),
    )
    try:
        flt.check()
    except ValueError as error:
        raise CommandError(str(error)) from None
    return flt


def _read_body(args: Any) -> str:
    if args.body is not None:
        return str(args.body)
    if args.body_file is None:
        return ""
    try:
        # Bytes, decoded as they are: text mode would turn CRLF and lone CR into LF.
        if args.body_file == "-":
            return sys.stdin.buffer.read().decode("utf-8")
        return Path(args.body_file).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"cannot read {args.body_file}: {error}") from None


def add_command(args: Any) -> int:
    today, now, _ = local_now_parts()
    day = parse_date(args.date, "--date") or today
    at = parse_time(args.time, "--time") or now
    try:
        offset = local_offset(day, at)
    except InvalidEntry as error:
        raise CommandError(str(error)) from None
    entry = Entry(
        title=args.title,
        body=_read_body(args),
        date=day,
        time=at,
        utc_offset=offset,
        themes=list(dict.fromkeys(args.theme)),
        people=list(args.person),
        independence=parse_int(args.independence, "--independence", RATING_MIN, RATING_MAX),
        interdependence=parse_int(args.interdependence, "--interdependence", RATING_MIN, RATING_MAX),
        mood=parse_int(args.mood, "--mood", MOOD_MIN, MOOD_MAX),
        starred=args.star,
    )
    from desktop.store.entries.entry_table import save_entry

    with open_for(args, create=True):
        created = save_entry(entry)
    for slug in created:
        print(f"created a new theme '{slug}'", file=sys.stderr)
    print(entry.uuid)
    return 0


def _balance_part(independence: int | None, interdependence: int | None, limits: Thresholds) -> str:
    """The line's "  balance +3 (zone)", or "" for an entry not rated on both scales."""
    zone = zone_of(independence, interdependence, limits)
    balance = balance_of(independence, interdependence)
    if zone is None or balance is None:
        return ""
    return f"  balance {int(balance):+d} ({zone.value})"


def _print_lines(rows: Iterable[LineRow]) -> None:
    """One line per entry, from rows of `line_rows.LINE_FIELDS`, written a thousand lines at a
    time (tens of thousands of `print` calls were a sixth of a long list's time)."""
    from desktop.store.journal.settings import thresholds

    limits = thresholds()
    # Ratings are small whole numbers: the few pairs a journal holds are each worded once.
    balances: dict[tuple[int | None, int | None], str] = {}
    rows = iter(rows)
    while chunk := list(islice(rows, 1000)):
        lines = []
        for uuid, day, at, title, starred, independence, interdependence, themes, people in chunk:
            title = " ".join(title.split()) or "(untitled)"  # a title's line breaks: still one row
            line = f"{day} {at}  {'★ ' if starred else ''}{title}"
            if themes is not None:
                line += f"  [{themes}]"
            if people is not None:
                line += f"  with {people}"
            pair = (independence, interdependence)
            balance = balances.get(pair)
            if balance is None:
                balance = balances[pair] = _balance_part(independence, interdependence, limits)
            lines.append(f"{line}{balance}  {uuid[:8]}\n")
        sys.stdout.write("".join(lines))
    sys.stdout.flush()


def list_command(args: Any) -> int:
    from desktop.store.browse.line_rows import iter_entry_lines
    from desktop.store.entries.entry_table import iter_entries

    flt = filter_from(args)
    with open_for(args, read_only_ok=True):
        if args.json:
            print_entries_json(iter_entries(flt, newest_first=False))
        else:
            _print_lines(iter_entry_lines(flt, newest_first=False))
    return 0


def search_command(args: Any) -> int:
    from desktop.store.browse.search import iter_search, iter_search_lines

    with open_for(args, read_only_ok=True):
        if args.json:
            print_entries_json(iter_search(args.query))
        else:
            _print_lines(iter_search_lines(args.query))
    return 0


def show_command(args: Any) -> int:
    from desktop.io.formats.records import entry_to_record
    from desktop.store.attachments.references import attachments_of
    from desktop.store.entries.entry_table import get_entry, resolve_uuid
    from desktop.store.journal.settings import thresholds

    with open_for(args, read_only_ok=True):
        entry = get_entry(resolve_uuid(args.uuid), include_trashed=False)
        attachments = attachments_of(entry.uuid)
        if args.json:
            print_json({**entry_to_record(entry), "attachments": [a.as_json() for a in attachments]})
            return 0
        print(("★ " if entry.starred else "") + (entry.title or "(untitled)"))
        print(
            f"{entry.date.isoformat()} {entry.time.strftime('%H:%M')} "
            f"(UTC{entry.moment.strftime('%z')[:3]}:{entry.moment.strftime('%z')[3:]})"
        )
        # Kept from other journal apps; `--json` keeps to the CSV columns scripts rely on (SPEC).
        if entry.place is not None and entry.place.label:
            print("Place: " + entry.place.label)
        if entry.weather is not None and entry.weather.label:
            print("Weather: " + entry.weather.label)
        if entry.source:
            print("From the journal: " + entry.source)
        if entry.scales:
            print("Scales: " + ", ".join(f"{name} {level}" for name, level in entry.scales.items()))
        if entry.themes:
            print("Themes: " + ", ".join(entry.themes))
        if entry.people:
            print("People: " + ", ".join(entry.people))
        if entry.independence is not None:
            print(f"Independence: {entry.independence}")
        if entry.interdependence is not None:
            print(f"Interdependence: {entry.interdependence}")
        zone = entry.zone(thresholds())
        if zone is not None:
            print(f"Balance: {entry.balance:+d} ({zone.value})")
        if entry.mood is not None:
            print(f"Mood: {entry.mood}")
        if attachments:
            print("Attachments: " + ", ".join(a.name for a in attachments))
        if entry.body:
            print()
            print(entry.body)
    return 0


def delete_command(args: Any) -> int:
    from desktop.store.entries.entry_table import get_entry, resolve_uuid, trash_entry

    with open_for(args):
        entry = get_entry(resolve_uuid(args.uuid), include_trashed=False)
        trash_entry(entry.uuid)
    print(f"moved '{entry.title}' to the Trash", file=sys.stderr)
    return 0


def edit_command(args: Any) -> int:
    """Change the options given and keep the rest, in one save (for scripts, and sync's tests)."""
    from desktop.store.entries.entry_table import get_entry, resolve_uuid, save_entry

    day = parse_date(args.date, "--date")
    at = parse_time(args.time, "--time")
    changes: dict[str, Any] = {
        "independence": parse_int(args.independence, "--independence", RATING_MIN, RATING_MAX),
        "interdependence": parse_int(args.interdependence, "--interdependence", RATING_MIN, RATING_MAX),
        "mood": parse_int(args.mood, "--mood", MOOD_MIN, MOOD_MAX),
        "title": args.title,
        "starred": args.star,
        "themes": list(dict.fromkeys(args.theme)) if args.theme is not None else None,
        "people": list(args.person) if args.person is not None else None,
        "body": _read_body(args) if args.body is not None or args.body_file is not None else None,
    }
    with open_for(args):
        entry = get_entry(resolve_uuid(args.uuid), include_trashed=False)
        for name, value in changes.items():
            if value is not None:
                setattr(entry, name, value)
        if day is not None or at is not None:
            entry.date, entry.time = day or entry.date, at or entry.time
            try:
                entry.utc_offset = local_offset(entry.date, entry.time)
            except InvalidEntry as error:
                raise CommandError(str(error)) from None
        created = save_entry(entry)
    for slug in created:
        print(f"created a new theme '{slug}'", file=sys.stderr)
    print(entry.uuid)
    return 0

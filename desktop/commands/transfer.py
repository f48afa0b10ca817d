"""Moving entries in and out of the journal: `export` and `import`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands.common import CommandError, open_for, refuse_journal_files
from desktop.commands.entries import add_filter_options, filter_from

IMPORT_FORMATS = ("auto", "csv", "json", "jrnl", "dayone", "daylio")


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help="write entries to a file")
    export.add_argument("format", choices=["csv", "json", "zip"], help="zip: JSON with the photos and files")
    export.add_argument("path", metavar="PATH")
    add_filter_options(export)
    export.set_defaults(handler=export_command)

    imp = commands.add_parser(
        "import", help="add entries from a file (this app's CSV/JSON, jrnl, Day One, Daylio)"
    )
    imp.add_argument("path", metavar="PATH")
    imp.add_argument("--format", choices=IMPORT_FORMATS, default="auto")
    imp.add_argument("--dry-run", action="store_true", help="check the file and report; change nothing")
    imp.add_argument(
        "--skip-bad",
        action="store_true",
        help="import the good rows and leave out the bad ones the check names (default: all or nothing)",
    )
    imp.add_argument(
        "--mood",
        action="append",
        default=[],
        metavar="LABEL=N",
        help="Daylio: the level 1-5 of a mood label of your own (repeatable), e.g. --mood 'Sleepy=2'",
    )
    imp.add_argument(
        "--jrnl-config",
        metavar="PATH",
        help="jrnl: its config file, which says the journal's timeformat (default: jrnl's own, if any)",
    )
    imp.set_defaults(handler=import_command)


def export_command(args: Any) -> int:
    flt = filter_from(args)
    target = Path(args.path)
    if target.is_dir():
        raise CommandError(f"{target} is a folder; give a file name")
    if not target.parent.exists():
        raise CommandError(f"the folder {target.parent} does not exist")
    refuse_journal_files(target, args)
    with open_for(args, read_only_ok=True):
        try:
            if args.format == "csv":
                count, left_out = _export_csv(flt, target)
            elif args.format == "zip":
                count, left_out = _export_zip(flt, target)
            else:
                count, left_out = _export_json(flt, target), 0
        except OSError as error:
            raise CommandError(f"cannot write {target}: {error.strerror or error}") from None
    print(f"exported {count} {_entries(count)} to {target}", file=sys.stderr)
    if left_out and args.format == "csv":
        print(
            f"{left_out} attachments not included (CSV holds text only; export zip to keep them)",
            file=sys.stderr,
        )
    elif left_out:
        print(f"{left_out} attachments named by entries are missing from the journal", file=sys.stderr)
    return 0


def _export_csv(flt: Any, target: Path) -> tuple[int, int]:
    """The entries written, and the attachments they name that CSV (text only) leaves out."""
    from desktop.commands.export_csv import export_csv
    from desktop.store.transfer.export_rows import attachments_named

    return export_csv(flt, target), attachments_named(flt)


def _export_zip(flt: Any, target: Path) -> tuple[int, int]:
    """The entries written, and the attachments they name that the journal no longer has."""
    from desktop.io.formats.zip_export import write_zip
    from desktop.store.attachments.blobs import blob_data
    from desktop.store.entries.entry_table import iter_entries
    from desktop.store.entries.person_table import all_people
    from desktop.store.entries.theme_table import all_themes

    written = write_zip(target, iter_entries(flt), all_themes(), all_people(), blob_data)
    return written.entries, written.missing


def _export_json(flt: Any, target: Path) -> int:
    from desktop.io.formats.json_format import write_json
    from desktop.store.entries.entry_table import iter_entries
    from desktop.store.entries.person_table import all_people
    from desktop.store.entries.theme_table import all_themes

    return write_json(target, iter_entries(flt), all_themes(), all_people())


def import_command(args: Any) -> int:
    from desktop.io.importers.detect import plan_import, resolve_format
    from desktop.io.importers.plan import ImportFailed
    from desktop.store.journal.paths import resolve_journal_path
    from desktop.store.transfer.importing import ImportResult

    source = Path(args.path)
    options = import_options(args)
    journal = resolve_journal_path(args.journal)
    existed = journal.exists()
    new_folders = _missing_folders(journal)
    plan = None
    try:
        fmt = resolve_format(source, args.format)
        if fmt == "csv" and source.is_file() and not options.skip_bad:
            # One pass: rows are checked while they are written, and any bad row rolls it all back.
            from desktop.io.formats.csv_import import streaming_plan_csv

            plan = streaming_plan_csv(source)
        else:
            if fmt == "daylio" and existed:
                options = _with_remembered_moods(args, options)
            plan = plan_import(source, fmt, options=options)
            plan.mood_levels = dict(options.moods) if fmt == "daylio" else {}
        if not plan.ok:
            raise ImportFailed(plan.failure_message())
        if args.dry_run and not existed:
            plan.count = sum(1 for _ in plan.entries())
            result = ImportResult(added=plan.count)  # an empty journal: every entry is new
        else:
            result = _apply(args, plan)
    except ImportFailed as error:
        _remove_new_journal(journal, existed, new_folders)
        # Bad rows among good ones: the way on is the user's to choose, so say it.
        hint = (
            "; --skip-bad imports the other rows without them"
            if plan and plan.rejected and plan.count
            else ""
        )
        raise CommandError(str(error) + hint) from None
    except BaseException:
        _remove_new_journal(journal, existed, new_folders)
        raise
    print(summary(plan, result, args.dry_run))
    return 0


def import_options(args: Any) -> Any:
    """The command line's choices for the import, checked before the file is read."""
    from desktop.io.importers.plan import ImportOptions

    moods: dict[str, int] = {}
    for given in args.mood:
        label, sep, level = given.rpartition("=")
        label = " ".join(label.split())
        if not sep or not label or level.strip() not in {"1", "2", "3", "4", "5"}:
            raise CommandError(f"--mood {given!r}: give a mood label and a level 1-5, such as 'Sleepy=2'")
        moods[label] = int(level)
    config = Path(args.jrnl_config) if args.jrnl_config else None
    if config is not None and not config.is_file():
        raise CommandError(f"--jrnl-config: there is no file {config}")
    return ImportOptions(moods=moods, jrnl_config=config, skip_bad=args.skip_bad)


def _with_remembered_moods(args: Any, options: Any) -> Any:
    """Daylio mood levels the user gave at earlier imports into this journal; --mood wins."""
    from dataclasses import replace

    from desktop.store.journal import settings

    with open_for(args, read_only_ok=True, daily_backup=False):
        remembered = settings.daylio_moods()
    return replace(options, moods={**remembered, **options.moods})


def _apply(args: Any, plan: Any) -> Any:
    from desktop.store.attachments.import_media import entries_with_media
    from desktop.store.journal import settings
    from desktop.store.transfer.importing import apply_import

    with (
        open_for(args, create=not args.dry_run, read_only_ok=args.dry_run),
        entries_with_media(plan.entries(), plan.media, dry_run=args.dry_run) as entries,
    ):
        result = apply_import(
            entries,
            themes=plan.themes,
            archived_themes=plan.archived_themes,
            people=plan.people,
            dry_run=args.dry_run,
            keep_unused_themes=plan.format == "json",  # the journal's own themes, used or not
            validated=True,  # the plan's readers checked every entry
        )
        if plan.mood_levels and not args.dry_run:
            settings.remember_daylio_moods(plan.mood_levels)  # offered again at the next import
        return result


def _missing_folders(journal: Path) -> list[Path]:
    """The folders above the journal that do not exist yet, deepest first."""
    missing = []
    folder = journal.absolute().parent
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    return missing


def _remove_new_journal(journal: Path, existed: bool, new_folders: list[Path]) -> None:
    """A failed import leaves no trace: not the empty journal it would have gone into, nor the
    folders made for it."""
    if existed:
        return
    from desktop.store.journal.files import remove_database_files

    remove_database_files(journal)
    for folder in new_folders:
        try:
            folder.rmdir()  # only if empty: nothing else is ever removed
        except OSError:
            break


def summary(plan: Any, result: Any, dry_run: bool) -> str:
    """What the import did (or would do): added, already present, skipped and why."""
    verb = "would add" if dry_run else "added"
    first = (
        f"{plan.source.name} ({plan.format}): {verb} {result.added} {_entries(result.added)}, "
        f"{result.already_present} already in the journal"
    )
    if plan.skipped:
        first += f", {plan.skipped} skipped"
    if plan.rejected:
        first += f", {len(plan.rejected)} bad {'row' if len(plan.rejected) == 1 else 'rows'} left out"
    lines = [first + (" (dry run: nothing was changed)" if dry_run else "")]
    lines.extend(f"left out: {rejected}" for rejected in plan.rejected)
    if result.created_themes:
        lines.append(
            ("would create" if dry_run else "created") + " themes: " + ", ".join(result.created_themes)
        )
    lines.extend(f"not kept: {what}" for what in plan.left_behind)
    lines.extend(f"note: {w}" for w in plan.warnings)
    return "\n".join(lines)


def _entries(count: int) -> str:
    return "entry" if count == 1 else "entries"

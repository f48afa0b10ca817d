"""Figures of fixed cost: a command's small answer, and opening a small and a very large journal.

SPEC asks every command that needs no window to start and answer a small query in 0.15 s, and
opening to cost the same at 1 MB and at 2 GB. What only happens once (the day's first command
makes the day's backup; the first opening of a file changed outside the app checks it whole) is
reported beside them, without a target, so that the fixed cost is not hidden in a median.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
from pathlib import Path
from typing import TYPE_CHECKING

from tests.bench.measure import Figure, ProcessRun, checked, python_argv, run_process, timed_runs

if TYPE_CHECKING:
    from tests.bench.suite import Bench

SMALL_QUERY_S = 0.15
WEEK = ("2020-06-01", "2020-06-07")
DAY = ("2020-06-03", "2020-06-03")
TINY_ENTRIES = 400  # about 1 MB


def _middle_uuid(journal: Path) -> str:
    conn = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
    try:
        (count,) = conn.execute("SELECT count(*) FROM entry WHERE deleted_at IS NULL").fetchone()
        (uuid,) = conn.execute(
            "SELECT uuid FROM entry WHERE deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET ?", (count // 2,)
        ).fetchone()
    finally:
        conn.close()
    return str(uuid)


def _forget_todays_backups(journal: Path) -> None:
    shutil.rmtree(journal.parent / f"{journal.name}.backups", ignore_errors=True)


def small_queries(b: Bench) -> list[Figure]:
    """Whole-process time of commands with a small answer, on the large journal."""
    n = f"{b.entries:,}"
    journal = b.big_journal
    _forget_todays_backups(journal)
    commands = {
        "list_week": ("list a week", ("list", "--from", WEEK[0], "--to", WEEK[1])),
        "show": ("show one entry", ("show", _middle_uuid(journal))),
        "search_rare": (f"search a rare word ({b.words['rare']})", ("search", b.words["rare"])),
        "add": ("add a one-line entry", ("add", "--title", "A short note", "--body", "Tea with Sam.")),
    }
    first = checked(run_process(b.cli(journal, *commands["list_week"][1]), env=b.env), "first command")
    figures = [
        Figure(
            "cli.first_of_day",
            f"CLI: the day's first command, which makes the day's verified backup ({n})",
            "s",
            None,
            value=first.seconds,
            peak_rss_mib=round(first.max_rss_mib, 1),
            note="once a day; the window makes its backup in the background instead",
        )
    ]
    for key, (label, args) in commands.items():
        figure = Figure(f"cli.small.{key}", f"CLI {label}, whole process ({n})", "s", SMALL_QUERY_S)
        figures.append(timed_runs(figure, b.runs(b.cli(journal, *args), label, max(3, b.repeat))))
    return figures


def _pad(journal: Path, size: int) -> None:
    """Grow the journal to `size` bytes with a table of incompressible blobs the app never reads:
    the file as large as a journal with photos, for what opening costs."""
    conn = sqlite3.connect(journal)
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS bench_padding(data BLOB)")
        chunk = 8 * 2**20
        while journal.stat().st_size + os.path.getsize(f"{journal}-wal") < size:
            conn.executemany(
                "INSERT INTO bench_padding VALUES (?)", [(os.urandom(2**20),) for _ in range(chunk // 2**20)]
            )
            conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _day_list(b: Bench, journal: Path, times: int) -> list[ProcessRun]:
    return b.runs(b.cli(journal, "list", "--from", DAY[0], "--to", DAY[1]), "list one day", times)


def opening_by_size(b: Bench) -> list[Figure]:
    """The same small command on a 1 MB and a 2 GB journal: opening must not grow with the file."""
    tiny, large = b.work / "tiny.db", b.work / "padded.db"
    make = python_argv("-m", "tests.bench.synth", "journal", str(tiny), str(TINY_ENTRIES), str(b.seed))
    checked(run_process(make, env=b.env), "making the tiny journal")
    shutil.copyfile(b.big_journal, large)
    _pad(large, b.extra.get("padded_bytes", 2 * 2**30))  # as large as photos would make it
    sizes = {tiny: tiny.stat().st_size, large: large.stat().st_size}
    # The first opening of each: the padded file was changed outside the app (checked whole
    # once), and the day's first command makes the day's backup. Reported, not hidden.
    warm = {path: _day_list(b, path, 1)[0].seconds for path in (tiny, large)}
    runs = {path: _day_list(b, path, max(5, b.repeat)) for path in (tiny, large)}
    medians = {path: statistics.median(r.seconds for r in runs[path]) for path in runs}
    mib = {path: sizes[path] / 2**20 for path in sizes}
    figures = [
        timed_runs(
            Figure("open.tiny", f"Open a {mib[tiny]:.0f} MiB journal, list one day", "s", None), runs[tiny]
        ),
        timed_runs(
            Figure("open.large", f"Open a {mib[large]:,.0f} MiB journal, list one day", "s", SMALL_QUERY_S),
            runs[large],
        ),
        Figure(
            "open.ratio",
            f"Opening cost, {mib[large]:,.0f} MiB / {mib[tiny]:.0f} MiB journal",
            "x",
            1.10,
            value=medians[large] / medians[tiny],
            note=(
                f"first opening after the file was changed outside the app (checked whole) and "
                f"the day's backup made: {warm[large]:.1f} s large, {warm[tiny]:.2f} s small"
            ),
        ),
    ]
    for path in (tiny, large):
        for extra in (path, *(Path(f"{path}{s}") for s in ("-wal", "-shm"))):
            extra.unlink(missing_ok=True)
        shutil.rmtree(path.parent / f"{path.name}.backups", ignore_errors=True)
    return figures

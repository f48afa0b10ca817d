"""What the benchmark measures: one function per figure (or group of figures).

Each measurement gets the `Bench` (paths, environment, options) and returns Figures. A part of
the app that does not exist yet gives a figure with status "not available" rather than an error;
to measure something new, write a function here and list it in MEASUREMENTS.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.bench.features import photos_at_scale, sync_figures
from tests.bench.jrnl_side import EXPORT_FORMATS, jrnl_argv
from tests.bench.measure import (
    NOT_AVAILABLE,
    OK,
    Figure,
    ProcessRun,
    checked,
    probe,
    python_argv,
    run_process,
    timed_runs,
)
from tests.bench.quick import WEEK, opening_by_size, small_queries
from tests.bench.synth import query_words


@dataclass
class Bench:
    shape: str
    work: Path
    env: dict[str, str]
    entries: int
    jrnl_entries: int
    seed: int
    repeat: int
    big_journal: Path
    big_csv: Path
    small_journal: Path
    small_csv: Path
    jrnl_file: Path
    jrnl: str | None = None
    jrnl_config: Path | None = None
    extra: dict = field(default_factory=dict)

    @property
    def words(self) -> dict[str, str]:
        return query_words(self.seed, self.shape)

    def cli(self, journal: Path, *args: str) -> list[str]:
        return python_argv("-m", "desktop", "--journal", str(journal), *args)

    def runs(self, argv: list[str], what: str, times: int | None = None) -> list[ProcessRun]:
        return [checked(run_process(argv, env=self.env), what) for _ in range(times or self.repeat)]


def settle() -> None:
    """Have the system write out what the benchmark wrote before the next command is timed (the
    journals and files it made, the day's backup: 2.5 GB each at a million entries), so that the
    command does not wait on the disk for writes that are not its own. Its own writes and syncs
    are all timed."""
    os.sync()


def _count(n: int) -> str:
    return f"{n:,}"


def cli_commands(b: Bench) -> list[Figure]:
    """Commands a user waits on, whole process, on the large journal."""
    n = _count(b.entries)
    word = b.words["middling"]
    out = b.work / "export.csv"
    # The day's first command on a journal also makes the day's verified backup, a figure of its
    # own (quick.py); made here untimed, so that it is not one of the runs timed below.
    day = ("list", "--from", WEEK[0], "--to", WEEK[1])
    checked(run_process(b.cli(b.big_journal, *day), env=b.env), "the day's backup")
    settle()
    figures = [
        timed_runs(
            Figure("cli.export_csv", f"CLI export csv ({n} entries)", "s", 2.0),
            b.runs(b.cli(b.big_journal, "export", "csv", str(out)), "export csv"),
        )
    ]
    out.unlink(missing_ok=True)
    # SPEC sets no figure for these; an interactive command should answer within a second.
    for key, label, args in (
        ("cli.search", f"CLI search {word}", ("search", word)),
        ("cli.list_theme", "CLI list --theme trust", ("list", "--theme", "trust")),
        ("cli.stats", "CLI stats", ("stats",)),
    ):
        figure = Figure(key, f"{label} ({n} entries)", "s", 1.0, note="target: this benchmark's")
        figures.append(timed_runs(figure, b.runs(b.cli(b.big_journal, *args), label)))
    return figures


def _import_available(b: Bench) -> bool:
    run = run_process(python_argv("-m", "desktop", "import", "--help"), env=b.env)
    return run.returncode == 0


def _import_runs(b: Bench, csv_file: Path, times: int) -> list[ProcessRun]:
    runs = []
    for i in range(times):
        target = b.work / f"import-{csv_file.stem}-{i}.db"
        # A fresh, empty journal, as a new user has; made in a child, like every file the
        # benchmark makes (tests/bench/synth.py says why).
        make = python_argv("-m", "tests.bench.synth", "journal", str(target), "0", str(b.seed))
        checked(run_process(make, env=b.env), "making an empty journal")
        settle()
        argv = b.cli(target, "import", str(csv_file), "--format", "csv")
        runs.append(checked(run_process(argv, env=b.env, timeout=600), "import csv"))
        target.unlink()
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    return runs


def cli_import(b: Bench) -> list[Figure]:
    """Import of this app's CSV into an empty journal, and how its memory grows with size."""
    figure = Figure("cli.import_csv", f"CLI import csv ({_count(b.entries)} entries)", "s", 8.0)
    flat = Figure("cli.import_memory", "CLI import peak memory, large / small file", "x", 1.5)
    if not _import_available(b):
        for f in (figure, flat):
            f.status = NOT_AVAILABLE
            f.note = "`balance-journal import` does not exist yet"
        return [figure, flat]
    # Three imports like every other command's three runs (two before, whose median is their
    # mean: one slow run moved it by half its excess; a million entries took 58.6 and 55.9 s).
    big = _import_runs(b, b.big_csv, b.repeat)
    small = _import_runs(b, b.small_csv, 1)
    timed_runs(figure, big)
    _memory_ratio(flat, big, small, b)
    return [figure, flat]


def _memory_ratio(figure: Figure, big: list[ProcessRun], small: list[ProcessRun], b: Bench) -> None:
    large, little = max(r.max_rss_mib for r in big), max(r.max_rss_mib for r in small)
    figure.value = large / little
    figure.peak_rss_mib = round(large, 1)
    figure.details = {
        "large_entries": b.entries,
        "large_peak_mib": round(large, 1),
        "small_entries": b.jrnl_entries,
        "small_peak_mib": round(little, 1),
    }
    figure.note = f"{b.entries // b.jrnl_entries}× the entries; flat memory keeps this near 1"


def export_memory(b: Bench) -> list[Figure]:
    """Export streams: its peak memory barely grows from the small journal to the large one."""
    figure = Figure("cli.export_memory", "CLI export peak memory, large / small journal", "x", 1.5)
    out = b.work / "export-mem.csv"
    big = b.runs(b.cli(b.big_journal, "export", "csv", str(out)), "export csv", 1)
    small = b.runs(b.cli(b.small_journal, "export", "csv", str(out)), "export csv", 1)
    out.unlink(missing_ok=True)
    _memory_ratio(figure, big, small, b)
    return [figure]


def _probe_figure(figure: Figure, report: dict) -> Figure:
    peak = report.pop("max_rss_mib")
    figure.status = report.pop("status")
    figure.peak_rss_mib = round(peak, 1) if figure.status == OK else None
    figure.note = report.pop("note", figure.note)
    value = report.pop("value_ms", None)
    figure.value = value
    figure.details = report
    return figure


def in_process(b: Bench) -> list[Figure]:
    """Store and domain work inside one process, each probe in a process of its own."""
    words = b.words
    n = _count(b.entries)
    journal = str(b.big_journal)
    queries = [words["common"], words["middling"], words["rare"], f"{words['common']} garden"]
    fts = _probe_figure(
        Figure(
            "inproc.fts",
            f"Full-text search, one query, first page ({n})",
            "ms",
            30.0,
            note="the slowest of: " + ", ".join(queries),
        ),
        probe("fts", journal, *queries, env=b.env),
    )
    typing = _probe_figure(
        Figure(
            "inproc.typing",
            f"Search as you type, store: list page + count per key ({n})",
            "ms",
            100.0,
            note=f"the slowest key of typing '{words['middling']}'",
        ),
        probe("typing", journal, words["middling"], env=b.env),
    )
    trend = _probe_figure(
        Figure(
            "inproc.trend",
            f"Balance trend, {b.extra.get('years', 10)} years, 30-day window ({n})",
            "ms",
            500.0,
            note="target: the balance chart's whole budget",
        ),
        probe("trend", journal, "30", env=b.env),
    )
    chart = _probe_figure(
        Figure("inproc.chart", f"Balance chart of the whole journal, drawn ({n})", "ms", 500.0),
        probe("chart", journal, "30", env=b.env),
    )
    return [fts, typing, trend, chart]


def window(b: Bench) -> list[Figure]:
    """The window, offscreen: start to list filled, and the list's update per typed key."""
    n = _count(b.entries)
    shown = Figure("window.shown", f"Window shown with its list filled, from start ({n})", "s", 2.0)
    typing = Figure("window.typing", f"Window: list update per typed key ({n})", "ms", 100.0)
    reports = []
    for _ in range(b.repeat):
        env = dict(b.env, BENCH_SPAWNED_AT=repr(time.time()))
        run = checked(
            run_process(
                python_argv("-m", "tests.bench.window_probe", str(b.big_journal), b.words["middling"]),
                env=env,
                keep_stdout=True,
                timeout=120,
            ),
            "window probe",
        )
        import json

        report = json.loads(run.stdout.strip().splitlines()[-1])
        report["max_rss_mib"] = run.max_rss_mib
        reports.append(report)
    first = reports[0]
    if first["status"] != "ok":
        shown.status = first["status"]
        shown.note = first.get("note", "")
        typing.status, typing.note = shown.status, shown.note
        return [shown, typing]
    shown.runs = [r["shown_s"] for r in reports]
    shown.value = statistics.median(shown.runs)
    shown.peak_rss_mib = round(max(r["max_rss_mib"] for r in reports), 1)
    shown.details = {"rows_shown": first["rows"], "view": first["view"]}
    typed = [r["typing"] for r in reports]
    if typed[0]["status"] != "ok":
        typing.status, typing.note = typed[0]["status"], typed[0].get("note", "")
    else:
        typing.runs = [t["value_ms"] for t in typed]
        typing.value = statistics.median(typing.runs)
        typing.peak_rss_mib = shown.peak_rss_mib
        typing.details = {"keys": typed[0]["keys"]}
        typing.note = "the slowest key of each run; median of runs"
    return [shown, typing]


def versus_jrnl(b: Bench) -> list[Figure]:
    """The same entries in jrnl's own file and in a journal: each ratio from this run."""
    settle()
    n = _count(b.jrnl_entries)
    word = b.words["middling"]
    pairs: list[tuple[str, str, list[str], list[list[str]]]] = [
        (
            "jrnl.tag",
            f"vs jrnl, tag: `jrnl @trust` / `list --theme trust` ({n})",
            b.cli(b.small_journal, "list", "--theme", "trust"),
            [["@trust"]],
        ),
        (
            "jrnl.search",
            f"vs jrnl, text: `jrnl -contains {word}` / `search {word}` ({n})",
            b.cli(b.small_journal, "search", word),
            [["-contains", word]],
        ),
        (
            "jrnl.export",
            f"vs jrnl, export: fastest jrnl format / `export csv` ({n})",
            b.cli(b.small_journal, "export", "csv", str(b.work / "small-export.csv")),
            [["--format", fmt, "--file", str(b.work / f"jrnl-export.{fmt}")] for fmt in EXPORT_FORMATS],
        ),
    ]
    figures = []
    for key, label, ours_argv, jrnl_variants in pairs:
        figure = Figure(key, label, "x", 5.0 if key == "jrnl.export" else 10.0, better="higher")
        if b.jrnl is None or b.jrnl_config is None:
            figure.status, figure.note = NOT_AVAILABLE, "jrnl not found (see ./bench.sh)"
            figures.append(figure)
            continue
        # Each export writes and syncs a file of 20-25 MB, whose sync time the disk varies from
        # run to run (ours 0.17-0.22 s within one run): five runs of ours and three of each of
        # jrnl's formats, medians compared, where the other pairs take three and two.
        exporting = key == "jrnl.export"
        ours = b.runs(ours_argv, label, 5 if exporting else None)
        their_runs = 3 if exporting else 2
        theirs: dict[str, list[ProcessRun]] = {}
        for args in jrnl_variants:
            name = args[1] if args[0] == "--format" else " ".join(args)
            theirs[name] = b.runs(jrnl_argv(b.jrnl, b.jrnl_config, *args), f"jrnl {name}", their_runs)
        fastest = min(theirs, key=lambda k: statistics.median(r.seconds for r in theirs[k]))
        jrnl_s = statistics.median(r.seconds for r in theirs[fastest])
        ours_s = statistics.median(r.seconds for r in ours)
        figure.value = jrnl_s / ours_s
        figure.peak_rss_mib = round(max(r.max_rss_mib for r in ours), 1)
        figure.details = {
            "ours_s": round(ours_s, 3),
            "ours_runs_s": [round(r.seconds, 3) for r in ours],
            "jrnl_s": round(jrnl_s, 3),
            "jrnl_peak_rss_mib": round(max(r.max_rss_mib for r in theirs[fastest]), 1),
            "jrnl_compared": fastest,
            "jrnl_runs_s": {k: [round(r.seconds, 3) for r in v] for k, v in theirs.items()},
        }
        figure.note = f"jrnl {jrnl_s:.2f} s ({fastest}), ours {ours_s:.2f} s"
        figures.append(figure)
        if exporting:
            figures.append(_export_floor(b, figure, jrnl_s, ours_s))
    (b.work / "small-export.csv").unlink(missing_ok=True)
    return figures


def _export_floor(b: Bench, figure: Figure, jrnl_s: float, ours_s: float) -> Figure:
    """Time the least an export from SQLite can cost (tests/bench/export_floor.py) beside ours.

    The same CSV, byte for byte, from one SQLite statement and nothing of the app: how much the
    app adds to an export, and the ratio against jrnl that a bare export would reach here.
    """
    out = b.work / "floor-export.csv"
    argv = python_argv("-m", "tests.bench.export_floor", str(b.small_journal), str(out))
    floor = b.runs(argv, "export floor")
    out.unlink(missing_ok=True)
    floor_s = statistics.median(r.seconds for r in floor)
    figure.details["floor_s"] = round(floor_s, 3)
    figure.details["floor_runs_s"] = [round(r.seconds, 3) for r in floor]
    figure.details["jrnl_over_floor"] = round(jrnl_s / floor_s, 2)
    figure.note += f"; bare SQLite, no app: {floor_s:.2f} s"
    return Figure(
        "jrnl.export_floor",
        f"Export beside the floor: `export csv` / one bare SQLite statement ({_count(b.jrnl_entries)})",
        "x",
        1.5,
        value=ours_s / floor_s,
        peak_rss_mib=figure.peak_rss_mib,
        note=f"ours {ours_s:.2f} s, floor {floor_s:.2f} s (the same bytes; tests/bench/export_floor.py)",
    )


def cli_imports(b: Bench) -> list[Figure]:
    """Commands that need no window import neither Qt nor matplotlib (they cost startup time)."""
    import json

    commands = {
        "list": ("list", "--theme", "trust"),
        "search": ("search", b.words["rare"]),
        "stats": ("stats",),
        "export csv": ("export", "csv", str(b.work / "imports-check.csv")),
    }
    loaded: dict[str, list[str]] = {}
    report = b.work / "imports.json"
    for name, args in commands.items():
        argv = python_argv("-m", "tests.bench.imports", str(report), "--journal", str(b.small_journal), *args)
        checked(run_process(argv, env=b.env), f"imports of {name}")
        loaded[name] = json.loads(report.read_text(encoding="utf-8"))
    (b.work / "imports-check.csv").unlink(missing_ok=True)
    offenders = sorted(name for name, heavy in loaded.items() if heavy)
    figure = Figure(
        "cli.heavy_imports",
        "CLI commands importing Qt or matplotlib",
        "n",
        0.0,
        value=float(len(offenders)),
        details={"loaded": loaded},
        note=("offenders: " + ", ".join(offenders)) if offenders else "none",
    )
    return [figure]


MEASUREMENTS: tuple[Callable[[Bench], list[Figure]], ...] = (
    cli_imports,
    cli_commands,
    export_memory,
    cli_import,
    in_process,
    window,
    versus_jrnl,
    small_queries,
    opening_by_size,
    photos_at_scale,
    sync_figures,
)
# About the program, the file's size, photos or sync rather than the journal's shape: measured on
# the first shape only.
ONCE: tuple[Callable[[Bench], list[Figure]], ...] = (
    cli_imports,
    opening_by_size,
    photos_at_scale,
    sync_figures,
)

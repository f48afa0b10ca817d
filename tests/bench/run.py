"""The performance benchmark (SPEC, Targets → Performance).

    python -m tests.bench.run [--entries 100000] [--shapes everyday,...] [--out bench-results/results.json]
    python -m tests.bench.run --entries 1000000 --shapes everyday --growth-from bench-results/results.json

For each shape of journal (`tests.bench.synth.SHAPES`) it builds a seeded synthetic journal (and
the same entries as this app's CSV and as a jrnl file), measures every figure in
`tests.bench.suite.MEASUREMENTS`, prints each next to its target and writes them all as JSON
(and a Markdown table beside it, the shapes side by side). Exit 0 when every measured figure
meets its target, 1 otherwise; parts of the app not built yet are reported "not available".
With `--growth-from`, it also compares each figure with the same figure of an earlier run (say
at 100,000 entries) and reports how it grew (`tests.bench.growth`).
`./bench.sh` installs what this needs on a fresh machine (jrnl 4.6 included) and runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

from tests.bench.growth import growth_report
from tests.bench.jrnl_side import WANTED_VERSION, find_jrnl, jrnl_version, write_config
from tests.bench.measure import FAILED, OK, REPO_ROOT, Figure, checked, python_argv, run_process
from tests.bench.suite import MEASUREMENTS, ONCE, Bench
from tests.bench.synth import FIRST_DAY, LAST_DAY, SHAPE_NOTES, SHAPES, SynthSpec


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=100_000, help="size of the large journal")
    parser.add_argument(
        "--jrnl-entries", type=int, default=20_000, help="size of the journal compared with jrnl"
    )
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timed command")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench-results" / "results.json")
    parser.add_argument("--jrnl", help="the jrnl executable (default: $BALANCE_TEST_JRNL, PATH)")
    parser.add_argument(
        "--keep", action="store_true", help="keep the generated journals and files afterwards"
    )
    parser.add_argument(
        "--shapes",
        default=",".join(SHAPES),
        help="comma-separated journal shapes to measure (default: all: " + ", ".join(SHAPES) + ")",
    )
    parser.add_argument(
        "--padded-mib",
        type=int,
        default=2048,
        help="size the large journal is padded to, for the opening figure (default 2048: 2 GiB)",
    )
    parser.add_argument(
        "--photo-mib", type=float, default=2.0, help="size of each photo in the photos figures (default 2)"
    )
    parser.add_argument(
        "--no-once",
        action="store_true",
        help="skip the figures measured once (imports, 2 GiB opening, photos, sync): for a growth run",
    )
    parser.add_argument(
        "--growth-from",
        type=Path,
        help="an earlier results.json (smaller journal) to report each figure's growth against",
    )
    args = parser.parse_args(argv)
    args.shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    unknown = [s for s in args.shapes if s not in SHAPES]
    if unknown:
        parser.error(f"unknown shape(s): {', '.join(unknown)}; known: {', '.join(SHAPES)}")
    return args


def machine() -> dict:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from sqlcipher3 import dbapi2 as sqlcipher

    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "sqlite": sqlcipher.sqlite_version,  # the SQLite every journal is opened with
        "platform": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def isolated_env(work: Path) -> dict[str, str]:
    """Child processes see only the benchmark's journals and settings, and draw offscreen."""
    env = dict(os.environ)
    env.update(
        BALANCE_JOURNAL_DATA_DIR=str(work / "data"),
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_DATA_HOME=str(work / "xdg-data"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        # Compiled modules are kept, as an installed app keeps them, but in the work folder so
        # the repository stays clean; jrnl and this app both read theirs from there.
        PYTHONPYCACHEPREFIX=str(work / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("BALANCE_JOURNAL", "BALANCE_JOURNAL_PASSPHRASE", "BALANCE_JOURNAL_DEBUG"):
        env.pop(name, None)
    return env


def _step(label: str, action):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    print(f"  {label} …", end="", flush=True)
    result = action()
    seconds = time.perf_counter() - start
    print(f" {seconds:.1f} s", flush=True)
    return result, seconds


def _make(bench: Bench, kind: str, path: Path, spec: SynthSpec) -> None:
    """One synthetic file, made by `tests.bench.synth` in a process of its own (see there why)."""
    argv = python_argv(
        "-m", "tests.bench.synth", kind, str(path), str(spec.count), str(spec.seed), spec.shape
    )
    checked(run_process(argv, env=bench.env, timeout=3600), f"making the {kind} file")


def prepare(args: argparse.Namespace, work: Path, shape: str) -> tuple[Bench, dict]:
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    big = SynthSpec(args.entries, args.seed, shape)
    small = SynthSpec(args.jrnl_entries, args.seed, shape)
    bench = Bench(
        shape=shape,
        work=work,
        env=isolated_env(work),
        entries=args.entries,
        jrnl_entries=args.jrnl_entries,
        seed=args.seed,
        repeat=args.repeat,
        big_journal=work / "large.db",
        big_csv=work / "large.csv",
        small_journal=work / "small.db",
        small_csv=work / "small.csv",
        jrnl_file=work / "small.jrnl.txt",
        extra={
            "years": round((LAST_DAY - FIRST_DAY).days / 365.25),
            "padded_bytes": args.padded_mib * 2**20,
            "photo_mib": args.photo_mib,
        },
    )
    setup: dict = {}
    print(f"Building the synthetic journals, shape {shape} (seed {args.seed}):")
    journal_of = "journal of {:,} entries".format
    made = [  # key, label, kind, where, what
        ("large_journal_s", journal_of(args.entries), "journal", bench.big_journal, big),
        ("large_csv_s", "the same as CSV", "csv", bench.big_csv, big),
        ("small_journal_s", journal_of(args.jrnl_entries), "journal", bench.small_journal, small),
        ("small_csv_s", "the same as CSV", "csv", bench.small_csv, small),
        ("jrnl_file_s", "the same as a jrnl file", "jrnl", bench.jrnl_file, small),
    ]
    for key, label, kind, path, spec in made:
        _, setup[key] = _step(label, lambda kind=kind, path=path, spec=spec: _make(bench, kind, path, spec))
    setup["large_journal_mib"] = round(bench.big_journal.stat().st_size / 2**20, 1)
    jrnl = find_jrnl(args.jrnl)
    if jrnl:
        version = jrnl_version(jrnl)
        setup["jrnl"] = {"path": jrnl, "version": version}
        if version != WANTED_VERSION:
            print(f"  note: jrnl {version} found, the comparison is specified for {WANTED_VERSION}")
        bench.jrnl, bench.jrnl_config = jrnl, write_config(work, bench.jrnl_file)
    return bench, setup


def measure_all(bench: Bench, first_shape: bool) -> list[Figure]:
    figures: list[Figure] = []
    for measurement in MEASUREMENTS:
        if measurement in ONCE and not first_shape:
            continue  # about the program or the file's size, not the journal's shape
        name = measurement.__name__
        print(f"Measuring {name.replace('_', ' ')} …", flush=True)
        try:
            found = measurement(bench)
        except Exception as error:  # one broken measurement must not hide the others
            found = [Figure(f"{name}.error", name, "s", None, status=FAILED, note=str(error))]
            traceback.print_exc()
        for figure in found:
            figure.shape = bench.shape
            print("    " + line(figure), flush=True)
        figures.extend(found)
    return figures


def verdict(figure: Figure) -> str:
    met = figure.met
    if met is None:
        return "n/a" if figure.status != FAILED else "FAILED"
    return "met" if met else "MISSED"


def line(figure: Figure) -> str:
    memory = f"{figure.peak_rss_mib:.0f} MiB" if figure.peak_rss_mib is not None else ""
    return (
        f"{figure.label:<78.78} {figure.value_text():>14} {figure.target_text():>10} "
        f"{verdict(figure):>7} {memory:>9}"
    )


def _cell(figure: Figure | None) -> str:
    if figure is None:
        return ""
    mark = {"met": "", "MISSED": " ✗", "n/a": "", "FAILED": " ✗"}[verdict(figure)]
    return figure.value_text() + mark


def markdown(figures: list[Figure], meta: dict) -> str:
    m = meta["machine"]
    shapes: list[str] = list(dict.fromkeys(f.shape for f in figures))
    rows = [
        f"Measured {meta['finished'][:16].replace('T', ' ')} UTC on {m['cpus']} CPUs "
        f"({m['cpu_model']}), Python {m['python']}, SQLite {m['sqlite']}; "
        f"{meta['entries']:,} entries (jrnl comparison: {meta['jrnl_entries']:,}); "
        f"whole benchmark {meta['duration_s'] / 60:.1f} min. ✗ marks a missed target.",
        "",
        "| Figure | Target | " + " | ".join(shapes) + " | Peak memory |",
        "|---|---:|" + "---:|" * len(shapes) + "---:|",
    ]
    by_key: dict[str, dict[str, Figure]] = {}
    for f in figures:
        by_key.setdefault(f.key, {})[f.shape] = f
    for found in by_key.values():
        first = next(iter(found.values()))
        peak = max((f.peak_rss_mib for f in found.values() if f.peak_rss_mib is not None), default=None)
        memory = f"{peak:.0f} MiB" if peak is not None else ""
        cells = " | ".join(_cell(found.get(shape)) for shape in shapes)
        rows.append(f"| {first.label} | {first.target_text()} | {cells} | {memory} |")
    met = sum(1 for f in figures if f.met)
    judged = sum(1 for f in figures if f.met is not None)
    rows += ["", f"{met} of {judged} figures met their targets.", "", "Shapes:", ""]
    rows += [f"- {shape}: {SHAPE_NOTES[shape]}" for shape in shapes]
    notes = [f"- {f.label} ({f.shape}): {f.note}" for f in figures if f.note]
    if notes:
        rows += ["", "Notes:", "", *notes]
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    out: Path = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    work = out.parent / "work"
    meta: dict = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "entries": args.entries,
        "jrnl_entries": args.jrnl_entries,
        "seed": args.seed,
        "repeat": args.repeat,
    }
    meta["shapes"] = args.shapes
    meta["setup"] = {}
    figures: list[Figure] = []
    for number, shape in enumerate(args.shapes):
        bench, meta["setup"][shape] = prepare(args, work / shape, shape)
        figures += measure_all(bench, first_shape=number == 0 and not args.no_once)
        if not args.keep:
            shutil.rmtree(work / shape, ignore_errors=True)
    meta["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    meta["duration_s"] = round(time.perf_counter() - started, 1)
    out.write_text(
        json.dumps({**meta, "figures": [f.as_json() for f in figures]}, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    out.with_suffix(".md").write_text(markdown(figures, meta), encoding="utf-8")
    if args.growth_from is not None:
        report = growth_report(figures, json.loads(args.growth_from.read_text(encoding="utf-8")), meta)
        out.with_name(out.stem + "-growth.md").write_text(report, encoding="utf-8")
        print(report)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print(f"{'Figure':<78} {'Result':>14} {'Target':>10} {'':>7} {'Memory':>9}")
    for shape in args.shapes:
        print(f"-- {shape}: {SHAPE_NOTES[shape]}")
        for figure in figures:
            if figure.shape == shape:
                print(line(figure))
    missed_notes = [f"  {f.label} ({f.shape}): {f.note}" for f in figures if f.note and f.met is False]
    if missed_notes:
        print("\n".join(["", "Notes on what was missed:", *missed_notes]))
    missed = [f for f in figures if f.met is False or f.status == FAILED]
    waiting = [f for f in figures if f.status not in (OK, FAILED)]
    print()
    print(
        f"{len(figures) - len(missed) - len(waiting)} met, {len(missed)} missed or failed, "
        f"{len(waiting)} not available yet; {meta['duration_s'] / 60:.1f} min. Results: {out}"
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

"""The performance benchmark (SPEC, Targets → Performance).

    python -m tests.bench.run [--entries 100000] [--out bench-results/results.json]

Builds a seeded synthetic journal (and the same entries as this app's CSV and as a jrnl file),
measures every figure in `tests.bench.suite.MEASUREMENTS`, prints each next to its target and
writes them all as JSON (and a Markdown table beside it). Exit 0 when every measured figure meets
its target, 1 otherwise; parts of the app not built yet are reported "not available".
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

from tests.bench.jrnl_side import WANTED_VERSION, find_jrnl, jrnl_version, write_config
from tests.bench.measure import FAILED, OK, REPO_ROOT, Figure, checked, python_argv, run_process
from tests.bench.suite import MEASUREMENTS, Bench
from tests.bench.synth import FIRST_DAY, LAST_DAY, SynthSpec


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
    return parser.parse_args(argv)


def machine() -> dict:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import sqlite3

    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
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
    argv = python_argv("-m", "tests.bench.synth", kind, str(path), str(spec.count), str(spec.seed))
    checked(run_process(argv, env=bench.env, timeout=1800), f"making the {kind} file")


def prepare(args: argparse.Namespace, work: Path) -> tuple[Bench, dict]:
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    big, small = SynthSpec(args.entries, args.seed), SynthSpec(args.jrnl_entries, args.seed)
    bench = Bench(
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
        extra={"years": round((LAST_DAY - FIRST_DAY).days / 365.25)},
    )
    setup: dict = {}
    print(f"Building the synthetic journals (seed {args.seed}):")
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


def measure_all(bench: Bench) -> list[Figure]:
    figures: list[Figure] = []
    for measurement in MEASUREMENTS:
        name = measurement.__name__
        print(f"Measuring {name.replace('_', ' ')} …", flush=True)
        try:
            found = measurement(bench)
        except Exception as error:  # one broken measurement must not hide the others
            found = [Figure(f"{name}.error", name, "s", None, status=FAILED, note=str(error))]
            traceback.print_exc()
        for figure in found:
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


def markdown(figures: list[Figure], meta: dict) -> str:
    m = meta["machine"]
    rows = [
        f"Measured {meta['finished'][:16].replace('T', ' ')} UTC on {m['cpus']} CPUs "
        f"({m['cpu_model']}), Python {m['python']}, SQLite {m['sqlite']}; "
        f"{meta['entries']:,} entries (jrnl comparison: {meta['jrnl_entries']:,}); "
        f"whole benchmark {meta['duration_s'] / 60:.1f} min.",
        "",
        "| Figure | Result | Target | | Peak memory |",
        "|---|---:|---:|---|---:|",
    ]
    for f in figures:
        memory = f"{f.peak_rss_mib:.0f} MiB" if f.peak_rss_mib is not None else ""
        rows.append(f"| {f.label} | {f.value_text()} | {f.target_text()} | {verdict(f)} | {memory} |")
    notes = [f"- {f.label}: {f.note}" for f in figures if f.note]
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
    bench, meta["setup"] = prepare(args, work)
    figures = measure_all(bench)
    meta["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    meta["duration_s"] = round(time.perf_counter() - started, 1)
    out.write_text(
        json.dumps({**meta, "figures": [f.as_json() for f in figures]}, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    out.with_suffix(".md").write_text(markdown(figures, meta), encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print(f"{'Figure':<78} {'Result':>14} {'Target':>10} {'':>7} {'Memory':>9}")
    for figure in figures:
        print(line(figure))
    missed_notes = [f"  {f.label}: {f.note}" for f in figures if f.note and f.met is False]
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

"""The benchmark's own parts: its journal is seeded and realistic, jrnl reads its jrnl file, the
window probe times a typed search, and a tiny run reports every figure."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.theme_catalogue import BUILTIN_THEMES
from tests.bench.jrnl_side import write_config
from tests.bench.synth import SynthSpec, generate_entries, write_jrnl

REPO = Path(__file__).resolve().parents[2]


def _jrnl() -> str | None:
    return os.environ.get("BALANCE_TEST_JRNL") or shutil.which("jrnl")


def test_the_synthetic_journal_is_the_same_for_a_seed_and_looks_lived_in() -> None:
    entries = list(generate_entries(SynthSpec(400, seed=7)))
    assert entries == list(generate_entries(SynthSpec(400, seed=7)))
    assert entries != list(generate_entries(SynthSpec(400, seed=8)))
    slugs = {t.slug for t in BUILTIN_THEMES}
    assert all(50 <= len(e.body.split()) <= 300 for e in entries)
    assert all(1 <= len(e.themes) <= 4 and set(e.themes) <= slugs for e in entries)
    assert all(len(e.people) <= 2 for e in entries)
    rated = sum(e.independence is not None and e.interdependence is not None for e in entries)
    assert 0.75 < rated / len(entries) < 0.95
    assert (entries[-1].date - entries[0].date).days > 10 * 365
    assert [e.date for e in entries] == sorted(e.date for e in entries)


@pytest.mark.skipif(_jrnl() is None, reason="jrnl is not installed (./test.sh installs it)")
def test_jrnl_reads_the_jrnl_file_entry_for_entry(tmp_path: Path) -> None:
    entries = list(generate_entries(SynthSpec(25, seed=3)))
    journal = tmp_path / "journal.txt"
    write_jrnl(journal, entries)
    config = write_config(tmp_path, journal)
    result = subprocess.run(
        [str(_jrnl()), "--config-file", str(config), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path)),
    )
    assert result.returncode == 0, result.stderr
    read = json.loads(result.stdout)["entries"]
    assert [(e["date"], e["time"]) for e in read] == [
        (x.date.isoformat(), x.time.strftime("%H:%M")) for x in entries
    ]
    assert [e["title"] for e in read] == [x.title + "." for x in entries]
    assert [sorted(e["tags"]) for e in read] == [sorted("@" + t for t in x.themes) for x in entries]
    assert [e["starred"] for e in read] == [x.starred for x in entries]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's notice on show()
def test_the_window_probe_times_each_key_of_a_search(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel
    from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QVBoxLayout, QWidget

    from tests.bench.window_probe import _filled_list, _search_field, _type_and_time

    window = QWidget()
    field = QLineEdit(window)
    field.setPlaceholderText("Search entries")
    words = QStringListModel(["a walk", "an apple", "ann's day", "anni party", "tree"])
    shown = QSortFilterProxyModel(window)
    shown.setSourceModel(words)
    field.textChanged.connect(shown.setFilterFixedString)
    view = QListView(window)
    view.setModel(shown)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(view)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    app = QApplication.instance()
    assert _filled_list(app) is view
    assert _search_field(app) is field
    steps = _type_and_time(app, view, field, "anni")
    assert [s["text"] for s in steps] == ["a", "an", "ann", "anni"]
    assert [s["rows"] for s in steps] == [4, 3, 2, 1]
    assert all(s["ms"] is not None and s["ms"] < 2000 for s in steps)


@pytest.mark.slow
def test_a_tiny_run_reports_every_figure_next_to_its_target(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    sizes = ["--entries", "300", "--jrnl-entries", "100", "--repeat", "1", "--shapes", "everyday,many-links"]
    sizes += ["--padded-mib", "8", "--photo-mib", "0.1"]
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench.run", *sizes, "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert {f["shape"] for f in report["figures"]} == {"everyday", "many-links"}
    figures = {f["key"]: f for f in report["figures"] if f["shape"] == "many-links"}
    assert "cli.heavy_imports" not in figures and "open.ratio" not in figures  # measured once
    once = ("cli.heavy_imports", "open.tiny", "open.large", "open.ratio", "photos.open_ms", "sync.one_entry")
    figures.update({f["key"]: f for f in report["figures"] if f["key"] in once})
    for key in ("cli.export_csv", "cli.search", "cli.list_theme", "cli.stats", "inproc.fts"):
        assert figures[key]["status"] == "ok" and figures[key]["value"] > 0
        assert figures[key]["peak_rss_mib"] > 0 and figures[key]["target"] is not None
    assert figures["cli.heavy_imports"]["value"] == 0
    assert figures["window.shown"]["status"] == "ok"
    small = ("cli.small.list_week", "cli.small.show", "cli.small.add", "open.large", "open.ratio")
    for key in (*small, "photos.open_ms", "sync.one_entry"):
        assert figures[key]["status"] == "ok" and figures[key]["value"] > 0
    assert all(f["status"] in ("ok", "not available") for f in figures.values())
    table = out.with_suffix(".md").read_text(encoding="utf-8")
    assert "| Figure | Target | everyday | many-links |" in table
    assert not (tmp_path / "work").exists()


def test_the_export_floor_writes_exactly_what_the_export_writes(tmp_path: Path) -> None:
    """The yardstick does the export's whole work, or the comparison with it would mean nothing."""
    from datetime import date, time

    from desktop.cli import main
    from desktop.store.entries.entry_table import save_entries, trash_entry
    from desktop.store.journal.opening import open_journal
    from tests.bench.export_floor import main as floor_main
    from tests.factories import make_entry

    journal = tmp_path / "journal.db"
    awkward = [
        make_entry(title='She said "no", then yes', body="line one\nline two\r\nthree", themes=["trust"]),
        make_entry(title="=SUM(A1:A9)", body="-minus first", people=["O'Brien, Pat", "Émile"], mood=2),
        make_entry(title="@home", body="\ttabbed", themes=["boundaries", "self-care"], starred=True),
        make_entry(title="plain", body="", independence=3, interdependence=8, time=time(23, 59)),
        make_entry(title="same minute", body="'quoted start", date=date(2024, 2, 29), time=time(7, 5)),
        make_entry(title="same minute too", body="+plus", date=date(2024, 2, 29), time=time(7, 5)),
    ]
    gone = make_entry(title="in the trash", body="not exported")
    with open_journal(journal):
        save_entries([*awkward, gone])
        trash_entry(gone.uuid)
    ours, floor = tmp_path / "export.csv", tmp_path / "floor.csv"
    assert main(["--journal", str(journal), "export", "csv", str(ours)]) == 0
    assert floor_main([str(journal), str(floor)]) == 0
    assert floor.read_bytes() == ours.read_bytes()
    assert b"not exported" not in floor.read_bytes() and b"'=SUM" in floor.read_bytes()

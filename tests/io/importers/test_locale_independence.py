"""Importers read English month names and AM/PM whatever the C library's locale is.

The window runs under the user's system locale (QApplication sets the C library's locale from it
when it is made), where `strptime` reads month names and AM/PM in German or Malayalam. So every
importer is run here under de_DE.UTF-8 and ml_IN.UTF-8 as well as C, in this process, from the
command line, and through the window's import dialog. The locales must be installed (.ci/setup.sh
generates them); a missing one fails these tests rather than skipping them.
"""

from __future__ import annotations

import json
import locale
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time
from pathlib import Path

import pytest

from desktop.io.formats.csv_export import write_csv
from desktop.io.formats.json_format import write_json
from desktop.io.importers.detect import plan_import
from desktop.io.importers.plan import ImportOptions, ImportPlan
from tests.factories import make_entry
from tests.io.helpers import FIXTURES

REPO = Path(__file__).resolve().parents[3]
REAL = REPO / "tests" / "fixtures" / "real"
LOCALES = ["de_DE.UTF-8", "ml_IN.UTF-8"]

JRNL_12_HOUR = (  # jrnl 4's default timeformat, `%F %r`
    "[2023-10-12 08:30:00 PM] Dinner in October. @Trust\nBody.\n\n"
    "[2024-03-03 07:05:00 AM] Early in March.\n\n"
    "[2024-05-01 12:00:00 PM] Noon in May *\n"
)
JRNL_MONTH_NAMES = (  # `%b %d, %Y %I:%M %p`
    "[Oct 12, 2023 08:30 PM] Dinner in October. @Trust\nBody.\n\n"
    "[Mar 03, 2024 07:05 AM] Early in March.\n\n"
    "[May 01, 2024 12:00 PM] Noon in May *\n"
)
DAYLIO_YEAR_LAYOUT = (  # the layout of Daylio's older exports
    "year,date,weekday,time,mood,activities,note"
    '\n2023,12 October,Thursday,8:30 PM,good,"friends | movies",Dinner out'
    '\n2024,3 March,Sunday,7:05 AM,meh,work,""'
    '\n2024,May 1,Wednesday,12:00 pm,rad,"",""\n'
)
EXPECTED_MOMENTS = [
    (date(2023, 10, 12), time(20, 30)),
    (date(2024, 3, 3), time(7, 5)),
    (date(2024, 5, 1), time(12, 0)),
]


@contextmanager
def c_library_locale(name: str) -> Iterator[None]:
    """The process's C library locale set to `name` (as QApplication does), then put back."""
    before = locale.setlocale(locale.LC_ALL)
    locale.setlocale(locale.LC_ALL, name)  # locale.Error if it is not installed: a failure
    try:
        yield
    finally:
        locale.setlocale(locale.LC_ALL, before)


def _files(folder: Path) -> dict[str, tuple[Path, ImportOptions]]:
    folder.mkdir(exist_ok=True)
    jrnl_12h, jrnl_names, daylio = folder / "j12.txt", folder / "jnames.txt", folder / "daylio.csv"
    jrnl_12h.write_text(JRNL_12_HOUR, encoding="utf-8")
    jrnl_names.write_text(JRNL_MONTH_NAMES, encoding="utf-8")
    daylio.write_text(DAYLIO_YEAR_LAYOUT, encoding="utf-8")
    config = folder / "jrnl.yaml"
    config.write_text(
        f"journals:\n  default: {jrnl_names}\ntimeformat: '%b %d, %Y %I:%M %p'\n", encoding="utf-8"
    )
    ours_csv, ours_json = folder / "ours.csv", folder / "ours.json"
    write_csv([make_entry(title="Ours", themes=["trust"])], ours_csv)
    write_json(ours_json, [make_entry(title="Ours")], [], [])
    none = ImportOptions()
    return {
        "jrnl-12-hour": (jrnl_12h, none),
        "jrnl-12-hour-config": (jrnl_12h, ImportOptions(jrnl_config=_default_config(folder))),
        "jrnl-month-names": (jrnl_names, none),
        "jrnl-month-names-config": (jrnl_names, ImportOptions(jrnl_config=config)),
        "jrnl-1x": (REAL / "jrnl" / "jrnl-org_jrnl_simple_jrnl-1-9-5.journal", none),
        "daylio-year-layout": (daylio, none),
        "daylio-12-hour": (REAL / "daylio" / "kayraucklnc_daylio_visualizer_daylio_export.csv", none),
        "daylio-sample": (FIXTURES / "daylio" / "sample.csv", none),
        "dayone": (FIXTURES / "dayone" / "Journal.json", none),
        "csv": (ours_csv, none),
        "json": (ours_json, none),
    }


def _default_config(folder: Path) -> Path:
    config = folder / "default.yaml"
    config.write_text("journals:\n  default: journal.txt\ntimeformat: '%F %r'\n", encoding="utf-8")
    return config


def _summary(plan: ImportPlan) -> tuple:
    return (plan.format, list(plan.entries()), plan.themes, [str(r) for r in plan.rejected], plan.warnings)


@pytest.fixture(autouse=True)
def _no_jrnl_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))


@pytest.mark.parametrize("name", LOCALES)
def test_every_importer_reads_the_same_under_another_locale(tmp_path: Path, name: str) -> None:
    files = _files(tmp_path / "files")
    expected = {key: _summary(plan_import(path, options=options)) for key, (path, options) in files.items()}
    for key in ("jrnl-12-hour", "jrnl-month-names", "daylio-year-layout"):
        assert [(e.date, e.time) for e in sorted(expected[key][1], key=lambda e: e.date)] == EXPECTED_MOMENTS
    with c_library_locale(name):
        assert locale.nl_langinfo(locale.MON_10) != "October"  # the names are not English here
        for key, (path, options) in files.items():
            assert _summary(plan_import(path, options=options)) == expected[key], key


def _environment(tmp_path: Path, name: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LC_")}
    env.update(
        LC_ALL=name,
        LANG=name,
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO),
    )
    return env


def _listed(journal: Path) -> list[tuple[str, str, str]]:
    """The journal's entries as (date, time, title), read by the command line in the C locale."""
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--journal", str(journal), "list", "--json"],
        env={**os.environ, "LC_ALL": "C.UTF-8", "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return sorted((e["date"], e["time"], e["title"]) for e in json.loads(done.stdout))


MOMENTS = [(d.isoformat(), t.strftime("%H:%M")) for d, t in EXPECTED_MOMENTS]
EXPECTED_LISTED = [
    ("2023-10-12", "20:30", "Dinner in October. @Trust"),
    ("2024-03-03", "07:05", "Early in March."),
    ("2024-05-01", "12:00", "Noon in May"),
]


def test_the_command_line_imports_under_a_malayalam_locale(tmp_path: Path) -> None:
    files = _files(tmp_path / "files")
    journal = tmp_path / "journal.db"
    env = _environment(tmp_path, "ml_IN.UTF-8")
    check = subprocess.run(
        [sys.executable, "-c", "import locale; print(locale.setlocale(locale.LC_ALL, ''))"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert check.stdout.strip().startswith("ml_IN"), "the ml_IN.UTF-8 locale is not installed"
    for key in ("jrnl-12-hour", "daylio-year-layout"):
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "--journal", str(journal), "import", str(files[key][0])],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
    listed = _listed(journal)
    assert [row for row in listed if row[2]] == EXPECTED_LISTED  # jrnl's
    assert [row[:2] for row in listed if not row[2]] == MOMENTS  # Daylio's, which have no title
    assert len(listed) == 6


WINDOW_IMPORT = """
import json, locale, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])  # sets the C library's locale from the system's, as the app does
from desktop.ui.transfer.import_dialog import ImportDialog

report = {"lc_time": locale.setlocale(locale.LC_TIME), "imports": []}
for journal, name in zip(sys.argv[1::2], sys.argv[2::2]):
    dialog = ImportDialog(Path(journal))
    outcome = {}
    loop = QEventLoop()
    def done(key, value):
        outcome[key] = value
        loop.quit()
    dialog.planReady.connect(lambda plan: done("plan", plan))
    dialog.failed.connect(lambda message: done("failed", message))
    dialog.imported.connect(lambda result: done("imported", result))
    QTimer.singleShot(60_000, loop.quit)
    dialog.set_source(Path(name))
    loop.exec()
    plan = outcome.get("plan")
    if plan is None or not plan.ok:
        failed = outcome.get("failed") or [str(r) for r in plan.rejected]
        report["imports"].append({"added": None, "failed": failed})
        continue
    dialog.start_import()
    loop.exec()
    result = outcome.get("imported")
    report["imports"].append({"added": result and result.added, "failed": outcome.get("failed")})
    dialog.deleteLater()
print(json.dumps(report))
"""


def test_the_windows_import_under_a_german_system_locale(tmp_path: Path) -> None:
    files = _files(tmp_path / "files")
    keys = ("jrnl-12-hour", "jrnl-month-names", "daylio-year-layout")
    journals = [tmp_path / f"{key}.db" for key in keys]
    arguments = [
        str(a) for journal, key in zip(journals, keys, strict=True) for a in (journal, files[key][0])
    ]
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_IMPORT, *arguments],
        env=_environment(tmp_path, "de_DE.UTF-8"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["lc_time"].startswith("de_DE"), "QApplication did not take the German locale"
    assert report["imports"] == [{"added": 3, "failed": None}] * 3
    assert _listed(journals[0]) == _listed(journals[1]) == EXPECTED_LISTED
    assert [row[:2] for row in _listed(journals[2])] == MOMENTS

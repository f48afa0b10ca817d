"""Commands that need no window start without importing Qt or matplotlib.

Importing them costs a user a good part of a second on every command; only the window and the
chart commands need them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _heavy_imports(tmp_path: Path, journal: Path, *command: str) -> list[str]:
    report = tmp_path / "imports.json"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench.imports", str(report), "--journal", str(journal), *command],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(report.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "command",
    [
        ("add", "--title", "A walk", "--theme", "trust", "--independence", "6"),
        ("list", "--theme", "trust"),
        ("search", "walk"),
        ("stats",),
        ("export", "csv", "{tmp}/out.csv"),
    ],
    ids=lambda c: c[0],
)
def test_command_imports_neither_qt_nor_matplotlib(tmp_path: Path, command: tuple[str, ...]) -> None:
    journal = tmp_path / "journal.db"
    _heavy_imports(tmp_path, journal, "add", "--title", "First walk")  # the journal has an entry
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    assert _heavy_imports(tmp_path, journal, *args) == []


def test_the_check_sees_qt_when_it_is_imported(tmp_path: Path) -> None:
    """The check itself works: a run that does import Qt is reported."""
    report = tmp_path / "imports.json"
    code = (
        "import sys, runpy; import PySide6.QtCore; "
        f"sys.argv = ['x', {str(report)!r}, '--version']; "
        "runpy.run_module('tests.bench.imports', run_name='__main__')"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, timeout=60)
    assert "PySide6" in json.loads(report.read_text(encoding="utf-8"))

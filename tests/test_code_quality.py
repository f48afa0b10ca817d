"""The code stays lint-clean, formatted and type-checked where CONVENTIONS asks for it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is not installed next to {sys.executable}"
    return found


def test_ruff_check_is_clean() -> None:
    result = subprocess.run(
        [tool("ruff"), "check", "desktop", "tests"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = subprocess.run(
        [tool("ruff"), "format", "--check", "desktop", "tests"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean_on_the_whole_app() -> None:
    """The window's code too: attributes added to a window from outside show up here."""
    result = subprocess.run(
        [tool("mypy"), "desktop"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_domain_imports_no_qt_database_or_charts() -> None:
    forbidden = (
        "PySide6",
        "peewee",
        "playhouse",
        "matplotlib",
        "desktop.store",
        "desktop.ui",
        "desktop.io",
        "desktop.charts",
    )
    for path in (ROOT / "desktop" / "domain").rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")):
                assert not any(f" {name}" in stripped for name in forbidden), (path, line)


def test_no_window_part_is_installed_from_outside() -> None:
    """Parts of the window are classes the window builds, not functions that patch it."""
    for path in (ROOT / "desktop" / "ui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not line.lstrip().startswith("def install_"), f"{path}:{number}: {line.strip()}"

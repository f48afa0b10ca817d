"""The layers of CONVENTIONS: what each part of `desktop` may import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"

# (layer folder, module prefixes it must not import)
RULES = [
    (
        "domain",
        ("desktop.store", "desktop.io", "desktop.ui", "desktop.charts", "PySide6", "peewee", "matplotlib"),
    ),
    # store/lock.py alone takes Qt's QLockFile, the lock the window and the CLI share.
    ("store", ("desktop.ui", "desktop.charts", "PySide6.QtWidgets", "PySide6.QtGui", "matplotlib")),
    # io/report.py draws the monthly report's charts into its PDF.
    ("io", ("desktop.ui", "PySide6", "matplotlib.pyplot", "peewee")),
    ("charts", ("desktop.store", "desktop.ui", "PySide6", "matplotlib.pyplot", "peewee")),
    # Widgets reach the journal through store functions: no models, no queries.
    ("ui", ("desktop.store.journal.models", "peewee", "playhouse")),
]


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize(("layer", "forbidden"), RULES, ids=[r[0] for r in RULES])
def test_each_layer_imports_only_what_it_may(layer: str, forbidden: tuple[str, ...]) -> None:
    files = sorted((DESKTOP / layer).rglob("*.py"))
    assert files, f"no modules in desktop/{layer}"
    breaches = [
        f"{path.relative_to(DESKTOP.parent)} imports {name}"
        for path in files
        for name in sorted(imported_modules(path))
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]
    assert breaches == []


def test_only_the_lock_takes_qt_in_the_store() -> None:
    users = sorted(
        path.name
        for path in (DESKTOP / "store").rglob("*.py")
        if any(name.startswith("PySide6") for name in imported_modules(path))
    )
    assert users == ["lock.py"]

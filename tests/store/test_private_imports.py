"""No store module reaches into another one's private names.

A helper two modules share gets a public name in the module that owns it; an underscore says
"only here", and importing one from elsewhere hides who depends on it. (That no module imports
another back, not even inside a function, tests/test_import_cycles.py checks for all of desktop.)
"""

from __future__ import annotations

import ast
from pathlib import Path

STORE = Path(__file__).resolve().parents[2] / "desktop" / "store"


def test_no_store_module_imports_another_ones_private_name() -> None:
    private = []
    for path in sorted(STORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop."):
                private += [
                    f"{path.relative_to(STORE)}: {node.module}.{alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_")
                ]
    assert private == []

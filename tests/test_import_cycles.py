"""No module of `desktop` imports itself back, directly or round a ring of other modules.

A ring of imports works only while every module in it happens to import the others lazily or
in the right order; one moved import turns it into an ImportError at start-up. It also means the
modules cannot be understood, tested or moved one at a time. The check reads the source with
`ast` (nothing is imported) and counts every import that runs: at module level and inside
functions, but not under `if TYPE_CHECKING:`, which never runs.
"""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "desktop"

Graph = Mapping[str, Iterable[str]]


@dataclass(frozen=True)
class ImportSite:
    """Where `source` imports `target`: the file and line, to say in a failure."""

    source: str
    target: str
    path: Path
    line: int


# --- reading the package ---------------------------------------------------------------------------


def module_files(root: Path, package: str) -> dict[str, Path]:
    """Every module of `package` (a folder under `root`) by dotted name; `__init__` is the package."""
    modules: dict[str, Path] = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements that run, anywhere in the tree, skipping the body of `if TYPE_CHECKING:`."""
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            pending.extend(node.orelse)  # an `else:` beside it does run
            continue
        pending.extend(ast.iter_child_nodes(node))


def _resolve_base(node: ast.ImportFrom, importer: str, is_package: bool) -> str | None:
    """The absolute module named by `from X import ...`, relative imports included."""
    if node.level == 0:
        return node.module
    anchor = importer.split(".") if is_package else importer.split(".")[:-1]
    if node.level > 1:
        anchor = anchor[: len(anchor) - (node.level - 1)]
    return ".".join([*anchor, node.module] if node.module else anchor)


def _known(name: str, modules: Mapping[str, Path]) -> str | None:
    """`name` if it is a module, else the longest dotted prefix that is (`a.b.attr` -> `a.b`)."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def import_sites(modules: Mapping[str, Path], package: str) -> list[ImportSite]:
    """Each import of one module of `package` by another, resolved to the module file it loads."""
    sites: list[ImportSite] = []
    for importer, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        for node in _runtime_imports(tree):
            targets: list[str | None] = []
            if isinstance(node, ast.Import):
                targets = [_known(alias.name, modules) for alias in node.names]
            else:
                base = _resolve_base(node, importer, is_package)
                if base is None:
                    continue
                for alias in node.names:
                    # `from desktop.x import y`: the module desktop.x.y when there is one, else desktop.x.
                    submodule = f"{base}.{alias.name}"
                    targets.append(submodule if submodule in modules else _known(base, modules))
            for target in targets:
                if target is not None and (target == package or target.startswith(package + ".")):
                    sites.append(ImportSite(importer, target, path, node.lineno))
    return sites


def import_graph(sites: Iterable[ImportSite], modules: Iterable[str]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for site in sites:
        graph.setdefault(site.source, set()).add(site.target)
    return graph


# --- finding the rings -----------------------------------------------------------------------------


def strongly_connected(graph: Graph) -> list[list[str]]:
    """Tarjan's strongly connected components, iteratively (no recursion limit), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    nodes = sorted(set(graph) | {t for targets in graph.values() for t in targets})
    successors = {node: sorted(graph.get(node, ())) for node in nodes}

    for start in nodes:
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(successors[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(successors[child])))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(sorted(component))
    return components


def _shortest_path(graph: Graph, start: str, goal: str, within: set[str]) -> list[str] | None:
    previous: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = [node]
            while (before := previous[path[-1]]) is not None:
                path.append(before)
            return path[::-1]
        for child in sorted(graph.get(node, ())):
            if child in within and child not in previous:
                previous[child] = node
                queue.append(child)
    return None


def _rotated(cycle: list[str]) -> tuple[str, ...]:
    """The same ring always written from its smallest name, so each is listed once."""
    first = cycle.index(min(cycle))
    return tuple(cycle[first:] + cycle[:first])


def find_cycles(graph: Graph) -> list[list[str]]:
    """Import rings, each written `[a, b, ..., a]`.

    Every self-import is one; within each strongly connected component of more than one module,
    every import edge is shown in at least one ring (the shortest way back from its target), so
    the list names every import that would have to go, without listing the exponentially many
    rings a large component holds.
    """
    rings: set[tuple[str, ...]] = set()
    for node, targets in graph.items():
        if node in targets:
            rings.add((node,))
    for component in strongly_connected(graph):
        if len(component) < 2:
            continue
        members = set(component)
        for source in component:
            for target in sorted(graph.get(source, ())):
                if target in members and target != source:
                    back = _shortest_path(graph, target, source, members)
                    assert back is not None  # same component: there is always a way back
                    rings.add(_rotated([source, *back[:-1]]))
    return sorted([*ring, ring[0]] for ring in rings)


def describe(cycles: list[list[str]], sites: Iterable[ImportSite], root: Path) -> str:
    where: dict[tuple[str, str], list[str]] = {}
    for site in sites:
        places = where.setdefault((site.source, site.target), [])
        place = f"{site.path.relative_to(root)}:{site.line}"
        if place not in places:  # `from x import a, b` is one import line, said once
            places.append(place)
    lines = [f"{len(cycles)} import cycle(s) in {PACKAGE}:"]
    for cycle in cycles:
        lines.append("  " + " -> ".join(cycle))
        for source, target in pairwise(cycle):
            lines.append(f"      {source} -> {target}  at {', '.join(where.get((source, target), ['?']))}")
    return "\n".join(lines)


def package_cycles(root: Path, package: str) -> tuple[list[list[str]], str]:
    modules = module_files(root, package)
    sites = import_sites(modules, package)
    cycles = find_cycles(import_graph(sites, modules))
    return cycles, describe(cycles, sites, root)


# --- the checks ------------------------------------------------------------------------------------


def test_desktop_has_no_import_cycles() -> None:
    modules = module_files(REPO, PACKAGE)
    assert len(modules) > 50, "the walk found too few modules: is the package where it should be?"
    cycles, message = package_cycles(REPO, PACKAGE)
    assert not cycles, message


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b", "a"]]),
        ({"a": {"a"}}, [["a", "a"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c", "a"]]),
        # Two separate rings, and a diamond that is not a ring.
        (
            {
                "a": {"b"},
                "b": {"a"},
                "x": {"y"},
                "y": {"z"},
                "z": {"x"},
                "p": {"q", "r"},
                "q": {"s"},
                "r": {"s"},
            },
            [["a", "b", "a"], ["x", "y", "z", "x"]],
        ),
        # One component, two rings through `a`: both imports that close a ring are shown.
        ({"a": {"b", "c"}, "b": {"a"}, "c": {"a"}}, [["a", "b", "a"], ["a", "c", "a"]]),
    ],
    ids=["chain", "pair", "self-import", "triangle-with-tail", "two-rings-and-a-diamond", "figure-eight"],
)
def test_the_cycle_finder_on_small_graphs(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert find_cycles(graph) == expected


def test_strongly_connected_handles_a_long_chain_without_recursing() -> None:
    chain = {f"m{i:05}": {f"m{i + 1:05}"} for i in range(5000)}
    chain["m05000"] = {"m00000"}
    (component,) = [c for c in strongly_connected(chain) if len(c) > 1]
    assert len(component) == 5001


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_new_cycle_in_a_package_is_found_and_named(tmp_path: Path) -> None:
    """The whole check, on a made-up package: each way of importing is seen, TYPE_CHECKING is not."""
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "APP = 'x'\n",
            "pkg/store/__init__.py": "",
            # `from pkg.store import restore` names the module pkg.store.restore.
            "pkg/store/encryption.py": "from pkg.store import restore\n",
            # An import inside a function still runs, so it closes the ring.
            "pkg/store/restore.py": "def undo():\n    from pkg.store.encryption import rekey\n",
            "pkg/ui/__init__.py": "",
            "pkg/ui/window.py": "import pkg.ui.menu\nfrom pkg import APP\n",
            # Only for the type checker: never runs, not a ring.
            "pkg/ui/menu.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from pkg.ui.window import Window\n"
                "else:\n    from . import dialogs\n"
            ),
            # A relative import back to the window is a ring through menu.
            "pkg/ui/dialogs.py": "from .window import Window\n",
            "pkg/lonely.py": "import pkg.lonely\n",
        },
    )
    cycles, message = package_cycles(tmp_path, "pkg")
    assert cycles == [
        ["pkg.lonely", "pkg.lonely"],
        ["pkg.store.encryption", "pkg.store.restore", "pkg.store.encryption"],
        ["pkg.ui.dialogs", "pkg.ui.window", "pkg.ui.menu", "pkg.ui.dialogs"],
    ]
    assert "pkg.store.encryption -> pkg.store.restore -> pkg.store.encryption" in message
    assert f"{Path('pkg/store/restore.py')}:2" in message


def test_a_package_without_cycles_passes(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "from pkg import b\n",
            "pkg/b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.a import A\n",
        },
    )
    assert package_cycles(tmp_path, "pkg")[0] == []

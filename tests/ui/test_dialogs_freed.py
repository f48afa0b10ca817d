"""Every dialog of the window is freed once the user closes it.

A closed dialog that lives on keeps its widgets, its worker pool and what it read from the
journal, and each opening adds another copy for as long as the window is open. Each check opens a
dialog, closes it as a user would (Escape), lets Qt run what closing queued (deleteLater included),
drops every Python reference and collects garbage, then asks three things: did the C++ object
send `destroyed`, is the weak reference to the Python wrapper dead, and is no dialog of that class
left under the window.

The dialogs are found by reading `desktop/ui` (every subclass of a Qt dialog, at any depth), so a
new dialog gets its own case without editing this file; each is built with the main window as
parent from what its constructor's parameters ask for. The window's own ways of opening them
(menu actions, found by their text) are checked as well, since that is where a dialog is usually
kept alive by mistake.

Each dialog class is opened as its openers do (`exec()`, then `deleteLater()`), so its case fails
when anything else still holds it once it is deleted: a registry, a lambda connected to a signal
of the window. The window's paths check that the opener really lets it go.

PySide6 6.11 hands a dialog back to Python's ownership while `exec()` runs, so a dialog held only
by a local is freed when the local goes, even without WA_DeleteOnClose or deleteLater(), unless a
lambda connected to one of its own signals closes over `self` (Qt holds the lambda, the lambda
holds the dialog). Calling `parent.findChildren(...)` gives the parent ownership of each wrapper
it returns, so the children are counted only once the dialog is known to be gone.
"""

from __future__ import annotations

import ast
import gc
import importlib
import inspect
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui.helpers import flush_deferred_deletes

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "desktop" / "ui"
QT_DIALOGS = frozenset(
    {"QDialog", "QMessageBox", "QFileDialog", "QInputDialog", "QProgressDialog", "QWizard", "QErrorMessage"}
)
POLL_MS = 20
POLL_TRIES = 250  # five seconds for a dialog to appear


def find_dialog_classes(root: Path = UI) -> dict[str, str]:
    """Class name -> module of every class in `root` derived from a Qt dialog, read with `ast`."""
    defined: list[tuple[str, str, set[str]]] = []
    for path in sorted(root.rglob("*.py")):
        module = ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {
                    b.id if isinstance(b, ast.Name) else b.attr
                    for b in node.bases
                    if isinstance(b, ast.Name | ast.Attribute)
                }
                defined.append((module, node.name, bases))
    found: dict[str, str] = {}
    dialog_names = set(QT_DIALOGS)
    grew = True
    while grew:  # a subclass of one of our dialogs is a dialog too
        grew = False
        for module, name, bases in defined:
            if name not in found and bases & dialog_names:
                found[name] = module
                dialog_names.add(name)
                grew = True
    return dict(sorted(found.items()))


# Dialogs the user does not close: the long task's progress dialog closes itself when its work
# ends (tests/ui/common/test_long_task.py checks that it is freed then).
CLOSED_BY_THEIR_WORK = frozenset({"_ProgressDialog"})
DIALOGS = {name: module for name, module in find_dialog_classes().items() if name not in CLOSED_BY_THEIR_WORK}


def dialog_class(name: str) -> type[QDialog]:
    cls = getattr(importlib.import_module(DIALOGS[name]), name)
    assert issubclass(cls, QDialog), f"{DIALOGS[name]}.{name} is not a QDialog"
    return cls


# --- watching a dialog without keeping it alive ------------------------------------------------------


@dataclass
class Watched:
    """What is known of a dialog seen on screen, holding only a weak reference to it."""

    class_name: str
    title: str
    wrapper: weakref.ref[QWidget]
    destroyed: list[bool] = field(default_factory=list)
    escape_closed: bool = True

    def label(self) -> str:
        return f"{self.class_name} ({self.title!r})"


def watch(widget: QWidget) -> Watched:
    watched = Watched(type(widget).__name__, widget.windowTitle(), weakref.ref(widget))
    flag = watched.destroyed  # the slot must not hold the dialog, nor `watched`
    widget.destroyed.connect(lambda *_: flag.append(True))
    return watched


class ModalCloser:
    """Closes every modal dialog that comes up, with Escape as a user would, until stopped.

    It polls with single-shot timers, so it runs inside a dialog's own `exec()` loop, and it
    closes any further dialog too (an error box, say), so a test cannot hang on one.
    """

    def __init__(self) -> None:
        self.seen: list[Watched] = []
        self._stopped = False
        self._tries = 0

    def start(self) -> ModalCloser:
        QTimer.singleShot(0, self._poll)
        return self

    def stop(self) -> None:
        self._stopped = True

    def _poll(self) -> None:
        if self._stopped:
            return
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and not any(w.wrapper() is widget for w in self.seen):
            watched = watch(widget)
            self.seen.append(watched)
            QTest.keyClick(widget, Qt.Key.Key_Escape)
            if widget.isVisible():
                watched.escape_closed = False
                if isinstance(widget, QDialog):
                    widget.reject()
                else:
                    widget.close()
        del widget
        self._tries += 1
        if self._tries < POLL_TRIES:
            QTimer.singleShot(POLL_MS, self._poll)


def _referrers(obj: object) -> list[str]:
    """Who still holds `obj`, said briefly: the way to find a leak's cause."""
    said: list[str] = []
    for holder in gc.get_referrers(obj):
        if inspect.isframe(holder):
            continue
        if isinstance(holder, dict):
            keys = []
            for key, value in holder.items():  # a loop, not a comprehension: that would close over obj
                if value is obj:
                    keys.append(repr(key))
            owners = [
                type(o).__name__ for o in gc.get_referrers(holder) if getattr(o, "__dict__", None) is holder
            ]
            said.append(f"dict[{', '.join(keys)}]" + (f" of a {owners[0]}" if owners else ""))
        elif inspect.ismethod(holder):
            said.append(f"bound method {holder.__qualname__}")
        elif inspect.isfunction(holder):
            said.append(f"function {holder.__qualname__}")
        elif type(holder).__name__ == "cell":
            said.append(f"closure of {_closure_owner(holder)}")
        else:
            said.append(type(holder).__name__)
    return said


def _closure_owner(cell: object) -> str:
    """The function whose closure holds `cell`, by name and place (cell <- tuple <- function)."""
    for closure in gc.get_referrers(cell):
        for function in gc.get_referrers(closure) if isinstance(closure, tuple) else ():
            if inspect.isfunction(function) and function.__closure__ is closure:
                code = function.__code__
                where = code.co_filename.removeprefix(f"{REPO}/")
                return f"{function.__qualname__} ({where}:{code.co_firstlineno})"
    return "a function no longer reachable from Python (a lambda a Qt connection holds?)"


def _why_alive(watched: Watched) -> str:
    wrapper = watched.wrapper()
    if wrapper is None:
        return "its Python wrapper is gone but the C++ dialog was not destroyed (a parent still owns it)"
    parts: list[str] = []
    if shiboken6.isValid(wrapper):
        parent = wrapper.parent()
        parts.append(f"parent: {type(parent).__name__ if parent is not None else None}")
        parts.append(f"WA_DeleteOnClose: {wrapper.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)}")
        parts.append(f"owned by Python: {shiboken6.ownedByPython(wrapper)}")
    else:
        parts.append("its C++ dialog is deleted but the Python wrapper is still referenced")
    holders = _referrers(wrapper)
    del wrapper
    parts.append(f"held by: {holders}")
    return "; ".join(parts)


def assert_freed(watched: Watched, window: QWidget) -> None:
    flush_deferred_deletes()
    problems = []
    if not watched.destroyed:
        problems.append("the C++ dialog was never destroyed (no `destroyed` signal)")
    if watched.wrapper() is not None:
        problems.append("the weak reference to its Python wrapper is still alive")
    detail = _why_alive(watched) if problems else ""
    if not problems:
        # Only once the dialog is known gone: findChildren gives the parent ownership of every
        # wrapper it returns, which would keep a dialog alive that was about to be freed.
        left = [w for w in window.findChildren(QWidget) if type(w).__name__ == watched.class_name]
        if left:
            problems.append(f"{len(left)} {watched.class_name} still under the window")
        del left
    assert not problems, (
        f"{watched.label()} is not freed after closing: {'; '.join(problems)}. {detail}. "
        "Fix: give it WA_DeleteOnClose (self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)) or call "
        "deleteLater() on it once exec() returns, and drop whatever is listed as holding it."
    )


def open_and_close(qtbot, open_dialog: Callable[[], Any], expected: str) -> Watched:  # type: ignore[no-untyped-def]
    """Run `open_dialog` (it may block in exec()), closing what comes up; the one dialog seen."""
    closer = ModalCloser().start()
    try:
        open_dialog()
        qtbot.waitUntil(lambda: bool(closer.seen), timeout=POLL_MS * POLL_TRIES)
    finally:
        closer.stop()
    names = [w.label() for w in closer.seen]
    assert closer.seen[0].class_name == expected, f"expected a {expected} to open, saw {names}"
    assert len(closer.seen) == 1, f"more than one dialog came up: {names}"
    assert closer.seen[0].escape_closed, f"Escape did not close {names[0]}"
    return closer.seen[0]


# --- each dialog class, built with the window as parent ----------------------------------------------


def build(cls: type[QDialog], window: Any, preferences: Any) -> QDialog:
    """`cls` with the main window as parent, its parameters filled in by name."""
    journal = window.journal
    known: dict[str, Any] = {
        "parent": window,
        "preferences": preferences,
        "journal_path": journal.path,
        "passphrase": journal.passphrase,
        "ask_current": True,  # the dialog with every field
    }
    kwargs: dict[str, Any] = {}
    for parameter in list(inspect.signature(cls.__init__).parameters.values())[1:]:
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.name == "journal":
            wants_path = "Path" in str(parameter.annotation) or parameter.annotation is parameter.empty
            kwargs["journal"] = journal.path if wants_path else journal
        elif parameter.name in known:
            kwargs[parameter.name] = known[parameter.name]
        elif parameter.default is parameter.empty:
            pytest.fail(
                f"{cls.__name__}: no value known for its parameter {parameter.name!r}; add it to build()"
            )
    dialog = cls(**kwargs)
    assert dialog.parent() is window, f"{cls.__name__} was not given the window as parent"
    return dialog


def test_the_dialogs_are_found() -> None:
    assert len(DIALOGS) >= 7, f"found only {sorted(DIALOGS)} in desktop/ui"


@pytest.mark.parametrize("name", list(DIALOGS))
def test_a_dialog_built_on_the_window_is_freed_when_closed(qtbot, window, preferences, name: str) -> None:  # type: ignore[no-untyped-def]
    cls = dialog_class(name)

    def open_dialog() -> None:
        dialog = build(cls, window, preferences)
        dialog.exec()
        dialog.deleteLater()  # what every opener does; the window paths below check they do

    assert_freed(open_and_close(qtbot, open_dialog, name), window)


# --- the window's own ways in ------------------------------------------------------------------------


def _plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").replace("...", "").strip()


def trigger_action(window: QWidget, *texts: str) -> Callable[[], None]:
    """Trigger the window's action shown as one of `texts` (menu text without & and …)."""

    def trigger() -> None:
        actions = [a for a in window.findChildren(QAction) if _plain(a.text()) in texts]
        shown = sorted({_plain(a.text()) for a in window.findChildren(QAction) if a.text()})
        assert actions, f"no action {texts} in the window; its actions are {shown}"
        assert actions[0].isEnabled() and actions[0].isVisible(), f"{texts[0]} is disabled or hidden"
        actions[0].trigger()

    return trigger


def _ask_passphrase(window: Any) -> None:
    dialog_class("PassphraseDialog").ask(window, window.journal.path)  # type: ignore[attr-defined]


WINDOW_PATHS: dict[str, tuple[Callable[[Any], Callable[[], Any]], str]] = {
    "Settings (menu)": (lambda w: trigger_action(w, "Settings"), "SettingsDialog"),
    "About (menu)": (lambda w: trigger_action(w, "About Balance Journal", "About"), "QMessageBox"),
    "Import (menu)": (lambda w: trigger_action(w, "Import"), "ImportDialog"),
    "Export (menu)": (lambda w: trigger_action(w, "Export"), "ExportDialog"),
    "Monthly Report (menu)": (lambda w: trigger_action(w, "Monthly Report"), "ReportDialog"),
    "Restore from Backup (menu)": (lambda w: trigger_action(w, "Restore from Backup"), "RestoreDialog"),
    "Encrypt with a Passphrase (menu)": (
        lambda w: trigger_action(w, "Encrypt with a Passphrase"),
        "NewPassphraseDialog",
    ),
    "error message (show_error)": (lambda w: lambda: w.show_error("The disk is full."), "QMessageBox"),
    "passphrase prompt (PassphraseDialog.ask)": (lambda w: lambda: _ask_passphrase(w), "PassphraseDialog"),
}


@pytest.mark.parametrize("path", list(WINDOW_PATHS))
def test_a_dialog_opened_by_the_window_is_freed_when_closed(qtbot, window, path: str) -> None:  # type: ignore[no-untyped-def]
    make_opener, expected = WINDOW_PATHS[path]
    assert_freed(open_and_close(qtbot, make_opener(window), expected), window)


# --- the check itself --------------------------------------------------------------------------------


class _KeptDialog(QDialog):
    """A dialog that a window keeps after it is closed: the leak the checks exist to catch."""


def test_the_check_sees_a_dialog_the_window_keeps(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    kept: list[QObject] = []

    def open_dialog() -> None:
        dialog = _KeptDialog(window)
        kept.append(dialog)  # as a window attribute or a registry would
        dialog.exec()

    watched = open_and_close(qtbot, open_dialog, "_KeptDialog")
    with pytest.raises(AssertionError, match=r"_KeptDialog.*is not freed.*held by: \['list'\]"):
        assert_freed(watched, window)
    kept.clear()
    assert_freed(watched, window)  # once let go, it is freed: the check passes again


def test_the_check_sees_a_parented_dialog_nobody_deletes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def open_dialog() -> None:
        dialog = _KeptDialog(window)
        dialog.open()  # shown without exec(): the window owns it until someone deletes it

    watched = open_and_close(qtbot, open_dialog, "_KeptDialog")
    with pytest.raises(AssertionError, match=r"never destroyed.*parent: MainWindow.*WA_DeleteOnClose: False"):
        assert_freed(watched, window)
    for left in window.findChildren(_KeptDialog):
        left.deleteLater()
    flush_deferred_deletes()
    assert watched.destroyed

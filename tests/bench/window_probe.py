"""The window, offscreen: time from the process's start to the window shown with its list
filled, then the list's update after each key of a search typed into the window.

    python -m tests.bench.window_probe JOURNAL WORD

The parent passes the moment it spawned this process in $BENCH_SPAWNED_AT (time.time()), so the
figure includes starting Python and importing Qt, as a user waits for them. The window is
started the way the command line starts it (`desktop.ui.app.launch.launch_window`); the probe
watches it from a timer installed just before Qt's event loop starts, and quits it when done.
Prints one JSON object on its last line.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time

TIMEOUT_SECONDS = 60.0
KEY_TIMEOUT_SECONDS = 2.0


ENTRY_LIST_NAME = "Entries"  # the accessible name the window gives its list of entries


def _filled_list(app):  # type: ignore[no-untyped-def]
    """The window's list of entries once it has rows, or None.

    The list is the item view named for screen readers as "Entries"; without one, the largest
    item view with rows. Other lists (say, "on this day") may fill before it and must not count.
    """
    from PySide6.QtWidgets import QAbstractItemView

    views = [
        view
        for top in app.topLevelWidgets()
        if top.isVisible()
        for view in top.findChildren(QAbstractItemView)
        if view.isVisible() and view.model() is not None
    ]
    named = [v for v in views if v.accessibleName() == ENTRY_LIST_NAME]
    candidates = named or views
    best = max(candidates, key=lambda v: v.model().rowCount(), default=None)
    return best if best is not None and best.model().rowCount() else None


def _search_field(app):  # type: ignore[no-untyped-def]
    """A visible line edit that says it is for searching (by name, placeholder or tooltip)."""
    from PySide6.QtWidgets import QLineEdit

    for top in app.topLevelWidgets():
        if not top.isVisible():
            continue
        for edit in top.findChildren(QLineEdit):
            words = " ".join(
                (edit.objectName(), edit.placeholderText(), edit.toolTip(), edit.accessibleName())
            ).lower()
            if edit.isVisible() and ("search" in words or "find" in words):
                return edit
    return None


def _type_and_time(app, view, edit, word: str) -> list[dict]:  # type: ignore[no-untyped-def]
    """Type `word` key by key; for each key, ms until the list's model says it changed.

    A key after which the list does not change within KEY_TIMEOUT_SECONDS gets `ms: None`.
    """
    from PySide6.QtTest import QTest

    changed = {"at": None}

    def mark(*_args: object) -> None:
        if changed["at"] is None:
            changed["at"] = time.perf_counter()

    def connect(model) -> None:  # type: ignore[no-untyped-def]
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(mark)

    model = view.model()
    connect(model)
    edit.setFocus()
    steps: list[dict] = []
    for char in word:
        changed["at"] = None
        start = time.perf_counter()
        QTest.keyClick(edit, char)
        while changed["at"] is None and time.perf_counter() - start < KEY_TIMEOUT_SECONDS:
            app.processEvents()
            time.sleep(0.001)  # leave the other core to a worker thread the window may use
            if view.model() is not model:  # the view was given a new model: that is an update
                model = view.model()
                connect(model)
                mark()
        # Let the view lay out what the model now holds, as the user sees it.
        app.processEvents()
        done = time.perf_counter() if changed["at"] is not None else None
        steps.append(
            {
                "text": edit.text(),
                "ms": None if done is None else round((done - start) * 1000, 2),
                "rows": view.model().rowCount(),
            }
        )
    return steps


def main(argv: list[str]) -> int:
    journal, word = argv
    spawned = float(os.environ.get("BENCH_SPAWNED_AT", time.time()))
    report: dict = {"status": "ok"}
    try:
        from desktop.ui.app.launch import launch_window
    except ImportError as error:
        print(json.dumps({"status": "not available", "note": f"no window: {error}"}))
        return 0
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    original_exec = QApplication.exec

    def watch(app) -> None:  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        timer = QTimer()
        timer.setInterval(2)

        def poll() -> None:
            view = _filled_list(app)
            if view is None:
                if time.perf_counter() - started > TIMEOUT_SECONDS:
                    report.update(status="failed", note="the list never filled")
                    timer.stop()
                    app.quit()
                return
            timer.stop()
            report["shown_s"] = round(time.time() - spawned, 3)
            report["rows"] = view.model().rowCount()
            report["view"] = type(view).__name__
            edit = _search_field(app)
            if edit is None:
                report["typing"] = {
                    "status": "not available",
                    "note": "the window has no search field yet",
                }
            else:
                steps = _type_and_time(app, view, edit, word)
                timed = [s["ms"] for s in steps if s["ms"] is not None]
                report["typing"] = {
                    "status": "ok" if timed else "failed",
                    "value_ms": max(timed) if timed else None,
                    "median_ms": statistics.median(timed) if timed else None,
                    "keys": steps,
                }
            app.quit()

        timer.timeout.connect(poll)
        timer.start()
        app._bench_timer = timer  # kept alive for the loop's lifetime

    def exec_watched(*_args: object) -> int:
        watch(QApplication.instance())
        return original_exec()

    # exec() is static in Qt 6, whether called on the class or on the instance.
    QApplication.exec = staticmethod(exec_watched)  # type: ignore[method-assign,assignment]
    code = launch_window(journal)
    if "shown_s" not in report and report["status"] == "ok":
        report.update(status="failed", note=f"the window closed (exit {code}) before showing")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

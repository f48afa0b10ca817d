"""The window in a right-to-left layout (the pseudo-locale a right-to-left language gets): its
panes and toolbar mirror, no two visible widgets side by side overlap, and the charts keep time
running left to right."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from desktop.store.entries.entry_table import save_entries
from desktop.ui.app.main_window import MainWindow
from tests.factories import make_entry

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def rtl_window(right_to_left: None, journal: object, make_window) -> MainWindow:  # type: ignore[no-untyped-def]
    start = date.today() - timedelta(days=120)
    save_entries(
        [
            make_entry(
                title=f"Day {i}",
                date=start + timedelta(days=i),
                themes=["trust"] if i % 3 else ["self-care"],
                people=["Sam"],
                independence=3 + i % 5,
                interdependence=8 - i % 4,
            )
            for i in range(0, 120, 2)
        ]
    )
    return make_window(journal)


def on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def overlapping_siblings(root: QWidget) -> list[str]:
    """Pairs of visible widgets with the same parent whose rectangles cross by more than a pixel."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisible():
            continue
        kids = [c for c in parent.children() if isinstance(c, QWidget) and c.isVisible() and not c.isWindow()]
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                common = on_window(a).intersected(on_window(b))
                if common.width() > 1 and common.height() > 1:
                    found.append(f"{type(a).__name__} {a.objectName()} × {type(b).__name__} {b.objectName()}")
    return found


def test_the_panes_and_the_toolbar_mirror(rtl_window: MainWindow) -> None:
    window = rtl_window
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Calendar, list, editor read right to left.
    assert on_window(window.sidebar).left() > on_window(window.list_panel).right()
    assert on_window(window.list_panel).left() > on_window(window.editor).right()
    toolbar = window.menu.toolbar
    new, save, delete = (
        toolbar.widgetForAction(a) for a in (window.menu.new, window.menu.save, window.menu.delete)
    )
    assert on_window(new).left() > on_window(save).right()
    assert on_window(save).left() > on_window(delete).right()
    # The menu bar starts at the right edge: File is right of Help.
    bar = window.menuBar()
    file_at = bar.actionGeometry(window.menu.file_menu.menuAction())
    help_at = bar.actionGeometry(window.menu.help_menu.menuAction())
    assert file_at.left() > help_at.right()


def test_nothing_overlaps_in_the_journal_and_in_the_charts(rtl_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = rtl_window
    window.list_view.setCurrentIndex(window.model.index(0, 0))
    qtbot.waitUntil(lambda: window.editor.title.text() != "")
    assert overlapping_siblings(window) == []
    window.pages.setCurrentIndex(window.pages.indexOf(window.charts_page))
    qtbot.waitUntil(lambda: window.charts_page.view is not None)
    assert overlapping_siblings(window) == []


def test_the_charts_are_not_mirrored(rtl_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = rtl_window
    window.pages.setCurrentIndex(window.pages.indexOf(window.charts_page))
    qtbot.waitUntil(lambda: window.charts_page.view is not None)
    view = window.charts_page.view
    assert view is not None and view.current_kind() == "trend"
    qtbot.waitUntil(lambda: bool(view.figure.axes))
    view.canvas.draw()
    axes = view.figure.axes[0]
    ticks = [t for t in axes.get_xticklabels() if t.get_text()]
    assert len(ticks) >= 2
    # Time runs left to right: the first date tick is drawn left of the last.
    assert ticks[0].get_window_extent().x0 < ticks[-1].get_window_extent().x0
    # And what the widget shows is the figure as matplotlib drew it, not a mirror image of it.
    drawn = np.asarray(view.canvas.buffer_rgba())
    shown = view.canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    pixels = np.frombuffer(shown.constBits(), np.uint8).reshape(shown.height(), shown.bytesPerLine() // 4, 4)
    pixels = pixels[:, : shown.width()]
    assert pixels.shape == drawn.shape
    assert np.array_equal(pixels, drawn)
    assert not np.array_equal(pixels, drawn[:, ::-1])


def test_the_overlap_walk_finds_widgets_drawn_over_each_other(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(300, 100)
    left, right = QWidget(parent), QWidget(parent)
    left.setObjectName("left")
    right.setObjectName("right")
    left.setGeometry(0, 0, 160, 40)
    right.setGeometry(150, 0, 150, 40)
    parent.show()
    assert overlapping_siblings(parent) == ["QWidget left × QWidget right"]
    right.move(160, 0)
    assert overlapping_siblings(parent) == []

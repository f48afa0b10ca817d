"""The Charts view: follows the filters and the window selector, and exports each chart."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.charts import CHART_KINDS
from desktop.domain.filters import EntryFilter
from desktop.domain.trend import RatedPoint, trend
from desktop.store.entries.entry_table import save_entries
from desktop.ui.charts.charts_view import ChartsView
from tests.factories import make_entry

START = date(2026, 1, 1)
# The offscreen platform says this whenever a window is shown; it is about the platform, not us.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def filled(journal: object) -> list[RatedPoint]:
    entries = []
    for i in range(0, 120, 2):
        people = ["Sam"] if i % 4 == 0 else ["Alex"]
        entries.append(
            make_entry(
                date=START + timedelta(days=i),
                people=people,
                themes=["trust"] if i % 3 else ["self-care"],
                independence=3 + (i // 10) % 5,
                interdependence=8 - (i // 20) % 4,
            )
        )
    save_entries(entries)
    return [RatedPoint(e.date, e.independence, e.interdependence) for e in entries]


def mean_line(view: ChartsView) -> np.ndarray:
    (line,) = [ln for ax in view.figure.axes for ln in ax.lines if ln.get_gid() == "balance-mean"]
    y = np.asarray(line.get_ydata(), dtype=float)
    return y[~np.isnan(y)]


def daily_count(view: ChartsView) -> int:
    (dots,) = [c for ax in view.figure.axes for c in ax.collections if c.get_gid() == "daily"]
    return len(dots.get_offsets())


def test_shows_the_trend_with_the_chosen_window(qtbot, filled: list[RatedPoint]) -> None:  # type: ignore[no-untyped-def]
    view = ChartsView()
    qtbot.addWidget(view)
    assert [view.window_box.itemData(i) for i in range(view.window_box.count())] == [7, 30, 90]
    view.show()
    assert view.current_kind() == "trend"
    assert np.allclose(mean_line(view), trend(filled, 30).balance)
    with qtbot.waitSignal(view.chartDrawn):
        view.set_window(7)
    assert np.allclose(mean_line(view), trend(filled, 7).balance)


def test_follows_the_filters(qtbot, filled: list[RatedPoint]) -> None:  # type: ignore[no-untyped-def]
    view = ChartsView()
    qtbot.addWidget(view)
    view.show()
    assert daily_count(view) == 60
    drawn: list[str] = []
    view.chartDrawn.connect(drawn.append)
    view.set_filter(EntryFilter(text="nothing matches this"))
    view.set_filter(EntryFilter(people=("Sam",)))  # a quick second change: one redraw only
    qtbot.waitUntil(lambda: daily_count(view) == 30)
    view.set_filter(EntryFilter(date_from=START, date_to=START + timedelta(days=9)))
    qtbot.waitUntil(lambda: daily_count(view) == 5)
    assert drawn == ["trend", "trend"]


def test_reads_nothing_while_hidden(qtbot, filled: list[RatedPoint], monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[EntryFilter] = []
    import desktop.ui.charts.charts_view as module

    real = module.load_chart_data
    monkeypatch.setattr(module, "load_chart_data", lambda flt, **kw: calls.append(flt) or real(flt, **kw))
    view = ChartsView()
    qtbot.addWidget(view)
    view.set_filter(EntryFilter(people=("Alex",)))
    view.set_kind("map")
    assert calls == []
    view.show()
    assert calls == [EntryFilter(people=("Alex",))]
    assert view.current_kind() == "map"


def test_every_kind_draws(qtbot, filled: list[RatedPoint]) -> None:  # type: ignore[no-untyped-def]
    view = ChartsView()
    qtbot.addWidget(view)
    view.show()
    for kind in CHART_KINDS:
        if kind != view.current_kind():
            with qtbot.waitSignal(view.chartDrawn) as drawn:
                view.set_kind(kind)
            assert drawn.args == [kind]
        assert view.figure.axes
        assert view.window_box.isEnabled() == (kind in ("trend", "ratings"))


def test_themes_by_week_or_month(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    view = ChartsView()
    qtbot.addWidget(view)
    view.show()
    view.set_kind("themes")
    assert not view.period_box.isHidden() and view.people_box.isHidden()
    assert view.figure.axes[0].get_ylabel() == "Theme tags per week"  # 4 months: weeks
    view.period_box.setCurrentIndex(view.period_box.findData("month"))
    assert view.figure.axes[0].get_ylabel() == "Theme tags per month"
    bars = [p for p in view.figure.axes[0].patches if p.get_gid() == "pillar:interdependence"]
    assert len(bars) == 4  # January to April


@pytest.mark.parametrize(("suffix", "magic"), [("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")])
def test_export_through_the_dialog(
    qtbot, filled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, magic: bytes
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / f"balance.{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view = ChartsView()
    qtbot.addWidget(view)
    view.show()
    view.set_kind("heatmap")
    with qtbot.waitSignal(view.exported) as saved:
        view.export_button.click()
    assert target.read_bytes().startswith(magic)
    assert saved.args == [str(target)]  # the window says where it went


def test_export_problems_are_told_not_raised(
    qtbot, filled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    view = ChartsView()
    qtbot.addWidget(view)
    view.show()
    for name in ("chart.bmp", "missing/chart.png"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, n=name, **k: (str(tmp_path / n), ""))
        view.export_button.click()
    assert "'.bmp'" in warnings[0]
    assert "Could not write" in warnings[1]
    assert not [p for p in tmp_path.iterdir() if "chart" in p.name]


def test_dark_window_gets_dark_charts(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    view = ChartsView()
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    view.setPalette(palette)
    view.show()
    assert view.chart_style().name == "dark"
    assert view.figure.get_facecolor()[0] < 0.2


def test_an_unreadable_journal_is_told_on_the_canvas(qtbot, filled, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import desktop.ui.charts.charts_view as module
    from desktop.store.journal.errors import JournalLocked

    def locked(*_args, **_kw):  # type: ignore[no-untyped-def]
        raise JournalLocked("the journal is busy in another program; try again")

    monkeypatch.setattr(module, "load_chart_data", locked)
    view = ChartsView()
    qtbot.addWidget(view)
    view.show()
    texts = [t.get_text() for t in view.figure.texts]
    assert texts == ["The charts cannot be drawn: the journal is busy in another program; try again"]


def test_the_trend_reads_only_warning_tags_until_a_theme_chart_is_shown(
    qtbot, filled, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import desktop.ui.charts.charts_view as module

    asked: list[bool] = []
    real = module.load_chart_data
    monkeypatch.setattr(
        module,
        "load_chart_data",
        lambda flt, all_tags=True: asked.append(all_tags) or real(flt, all_tags=all_tags),
    )
    view = ChartsView()
    qtbot.addWidget(view)
    view.show()
    view.set_kind("map")
    view.set_kind("themes")
    view.set_kind("insight")
    view.set_kind("trend")
    assert asked == [False, True]  # one thin read for trend and map, one full read after


def test_export_offers_a_real_folder_then_the_last_one_and_asks_before_replacing(
    qtbot, filled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    offered: list[str] = []
    existing = tmp_path / "kept.pdf"
    existing.write_bytes(b"my own document")

    def dialog(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        offered.append(start)
        return str(tmp_path / "kept"), "PDF document (*.pdf)"  # typed without its extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    asked: list[str] = []

    def question(_parent, _title, text, *_rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    view = ChartsView()
    qtbot.addWidget(view)
    view.show()
    view.export_button.click()
    assert Path(offered[0]).parent.is_dir() and Path(offered[0]).parent != Path(".")
    assert asked == ["kept.pdf already exists. Replace it?"]
    assert existing.read_bytes() == b"my own document"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    view.export_button.click()
    assert existing.read_bytes().startswith(b"%PDF")
    view.export_button.click()
    assert Path(offered[-1]).parent == tmp_path  # the folder of the last export is offered again


def test_a_palette_switch_while_shown_redraws_the_chart_in_it(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    view = ChartsView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.figure.axes != [])
    assert view.figure.get_facecolor()[0] > 0.8  # light
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    with qtbot.waitSignal(view.chartDrawn, timeout=5000):
        view.setPalette(palette)
    assert view.figure.get_facecolor()[0] < 0.2


def test_a_filtered_chart_says_so_in_its_title(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.filters import EntryFilter

    view = ChartsView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.figure.axes != [])
    assert view.figure.axes[0].get_title("left") == "Where has my balance been heading?"
    with qtbot.waitSignal(view.chartDrawn, timeout=10000):
        view.set_filter(EntryFilter(themes=("trust",), people=("Sam",)))
    assert view.figure.axes[0].get_title("left") == "Where has my balance been heading? — only: trust, Sam"


def test_a_chart_is_not_exported_into_the_journals_backup_folder(
    qtbot, filled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    journal = tmp_path / "j.db"
    folder = tmp_path / "j.db.backups"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "c.png"), ""))
    view = ChartsView()
    view.journal_path = journal
    qtbot.addWidget(view)
    view.show()
    view.export_button.click()
    assert warnings == [f"{folder / 'c.png'} is in the journal's backup folder; write it somewhere else."]
    assert list(folder.iterdir()) == []

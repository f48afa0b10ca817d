"""The command line speaks the chosen language in its own lines too (stats, chart, report), and
warns on stderr when the language's letters have no font; the window says the same in its status
bar."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.charts import fonts
from desktop.cli import main
from desktop.domain import i18n
from desktop.store.entries.entry_table import save_entries
from desktop.store.journal.opening import open_journal
from desktop.ui.app import language
from tests.factories import make_entry

MALAYALAM_NOTE = "Noto Sans Malayalam"


@pytest.fixture
def journal_file(tmp_path: Path) -> Path:
    path = tmp_path / "journal.db"
    opened = open_journal(path)
    try:
        save_entries(
            [
                make_entry(date=date(2026, 9, day), independence=3, interdependence=6, themes=["trust"])
                for day in (1, 2, 3, 4)
            ]
        )
    finally:
        opened.close()
    return path


@pytest.fixture
def system_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    yield
    i18n.use_language(i18n.SOURCE_LANGUAGE)  # main() switched the language of the whole process


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_stats_speak_german_with_german_numbers(
    journal_file: Path,
    system_language: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, out, _err = run(capsys, "--journal", str(journal_file), "stats", "--to", "2026-09-30")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Einträge: 4 (4 bewertet)"
    assert "Mittlere Unabhängigkeit: 3,0" in lines
    assert "Mittlere Balance: 3,0" in lines
    assert "Themen: Vertrauen 4" in lines
    assert "Zonen: Risiko Co-Abhängigkeit 4" in lines


def test_stats_in_english_are_as_before(
    journal_file: Path,
    system_language: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, out, _err = run(capsys, "--journal", str(journal_file), "stats", "--to", "2026-09-30")
    assert code == 0
    assert out.splitlines()[:4] == [
        "Entries: 4 (4 rated)",
        "Mean independence: 3.0",
        "Mean interdependence: 6.0",
        "Mean balance: 3.0",
    ]


def test_chart_and_report_say_what_they_wrote_in_malayalam(
    journal_file: Path,
    system_language: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LANG", "ml_IN.UTF-8")
    chart = tmp_path / "trend.svg"
    code, _out, err = run(capsys, "--journal", str(journal_file), "chart", "trend", "--out", str(chart))
    assert code == 0 and chart.exists()
    assert err.strip() == f"“സന്തുലനത്തിന്റെ പ്രവണത” എന്ന ചാർട്ട് {chart} എന്നതിലേക്ക് എഴുതി"
    assert "warning" not in err  # the font is installed here
    report = tmp_path / "r.pdf"
    code, _out, err = run(
        capsys, "--journal", str(journal_file), "report", "--month", "2026-09", "--out", str(report)
    )
    assert code == 0 and report.exists()
    assert err.startswith("സെപ്റ്റംബർ 2026 മാസത്തെ ") and "റിപ്പോർട്ട്" in err


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")  # the boxes the warning is about
def test_without_a_malayalam_font_chart_and_report_warn_on_stderr_and_still_write(
    journal_file: Path,
    system_language: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LANG", "ml_IN.UTF-8")
    monkeypatch.setattr(fonts, "_known_families", lambda: frozenset({"DejaVu Sans"}))
    for args in (
        ("chart", "trend", "--out", str(tmp_path / "t.png")),
        ("report", "--month", "2026-09", "--out", str(tmp_path / "r.pdf")),
    ):
        code, _out, err = run(capsys, "--journal", str(journal_file), *args)
        assert code == 0
        warnings = [line for line in err.splitlines() if line.startswith("balance-journal: warning: ")]
        assert len(warnings) == 1 and MALAYALAM_NOTE in warnings[0]
        assert "apt install fonts-noto-core" in warnings[0]
    assert (tmp_path / "t.png").exists() and (tmp_path / "r.pdf").exists()


class NoFonts:
    @staticmethod
    def families() -> list[str]:
        return ["DejaVu Sans"]


def test_the_window_notes_a_missing_malayalam_font_once_in_its_status_bar(
    speak,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    speak("ml")
    language.note_missing_font(window)
    assert window.statusBar().currentMessage() == ""  # the font is installed here
    monkeypatch.setattr(language, "QFontDatabase", NoFonts)
    language.note_missing_font(window)
    note = window.statusBar().currentMessage()
    assert MALAYALAM_NOTE in note and "fonts-noto-core" in note
    assert "is not installed" not in note  # said in Malayalam


def test_english_needs_no_extra_font(speak, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(language, "QFontDatabase", NoFonts)
    speak("en")
    assert language.missing_font_note("en") is None
    assert language.missing_font_note("ml") is not None
    assert isinstance(QApplication.instance(), QApplication)

"""Screenshots of the window for the README, made from a realistic sample year.

    python -m desktop.ui.app.screenshots OUTDIR

builds a temporary journal, opens the real window on it and saves PNGs in light and dark palettes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

SIZE = (1360, 860)


def _settle(app: QCoreApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def take_screenshots(outdir: Path, today: date | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.store.entries.entry_table import save_entries
    from desktop.store.journal.opening import open_journal
    from desktop.ui.app.main_window import MainWindow
    from desktop.ui.app.palette import apply_appearance
    from desktop.ui.app.preferences import Appearance, Preferences
    from desktop.ui.app.sample_data import sample_year

    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        journal = open_journal(Path(folder) / "journal.db")
        try:
            save_entries(sample_year(end=today or date.today()))
            preferences = Preferences(QSettings(str(Path(folder) / "prefs.ini"), QSettings.Format.IniFormat))
            for appearance in (Appearance.LIGHT, Appearance.DARK):
                apply_appearance(app, appearance)  # type: ignore[arg-type]
                window = MainWindow(journal, preferences)
                window.resize(*SIZE)
                window.show()
                window.workers.wait()
                _settle(app)
                window.list_view.setCurrentIndex(window.model.index(1, 0))
                window.list_view.setFocus()
                _settle(app)
                path = outdir / f"window-{appearance.value}.png"
                window.grab().save(str(path))
                saved.append(path)
                window.pages.setCurrentIndex(1)  # the Charts tab
                _settle(app, 60)
                path = outdir / f"charts-{appearance.value}.png"
                window.grab().save(str(path))
                saved.append(path)
                window.pages.setCurrentIndex(0)
                _settle(app)
                if appearance is Appearance.LIGHT:
                    window.filter_panel.toggle.setChecked(True)
                    window.filter_panel.search.setText("walk")
                    window.workers.wait()
                    _settle(app)
                    path = outdir / "search-and-filters.png"
                    window.grab().save(str(path))
                    saved.append(path)
                window.close()
                window.deleteLater()
                _settle(app)
        finally:
            journal.close()
    return saved


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m desktop.ui.app.screenshots OUTDIR", file=sys.stderr)
        return 2
    for path in take_screenshots(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

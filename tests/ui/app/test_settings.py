"""Settings: thresholds kept in the journal, and this computer's preferences."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.balance import Zone
from desktop.store.entries.entry_table import save_entries
from desktop.store.journal import settings as journal_settings
from desktop.store.journal.opening import open_journal
from desktop.ui.app.preferences import Appearance
from desktop.ui.app.settings_dialog import SettingsDialog
from tests.factories import make_entry
from tests.ui.helpers import shown_titles, wait_for_list


def test_changing_thresholds_changes_zones_and_is_kept_in_the_journal(
    qtbot, journal, journal_path, make_window, preferences
):
    save_entries([make_entry(title="Close call", date=date(2026, 6, 1), independence=5, interdependence=8)])
    window = make_window(journal)
    assert window.model.summary(0).zone() is Zone.LEANING_ON_OTHERS  # type: ignore[union-attr]

    dialog = SettingsDialog(preferences, journal_path, window)
    qtbot.addWidget(dialog)
    dialog.threshold_boxes["balanced_band"].setValue(3.0)
    dialog.week_start.setCurrentIndex(dialog.week_start.findData("sunday"))
    dialog.appearance.setCurrentIndex(dialog.appearance.findData(Appearance.DARK))
    dialog.accept()

    window.refresh_reference()
    window.model.reload()
    assert window.model.summary(0).zone() is Zone.BALANCED  # type: ignore[union-attr]
    assert window.editor.ratings.zone.text() == "Balanced"
    assert preferences.week_start == "sunday" and preferences.first_day == Qt.DayOfWeek.Sunday
    assert preferences.appearance is Appearance.DARK
    window.filter_panel.zone.setCurrentIndex(window.filter_panel.zone.findData(Zone.BALANCED))
    wait_for_list(qtbot, window)
    assert shown_titles(window) == ["Close call"]
    journal.close()
    with open_journal(journal_path):
        assert journal_settings.thresholds().balanced_band == 3.0


def test_thresholds_that_make_no_sense_are_refused(qtbot, journal, journal_path, make_window, preferences):
    window = make_window(journal)
    dialog = SettingsDialog(preferences, journal_path, window)
    qtbot.addWidget(dialog)
    dialog.threshold_boxes["drift_days"].setValue(1)
    dialog.threshold_boxes["trend_window_days"].setValue(0)  # the box refuses below 1
    dialog.accept()
    assert journal_settings.thresholds().trend_window_days == 1


def test_the_journal_location_is_remembered(qtbot, journal, journal_path, make_window, preferences, tmp_path):
    window = make_window(journal)
    dialog = SettingsDialog(preferences, journal_path, window)
    qtbot.addWidget(dialog)
    dialog.location.setText(str(tmp_path / "elsewhere.db"))
    dialog.accept()
    assert preferences.journal_path == tmp_path / "elsewhere.db"

    from desktop.ui.app.launch import choose_journal_path

    assert choose_journal_path(None, preferences.journal_path) == tmp_path / "elsewhere.db"
    assert choose_journal_path("given.db", preferences.journal_path).name == "given.db"


def test_the_panes_come_back_as_they_were_left(qtbot, journal, make_window):
    window = make_window(journal)
    window.resize(960, 700)  # within the test screen, so the saved size is kept as it is
    window.splitter.setSizes([240, 300, 420])
    chosen = window.splitter.sizes()
    window.close()
    again = make_window(journal)
    assert again.splitter.sizes() != chosen
    again.restore_layout()
    assert again.splitter.sizes() == chosen


def test_the_number_of_backups_kept_is_a_setting_of_the_journal(
    qtbot, journal, journal_path, make_window, preferences
):
    from desktop.store.safety.backup import keep_count

    window = make_window(journal)
    dialog = SettingsDialog(preferences, journal_path, window)
    qtbot.addWidget(dialog)
    assert dialog.backups_kept.value() == keep_count()
    dialog.backups_kept.setValue(3)
    dialog.accept()
    journal.close()
    with open_journal(journal_path):
        assert keep_count() == 3


def _bright_pixels(widget, width: int) -> int:  # type: ignore[no-untyped-def]
    """Pixels in the widget's first `width` columns that stand out from a dark background."""
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(min(width, image.width()))
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() > 110
    )


def test_switching_to_dark_while_open_leaves_everything_readable(qtbot, journal, make_window):
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop.ui.app.palette import apply_appearance

    save_entries([make_entry(title="Chips", themes=["trust", "self-care"])])
    window = make_window(journal)
    window.open_entry(window.model.summary(0).uuid)  # type: ignore[union-attr]
    app = QApplication.instance()
    apply_appearance(app, Appearance.LIGHT)
    try:
        apply_appearance(app, Appearance.DARK)
        chip_label = next(iter(window.editor.themes._chips.values())).findChild(QLabel)
        assert chip_label.palette().color(chip_label.foregroundRole()).lightness() > 150
        box = window.filter_panel.starred
        window.filter_panel.toggle.setChecked(True)
        qtbot.waitUntil(box.isVisible)
        assert box.palette().color(box.backgroundRole()).lightness() < 128  # it follows the switch
        assert _bright_pixels(box, 14) > 20  # and the empty box is outlined, not dark on dark
    finally:
        apply_appearance(app, Appearance.LIGHT)


def test_settings_say_which_journal_is_open_when_another_is_remembered(
    qtbot, journal, journal_path, preferences, tmp_path
):
    from PySide6.QtWidgets import QLabel

    preferences.journal_path = tmp_path / "remembered.db"
    dialog = SettingsDialog(preferences, journal_path)
    qtbot.addWidget(dialog)
    assert dialog.location.text() == str(tmp_path / "remembered.db")
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith(f"Open now: {journal_path}.") for text in texts)

"""The drift banner: shown only for drift, with a fitting prompt; thresholds from settings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMenu, QWidget

from desktop.domain.balance import Thresholds
from desktop.domain.prompts import PROMPTS, TEMPLATES, drift_prompt, prompts_for
from desktop.domain.theme_catalogue import Pillar
from desktop.domain.trend import Drift, DriftAlert
from desktop.store.entries.entry_table import save_entries
from desktop.store.journal import settings
from desktop.ui.reflect.drift_banner import DriftBanner
from desktop.ui.reflect.prompt_picker import PromptPicker
from tests.factories import make_entry

TODAY = date(2026, 11, 22)


def add_days(ind: int, inter: int, days: int = 6, themes: tuple[str, ...] = ()) -> None:
    save_entries(
        [
            make_entry(
                date=TODAY - timedelta(days=i), independence=ind, interdependence=inter, themes=list(themes)
            )
            for i in range(days)
        ]
    )


_windows: list[QWidget] = []


def make_banner(qtbot) -> DriftBanner:  # type: ignore[no-untyped-def]
    """A banner inside a window that is never put on screen, as it sits in the main window."""
    window = QWidget()
    qtbot.addWidget(window)
    _windows[:] = [window]  # keep it alive for the test
    return DriftBanner(window)


def test_hidden_without_drift(qtbot, journal: object) -> None:  # type: ignore[no-untyped-def]
    banner = make_banner(qtbot)
    add_days(6, 7)
    banner.refresh(TODAY)
    assert banner.isHidden() and banner.alerts() == []


def test_codependency_drift_shows_a_gentle_note_and_a_prompt(qtbot, journal: object) -> None:  # type: ignore[no-untyped-def]
    add_days(2, 8, themes=("trust",))
    banner = make_banner(qtbot)
    banner.refresh(TODAY)
    assert not banner.isHidden()
    text = banner.message.text()
    assert "leaned towards others" in text and "+6.0" in text and "2.0 of 10" in text
    assert "diagnos" not in text.lower()
    expected = drift_prompt(banner.alerts()[0]).text
    assert expected in banner.prompt_label.text()
    with qtbot.waitSignal(banner.promptChosen) as chosen:
        banner.write_button.click()
    assert chosen.args == [expected]


def test_dismissed_note_stays_away_until_the_drift_changes(qtbot, journal: object) -> None:  # type: ignore[no-untyped-def]
    add_days(8, 2, days=3)
    banner = make_banner(qtbot)
    banner.refresh(TODAY)
    assert [a.kind for a in banner.alerts()] == [Drift.ISOLATION]
    banner.dismiss_button.click()
    assert banner.isHidden()
    banner.refresh(TODAY)
    assert banner.isHidden()
    save_entries([make_entry(date=TODAY, themes=["codependency"]) for _ in range(3)])
    banner.refresh(TODAY)  # now both drifts: a new observation
    assert not banner.isHidden()
    assert "'codependency' came up 3 times" in banner.message.text()


def test_thresholds_come_from_settings(qtbot, journal: object) -> None:  # type: ignore[no-untyped-def]
    add_days(4, 7)  # balance +3, own side 4: not over the default line of 3
    banner = make_banner(qtbot)
    banner.refresh(TODAY)
    assert banner.isHidden()
    settings.save_thresholds(Thresholds(drift_balance=2.0))
    banner.refresh(TODAY)
    assert not banner.isHidden()
    banner.refresh(TODAY + timedelta(days=20))  # the entries have left the 14-day window
    assert banner.isHidden()


def actions(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.menu() is None and a.text()]


def submenu(picker: PromptPicker, title: str) -> QMenu:
    (found,) = [a.menu() for a in picker.menu().actions() if a.menu() is not None and a.text() == title]
    return found


def test_picker_offers_every_pillar_and_the_templates(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = PromptPicker(drift_source=None)
    qtbot.addWidget(picker)
    for pillar, title in (
        (Pillar.INDEPENDENCE, "Independence"),
        (Pillar.INTERDEPENDENCE, "Interdependence"),
        (Pillar.PRACTICE, "Practice"),
        (Pillar.WARNING, "Warning signs"),
    ):
        shown = actions(submenu(picker, title))
        assert shown == [p.text for p in prompts_for(pillar)] and len(shown) >= 8
    templates = submenu(picker, "Templates")
    assert actions(templates) == [t.name for t in TEMPLATES]
    with qtbot.waitSignal(picker.templateChosen) as chosen:
        templates.actions()[0].trigger()
    assert chosen.args == [TEMPLATES[0].markdown]
    with qtbot.waitSignal(picker.promptChosen) as chosen:
        submenu(picker, "Practice").actions()[0].trigger()
    assert chosen.args == [prompts_for(Pillar.PRACTICE)[0].text]


def test_picker_puts_prompts_for_the_drift_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    alert = DriftAlert(Drift.ISOLATION, -5.0, 2.0, 0, 6, TODAY - timedelta(days=13), TODAY)
    picker = PromptPicker(drift_source=lambda _today: [alert])
    qtbot.addWidget(picker)
    assert actions(picker.menu()) == []  # only the pillar menus before it asks the journal
    picker.menu().aboutToShow.emit()
    suggested = actions(picker.menu())
    assert len(suggested) == 3
    fitting = {p.text for p in PROMPTS if Drift.ISOLATION in p.fits}
    assert set(suggested) <= fitting
    assert suggested[0] == drift_prompt(alert).text


@pytest.mark.parametrize("error", [AttributeError("no journal")])
def test_picker_without_a_journal_keeps_working(qtbot, error: Exception) -> None:  # type: ignore[no-untyped-def]
    def source(_today):  # type: ignore[no-untyped-def]
        raise error

    picker = PromptPicker(drift_source=source)
    qtbot.addWidget(picker)
    picker.menu().aboutToShow.emit()
    assert submenu(picker, "Independence").actions()

"""Which language the app speaks: the system's by default, Settings' choice when made, for the
window and the command line alike."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain import i18n
from desktop.domain.balance import Zone, zone_name
from desktop.domain.theme_catalogue import theme_name


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "ml_IN.UTF-8"}, "ml"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "ml_IN.UTF-8"}, "ml"),
        ({"LANG": "ml_IN.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANGUAGE": "fr:ml", "LANG": "de_DE.UTF-8"}, "ml"),
    ],
)
def test_the_system_language_is_read_as_gettext_reads_it(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert i18n.system_language() == expected


def test_the_settings_choice_wins_over_the_system_and_none_follows_it_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "ml_IN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    assert i18n.chosen_language() == "ml"
    i18n.save_choice("de")
    assert i18n.chosen_language() == "de"
    i18n.save_choice(None)
    assert i18n.chosen_language() == "ml"


def test_domain_words_follow_the_language_and_a_renamed_theme_keeps_its_name() -> None:
    try:
        i18n.use_language("ml")
        assert zone_name(Zone.ISOLATION_RISK) == "ഒറ്റപ്പെടൽ സാധ്യത"
        assert theme_name("trust", "Trust") == "വിശ്വാസം"
        assert theme_name("trust", "Faith in each other") == "Faith in each other"
    finally:
        i18n.use_language("en")
    assert theme_name("trust", "Trust") == "Trust"


def test_the_command_line_speaks_the_language_chosen_in_settings(tmp_path: Path) -> None:
    journal = tmp_path / "j.db"
    env = {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "BALANCE_JOURNAL_DATA_DIR": str(tmp_path / "data"),
        "BALANCE_JOURNAL_LOG_DIR": str(tmp_path / "logs"),
    }
    (tmp_path / "config" / "balance-journal").mkdir(parents=True)
    (tmp_path / "config" / "balance-journal" / "language").write_text("ml\n", encoding="utf-8")
    out = tmp_path / "trend.svg"
    base = [sys.executable, "-m", "desktop", "--journal", str(journal)]
    added = subprocess.run([*base, "add", "--title", "x"], capture_output=True, text=True, env=env)
    assert added.returncode == 0, added.stderr
    done = subprocess.run(
        [*base, "chart", "trend", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "എന്റെ സന്തുലനം എങ്ങോട്ടാണ് നീങ്ങുന്നത്?" in out.read_text(encoding="utf-8")

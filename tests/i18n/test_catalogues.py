"""The translation sources are complete for Malayalam and German, and the shipped catalogues match.

`.ci/translations.py check` runs pyside6-lupdate over the window's code and Babel's extractor over
the rest, so a user-visible string added anywhere without its Malayalam translation fails here.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / ".ci" / "translations.py"


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_malayalam_has_no_unfinished_string_and_the_compiled_catalogues_are_current() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "check"], capture_output=True, text=True, cwd=REPO)
    print(done.stdout, done.stderr)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ml: window 0 unfinished, outside the window 0 unfinished" in done.stdout
    assert "de: window 0 unfinished, outside the window 0 unfinished" in done.stdout
    assert "ml: Qt's own strings 0 unfinished" in done.stdout


def test_an_unfinished_german_string_fails_the_check_as_a_malayalam_one_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    sources = tmp_path / "translations"
    shutil.copytree(script.SOURCES, sources)
    german = sources / "balance_journal_de.ts"
    text = german.read_text(encoding="utf-8")
    done = "<source>&amp;Help</source>\n        <translation>&amp;Hilfe</translation>"
    assert done in text
    unfinished = '<source>&amp;Help</source>\n        <translation type="unfinished"></translation>'
    german.write_text(text.replace(done, unfinished), encoding="utf-8")
    script.SOURCES = sources
    assert script.check() == 1
    assert "de needs a translation: '&amp;Help'" in capsys.readouterr().out


def test_an_unfinished_message_is_counted(tmp_path: Path) -> None:
    ts = tmp_path / "x_ml.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ml_IN"><context><name>A</name>'
        "<message><source>Done</source><translation>കഴിഞ്ഞു</translation></message>"
        '<message><source>New words</source><translation type="unfinished"></translation></message>'
        '<message><source>Gone</source><translation type="vanished">പോയി</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert _script().unfinished_ts(ts) == ["New words"]


def test_the_compiled_catalogues_are_package_data() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"translations/*.qm"' in pyproject and '"translations/*/LC_MESSAGES/*.mo"' in pyproject
    for name in (
        "balance_journal_ml.qm",
        "qtbase_ml.qm",
        "ml/LC_MESSAGES/balance_journal.mo",
        "balance_journal_de.qm",
        "de/LC_MESSAGES/balance_journal.mo",
    ):
        assert (REPO / "desktop" / "translations" / name).stat().st_size > 1000

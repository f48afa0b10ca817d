"""The real app in a real X window (Xvfb): it starts, shows its entries, and survives kill -9."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.balance import ZONE_COLOURS, Zone
from desktop.store.entries.drafts import list_drafts
from desktop.store.entries.entry_table import count_entries, save_entries
from desktop.store.journal.opening import open_journal
from desktop.ui.app.sample_data import sample_year

pytestmark = pytest.mark.xvfb
REPO = Path(__file__).resolve().parents[3]
TOOLS = ("Xvfb", "xdotool", "import")


@pytest.fixture
def display(tmp_path: Path) -> Iterator[dict[str, str]]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"the real-window tests need {', '.join(missing)} installed")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    env = dict(os.environ)
    env.update(
        DISPLAY=f":{number}",
        QT_QPA_PLATFORM="xcb",
        BALANCE_JOURNAL_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(REPO),
    )
    try:
        yield env
    finally:
        server.terminate()
        server.wait(10)


def _start_app(env: dict[str, str], journal: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--journal", str(journal)],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _wait_for_window(env: dict[str, str], app: subprocess.Popen[bytes], timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert app.poll() is None, app.stderr.read().decode() if app.stderr else "the app exited"
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^Balance Journal$"],
            env=env,
            capture_output=True,
            text=True,
        )
        if found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.2)
    pytest.fail("no window titled 'Balance Journal' appeared")


def _screenshot(env: dict[str, str], path: Path) -> object:
    subprocess.run(["import", "-window", "root", str(path)], env=env, check=True, timeout=30)
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    return image


def _count_colour(image, colour: str) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    wanted = QColor(colour).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == wanted
    )


def _year_journal(path: Path) -> int:
    with open_journal(path):
        save_entries(sample_year())
        return count_entries()


def test_the_window_appears_with_its_entries(display, tmp_path):
    journal = tmp_path / "year.db"
    assert _year_journal(journal) > 200
    app = _start_app(display, journal)
    try:
        _wait_for_window(display, app)
        time.sleep(1.5)  # let the first page paint
        image = _screenshot(display, tmp_path / "screen.png")
        colours = {image.pixel(x, y) for y in range(0, image.height(), 8) for x in range(0, image.width(), 8)}
        assert len(colours) > 20, "the screen is blank"
        # Zone colours on rows and calendar days: an empty list would show only the colour key.
        assert _count_colour(image, ZONE_COLOURS[Zone.INTERDEPENDENT]) > 200
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(15)


def test_kill_9_while_typing_loses_at_most_the_last_seconds(display, tmp_path):
    journal = tmp_path / "crash.db"
    _year_journal(journal)
    app = _start_app(display, journal)
    try:
        window_id = _wait_for_window(display, app)
        subprocess.run(["xdotool", "windowfocus", "--sync", window_id], env=display, check=True)
        time.sleep(0.5)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+n"], env=display, check=True)
        time.sleep(0.3)
        subprocess.run(
            ["xdotool", "type", "--delay", "20", "Typed before the crash"], env=display, check=True
        )
        time.sleep(3.5)  # typing has stopped long enough for the draft to be kept
        subprocess.run(["xdotool", "type", "--delay", "20", " and after"], env=display, check=True)
    finally:
        app.kill()  # SIGKILL: no chance to clean up
        app.wait(15)
    with open_journal(journal) as opened:
        assert opened.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        titles = [d.entry.title for d in list_drafts()]
    assert titles and titles[0].startswith("Typed before the crash")

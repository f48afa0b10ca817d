"""attach, attachments, detach and `show --json` as a script uses them, and a kill mid-attach."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from desktop.store.attachments.blobs import blob_data
from desktop.store.attachments.collect import collect_unused
from desktop.store.attachments.references import attachments_of
from desktop.store.entries.entry_table import get_entry, save_entry
from desktop.store.journal.opening import open_journal
from desktop.store.journal.paths import attachments_file
from tests.factories import make_entry
from tests.store.attachments.pictures import canary_png, photo_jpeg

WORKTREE = Path(__file__).resolve().parents[2]


def _cli(journal: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--journal", str(journal), *args],
        cwd=WORKTREE,
        env=dict(os.environ, PYTHONPATH=str(WORKTREE)),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )


def _new_entry(journal: Path, body: str = "the day") -> str:
    with open_journal(journal, daily_backup=False):
        entry = make_entry(title="a day", body=body)
        save_entry(entry)
    return entry.uuid


def test_attach_list_show_and_detach(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    uuid = _new_entry(journal)
    png, _marker = canary_png()
    (tmp_path / "sea.png").write_bytes(png)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 notes")
    added = _cli(journal, "attach", uuid[:8], str(tmp_path / "sea.png"), str(tmp_path / "notes.pdf"))
    assert added.returncode == 0, added.stderr
    sha = hashlib.sha256(png).hexdigest()
    assert added.stdout.splitlines()[0] == f"sea.png\timage/png\t{len(png)}\t{sha}"

    listed = _cli(journal, "attachments", uuid, "--json")
    assert [a["name"] for a in json.loads(listed.stdout)] == ["sea.png", "notes.pdf"]
    shown = json.loads(_cli(journal, "show", uuid, "--json").stdout)
    assert shown["attachments"][0] == {"name": "sea.png", "type": "image/png", "size": len(png), "hash": sha}
    assert f"attachment:{sha}/sea.png" in shown["body"]

    gone = _cli(journal, "detach", uuid, "sea.png")
    assert gone.returncode == 0, gone.stderr
    assert [a["name"] for a in json.loads(_cli(journal, "show", uuid, "--json").stdout)["attachments"]] == [
        "notes.pdf"
    ]


def test_bad_input_says_why_and_changes_nothing(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    uuid = _new_entry(journal)
    missing = _cli(journal, "attach", uuid, str(tmp_path / "absent.jpg"))
    assert missing.returncode == 1 and "absent.jpg is not a file" in missing.stderr
    unknown = _cli(journal, "detach", uuid, "nothing.png")
    assert unknown.returncode == 1 and "no attachment called nothing.png" in unknown.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    assert not attachments_file(journal).exists()


@pytest.mark.slow
def test_a_kill_while_a_large_photo_is_saved_leaves_the_entry_whole_or_as_it_was(tmp_path: Path) -> None:
    template = tmp_path / "template.db"
    uuid = _new_entry(template, body="before the photo")
    big = tmp_path / "big.jpg"
    big.write_bytes(photo_jpeg(50 * 2**20))
    sha = hashlib.sha256(big.read_bytes()).hexdigest()
    outcomes = []
    for step in range(12):  # from before the file is read to after the entry is saved
        journal = tmp_path / f"run{step}" / "journal.db"
        journal.parent.mkdir()
        shutil.copy(template, journal)
        child = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--journal", str(journal), "attach", uuid, str(big)],
            cwd=WORKTREE,
            env=dict(os.environ, PYTHONPATH=str(WORKTREE)),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(0.15 + 0.1 * step)
        child.send_signal(signal.SIGKILL)
        child.wait()
        for path in (journal, attachments_file(journal)):
            if path.exists() and path.stat().st_size:
                with closing(sqlite3.connect(path)) as conn:
                    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with open_journal(journal, daily_backup=False):
            if get_entry(uuid).body == "before the photo":
                outcomes.append("as it was")
                assert attachments_of(uuid) == []
                collect_unused()  # bytes stored before the kill, named by nothing, go
                assert blob_data(sha) is None
            else:
                outcomes.append("whole")
                assert [a.sha256 for a in attachments_of(uuid)] == [sha]
                assert blob_data(sha) == big.read_bytes()
    assert set(outcomes) == {"as it was", "whole"}, outcomes

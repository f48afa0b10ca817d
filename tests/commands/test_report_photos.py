"""The monthly report shows the month's photos in the full variant and never in the redacted one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.store.attachments.attaching import attach_files
from desktop.store.entries.entry_table import save_entry
from desktop.store.journal.opening import open_journal
from tests.commands.test_attachments_cli import _cli
from tests.factories import make_entry
from tests.store.attachments.pictures import photo_jpeg


def _images_in(pdf: Path) -> int:
    return pdf.read_bytes().count(b"/Subtype /Image")


def test_photos_appear_in_the_full_report_only(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    for n in range(3):
        (tmp_path / f"p{n}.jpg").write_bytes(photo_jpeg(30_000, seed=n))
    with open_journal(journal, daily_backup=False):
        entry = make_entry(
            title="Lake", body="swim", date=date(2026, 7, 4), independence=6, interdependence=7
        )
        save_entry(entry)
        attach_files(entry.uuid, [tmp_path / f"p{n}.jpg" for n in range(3)])
    full, shared = tmp_path / "full.pdf", tmp_path / "shared.pdf"
    assert _cli(journal, "report", "--month", "2026-07", "--out", str(full)).returncode == 0
    assert _cli(journal, "report", "--month", "2026-07", "--out", str(shared), "--redacted").returncode == 0
    # The charts hold a picture or two of their own (a colour bar); the photos come on top.
    assert _images_in(full) == _images_in(shared) + 3

"""`export zip` then `import` into an empty journal: the same entries, the same attachment bytes;
and a CSV export says how many attachments it could not hold."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from desktop.store.attachments.attaching import attach_files
from desktop.store.attachments.blobs import blob_data
from desktop.store.attachments.references import attachments_of
from desktop.store.entries.entry_table import save_entry
from desktop.store.journal.opening import open_journal
from tests.commands.test_attachments_cli import _cli
from tests.factories import make_entry
from tests.store.attachments.pictures import canary_png, jpeg_with_location, photo_jpeg


def _journal_with_photos(journal: Path, tmp_path: Path) -> list[str]:
    files = {
        "a.jpg": photo_jpeg(80_000, seed=1),
        "b.png": canary_png()[0],
        "where.jpg": jpeg_with_location(),
        "notes.pdf": b"%PDF-1.4 letter",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    uuids = []
    with open_journal(journal, daily_backup=False):
        for n, names in enumerate((["a.jpg", "b.png"], ["a.jpg", "notes.pdf"], ["where.jpg"], [])):
            entry = make_entry(title=f"day {n}", body=f"text {n}", themes=["trust"])
            save_entry(entry)
            if names:
                attach_files(entry.uuid, [tmp_path / name for name in names])
            uuids.append(entry.uuid)
    return uuids


def _everything(journal: Path) -> tuple[list[dict], dict[str, list[tuple[str, bytes | None]]]]:
    listed = json.loads(_cli(journal, "list", "--json").stdout)
    with open_journal(journal, daily_backup=False):
        held = {e["uuid"]: [(a.name, blob_data(a.sha256)) for a in attachments_of(e["uuid"])] for e in listed}
    return listed, held


def test_export_zip_then_import_gives_back_the_same_entries_and_bytes(tmp_path: Path) -> None:
    source, target = tmp_path / "source.db", tmp_path / "target.db"
    _journal_with_photos(source, tmp_path)
    exported = _cli(source, "export", "zip", str(tmp_path / "all.zip"))
    assert exported.returncode == 0, exported.stderr
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        photos = [n for n in archive.namelist() if n.startswith("attachments/")]
    assert len(photos) == 4  # a.jpg once, though two entries use it

    imported = _cli(target, "import", str(tmp_path / "all.zip"))
    assert imported.returncode == 0, imported.stderr
    assert "4 photos and files" in imported.stdout + imported.stderr
    before, after = _everything(source), _everything(target)
    assert after == before
    assert sum(len(v) for v in after[1].values()) == 5

    again = _cli(target, "import", str(tmp_path / "all.zip"))
    assert "added 0 entries" in again.stdout + again.stderr


def test_a_csv_export_counts_the_attachments_it_leaves_out(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    _journal_with_photos(journal, tmp_path)
    done = _cli(journal, "export", "csv", str(tmp_path / "out.csv"))
    assert done.returncode == 0
    assert "5 attachments not included (CSV holds text only; export zip to keep them)" in done.stderr

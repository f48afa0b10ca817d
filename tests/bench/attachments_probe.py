"""Photos at scale: a journal of N entries and M photos of about 2 MB next to the same journal
without them, timed at opening, listing and searching, and the space ten backups take.

    python -m tests.bench.attachments_probe FOLDER [ENTRIES] [PHOTOS] [PHOTO_MB]

prints one JSON object: per journal (`with_photos`, `without_photos`) the file sizes, the
fastest of fifteen times of opening, listing the first page and a full-text search, and the bytes
of the backup folder after ten automatic backups. The photos are real JPEGs padded with random bytes (which do
not compress), each a different file, attached to entries spread over the journal.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.bench.synth import SynthSpec, build_journal, query_words
from tests.store.attachments.pictures import photo_jpeg

# Each figure is the fastest of these runs. They take one or a few milliseconds, and what else the
# machine does only ever adds to them: the medians of nine runs still differed by 10-20 % from
# one journal to the other, and from run to run, either way. The fastest is what the journal costs.
REPEATS = 15
PAGE = 100
BACKUPS = 10


def _fastest_ms(fn: Callable[[], Any]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(min(times), 3)


def add_photos(journal: Path, photos: int, photo_bytes: int, *, attach: bool = True) -> None:
    """Attach `photos` different photos to entries spread evenly over the journal. Without
    `attach`, the same entries are saved again with a line of text in place of each photo: the
    journal without photos gets the same edits (its search index changes the same way), so the
    two differ by the photos alone."""
    from desktop.domain.attachment_refs import with_references
    from desktop.store.attachments.attaching import store_file_bytes
    from desktop.store.attachments.blobs import held
    from desktop.store.entries.entry_table import get_entry, list_entries, save_entry
    from desktop.store.journal.opening import open_journal

    with open_journal(journal, create=False, daily_backup=False):
        uuids = [e.uuid for e in list_entries(newest_first=False)]
        step = max(1, len(uuids) // max(1, photos))
        for n in range(photos):
            entry = get_entry(uuids[(n * step) % len(uuids)])
            if not attach:
                entry.body = with_references(entry.body, [f"photo-{n}.jpg"])
                save_entry(entry, touch=False)
                continue
            added = store_file_bytes(photo_jpeg(photo_bytes, seed=n), f"photo-{n}.jpg")
            with held([added.blob.sha256]):
                entry.body = with_references(entry.body, [added.markdown])
                save_entry(entry, touch=False)


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


def measure(journal: Path) -> dict[str, Any]:
    from desktop.store.browse.search import search_entries
    from desktop.store.entries.entry_table import list_entries
    from desktop.store.journal.opening import open_journal
    from desktop.store.journal.paths import attachments_file, backup_dir
    from desktop.store.safety.backup import make_automatic_backup

    def open_and_close() -> None:
        open_journal(journal, create=False, daily_backup=False).close()

    # What the benchmark itself wrote just before (the journals, 2 GB of photos, the other
    # journal's ten backups) goes to the disk first: timed while the system flushed it, a 16 ms
    # search once took 20 ms on one journal and not the other.
    os.sync()

    figures: dict[str, Any] = {
        "journal_bytes": journal.stat().st_size,
        "attachments_bytes": attachments_file(journal).stat().st_size
        if attachments_file(journal).exists()
        else 0,
        "open_ms": _fastest_ms(open_and_close),
    }
    word = query_words()["common"]
    with open_journal(journal, create=False, daily_backup=False) as opened:
        # The first reads pay for bringing the index into memory (after 2 GB of photos were
        # written, the journal's pages are no longer in the system's cache): not timed.
        list_entries(limit=PAGE)
        search_entries(word, limit=PAGE)
        figures["list_first_page_ms"] = _fastest_ms(lambda: list_entries(limit=PAGE))
        figures["search_ms"] = _fastest_ms(lambda: search_entries(word, limit=PAGE))
        start = time.perf_counter()
        for _ in range(BACKUPS):
            make_automatic_backup(opened, "daily")
        figures["ten_backups_s"] = round(time.perf_counter() - start, 2)
    figures["ten_backups_bytes"] = _folder_bytes(backup_dir(journal))
    whole = figures["journal_bytes"] + figures["attachments_bytes"]
    figures["ten_backups_per_journal_size"] = round(figures["ten_backups_bytes"] / whole, 2)
    return figures


def compare(folder: Path, entries: int = 100_000, photos: int = 1000, photo_bytes: int = 2 * 2**20) -> dict:
    """Build both journals in `folder` (the same entries) and measure each."""
    folder.mkdir(parents=True, exist_ok=True)
    plain, pictured = folder / "without-photos.db", folder / "with-photos.db"
    spec = SynthSpec(entries)
    build_journal(plain, spec)
    build_journal(pictured, spec)
    add_photos(plain, photos, photo_bytes, attach=False)
    add_photos(pictured, photos, photo_bytes)
    return {
        "entries": entries,
        "photos": photos,
        "photo_bytes": photo_bytes,
        "without_photos": measure(plain),
        "with_photos": measure(pictured),
    }


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    entries = int(argv[1]) if len(argv) > 1 else 100_000
    photos = int(argv[2]) if len(argv) > 2 else 1000
    photo_mb = float(argv[3]) if len(argv) > 3 else 2.0
    print(json.dumps(compare(folder, entries, photos, int(photo_mb * 2**20)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

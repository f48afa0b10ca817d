"""Sync's figures for the benchmark: joining with a journal of N entries, and one round that
carries one edited entry (which must not grow with N).

    python -m tests.bench.sync_probe --entries 100000 --work /tmp/sync-bench

prints one JSON object: join seconds, the joining process's peak memory (MiB), the folder's size
(bytes), and for the one-entry round its seconds and bytes written. Run it in a process of its
own: peak memory is the process's.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import time
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

from desktop.domain.entry import Entry
from desktop.store.entries.entry_table import get_entry, save_entry
from desktop.store.journal.opening import open_journal
from desktop.store.sync.setup import folder_key, set_up_sync
from desktop.store.sync.sync_round import sync_round
from desktop.store.transfer.bulk import insert_entries_bulk

WORDS = ["we", "talked", "walked", "argued", "laughed", "cooked", "rested", "planned", "listened", "waited"]


def _entries(count: int) -> list[Entry]:
    return [
        Entry(
            title=f"{WORDS[n % 10]} {n}",
            body=" ".join(WORDS[(n * k) % 10] for k in range(120)),
            date=date(2015, 1, 1) + timedelta(days=n % 4000),
            time=clock(20, 0),
            utc_offset=timedelta(0),
            themes=["trust", "boundaries"][: n % 3],
            independence=n % 11,
            interdependence=(n * 7) % 11,
        )
        for n in range(count)
    ]


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def probe(entries: int, work: Path) -> dict[str, float]:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    journal_path, folder = work / "journal.db", work / "Sync"
    journal = open_journal(journal_path, create=True, daily_backup=False)
    try:
        insert_entries_bulk(_entries(entries))
        started = time.perf_counter()
        set_up_sync(folder, folder_key(folder, "bench passphrase")[0], "bench")
        joined = sync_round()
        join_seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size = _folder_bytes(folder)
        assert joined.files_written > 0
        uuid = get_entry_uuid()
        entry = get_entry(uuid)
        entry.body += "\nOne more line."
        save_entry(entry)
        started = time.perf_counter()
        one = sync_round()
        one_seconds = time.perf_counter() - started
    finally:
        journal.close()
    return {
        "entries": entries,
        "join_seconds": round(join_seconds, 2),
        "join_peak_mib": round(peak, 1),
        "folder_bytes": size,
        "one_entry_round_seconds": round(one_seconds, 4),
        "one_entry_round_bytes_written": one.bytes_written,
    }


def get_entry_uuid() -> str:
    from desktop.store.journal.models import Entry as EntryRow

    return str(EntryRow.select(EntryRow.uuid).order_by(EntryRow.id).limit(1).scalar())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/balance-journal-sync-bench"))
    args = parser.parse_args()
    print(json.dumps(probe(args.entries, args.work)))


if __name__ == "__main__":
    main()

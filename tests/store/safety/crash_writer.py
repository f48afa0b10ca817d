"""A writer for the crash test: saves entries until it is killed, printing each commit.

Run as `python -m tests.store.safety.crash_writer JOURNAL BATCH_SIZE`. Every third write is a large
batch through `save_entries` (an import); the others are single entries. A line is printed only
after the commit has returned, so every printed uuid or batch must survive a SIGKILL.
"""

from __future__ import annotations

import random
import sys
import uuid
from pathlib import Path

from desktop.store.entries.entry_table import save_entries, save_entry
from desktop.store.journal.opening import open_journal
from tests.factories import make_entry


def main() -> None:
    path, batch_size = Path(sys.argv[1]), int(sys.argv[2])
    journal = open_journal(path, daily_backup=False)
    print("ready", flush=True)
    step = 0
    while True:
        step += 1
        if step % 3 == 0:
            batch = uuid.uuid4().hex
            entries = [
                make_entry(title=f"batch {batch} {n}", body="imported words " * 40, people=["Ann"])
                for n in range(batch_size)
            ]
            print(f"import-start {batch}", flush=True)
            save_entries(entries)
            print(f"import-done {batch}", flush=True)
        else:
            entry = make_entry(
                title=f"single {step}",
                body="a long evening " * random.randint(1, 400),
                themes=["family"] if step % 2 else [],
            )
            save_entry(entry)
            print(f"saved {entry.uuid}", flush=True)
    journal.close()


if __name__ == "__main__":
    main()

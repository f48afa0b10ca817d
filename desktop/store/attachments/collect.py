"""Removing for real the attachments no entry names any more.

Run after the Trash is emptied and after an attachment is taken off an entry. An attachment is
removed only when no entry row names it, no entry's text or draft names it (rows can be missing
after a crash between an import's two steps), and no save in this process is about to name it.
The attachments file runs with secure delete, and its WAL is folded in and emptied afterwards,
so the removed bytes are left in neither file.
"""

from __future__ import annotations

from desktop.store.attachments.blob_file import checkpoint, live_blobs
from desktop.store.attachments.blobs import pending_hashes
from desktop.store.attachments.references import named_anywhere, referenced_hashes


def collect_unused() -> int:
    """Remove every stored attachment nothing names; returns how many were removed."""
    with live_blobs() as conn:
        if conn is None:
            return 0
        stored = {sha for (sha,) in conn.execute("SELECT sha256 FROM blob")}
        unused = stored - referenced_hashes() - pending_hashes()
        doomed = [sha for sha in sorted(unused) if not named_anywhere(sha)]
        if doomed:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany("DELETE FROM blob WHERE sha256 = ?", [(sha,) for sha in doomed])
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        checkpoint(conn)
    return len(doomed)

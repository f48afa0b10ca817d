"""The journal's rows saying which entry names which attachment (migration 0004).

`write_references` runs inside the transaction that saves an entry, so the rows always match
the saved text: a reference the text gains becomes a row, one it loses goes. Only attachments
the attachments file holds get a row; a reference to bytes the journal lacks (a file missing
from an import) stays in the text, where the Preview shows it as missing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.attachment_refs import SCHEME, references_in
from desktop.store.attachments.blobs import stored_blobs, thumbnail_data
from desktop.store.journal.models import journal_db

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment of one entry, as `attachments UUID` and `show --json` list it."""

    name: str
    mime: str
    size: int
    sha256: str

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "type": self.mime, "size": self.size, "hash": self.sha256}


def write_references(entry_id: int, body: str) -> None:
    """Make the entry's rows say what `body` names (call inside the entry's transaction)."""
    journal_db.execute_sql("DELETE FROM entry_attachment WHERE entry_id = ?", (entry_id,))
    if SCHEME not in body:  # nearly every entry: no need to read the attachments file
        return
    refs = references_in(body)
    held = stored_blobs(ref.sha256 for ref in refs)
    rows = [
        (entry_id, ref.sha256, ref.name, held[ref.sha256].mime, held[ref.sha256].size, position)
        for position, ref in enumerate(refs)
        if ref.sha256 in held
    ]
    if rows:
        journal_db.cursor().executemany(
            "INSERT OR IGNORE INTO entry_attachment (entry_id, sha256, name, mime, size, position) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def write_references_for(uuids: Iterable[str]) -> None:
    """Write the rows of entries saved some other way (a bulk import), by their uuids."""
    wanted = list(uuids)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = journal_db.execute_sql(f"SELECT id, body FROM entry WHERE uuid IN ({marks})", chunk).fetchall()
        for entry_id, body in rows:
            write_references(entry_id, body)


def attachments_of(uuid: str) -> list[Attachment]:
    """The attachments an entry names, in the order its text names them."""
    rows = journal_db.execute_sql(
        "SELECT a.name, a.mime, a.size, a.sha256 FROM entry_attachment a JOIN entry e ON e.id = a.entry_id "
        "WHERE e.uuid = ? ORDER BY a.position",
        (uuid,),
    ).fetchall()
    return [Attachment(name, mime, size, sha) for name, mime, size, sha in rows]


def referenced_hashes() -> set[str]:
    """Every attachment any entry (the Trash included) names."""
    rows = journal_db.execute_sql("SELECT DISTINCT sha256 FROM entry_attachment").fetchall()
    return {sha for (sha,) in rows}


def named_anywhere(sha256: str) -> bool:
    """Whether any entry's text or any unsaved draft names `sha256`, row or no row: the last
    check before bytes are removed for good (reads every text, so only for a few hashes)."""
    row = journal_db.execute_sql(
        "SELECT 1 FROM entry WHERE instr(body, ?) > 0 "
        "UNION ALL SELECT 1 FROM draft WHERE instr(data, ?) > 0 LIMIT 1",
        (sha256, sha256),
    ).fetchone()
    return row is not None


def attachment_count() -> int:
    """How many attachments the journal's entries name (each entry's each attachment once)."""
    return int(journal_db.execute_sql("SELECT count(*) FROM entry_attachment").fetchone()[0])


def photo_thumbnails(uuids: Iterable[str]) -> list[tuple[str, str, bytes]]:
    """(entry uuid, name, thumbnail) of every photo the entries name, in the entries' order."""
    wanted = list(uuids)
    found: list[tuple[str, str, bytes]] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = journal_db.execute_sql(
            f"SELECT e.uuid, a.name, a.sha256 FROM entry_attachment a JOIN entry e ON e.id = a.entry_id "
            f"WHERE e.uuid IN ({marks}) AND a.mime LIKE 'image/%' ORDER BY a.position",
            chunk,
        ).fetchall()
        order = {uuid: n for n, uuid in enumerate(chunk)}
        for uuid, name, sha in sorted(rows, key=lambda row: order[row[0]]):
            picture = thumbnail_data(sha)
            if picture is not None:
                found.append((uuid, name, picture))
    return found

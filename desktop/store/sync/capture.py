"""Writing what changed here into the documents, and sealing the changes as files to send.

`sync_pending` names what changed (the triggers of tables.py note it); a batch at a time, each
entry's current values are recorded in its document as edits, and only the new part of each
document (`get_update` from the state before) goes out. One transaction a batch: a round stopped
anywhere keeps either the batch done (its files in the outbox) or the batch still pending.
"""

from __future__ import annotations

from collections.abc import Iterator

from pycrdt import Doc, get_state, merge_updates

from desktop.store.journal.models import journal_db
from desktop.store.sync import tables
from desktop.store.sync.attachment_sync import note_sent
from desktop.store.sync.entry_doc import EntryState, initial_client_id, load_doc, read_state, write_state
from desktop.store.sync.entry_rows import local_states
from desktop.store.sync.folder import Record, seal
from desktop.store.sync.journal_doc import capture_journal

BATCH_SIZE = 500
FILE_LIMIT = 4 * 1024 * 1024  # bytes of updates per file, before compression
EMPTY_UPDATE = b"\x00\x00"


def stored_form(doc: Doc, previous: bytes | None, update: bytes) -> bytes:
    """What to keep of a document: its compact encoding, unless it holds changes still waiting
    for others they build on (then the waiting part is kept too)."""
    if previous is not None and get_state(previous) != _state_before(previous):
        return merge_updates(previous, update)
    return doc.get_update()


def _state_before(previous: bytes) -> bytes:
    return load_doc(previous).get_state()


Mark = tuple[bytes, bytes]


def mark(doc: Doc) -> Mark:
    """Where `doc` stands: its state vector, and its deletions (an update from its own state
    vector carries no content, only every deletion it knows of)."""
    state = doc.get_state()
    return state, doc.get_update(state)


def record_change(key: str, doc: Doc, previous: bytes | None, before: Mark) -> Record | None:
    """Store `doc` and return its change since `before`, if there is one.

    The state vector counts insertions only: text that was only deleted leaves it as it was, so
    the deletions are compared too, or a save that only took words out would never travel.
    """
    if mark(doc) == before:
        return None
    update = doc.get_update(before[0])
    tables.put_doc_state(key, stored_form(doc, previous, update))
    return (key, update)


def capture_entry(key: str, local: EntryState | None, client_id: int) -> Record | None:
    """Record the journal's values of one entry in its document (a purged entry as purged)."""
    previous = tables.doc_state(key)
    if local is None:
        if previous is None:
            return None
        doc = load_doc(previous, client_id)
        current = read_state(doc)
        if current is None or current.purged:
            return None
        local = EntryState("", "", [], [], current.fields, purged=True)
    elif previous is None:
        doc = Doc(client_id=initial_client_id(key, local))
    else:
        doc = load_doc(previous, client_id)
    before = mark(doc)
    write_state(doc, local)
    record = record_change(key, doc, previous, before)
    if record is not None:
        note_sent(local.body)  # its photos and files go into the folder with it
    return record


def capture_journal_doc(client_id: int) -> Record | None:
    previous = tables.doc_state(tables.JOURNAL_DOC)
    doc = load_doc(previous, client_id)
    before = mark(doc)
    capture_journal(doc)
    return record_change(tables.JOURNAL_DOC, doc, previous, before)


def capture_keys(keys: list[str], client_id: int) -> list[Record]:
    records: list[Record] = []
    entries = [key for key in keys if key != tables.JOURNAL_DOC]
    locals_ = local_states(entries)
    if len(entries) != len(keys):
        record = capture_journal_doc(client_id)
        if record is not None:
            records.append(record)
    for key in entries:
        record = capture_entry(key, locals_.get(key), client_id)
        if record is not None:
            records.append(record)
    return records


def _chunks(records: list[Record]) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    size = 0
    for record in records:
        if chunk and size + len(record[1]) > FILE_LIMIT:
            yield chunk
            chunk, size = [], 0
        chunk.append(record)
        size += len(record[1])
    if chunk:
        yield chunk


def to_outbox(state: tables.SyncState, records: list[Record]) -> None:
    """Seal `records` as numbered files in the outbox (inside the caller's transaction)."""
    for chunk in _chunks(records):
        seq = tables.next_seq()
        tables.add_to_outbox(
            seq, seal(state.key, state.device_id, seq, [("@device", state.device_name.encode()), *chunk])
        )


def capture_pending(state: tables.SyncState) -> int:
    """Write every pending change into its document and the outbox; returns documents changed."""
    changed = 0
    while True:
        with journal_db.atomic():
            keys = tables.pending_keys(BATCH_SIZE)
            if not keys:
                return changed
            records = capture_keys(keys, state.client_id)
            tables.clear_pending(keys)
            to_outbox(state, records)
            changed += len(records)

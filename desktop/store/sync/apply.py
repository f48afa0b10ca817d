"""Applying another computer's file: merging its changes into the documents, then writing the
merged entries into the journal, all in one transaction (a file is applied whole, or not at all).

An entry changed here but not yet captured is merged with care for the order: if it already has
a document, this computer's edit is recorded first and the other's merged onto it (both kept);
if it has none yet (a journal joining with entries of its own), the other's document comes first
and this computer's values are recorded as an edit of it, so the same entry held on both sides
merges into one text instead of two copies.
"""

from __future__ import annotations

from pycrdt import Doc

from desktop.domain.entry import format_timestamp, now_local
from desktop.store.journal.models import journal_db
from desktop.store.sync import tables
from desktop.store.sync.attachment_sync import drops_attachments, note_received
from desktop.store.sync.capture import capture_entry, capture_journal_doc, mark, record_change, to_outbox
from desktop.store.sync.entry_doc import load_doc, read_state
from desktop.store.sync.entry_rows import local_states, write_merged
from desktop.store.sync.folder import Record
from desktop.store.sync.journal_doc import apply_journal, theme_names

DEVICE_RECORD = "@device"


def _merge(key: str, update: bytes, client_id: int) -> Doc:
    previous = tables.doc_state(key)
    doc = load_doc(previous, client_id)
    before = mark(doc)
    doc.apply_update(update)
    record_change(key, doc, previous, before)
    return doc


def apply_file(state: tables.SyncState, device_id: str, seq: int, records: list[Record]) -> tuple[int, int]:
    """Apply one file of `device_id`; returns the number of entries it changed here, and how many
    of those it deleted for good or took an attachment off (which may now be named by nothing)."""
    client_id = state.client_id
    outgoing: list[Record] = []
    written: list[str] = []
    bodies: dict[str, str] = {}
    dropped = 0
    with journal_db.atomic():
        name = next((data.decode("utf-8", "replace") for key, data in records if key == DEVICE_RECORD), None)
        for key, update in records:
            if key == tables.JOURNAL_DOC:
                if tables.is_pending(key):
                    own = capture_journal_doc(client_id)
                    outgoing.extend([own] if own else [])
                apply_journal(_merge(key, update, client_id))
        journal = load_doc(tables.doc_state(tables.JOURNAL_DOC))
        names, moves = theme_names(journal), tables.theme_moves()
        keys = [key for key, _ in records if not key.startswith("@")]
        locals_ = local_states(keys)
        for key, update in records:
            if key.startswith("@"):
                continue
            local = locals_.get(key)
            pending = tables.is_pending(key)
            had_doc = tables.doc_state(key) is not None
            if pending and had_doc:  # this computer's change first, then the other's onto it
                own = capture_entry(key, local, client_id)
                outgoing.extend([own] if own else [])
            doc = _merge(key, update, client_id)
            if pending and not had_doc and local is not None:  # the other's first, this one's onto it
                own = capture_entry(key, local, client_id)
                outgoing.extend([own] if own else [])
                doc = load_doc(tables.doc_state(key), client_id)
            order = (local.themes, local.people) if local else ([], [])
            merged = read_state(doc, order)
            if merged is None or (local is None and merged.purged):
                continue
            write_merged(key, merged, moves, names)
            written.append(key)
            if not merged.purged:
                bodies[key] = merged.body
            if local is not None and drops_attachments(local.body, "" if merged.purged else merged.body):
                dropped += 1
        note_received(bodies)  # the photos and files they name that are not here yet
        tables.clear_pending(written)  # the journal now holds what their documents say
        to_outbox(state, outgoing)
        tables.note_seen(device_id, seq, name, format_timestamp(now_local()))
    return len(written), dropped

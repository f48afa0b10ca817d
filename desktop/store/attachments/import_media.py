"""Storing the photos and files an import brings along, and naming them in its entries.

An import plan's entries name its media `import-media:<index>`. Before the entries are written,
each file is read and stored (once per content, its location taken out as for any photo); the
entries then go in with those links turned into attachment references, and the rows saying
which entry names which attachment are written in the same transaction as the entries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from desktop.domain.attachment_refs import IMPORT_MEDIA, SCHEME, MediaFile, relink_imported
from desktop.domain.entry import Entry
from desktop.store.attachments.attaching import NewAttachment, store_file_bytes
from desktop.store.attachments.blobs import held
from desktop.store.attachments.references import write_references_for
from desktop.store.journal.models import journal_db


def store_media(
    media: Sequence[MediaFile], cancelled: Callable[[], bool] | None = None
) -> list[NewAttachment]:
    """Store every media file of an import, in order."""
    stored = []
    for item in media:
        if cancelled is not None and cancelled():
            break
        stored.append(store_file_bytes(item.read(), item.name, as_is=item.as_exported))
    return stored


@contextmanager
def entries_with_media(
    entries: Iterable[Entry], media: Sequence[MediaFile], *, dry_run: bool = False
) -> Iterator[Iterable[Entry]]:
    """The block writes the entries it is given (`apply_import`); they name the stored media.

    The block runs in one transaction with the attachment rows of the entries it wrote, so an
    import with photos is all or nothing like any other.
    """
    if dry_run or not media:
        yield entries
        return
    stored = store_media(media)

    def markdown(index: int) -> str | None:
        return stored[index].markdown if 0 <= index < len(stored) else None

    named: list[str] = []

    def relinked() -> Iterator[Entry]:
        for entry in entries:
            if IMPORT_MEDIA in entry.body:
                entry.body = relink_imported(entry.body, markdown)
            if SCHEME in entry.body:  # this app's own export names its attachments already
                named.append(entry.uuid)
            yield entry

    with held(item.blob.sha256 for item in stored), journal_db.atomic():
        yield relinked()
        write_references_for(named)

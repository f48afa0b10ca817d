"""What happens to the editor's text: saving, autosaved drafts, Trash and undo of delete.

Every write goes through `store` functions; a failure comes back as a one-line message and the
text stays in the editor (and in its draft), so nothing the user typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.entry import Entry
from desktop.store.entries import drafts
from desktop.store.entries.entry_table import empty_trash, get_entry, restore_entry, save_entry, trash_entry
from desktop.store.journal.errors import JournalError, translated
from desktop.ui.editor.entry_editor import EntryEditor

AUTOSAVE_DELAY_MS = 2000


class EditSession(QObject):
    saved = Signal(str, bool)  # uuid, whether new themes or people may have appeared
    trashed = Signal(str)
    restored = Signal(str)
    failed = Signal(str)
    draftKept = Signal()

    def __init__(self, editor: EntryEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.undo_stack: list[str] = []
        self.recovered: drafts.DraftInfo | None = None
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave.timeout.connect(self.keep_draft)
        editor.modified.connect(self.autosave.start)

    def _attempt(self, work: Callable[[], object]) -> bool:
        try:
            with translated():
                work()
        except JournalError as error:
            self.failed.emit(str(error))
            return False
        return True

    # --- drafts ------------------------------------------------------------------------------
    def keep_draft(self) -> bool:
        """Write the editor's unsaved text to the journal's drafts (a few seconds after typing)."""
        self.autosave.stop()
        if not self.editor.has_entry() or not self.editor.is_dirty:
            return True
        entry, is_new = self.editor.current_entry(), self.editor.is_new
        if self._attempt(lambda: drafts.save_draft(entry, is_new)):
            self.draftKept.emit()
            return True
        return False

    def pending_drafts(self) -> list[drafts.DraftInfo]:
        try:
            with translated():
                return drafts.list_drafts()
        except JournalError as error:
            self.failed.emit(str(error))
            return []

    def recover(self, draft: drafts.DraftInfo) -> None:
        """Put a kept draft back in the editor, unsaved, as the user left it."""
        is_new = draft.is_new
        if not is_new:
            try:
                get_entry(draft.entry.uuid)
            except JournalError:
                is_new = True  # its entry is gone; the text comes back as a new entry
        self.recovered = draft
        self.editor.load(draft.entry, is_new=is_new, dirty=True)

    def discard_changes(self) -> str | None:
        """Drop the editor's unsaved text and its draft; returns the uuid to show again, if any."""
        self.autosave.stop()
        uuid = self.editor.entry_uuid
        if uuid:
            self._attempt(lambda: drafts.discard_draft(uuid))
        self.recovered = None
        if uuid and not self.editor.is_new:
            return uuid
        self.editor.load(None)
        return None

    def carry_over(self) -> str | None:
        """After the journal file was replaced (restore, passphrase change): the editor's unsaved
        text is kept as a draft in the new file; an unchanged entry is shown as the new file has
        it, or not at all if it is not there. Returns the uuid to show again, if any."""
        self.undo_stack.clear()  # the trashed entries it names belong to the old file
        self.recovered = None
        uuid = self.editor.entry_uuid
        if uuid is None:
            return None
        try:
            with translated():
                exists = get_entry(uuid).deleted_at is None
        except JournalError:
            exists = False
        if self.editor.is_dirty:
            if not exists:
                self.editor.mark_new()
            self.keep_draft()
            return None
        self.editor.load(None)
        return uuid if exists else None

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the editor's entry if it has changes; True when nothing is left unsaved."""
        self.autosave.stop()
        self.editor.commit_pending()
        if not self.editor.has_entry() or not self.editor.is_dirty:
            return True
        entry: Entry = self.editor.current_entry()
        was_new = self.editor.is_new

        names = self.editor.new_theme_names()  # a typed theme keeps its words as its name

        def write() -> None:
            save_entry(entry, theme_names=names)
            drafts.discard_draft(entry.uuid)

        if not self._attempt(write):
            self.keep_draft()
            return False
        self.editor.mark_saved(entry)
        self.recovered = None
        self.saved.emit(entry.uuid, was_new or bool(entry.themes or entry.people))
        return True

    def is_empty_new(self) -> bool:
        if not self.editor.has_entry() or not self.editor.is_new:
            return False
        entry = self.editor.current_entry()
        return not entry.title and not entry.body.strip() and not self.editor.is_dirty

    # --- Trash -------------------------------------------------------------------------------
    def trash(self, uuid: str) -> bool:
        if self.editor.entry_uuid == uuid:
            self.autosave.stop()
            self._attempt(lambda: drafts.discard_draft(uuid))
            self.editor.load(None)
        if not self._attempt(lambda: trash_entry(uuid)):
            return False
        self.undo_stack.append(uuid)
        self.trashed.emit(uuid)
        return True

    def undo_delete(self) -> str | None:
        while self.undo_stack:
            uuid = self.undo_stack.pop()
            if self._attempt(partial(restore_entry, uuid)):
                self.restored.emit(uuid)
                return uuid
        return None

    def restore(self, uuid: str) -> bool:
        if self._attempt(lambda: restore_entry(uuid)):
            self.restored.emit(uuid)
            return True
        return False

    def empty_trash(self) -> int:
        removed: list[int] = []
        if self._attempt(lambda: removed.append(empty_trash())):
            self.undo_stack.clear()
            return removed[0]
        return 0

"""What the editor does with photos and files: Attach… (Ctrl+Shift+A), dropping files on the
text, pasting a picture, the thumbnails under the text, and opening one.

Storing runs on a worker thread (a photo is hashed, its location taken out and its thumbnail
made there); the reference then goes into the text at the cursor, so the entry's next save
names it. Removing a thumbnail removes the reference from the text (Ctrl+Z brings it back).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QFileDialog, QPushButton

from desktop.domain.attachment_refs import Reference, references_in, without_reference
from desktop.store.attachments.attaching import NewAttachment, read_file, store_file_bytes
from desktop.store.attachments.blobs import thumbnail_data
from desktop.ui.common.error_dialog import show_error_box
from desktop.ui.common.workers import Workers
from desktop.ui.editor.attachments_strip import AttachmentsStrip
from desktop.ui.editor.photo_viewer import PhotoViewer

if TYPE_CHECKING:
    from desktop.ui.editor.entry_editor import EntryEditor

_REFRESH_MS = 250


def _store(files: list[Path]) -> list[NewAttachment]:
    return [store_file_bytes(read_file(path), path.name) for path in files]


def _store_pasted(data: bytes) -> list[NewAttachment]:
    return [store_file_bytes(data, "pasted.png")]


class AttachmentsController(QObject):
    def __init__(self, editor: EntryEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.strip = AttachmentsStrip(thumbnail_data)
        self._workers = Workers(self)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(_REFRESH_MS)
        self._refresh.timeout.connect(self.refresh)
        editor.body.textChanged.connect(self._refresh.start)
        editor.body.files_dropped.connect(self.attach)
        editor.body.image_pasted.connect(self._paste)
        editor.preview.open_requested.connect(self.open)
        self.strip.open_requested.connect(self.open)
        self.strip.remove_requested.connect(self.remove)
        self.button = QPushButton(self.tr("Attach…"))
        self.button.setAccessibleName(self.tr("Attach photos or files"))
        self.button.setToolTip(
            self.tr("Add photos or files to the entry (Ctrl+Shift+A), or drop them on the text")
        )
        self.button.clicked.connect(self.choose_files)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+A"), editor)
        shortcut.activated.connect(self.choose_files)

    def refresh(self) -> None:
        self.strip.show_references(references_in(self.editor.body.toPlainText()))

    def _can_write(self) -> bool:
        return self.editor.body.isEnabled() and not self.editor.body.isReadOnly()

    def choose_files(self) -> None:
        if not self._can_write():
            return
        names, _filter = QFileDialog.getOpenFileNames(
            self.editor,
            self.tr("Attach photos or files"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif);;All files (*)"),
        )
        if names:
            self.attach([Path(n) for n in names])

    def attach(self, files: list[Path]) -> None:
        if self._can_write():
            self.editor.set_status(self.tr("Adding {0} file(s)…").format(len(files)))
            uuid = self.editor.entry_uuid
            insert = lambda added: self._insert(added, uuid)  # noqa: E731
            self._workers.run(lambda: _store(files), insert, self._failed)

    def _paste(self, data: bytes) -> None:
        if self._can_write():
            uuid = self.editor.entry_uuid
            self._workers.run(
                lambda: _store_pasted(data), lambda added: self._insert(added, uuid), self._failed
            )

    def _insert(self, added: list[NewAttachment], uuid: str | None) -> None:
        """Name the stored files in the text at the cursor, each on a line of its own, if the
        entry they were added to is still the one open (storing a large photo takes seconds)."""
        if uuid != self.editor.entry_uuid or not self._can_write():
            self.editor.set_status(
                self.tr("Another entry was opened before the file was ready; it was not added")
            )
            return
        cursor = self.editor.body.textCursor()
        lines = "\n".join(item.markdown for item in added)
        before = "" if cursor.atBlockStart() else "\n"
        after = "" if cursor.atEnd() else "\n"
        cursor.insertText(f"{before}{lines}{after}")
        self.editor.body.setTextCursor(cursor)
        self.editor.set_status(
            self.tr("Added {0} file(s); they are kept when the entry is saved").format(len(added))
        )
        self.refresh()

    def _failed(self, message: str) -> None:
        show_error_box(self.editor, self.tr("Could not add the file: {0}").format(message))

    def remove(self, ref: Reference) -> None:
        text = self.editor.body.toPlainText()
        cursor = self.editor.body.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(without_reference(text, ref))  # one step Ctrl+Z can undo
        self.refresh()

    def open(self, ref: Reference) -> None:
        viewer = PhotoViewer(self.editor, ref)
        viewer.exec()
        viewer.deleteLater()

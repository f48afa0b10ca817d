"""The entry's text box, which also takes files: dropped from a file manager, or a picture
pasted from the clipboard. It says what it was given; `AttachmentsController` stores it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPlainTextEdit


def _local_files(source: QMimeData) -> list[Path]:
    if not source.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile() and url.toLocalFile()]


class AttachingTextEdit(QPlainTextEdit):
    files_dropped = Signal(list)  # of Path, at the text cursor (moved where they were dropped)
    image_pasted = Signal(bytes)  # a PNG of the pasted picture

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        if not self.isReadOnly() and (_local_files(source) or source.hasImage()):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = _local_files(source)
        if files and not self.isReadOnly():
            self.files_dropped.emit(files)
            return
        if source.hasImage() and not source.hasText() and not self.isReadOnly():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                data = QByteArray()
                buffer = QBuffer(data)
                buffer.open(QIODevice.OpenModeFlag.WriteOnly)
                image.save(buffer, b"PNG")
                buffer.close()
                self.image_pasted.emit(bytes(data.data()))
                return
        super().insertFromMimeData(source)

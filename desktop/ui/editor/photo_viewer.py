"""The full picture of an attached photo, or the name and size of another file.

The photo's bytes are read, decoded and brought to a screen's size on a worker thread (with the
thumbnails' reader, so HEIC photos show too; QImage may be made off the GUI thread), then shown
scaled to the window. Nothing is written outside the journal: an encrypted
journal's photo is never put in a temporary file for another program to open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.domain.attachment_refs import Reference, sniff_mime
from desktop.store.attachments.blobs import blob_data
from desktop.store.attachments.thumbnails import VIEWER_EDGE, scaled_picture
from desktop.ui.common.workers import Workers


def _decoded(reference: Reference) -> QImage | None:
    data = blob_data(reference.sha256)
    if data is None:
        return None
    picture = scaled_picture(data, sniff_mime(reference.name, data[:64]), VIEWER_EDGE)
    return QImage.fromData(picture) if picture is not None else None


class PhotoViewer(QDialog):
    def __init__(self, parent: QWidget | None = None, reference: Reference | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo"))
        self.resize(900, 700)
        self._image = QImage()
        self.picture = QLabel(self.tr("Loading…"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(200, 150)
        self.picture.setAccessibleName(self.tr("The photo"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(buttons)
        self._workers = Workers(self)
        self._closed = False
        if reference is not None:
            self.show_reference(reference)

    def show_reference(self, reference: Reference) -> None:
        self.setWindowTitle(reference.name)
        self._workers.run(lambda: _decoded(reference), self._loaded, self._failed)

    def _failed(self, message: str) -> None:
        if not self._closed:
            self.picture.setText(message)

    def _loaded(self, image: QImage | None) -> None:
        if self._closed:
            return  # closed while the photo was read: the dialog may be gone
        if image is None or image.isNull():
            self.picture.setText(
                self.tr("This file is not a picture the app can show, or the journal lacks it.")
            )
            return
        self._image = image
        self._fit()

    def _fit(self) -> None:
        if self._image.isNull():
            return
        scaled = self._image.scaled(
            self.picture.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.picture.setPixmap(QPixmap.fromImage(scaled))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def done(self, result: int) -> None:
        self._closed = True  # a photo still being read is dropped when it comes; no waiting here
        super().done(result)

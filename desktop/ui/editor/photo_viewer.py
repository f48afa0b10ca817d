"""The full picture of an attached photo, or the name and size of another file.

The photo's bytes are read and decoded on a worker thread (QImage may be made off the GUI
thread), then shown scaled to the window. Nothing is written outside the journal: an encrypted
journal's photo is never put in a temporary file for another program to open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.domain.attachment_refs import Reference
from desktop.store.attachments.blobs import blob_data
from desktop.ui.common.workers import Workers


def _decoded(sha256: str) -> QImage | None:
    data = blob_data(sha256)
    if data is None:
        return None
    return QImage.fromData(data)


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
        if reference is not None:
            self.show_reference(reference)

    def show_reference(self, reference: Reference) -> None:
        self.setWindowTitle(reference.name)
        self._workers.run(lambda: _decoded(reference.sha256), self._loaded, self.picture.setText)

    def _loaded(self, image: QImage | None) -> None:
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
        self._workers.wait(3000)  # the job holds this dialog's relay until it reports
        super().done(result)

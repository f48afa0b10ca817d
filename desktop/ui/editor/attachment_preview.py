"""The Preview of an entry: its Markdown with its photos shown where the text places them.

A photo is drawn from the thumbnail stored with it (never from the full photo, which is only
decoded when the user opens it), at most the width of the Preview. A click on a photo asks for
the full picture; a file that is not a photo is a link that does the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QImage, QMouseEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from desktop.domain.attachment_refs import SCHEME, parse_url


class AttachmentPreview(QTextBrowser):
    open_requested = Signal(object)  # Reference

    def __init__(self, thumbnail: Callable[[str], bytes | None]) -> None:
        super().__init__()
        self._thumbnail = thumbnail
        self._images: dict[str, QImage] = {}
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._clicked)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        text = name.toString() if isinstance(name, QUrl) else name
        if kind == QTextDocument.ResourceType.ImageResource.value and text.startswith(SCHEME):
            ref = parse_url(text)
            if ref is None:
                return QImage()
            image = self._images.get(ref.sha256)
            if image is None:
                data = self._thumbnail(ref.sha256)
                image = QImage.fromData(data) if data else QImage()
                if not image.isNull():  # a photo not here yet (sync brings it later) is asked again
                    self._images[ref.sha256] = image
            return image
        return super().loadResource(kind, name)

    def _clicked(self, url: QUrl) -> None:
        ref = parse_url(url.toString())
        if ref is not None:
            self.open_requested.emit(ref)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            fmt = self.cursorForPosition(event.position().toPoint()).charFormat()
            if fmt.isImageFormat():
                ref = parse_url(fmt.toImageFormat().name())
                if ref is not None:
                    self.open_requested.emit(ref)
                    return
        super().mouseReleaseEvent(event)

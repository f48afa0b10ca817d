"""The row of thumbnails under the entry's text: one per photo or file its text names.

The thumbnails are the small pictures stored with each photo when it was added, so showing them
never decodes a photo. Delete (or the item's menu) takes one off: its reference leaves the text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QStyle

from desktop.domain.attachment_refs import Reference

THUMB = 96
_REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1


class AttachmentsStrip(QListWidget):
    remove_requested = Signal(object)  # Reference
    open_requested = Signal(object)  # Reference

    def __init__(self, thumbnail: Callable[[str], bytes | None]) -> None:
        super().__init__()
        self._thumbnail = thumbnail
        self._shown: list[Reference] = []
        self.setAccessibleName(self.tr("Photos and files of the entry"))
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListWidget.Movement.Static)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setFixedHeight(THUMB + 48)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.itemActivated.connect(lambda item: self.open_requested.emit(item.data(_REFERENCE_ROLE)))
        self.hide()

    def show_references(self, references: list[Reference]) -> None:
        """Show these attachments (the text's, in its order); hidden when there are none."""
        if references == self._shown:
            return
        self._shown = list(references)
        self.clear()
        for ref in references:
            item = QListWidgetItem(self._icon(ref), ref.name)
            item.setData(_REFERENCE_ROLE, ref)
            item.setToolTip(ref.name)
            self.addItem(item)
        self.setVisible(bool(references))

    def _icon(self, ref: Reference) -> QIcon:
        data = self._thumbnail(ref.sha256)
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():  # a file that is not a picture, or bytes the journal lacks
            return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return QIcon(QPixmap.fromImage(image))

    def _menu(self, position: QPoint) -> None:
        item = self.itemAt(position)
        if item is None:
            return
        ref = item.data(_REFERENCE_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(ref))
        menu.addAction(self.tr("Remove from the entry"), lambda: self.remove_requested.emit(ref))
        menu.exec(self.viewport().mapToGlobal(position))
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit(item.data(_REFERENCE_ROLE))
            return
        super().keyPressEvent(event)

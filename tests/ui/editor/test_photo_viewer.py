"""The photo viewer shows an iPhone's HEIC photo (Qt alone cannot read it) at a screen's size,
and closing it while the photo is still being read neither waits nor fails."""

from __future__ import annotations

import io

import pillow_heif
from PIL import Image

from desktop.domain.attachment_refs import Reference
from desktop.store.attachments.attaching import store_file_bytes
from desktop.ui.editor.photo_viewer import PhotoViewer


def _heic(width: int, height: int) -> bytes:
    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(out, "HEIF")
    return out.getvalue()


def _reference(data: bytes, name: str) -> Reference:
    added = store_file_bytes(data, name)
    return Reference(added.blob.sha256, name)


def test_a_heic_photo_is_shown(qtbot, journal: object) -> None:  # type: ignore[no-untyped-def]
    viewer = PhotoViewer(None, _reference(_heic(3200, 2400), "IMG_0002.HEIC"))
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: not viewer._image.isNull(), timeout=10_000)
    assert (viewer._image.width(), viewer._image.height()) == (2560, 1920)  # a screen's worth
    pixmap = viewer.picture.pixmap()
    assert not pixmap.isNull() and pixmap.width() <= viewer.picture.width()


def test_closing_while_the_photo_is_read_does_not_wait(qtbot, journal: object) -> None:  # type: ignore[no-untyped-def]
    import time

    viewer = PhotoViewer(None, _reference(_heic(4000, 3000), "IMG_0003.HEIC"))
    qtbot.addWidget(viewer)
    viewer.show()
    started = time.monotonic()
    viewer.reject()
    assert time.monotonic() - started < 0.2
    qtbot.waitUntil(lambda: viewer._workers._pool.activeThreadCount() == 0, timeout=10_000)
    qtbot.wait(50)  # the result arrives for a closed viewer and is dropped
    assert viewer._image.isNull()

"""Small pictures of attached photos, made once when a photo is stored and kept beside it.

Pillow reads what phones and cameras write (JPEG, PNG, GIF, WebP, and HEIC through
pillow-heif): the store holds no Qt, so the command line and the importers make the same
thumbnails as the window. A JPEG is decoded at a reduced scale (`draft`), so even a large photo
costs a fraction of a full decode; the entry list and the editor only ever read the thumbnail.
"""

from __future__ import annotations

import io
import logging
import warnings

THUMBNAIL_EDGE = 480  # pixels along the longer side: readable inline in the Preview, sharp in the strip
_log = logging.getLogger(__name__)
_heif_ready = False


def _open_heif() -> None:
    """Teach Pillow HEIC (iPhone photos) once, when pillow-heif is installed."""
    global _heif_ready
    if _heif_ready:
        return
    _heif_ready = True
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # an install without it still stores HEIC photos, without a thumbnail
        return
    register_heif_opener()


VIEWER_EDGE = 2560  # the photo viewer's picture: a large screen's worth, not a camera's 48 MP


def make_thumbnail(data: bytes, mime: str) -> bytes | None:
    """A JPEG (or PNG, when the picture has transparency) at most THUMBNAIL_EDGE pixels on its
    longer side, turned upright as the camera said; None when the bytes are not a picture Pillow
    can read: the attachment is still kept, shown by its name."""
    return scaled_picture(data, mime, THUMBNAIL_EDGE)


def scaled_picture(data: bytes, mime: str, edge: int) -> bytes | None:
    """`make_thumbnail` at most `edge` pixels on the longer side (the viewer's copy, which Qt can
    read whatever the photo's own format: HEIC too)."""
    from PIL import Image, ImageOps

    if mime in ("image/heic", "image/heif"):
        _open_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image.draft("RGB", (edge * 2, edge * 2))
                upright = ImageOps.exif_transpose(image)
                upright.thumbnail((edge, edge))
                out = io.BytesIO()
                has_alpha = upright.mode in ("RGBA", "LA") or (
                    upright.mode == "P" and "transparency" in upright.info
                )
                if has_alpha:
                    upright.convert("RGBA").save(out, "PNG", optimize=True)
                else:
                    upright.convert("RGB").save(out, "JPEG", quality=82)
                return out.getvalue()
    except (
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as error:
        _log.info("no thumbnail for a %s attachment: %s", mime, error)
        return None

"""Real image files for the attachment tests, written by Pillow: a PNG carrying a unique text
(a canary to look for on disk), photos of a given size, and a JPEG with a GPS location."""

from __future__ import annotations

import io
import os
import secrets

from PIL import Image, PngImagePlugin


def canary_png() -> tuple[bytes, bytes]:
    """A small PNG holding a random marker in a text chunk; returns (png, marker)."""
    marker = b"CANARY-" + secrets.token_hex(12).encode()
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", marker.decode())
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (12, 200, 90)).save(out, "PNG", pnginfo=info)
    return out.getvalue(), marker


def photo_jpeg(size: int, seed: int = 0) -> bytes:
    """A real JPEG of about `size` bytes: a picture, then random bytes in a comment segment
    (camera makers keep data there too), so every call with another seed differs."""
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (seed % 256, 80, 160)).save(out, "JPEG", quality=90)
    picture = out.getvalue()
    filler = os.urandom(max(0, size - len(picture)))
    segments = bytearray()
    for start in range(0, len(filler), 65000):
        chunk = filler[start : start + 65000]
        segments += b"\xff\xfe" + (len(chunk) + 2).to_bytes(2, "big") + chunk
    return picture[:2] + bytes(segments) + picture[2:]


GPS_LATITUDE = (51.0, 30.0, 26.47)  # 51°30'26.47"


def jpeg_with_location() -> bytes:
    """A JPEG whose EXIF says where it was taken (and which way is up)."""
    exif = Image.Exif()
    exif[0x0112] = 1  # orientation
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = GPS_LATITUDE
    gps[3] = "W"
    gps[4] = (0.0, 7.0, 39.51)
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 100, 50)).save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()

"""Removing where a photo was taken (EXIF GPS) from its bytes, without touching its pixels.

Phones write the place of every photo into its EXIF block; a journal entry names its place
itself when the user wants it to. So, unless the setting is turned off, a photo's GPS block is
blanked as it is added: each GPS field's value is overwritten with zeros and the block is left
empty. Nothing else moves, so the picture is not decoded or re-encoded (no loss of quality) and
every other EXIF field (orientation, time) keeps working. JPEG (APP1), PNG (eXIf) and WebP
(EXIF) are handled; other formats are stored as they are.
"""

from __future__ import annotations

import struct
import zlib

GPS_IFD_TAG = 0x8825
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_EXIF_PREFIX = b"Exif\x00\x00"


def _blank_gps(tiff: bytearray) -> bool:
    """Blank the GPS block of the TIFF structure `tiff` in place; True if there was one."""
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return False
    order = "<" if tiff[:2] == b"II" else ">"
    (ifd0,) = struct.unpack_from(order + "I", tiff, 4)
    if ifd0 + 2 > len(tiff):
        return False
    (count,) = struct.unpack_from(order + "H", tiff, ifd0)
    gps_at = None
    for index in range(count):
        entry = ifd0 + 2 + 12 * index
        if entry + 12 > len(tiff):
            return False
        tag, _kind, _n, value = struct.unpack_from(order + "HHII", tiff, entry)
        if tag == GPS_IFD_TAG:
            gps_at = value
    if gps_at is None or gps_at + 2 > len(tiff):
        return False
    (fields,) = struct.unpack_from(order + "H", tiff, gps_at)
    for index in range(fields):
        entry = gps_at + 2 + 12 * index
        if entry + 12 > len(tiff):
            break
        _tag, kind, n, offset = struct.unpack_from(order + "HHII", tiff, entry)
        size = _TYPE_SIZES.get(kind, 1) * n
        if size > 4 and offset + size <= len(tiff):
            tiff[offset : offset + size] = bytes(size)  # the coordinates themselves
        tiff[entry : entry + 12] = bytes(12)
    struct.pack_into(order + "H", tiff, gps_at, 0)
    return True


def _jpeg(data: bytes) -> bytes:
    out = bytearray(data)
    changed = False
    at = 2
    while at + 4 <= len(out) and out[at] == 0xFF:
        marker = out[at + 1]
        if marker in (0xDA, 0xD9):  # the picture starts (or ends): no metadata after this
            break
        (length,) = struct.unpack_from(">H", out, at + 2)
        body = at + 4
        if marker == 0xE1 and out[body : body + 6] == _EXIF_PREFIX:
            tiff = bytearray(out[body + 6 : at + 2 + length])
            if _blank_gps(tiff):
                out[body + 6 : at + 2 + length] = tiff
                changed = True
        at += 2 + length
    return bytes(out) if changed else data


def _png(data: bytes) -> bytes:
    out = bytearray(data)
    changed = False
    at = 8
    while at + 12 <= len(out):
        (length,) = struct.unpack_from(">I", out, at)
        kind = bytes(out[at + 4 : at + 8])
        start, end = at + 8, at + 8 + length
        if kind == b"eXIf":
            tiff = bytearray(out[start:end])
            if _blank_gps(tiff):
                out[start:end] = tiff
                struct.pack_into(">I", out, end, zlib.crc32(kind + bytes(tiff)) & 0xFFFFFFFF)
                changed = True
        if kind == b"IEND":
            break
        at = end + 4
    return bytes(out) if changed else data


def _webp(data: bytes) -> bytes:
    out = bytearray(data)
    changed = False
    at = 12
    while at + 8 <= len(out):
        kind = bytes(out[at : at + 4])
        (length,) = struct.unpack_from("<I", out, at + 4)
        start, end = at + 8, at + 8 + length
        if kind == b"EXIF":
            skip = len(_EXIF_PREFIX) if out[start : start + 6] == _EXIF_PREFIX else 0
            tiff = bytearray(out[start + skip : end])
            if _blank_gps(tiff):
                out[start + skip : end] = tiff
                changed = True
        at = end + (length & 1)
    return bytes(out) if changed else data


def without_location(data: bytes, mime: str) -> bytes:
    """`data` with its GPS block blanked; the same bytes when it has none (or the format is not
    one of those above, or its EXIF is malformed: then it is stored as it came)."""
    try:
        if mime == "image/jpeg":
            return _jpeg(data)
        if mime == "image/png":
            return _png(data)
        if mime == "image/webp":
            return _webp(data)
    except struct.error:
        return data
    return data

"""The photos, videos, audio recordings and PDFs of a Day One export, found in its zip.

Day One lists an entry's media in `photos` (and `videos`, `audios`, `pdfAttachments`), each
item with an `identifier`, the file's `md5` and its `type`; the text places each with a link
`![](dayone-moment://<identifier>)` (newer exports `dayone-moment:/video/<identifier>`); the
zip holds the file as `photos/<md5>.<type>` (`videos/`, `audios/`, `pdfs/`). Each link to a
file the zip holds becomes an `import-media:` link (see `domain.attachment_refs`), stored when
the import is applied; a listed file the zip lacks is named in the preview, and its link stays
as Day One wrote it. A `.json` export alone holds no files at all: the preview says so.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from desktop.domain.attachment_refs import MediaFile, import_link, safe_name, with_references
from desktop.io.importers.dayone_common import plural
from desktop.io.importers.plan import zip_member_reader

MEDIA_FOLDERS = {"photos": "photos", "videos": "videos", "audios": "audios", "pdfAttachments": "pdfs"}
_LINK = re.compile(r"!?\[[^\]\n]*\]\(dayone-moment:/*(?:[A-Za-z]+/)?(?P<id>[^)\s/]+)\)")
MISSING_NAMED = 20  # missing files named one by one in the preview; the rest are counted


def _name(item: dict[str, Any], md5: str, kind: str) -> str:
    """The name the user gave the file in Day One, with the type of the file the zip holds (a
    HEIC photo comes out of Day One as a JPEG); else the file's name in the zip."""
    filename = item.get("filename")
    if isinstance(filename, str) and filename.strip():
        return safe_name(f"{PurePosixPath(filename).stem}.{kind}")
    return safe_name(f"{md5}.{kind}")


class ZipMedia:
    """The media files of one Day One export, as the entries of its journals name them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.files: list[MediaFile] = []
        self.missing: list[str] = []  # "photos/<md5>.jpeg (entry 3 of Journal.json, 2020-05-01)"
        self.in_zip = zipfile.is_zipfile(path)
        self._members: dict[str, zipfile.ZipInfo] = {}
        if self.in_zip:
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    parts = PurePosixPath(info.filename).parts
                    # `photos/x.jpeg`, or inside the one folder some tools wrap the export in
                    if len(parts) >= 2 and not info.is_dir():
                        self._members.setdefault("/".join(parts[-2:]).lower(), info)
        self._stored: dict[str, int] = {}  # zip member -> index in `files` (one file, many entries)

    def relink(self, record: dict[str, Any], body: str, where: str) -> str:
        """The entry's body with each of its media files it can bring linked for import."""
        found: dict[str, int] = {}
        for key, folder in MEDIA_FOLDERS.items():
            items = record.get(key)
            if not isinstance(items, list):
                continue
            for item in items:
                if not isinstance(item, dict):
                    continue
                identifier, md5, kind = item.get("identifier"), item.get("md5"), item.get("type")
                if not isinstance(md5, str) or not isinstance(kind, str):
                    continue
                member = f"{folder}/{md5}.{kind}"
                info = self._members.get(member.lower())
                if info is None:
                    self.missing.append(f"{member} ({where})")
                    continue
                index = self._stored.get(info.filename)
                if index is None:
                    index = len(self.files)
                    self.files.append(
                        MediaFile(
                            _name(item, md5, kind),
                            info.file_size,
                            zip_member_reader(self.path, info.filename),
                        )
                    )
                    self._stored[info.filename] = index
                if isinstance(identifier, str):
                    found[identifier.upper()] = index
        if not found:
            return body
        placed: set[int] = set()

        def swap(match: re.Match[str]) -> str:
            index = found.get(match.group("id").upper())
            if index is None:
                return match.group(0)
            placed.add(index)
            return import_link(index, self.files[index].name)

        body = _LINK.sub(swap, body)
        unplaced = [
            import_link(i, self.files[i].name) for i in dict.fromkeys(found.values()) if i not in placed
        ]
        return with_references(body, unplaced)

    def left_behind(self) -> list[str]:
        """A line for the preview naming the media files the entries list that cannot come."""
        if not self.missing:
            return []
        named = "; ".join(self.missing[:MISSING_NAMED])
        more = len(self.missing) - MISSING_NAMED
        tail = f"; and {more:,} more" if more > 0 else ""
        count = plural(len(self.missing), "photo or file", "photos and files")
        if not self.in_zip:
            why = "a .json export holds no files; import the .zip Day One writes to bring them"
        else:
            why = "missing from the zip; the links to them stay in the entries"
        return [f"{count} ({why}): {named}{tail}"]

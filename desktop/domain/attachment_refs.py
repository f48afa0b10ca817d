"""How an entry's Markdown names its attachments, and what kind of file an attachment is.

An attachment is named by the SHA-256 of its bytes and the file name it came with:
`attachment:<sha256>/<name>` (the name percent-encoded, so Markdown sees one URL). Images go in
as `![name](attachment:…)` so the Preview shows them where they stand; other files as a link.
The hash makes the reference stable (the same bytes attached twice are stored once) and the name
keeps what the user called the file.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

SCHEME = "attachment:"
_SHA = r"[0-9a-f]{64}"
# A reference anywhere in the text, with the Markdown around it when there is some.
_REFERENCE = re.compile(rf"attachment:(?P<sha>{_SHA})/(?P<name>[^\s)\]]+)")
_MARKDOWN = re.compile(rf"!?\[[^\]\n]*\]\(attachment:(?P<sha>{_SHA})/(?P<name>[^\s)]+)\)\n?")

IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif")
# The first bytes of the formats a phone or a camera writes, for files whose name says nothing.
_SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1")


@dataclass(frozen=True, slots=True)
class Reference:
    """One attachment as an entry's text names it."""

    sha256: str
    name: str

    @property
    def url(self) -> str:
        return reference_url(self.sha256, self.name)


@dataclass(frozen=True)
class MediaFile:
    """A photo or file an import brings along: the name it gets and how to read its bytes.

    Until it is stored, an imported entry's text names it `import-media:<index>` (its place in
    the import's list of media); storing it turns that into an attachment reference.
    """

    name: str
    size: int
    read: Callable[[], bytes]
    # Bytes this app exported: stored exactly as they are (their hash already names them).
    as_exported: bool = False


IMPORT_MEDIA = "import-media:"
_IMPORT_LINK = re.compile(r"!?\[[^\]\n]*\]\(import-media:(?P<index>\d+)\)")


def import_link(index: int, name: str) -> str:
    return f"![{name.replace('[', '(').replace(']', ')')}]({IMPORT_MEDIA}{index})"


def relink_imported(text: str, stored: Callable[[int], str | None]) -> str:
    """`text` with each `import-media:` link replaced by the Markdown `stored(index)` gives; a
    link whose file was not stored is left as it is (the preview named it as missing)."""

    def swap(match: re.Match[str]) -> str:
        return stored(int(match.group("index"))) or match.group(0)

    return _IMPORT_LINK.sub(swap, text)


def reference_url(sha256: str, name: str) -> str:
    return f"{SCHEME}{sha256}/{quote(name, safe='')}"


def parse_url(url: str) -> Reference | None:
    """The attachment a URL names, or None if it names none."""
    match = _REFERENCE.fullmatch(url.strip())
    if match is None:
        return None
    return Reference(match.group("sha"), unquote(match.group("name")))


def markdown_for(sha256: str, name: str, mime: str) -> str:
    """The Markdown that shows an attachment in an entry: inline for an image, a link otherwise."""
    label = name.replace("[", "(").replace("]", ")")
    prefix = "!" if is_image(mime) else ""
    return f"{prefix}[{label}]({reference_url(sha256, name)})"


def references_in(text: str) -> list[Reference]:
    """Every attachment `text` names, first mention first, each once."""
    seen: dict[tuple[str, str], Reference] = {}
    for match in _REFERENCE.finditer(text):
        ref = Reference(match.group("sha"), unquote(match.group("name")))
        seen.setdefault((ref.sha256, ref.name), ref)
    return list(seen.values())


def without_reference(text: str, ref: Reference) -> str:
    """`text` with every mention of `ref` removed (the Markdown around it too)."""

    def drop(match: re.Match[str]) -> str:
        same = match.group("sha") == ref.sha256 and unquote(match.group("name")) == ref.name
        return "" if same else match.group(0)

    kept = _REFERENCE.sub(drop, _MARKDOWN.sub(drop, text))
    kept = re.sub(r"\n{3,}", "\n\n", kept)  # no hole left where the picture stood
    return kept if text.endswith("\n") else kept.rstrip("\n")


def with_references(text: str, lines: list[str]) -> str:
    """`text` with the Markdown `lines` added at its end, each on a line of its own."""
    if not lines:
        return text
    joined = "\n".join(lines)
    if not text:
        return joined
    return text.rstrip("\n") + "\n\n" + joined


def is_image(mime: str) -> bool:
    return mime in IMAGE_TYPES


def sniff_mime(name: str, head: bytes) -> str:
    """The media type of a file from its first bytes, else from its name's extension."""
    for signature, mime in _SIGNATURES:
        if head.startswith(signature):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "image/heic"
    guessed, _encoding = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


def safe_name(name: str) -> str:
    """A file name without folders or characters that cannot stand in a file name."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(c for c in base if c.isprintable() and c not in '<>:"|?*').strip().strip(".")
    return cleaned[:200] or "attachment"


class RowsNamingAttachments:
    """Rows passed through as they are, counting the attachments their text names (a CSV export
    says how many it could not include)."""

    def __init__(self, rows: Iterable[tuple[Any, ...]], *, body_index: int) -> None:
        self._rows, self._body = rows, body_index
        self.attachments = 0

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        for row in self._rows:
            body = row[self._body]
            if isinstance(body, str) and SCHEME in body:
                self.attachments += len(references_in(body))
            yield row

"""A Day One zip with its photos: each photo comes into the journal where its entry placed it."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path

from desktop.domain.attachment_refs import markdown_for
from desktop.io.importers.dayone import plan_dayone
from desktop.store.attachments.blobs import blob_data
from desktop.store.attachments.import_media import entries_with_media
from desktop.store.attachments.references import attachments_of
from desktop.store.entries.entry_table import get_entry
from desktop.store.transfer.importing import apply_import
from tests.store.attachments.pictures import photo_jpeg

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real" / "dayone"
EXAMPLE = REAL / "ergebnis_day-one-to-obsidian-converter_Example.json"
LEFT_OUT = 2  # photo files the zip lacks, as an export cut short would


def _zip_with_photos(tmp_path: Path) -> tuple[Path, dict[str, bytes], list[str]]:
    """Day One's own zip layout: the journal's JSON at the top, `photos/<md5>.<type>` beside it."""
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    items = [p for e in document["entries"] for p in e.get("photos", [])]
    members = sorted({f"photos/{p['md5']}.{p['type']}" for p in items})
    absent, present = members[:LEFT_OUT], members[LEFT_OUT:]
    files = {member: photo_jpeg(6_000, seed=n) for n, member in enumerate(present)}
    archive = tmp_path / "Export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(EXAMPLE, "Journal.json")
        for member, data in files.items():
            zipped.writestr(member, data)
    return archive, files, absent


def _import(plan) -> None:  # type: ignore[no-untyped-def]
    with entries_with_media(plan.entries(), plan.media) as entries:
        apply_import(entries, themes=plan.themes, validated=True)


def test_each_photo_stands_where_its_entry_placed_it(journal, tmp_path: Path) -> None:
    archive, files, absent = _zip_with_photos(tmp_path)
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    text_only = {e.uuid: e.body for e in plan_dayone(EXAMPLE).entries()}
    plan = plan_dayone(archive)
    assert len(plan.media) == len(files)
    assert plan.left_behind[0].startswith(f"{LEFT_OUT} photos and files (missing from the zip;")
    assert all(member in plan.left_behind[0] for member in absent)
    _import(plan)

    placed = 0
    for record in document["entries"]:
        photos = {p["identifier"]: p for p in record.get("photos", [])}
        if not photos:
            continue
        uuid = next(u for u in text_only if u.replace("-", "").upper() == record["uuid"])
        expected = text_only[uuid]
        for identifier, photo in photos.items():
            member = f"photos/{photo['md5']}.{photo['type']}"
            if member not in files:
                continue  # Day One's link stays, named in the preview
            sha = hashlib.sha256(files[member]).hexdigest()
            link = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:/*" + identifier + r"\)")
            name = Path(photo.get("filename") or photo["md5"]).stem + "." + photo["type"]
            markdown = markdown_for(sha, name, "image/jpeg")
            expected, found = link.subn(lambda _m, md=markdown: md, expected)
            placed += found
        body = get_entry(uuid).body
        assert body.startswith(expected)  # photos without a link in the text follow at the end
        by_hash = {hashlib.sha256(data).hexdigest(): data for data in files.values()}
        for item in attachments_of(uuid):
            assert blob_data(item.sha256) == by_hash[item.sha256]
    assert placed > 100


def test_importing_the_zip_again_adds_nothing(journal, tmp_path: Path) -> None:
    archive, files, _absent = _zip_with_photos(tmp_path)
    _import(plan_dayone(archive))
    stored = {a.sha256 for e in plan_dayone(archive).entries() for a in attachments_of(e.uuid)}
    assert len(stored) == len(files)
    again = plan_dayone(archive)
    with entries_with_media(again.entries(), again.media) as entries:
        result = apply_import(entries, validated=True)
    assert result.added == 0
    assert {a.sha256 for e in plan_dayone(archive).entries() for a in attachments_of(e.uuid)} == stored


def test_a_classic_journal_brings_the_photo_named_after_its_entry(journal) -> None:
    folder = REAL.parent / "dayone_classic" / "nathangrigg_dayone_export_fake_journal"
    photo = folder / "photos" / "00F9FA96F29043D09638DF0866EC73B2.jpg"
    _import(plan_dayone(folder))
    uuid = "00f9fa96-f290-43d0-9638-df0866ec73b2"
    (attachment,) = attachments_of(uuid)
    assert attachment.name == photo.name and blob_data(attachment.sha256) == photo.read_bytes()
    assert get_entry(uuid).body.endswith(f"(attachment:{attachment.sha256}/{photo.name})")

"""The photos probe at a small size: it runs, and ten backups keep each photo once."""

from __future__ import annotations

from pathlib import Path

from tests.bench.attachments_probe import compare


def test_the_probe_measures_both_journals_and_backups_stay_small(tmp_path: Path) -> None:
    result = compare(tmp_path, entries=300, photos=8, photo_bytes=200_000)
    pictured, plain = result["with_photos"], result["without_photos"]
    for figures in (pictured, plain):
        assert figures["open_ms"] > 0 and figures["list_first_page_ms"] > 0 and figures["search_ms"] > 0
    assert pictured["attachments_bytes"] >= 8 * 200_000 and plain["attachments_bytes"] == 0
    # Ten backups: ten copies of the journal file, the photos once.
    photos_once = pictured["attachments_bytes"]
    assert pictured["ten_backups_bytes"] < photos_once * 1.1 + 11 * pictured["journal_bytes"]

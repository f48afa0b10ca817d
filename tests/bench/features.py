"""Figures of photos and sync at scale, each from its probe run in a process of its own.

Photos (`tests.bench.attachments_probe`): the large journal with a photo of 2 MiB for every
hundred entries (1,000 at 100,000 entries, about 2 GB) next to the same journal without them:
opening, the list's first page and a search must cost the same, and ten backups must keep each
photo once, not ten times. Sync (`tests.bench.sync_probe`): joining a sync folder with the whole
journal, and a round that carries one edited entry, which must not grow with the journal.
"""

from __future__ import annotations

import json
import shutil
from typing import TYPE_CHECKING

from tests.bench.measure import Figure, checked, python_argv, run_process

if TYPE_CHECKING:
    from tests.bench.suite import Bench

PHOTO_EVERY = 100  # entries per photo
PHOTO_MIB = 2.0
SAME_SPEED = 1.10  # "as fast as the journal without photos", with a tenth for noise


def _probe(b: Bench, module: str, *args: str, timeout: float = 3600) -> tuple[dict, float]:
    run = checked(
        run_process(python_argv("-m", module, *args), env=b.env, keep_stdout=True, timeout=timeout),
        module,
    )
    return json.loads(run.stdout[run.stdout.index("{") :]), run.max_rss_mib


def photos_at_scale(b: Bench) -> list[Figure]:
    folder = b.work / "photos"
    photos = max(2, b.entries // PHOTO_EVERY)
    mib = float(b.extra.get("photo_mib", PHOTO_MIB))
    report, peak = _probe(
        b, "tests.bench.attachments_probe", str(folder), str(b.entries), str(photos), str(mib)
    )
    shutil.rmtree(folder, ignore_errors=True)
    with_, without = report["with_photos"], report["without_photos"]
    size = (with_["journal_bytes"] + with_["attachments_bytes"]) / 2**20
    what = f"{b.entries:,} entries, {photos:,} photos, {size:,.0f} MiB"
    figures = []
    for key, label in (
        ("open_ms", "opening"),
        ("list_first_page_ms", "the list's first page"),
        ("search_ms", "a search's first page"),
    ):
        figures.append(
            Figure(
                f"photos.{key}",
                f"Photos: {label}, with / without photos ({what})",
                "x",
                SAME_SPEED,
                value=with_[key] / without[key],
                peak_rss_mib=round(peak, 1),
                note=f"{with_[key]:.1f} ms with, {without[key]:.1f} ms without",
            )
        )
    figures.append(
        Figure(
            "photos.backup_space",
            f"Photos: ten backups' space / the journal and its photos ({what})",
            "x",
            3.0,
            value=with_["ten_backups_per_journal_size"],
            note=(
                f"{with_['ten_backups_bytes'] / 2**30:.2f} GiB with photos, "
                f"{without['ten_backups_bytes'] / 2**30:.2f} GiB without; ten whole copies would be 10×"
            ),
        )
    )
    return figures


def sync_figures(b: Bench) -> list[Figure]:
    runs = {}
    for size in (b.jrnl_entries, b.entries):
        work = b.work / f"sync-{size}"
        runs[size] = _probe(b, "tests.bench.sync_probe", "--entries", str(size), "--work", str(work))
        shutil.rmtree(work, ignore_errors=True)
    (big, peak), (small, _) = runs[b.entries], runs[b.jrnl_entries]
    n = f"{b.entries:,}"
    return [
        Figure(
            "sync.join",
            f"Sync: joining a folder with the whole journal ({n})",
            "s",
            None,
            value=big["join_seconds"],
            peak_rss_mib=round(peak, 1),
            note=f"the folder then holds {big['folder_bytes'] / 2**20:.1f} MiB",
        ),
        Figure(
            "sync.one_entry",
            f"Sync: a round carrying one edited entry ({n})",
            "s",
            0.5,
            value=big["one_entry_round_seconds"],
            note=f"{big['one_entry_round_bytes_written']} bytes written",
        ),
        Figure(
            "sync.one_entry_growth",
            f"Sync: one-entry round's bytes, {n} / {b.jrnl_entries:,} entries",
            "x",
            1.5,
            value=big["one_entry_round_bytes_written"] / max(1, small["one_entry_round_bytes_written"]),
            note="must not grow with the journal",
        ),
    ]

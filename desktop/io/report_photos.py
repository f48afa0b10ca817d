"""The pages of the monthly report that show the month's photos, small, with their day.

Only the full report has them: the redacted one, meant to be shared, holds no entry content,
and a photo is content. They are drawn from the thumbnails stored with each photo.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from matplotlib.figure import Figure
from PIL import Image

from desktop.domain.entry import Entry
from desktop.domain.i18n import _, long_date

PAGE = (11.69, 8.27)  # A4 landscape, inches, as the rest of the report
COLUMNS, ROWS = 4, 3


@dataclass(frozen=True, slots=True)
class ReportPhoto:
    day: date
    name: str
    thumbnail: bytes  # the stored JPEG or PNG thumbnail


def photo_pages(photos: Sequence[ReportPhoto], title: str) -> Iterator[Figure]:
    """Pages of COLUMNS × ROWS photos, each captioned with its entry's day and its name."""
    per_page = COLUMNS * ROWS
    for start in range(0, len(photos), per_page):
        fig = Figure(figsize=PAGE)
        fig.text(0.05, 0.95, title, fontsize=14, weight="bold")
        for slot, photo in enumerate(photos[start : start + per_page]):
            column, row = slot % COLUMNS, slot // COLUMNS
            axes = fig.add_axes((0.05 + column * 0.23, 0.64 - row * 0.29, 0.21, 0.24))
            axes.set_axis_off()
            try:
                with Image.open(io.BytesIO(photo.thumbnail)) as image:
                    axes.imshow(image.convert("RGB"))
            except OSError:
                continue
            axes.set_title(f"{long_date(photo.day)} · {photo.name}", fontsize=7, loc="left")
        yield fig


def report_photos(
    entries: Sequence[Entry], thumbnails: Sequence[tuple[str, str, bytes]]
) -> tuple[ReportPhoto, ...]:
    """The month's photos for the report, from (entry uuid, name, thumbnail) as the store gives
    them, each dated by its entry."""
    days = {entry.uuid: entry.date for entry in entries}
    return tuple(ReportPhoto(days[uuid], name, data) for uuid, name, data in thumbnails if uuid in days)


def photos_title(month_label: str) -> str:
    return _("Photos of {month}").format(month=month_label)

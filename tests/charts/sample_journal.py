"""A seeded synthetic journal with a story, for looking at charts and for tests that need volume.

Over the years the writer moves through phases — a settled start, a stretch of leaning on a
partner (tagged codependency now and then), a quiet month away, a withdrawn spell (isolation),
and a recovery towards interdependence — with friends, family and a team along the way.
Run `python -m tests.charts.sample_journal OUT.db [YEARS]` to write one to disk.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

from desktop.domain.entry import Entry

PEOPLE = ("Sam", "Alex", "Mum", "Priya", "Team")
# (fraction of the span where the phase starts, independence mean, interdependence mean, themes)
PHASES = (
    (0.00, 6.0, 6.5, ("connection", "self-care", "quality-time", "communication")),
    (0.22, 3.2, 7.8, ("codependency", "trust", "shared-experiences", "quality-time")),
    (0.40, 5.0, 5.0, ("boundaries", "self-growth", "conflict-resolution")),
    (0.55, 7.6, 2.8, ("isolation", "own-interests", "resilience", "self-care")),
    (0.72, 6.8, 7.2, ("mutual-support", "teamwork", "vulnerability", "mutual-growth")),
)
GAP = (0.47, 0.51)  # a month or so away from the journal: no entries at all
FILLER = ("adaptability", "self-growth", "connection", "boundaries")


def _phase(fraction: float) -> tuple[float, float, tuple[str, ...]]:
    current = PHASES[0]
    for phase in PHASES:
        if fraction >= phase[0]:
            current = phase
    return current[1], current[2], current[3]


def _rating(rng: random.Random, mean: float) -> int:
    return max(0, min(10, round(rng.gauss(mean, 1.4))))


def sample_entries(years: float = 3.0, seed: int = 7, end: date = date(2026, 10, 31)) -> Iterator[Entry]:
    """About one entry on two days out of three, a few days with two, in date order."""
    rng = random.Random(seed)
    days = int(365 * years)
    start = end - timedelta(days=days - 1)
    for n in range(days):
        day = start + timedelta(days=n)
        fraction = n / days
        if GAP[0] <= fraction < GAP[1] or rng.random() < 0.33:
            continue
        for k in range(2 if rng.random() < 0.12 else 1):
            ind_mean, inter_mean, themes = _phase(fraction)
            picked = rng.sample(themes, rng.randint(1, 2))
            if rng.random() < 0.25:
                extra = rng.choice(FILLER)
                if extra not in picked:
                    picked.append(extra)
            who = rng.sample(PEOPLE[:3], 1) if rng.random() < 0.75 else []
            if rng.random() < 0.3:
                extra_person = rng.choice(PEOPLE[3:])
                who.append(extra_person)
            # Time with Sam pulls towards others in the codependent phase; Priya stays steady.
            bias = 1.2 if "Sam" in who and fraction < 0.4 else 0.0
            rated = rng.random() > 0.08
            yield Entry(
                title=f"Day {n + 1}, note {k + 1}",
                body=f"Sample text for {day:%A %d %B %Y}. Secretword{n}x{k}.",
                date=day,
                time=time(8 + 11 * k, rng.choice((0, 15, 30, 45))),
                utc_offset=timedelta(hours=1),
                themes=picked,
                people=who,
                independence=_rating(rng, ind_mean - bias) if rated else None,
                interdependence=_rating(rng, inter_mean + bias) if rated else None,
                mood=rng.randint(1, 5),
                starred=rng.random() < 0.05,
            )


def write_sample_journal(path: Path, years: float = 3.0, seed: int = 7) -> int:
    """Create a journal at `path` filled with the sample; returns the number of entries."""
    from desktop.store.entries.entry_table import save_entries
    from desktop.store.journal.opening import open_journal

    entries = list(sample_entries(years, seed))
    with open_journal(path):
        save_entries(entries)
    return len(entries)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    count = write_sample_journal(target, float(sys.argv[2]) if len(sys.argv) > 2 else 3.0)
    print(f"wrote {count} entries to {target}")

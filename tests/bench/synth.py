"""A seeded synthetic journal: the same entries every time for the same seed, size and shape.

The everyday shape: dates spread over eleven years, bodies of 50–300 words drawn with a Zipf-like
frequency from a vocabulary of everyday words plus a long tail of made-up ones (so the full-text
index has the shape real text gives it), 1–4 built-in themes, 0–2 people from a small circle, most
entries rated. The other shapes (SHAPES) each push one dimension a real journal may have: a
small vocabulary (every common word in most entries), long and short bodies, many themes and
people per entry, a fifth of the entries in the Trash. The entries can be written into a journal
(through the store's bulk path), as this app's CSV, and as a jrnl plain-text journal.
"""

from __future__ import annotations

import random
import uuid as uuid_module
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from itertools import accumulate
from pathlib import Path

from desktop.domain.entry import Entry
from desktop.domain.theme_catalogue import BUILTIN_THEMES, Pillar

FIRST_DAY = date(2015, 1, 1)
LAST_DAY = date(2025, 12, 31)

COMMON_WORDS = (  # noqa: SIM905 (a word list reads best as text)
    "the and to a of I in was it we that with for my on at but he she they had not this so be "
    "have is were all about after before when then there our their them what felt feel day "
    "evening morning night week time talk talked together alone home work walk dinner friend "
    "partner family team call message long short good hard quiet tired happy calm angry worried "
    "grateful honest open space need needed want wanted asked told listened said help helped "
    "support plan plans weekend trip coffee lunch book music run garden kitchen city park train "
    "rain sun early late again still maybe really little more less myself yourself ourselves "
    "each other both own choice decided decision boundary trust afraid safe close distance kind "
    "gentle patient laugh laughed cried hug quietly slowly first last next small big new old "
    "whole half enough too very just only even because while until since without between "
    "through around over under back down out up off mother father sister brother colleague "
    "manager neighbour children dog cat letter phone meeting project deadline holiday birthday "
    "anniversary doctor sleep tea wine bread river mountain beach snow summer winter autumn "
    "spring window door car bus bike"
).split()

SYLLABLES = (  # noqa: SIM905 (a word list reads best as text)
    "ka lo mi ren tas vel dor fin gal hes jor kel lum nar pov quin ros sul tev ulm var wen xim "
    "yor zel bra cri dra fle gro pla sto tri"
).split()
TAIL_SIZE = 6000  # made-up rare words, as real text has names, places and rare words
TAIL_SHARE = 0.25

PEOPLE = ("Alex", "Sam", "Jordan", "Maria", "Chen", "Priya", "Tom", "Noor")

# Interdependence themes are the most used, warning themes the least, as in a real journal.
_PILLAR_WEIGHT = {
    Pillar.INTERDEPENDENCE: 6,
    Pillar.INDEPENDENCE: 5,
    Pillar.PRACTICE: 4,
    Pillar.WARNING: 1,
}
THEMES = tuple(t.slug for t in BUILTIN_THEMES)
_THEME_WEIGHTS = tuple(_PILLAR_WEIGHT[t.pillar] if t.pillar else 1 for t in BUILTIN_THEMES)


def vocabulary(seed: int = 0) -> list[str]:
    """Everyday words first (most frequent), then the rare tail, in frequency-rank order."""
    rng = random.Random(seed * 7919 + 1)
    tail: dict[str, None] = {}
    while len(tail) < TAIL_SIZE:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in COMMON_WORDS:
            tail[word] = None
    return [*dict.fromkeys(COMMON_WORDS), *tail]


EVERYDAY = "everyday"
SMALL_VOCABULARY = "small-vocabulary"
LONG_AND_SHORT = "long-and-short"
MANY_LINKS = "many-links"
TRASH = "trash-20"
SHAPES = (EVERYDAY, SMALL_VOCABULARY, LONG_AND_SHORT, MANY_LINKS, TRASH)
SHAPE_NOTES = {
    EVERYDAY: "50–300 words, Zipf-like everyday vocabulary with a rare tail, 1–4 themes, 0–2 people",
    SMALL_VOCABULARY: "the 120 commonest words only, drawn evenly: each in most entries; "
    "one rare word in 0.1 %",
    LONG_AND_SHORT: "95 % one line (6–14 words), 5 % of 2,000–5,000 words",
    MANY_LINKS: "6–12 themes and 3–6 people (of 40) per entry",
    TRASH: "everyday, with 20 % of the entries in the Trash",
}
SMALL_WORDS = 120  # the small vocabulary: the commonest everyday words
RARE_WORD = "quillvarden"  # the small vocabulary's rare word, put into 0.1 % of entries
MORE_PEOPLE = tuple(
    f"{first} {last}" for first in ("Ana", "Ben", "Cleo", "Dev", "Eli") for last in "KLMNOPQR"
)


def query_words(seed: int = 0, shape: str = EVERYDAY) -> dict[str, str]:
    """Search words by how many entries hold them: everyday, about 44 %, 17 % and 1 % of
    entries; in the small vocabulary, most entries, about half, and 0.1 %."""
    if shape == SMALL_VOCABULARY:
        return {"common": "partner", "middling": "anniversary", "rare": RARE_WORD}
    return {"common": "partner", "middling": "anniversary", "rare": vocabulary(seed)[1000]}


@dataclass(frozen=True)
class SynthSpec:
    count: int
    seed: int = 2024
    shape: str = EVERYDAY


def _offset(day: date) -> timedelta:
    # Central European time, roughly: summer time from April to October.
    return timedelta(hours=2 if 4 <= day.month <= 10 else 1)


class _Writer:
    """Draws words and sentences from the vocabulary with Zipf-like weights (or, for a small
    vocabulary, evenly, so that every word turns up in most entries)."""

    def __init__(self, rng: random.Random, words: list[str], *, even: bool = False) -> None:
        self.rng = rng
        self.words = words
        common = len(COMMON_WORDS)
        if even:
            self.cum = list(accumulate(1.0 for _ in words))
            return
        # Everyday words carry most of the text; the made-up tail about a sixth of it.
        self.cum = list(
            accumulate((1.0 if rank < common else TAIL_SHARE) / (rank + 4) for rank in range(len(words)))
        )

    def words_of(self, n: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cum, k=n)

    def body(self, n: int) -> str:
        words = self.words_of(n)
        sentences: list[str] = []
        paragraphs: list[str] = []
        i = 0
        while i < len(words):
            length = self.rng.randint(6, 18)
            chunk = words[i : i + length]
            i += length
            sentences.append(chunk[0].capitalize() + " " + " ".join(chunk[1:]) + ".")
            if len(sentences) >= self.rng.randint(3, 6):
                paragraphs.append(" ".join(sentences))
                sentences = []
        if sentences:
            paragraphs.append(" ".join(sentences))
        return "\n\n".join(paragraphs)

    def title(self) -> str:
        words = self.words_of(self.rng.randint(2, 6))
        return " ".join([words[0].capitalize(), *words[1:]])


def _rating(rng: random.Random, centre: float) -> int:
    return max(0, min(10, round(rng.gauss(centre, 2.0))))


def _small_vocabulary() -> list[str]:
    words = list(dict.fromkeys(COMMON_WORDS))[:SMALL_WORDS]
    for wanted in ("partner", "anniversary"):  # the benchmark's search words stay findable
        if wanted not in words:
            words[-1 if wanted == "partner" else -2] = wanted
    return words


def _body(writer: _Writer, rng: random.Random, shape: str) -> str:
    if shape == LONG_AND_SHORT:
        if rng.random() < 0.05:
            return writer.body(rng.randint(2000, 5000))
        return writer.title() + "."
    body = writer.body(rng.randint(50, 300))
    if shape == SMALL_VOCABULARY and rng.random() < 0.001:
        body += f" {RARE_WORD.capitalize()}."
    return body


def _links(rng: random.Random, shape: str) -> tuple[list[str], list[str]]:
    if shape == MANY_LINKS:
        themes = list(dict.fromkeys(rng.choices(THEMES, weights=_THEME_WEIGHTS, k=rng.randint(6, 12))))
        return themes, rng.sample(MORE_PEOPLE, k=rng.randint(3, 6))
    themes = list(dict.fromkeys(rng.choices(THEMES, weights=_THEME_WEIGHTS, k=rng.randint(1, 4))))
    return themes, rng.sample(PEOPLE, k=rng.choice((0, 1, 1, 2)))


def generate_entries(spec: SynthSpec) -> Iterator[Entry]:
    """`spec.count` entries in date order, the same ones for the same spec."""
    rng = random.Random(spec.seed)
    if spec.shape == SMALL_VOCABULARY:
        writer = _Writer(rng, _small_vocabulary(), even=True)
    else:
        writer = _Writer(rng, vocabulary(spec.seed))
    span = (LAST_DAY - FIRST_DAY).days
    days = sorted(rng.randrange(span + 1) for _ in range(spec.count))
    for offset_days in days:
        day = FIRST_DAY + timedelta(days=offset_days)
        at = time(rng.randint(6, 23), rng.randrange(60))
        offset = _offset(day)
        moment = datetime.combine(day, at, tzinfo=timezone(offset)) + timedelta(minutes=5)
        # A slow drift over the years gives the trend a shape to draw.
        phase = offset_days / span
        ind_centre, inter_centre = 5 + 2 * phase, 7 - 2 * phase
        roll = rng.random()
        independence = _rating(rng, ind_centre) if roll < 0.9 else None
        interdependence = _rating(rng, inter_centre) if roll < 0.85 or roll >= 0.95 else None
        themes, people = _links(rng, spec.shape)
        trashed = spec.shape == TRASH and rng.random() < 0.2
        yield Entry(
            uuid=str(uuid_module.UUID(int=rng.getrandbits(128), version=4)),
            title=writer.title(),
            body=_body(writer, rng, spec.shape),
            date=day,
            time=at,
            utc_offset=offset,
            themes=themes,
            people=people,
            independence=independence,
            interdependence=interdependence,
            mood=rng.randint(1, 5) if rng.random() < 0.7 else None,
            starred=rng.random() < 0.05,
            created_at=moment,
            updated_at=moment,
            deleted_at=moment + timedelta(days=30) if trashed else None,
        )


def build_journal(path: Path, spec: SynthSpec) -> int:
    """A new journal at `path` holding the spec's entries; returns how many."""
    from desktop.store.journal.opening import open_journal
    from desktop.store.transfer.bulk import insert_entries_bulk

    with open_journal(path) as _journal:
        result = insert_entries_bulk(generate_entries(spec))
    return result.inserted


def write_csv(path: Path, spec: SynthSpec) -> int:
    """The spec's entries outside the Trash as this app's CSV (by the app's own CSV writer)."""
    from desktop.io.formats.csv_export import write_csv as write_app_csv

    return write_app_csv(live_entries(spec), path)


def jrnl_text(entry: Entry) -> str:
    """One entry in jrnl's plain-text format: `[YYYY-MM-DD HH:MM] Title`, then the body.

    A starred entry's title ends in ` *`; themes become `@tags` on the body's last line, which
    is where jrnl finds tags.
    """
    stamp = f"{entry.date.isoformat()} {entry.time.strftime('%H:%M')}"
    title = entry.title + "." + (" *" if entry.starred else "")
    tags = " ".join(f"@{slug}" for slug in entry.themes)
    return f"[{stamp}] {title}\n{entry.body}\n{tags}\n"


def write_jrnl(path: Path, entries: Iterable[Entry]) -> int:
    """A jrnl journal file of the entries, separated by blank lines as jrnl writes them."""
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for entry in entries:
            if count:
                handle.write("\n")
            handle.write(jrnl_text(entry))
            count += 1
    return count


def live_entries(spec: SynthSpec) -> Iterator[Entry]:
    """The entries outside the Trash: what an export writes, and all a jrnl file can hold."""
    return (entry for entry in generate_entries(spec) if entry.deleted_at is None)


_MAKERS = {
    "journal": build_journal,
    "csv": lambda path, spec: write_csv(path, spec),
    "jrnl": lambda path, spec: write_jrnl(path, live_entries(spec)),
}


def main(argv: list[str]) -> int:
    """`python -m tests.bench.synth journal|csv|jrnl PATH ENTRIES SEED [SHAPE]`: one file, made here.

    The benchmark makes its files in a process of their own. Linux charges a child with the
    highest memory its parent had used before the fork (the child starts as a copy of it): had
    the benchmark itself built the journal (SQLite's caches and all), every command it timed
    afterwards would have been charged with the builder's memory.
    """
    kind, path, entries, seed, *shape = argv
    count = _MAKERS[kind](Path(path), SynthSpec(int(entries), int(seed), *shape))
    print(count)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))

"""Property: journals syncing in any order, with any delay, end with the same entries, and no
edit that a computer saved is lost (hypothesis stateful testing over real journals on disk)."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, time, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from desktop.domain.entry import Entry
from desktop.store.entries.entry_table import get_entry, restore_entry, save_entry, trash_entry
from desktop.store.entries.theme_table import create_theme, update_theme
from tests.store.sync.helpers import everything, opened, round_of, set_up, settle

WORDS = st.sampled_from(["calm", "argued", "walked", "laughed", "cooked", "tired", "ünïcode", "日記"])


class Journals(RuleBasedStateMachine):
    """Two or three computers; each rule changes one of them or runs one round on one of them.

    What every computer saved is remembered as markers (a word unique to that save, appended to
    the body): after everyone has synced, each marker must still be in the merged body, unless a
    later save on some computer replaced that part of the text knowingly (it had seen it).
    """

    @initialize(count=st.integers(2, 3))
    def start(self, count: int) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="sync-prop-"))
        self.folder = self.root / "Sync"
        self.paths = [self.root / f"journal{i}.db" for i in range(count)]
        for i, path in enumerate(self.paths):
            set_up(path, self.folder, f"computer {i}")
        self.uuids: list[str] = []
        self.markers: dict[str, set[str]] = {}  # uuid -> words appended by saves
        self.counter = 0
        self.settled_at = -1

    def teardown(self) -> None:
        shutil.rmtree(getattr(self, "root", ""), ignore_errors=True)

    def _marker(self) -> str:
        self.counter += 1
        return f"mark{self.counter}x"

    @rule(who=st.integers(0, 2), word=WORDS)
    def add(self, who: int, word: str) -> None:
        path = self.paths[who % len(self.paths)]
        marker = self._marker()
        entry = Entry(
            title=word,
            body=f"{word} {marker}\n",
            date=date(2024, 5, 1 + self.counter % 28),
            time=time(8, 0),
            utc_offset=timedelta(0),
        )
        with opened(path):
            save_entry(entry)
        self.uuids.append(entry.uuid)
        self.markers[entry.uuid] = {marker}

    @precondition(lambda self: self.uuids)
    @rule(who=st.integers(0, 2), pick=st.integers(0, 1000), word=WORDS, rating=st.none() | st.integers(0, 10))
    def edit(self, who: int, pick: int, word: str, rating: int | None) -> None:
        """Append a line to an entry as this computer has it (an edit of the same body as others')."""
        path = self.paths[who % len(self.paths)]
        uuid = self.uuids[pick % len(self.uuids)]
        marker = self._marker()
        with opened(path):
            try:
                entry = get_entry(uuid)
            except Exception:  # not arrived here yet
                return
            entry.body += f"{word} {marker}\n"
            entry.independence = rating
            save_entry(entry)
        self.markers[uuid].add(marker)

    @precondition(lambda self: self.uuids)
    @rule(who=st.integers(0, 2), pick=st.integers(0, 1000), back=st.booleans())
    def trash_or_restore(self, who: int, pick: int, back: bool) -> None:
        path = self.paths[who % len(self.paths)]
        uuid = self.uuids[pick % len(self.uuids)]
        with opened(path):
            try:
                (restore_entry if back else trash_entry)(uuid)
            except Exception:
                return

    @rule(who=st.integers(0, 2), name=WORDS)
    def rename_theme(self, who: int, name: str) -> None:
        with opened(self.paths[who % len(self.paths)]):
            update_theme("trust", name=f"Trust {name}")

    @rule(who=st.integers(0, 2), n=st.integers(0, 3))
    def add_theme(self, who: int, n: int) -> None:
        with opened(self.paths[who % len(self.paths)]):
            try:
                create_theme(f"custom-{n}")
            except Exception:  # exists already here
                return

    @rule(who=st.integers(0, 2))
    def sync_one(self, who: int) -> None:
        round_of(self.paths[who % len(self.paths)])

    @invariant()
    def converge_when_everyone_syncs(self) -> None:
        if not hasattr(self, "paths") or self.counter % 3 != 2 or self.settled_at == self.counter:
            return  # settle now and then: a delay between rounds is part of what is tested
        self.settled_at = self.counter
        settle(self.paths, rounds=2)
        views = [everything(path) for path in self.paths]
        assert all(view == views[0] for view in views[1:])
        assert {e["uuid"] for e in views[0]} == set(self.uuids)
        for entry in views[0]:
            for marker in self.markers[entry["uuid"]]:
                assert marker in entry["body"], (marker, entry["body"])
        themes = []
        for path in self.paths:
            with opened(path):
                from desktop.store.entries.theme_table import all_themes

                themes.append([(t.slug, t.name) for t in all_themes()])
        assert all(t == themes[0] for t in themes[1:])


Journals.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=14,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestJournals = Journals.TestCase

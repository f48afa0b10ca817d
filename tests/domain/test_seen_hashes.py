"""SeenHashes: every string added is new the first time and seen after, however long ago."""

from __future__ import annotations

import pytest

from desktop.domain import seen_hashes
from desktop.domain.seen_hashes import SeenHashes


@pytest.fixture(autouse=True, params=[1 << 26, 8], ids=["sparse-bits", "crowded-bits"])
def _small_arrays(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    # The same paths as a stream of a million strings takes (set, then sorted arrays), at a few
    # dozen; with eight bits in front of the arrays nearly every string's is set by another, so
    # the arrays themselves answer.
    monkeypatch.setattr(seen_hashes, "_PENDING", 4)
    monkeypatch.setattr(seen_hashes, "_FILTER_BITS", request.param)


def test_distinct_strings_are_all_new() -> None:
    seen = SeenHashes()
    assert [seen.add(f"uuid-{i}") for i in range(50)] == [False] * 50


def test_a_string_is_seen_again_whether_recent_or_long_ago() -> None:
    seen = SeenHashes()
    for i in range(50):
        seen.add(f"uuid-{i}")
    assert seen.add("uuid-0") and seen.add("uuid-23") and seen.add("uuid-49")
    assert not seen.add("uuid-50")
    assert seen.add("uuid-50")

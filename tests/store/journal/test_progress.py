"""One progress bar over a task of several stages: scaled, forward only, finished at the end."""

from __future__ import annotations

from pathlib import Path

from desktop.store.journal.progress import Stages, estimated_pages


def test_each_stage_fills_its_own_share() -> None:
    heard: list[tuple[int, int]] = []
    stages = Stages(lambda done, total: heard.append((done, total)), [100, 0, 300])
    copy = stages.stage(0)
    copy(1, 4)  # a quarter of the first stage, in the stage's own unit
    copy(4, 4)
    stages.complete(1)  # an empty stage moves nothing
    stages.stage(2)(3, 6)
    stages.finish()
    assert heard == [(0, 400), (25, 400), (100, 400), (250, 400), (400, 400)]


def test_progress_never_goes_back_or_repeats() -> None:
    heard: list[tuple[int, int]] = []
    stages = Stages(lambda done, total: heard.append((done, total)), [10])
    report = stages.stage(0)
    for done in (5, 5, 3, 10, 12):  # a backup that starts over reports less than before
        report(done, 10)
    stages.finish()
    assert heard == [(0, 10), (5, 10), (10, 10)]


def test_a_stage_split_into_stages_keeps_its_resolution() -> None:
    heard: list[int] = []
    outer = Stages(lambda done, _total: heard.append(done), [1000, 1000])
    inner = Stages(outer.stage(1), [500, 500])
    inner.stage(0)(1, 2)
    inner.finish()
    assert heard == [0, 1000, 1250, 2000]


def test_without_a_callable_nothing_is_reported() -> None:
    stages = Stages(None, [3])
    stages.stage(0)(1, 3)
    stages.finish()
    assert stages.total == 3


def test_pages_are_estimated_from_the_file_and_its_wal(tmp_path: Path) -> None:
    database = tmp_path / "j.db"
    assert estimated_pages(database) == 1  # missing: still a stage of its own
    database.write_bytes(b"\0" * 8192)
    Path(f"{database}-wal").write_bytes(b"\0" * 4097)
    assert estimated_pages(database) == 4

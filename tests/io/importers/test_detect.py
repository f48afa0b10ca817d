"""`--format auto`: every format recognised from its content, whatever the file is called."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.io.formats.csv_export import write_csv
from desktop.io.formats.json_format import write_json
from desktop.io.importers.detect import detect_format
from desktop.io.importers.plan import ImportFailed
from tests.io.helpers import FIXTURES


def _renamed(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / "export.dat"  # the name says nothing about the format
    shutil.copy(source, target)
    return target


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("dayone/Journal.json", "dayone"),
        ("dayone/sample_dayone_export.json", "dayone"),
        ("daylio/sample.csv", "daylio"),
        ("daylio/sample_multiple_moods.csv", "daylio"),
    ],
)
def test_the_real_samples(tmp_path: Path, fixture: str, expected: str) -> None:
    assert detect_format(_renamed(FIXTURES / fixture, tmp_path)) == expected


def test_our_own_files_and_jrnl_text(tmp_path: Path) -> None:
    csv_path, json_path, jrnl_path = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    write_csv([], csv_path)
    write_json(json_path, [], [], [])
    jrnl_path.write_text("[2024-01-02 08:30:00 PM] Dinner.\nBody\n", encoding="utf-8")
    assert [detect_format(p) for p in (csv_path, json_path, jrnl_path)] == ["csv", "json", "jrnl"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\x00\x01\x02binary", "is a binary file"),
        (b"name,age\nSam,3\n", "cannot tell what kind of file"),
        (b'{"hello": 1}', "is JSON, but not an export this app knows"),
    ],
)
def test_unknown_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=message):
        detect_format(path)

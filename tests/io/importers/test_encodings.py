"""Every importer reads UTF-16 (what Windows tools often write) as it reads UTF-8: with a
byte-order mark either way round, and without one. Other encodings are refused clearly."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.io.formats.csv_export import write_csv
from desktop.io.formats.json_format import write_json
from desktop.io.importers.detect import detect_format, plan_import
from desktop.io.importers.plan import ImportFailed, ImportPlan
from tests.factories import make_entry
from tests.io.helpers import FIXTURES

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real"
TWINS: dict[str, Callable[[str], bytes]] = {
    "utf-16-le-bom": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-16-le": lambda text: text.encode("utf-16-le"),
    "utf-16-be": lambda text: text.encode("utf-16-be"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
}


def _our_csv(folder: Path) -> Path:
    entries = [
        make_entry(title="Café ☕ with Sam", body='Line one\r\nline two, "quoted"', themes=["trust"]),
        make_entry(title="ഉച്ചഭക്ഷണം 😀", independence=7, interdependence=6, starred=True),
    ]
    path = folder / "mine.csv"
    write_csv(entries, path)
    return path


def _our_json(folder: Path) -> Path:
    path = folder / "mine.json"
    write_json(path, [make_entry(title="Café ☕", body="ഉ 😀", themes=["trust"])], [], [])
    return path


SOURCES: dict[str, Callable[[Path], Path]] = {
    "csv": _our_csv,
    "json": _our_json,
    "jrnl-text": lambda _: REAL / "jrnl" / "jrnl-org_jrnl_basic_onefile.journal",
    "jrnl-1x": lambda _: REAL / "jrnl" / "jrnl-org_jrnl_simple_jrnl-1-9-5.journal",
    "jrnl-json": lambda _: REAL / "jrnl" / "yostos_jrnl-mcp_sample-entries.json",
    "dayone": lambda _: FIXTURES / "dayone" / "Journal.json",
    "daylio": lambda _: FIXTURES / "daylio" / "sample_multiple_moods.csv",
    "daylio-bom-12h": lambda _: REAL / "daylio" / "kayraucklnc_daylio_visualizer_daylio_export.csv",
}


def _summary(plan: ImportPlan) -> tuple:
    return (
        plan.format,
        list(plan.entries()) if plan.ok else [],
        plan.themes,
        [str(r) for r in plan.rejected],
        plan.warnings,
    )


@pytest.fixture(autouse=True)
def _no_jrnl_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))


@pytest.mark.parametrize("twin", list(TWINS))
@pytest.mark.parametrize("source", list(SOURCES))
def test_a_utf16_twin_imports_exactly_like_the_utf8_file(tmp_path: Path, source: str, twin: str) -> None:
    original = SOURCES[source](tmp_path)
    text = original.read_bytes().decode("utf-8-sig")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    utf8, other = tmp_path / "a" / original.name, tmp_path / "b" / original.name
    utf8.write_bytes(text.encode("utf-8"))
    other.write_bytes(TWINS[twin](text))
    assert detect_format(other) == detect_format(utf8)
    expected = _summary(plan_import(utf8))
    assert expected[1], "the file has entries"
    assert _summary(plan_import(other)) == expected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("uuid,date\r\n".encode("utf-32"), "is UTF-32 text; save it as UTF-8"),
        ("[2024-01-01 10:00] Café\n".encode("cp1252"), "is not UTF-8 text (a byte 0xe9"),
        (codecs.BOM_UTF16_LE + b"[\x00\x00\xd8", "is not UTF-16 text"),  # half a character
    ],
)
@pytest.mark.parametrize("fmt", ["auto", "csv", "json", "jrnl", "dayone", "daylio"])
def test_other_encodings_are_refused_clearly(tmp_path: Path, content: bytes, message: str, fmt: str) -> None:
    path = tmp_path / "file.txt"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as caught:
        plan = plan_import(path, fmt)
        list(plan.entries())
    assert message in str(caught.value) or (fmt != "auto" and "save it as UTF-8" in str(caught.value))

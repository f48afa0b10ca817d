"""`balance-journal chart` and `report` on a real journal file, as a script would run them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.charts.sample_journal import write_sample_journal
from tests.io.pdf_text import page_count, pdf_lines

KINDS = ("trend", "ratings", "themes", "map", "heatmap", "insight")


@pytest.fixture(scope="module")
def sample_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "journal.db"
    write_sample_journal(path, years=3.0)
    return path


def run(journal: Path, *args: str) -> int:
    return main(["--journal", str(journal), *args])


@pytest.mark.parametrize("kind", KINDS)
def test_each_chart_kind_as_png(kind: str, sample_journal: Path, tmp_path: Path) -> None:
    target = tmp_path / f"{kind}.png"
    assert run(sample_journal, "chart", kind, "--out", str(target)) == 0
    assert target.read_bytes().startswith(b"\x89PNG\r\n")


@pytest.mark.parametrize(("suffix", "magic"), [(".svg", b"<?xml"), (".pdf", b"%PDF"), (".PNG", b"\x89PNG")])
def test_svg_and_pdf_by_extension(suffix: str, magic: bytes, sample_journal: Path, tmp_path: Path) -> None:
    target = tmp_path / f"chart{suffix}"
    args = [
        "chart",
        "trend",
        "--out",
        str(target),
        "--window",
        "7",
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
    ]
    assert run(sample_journal, *args) == 0
    assert target.read_bytes().startswith(magic)


def test_unknown_kind_is_a_usage_error(
    sample_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(sample_journal, "chart", "pie", "--out", str(tmp_path / "x.png"))
    assert exit_info.value.code == 2
    assert "invalid choice: 'pie'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["chart", "trend", "--out", "{tmp}/x.gif"], "use .png, .svg, .pdf"),
        (["chart", "trend", "--out", "{tmp}/none/x.png"], "does not exist"),
        (["chart", "trend", "--out", "{tmp}/x.png", "--window", "0"], "--window must be from 1"),
        (["chart", "trend", "--out", "{tmp}/x.png", "--from", "2026-02-30"], "not a real date"),
        (["report", "--month", "2026-9", "--out", "{tmp}/r.pdf"], "YYYY-MM"),
        (["report", "--month", "2026-09", "--out", "{tmp}/r.png"], "use .pdf"),
    ],
)
def test_bad_input_exits_1_with_one_line(
    args: list[str], reason: str, sample_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert run(sample_journal, *filled) == 1
    err = capsys.readouterr().err
    assert reason in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_report_and_redacted_report(sample_journal: Path, tmp_path: Path) -> None:
    full, shared = tmp_path / "r.pdf", tmp_path / "shared.pdf"
    assert run(sample_journal, "report", "--month", "2026-09", "--out", str(full)) == 0
    assert run(sample_journal, "report", "--month", "2026-09", "--out", str(shared), "--redacted") == 0
    assert page_count(full) >= 7 and page_count(shared) >= 7
    full_text, shared_text = "\n".join(pdf_lines(full)), "\n".join(pdf_lines(shared))
    # The sample's bodies carry a unique word per entry, its titles "Day N, note K".
    assert "Secretword" in full_text and "Day 1" in full_text
    assert "Secretword" not in shared_text and "Day 1" not in shared_text
    assert "September 2026" in shared_text


def test_list_never_imports_matplotlib(sample_journal: Path) -> None:
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"main(['--journal', {str(sample_journal)!r}, 'list', '--from', '2026-10-01'])\n"
        "print('MATPLOTLIB' if 'matplotlib' in sys.modules else 'CLEAN', file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        check=True,
    )
    assert done.stderr.strip().endswith("CLEAN")
    assert "Day " in done.stdout


def test_dark_themes_by_month(sample_journal: Path, tmp_path: Path) -> None:
    from matplotlib.image import imread

    target = tmp_path / "themes.png"
    args = ["chart", "themes", "--period", "month", "--dark", "--out", str(target)]
    assert run(sample_journal, *args) == 0
    corner = imread(target)[3, 3, :3]
    assert corner.max() < 0.2  # the dark background


def test_an_empty_journal_still_draws(tmp_path: Path) -> None:
    from desktop.store.journal.opening import open_journal

    journal = tmp_path / "empty.db"
    open_journal(journal).close()
    for kind in KINDS:
        assert run(journal, "chart", kind, "--out", str(tmp_path / f"{kind}.svg")) == 0
        drawn = (tmp_path / f"{kind}.svg").read_text(encoding="utf-8")
        assert any(why in drawn for why in ("No rated entries", "No themes", "Not enough rated days"))

"""Every plain-text jrnl journal in tests/fixtures/real/jrnl, read by us and by jrnl 4.6 itself.

For each journal, the real jrnl 4.6 is given a config naming a copy of the file, with the
timeformat of the journal's own config from jrnl's test suite (jrnl's default config for the
journals that came without one), and exports it as JSON; our import of the text file must give
the same entries: date, time, title, body, tags as themes, star. It must do so both when given
that config (`--jrnl-config`) and with the file alone, the dates recognised from the file.
jrnl 1.x files are read by jrnl 4.6 through its upgrade, which it runs when its config is 1.x's
JSON. (See tests/fixtures/real/SOURCES.md for what each file holds.)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.domain.theme_catalogue import theme_slug
from desktop.io.importers.detect import detect_format, plan_import
from desktop.io.importers.jrnl import plan_jrnl
from desktop.io.importers.jrnl_config import settings_for
from desktop.io.importers.plan import ImportFailed, ImportOptions

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real" / "jrnl"
CONFIGS = REAL / "configs"
# jrnl 4.6's own default config (what `jrnl` writes on its first run), for journals without one.
DEFAULT_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: true
indent_character: '|'
journals:
  default: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: v4.6
"""


@dataclass(frozen=True)
class Case:
    journal: str  # under tests/fixtures/real/jrnl
    config: str | None  # under configs/; None: jrnl's default config
    name_in_config: str = ""  # the journal's path in that config, `features/journals/…`
    key: str = "default"  # the journal's name in that config

    @property
    def id(self) -> str:
        return self.journal.replace("jrnl-org_jrnl_", "").replace("/", "-")


def _own(name: str, config: str | None = None, key: str = "default") -> Case:
    return Case(
        f"jrnl-org_jrnl_{name}.journal",
        f"jrnl-org_jrnl_{config or name}.yaml",
        f"features/journals/{name}.journal",
        key,
    )


def _folder_day(path: str) -> Case:
    # A day file of jrnl's folder journal is itself a jrnl text journal.
    return Case(
        f"jrnl-org_jrnl_basic_folder/{path}",
        "jrnl-org_jrnl_basic_folder.yaml",
        "features/journals/basic_folder",
    )


CASES = [
    *(
        _own(name)
        for name in (
            "simple",
            "basic_onefile",
            "brackets",
            "deletion",
            "deletion_filters",
            "little_endian_dates",
            "markdown-headings-335",
            "mostlyreadabledates",
            "multiline",
            "multiline-tags",
            "tags",
            "tags-216",
            "tags-237",
        )
    ),
    _own("long_title", "format_md", "longtitle"),
    *(
        _folder_day(p)
        for p in (
            "2020/08/29.txt",
            "2020/08/31.txt",
            "2020/09/24.txt",
            "should-be-ignored.txt",
            "2020/should-be-ignored.txt",
            "2020/09/should-be-ignored.txt",
        )
    ),
    Case("sloria_jrnl-render_jrnl.txt", None),
    Case("galloramiro_jrnl-habits-tracker_jrnl-dir/2024/12/01.txt", None),
    Case("galloramiro_jrnl-habits-tracker_jrnl-dir/2025/04/01.txt", None),
    # jrnl 1.x: headings without brackets; jrnl 4.6 upgrades them when its config is 1.x's JSON.
    Case(
        "jrnl-org_jrnl_simple_jrnl-1-9-5.journal",
        "jrnl-org_jrnl_upgrade_from_195.json",
        "features/journals/simple_jrnl-1-9-5.journal",
    ),
    Case(
        "jrnl-org_jrnl_simple_jrnl-1-9-5_little_endian_dates.journal",
        "jrnl-org_jrnl_upgrade_from_195_little_endian_dates.json",
        "features/journals/simple_jrnl-1-9-5_little_endian_dates.journal",
    ),
]


def jrnl_program() -> str:
    found = os.environ.get("BALANCE_TEST_JRNL") or shutil.which("jrnl")
    if not found:
        pytest.fail("jrnl 4.6 is needed: run ./test.sh, or set BALANCE_TEST_JRNL to its path")
    return found


def run_jrnl(case: Case, base: Path) -> tuple[Path, dict]:
    """jrnl 4.6's JSON export of a copy of the case's journal, and the config it was given."""
    copy = base / "journal.txt"
    shutil.copyfile(REAL / case.journal, copy)
    config = base / ("jrnl.json" if case.config and case.config.endswith(".json") else "jrnl.yaml")
    if case.config is None:
        config.write_text(DEFAULT_CONFIG.format(journal=copy), encoding="utf-8")
    else:
        text = (CONFIGS / case.config).read_text(encoding="utf-8")
        assert case.name_in_config in text
        config.write_text(text.replace(case.name_in_config, str(copy)), encoding="utf-8")
    env = {
        **os.environ,
        "HOME": str(base),
        "XDG_CONFIG_HOME": str(base / "config"),
        "XDG_DATA_HOME": str(base / "data"),
        "LC_ALL": "C.UTF-8",
    }
    done = subprocess.run(
        [jrnl_program(), "--config-file", str(config), case.key, "--format", "json"],
        input="y\n",  # jrnl 1.x files: yes, upgrade them
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    if not done.stdout.strip():
        assert "no entries found" in done.stderr
        return config, {"entries": []}
    return config, json.loads(done.stdout)


def _jrnl_entries(export: dict, unescape: bool = True) -> list[tuple]:
    entries = []
    for e in export["entries"]:
        # jrnl's upgrade of a 1.x file puts a space before a bracketed line of text so that it is
        # not read as a heading of its own; that space is an artefact of jrnl's format, not text.
        body = re.sub(r"^ (\[[^\]]+\])", r"\1", e["body"], flags=re.MULTILINE) if unescape else e["body"]
        themes = sorted({theme_slug(t[1:]) for t in e["tags"]} - {""})
        entries.append((e["date"], e["time"], e["title"].strip(), body, themes, e["starred"]))
    return sorted(entries)


def _our_entries(path: Path, options: ImportOptions) -> list[tuple]:
    plan = plan_jrnl(path, options)
    assert plan.ok, plan.rejected
    return sorted(
        (
            e.date.isoformat(),
            e.time.strftime("%H:%M"),
            e.title,
            e.body,
            sorted(e.themes),
            e.starred,
        )
        for e in plan.entries()
    )


@pytest.fixture
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No jrnl config of the real user is found (the tests set XDG_CONFIG_HOME already)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_we_read_each_journal_as_jrnl_reads_it(case: Case, tmp_path: Path, isolated_home: Path) -> None:
    base = tmp_path / "jrnl"
    base.mkdir()
    config, export = run_jrnl(case, base)
    expected = _jrnl_entries(export)
    assert expected, "jrnl read no entries"
    path = REAL / case.journal
    assert detect_format(path) == "jrnl"
    given = CONFIGS / case.config if case.config else config
    assert _our_entries(path, ImportOptions(jrnl_config=given)) == expected
    assert _our_entries(path, ImportOptions()) == expected  # the dates recognised from the file


def test_the_config_jrnl_writes_is_read(tmp_path: Path, isolated_home: Path) -> None:
    """jrnl 4.6 rewrites a 1.x JSON config as YAML; our reader takes the timeformat from it."""
    case = CASES[-1]
    config, export = run_jrnl(case, tmp_path)
    assert not config.read_text(encoding="utf-8").lstrip().startswith("{")  # jrnl made it YAML
    assert settings_for(tmp_path / "journal.txt", config).timeformat == "%d.%m.%Y %H:%M"
    upgraded = tmp_path / "journal.txt"  # jrnl rewrote the journal with brackets
    assert upgraded.read_text(encoding="utf-8").startswith("[10.06.2010 15:00] ")
    assert _our_entries(upgraded, ImportOptions(jrnl_config=config)) == _jrnl_entries(export, unescape=False)


def test_a_journal_whose_headings_hold_no_date_is_refused(tmp_path: Path, isolated_home: Path) -> None:
    """jrnl finds no heading in it and makes the whole file one entry dated now; we refuse it and
    name the first heading."""
    case = _own("unreadabledates")
    _config, export = run_jrnl(case, tmp_path)
    assert [e["title"][:25] for e in export["entries"]] == ["[ashasd7zdskhz7asdkjasd] "]
    path = REAL / case.journal
    with pytest.raises(ImportFailed, match=r"line 1: 'ashasd7zdskhz7asdkjasd' is not a date and time"):
        plan_jrnl(path)
    with pytest.raises(ImportFailed, match="cannot tell what kind of file"):
        detect_format(path)  # and not "JSON"


def test_an_empty_journal_is_refused(tmp_path: Path, isolated_home: Path) -> None:
    case = Case(
        "jrnl-org_jrnl_work.journal", "jrnl-org_jrnl_multiple.yaml", "features/journals/work.journal", "work"
    )
    _config, export = run_jrnl(case, tmp_path)
    assert export["entries"] == []
    with pytest.raises(ImportFailed, match="is empty"):
        plan_import(REAL / case.journal, "jrnl")


def test_a_folder_journal_is_read_whole_as_jrnl_reads_it(tmp_path: Path, isolated_home: Path) -> None:
    """jrnl's folder journal (one YYYY/MM/DD.txt a day; other files are not jrnl's) imported as
    the folder it is, compared with jrnl 4.6's own export of the same folder."""
    folder = tmp_path / "journal"
    shutil.copytree(REAL / "jrnl-org_jrnl_basic_folder", folder)
    config = tmp_path / "jrnl.yaml"
    text = (CONFIGS / "jrnl-org_jrnl_basic_folder.yaml").read_text(encoding="utf-8")
    config.write_text(text.replace("features/journals/basic_folder", str(folder)), encoding="utf-8")
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LC_ALL": "C.UTF-8",
    }
    done = subprocess.run(
        [jrnl_program(), "--config-file", str(config), "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    expected = _jrnl_entries(json.loads(done.stdout))
    assert len(expected) == 3  # the should-be-ignored files hold entries jrnl does not read
    assert detect_format(folder) == "jrnl"
    assert _our_entries(folder, ImportOptions(jrnl_config=config)) == expected
    assert _our_entries(folder, ImportOptions()) == expected  # and from the files alone

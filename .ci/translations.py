"""Extract, compile and check the app's translations.

    python .ci/translations.py update    # new strings of the code into the sources
    python .ci/translations.py compile   # sources -> the compiled catalogues the app ships
    python .ci/translations.py check     # unfinished counts; fails when Malayalam or German has
                                         # any, or when a compiled catalogue is not the one its
                                         # source gives

Two catalogues per language, both under resources/translations/:
- balance_journal_XX.ts: every `tr()` of the window (desktop/ui), extracted by pyside6-lupdate
  and compiled by pyside6-lrelease (both ship in PySide6-Essentials);
- XX.po: the strings outside Qt (desktop/domain, charts, io, commands), marked with `_`/`N_`
  (desktop/domain/i18n.py), extracted and compiled with Babel.
qtbase_ml.ts holds Qt's own standard strings (buttons, dialogs, context menus), which Qt ships
no Malayalam catalogue for. Compiled files go to desktop/translations/ as package data.
"""

from __future__ import annotations

import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"
COMPILED = ROOT / "desktop" / "translations"
DOMAIN = "balance_journal"
LANGUAGES = ("ml", "de")
# Languages that must be complete: CI fails on any unfinished string of these.
REQUIRED = ("ml", "de")
# Qt's own strings we translate ourselves (Qt ships a catalogue for German, none for Malayalam).
QT_OWN = ("ml",)
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def ui_sources() -> list[Path]:
    return sorted((ROOT / "desktop" / "ui").rglob("*.py"))


def gettext_sources() -> list[Path]:
    ui = ROOT / "desktop" / "ui"
    return sorted(p for p in (ROOT / "desktop").rglob("*.py") if ui not in p.parents)


def ts_path(lang: str) -> Path:
    return SOURCES / f"{DOMAIN}_{lang}.ts"


def po_path(lang: str) -> Path:
    return SOURCES / f"{lang}.po"


def run_lupdate(ts_files: list[Path]) -> str:
    out = subprocess.run(
        [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *map(str, ui_sources()), "-ts"]
        + [str(p) for p in ts_files],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout + out.stderr


def template() -> Catalog:
    catalog = Catalog(project="Balance Journal", domain=DOMAIN, charset="utf-8")
    for path in gettext_sources():
        for lineno, message, comments, context in extract_from_file(
            "python", str(path), keywords=DEFAULT_KEYWORDS, comment_tags=("TRANSLATORS:",)
        ):
            where = (str(path.relative_to(ROOT)), lineno)
            catalog.add(message, locations=[where], auto_comments=comments, context=context)
    return catalog


def update_po(lang: str, fresh: Catalog, into: Path) -> None:
    if po_path(lang).exists():
        with po_path(lang).open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        catalog.update(fresh, no_fuzzy_matching=True, update_creation_date=False)
        catalog.obsolete.clear()
    else:
        catalog = Catalog(locale=lang, domain=DOMAIN, project="Balance Journal")
        catalog.update(fresh, no_fuzzy_matching=True)
    with into.open("wb") as handle:
        # No locations: the source moves under the translations otherwise, and they say where.
        write_po(handle, catalog, width=100, no_location=True, omit_header=False, sort_output=True)


def update() -> None:
    SOURCES.mkdir(parents=True, exist_ok=True)
    print(run_lupdate([ts_path(lang) for lang in LANGUAGES]))
    fresh = template()
    for lang in LANGUAGES:
        update_po(lang, fresh, po_path(lang))
        print(f"{po_path(lang).relative_to(ROOT)}: {len(fresh)} messages")


def compile_into(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    names = [ts_path(lang) for lang in LANGUAGES] + [SOURCES / f"qtbase_{lang}.ts" for lang in QT_OWN]
    for ts in names:
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(target / (ts.stem + ".qm"))],
            check=True,
        )
    for lang in LANGUAGES:
        with po_path(lang).open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        mo = target / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
        mo.parent.mkdir(parents=True, exist_ok=True)
        with mo.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)


def unfinished_ts(ts: Path) -> list[str]:
    text = ts.read_text(encoding="utf-8")
    unfinished: list[str] = []
    for message in re.findall(r"<message.*?</message>", text, flags=re.S):
        if 'type="vanished"' in message or 'type="obsolete"' in message:
            continue
        translation = re.search(r"<translation(?P<attrs>[^>]*)>(?P<text>.*?)</translation>", message, re.S)
        source = re.search(r"<source>(.*?)</source>", message, re.S)
        empty = translation is None or not translation.group("text").strip()
        if empty or (translation is not None and "unfinished" in translation.group("attrs")):
            unfinished.append(source.group(1) if source else "?")
    return unfinished


def unfinished_po(po: Path, lang: str) -> list[str]:
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    return [
        str(m.id)
        for m in catalog
        if m.id and (m.fuzzy or not (all(m.string) if isinstance(m.string, tuple) else m.string))
    ]


def check() -> int:
    """Bring fresh copies of the sources up to date with the code, count what is unfinished, and
    compare the compiled catalogues with what the sources give."""
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        copies = []
        for lang in LANGUAGES:
            shutil.copy(ts_path(lang), work / ts_path(lang).name)
            copies.append(work / ts_path(lang).name)
        print(run_lupdate(copies).strip())
        fresh = template()
        for lang in LANGUAGES:
            left_ts = unfinished_ts(work / ts_path(lang).name)
            update_po(lang, fresh, work / f"{lang}.po")
            left_po = unfinished_po(work / f"{lang}.po", lang)
            print(f"{lang}: window {len(left_ts)} unfinished, outside the window {len(left_po)} unfinished")
            if lang in REQUIRED and (left_ts or left_po):
                failed = True
                for source in left_ts + left_po:
                    print(f"  {lang} needs a translation: {source!r}")
        for lang in QT_OWN:
            left = unfinished_ts(SOURCES / f"qtbase_{lang}.ts")
            print(f"{lang}: Qt's own strings {len(left)} unfinished")
            failed = failed or bool(left)
        built = work / "built"
        compile_into(built)
        for path in sorted(built.rglob("*.*")):
            shipped = COMPILED / path.relative_to(built)
            if not shipped.exists() or not filecmp.cmp(path, shipped, shallow=False):
                print(f"{shipped.relative_to(ROOT)} is out of date: run .ci/translations.py compile")
                failed = True
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        update()
        return 0
    if command == "compile":
        compile_into(COMPILED)
        return 0
    if command == "check":
        return check()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

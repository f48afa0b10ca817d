"""The language the app speaks outside Qt: which one, its gettext catalogue, and CLDR formatting.

The window translates its own widgets with Qt (.qm files); everything that lives below the
window — theme names and descriptions, zones and pillars, prompts, templates, drift notes, chart
texts, the monthly report, the command line's report of stats — is translated here with
Python's gettext, so `domain`, `charts` and `io` never import Qt. Both sides take the language
from the same place (`chosen_language`), so the window and the command line always agree.

Strings in tables built at import time are marked with `N_` (which only marks them for
extraction) and translated with `_` where they are shown, so a language chosen after the import
still applies.
"""

from __future__ import annotations

import gettext
import os
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_config_dir

if TYPE_CHECKING:
    from babel import Locale

DOMAIN = "balance_journal"
# Compiled catalogues ship inside the package (package data), next to the .qm files of the window.
CATALOGUES = Path(__file__).resolve().parents[1] / "translations"
SOURCE_LANGUAGE = "en"
# The languages with a complete catalogue, by code, each with its name in itself.
LANGUAGES: dict[str, str] = {"en": "English", "ml": "മലയാളം", "de": "Deutsch"}
# The font each language's script needs beyond Latin letters (Debian's fonts-noto-core has them).
SCRIPT_FONTS: dict[str, str] = {"ml": "Noto Sans Malayalam"}
# The choice made in Settings is kept in a plain file beside Qt's settings, so the command line
# reads it without Qt.
_CHOICE_FILE = "language"

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE


def N_(message: str) -> str:
    """Mark a string for translation where it is defined; `_` translates it where it is shown."""
    return message


def _(message: str) -> str:
    """The message in the current language (itself when the catalogue lacks it)."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _translation.ngettext(singular, plural, count)


def language_of(locale_name: str | None) -> str | None:
    """The language we ship for a POSIX locale name (`ml_IN.UTF-8` -> `ml`), else None."""
    if not locale_name:
        return None
    code = locale_name.split(".")[0].split("@")[0].split("_")[0].lower()
    if code in ("c", "posix"):
        return SOURCE_LANGUAGE
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The language the environment asks for, read as gettext does: LANGUAGE (a list, the first
    one we have wins), then LC_ALL, LC_MESSAGES and LANG; English when none is ours."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if not value:
            continue
        for candidate in value.split(":"):
            found = language_of(candidate)
            if found:
                return found
        if variable != "LANGUAGE":
            return SOURCE_LANGUAGE  # the first variable that is set decides, as in gettext
    return SOURCE_LANGUAGE


def config_dir() -> Path:
    return Path(user_config_dir("balance-journal", appauthor=False))


def saved_choice() -> str | None:
    """The language chosen in Settings, or None for "follow the system"."""
    try:
        value = (config_dir() / _CHOICE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return value if value in LANGUAGES else None


def save_choice(code: str | None) -> None:
    """Keep the Settings choice (None: follow the system) for the next start of either side."""
    path = config_dir() / _CHOICE_FILE
    if code is None:
        path.unlink(missing_ok=True)
        return
    if code not in LANGUAGES:
        raise ValueError(f"{code!r} is not a language of the app")
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(code + "\n", encoding="utf-8")
    os.replace(temporary, path)


def chosen_language() -> str:
    """Settings' choice if there is one, else the system's language."""
    return saved_choice() or system_language()


def use_language(code: str) -> None:
    """Speak `code` from now on (English for a language we do not ship)."""
    global _translation, _language
    if code not in LANGUAGES:
        code = SOURCE_LANGUAGE
    _language = code
    _translation = gettext.translation(DOMAIN, CATALOGUES, languages=[code], fallback=True)


def current_language() -> str:
    return _language


def _locale() -> Locale:
    # Babel is loaded by the first number or date formatted, not by every command's start: it
    # cost the command line 14 ms of its 0.15 s budget.
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(_language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(SOURCE_LANGUAGE)


def number(value: float, digits: int = 1, signed: bool = False) -> str:
    """`value` with `digits` decimals in the current language's CLDR style (3,5 in German)."""
    from babel.numbers import format_decimal

    pattern = "0" + ("." + "0" * digits if digits else "")
    text = format_decimal(abs(value), format=pattern, locale=_locale())
    if value < 0 or (signed and value > 0 and text.strip("0.,") != ""):
        return ("-" if value < 0 else "+") + text
    return text


def long_date(day: date) -> str:
    """`14 September 2026` in the current language (CLDR's long format)."""
    from babel.dates import format_date

    return format_date(day, format="long", locale=_locale())


def month_name(day: date, abbreviated: bool = True) -> str:
    """`Sep 2026` (or `September 2026`) in the current language."""
    from babel.dates import format_date

    return format_date(day, format="MMM y" if abbreviated else "MMMM y", locale=_locale())


def weekday_names() -> list[str]:
    """Monday first, abbreviated, in the current language."""
    names = _locale().days["format"]["abbreviated"]
    return [names[i] for i in range(7)]


def medium_date(day: date) -> str:
    """`14 Sep 2026` in the current language (CLDR's medium format)."""
    from babel.dates import format_date

    return format_date(day, format="medium", locale=_locale())


def month_abbreviations() -> list[str]:
    """January first, abbreviated as a calendar's column heads are, in the current language."""
    names = _locale().months["stand-alone"]["abbreviated"]
    return [names[i] for i in range(1, 13)]


def day_and_month(day: date) -> str:
    """`Sep 14` / `14. Sept.` / `സെപ്റ്റം 14`: a day of the year in the current language's order."""
    from babel.dates import format_skeleton

    return format_skeleton("MMMd", day, locale=_locale())


def axis_date_label(moment: datetime) -> str:
    """A date axis tick in the current language: the year at a year's start, the month at a
    month's start, else the day and month (and the time, for a tick that is not at midnight)."""
    day = moment.date()
    if (moment.hour, moment.minute) != (0, 0):
        return f"{day_and_month(day)} {moment:%H:%M}"
    if day.day == 1:
        return str(day.year) if day.month == 1 else month_abbreviations()[day.month - 1]
    return day_and_month(day)


def missing_font_text(font: str) -> str:
    """The one-line note, in the current language, that `font` is missing and what to install."""
    return _(
        "the font {font} is not installed, so charts show its letters as boxes "
        "(on Debian or Ubuntu: apt install fonts-noto-core)"
    ).format(font=font)

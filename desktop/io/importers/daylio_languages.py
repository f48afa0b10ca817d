"""Daylio's dates and weekdays in the language of the phone that wrote the file.

Daylio writes the `date` cell (`7 września`, `October 30`, `16 de octubre`, `9月7日`) and the
`weekday` cell in the app's language. The month and weekday names come from CLDR through Babel,
never from the process's locale: the file's language is guessed from the names it holds, among
the languages Daylio has been published in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from babel import Locale

# The app languages Daylio has shipped (the store listings and the in-app language menu). A
# language here is only a candidate: a file is read in it only when its names match.
DAYLIO_LANGUAGES = (
    "en", "de", "es", "fr", "it", "pt", "ru", "pl", "nl", "cs", "sk", "uk", "tr", "sv", "da",
    "nb", "fi", "hu", "ro", "hr", "sr", "sr_Latn", "sl", "bg", "el", "lt", "lv", "et", "ca",
    "ja", "ko", "zh_Hans", "zh_Hant", "id", "ms", "vi", "th", "he", "ar", "fa", "hi",
)  # fmt: skip
# Regional forms whose CLDR day-and-month pattern differs from the language's own
# (`MMMM d` in en, `d MMMM` in en_GB): a phone set to either writes its own.
_REGIONAL = {"en": ("en_GB",), "pt": ("pt_PT",), "es": ("es_MX",), "fr": ("fr_CA",)}
_WORD_RE = re.compile(r"[^\W\d_]+\.?|\d+")


def fold(text: str) -> str:
    """Text compared without case, accents' encoding or surrounding dots and spaces."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split()).strip(".")


@dataclass(frozen=True)
class LanguageNames:
    """One language's month and weekday names (folded), and its day-and-month patterns."""

    code: str
    months: dict[str, int]  # folded name -> 1..12: wide and abbreviated, in a date or alone
    weekdays: dict[str, int]  # folded name -> 0 (Monday) .. 6
    patterns: tuple[re.Pattern[str], ...]  # "d MMMM", "MMMM d", "M月d日" … as regular expressions

    def month(self, word: str) -> int | None:
        return self.months.get(fold(word))

    def day_and_month(self, text: str) -> tuple[int, int] | None:
        """(day, month) of a cell such as `7 września` or `October 30`, or None."""
        folded = fold(text)
        for pattern in self.patterns:
            match = pattern.fullmatch(folded)
            if match is None:
                continue
            day = int(match.group("day"))
            month = match.group("month")
            number = int(month) if month.isdigit() else self.months.get(fold(month))
            if number is not None:
                return day, number
        # Not the pattern CLDR gives (an older Daylio, a regional variant): one number and one
        # month name, whatever stands between them ("16 de octubre", "7. September").
        words = _WORD_RE.findall(folded)
        numbers = [w for w in words if w.isdigit()]
        months = {n for w in words if (n := self.months.get(fold(w))) is not None}
        if len(numbers) == 1 and len(months) == 1:
            return int(numbers[0]), months.pop()
        return None


@cache
def names_of(code: str) -> LanguageNames:
    locales = [Locale.parse(code), *(Locale.parse(regional) for regional in _REGIONAL.get(code, ()))]
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for locale in locales:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    months.setdefault(fold(name), int(number))
                for number, name in locale.days[context][width].items():
                    weekdays.setdefault(fold(name), int(number))
    month_names = sorted(months, key=len, reverse=True)
    patterns = {
        _pattern_regex(locale.datetime_skeletons["MMMMd"].pattern, month_names)
        for locale in locales
        if "MMMMd" in locale.datetime_skeletons
    }
    return LanguageNames(code, months, weekdays, tuple(re.compile(p) for p in sorted(patterns)))


def _pattern_regex(pattern: str, month_names: list[str]) -> str:
    """A CLDR date pattern (`d 'de' MMMM`) as a regular expression over folded text."""
    names = "|".join(re.escape(name) for name in month_names)
    out: list[str] = []
    for match in re.finditer(r"'(?:[^']|'')*'|([a-zA-Z])\1*|\s+|.", pattern):
        token = match.group(0)
        if token.startswith("'"):
            out.append(re.escape(fold(token[1:-1].replace("''", "'"))) if token != "''" else "'")
        elif token[0] == "d":
            out.append(r"(?P<day>\d{1,2})")
        elif token[0] in "ML":
            out.append(r"(?P<month>\d{1,2})" if len(token) <= 2 else f"(?P<month>{names})")
        elif token.isspace():
            out.append(r"\s*")
        elif token[0].isascii() and token[0].isalpha():
            out.append(r"\S+")  # a field Daylio does not write in this cell (an era, a weekday)
        else:
            out.append(re.escape(token) + "?")
    return "".join(out)


def guess_languages(weekdays: Iterable[str], dates: Iterable[str] = ()) -> list[str]:
    """The languages whose weekday and month names best match the file's cells (several when
    they tie, such as a file of Sundays only), in DAYLIO_LANGUAGES order; [] when none does."""
    weekday_words = {fold(w) for w in weekdays if w.strip()}
    date_words = {fold(w) for cell in dates for w in _WORD_RE.findall(cell) if not w.isdigit()}
    scores: dict[str, int] = {}
    for code in DAYLIO_LANGUAGES:
        names = names_of(code)
        score = sum(w in names.weekdays for w in weekday_words)
        score += sum(w in names.months for w in date_words)
        if score:
            scores[code] = score
    if not scores:
        return []
    best = max(scores.values())
    return [code for code, score in scores.items() if score == best]


def base_language(code: str) -> str:
    """`zh_Hans` -> `zh`, `sr_Latn` -> `sr`: the key of the mood-name table."""
    return code.split("_")[0]

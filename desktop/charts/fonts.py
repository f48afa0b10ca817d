"""Fonts for chart and report text in every language the app speaks.

Matplotlib (3.11 and later) shapes text with HarfBuzz through libraqm, so Malayalam conjuncts and
vowel signs come out joined in PNG, SVG and PDF alike — given a font that has the script.
DejaVu Sans (matplotlib's own) has none, so the family list names Noto Sans Malayalam after it,
and matplotlib falls back to it glyph by glyph. On Linux it comes from the system
(`fonts-noto-core`); when it is missing the text would show as boxes, so `missing_font_note`
says what to install instead of failing silently.
"""

from __future__ import annotations

from functools import cache

from matplotlib import font_manager

from desktop.domain.i18n import SCRIPT_FONTS, current_language, missing_font_text

# Latin first (digits and punctuation keep their usual look), then each script we translate into.
FAMILIES = ("DejaVu Sans", "Noto Sans Malayalam")


@cache
def _known_families() -> frozenset[str]:
    """The font families matplotlib can use. A font installed after matplotlib wrote its font
    cache is not in it: such system fonts are added once here, so a freshly installed
    fonts-noto-core works without deleting the cache by hand."""
    known = {f.name for f in font_manager.fontManager.ttflist}
    if not all(name in known for name in SCRIPT_FONTS.values()):
        for path in font_manager.findSystemFonts():
            if any(name.replace(" ", "") in path.replace(" ", "") for name in SCRIPT_FONTS.values()):
                font_manager.fontManager.addfont(path)
        known = {f.name for f in font_manager.fontManager.ttflist}
    return frozenset(known)


def chart_fonts() -> list[str]:
    """The `font.family` list for charts and reports: the families present, in FAMILIES order."""
    known = _known_families()
    return [name for name in FAMILIES if name in known] or ["DejaVu Sans"]


def missing_font_note(language: str | None = None) -> str | None:
    """A one-line note when the current language's script has no font to draw it, else None."""
    wanted = SCRIPT_FONTS.get(language or current_language())
    if wanted is None or wanted in _known_families():
        return None
    return missing_font_text(wanted)

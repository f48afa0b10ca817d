"""The Malayalam sample year (for the Malayalam screenshots) tells the same story as the English
one: same days, themes and ratings, only the words are Malayalam."""

from __future__ import annotations

import re
from datetime import date

from desktop.ui.app.sample_data import sample_year

MALAYALAM = re.compile(r"[\u0D00-\u0D7F]")


def test_the_malayalam_year_is_the_english_year_in_other_words() -> None:
    end = date(2026, 9, 30)
    english, malayalam = sample_year(end=end), sample_year(end=end, language="ml")
    assert len(english) == len(malayalam) > 200

    def story(entries):  # type: ignore[no-untyped-def]
        return [(e.date, e.themes, e.independence, e.interdependence, len(e.people)) for e in entries]

    assert story(english) == story(malayalam)
    assert all(MALAYALAM.search(e.title) and MALAYALAM.search(e.body) for e in malayalam)
    assert all(MALAYALAM.search(p) for e in malayalam for p in e.people)

"""In-process measurements, each run in a process of its own so its peak memory is its own.

    python -m tests.bench.probes NAME JOURNAL [ARGS...]

prints one JSON object on its last line. A probe whose part of the app does not exist yet prints
`{"status": "not available", "note": ...}` instead of failing, so the benchmark can be rerun
unchanged once that part lands.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PAGE = 100  # entries a list or a search shows at first
REPEATS = 5


def _ms(fn: Callable[[], Any], repeats: int = REPEATS) -> tuple[list[float], Any]:
    times: list[float] = []
    result: Any = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return times, result


def _open(journal: str):  # type: ignore[no-untyped-def]
    from desktop.store.journal.opening import open_journal

    return open_journal(Path(journal), create=False)


def fts(journal: str, *words: str) -> dict:
    """One full-text query, best matches first, a page of them: each word's median over repeats."""
    from desktop.domain.filters import EntryFilter
    from desktop.store.browse.search import search_entries
    from desktop.store.entries.entry_table import count_entries

    per_query: dict[str, dict] = {}
    with _open(journal):
        search_entries(words[0], limit=PAGE)  # the first query pays for opening the index
        for text in words:
            times, found = _ms(lambda t=text: search_entries(t, limit=PAGE))
            per_query[text] = {
                "median_ms": round(statistics.median(times), 2),
                "runs_ms": [round(t, 2) for t in times],
                "shown": len(found),
                "matching": count_entries(EntryFilter(text=text)),
            }
    worst = max(q["median_ms"] for q in per_query.values())
    return {"status": "ok", "value_ms": worst, "queries": per_query}


def typing(journal: str, word: str) -> dict:
    """The store's work per keystroke of a search typed into the list: a page and the count."""
    from desktop.domain.filters import EntryFilter
    from desktop.store.entries.entry_table import count_entries, list_entries

    steps: dict[str, dict] = {}
    with _open(journal):
        list_entries(limit=PAGE)
        for end in range(1, len(word) + 1):
            flt = EntryFilter(text=word[:end])

            def update(flt: EntryFilter = flt) -> tuple[int, int]:
                page = list_entries(flt, limit=PAGE, prefix_last=True)
                return len(page), count_entries(flt, prefix_last=True)

            times, (shown, total) = _ms(update, repeats=3)
            steps[word[:end]] = {
                "median_ms": round(statistics.median(times), 2),
                "shown": shown,
                "matching": total,
            }
    worst = max(s["median_ms"] for s in steps.values())
    return {"status": "ok", "value_ms": worst, "keystrokes": steps}


def trend(journal: str, window: str = "30") -> dict:
    """The balance trend over the whole journal: daily means from the store, then rolled.

    (Through `rated_points`, every entry with its themes, the same trend took about 0.5 s on
    100,000 entries and three times the memory; the daily means are what a trend needs.)
    """
    from desktop.domain.trend import trend_of_days
    from desktop.store.charts.daily_ratings import daily_ratings
    from desktop.store.entries.entry_table import count_entries

    days = int(window)
    with _open(journal):
        times, result = _ms(lambda: trend_of_days(daily_ratings(), days), repeats=3)
        entries = count_entries()
    span = f"{result.days[0]} – {result.days[-1]}" if result.days else "empty"
    return {
        "status": "ok",
        "value_ms": round(statistics.median(times), 2),
        "entries": entries,
        "days_with_a_value": len(result.days),
        "span": span,
    }


# Where the balance-trend figure builder may live once `desktop/charts` has it: (module, function).
# The builder is called with the trend of the whole journal (domain `Trend`) and must return a
# matplotlib Figure. Add the real name here if it differs.
def chart(journal: str, window: str = "30") -> dict:
    """The balance chart of the whole journal as the Charts view makes it: data, figure, pixels."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from desktop.charts import build_chart
    from desktop.charts.common import ChartOptions
    from desktop.store.charts.chart_data import load_chart_data

    def draw() -> None:
        data = load_chart_data(all_tags=False)
        figure = build_chart("trend", data, ChartOptions(window_days=int(window)))
        FigureCanvasAgg(figure).draw()

    with _open(journal):
        times, _ = _ms(draw, repeats=3)
    return {"status": "ok", "value_ms": round(statistics.median(times), 2), "builder": "trend"}


PROBES: dict[str, Callable[..., dict]] = {"fts": fts, "typing": typing, "trend": trend, "chart": chart}


def main(argv: list[str]) -> int:
    name, *args = argv
    report = PROBES[name](*args)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

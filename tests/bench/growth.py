"""How each figure grows from a smaller journal to a larger one (say 100,000 → 1,000,000 entries).

SPEC: no figure may grow faster than the journal. With ten times the entries, each time may be
at most 12× (a little above linear, for noise); the window's start and the list's update per
typed key, which a user feels at once, at most 2×. Ratios between two measurements (against
jrnl, memory large/small) and counts are not times, and have no growth to report.
"""

from __future__ import annotations

from tests.bench.measure import Figure

LIMIT = 12.0
FELT_AT_ONCE = {"window.shown": 2.0, "window.typing": 2.0}
NOT_TIMES = ("x", "n")


def growth_report(figures: list[Figure], earlier: dict, meta: dict) -> str:
    before = {(f["key"], f.get("shape", "")): f for f in earlier.get("figures", [])}
    factor = meta["entries"] / max(1, earlier.get("entries", 1))
    m = meta["machine"]
    rows = [
        f"Growth from {earlier.get('entries', 0):,} to {meta['entries']:,} entries "
        f"({factor:.0f}× the journal), measured on {m['cpus']} CPUs ({m['cpu_model']}), "
        f"Python {m['python']}, SQLite {m['sqlite']}.",
        "",
        f"| Figure | Shape | At {earlier.get('entries', 0):,} | At {meta['entries']:,} | Growth | Limit | |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for figure in figures:
        old = before.get((figure.key, figure.shape))
        if figure.unit in NOT_TIMES or old is None or not old.get("value") or figure.value is None:
            continue
        grown = figure.value / old["value"]
        limit = FELT_AT_ONCE.get(figure.key, LIMIT)
        verdict = "met" if grown <= limit else "MISSED"
        was = Figure(figure.key, figure.label, figure.unit, None, value=old["value"]).value_text()
        rows.append(
            f"| {figure.label} | {figure.shape} | {was} | {figure.value_text()} | {grown:.1f}× | "
            f"≤ {limit:.0f}× | {verdict} |"
        )
    return "\n".join(rows) + "\n"


def main(argv: list[str]) -> int:
    """`python -m tests.bench.growth LARGER.json SMALLER.json`: the growth table of two runs."""
    import json
    from pathlib import Path

    larger, smaller = (json.loads(Path(p).read_text(encoding="utf-8")) for p in argv)
    figures = [Figure(**{k: v for k, v in f.items() if k != "met"}) for f in larger["figures"]]
    print(growth_report(figures, smaller, larger), end="")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))

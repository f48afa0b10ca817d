"""Reflection prompts and templates: enough per pillar, drift-fitting ones first, gentle words."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.prompts import (
    PROMPTS,
    TEMPLATES,
    describe_drift,
    drift_prompt,
    prompts_for,
    suggested_prompts,
)
from desktop.domain.theme_catalogue import Pillar
from desktop.domain.trend import Drift, DriftAlert


def alert(kind: Drift, balance: float | None = 4.2, weaker: float | None = 3.1, tags: int = 0) -> DriftAlert:
    return DriftAlert(kind, balance, weaker, tags, 9, date(2026, 11, 9), date(2026, 11, 22))


@pytest.mark.parametrize("pillar", list(Pillar))
def test_at_least_eight_prompts_per_pillar(pillar: Pillar) -> None:
    prompts = prompts_for(pillar)
    assert len(prompts) >= 8
    assert all(p.text.endswith("?") for p in prompts)  # questions to write from


def test_prompts_are_unique() -> None:
    texts = [p.text for p in PROMPTS]
    assert len(set(texts)) == len(texts)


def test_without_drift_the_catalogue_order() -> None:
    assert suggested_prompts([]) == list(PROMPTS)


@pytest.mark.parametrize("kind", list(Drift))
def test_prompts_fitting_the_drift_come_first(kind: Drift) -> None:
    ordered = suggested_prompts([alert(kind)])
    assert sorted(p.text for p in ordered) == sorted(p.text for p in PROMPTS)  # nothing lost
    fitting = [p for p in PROMPTS if kind in p.fits]
    assert {p.text for p in ordered[: len(fitting)]} == {p.text for p in fitting}
    # The first suggestion speaks to the side that is short: own self for codependency.
    short = Pillar.INDEPENDENCE if kind is Drift.CODEPENDENCY else Pillar.INTERDEPENDENCE
    assert ordered[0].pillar is short
    assert drift_prompt(alert(kind)) == ordered[0]


def test_codependency_and_isolation_suggest_different_prompts() -> None:
    assert drift_prompt(alert(Drift.CODEPENDENCY)) != drift_prompt(alert(Drift.ISOLATION))


def test_drift_description_observes_without_diagnosing() -> None:
    text = describe_drift(alert(Drift.CODEPENDENCY, tags=3))
    assert "+4.2" in text and "3.1" in text and "14 days" in text
    assert "'codependency' was tagged 3 times" in text
    lowered = text.lower()
    for verdict in ("you are codependent", "diagnos", "disorder", "you have"):
        assert verdict not in lowered
    only_tags = describe_drift(alert(Drift.ISOLATION, None, None, tags=4))
    assert "'isolation' was tagged 4 times" in only_tags and "balance" not in only_tags


def test_templates_are_markdown_skeletons() -> None:
    assert len(TEMPLATES) >= 3
    for template in TEMPLATES:
        assert template.markdown.startswith("## ")
        assert template.markdown.count("## ") >= 3

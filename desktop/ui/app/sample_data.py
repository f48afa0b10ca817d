"""A realistic sample year of entries, for screenshots, demonstrations and window tests."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from desktop.domain.entry import Entry

PEOPLE = ["Maya", "Jonas", "Mum", "Priya", "Leo"]
TEAM = "The team"

_MOMENTS = [
    (
        "Long walk with {p}",
        "We walked along the river until it got dark. {p} talked about the new job and I "
        "mostly listened, which felt right.\n\nI noticed I didn't check my phone once.",
        ["connection", "quality-time"],
    ),
    (
        "Saying no to the extra project",
        "I told {p} I couldn't take on the migration this sprint. My voice "
        "shook a little, but it was **fine**. Nobody was upset.\n\n- kept my evening free\n- went climbing",
        ["boundaries", "self-care"],
    ),
    (
        "Climbing on my own",
        "Three new routes at the wall. Nobody to impress, just me and the holds. "
        "I want more evenings like this.",
        ["own-interests", "self-growth"],
    ),
    (
        "Hard conversation about money",
        "{p} and I finally talked about the budget. It got tense, then we "
        "took a break and came back to it. We agreed on a shared list.",
        ["communication", "conflict-resolution"],
    ),
    (
        "Cooking together",
        "Tried the lentil recipe from {p}'s grandmother. Flour everywhere, lots of laughing.",
        ["shared-experiences", "quality-time", "connection"],
    ),
    (
        "Waiting for a reply",
        "I kept checking whether {p} had answered. The whole afternoon hung on it. "
        "I don't like how much my mood depends on this.",
        ["codependency"],
    ),
    (
        "Quiet Sunday",
        "Stayed in, read, did not answer messages. Restful at first, a bit lonely by evening.",
        ["self-care", "isolation"],
    ),
    (
        "Team retro",
        "The retro went well: {p} owned the deploy mistake and everyone helped fix the checklist. "
        "It felt like a real team.",
        ["teamwork", "trust", "mutual-support"],
    ),
    (
        "Told {p} what I was afraid of",
        "I said out loud that I worry about being too much. {p} just held my "
        "hand and said they wanted all of it.",
        ["vulnerability", "trust"],
    ),
    (
        "Plans changed again",
        "The trip fell through. We rearranged the weekend around it and it turned out "
        "nicer than the original plan.",
        ["adaptability", "shared-experiences"],
    ),
    (
        "Journaling course, week {n}",
        "Learned to write the feeling first and the story second. Surprisingly hard. {p} asked how it went.",
        ["self-growth", "mutual-growth"],
    ),
    (
        "Phone call with {p}",
        "An hour on the phone. We laughed about the old flat and the broken boiler. "
        "I should call more often.",
        ["connection"],
    ),
    (
        "Bounced back",
        "Yesterday's disappointment feels smaller today. Ran 5 km, made soup, wrote this.",
        ["resilience", "self-care"],
    ),
    (
        "Helping {p} move",
        "Carried boxes all day. Tired and happy; {p} will help me paint next month.",
        ["mutual-support", "teamwork"],
    ),
]

_ANNIVERSARY = [
    (
        "First dinner at the new flat",
        "Maya made pasta, I made a mess. Our own place at last.",
        ["shared-experiences", "connection"],
    ),
    (
        "Started the pottery class",
        "Signed up for Thursday evenings, just for me. Maya cheered.",
        ["own-interests", "self-growth"],
    ),
]

_RATINGS_BY_SEASON = [  # (independence, interdependence) centre for each quarter: a year with a drift
    (6.5, 6.0),
    (5.5, 7.0),
    (3.0, 8.0),  # summer: leaning on others, a drift towards codependency
    (6.5, 6.8),  # autumn: finding the balance again
]


def _clamp(value: float) -> int:
    return max(0, min(10, round(value)))


def sample_year(
    end: date | None = None, seed: int = 7, per_week: float = 5.0, language: str = "en"
) -> list[Entry]:
    """About a year of entries ending on `end` (default today), reproducible from `seed`, written
    in English or (`language="ml"`) in Malayalam: the same moments, themes and ratings."""
    moments, anniversary, people, team = _MOMENTS, _ANNIVERSARY, PEOPLE, TEAM
    if language == "ml":
        from desktop.ui.app import sample_data_ml as ml

        moments, anniversary, people, team = ml.MOMENTS, ml.ANNIVERSARY, ml.PEOPLE, ml.TEAM
    rng = random.Random(seed)
    end = end or date.today()
    start = end - timedelta(days=364)
    entries: list[Entry] = []
    day = start
    n = 0
    while day <= end:
        if rng.random() < per_week / 7:
            quarter = min(3, (day - start).days * 4 // 365)
            base_ind, base_inter = _RATINGS_BY_SEASON[quarter]
            title, body, themes = rng.choice(moments)
            person = team if "teamwork" in themes and rng.random() < 0.6 else rng.choice(people)
            n += 1
            entry = Entry(
                title=title.format(p=person, n=n % 8 + 1),
                body=body.format(p=person, n=n % 8 + 1),
                date=day,
                time=time(rng.choice([7, 12, 19, 20, 21, 22]), rng.choice([0, 10, 25, 40, 55])),
                utc_offset=timedelta(hours=1),
                themes=list(themes),
                people=[person] if "{p}" in title + body else [],
                starred=rng.random() < 0.08,
                mood=rng.choice([None, 2, 3, 3, 4, 4, 5]),
            )
            if rng.random() < 0.85:
                entry.independence = _clamp(rng.gauss(base_ind, 1.4))
                entry.interdependence = _clamp(rng.gauss(base_inter, 1.4))
            if "codependency" in themes:
                entry.independence = min(entry.independence or 3, 3)
                entry.interdependence = max(entry.interdependence or 8, 8)
            entries.append(entry)
        day += timedelta(days=1)
    for years, (title, body, themes) in ((1, anniversary[0]), (2, anniversary[1])):
        try:
            earlier = end.replace(year=end.year - years)
        except ValueError:  # 29 February
            earlier = end.replace(year=end.year - years, day=28)
        entries.append(
            Entry(
                title=title,
                body=body,
                date=earlier,
                time=time(21, 0),
                utc_offset=timedelta(hours=1),
                themes=list(themes),
                people=[people[0]],
                independence=6,
                interdependence=7,
                starred=True,
            )
        )
    return entries

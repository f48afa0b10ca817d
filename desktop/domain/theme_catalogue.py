"""The theme catalogue: pillars, the built-in themes, and what makes a valid slug."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Pillar(StrEnum):
    INDEPENDENCE = "independence"
    INTERDEPENDENCE = "interdependence"
    PRACTICE = "practice"
    WARNING = "warning"


PILLAR_LABELS: dict[Pillar, str] = {
    Pillar.INDEPENDENCE: "Independence",
    Pillar.INTERDEPENDENCE: "Interdependence",
    Pillar.PRACTICE: "Practice",
    Pillar.WARNING: "Warning signs",
}

_SLUG_RE = re.compile(r"^[a-z0-9-]+$")  # as SPEC has it; `slugify` makes tidy ones
SLUG_MAX_LENGTH = 64


@dataclass(frozen=True, slots=True)
class ThemeSpec:
    """A theme as the catalogue describes it (not yet stored)."""

    slug: str
    name: str
    pillar: Pillar | None
    description: str
    colour: str


def is_valid_slug(slug: str) -> bool:
    """Slugs are lowercase ASCII letters, digits and hyphens (SPEC: `[a-z0-9-]+`)."""
    return len(slug) <= SLUG_MAX_LENGTH and bool(_SLUG_RE.match(slug))


def slugify(label: str) -> str:
    """Turn a free label (`Quality Time`, `self care!`) into a slug; '' if nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:SLUG_MAX_LENGTH].strip("-")


def theme_slug(label: str) -> str:
    """The slug for a tag from another app: `slugify(label)`, or, for a label of letters that
    have no ASCII form (`семья`, `家族`), `tag-` and a digest of the label, the same every time.
    '' only when the label holds no letter or digit at all."""
    folded = " ".join(unicodedata.normalize("NFC", label).casefold().split())
    # Letters with no ASCII form would be dropped by `slugify` ("семья 2024" -> "2024"), and two
    # different tags could then meet in one theme: such a label gets a digest of all its words.
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
    if any(ch.isalnum() and not ch.isascii() for ch in bare):
        return "tag-" + hashlib.sha1(folded.encode("utf-8")).hexdigest()[:10]
    for symbol, word in _NAMED_SYMBOLS:
        label = symbol.sub(word, label)
    return slugify(label)


# Symbols that make a tag mean something else (`C++` and `C#` are not `C`) are spelt out, so such
# tags keep themes of their own; other punctuation only separates words. A `#` that starts a word
# is a hashtag mark, not a sharp.
_NAMED_SYMBOLS = (
    (re.compile(r"\+"), " plus "),
    (re.compile(r"(?<=[^\W_])#"), " sharp "),
    (re.compile(r"&"), " and "),
)


def display_name(slug: str) -> str:
    """The default display name of a custom theme: `quality-time` -> `Quality time`."""
    return slug.replace("-", " ").capitalize()


# Colours are from the Okabe-Ito and Tol palettes, chosen to stay apart for colour-blind readers;
# each pillar keeps a family of hues so the list reads at a glance.
BUILTIN_THEMES: tuple[ThemeSpec, ...] = (
    ThemeSpec(
        "self-growth",
        "Self-growth",
        Pillar.INDEPENDENCE,
        "Learning, changing and becoming more yourself.",
        "#0072B2",
    ),
    ThemeSpec(
        "boundaries",
        "Boundaries",
        Pillar.INDEPENDENCE,
        "Saying what is and is not all right with you, and keeping to it.",
        "#56B4E9",
    ),
    ThemeSpec(
        "resilience",
        "Resilience",
        Pillar.INDEPENDENCE,
        "Steadying yourself after a hard moment.",
        "#332288",
    ),
    ThemeSpec(
        "self-care",
        "Self-care",
        Pillar.INDEPENDENCE,
        "Rest, health and time that is only yours.",
        "#88CCEE",
    ),
    ThemeSpec(
        "own-interests",
        "Own interests",
        Pillar.INDEPENDENCE,
        "Hobbies, friends and plans of your own.",
        "#44AA99",
    ),
    ThemeSpec(
        "trust",
        "Trust",
        Pillar.INTERDEPENDENCE,
        "Relying on someone, and being someone they can rely on.",
        "#E69F00",
    ),
    ThemeSpec(
        "connection",
        "Connection",
        Pillar.INTERDEPENDENCE,
        "Feeling close, seen and understood.",
        "#D55E00",
    ),
    ThemeSpec(
        "mutual-growth",
        "Mutual growth",
        Pillar.INTERDEPENDENCE,
        "Helping each other grow.",
        "#CC6677",
    ),
    ThemeSpec(
        "shared-experiences",
        "Shared experiences",
        Pillar.INTERDEPENDENCE,
        "Things done and lived together.",
        "#DDCC77",
    ),
    ThemeSpec(
        "teamwork",
        "Teamwork",
        Pillar.INTERDEPENDENCE,
        "Sharing the load and working towards the same thing.",
        "#AA4499",
    ),
    ThemeSpec(
        "mutual-support",
        "Mutual support",
        Pillar.INTERDEPENDENCE,
        "Being there for each other, both ways.",
        "#F0E442",
    ),
    ThemeSpec(
        "quality-time",
        "Quality time",
        Pillar.INTERDEPENDENCE,
        "Unhurried, attentive time together.",
        "#EE7733",
    ),
    ThemeSpec(
        "vulnerability",
        "Vulnerability",
        Pillar.INTERDEPENDENCE,
        "Letting someone see what is hard or tender.",
        "#EE3377",
    ),
    ThemeSpec(
        "communication",
        "Communication",
        Pillar.PRACTICE,
        "Saying what you mean and listening to what they mean.",
        "#009E73",
    ),
    ThemeSpec(
        "conflict-resolution",
        "Conflict resolution",
        Pillar.PRACTICE,
        "Working through a disagreement fairly.",
        "#117733",
    ),
    ThemeSpec(
        "adaptability",
        "Adaptability",
        Pillar.PRACTICE,
        "Adjusting plans and expectations together.",
        "#999933",
    ),
    ThemeSpec(
        "codependency",
        "Codependency",
        Pillar.WARNING,
        "Losing yourself in someone else; your worth hanging on them.",
        "#882255",
    ),
    ThemeSpec(
        "isolation",
        "Isolation",
        Pillar.WARNING,
        "Shutting others out; carrying everything alone.",
        "#555555",
    ),
)

BUILTIN_BY_SLUG: dict[str, ThemeSpec] = {t.slug: t for t in BUILTIN_THEMES}

CUSTOM_THEME_COLOUR = "#777777"

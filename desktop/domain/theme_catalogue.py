"""The theme catalogue: pillars, the built-in themes, and what makes a valid slug."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from desktop.domain.i18n import N_, _


class Pillar(StrEnum):
    INDEPENDENCE = "independence"
    INTERDEPENDENCE = "interdependence"
    PRACTICE = "practice"
    WARNING = "warning"


PILLAR_LABELS: dict[Pillar, str] = {
    Pillar.INDEPENDENCE: N_("Independence"),
    Pillar.INTERDEPENDENCE: N_("Interdependence"),
    Pillar.PRACTICE: N_("Practice"),
    Pillar.WARNING: N_("Warning signs"),
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


@lru_cache(maxsize=4096)  # a journal's few themes, asked about once per mention on import
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
        N_("Self-growth"),
        Pillar.INDEPENDENCE,
        N_("Learning, changing and becoming more yourself."),
        "#0072B2",
    ),
    ThemeSpec(
        "boundaries",
        N_("Boundaries"),
        Pillar.INDEPENDENCE,
        N_("Saying what is and is not all right with you, and keeping to it."),
        "#56B4E9",
    ),
    ThemeSpec(
        "resilience",
        N_("Resilience"),
        Pillar.INDEPENDENCE,
        N_("Steadying yourself after a hard moment."),
        "#332288",
    ),
    ThemeSpec(
        "self-care",
        N_("Self-care"),
        Pillar.INDEPENDENCE,
        N_("Rest, health and time that is only yours."),
        "#88CCEE",
    ),
    ThemeSpec(
        "own-interests",
        N_("Own interests"),
        Pillar.INDEPENDENCE,
        N_("Hobbies, friends and plans of your own."),
        "#44AA99",
    ),
    ThemeSpec(
        "trust",
        N_("Trust"),
        Pillar.INTERDEPENDENCE,
        N_("Relying on someone, and being someone they can rely on."),
        "#E69F00",
    ),
    ThemeSpec(
        "connection",
        N_("Connection"),
        Pillar.INTERDEPENDENCE,
        N_("Feeling close, seen and understood."),
        "#D55E00",
    ),
    ThemeSpec(
        "mutual-growth",
        N_("Mutual growth"),
        Pillar.INTERDEPENDENCE,
        N_("Helping each other grow."),
        "#CC6677",
    ),
    ThemeSpec(
        "shared-experiences",
        N_("Shared experiences"),
        Pillar.INTERDEPENDENCE,
        N_("Things done and lived together."),
        "#DDCC77",
    ),
    ThemeSpec(
        "teamwork",
        N_("Teamwork"),
        Pillar.INTERDEPENDENCE,
        N_("Sharing the load and working towards the same thing."),
        "#AA4499",
    ),
    ThemeSpec(
        "mutual-support",
        N_("Mutual support"),
        Pillar.INTERDEPENDENCE,
        N_("Being there for each other, both ways."),
        "#F0E442",
    ),
    ThemeSpec(
        "quality-time",
        N_("Quality time"),
        Pillar.INTERDEPENDENCE,
        N_("Unhurried, attentive time together."),
        "#EE7733",
    ),
    ThemeSpec(
        "vulnerability",
        N_("Vulnerability"),
        Pillar.INTERDEPENDENCE,
        N_("Letting someone see what is hard or tender."),
        "#EE3377",
    ),
    ThemeSpec(
        "communication",
        N_("Communication"),
        Pillar.PRACTICE,
        N_("Saying what you mean and listening to what they mean."),
        "#009E73",
    ),
    ThemeSpec(
        "conflict-resolution",
        N_("Conflict resolution"),
        Pillar.PRACTICE,
        N_("Working through a disagreement fairly."),
        "#117733",
    ),
    ThemeSpec(
        "adaptability",
        N_("Adaptability"),
        Pillar.PRACTICE,
        N_("Adjusting plans and expectations together."),
        "#999933",
    ),
    ThemeSpec(
        "codependency",
        N_("Codependency"),
        Pillar.WARNING,
        N_("Losing yourself in someone else; your worth hanging on them."),
        "#882255",
    ),
    ThemeSpec(
        "isolation",
        N_("Isolation"),
        Pillar.WARNING,
        N_("Shutting others out; carrying everything alone."),
        "#555555",
    ),
)

BUILTIN_BY_SLUG: dict[str, ThemeSpec] = {t.slug: t for t in BUILTIN_THEMES}

CUSTOM_THEME_COLOUR = "#777777"


def pillar_name(pillar: Pillar | None) -> str:
    """The pillar's name in the current language; themes without a pillar are the user's own."""
    return _(PILLAR_LABELS[pillar]) if pillar else _("Your own themes")


def theme_name(slug: str, stored_name: str) -> str:
    """The name to show: a built-in theme still called as shipped speaks the current language;
    a name the user gave is theirs and stays as written."""
    spec = BUILTIN_BY_SLUG.get(slug)
    return _(spec.name) if spec is not None and stored_name == spec.name else stored_name


def theme_description(slug: str, stored: str) -> str:
    """The description to show, translated while it is the catalogue's own."""
    spec = BUILTIN_BY_SLUG.get(slug)
    return _(spec.description) if spec is not None and stored == spec.description else stored


def builtin_or_slug(slug: str) -> str:
    """A tag as a reader sees it where only its slug is at hand: a built-in theme's name when the
    current language has a word for it, else the slug itself (as English lists tags)."""
    spec = BUILTIN_BY_SLUG.get(slug)
    translated = _(spec.name) if spec is not None else slug
    return translated if spec is not None and translated != spec.name else slug

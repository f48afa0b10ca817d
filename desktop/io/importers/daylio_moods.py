"""Daylio's moods: the five default names in each app language, and a first guess of the level
1–5 of a mood label the user made up or renamed.

Daylio writes the mood's *name* in the export, never its level. A name of the five defaults in
the file's language is that level; any other label is the user's own, and the preview asks for its
level, offering `guess_mood_levels` as the starting point.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Daylio's default moods per app language, best first: rad (5), good (4), meh (3), bad (2),
# awful (1). Each level lists the name Daylio writes, then other spellings of the same level.
# Where each language's names come from:
# - en: every English export in tests/fixtures/real/daylio (see tests/fixtures/real/SOURCES.md).
# - pl: all five in kplich/daylio-visualisation `daylio_export.csv` (a real Polish export,
#   tests/fixtures/real/daylio/kplich_daylio-visualisation_daylio_export.csv).
# - fr: Guekka/DaylioBackupTools `src/formats/daylio.rs` (commit 710a09f, the French predefined
#   mood names), and its `tests/data/official/french.pdf`, a French Daylio export that shows
#   `super`, `mouais` and `horrible`.
# - de: the German Daylio review at hello-smart.de ("Daylio – das digitale Tagebuch für
#   jedermann"): „super", „gut", „OK", „schlecht" und „furchtbar".
# - pt: `incrível` and `horrível` from a Portuguese Daylio review (avidadelyne.blogspot.com,
#   2017-02, "desde o «incrível» ao «horrível»"); the three between are not confirmed.
# - es: `mal` in DavidCDCB/Estados `daylio_export.csv` (a real Spanish export); the other four
#   are not confirmed.
# - it, ru, nl: not confirmed from an export or a published screen; the plain words of the
#   language for the five levels, so that a wrong one can only ever name the right level.
DEFAULT_MOOD_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("rad",), ("good",), ("meh",), ("bad",), ("awful",)),
    "pl": (("wspaniale",), ("dobrze",), ("tak sobie",), ("źle",), ("okropnie",)),
    "fr": (("super",), ("bien",), ("mouais",), ("mauvais",), ("horrible",)),
    "de": (("super",), ("gut",), ("ok", "okay"), ("schlecht",), ("furchtbar", "schrecklich")),
    "pt": (("incrível", "ótimo"), ("bem", "bom"), ("mais ou menos", "normal"), ("mal",), ("horrível",)),
    "es": (("genial",), ("bien",), ("normal", "regular", "más o menos"), ("mal",), ("fatal", "horrible")),
    "it": (("fantastico", "benissimo"), ("bene",), ("così così",), ("male",), ("malissimo", "terribile")),
    "ru": (("супер", "отлично"), ("хорошо",), ("так себе", "нормально"), ("плохо",), ("ужасно",)),
    "nl": (("geweldig", "super"), ("goed",), ("matig", "gaat wel"), ("slecht",), ("vreselijk",)),
}


def _bare(text: str) -> str:
    """Folded, without accents, words joined by one space: `Sin ánimo` -> `sin animo`."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"(?<=\w)-(?=\w)", " ", bare).split())  # "so-so" -> "so so"


def mood_key(label: str) -> str:
    """How two mood labels are told apart: case and runs of spaces do not count."""
    return " ".join(unicodedata.normalize("NFC", label).casefold().split())


def default_moods(languages: Iterable[str]) -> dict[str, int]:
    """mood_key(name) -> level for the default names of English and of the given languages
    (an earlier language wins where two name different levels)."""
    levels: dict[str, int] = {}
    for language in (*languages, "en"):
        for index, names in enumerate(DEFAULT_MOOD_NAMES.get(language, ())):
            for name in names:
                levels.setdefault(mood_key(name), 5 - index)
    return levels


@dataclass(frozen=True)
class MoodLevels:
    """The level of each mood label of one file: the user's choices, then the default names."""

    chosen: Mapping[str, int]  # mood_key(label) -> 1..5, as the user gave them
    defaults: Mapping[str, int]

    @classmethod
    def of(cls, languages: Iterable[str], chosen: Mapping[str, int]) -> MoodLevels:
        return cls({mood_key(k): v for k, v in chosen.items()}, default_moods(languages))

    def is_default(self, label: str) -> bool:
        return mood_key(label) in self.defaults

    def level(self, label: str) -> int | None:
        key = mood_key(label)
        return self.chosen.get(key, self.defaults.get(key))


# Words that say a level, for the first guess. The default names of every language count too.
_WORDS: dict[int, tuple[str, ...]] = {
    5: (
        "rad", "great", "amazing", "awesome", "fantastic", "excellent", "wonderful", "perfect",
        "superb", "ecstatic", "blissful", "bliss", "euphoric", "elated", "thrilled", "overjoyed",
        "joyful", "excited", "inspired", "motivated", "proud", "blessed", "brilliant", "in awe",
        "over the moon", "on top of the world", "motivado", "feliz", "genial", "fantastico",
        "increible", "super", "toll", "klasse", "genial", "sehr gut", "wspaniale", "swietnie",
        "отлично", "прекрасно", "geweldig", "ottimo", "otimo",
    ),
    4: (
        "good", "fine", "well", "happy", "content", "calm", "relaxed", "chill", "nice", "pleasant",
        "glad", "grateful", "thankful", "rested", "peaceful", "hopeful", "productive", "focused",
        "cheerful", "laughing", "refreshed", "energetic", "captivated", "satisfied", "better",
        "cool", "positive", "loved",
        "bien", "contento", "animo", "tranquilo", "gut", "glucklich", "zufrieden", "bien",
        "heureux", "content", "dobrze", "szczesliwy", "хорошо", "bene", "felice", "bem", "bom",
        "goed", "blij", "fijn",
    ),
    3: (
        "meh", "ok", "okay", "alright", "average", "medium", "neutral", "normal", "so so",
        "so-so", "mixed", "usual", "indifferent", "as always", "as usual", "fair", "decent",
        "pondering", "wondering", "confused", "bored", "hungry", "como siempre", "regular",
        "mas o menos", "geht so", "naja", "mouais", "bof", "tak sobie", "так себе", "нормально",
        "cosi cosi", "mais ou menos", "matig", "gaat wel",
    ),
    2: (
        "bad", "sad", "tired", "fatigued", "sick", "ill", "unwell", "anxious", "worried",
        "stressed", "nervous", "lonely", "angry", "annoyed", "irritable", "irritated",
        "frustrated", "upset", "down", "low", "exhausted", "sleepy", "lifeless", "helpless",
        "hurt", "weak", "drained", "grumpy", "moody", "unhappy", "gloomy", "blue", "scared",
        "afraid", "mal", "triste", "cansado", "enfermo", "ansioso", "estresado", "schlecht",
        "mude", "traurig", "krank", "gestresst", "mauvais", "fatigue", "malade", "zle", "smutny",
        "zmeczony", "chory", "плохо", "грустно", "устал", "male", "stanco", "slecht", "moe",
        "ziek", "verdrietig",
    ),
    1: (
        "awful", "terrible", "horrible", "miserable", "depressed", "devastated", "hopeless",
        "dreadful", "worst", "shit", "shitty", "crap", "crappy", "panic", "desperate", "broken",
        "mierda", "fatal", "horrible", "furchtbar", "schrecklich", "beschissen", "nul",
        "okropnie", "fatalnie", "ужасно", "ужасный", "terribile", "malissimo", "horrivel",
        "pessimo", "vreselijk", "verschrikkelijk",
    ),
}  # fmt: skip
_NEGATIONS = frozenset(
    ("not", "no", "never", "don't", "isn't", "wasn't", "without", "nicht", "kein", "keine", "nie",
     "pas", "non", "sin", "sem", "niet", "geen", "не")
)  # fmt: skip
_STRONGER = frozenset(
    ("very", "really", "so", "too", "extremely", "totally", "super", "mega", "ultra", "muy", "sehr",
     "tres", "molto", "bardzo", "очень", "erg", "heel")
)  # fmt: skip
_SOFTER = frozenset(
    ("vaguely", "slightly", "somewhat", "kinda", "mildly", "fairly", "little", "bit", "un poco",
     "etwas", "troche", "peu", "meio", "wat")
)  # fmt: skip
_NEGATED = {5: 2, 4: 2, 3: 2, 2: 3, 1: 3}  # "not great", "not ok" -> 2; "not bad" -> 3
_TOKEN_RE = re.compile(r"[\w']+|\[-\]|\[\+\]|\(-\)|\(\+\)|(?<=\w)-$|(?<=\w)\+$")


def _lexicon() -> tuple[dict[str, int], list[tuple[str, int]]]:
    words: dict[str, int] = {}
    for level, names in _WORDS.items():
        for name in names:
            words.setdefault(_bare(name), level)
    for levels in DEFAULT_MOOD_NAMES.values():
        for index, names in enumerate(levels):
            for name in names:
                words.setdefault(_bare(name), 5 - index)
    phrases = sorted(((w, lv) for w, lv in words.items() if " " in w), key=lambda p: -len(p[0]))
    return {w: lv for w, lv in words.items() if " " not in w}, phrases


_SINGLE, _PHRASES = _lexicon()


def guess_mood_level(label: str) -> int:
    """A first guess of the level 1–5 of one mood label, from its words: `Good [-]` -> 3,
    `Medium` -> 3, `Not so good` -> 2, `Sick` -> 2, `vaguely ok` -> 3; 3 when no word says."""
    text = _bare(label)
    scores: list[float] = []
    for phrase, level in _PHRASES:  # "tak sobie", "over the moon": one word of several
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
            scores.append(level)
            text = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", " ", text)
    tokens = _TOKEN_RE.findall(text)
    negated = stronger = softer = False
    step = 0
    for token in tokens:
        if token in _NEGATIONS:
            negated = True
        elif token in _STRONGER and token not in _SINGLE:
            stronger = True
        elif token in _SOFTER:
            softer = True
        elif token in ("[-]", "(-)", "-", "minus"):
            step -= 1
        elif token in ("[+]", "(+)", "+", "plus"):
            step += 1
        elif token in _SINGLE:
            scores.append(_SINGLE[token])
    if not scores:
        return _clamp(3 + step)
    score = sum(scores) / len(scores)
    level = math.floor(score + 0.5) if score >= 3 else math.ceil(score - 0.5)  # half away from 3
    if negated:
        level = _NEGATED[level]
    elif stronger and level != 3:
        level += 1 if level > 3 else -1
    elif softer and level in (1, 5):
        level = 4 if level == 5 else 2
    return _clamp(level + step)


def _clamp(level: int) -> int:
    return max(1, min(5, level))


def guess_mood_levels(labels_with_counts: Mapping[str, int]) -> dict[str, int]:
    """label -> a first guess of its level 1–5, for the preview to offer the user: from the
    label's words, in any of Daylio's languages (the counts are for the caller's listing)."""
    return {label: guess_mood_level(label) for label in labels_with_counts}

"""Reflection prompts by pillar, the order to offer them in for the current drift, and templates.

Prompts are questions to write from, never verdicts: they invite the writer to look, and leave
the meaning to them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.i18n import N_, _, number
from desktop.domain.theme_catalogue import Pillar
from desktop.domain.trend import Drift, DriftAlert


@dataclass(frozen=True, slots=True)
class Prompt:
    text: str
    pillar: Pillar
    fits: tuple[Drift, ...] = ()  # the drifts this prompt is a good companion for


_I, _O, _P, _W = Pillar.INDEPENDENCE, Pillar.INTERDEPENDENCE, Pillar.PRACTICE, Pillar.WARNING
_C, _S = Drift.CODEPENDENCY, Drift.ISOLATION

PROMPTS: tuple[Prompt, ...] = (
    # Independence: keeping one's own self.
    Prompt(N_("What did I do today only because I wanted to?"), _I, (_C,)),
    Prompt(N_("Which decision this week was fully mine, and how did making it feel?"), _I, (_C,)),
    Prompt(
        N_("Where did I say yes when I meant no — and what would a kind no have sounded like?"), _I, (_C,)
    ),
    Prompt(N_("Which interest of mine has gone quiet lately, and what small step would wake it?"), _I, (_C,)),
    Prompt(N_("How did I look after my body and my rest today?"), _I),
    Prompt(N_("What boundary did I keep this week, and what did it protect?"), _I, (_C,)),
    Prompt(N_("When did I last spend an hour with no one needing anything from me?"), _I, (_C,)),
    Prompt(N_("What am I proud of that has nothing to do with anyone else's opinion?"), _I, (_C,)),
    Prompt(N_("How did I steady myself after the hardest moment of the week?"), _I),
    # Interdependence: relying on and supporting each other.
    Prompt(N_("Who did I lean on recently, and how did it feel to let them help?"), _O, (_S,)),
    Prompt(N_("When did someone count on me this week, and could they?"), _O),
    Prompt(N_("What did we do together that I want to remember?"), _O, (_S,)),
    Prompt(N_("What have I been carrying alone that I could share with someone I trust?"), _O, (_S,)),
    Prompt(
        N_("Which person would I like to hear from this week, and what stops me from writing first?"),
        _O,
        (_S,),
    ),
    Prompt(N_("Where did we grow this month because of each other?"), _O),
    Prompt(N_("What did I let someone see that I usually keep hidden?"), _O, (_S,)),
    Prompt(N_("How did we share the load this week — and does the split feel fair to both?"), _O),
    Prompt(N_("What small moment of closeness would I like more of?"), _O, (_S,)),
    # Practice: the skills that keep the balance.
    Prompt(N_("What did I need today, and did I say it out loud?"), _P, (_C, _S)),
    Prompt(N_("In our last disagreement, what was the other person trying to protect?"), _P),
    Prompt(N_("What did I hear in a recent conversation that I had not heard before?"), _P),
    Prompt(N_("Which plan changed this week, and how did we adjust together?"), _P),
    Prompt(N_("What would I like to ask for, and how could I ask so it is easy to answer?"), _P, (_C,)),
    Prompt(N_("After a tense moment, what helped us find each other again?"), _P),
    Prompt(N_("Is there a conversation I keep postponing? What would its first sentence be?"), _P, (_C, _S)),
    Prompt(N_("How did I listen today without getting ready to reply?"), _P),
    # Warning signs: noticing drift early, with curiosity rather than blame.
    Prompt(N_("Did my mood today depend mostly on how someone else was feeling?"), _W, (_C,)),
    Prompt(N_("Have I dropped a plan of my own recently so as not to disappoint someone?"), _W, (_C,)),
    Prompt(
        N_("If I imagine a free evening without them, what comes up: relief, worry, emptiness?"), _W, (_C,)
    ),
    Prompt(N_("Whose approval am I waiting for right now, and what would happen without it?"), _W, (_C,)),
    Prompt(N_("Have I turned down company lately because it felt easier to be alone?"), _W, (_S,)),
    Prompt(N_("Who might be wondering how I am, and what would I tell them?"), _W, (_S,)),
    Prompt(N_("When did I last let someone help me with something that mattered?"), _W, (_S,)),
    Prompt(N_("What am I protecting myself from by keeping my distance?"), _W, (_S,)),
    Prompt(N_("What would a friend notice about my last two weeks that I might be missing?"), _W, (_C, _S)),
)


def prompts_for(pillar: Pillar) -> list[Prompt]:
    return [p for p in PROMPTS if p.pillar is pillar]


def suggested_prompts(alerts: Iterable[DriftAlert | Drift], limit: int | None = None) -> list[Prompt]:
    """Every prompt, those that fit the current drifts first (the best fit first), then the rest
    in catalogue order. With no drift, the catalogue order."""
    kinds = {a.kind if isinstance(a, DriftAlert) else a for a in alerts}

    def rank(item: tuple[int, Prompt]) -> tuple[int, int]:
        index, prompt = item
        matched = len(kinds.intersection(prompt.fits))
        # Prompts that fit a drift and belong to the pillar that drift is short of come first.
        short_of = (_C in kinds and prompt.pillar is _I) or (_S in kinds and prompt.pillar is _O)
        return (-(matched * 2 + (short_of and matched > 0)), index)

    ordered = [p for _, p in sorted(enumerate(PROMPTS), key=rank)]
    return ordered[:limit] if limit is not None else ordered


def drift_prompt(alert: DriftAlert) -> Prompt:
    """The one prompt to offer beside a drift alert."""
    return suggested_prompts([alert], 1)[0]


def describe_drift(alert: DriftAlert) -> str:
    """A gentle, factual observation of what the last days show (not a judgement), in the
    current language."""
    days = (alert.end - alert.start).days + 1
    parts: list[str] = []
    rated = alert.mean_balance is not None and alert.weaker_mean is not None
    balance = number(alert.mean_balance or 0.0, signed=True)
    weaker = number(alert.weaker_mean or 0.0)
    if alert.kind is Drift.CODEPENDENCY:
        if rated:
            parts.append(
                _(
                    "your entries of the last {days} days lean towards others "
                    "(mean balance {balance}, own side {weaker} of 10)"
                ).format(days=days, balance=balance, weaker=weaker)
            )
        if alert.theme_count:
            parts.append(_("'codependency' was tagged {count} times").format(count=alert.theme_count))
        lead = _("Something you might want to look at: ")
    else:
        if rated:
            parts.append(
                _(
                    "your entries of the last {days} days lean towards yourself "
                    "(mean balance {balance}, support from others {weaker} of 10)"
                ).format(days=days, balance=balance, weaker=weaker)
            )
        if alert.theme_count:
            parts.append(_("'isolation' was tagged {count} times").format(count=alert.theme_count))
        lead = _("A gentle note: ")
    if not parts:
        parts.append(_("the last {days} days look different from your usual balance").format(days=days))
    return lead + "; ".join(parts) + "."


def prompt_text(prompt: Prompt) -> str:
    """The prompt's question in the current language."""
    return _(prompt.text)


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    markdown: str


TEMPLATES: tuple[Template, ...] = (
    Template(
        N_("Daily check-in"),
        N_("## Today\n\n\n## Time that was mine\n\n\n## Time we shared\n\n\n## One thing I needed\n\n"),
    ),
    Template(
        N_("After a disagreement"),
        N_(
            "## What happened\n\n\n## What I felt\n\n\n## What they might have felt\n\n\n"
            "## What I would like next time\n\n"
        ),
    ),
    Template(
        N_("Weekly balance review"),
        N_(
            "## Where my balance was this week\n\n\n## What kept me myself\n\n\n"
            "## Where we held each other up\n\n\n## One small change for next week\n\n"
        ),
    ),
    Template(
        N_("Gratitude for each other"),
        N_(
            "## Someone who was there for me\n\n\n## Someone I was there for\n\n\n"
            "## What I want to tell them\n\n"
        ),
    ),
    Template(
        N_("Boundaries check"),
        N_(
            "## A boundary I kept\n\n\n## A boundary I let slide\n\n\n"
            "## What it cost, what it gave\n\n\n## How I'll say it next time\n\n"
        ),
    ),
)


def template_name(template: Template) -> str:
    return _(template.name)


def template_text(template: Template) -> str:
    """The template's Markdown with its headings in the current language."""
    return _(template.markdown)

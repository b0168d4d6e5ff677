"""The shape of a language's rules: plain entries the engines read, checked once when a language loads.

A cue is a kind, a weight, a regex, the guards that cancel it in a sentence, and tags. Guards are named
sentence-level facts ("the sentence is conditional", "the offer is negated"); each language writes its own
regex for the guards it needs. Tags say how the decision ladder treats a cue beyond its weight.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from untilsigned.domain.model import Kind

# What a tag tells the decision ladder.
TAGS: Mapping[str, str] = {
    "implicit": "offer_signed only: first-day logistics, not signature evidence",
    "extends_offer": "offer only: an offer is being made or is open (blocks implicit signed)",
    "cold": "not_job only: a role the user never applied to (recruiter sourcing, an internal broadcast)",
    "scam": "not_job only: a sign of a job scam; signs add up, and enough of them override everything",
    "needs_context": "generic wording ('are you free on Friday?'): counts only in a hiring context",
    "boilerplate": "not_job only: a mailing footer that ATS and job-board receipts carry too",
}

# Guards every cue of a kind carries when the language defines them: a mock interview for sale is not an
# interview, nor an asynchronous "screen"; "congratulations on passing the online tests" asks for nothing.
DEFAULT_GUARDS: Mapping[Kind, tuple[str, ...]] = {
    Kind.INTERVIEW_SCHEDULED: ("practice", "asynchronous", "prerequisite", "hypothetical"),
    Kind.ASSESSMENT: ("past_stage",),
}


class RulesError(ValueError):
    """A rule table names a guard or tag that does not exist, or carries a pattern that does not compile."""


@dataclass(frozen=True)
class Cue:
    """One weighted pattern: fires for `kind` unless its sentence carries one of `guards`."""

    kind: Kind
    weight: float
    pattern: str  # compiled case-insensitively on first use
    guards: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()


def cue(kind: Kind, weight: float, pattern: str, *guards: str, tags: Iterable[str] = ()) -> Cue:
    """A cue entry as the tables write it: `cue(Kind.REJECTED, 4, r"...", "conditional")`."""
    return Cue(kind, float(weight), pattern, frozenset(guards), frozenset(tags))


@dataclass(frozen=True)
class LanguageRules:
    """Everything the classifier knows of one language."""

    language: str  # ISO 639-1
    guards: Mapping[str, str]  # guard name -> regex
    cues: tuple[Cue, ...]
    application_context: str  # words that put a mail inside a hiring process at all
    own_application: str  # the user's own application is referenced: cold outreach never says this
    notes: Mapping[str, str] = field(default_factory=dict)

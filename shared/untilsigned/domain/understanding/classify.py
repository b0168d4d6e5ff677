"""Say what one employer email means: transparent weighted cues, sentence guards, then a decision layer.

How it works, in three steps:

1. The newest text is normalised (straight quotes), hard-wrapped lines are re-joined, and it is
   split into sentences; the subject is one more, weaker, sentence.
2. Weighted regex cues fire per sentence. The cues and guards are data, one table per language
   in `domain/rules/` (a mail is read with its own language's table and English's); this module
   knows no language. Guards computed per sentence cancel cues that the
   sentence only mentions conditionally ("if you are not selected for an interview we will let
   you know"), apologetically about a delay ("we regret the delay", "unfortunately we need to
   reschedule"), or negated ("we are unable to offer you ..."). Each cue counts once per email.
   Generic wording ("are you free on Friday?") only counts inside a hiring context.
3. A decision layer walks the kinds in priority order (not_job incl. scams and cold outreach,
   rejected, offer_signed, offer, references_requested, interview/assessment, status_update,
   application_received) and takes the first whose score reaches its threshold.

Speed: each cue's regex runs only when one of the literal words every match must contain occurs
in the text (derived from the regex itself), and a language's table loads and compiles on first
use (`prepare()` compiles English's eagerly), so importing stays cheap for a Lambda cold start.

False offers are the worst error, so `offer` needs an actual offer and `offer_signed` needs
signature or acceptance evidence (or unmistakable first-day logistics with no offer still open).
Warmth ("we look forward to working with you"), salary talk and reference requests never reach
`offer`. Quoted history below the newest text can only break a tie for the milder kinds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from untilsigned.domain.mail.subjects import is_reply_subject, strip_subject_prefixes
from untilsigned.domain.model import Address, Classification, Kind
from untilsigned.domain.rules import FALLBACK, rules_for
from untilsigned.domain.rules.schema import Cue
from untilsigned.domain.text import normalise_text, required_words, split_sentences
from untilsigned.domain.understanding.relays import is_job_board_domain

MAX_TEXT_CHARS = 20_000  # long digests and threads: the decision is in the top part anyway
SUBJECT_FACTOR = 0.8  # a subject summarises; it counts a little less than a sentence
QUOTED_FACTOR = 0.25  # older quoted history only breaks ties
STRONG = 3.0  # score a kind needs to be decided on its own

# A reply keeps the thread's first subject ("RE: Interview Schedule"): older news, so the newest body decides.
REPLY_SUBJECT_FACTOR = 0.4
_ALERT_SENDER = re.compile(
    r"(?:alert|digest|newsletter|news|marketing|promo|info|jobs-listings|updates|noreply-jobs)"
)


@dataclass
class _Scores:
    total: dict[Kind, float] = field(default_factory=dict)
    evidence: dict[Kind, list[tuple[float, str]]] = field(default_factory=dict)
    fired: set[int] = field(default_factory=set)  # cue ids already counted
    extends_offer: bool = False
    explicit_signed: float = 0.0
    implicit_signed: float = 0.0
    cold: float = 0.0  # not_job weight that came from cold-outreach cues
    scam: float = 0.0  # not_job weight that came from signs of a job scam
    boilerplate: float = 0.0  # not_job weight that came from mailing footers

    def add(self, cue_id: int, cue: Cue, weight: float, sentence: str) -> None:
        self.evidence.setdefault(cue.kind, []).append((weight, sentence))
        if cue_id in self.fired:
            return
        self.fired.add(cue_id)
        self.total[cue.kind] = self.total.get(cue.kind, 0.0) + weight
        if "extends_offer" in cue.tags:
            self.extends_offer = True
        if "cold" in cue.tags:
            self.cold += weight
        if "scam" in cue.tags:
            self.scam += weight
        if "boilerplate" in cue.tags:
            self.boilerplate += weight
        if cue.kind is Kind.OFFER_SIGNED:
            if "implicit" in cue.tags:
                self.implicit_signed += weight
            else:
                self.explicit_signed += weight

    def get(self, kind: Kind) -> float:
        return self.total.get(kind, 0.0)


@dataclass(frozen=True)
class _Compiled:
    """The cue tables of a mail's languages, ready to run: patterns plus the words that let most be skipped.

    A mail in another language is read with its own table and the English one together: recruiters write
    English phrases ("Interview", "Onboarding") into mail in their language. Guard names are qualified by
    language ("de:conditional"), since each language writes its own regex for a guard.
    An English cue also yields to the mail language's guard of the same name.
    """

    cues: tuple[Cue, ...]
    cue_guards: tuple[frozenset[str], ...]  # qualified guard names per cue
    patterns: tuple[re.Pattern[str], ...]
    words: tuple[frozenset[str], ...]
    all_words: tuple[str, ...]
    guards: tuple[tuple[str, re.Pattern[str]], ...]
    cues_by_word: dict[str, frozenset[int]]  # which cues a prefilter word can wake up
    unfiltered: frozenset[int]  # cues without prefilter words: always tried
    application_context: re.Pattern[str]
    own_application: re.Pattern[str]


def _languages(language: str) -> tuple[str, ...]:
    return (FALLBACK,) if language == FALLBACK else (language, FALLBACK)


@lru_cache(maxsize=8)
def _compiled(language: str = FALLBACK) -> _Compiled:
    tables = [rules_for(code) for code in _languages(language)]
    cues = tuple(entry for table in tables for entry in table.cues)
    # An English cue in a German sentence is cancelled by the German guard of the same name as well: a
    # guard is a fact about the sentence, best read in the sentence's own language.
    own = tables[0]
    cue_guards = tuple(
        frozenset(f"{table.language}:{name}" for name in entry.guards)
        | frozenset(f"{own.language}:{name}" for name in entry.guards if name in own.guards)
        for table in tables
        for entry in table.cues
    )
    patterns = tuple(re.compile(entry.pattern, re.IGNORECASE) for entry in cues)
    words = tuple(required_words(pattern) for pattern in patterns)
    guards = tuple(
        (f"{table.language}:{name}", re.compile(regex, re.IGNORECASE))
        for table in tables
        for name, regex in table.guards.items()
    )
    cues_by_word: dict[str, set[int]] = {}
    for cue_id, required in enumerate(words):
        for word in required:
            cues_by_word.setdefault(word, set()).add(cue_id)
    return _Compiled(
        cues,
        cue_guards,
        patterns,
        words,
        tuple(sorted(cues_by_word)),
        guards,
        {word: frozenset(ids) for word, ids in cues_by_word.items()},
        frozenset(cue_id for cue_id, required in enumerate(words) if not required),
        re.compile("|".join(f"(?:{table.application_context})" for table in tables), re.IGNORECASE),
        re.compile("|".join(f"(?:{table.own_application})" for table in tables), re.IGNORECASE),
    )


def prepare(language: str = FALLBACK) -> None:
    """Compile a language's cue table now, not on the first classify() call (e.g. during a Lambda init)."""
    _compiled(language)


@lru_cache(maxsize=512)
def _guards_of(sentence: str, language: str) -> frozenset[str]:
    return frozenset(name for name, pattern in _compiled(language).guards if pattern.search(sentence))


def _present_words(text: str, language: str) -> set[str]:
    """The cue table's prefilter words that occur in `text` (lower case)."""
    return {word for word in _compiled(language).all_words if word in text}


def _score(
    sentences: Iterable[str],
    factor: float,
    scores: _Scores,
    *,
    language: str,
    in_process: bool = True,
    present: set[str] | None = None,
) -> None:
    """Add every cue that fires in `sentences`; `present` (a superset will do) spares a second word search."""
    table = _compiled(language)
    sentences = list(dict.fromkeys(sentences))  # a repeated line (HTML layouts) cannot add a cue twice
    lowered = [sentence.lower() for sentence in sentences]
    if present is None:
        present = _present_words("\n".join(lowered), language)
    # Only cues that a present word (or no word at all) can wake up; in table order, as evidence is ranked so.
    awake = set(table.unfiltered)
    for word in present:
        awake |= table.cues_by_word.get(word, frozenset())
    for cue_id in sorted(awake):
        cue = table.cues[cue_id]
        if "needs_context" in cue.tags and not in_process:
            continue
        words = table.words[cue_id] & present
        pattern = table.patterns[cue_id]
        for sentence, lower in zip(sentences, lowered, strict=True):
            if words and not any(word in lower for word in words):
                continue
            if not pattern.search(sentence):
                continue
            guards = table.cue_guards[cue_id]
            if guards and guards & _guards_of(sentence, language):
                continue
            scores.add(cue_id, cue, cue.weight * factor, sentence)


def _evidence(scores: _Scores, kind: Kind, limit: int = 3) -> tuple[str, ...]:
    ranked = sorted(scores.evidence.get(kind, []), key=lambda item: -item[0])
    chosen: list[str] = []
    for _, sentence in ranked:
        if sentence not in chosen:
            chosen.append(sentence)
        if len(chosen) == limit:
            break
    return tuple(chosen)


def _confidence(top: float, runner_up: float) -> float:
    margin = (top - runner_up) / (top + 1.0)
    return round(min(0.99, max(0.35, 0.55 + 0.45 * margin)), 2)


def _result(
    scores: _Scores, kind: Kind, runner_up: float = 0.0, confidence: float | None = None
) -> Classification:
    top = scores.get(kind)
    return Classification(
        kind=kind,
        confidence=confidence if confidence is not None else _confidence(top, runner_up),
        evidence=_evidence(scores, kind),
    )


_JOB_KINDS = (
    Kind.REJECTED,
    Kind.OFFER_SIGNED,
    Kind.OFFER,
    Kind.REFERENCES_REQUESTED,
    Kind.ASSESSMENT,
    Kind.INTERVIEW_SCHEDULED,
    Kind.STATUS_UPDATE,
    Kind.APPLICATION_RECEIVED,
)
# The milder kinds that quoted history may help decide; terminal kinds never come from history.
_QUOTE_KINDS = (
    Kind.ASSESSMENT,
    Kind.INTERVIEW_SCHEDULED,
    Kind.REFERENCES_REQUESTED,
    Kind.STATUS_UPDATE,
    Kind.APPLICATION_RECEIVED,
)


def _subject_factor(subject: str) -> float:
    """How much the subject counts: less when it is a reply's inherited subject."""
    return REPLY_SUBJECT_FACTOR if is_reply_subject(subject) else SUBJECT_FACTOR


def classify(
    subject: str, text: str, sender: Address | None = None, quoted: str = "", language: str = FALLBACK
) -> Classification:
    """Decide what one employer email means. Never raises; returns one kind with evidence sentences.

    `language` is the mail's own language (see `understanding.language`); its table is read with English's."""
    table = _compiled(language)
    subject_factor = _subject_factor(subject)
    subject = normalise_text(strip_subject_prefixes(subject))
    body = normalise_text((text or "")[:MAX_TEXT_CHARS])
    sentences = split_sentences(body)
    whole = f"{subject}\n{body}"
    own_application = bool(table.own_application.search(whole))
    in_process = own_application or bool(table.application_context.search(whole))
    scores = _Scores()
    # one pass over the unwrapped sentences and the subject together ("offer\nletter" reads "offer letter")
    present = _present_words("\n".join([*sentences, subject]).lower(), language)
    _score(sentences, 1.0, scores, language=language, in_process=in_process, present=present)
    if subject:
        _score([subject], subject_factor, scores, language=language, in_process=in_process, present=present)
    if sender is not None and sender.email and "@" in sender.email:
        local, _, domain = sender.email.partition("@")
        if is_job_board_domain(domain) and _ALERT_SENDER.search(local):
            scores.total[Kind.NOT_JOB] = scores.get(Kind.NOT_JOB) + 2.0

    best_job = max(scores.get(kind) for kind in _JOB_KINDS)
    # A recruiter introducing themself while following up the user's own application is not cold outreach,
    # and a receipt for the user's own application keeps its kind under a job board's mailing footer.
    # A lone weak sign of a scam (a WhatsApp number) says nothing about the rest: below the scam threshold it
    # does not count towards not_job either.
    not_job = (
        scores.get(Kind.NOT_JOB)
        - scores.scam
        - (scores.cold + scores.boilerplate if own_application else 0.0)
    )

    # 1. Not about the user's applications: scams, alerts, marketing, accounts, cold outreach. One strong sign
    # of a scam (a fee to pay) decides; weaker ones (a messaging-app interview, an ID scan asked for by mail)
    # need company.
    if scores.scam >= STRONG:
        return replace(_result(scores, Kind.NOT_JOB, best_job), scam=True)
    cold_outreach = any("cold" in table.cues[cue_id].tags for cue_id in scores.fired)
    decided_elsewhere = max(
        scores.get(k) for k in (Kind.REJECTED, Kind.OFFER, Kind.REFERENCES_REQUESTED, Kind.ASSESSMENT)
    )
    if (
        cold_outreach
        and not own_application
        and decided_elsewhere < STRONG
        and scores.explicit_signed < STRONG
    ):
        return _result(scores, Kind.NOT_JOB, best_job)
    if not_job >= STRONG and not_job >= best_job:
        return _result(scores, Kind.NOT_JOB, best_job)

    # 2. Terminal decisions first: a rejection (incl. rescinded offers, filled or frozen roles).
    rejected = scores.get(Kind.REJECTED)
    if rejected >= STRONG and rejected >= scores.explicit_signed:
        return _result(
            scores, Kind.REJECTED, max(scores.get(k) for k in _JOB_KINDS if k is not Kind.REJECTED)
        )

    # 3. Signed: explicit signature/acceptance evidence, or first-day logistics with no offer still open.
    if scores.explicit_signed >= STRONG:
        return _result(scores, Kind.OFFER_SIGNED, scores.get(Kind.OFFER))
    offer = scores.get(Kind.OFFER)
    if scores.implicit_signed >= STRONG and not scores.extends_offer and offer < 2:
        return _result(scores, Kind.OFFER_SIGNED, offer, confidence=0.6)

    # 4. An actual offer.
    if offer >= STRONG and scores.extends_offer:
        return _result(scores, Kind.OFFER, scores.get(Kind.STATUS_UPDATE))

    # 5. Requests that move the process on.
    references = scores.get(Kind.REFERENCES_REQUESTED)
    assessment = scores.get(Kind.ASSESSMENT)
    if references >= STRONG:
        return _result(scores, Kind.REFERENCES_REQUESTED, max(offer, scores.get(Kind.STATUS_UPDATE)))
    interview = scores.get(Kind.INTERVIEW_SCHEDULED)
    if max(assessment, interview) >= STRONG:
        if assessment > interview:
            return _result(scores, Kind.ASSESSMENT, interview)
        return _result(scores, Kind.INTERVIEW_SCHEDULED, assessment)

    # 6. Still in process, or just acknowledged.
    status = scores.get(Kind.STATUS_UPDATE)
    received = scores.get(Kind.APPLICATION_RECEIVED)
    if max(status, received) >= 2.0:
        if status > received:
            return _result(scores, Kind.STATUS_UPDATE, received)
        return _result(scores, Kind.APPLICATION_RECEIVED, status)

    # 7. Nothing decisive in the newest text: quoted history may break the tie for the milder kinds.
    if quoted.strip():
        history = _Scores()
        _score(
            split_sentences(normalise_text(quoted[:MAX_TEXT_CHARS])),
            QUOTED_FACTOR,
            history,
            language=language,
            in_process=in_process,
        )
        best_quoted = max(_QUOTE_KINDS, key=history.get)
        if history.get(best_quoted) >= STRONG * QUOTED_FACTOR and in_process:
            return Classification(best_quoted, 0.4, _evidence(history, best_quoted))

    weak = [
        kind
        for kind in (
            Kind.INTERVIEW_SCHEDULED,
            Kind.ASSESSMENT,
            Kind.REFERENCES_REQUESTED,
            Kind.STATUS_UPDATE,
            Kind.APPLICATION_RECEIVED,
        )
        if scores.get(kind) >= 1.5
    ]
    if weak and in_process:
        kind = max(weak, key=scores.get)
        return _result(scores, kind, confidence=0.45)
    if not_job >= 1.5 or not in_process:
        return Classification(Kind.NOT_JOB, 0.5 if not_job < STRONG else 0.7, _evidence(scores, Kind.NOT_JOB))
    return Classification(Kind.STATUS_UPDATE, 0.35, _evidence(scores, Kind.STATUS_UPDATE))

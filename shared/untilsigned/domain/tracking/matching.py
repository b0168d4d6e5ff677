"""Which application a mail belongs to, and whether it is a mail already recorded.

A mail's identity (`email_key`, `thread_ids`) is the same however often and by whom it is forwarded. Matching
compares the names understanding gives the employer and the role with the applications already held; it
never decides an employer itself (see understanding/employer.py).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from untilsigned.domain.mail.subjects import normalise_subject
from untilsigned.domain.model import Application, Kind, Status, TimelineEvent, Understood
from untilsigned.domain.text import fold_text
from untilsigned.domain.tracking.status import holds_offer, is_employer_event
from untilsigned.domain.understanding.employer import (
    domain_employer,
    employer_names,
    employer_of,
    is_service_relay,
    role_of,
    sender_domain,
)
from untilsigned.domain.understanding.names import (
    abbreviates_company,
    exact_role,
    loosely_same_company,
    normalise_company,
    role_refines,
    same_company,
    same_role,
)

_SETTLED = frozenset({Status.SIGNED, Status.REJECTED, Status.WITHDRAWN})
_KEY_TEXT_CHARS = 500
_NEW_ROUND_AFTER = timedelta(days=30)
_MIN_MENTION_CHARS = 4  # a company named in passing must be longer than "HP" or "GE" to count
_MENTION_TEXT_CHARS = 4000
# Outlook.com dates its forwards in UTC but quotes the original in the forwarder's local time (UTC-12..+14).
_MAX_ZONE_SHIFT = timedelta(hours=14)


def normalise_message_id(value: str) -> str:
    """A Message-ID as a comparable key: no angle brackets or whitespace, lower-case."""
    return value.strip().strip("<>").strip().lower()


def email_key(u: Understood) -> str:
    """The dedupe identity of the employer's message, the same however often (and by whom) it is forwarded.

    The original Message-ID when the mail carries it; else a sha256 of the original sender, subject, date and
    the start of the text.
    """
    original = u.mail.original
    message_id = normalise_message_id(original.message_id)
    if message_id:
        return message_id
    date = original.date.astimezone(UTC).isoformat() if original.date else ""
    text = " ".join(u.mail.text.split())[:_KEY_TEXT_CHARS].casefold()
    material = "\n".join((original.sender.email.lower(), normalise_subject(original.subject), date, text))
    return "sha256:" + hashlib.sha256(material.encode("utf-8")).hexdigest()


def thread_ids(u: Understood) -> set[str]:
    """The employer thread this mail belongs to: its own Message-ID, In-Reply-To and References."""
    original = u.mail.original
    ids = {normalise_message_id(original.message_id), normalise_message_id(original.in_reply_to)}
    ids.update(normalise_message_id(reference) for reference in original.references)
    ids.discard("")
    return ids


def _normalise_requisition(value: str | None) -> str:
    return re.sub(r"[^0-9a-z]", "", fold_text(value or ""))


def _same_requisition(a: str | None, b: str | None) -> bool:
    norm_a, norm_b = _normalise_requisition(a), _normalise_requisition(b)
    if not norm_a or not norm_b:
        return False
    if norm_a == norm_b:
        return True
    # "JR-004821" and "4821" are the same requisition written two ways.
    digits_a, digits_b = (
        norm_a.lstrip("abcdefghijklmnopqrstuvwxyz"),
        norm_b.lstrip("abcdefghijklmnopqrstuvwxyz"),
    )
    return (
        digits_a.isdigit() and len(digits_a.lstrip("0")) >= 4 and digits_a.lstrip("0") == digits_b.lstrip("0")
    )


def _compatible_company(a: str, b: str) -> bool:
    """Looser than `same_company`, for use next to a stronger key: one name's words contain the other's whole
    words ("Acme" / "Acme Labs"). Still never a substring of a word ("Meta" / "Metaverse")."""
    if same_company(a, b):
        return True
    words_a, words_b = set(normalise_company(a).split()), set(normalise_company(b).split())
    return bool(words_a) and bool(words_b) and (words_a <= words_b or words_b <= words_a)


def mail_date(u: Understood) -> datetime | None:
    """The employer's own date of the mail; the forward's only when the original has none."""
    return u.mail.original.date or u.mail.envelope.date


def _activity(app: Application) -> datetime:
    return app.last_contact or app.status_date or app.created_at


def _prefer(apps: Sequence[Application]) -> Application:
    """The best of several fits: open before ghosted before settled, then the most recent, then the id."""

    def key(app: Application) -> tuple[int, float, str]:
        openness = 2 if app.status in _SETTLED else 1 if app.status is Status.GHOSTED else 0
        return (openness, -_activity(app).timestamp(), app.id)

    return min(apps, key=key)


def _starts_new_round(app: Application, u: Understood) -> bool:
    """An acknowledgement dated well after a settled outcome is a new application (the owner applied again),
    not news of the old one; one that follows closely is a late automated note and changes nothing."""
    if u.kind is not Kind.APPLICATION_RECEIVED or app.status not in _SETTLED:
        return False
    date = mail_date(u)
    settled_at = app.status_date or app.last_contact
    return date is not None and settled_at is not None and date - settled_at >= _NEW_ROUND_AFTER


def _signed_offer(at_employer: Sequence[Application], u: Understood) -> Application | None:
    """The one offer at this employer that a signature notice closes: a signed offer ends an offer already
    held, whatever the document's title calls the role. None when there is no such offer, or several."""
    if u.kind is not Kind.OFFER_SIGNED:
        return None
    offers = [app for app in at_employer if holds_offer(app)]
    return offers[0] if len(offers) == 1 else None


def _pick_at_employer(at_employer: Sequence[Application], u: Understood) -> Application | None:
    """Among one employer's applications, the one this mail is about; None for a new one (another role, or a
    new round after a settled outcome)."""
    role = role_of(u)
    if role is not None:
        for fits in (
            [app for app in at_employer if exact_role(app.role, role)],
            [app for app in at_employer if same_role(app.role, role)],
            [app for app in at_employer if role_refines(app.role, role)],
        ):
            if fits:
                chosen = _prefer(fits)
                return None if _starts_new_round(chosen, u) else chosen
    signed = _signed_offer(at_employer, u)
    if signed is not None:
        return signed
    pool = [app for app in at_employer if app.role is None] if role is not None else list(at_employer)
    if not pool:
        return None
    chosen = _prefer(pool)
    return None if _starts_new_round(chosen, u) else chosen


def _words(text: str) -> list[str]:
    text = fold_text(text).replace("&", " and ")
    return re.findall(r"\w+", re.sub(r"['’]s\b|['’.]", "", text))


def _names_in(words: Sequence[str], name: str) -> bool:
    """True when the whole normalised `name` occurs as consecutive whole words."""
    wanted = normalise_company(name).split()
    if not wanted or len("".join(wanted)) < _MIN_MENTION_CHARS:
        return False
    width = len(wanted)
    return any(list(words[i : i + width]) == wanted for i in range(len(words) - width + 1))


def _mentioned(apps: Sequence[Application], u: Understood) -> list[Application]:
    """The applications of the one employer this mail names in its subject, else in its text.

    For mail whose sender and extraction do not name a known employer (a recruiter's personal note, an
    e-signature notice naming the company only in its subject). Two employers named at once is no answer, and
    a text that names its own, new employer is about that one ("Fabrikam, a Contoso company").
    """
    own = employer_of(u)
    subject = u.mail.original.subject or u.mail.envelope.subject
    for source, is_text in ((subject, False), (u.mail.text[:_MENTION_TEXT_CHARS], True)):
        words = _words(source)
        if is_text and own is not None and _names_in(words, own):
            return []
        named = [app for app in apps if _names_in(words, app.company)]
        if len({_company_key(app) for app in named}) == 1:
            return named
        if named:
            return []
    return []


def _company_key(app: Application) -> str:
    return normalise_company(app.company)


def _by_squeezed_domain(apps: Sequence[Application], u: Understood) -> list[Application]:
    """The one employer whose name the sender's own domain abbreviates ("tidewaterfa.com" for Tidewater
    Freight Analytics, "brightwatervets.eu" for Brightwater Veterinary Partners), for mail that names its
    employer by nothing better: a recruiter's reply signed only with a first name, the first mail from that
    domain after an ATS relay's. Only with the same role, and only when a single employer fits."""
    role = role_of(u)
    label = domain_employer(u)
    if role is None or label is None:
        return []
    own = employer_of(u)
    if own is not None and not same_company(own, label):
        return []  # the mail names its employer some other way; steps (3) and (4) judge that name
    fits = [
        app
        for app in apps
        if abbreviates_company(label, app.company)
        and (exact_role(app.role, role) or same_role(app.role, role))
    ]
    return fits if len({_company_key(app) for app in fits}) == 1 else []


def find_application(apps: Sequence[Application], u: Understood) -> Application | None:
    """The application this mail is about, or None for a new one.

    In order: (1) the employer's thread (Message-ID, In-Reply-To, References); (2) the requisition id, with a
    compatible employer; (3) the same employer and a compatible role, trying each name the mail gives its
    employer (extracted, display name, sender domain), first exactly, then loosely ("Copperleaf" for
    "Copperleaf Studios"); (3b) a sender domain that abbreviates a known employer's name, with the same role
    ("tidewaterfa.com" for Tidewater Freight Analytics); (4) the one known employer named in the subject or
    text; (5) an e-signature completion sent through a relay, when exactly one application holds an offer.
    When either role is unknown, the employer's open application is taken (the most recent one if there are
    several); two different known roles at one employer are two applications.
    """
    ids = thread_ids(u)
    in_thread = [app for app in apps if app.thread_ids & ids]
    if in_thread:
        return _prefer(in_thread)

    employer = employer_of(u)
    requisition = u.extraction.requisition_id
    if requisition:
        by_requisition = [
            app
            for app in apps
            if _same_requisition(app.requisition_id, requisition)
            and (employer is None or _compatible_company(app.company, employer))
        ]
        if by_requisition:
            return _prefer(by_requisition)

    candidates = employer_names(u)
    for names_match in (same_company, loosely_same_company):
        for candidate in candidates:
            at_employer = [app for app in apps if names_match(app.company, candidate)]
            if not at_employer:
                continue
            if names_match is loosely_same_company and len({_company_key(app) for app in at_employer}) > 1:
                continue  # a loose name that fits two different employers says nothing
            return _pick_at_employer(at_employer, u)

    squeezed = _by_squeezed_domain(apps, u)
    if squeezed:
        return _pick_at_employer(squeezed, u)

    mentioned = _mentioned(apps, u)
    if mentioned:
        return _pick_at_employer(mentioned, u)

    if u.kind is Kind.OFFER_SIGNED and is_service_relay(sender_domain(u)):
        # E-signature services send as the person who sent the envelope; the signature closes an open offer.
        offers = [app for app in apps if holds_offer(app)]
        if len(offers) == 1:
            return offers[0]
    return None


def _minute(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(second=0, microsecond=0)


def _shifted_by_a_zone(a: datetime, b: datetime) -> bool:
    """Two readings of one local time in different zones: a whole number of quarter hours apart, at most 14 h.

    Forward headers often show the original's time without a zone ("Sent: 04 June 2026 09:47"), read in the
    forward's own zone, while another client's forward of the same mail shows it with one."""
    gap = abs(_minute(a) - _minute(b))
    return timedelta(0) < gap <= _MAX_ZONE_SHIFT and gap % timedelta(minutes=15) == timedelta(0)


def same_mail_seen(app: Application, u: Understood, date: datetime) -> TimelineEvent | None:
    """The same employer mail reached us by two paths (an auto-forward keeps the Message-ID, a manual forward
    usually drops it, two clients quote it differently): same kind and subject, and the same minute, or a
    time-zone shift of it with the very same deciding sentences."""
    subject = normalise_subject(u.mail.original.subject)
    evidence = u.classification.evidence
    for event in app.events:
        if (
            not is_employer_event(event)
            or event.kind is not u.kind
            or normalise_subject(event.subject) != subject
        ):
            continue
        if _minute(event.date) == _minute(date):
            return event
        if evidence and event.evidence == evidence and _shifted_by_a_zone(event.date, date):
            return event
    return None

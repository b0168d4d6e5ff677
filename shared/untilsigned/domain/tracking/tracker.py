"""Applications over time: which application a mail belongs to, and what the timeline says about it.

The status is never stored as the last word of the last mail. It is derived by folding the application's
timeline in the employer's own date order, so an old acknowledgement forwarded late cannot undo a rejection,
and a ghosting recorded by the sweeper is re-checked whenever older news turns up.

Timeline events come from three sources, told apart by `TimelineEvent.note`:
- employer mail: `note == ""`; `kind` is the classification, `message_id` the `email_key`;
- owner commands: `note == "command:<verb>"` (signed, withdraw, rejected), `message_id` the caller's command
  key;
- ghosting sweeps: `note == "sweep:ghosted"` (see ghosting.py), the human reason in `subject`.

Mutation: `record_email`, `apply_command`, `recompute` and `sweep` change the Application they are
given in place (or build a new one) and return it, so the caller persists exactly what it got back.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from untilsigned.domain.model import Application, Kind, Status, TimelineEvent, Understood
from untilsigned.domain.tracking.commands import Command, find_application_for_command
from untilsigned.domain.tracking.corrections import Action, action_of, apply_details, is_correction, standing
from untilsigned.domain.tracking.ghosting import (
    SWEEP_GHOSTED_NOTE,
    GhostPolicy,
    due_at,
    is_sweep_event,
    later,
    promise_after_interview,
    wait_of,
    waiting_for,
)
from untilsigned.domain.understanding.names import (
    abbreviates_company,
    company_from_domain,
    display_company,
    exact_role,
    fold_text,
    is_ats_name,
    loosely_same_company,
    normalise_company,
    normalise_role,
    role_refines,
    same_company,
    same_role,
)
from untilsigned.domain.understanding.relays import (
    FREE_MAIL_DOMAINS,
    is_ats_domain,
    is_relay_domain,
    registrable_domain,
)

COMMAND_NOTE_PREFIX = "command:"

_STAGE_OF_KIND: dict[Kind, Status] = {
    Kind.APPLICATION_RECEIVED: Status.APPLIED,
    Kind.ASSESSMENT: Status.ASSESSMENT,
    Kind.INTERVIEW_SCHEDULED: Status.INTERVIEWING,
    Kind.REFERENCES_REQUESTED: Status.REFERENCES,
    Kind.OFFER: Status.OFFER,
    Kind.OFFER_SIGNED: Status.SIGNED,
    Kind.REJECTED: Status.REJECTED,
}
# Forward progress through the open stages; a mail for an earlier stage never moves an application back.
_STAGE_RANK: dict[Status, int] = {
    Status.APPLIED: 1,
    Status.ASSESSMENT: 2,
    Status.INTERVIEWING: 3,
    Status.REFERENCES: 4,
    Status.OFFER: 5,
}
# After a rejection, only a real next step revives the application ("the other candidate declined").
_REVIVES_AFTER_REJECTION = frozenset(
    {Status.ASSESSMENT, Status.INTERVIEWING, Status.REFERENCES, Status.OFFER, Status.SIGNED}
)
_SETTLED = frozenset({Status.SIGNED, Status.REJECTED, Status.WITHDRAWN})
_COMMAND_OUTCOME: dict[str, tuple[Kind, Status]] = {
    "signed": (Kind.OFFER_SIGNED, Status.SIGNED),
    "withdraw": (Kind.STATUS_UPDATE, Status.WITHDRAWN),
    "rejected": (Kind.REJECTED, Status.REJECTED),
}
_SUBJECT_PREFIX = re.compile(
    r"^\s*+(?:(?:re|fw|fwd|aw|wg|tr|rv|sv|vs|antw|enc)\s*+(?:\[\d+\])?\s*+[:：]\s*+)+", re.I
)
_TEAM_DISPLAY_WORDS = re.compile(r"\b(?:recruiting|recruitment|careers|talent|hiring|jobs|hr|people)\b", re.I)
_KEY_TEXT_CHARS = 500
_NEW_ROUND_AFTER = timedelta(days=30)
_MIN_MENTION_CHARS = 4  # a company named in passing must be longer than "HP" or "GE" to count
_MENTION_TEXT_CHARS = 4000
# Outlook.com dates its forwards in UTC but quotes the original in the forwarder's local time (UTC-12..+14).
_MAX_ZONE_SHIFT = timedelta(hours=14)
EVENT_TEXT_CHARS = 20_000  # the mail's text kept on its event for the board; the raw mail stays in S3


@dataclass
class EmailOutcome:
    """What `record_email` did with one mail.

    - recorded: `application` (new when `created`) and the new `event`;
    - duplicate: `duplicate=True`, `application` holding it and `event` the copy already recorded (nothing
      changed);
    - ignored: `application` and `event` None, `ignored_reason` says why.
    """

    application: Application | None
    event: TimelineEvent | None
    created: bool
    duplicate: bool
    ignored_reason: str | None


# -- identities ----------------------------------------------------------------------------------------------


def normalise_message_id(value: str) -> str:
    """A Message-ID as a comparable key: no angle brackets or whitespace, lower-case."""
    return value.strip().strip("<>").strip().lower()


def _normalise_subject(subject: str) -> str:
    return " ".join(_SUBJECT_PREFIX.sub("", subject).split()).casefold()


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
    material = "\n".join((original.sender.email.lower(), _normalise_subject(original.subject), date, text))
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


def _usable_company(name: str | None) -> str | None:
    if not name or not name.strip():
        return None
    if not normalise_company(name) or is_ats_name(name):
        return None
    return name.strip()


def _sender_domain(u: Understood) -> str:
    email = u.mail.original.sender.email
    return email.rsplit("@", 1)[1].lower() if "@" in email else ""


def _is_free_mail(domain: str) -> bool:
    return domain in FREE_MAIL_DOMAINS or registrable_domain(domain) in FREE_MAIL_DOMAINS


def _is_service_relay(domain: str) -> bool:
    """An ATS, job board, e-signature or bulk-mail service, which sends for an employer under its name.
    Free-mail providers are relays too for `is_relay_domain`, but their display names are people."""
    return bool(domain) and is_relay_domain(domain) and not _is_free_mail(domain)


def _names_the_relay(display: str, domain: str) -> bool:
    """True when a relay's display name is the relay itself ("Adobe Acrobat Sign" at adobesign.com), not the
    employer it sends for ("Meridian Freight" at myworkday.com)."""
    shown = "".join(normalise_company(display).split())
    relay = "".join(normalise_company(company_from_domain(domain)).split())
    shared = 0
    for left, right in zip(shown, relay, strict=False):
        if left != right:
            break
        shared += 1
    return shared >= 4 or is_ats_name(display)


def _display_employer(u: Understood) -> str | None:
    """The employer named by the sender's display name: "Acme via Greenhouse", "Acme Recruiting", or the name
    an applicant-tracking system sends under ("Acme" <acme@myworkday.com>)."""
    display = u.mail.original.sender.name.strip()
    if not display:
        return None
    domain = _sender_domain(u)
    # Applicant-tracking systems send under the employer's name; bulk-mail services often under a person's.
    relayed = bool(domain) and is_ats_domain(domain) and not _names_the_relay(display, domain)
    if (
        relayed
        or re.search(r"(?<!\s)\s+via\s+", display, flags=re.IGNORECASE)
        or _TEAM_DISPLAY_WORDS.search(display)
    ):
        return _usable_company(display_company(display))
    return None


def _domain_employer(u: Understood) -> str | None:
    """The employer named by the sender's own domain; None for relays and free-mail providers."""
    domain = _sender_domain(u)
    if not domain or is_relay_domain(domain) or is_ats_name(domain) or _is_free_mail(domain):
        return None
    name = company_from_domain(domain)
    return name.capitalize() if name and normalise_company(name) else None


def employer_of(u: Understood) -> str | None:
    """The employer's name as shown to the user; None when the mail does not tell.

    The extracted company first; else the sender's display name when it names a company ("Acme via
    Greenhouse", "Acme Recruiting", or "Acme" sending through an ATS relay); else the sender's own domain. An
    ATS relay or a free-mail provider is never the employer.
    """
    extracted = _usable_company(display_company(u.extraction.company or ""))
    return extracted or _display_employer(u) or _domain_employer(u)


def _employer_candidates(u: Understood) -> list[str]:
    """Every name this mail gives its employer, strongest first: extracted, display name, sender domain."""
    names: list[str] = []
    for name in (employer_of(u), _display_employer(u), _domain_employer(u)):
        if name and not any(same_company(name, seen) for seen in names):
            names.append(name)
    return names


def _event_date(u: Understood) -> datetime | None:
    return u.mail.original.date or u.mail.envelope.date


def _role_of(u: Understood) -> str | None:
    role = u.extraction.role
    return role.strip() if role and normalise_role(role) else None


# -- matching ------------------------------------------------------------------------------------------------


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
    date = _event_date(u)
    settled_at = app.status_date or app.last_contact
    return date is not None and settled_at is not None and date - settled_at >= _NEW_ROUND_AFTER


def _pick_at_employer(at_employer: Sequence[Application], u: Understood) -> Application | None:
    """Among one employer's applications, the one this mail is about; None for a new one (another role, or a
    new round after a settled outcome)."""
    role = _role_of(u)
    if role is not None:
        for fits in (
            [app for app in at_employer if exact_role(app.role, role)],
            [app for app in at_employer if same_role(app.role, role)],
            [app for app in at_employer if role_refines(app.role, role)],
        ):
            if fits:
                chosen = _prefer(fits)
                return None if _starts_new_round(chosen, u) else chosen
        pool = [app for app in at_employer if app.role is None]
    else:
        pool = list(at_employer)
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


def _holds_offer(app: Application) -> bool:
    """An offer is on the table: the status says so, or the offer was only ghosted by the sweeper."""
    if app.status is Status.OFFER:
        return True
    if app.status is not Status.GHOSTED:
        return False
    stages = [event.kind for event in app.events if is_employer_event(event) and event.kind in _STAGE_OF_KIND]
    return bool(stages) and stages[-1] is Kind.OFFER


def _by_squeezed_domain(apps: Sequence[Application], u: Understood) -> list[Application]:
    """The one employer whose name the sender's own domain abbreviates ("tidewaterfa.com" for Tidewater
    Freight Analytics, "brightwatervets.eu" for Brightwater Veterinary Partners), for mail that names its
    employer by nothing better: a recruiter's reply signed only with a first name, the first mail from that
    domain after an ATS relay's. Only with the same role, and only when a single employer fits."""
    role = _role_of(u)
    label = _domain_employer(u)
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

    candidates = _employer_candidates(u)
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

    if u.kind is Kind.OFFER_SIGNED and _is_service_relay(_sender_domain(u)):
        # E-signature services send as the person who sent the envelope; the signature closes an open offer.
        offers = [app for app in apps if _holds_offer(app)]
        if len(offers) == 1:
            return offers[0]
    return None


# -- recording -----------------------------------------------------------------------------------------------


def _ignored(reason: str) -> EmailOutcome:
    return EmailOutcome(application=None, event=None, created=False, duplicate=False, ignored_reason=reason)


def _minute(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(second=0, microsecond=0)


def _shifted_by_a_zone(a: datetime, b: datetime) -> bool:
    """Two readings of one local time in different zones: a whole number of quarter hours apart, at most 14 h.

    Forward headers often show the original's time without a zone ("Sent: 04 June 2026 09:47"), read in the
    forward's own zone, while another client's forward of the same mail shows it with one."""
    gap = abs(_minute(a) - _minute(b))
    return timedelta(0) < gap <= _MAX_ZONE_SHIFT and gap % timedelta(minutes=15) == timedelta(0)


def _same_mail_seen(app: Application, u: Understood, date: datetime) -> TimelineEvent | None:
    """The same employer mail reached us by two paths (an auto-forward keeps the Message-ID, a manual forward
    usually drops it, two clients quote it differently): same kind and subject, and the same minute, or a
    time-zone shift of it with the very same deciding sentences."""
    subject = _normalise_subject(u.mail.original.subject)
    evidence = u.classification.evidence
    for event in app.events:
        if (
            not is_employer_event(event)
            or event.kind is not u.kind
            or _normalise_subject(event.subject) != subject
        ):
            continue
        if _minute(event.date) == _minute(date):
            return event
        if evidence and event.evidence == evidence and _shifted_by_a_zone(event.date, date):
            return event
    return None


def _interview_at(u: Understood) -> datetime | None:
    if u.extraction.interview_at is not None:
        return u.extraction.interview_at
    if u.kind is Kind.INTERVIEW_SCHEDULED:
        starts = [
            invite.start for invite in u.mail.invites if invite.start is not None and not invite.cancelled
        ]
        return min(starts) if starts else None
    return None


def record_email(
    apps: Sequence[Application],
    u: Understood,
    *,
    new_app_id: str,
    raw_key: str,
    policy: GhostPolicy,
    now: datetime | None = None,
) -> EmailOutcome:
    """File one understood employer mail under its application and recompute that application.

    Not-job and unreadable mail, and job mail with no identifiable employer, are ignored with a reason. The
    matched application is mutated in place; a new one is built with `new_app_id` (created_at = `now`, else
    the mail's date). The event is dated by the employer's own Date (the forward's date only when the original
    has none).
    """
    if u.kind is Kind.NOT_JOB:
        return _ignored("not about a job application")
    if u.kind is Kind.UNREADABLE:
        return _ignored(f"could not be read: {u.mail.error or 'unknown reason'}")

    key = email_key(u)
    for app in apps:
        for event in app.events:
            if event.message_id == key:
                return EmailOutcome(app, event, created=False, duplicate=True, ignored_reason=None)

    date = _event_date(u) or now
    if date is None:
        return _ignored("the mail carries no date")

    # Applications the owner merged into another are gone from every list, matching included.
    found = find_application([app for app in apps if not app.merged_into], u)
    if found is not None:
        seen = _same_mail_seen(found, u, date)
        if seen is not None:
            return EmailOutcome(found, seen, created=False, duplicate=True, ignored_reason=None)
        app = found
    else:
        employer = employer_of(u)
        if employer is None:
            return _ignored("no employer could be identified in this job mail")
        app = Application(
            id=new_app_id,
            company=employer,
            role=None,
            requisition_id=None,
            status=Status.APPLIED,
            created_at=now or date,
        )

    event = TimelineEvent(
        kind=u.kind,
        date=date,
        subject=u.mail.original.subject or u.mail.envelope.subject,
        message_id=key,
        evidence=u.classification.evidence,
        raw_key=raw_key,
        interview_at=_interview_at(u),
        expect_reply_by=u.extraction.expect_reply_by,
        respond_by=u.extraction.respond_by,
        text=u.mail.text[:EVENT_TEXT_CHARS],
    )
    app.events.append(event)
    app.thread_ids |= thread_ids(u)
    if app.role is None:
        app.role = _role_of(u)
    if app.requisition_id is None and u.extraction.requisition_id:
        app.requisition_id = u.extraction.requisition_id.strip()
    recompute(app, policy)
    return EmailOutcome(app, event, created=found is None, duplicate=False, ignored_reason=None)


# -- the fold ------------------------------------------------------------------------------------------------


def is_command_event(event: TimelineEvent) -> bool:
    return event.note.startswith(COMMAND_NOTE_PREFIX)


def is_employer_event(event: TimelineEvent) -> bool:
    """True for mail from the employer; False for the owner's commands and corrections and the sweeper's
    ghosting marks."""
    return not is_command_event(event) and not is_sweep_event(event) and not is_correction(event)


def event_label(event: TimelineEvent) -> str:
    """A stable one-word label: the kind for employer mail ("rejected"), the note for the owner's commands and
    the sweeper's marks ("command:signed", "sweep:ghosted")."""
    return event.note if not is_employer_event(event) else event.kind.value


def _next_stage(current: Status | None, kind: Kind) -> Status:
    """Where one employer mail moves an application (ghosting aside, which the fold handles)."""
    target = _STAGE_OF_KIND.get(kind)
    if current is None:
        return target or Status.APPLIED
    if target is None:  # a status update moves nothing
        return current
    if current is Status.SIGNED:
        # Signed stays signed, unless the employer takes it back (a rescinded offer is a rejection).
        return Status.REJECTED if target is Status.REJECTED else Status.SIGNED
    if current is Status.WITHDRAWN:
        return Status.SIGNED if target is Status.SIGNED else Status.WITHDRAWN
    if current is Status.REJECTED:
        return target if target in _REVIVES_AFTER_REJECTION else Status.REJECTED
    if target in (Status.REJECTED, Status.SIGNED):
        return target
    return target if _STAGE_RANK[target] > _STAGE_RANK[current] else current


@dataclass
class _FoldState:
    stage: Status | None = None
    ghosted: bool = False
    ghosted_since: datetime | None = None
    ghosted_reason: str | None = None
    last_contact: datetime | None = None
    expect_reply_by: datetime | None = None
    respond_by: datetime | None = None
    interview_at: datetime | None = None
    status_date: datetime | None = None
    wait_from: datetime | None = None  # an owner's correction restarted the wait here

    @property
    def visible(self) -> Status | None:
        return Status.GHOSTED if self.ghosted else self.stage


def _fold_employer_mail(state: _FoldState, event: TimelineEvent) -> None:
    if state.last_contact is None or event.date > state.last_contact:
        state.last_contact = event.date
    # Any employer mail ends the silence, and fulfils the promise of an earlier one unless it makes a new one.
    state.ghosted, state.ghosted_since, state.ghosted_reason = False, None, None
    if event.interview_at is not None:
        state.interview_at = event.interview_at
    state.expect_reply_by = promise_after_interview(event.expect_reply_by, event.date, state.interview_at)
    next_stage = _next_stage(state.stage, event.kind)
    if next_stage != state.stage:
        state.respond_by = event.respond_by  # a reply-by date belongs to the stage that set it
    elif event.respond_by is not None:
        state.respond_by = event.respond_by
    state.stage = next_stage


def _fold_sweep(state: _FoldState, event: TimelineEvent, policy: GhostPolicy) -> None:
    if state.ghosted or state.stage is None:
        return
    wait = waiting_for(
        state.stage,
        last_contact=later(state.last_contact, state.wait_from),
        expect_reply_by=state.expect_reply_by,
        respond_by=state.respond_by,
        interview_at=state.interview_at,
        policy=policy,
    )
    # A sweep only stands while the wait it measured is still over; older mail forwarded late can extend it.
    if wait is not None and wait.due <= event.date:
        state.ghosted, state.ghosted_since, state.ghosted_reason = True, wait.due, wait.reason


def _unghost(state: _FoldState) -> None:
    state.ghosted, state.ghosted_since, state.ghosted_reason = False, None, None


def _fold_correction(state: _FoldState, event: TimelineEvent, action: Action) -> None:
    """The owner's word, in the timeline's date order: it holds until newer employer mail says otherwise."""
    if action is Action.STATUS:
        try:
            status = Status(event.correction.get("status", ""))
        except ValueError:
            return
        if status is Status.GHOSTED:
            state.ghosted, state.ghosted_since, state.ghosted_reason = (
                True,
                event.date,
                "you marked it ghosted",
            )
        else:
            state.stage = status
            _unghost(state)
        state.wait_from = event.date
    elif action is Action.PROMISE:
        value = event.correction.get("expect_reply_by", "")
        state.expect_reply_by = datetime.fromisoformat(value) if value else None
        _unghost(state)
        state.wait_from = event.date
    elif action is Action.UNGHOST:
        if state.expect_reply_by is not None and state.expect_reply_by <= event.date:
            state.expect_reply_by = None  # that promise was missed; waiting again means a fresh wait
        _unghost(state)
        state.wait_from = event.date
    elif action is Action.ADDED:
        state.stage = state.stage or Status.APPLIED
        state.wait_from = later(state.wait_from, event.date)


def recompute(app: Application, policy: GhostPolicy) -> None:
    """Re-derive the application's status and dates from its timeline, folded in employer-date order.

    Ties keep arrival order. Sets status, status_date, last_contact, expect_reply_by, respond_by,
    interview_at, ghosted_since, ghosted_reason, wait_restarted_at and due_at, and the employer, role and
    link the owner's edits left. Undone corrections, mail the owner took out and mail from an undone merge
    do not count. An application without events keeps its fields; only due_at is set.
    """
    if not app.events:
        app.due_at = due_at(app, policy)
        return
    counted = standing(app.events)
    state = _FoldState()
    ordered = sorted(enumerate(app.events), key=lambda pair: (pair[1].date, pair[0]))
    for _, event in ordered:
        if not counted.counts(event):
            continue
        before = state.visible
        action = action_of(event)
        if action is not None:
            _fold_correction(state, event, action)
        elif is_sweep_event(event):
            _fold_sweep(state, event, policy)
        elif is_command_event(event):
            outcome = _COMMAND_OUTCOME.get(event.note.removeprefix(COMMAND_NOTE_PREFIX))
            if outcome is not None:
                state.stage = outcome[1]
                state.ghosted, state.ghosted_since, state.ghosted_reason = False, None, None
        elif event.kind not in (Kind.NOT_JOB, Kind.UNREADABLE):
            _fold_employer_mail(state, event)
        if state.visible != before:
            state.status_date = state.ghosted_since if state.ghosted else event.date

    app.status = state.visible or Status.APPLIED
    app.status_date = state.status_date
    app.last_contact = state.last_contact
    app.expect_reply_by = state.expect_reply_by
    app.respond_by = state.respond_by
    app.interview_at = state.interview_at
    app.ghosted_since = state.ghosted_since
    app.ghosted_reason = state.ghosted_reason
    app.wait_restarted_at = state.wait_from
    started = [
        event.date
        for _, event in ordered
        if event.kind is Kind.APPLICATION_RECEIVED and counted.counts(event)
    ]
    app.applied_at = min(started) if started else None
    apply_details(app, [event for _, event in ordered], counted)
    app.due_at = due_at(app, policy)


def apply_correction(app: Application, event: TimelineEvent, policy: GhostPolicy) -> None:
    """Add the owner's correction to the timeline and re-derive the application from it."""
    app.events.append(event)
    recompute(app, policy)


# -- commands and the search itself --------------------------------------------------------------------------


def apply_command(
    apps: Sequence[Application],
    command: Command,
    *,
    now: datetime,
    command_key: str,
    policy: GhostPolicy | None = None,
) -> tuple[Application, TimelineEvent] | None:
    """Apply the owner's signed / withdraw / rejected command to the application it names.

    Returns the mutated application and the command's event (the one already recorded when `command_key` was
    seen before), or None when the verb changes no application or no application matches.
    """
    outcome = _COMMAND_OUTCOME.get(command.verb)
    if outcome is None:
        return None
    app = find_application_for_command(apps, command.argument)
    if app is None:
        return None
    for event in app.events:
        if event.message_id == command_key:
            return app, event
    event = TimelineEvent(
        kind=outcome[0],
        date=now,
        subject=f"You wrote: {command.verb} {command.argument}".strip(),
        message_id=command_key,
        note=f"{COMMAND_NOTE_PREFIX}{command.verb}",
    )
    app.events.append(event)
    recompute(app, policy or GhostPolicy())
    return app, event


def searching(apps: Sequence[Application]) -> bool:
    """True until some application is signed: warmth, references and unsigned offers never end the search."""
    return not any(app.status is Status.SIGNED for app in apps)


def sweep(app: Application, now: datetime, policy: GhostPolicy) -> TimelineEvent | None:
    """Mark `app` ghosted if its wait is over at `now`; returns the new event, or None when nothing changed.

    Mutates `app`: appends the ghosting event (dated at the moment the wait ran out, not at `now`, so a late
    sweep still dates the ghosting right) and recomputes the application. Running it twice adds nothing the
    second time.
    """
    wait = wait_of(app, policy)
    if wait is None or wait.due > now:
        return None
    event = TimelineEvent(
        kind=Kind.STATUS_UPDATE,
        date=wait.due,
        # The reason goes in the subject: `evidence` is reserved for the employer's own words.
        subject=f"Marked as ghosted: {wait.reason}",
        message_id=f"{SWEEP_GHOSTED_NOTE}:{app.id}:{wait.due.isoformat()}",
        note=SWEEP_GHOSTED_NOTE,
    )
    if any(existing.message_id == event.message_id for existing in app.events):
        return None
    app.events.append(event)
    recompute(app, policy)
    return event

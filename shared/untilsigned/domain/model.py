"""The vocabulary shared by every part of untilsigned.

Pure data: no AWS, no clock reads. Every datetime here is timezone-aware.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Kind(StrEnum):
    """What one employer email means."""

    APPLICATION_RECEIVED = "application_received"
    ASSESSMENT = "assessment"
    INTERVIEW_SCHEDULED = "interview_scheduled"
    REFERENCES_REQUESTED = "references_requested"
    REJECTED = "rejected"
    OFFER = "offer"
    OFFER_SIGNED = "offer_signed"
    STATUS_UPDATE = "status_update"
    NOT_JOB = "not_job"
    UNREADABLE = "unreadable"


class Status(StrEnum):
    """Where one application stands."""

    APPLIED = "applied"
    ASSESSMENT = "assessment"
    INTERVIEWING = "interviewing"
    REFERENCES = "references"
    OFFER = "offer"
    SIGNED = "signed"
    REJECTED = "rejected"
    GHOSTED = "ghosted"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class Address:
    """A mailbox: display name (may be empty) and lower-cased address (may be empty)."""

    name: str
    email: str


@dataclass(frozen=True)
class CalendarInvite:
    """One VEVENT from a text/calendar part or an .ics attachment."""

    method: str  # REQUEST, CANCEL, REPLY, PUBLISH, or "" when absent
    start: datetime | None  # aware, in the event's own zone
    end: datetime | None
    sequence: int
    cancelled: bool  # METHOD:CANCEL or STATUS:CANCELLED
    summary: str
    location: str  # a room, an address or a meeting link
    uid: str
    organizer: Address | None


@dataclass(frozen=True)
class AuthResults:
    """SPF/DKIM/DMARC and SES spam/virus verdicts, upper-case (PASS, FAIL, GRAY, NONE, ...)."""

    spf: str = "NONE"
    dkim: str = "NONE"
    dmarc: str = "NONE"
    spam: str = "PASS"
    virus: str = "PASS"


@dataclass(frozen=True)
class Envelope:
    """Headers of the message as it reached the inbox (the forward itself, if forwarded)."""

    message_id: str
    sender: Address  # From
    to: tuple[Address, ...]
    return_path: str  # bare address from Return-Path, lower-case, "" if absent
    subject: str
    date: datetime | None
    forwarded_for: str  # X-Forwarded-For / X-Forwarded-To value(s), lower-case, "" if absent
    auth: AuthResults = AuthResults()


@dataclass(frozen=True)
class OriginalMessage:
    """The employer's message: the innermost forwarded one, or the envelope itself."""

    sender: Address
    subject: str
    date: datetime | None
    message_id: str  # "" when the forward did not carry it
    in_reply_to: str
    references: tuple[str, ...]


@dataclass(frozen=True)
class ReadMail:
    """What the MIME reader and forward unwrapper made of one raw message."""

    envelope: Envelope
    original: OriginalMessage
    forwarded: bool
    forwarded_by: Address | None
    text: str  # the employer's newest text, clean plain text, quoted history removed
    quoted: str  # older quoted history below it (never outweighs `text`)
    invites: tuple[CalendarInvite, ...] = ()
    error: str | None = None  # set when the message could not be read; kind becomes UNREADABLE
    # What the reader left unread because the mail went over its budget (parts, calendars, HTML, nesting);
    # the rest was read as usual. Empty for ordinary mail.
    limits: tuple[str, ...] = ()


@dataclass(frozen=True)
class Classification:
    kind: Kind
    confidence: float  # 0..1
    evidence: tuple[str, ...]  # the sentences that decided it
    scam: bool = False  # not_job because the mail shows the signs of a job scam


@dataclass(frozen=True)
class Extraction:
    company: str | None
    role: str | None
    requisition_id: str | None
    interview_at: datetime | None
    expect_reply_by: datetime | None  # when the employer promised to answer
    respond_by: datetime | None  # the candidate's own deadline


@dataclass(frozen=True)
class Understood:
    """One email, fully understood: the output of `understand(raw)`."""

    mail: ReadMail
    classification: Classification
    extraction: Extraction
    language: str = "en"  # ISO 639-1 code of the language the mail was read in

    @property
    def kind(self) -> Kind:
        return self.classification.kind


@dataclass
class TimelineEvent:
    kind: Kind
    date: datetime  # the employer email's own date
    subject: str
    message_id: str  # the original Message-ID, or a synthetic id for commands and sweeps
    evidence: tuple[str, ...] = ()
    raw_key: str = ""  # S3 key of the raw mail ("" for commands and sweeps)
    note: str = ""
    # The dates this mail stated, kept per event so the status can be re-derived from the timeline alone.
    interview_at: datetime | None = None
    expect_reply_by: datetime | None = None
    respond_by: datetime | None = None
    text: str = ""  # the employer's newest text, kept so the board shows the mail without re-reading it
    # The owner's corrections ("correction:<action>" notes) keep their values here (see corrections.py).
    correction: dict[str, str] = field(default_factory=dict)
    origin_app: str = ""  # set on mail taken in from another application by a merge


@dataclass
class Application:
    id: str
    company: str
    role: str | None
    requisition_id: str | None
    status: Status
    created_at: datetime
    last_contact: datetime | None = None
    status_date: datetime | None = None  # employer date of the mail that set `status`
    expect_reply_by: datetime | None = None
    respond_by: datetime | None = None
    interview_at: datetime | None = None
    ghosted_since: datetime | None = None
    ghosted_reason: str | None = None
    due_at: datetime | None = None  # when silence turns into ghosting; None when not waiting
    thread_ids: set[str] = field(default_factory=set)
    events: list[TimelineEvent] = field(default_factory=list)
    link: str = ""  # the job ad, when the owner gave one
    merged_into: str | None = None  # merged into that application by the owner: hidden from every list
    wait_restarted_at: datetime | None = None  # the owner's correction restarted the wait on the employer
    applied_at: datetime | None = None  # when the owner started it (acknowledged or added by hand), if known


@dataclass
class User:
    user_id: str
    email: str
    inbox: str  # personal inbox address under the inbox domain
    timezone: str = "UTC"
    # ISO 3166 country whose public holidays are not business days; None: weekends only.
    country: str | None = None
    forwarders: tuple[str, ...] = ()  # extra registered addresses allowed to forward
    digest_paused: bool = False
    digest_weekday: int | None = 0  # 0 = Monday; None = daily
    digest_hour: int = 8  # local hour
    weekly_goal: int | None = None  # None: the default goal, and the digest says it is one
    last_digest_at: datetime | None = None
    congratulated: bool = False  # the one congratulation digest after a signature went out
    created_at: datetime | None = None
    calendar_feed: str = ""  # hash of the secret calendar feed token ("" when there is none)

    @property
    def trusted_senders(self) -> tuple[str, ...]:
        return (self.email.lower(), *(f.lower() for f in self.forwarders))


@dataclass(frozen=True)
class Quarantined:
    """Mail kept aside instead of touching applications, with the reason shown in the digest."""

    source: str  # S3 key of the raw mail (the .eml file name in a replay)
    reason: str
    received_at: datetime
    subject: str
    sender: str  # who really wrote it (the employer inside a forward), not the forwarding user
    forwarded_by: str = ""  # the address that forwarded it, when it was a forward
    text: str = ""  # the start of its text, shown as text on the board
    advice: str = ""  # what the owner should do about it; empty: check it and forward it again
    scam: bool = False  # shows the signs of a job scam: flagged as such, never counted as an offer


@dataclass(frozen=True)
class Digest:
    subject: str
    text: str
    html: str

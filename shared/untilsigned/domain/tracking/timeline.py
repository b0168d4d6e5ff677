"""Recording on an application's timeline: an employer mail, an owner's command or correction.

`record_email`, `apply_command` and `apply_correction` change the Application they are given in place (or
build a new one) and return it, so the caller persists exactly what it got back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from untilsigned.domain.model import Application, Kind, Status, TimelineEvent, Understood
from untilsigned.domain.tracking.commands import Command, find_application_for_command
from untilsigned.domain.tracking.ghosting import GhostPolicy
from untilsigned.domain.tracking.matching import (
    email_key,
    find_application,
    mail_date,
    same_mail_seen,
    thread_ids,
)
from untilsigned.domain.tracking.status import COMMAND_NOTE_PREFIX, COMMAND_OUTCOME, recompute
from untilsigned.domain.understanding.employer import employer_of, role_of

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


def _ignored(reason: str) -> EmailOutcome:
    return EmailOutcome(application=None, event=None, created=False, duplicate=False, ignored_reason=reason)


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

    date = mail_date(u) or now
    if date is None:
        return _ignored("the mail carries no date")

    # Applications the owner merged into another are gone from every list, matching included.
    found = find_application([app for app in apps if not app.merged_into], u)
    if found is not None:
        seen = same_mail_seen(found, u, date)
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
        app.role = role_of(u)
    if app.requisition_id is None and u.extraction.requisition_id:
        app.requisition_id = u.extraction.requisition_id.strip()
    recompute(app, policy)
    return EmailOutcome(app, event, created=found is None, duplicate=False, ignored_reason=None)


def apply_correction(app: Application, event: TimelineEvent, policy: GhostPolicy) -> None:
    """Add the owner's correction to the timeline and re-derive the application from it."""
    app.events.append(event)
    recompute(app, policy)


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
    outcome = COMMAND_OUTCOME.get(command.verb)
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

"""When silence becomes ghosting: the employer's own stated dates first, per-stage waits otherwise.

Pure: `now` is always passed in, and every datetime stays timezone-aware.

A ghosting is recorded as a timeline event (see `SWEEP_GHOSTED_NOTE`) rather than a flag, so the status
fold can re-check it against mail that is forwarded late: a sweep only counts while the wait it measured is
still over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from untilsigned.domain.business_days import WEEKENDS_ONLY, BusinessCalendar
from untilsigned.domain.model import Application, Status, TimelineEvent

# Timeline notes that mark events which are not employer mail. Commands use "command:<verb>" (see status.py).
SWEEP_GHOSTED_NOTE = "sweep:ghosted"

_WAITING_STATUSES = frozenset(
    {Status.APPLIED, Status.ASSESSMENT, Status.INTERVIEWING, Status.REFERENCES, Status.OFFER}
)
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class GhostPolicy:
    """How long to wait for the employer before calling the silence ghosting."""

    expect_grace_business_days: int = 1  # after the date the employer said they would reply by
    applied_days: int = 21
    assessment_business_days: int = 10
    interviewing_business_days: int = 10
    references_days: int = 7
    offer_grace_business_days: int = 1  # after the candidate's own reply-by date on an offer
    offer_days: int = 7  # when the offer gave no reply-by date
    workdays: BusinessCalendar = WEEKENDS_ONLY  # the user's business days (their country's holidays)


@dataclass(frozen=True)
class Wait:
    """What the application is waiting for: the moment silence turns into ghosting, and why."""

    due: datetime
    reason: str


def format_day(moment: datetime) -> str:
    """A stable English day label, independent of the locale: "Fri 19 Jun"."""
    return f"{_WEEKDAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]}"


def is_business_day(moment: datetime, workdays: BusinessCalendar = WEEKENDS_ONLY) -> bool:
    return workdays.is_business_day(moment.date())


def business_days_after(start: datetime, days: int, workdays: BusinessCalendar = WEEKENDS_ONLY) -> datetime:
    """`start` moved forward by `days` business days of `workdays`, keeping the time of day and the zone.

    Zero days from a weekend or a public holiday lands on the next business day.
    """
    moment = start
    while not is_business_day(moment, workdays):
        moment += timedelta(days=1)
    return datetime.combine(workdays.add_business_days(moment.date(), days), moment.timetz())


def midnight_after(moment: datetime) -> datetime:
    """Midnight at the end of `moment`'s calendar day, in its own zone: a promised date lasts all day."""
    return datetime.combine(moment.date() + timedelta(days=1), time(0), tzinfo=moment.tzinfo)


def promise_after_interview(
    expect_reply_by: datetime | None, said_at: datetime, interview_at: datetime | None
) -> datetime | None:
    """A promised reply date read in the light of an interview still to come.

    "After the interview we'll get back to you within a week", sent a fortnight before the interview, reads
    as a date a week after the mail; nobody owes an answer about an interview that has not happened yet. A
    promise that falls before an upcoming interview keeps its span but counts it from the interview.
    """
    if expect_reply_by is None or interview_at is None:
        return expect_reply_by
    if not said_at < interview_at or expect_reply_by >= interview_at:
        return expect_reply_by
    zone = expect_reply_by.tzinfo
    days = max((expect_reply_by.date() - said_at.astimezone(zone).date()).days, 0)
    day = interview_at.astimezone(zone).date() + timedelta(days=days)
    return datetime.combine(day, expect_reply_by.timetz())


def waiting_for(
    status: Status,
    *,
    last_contact: datetime | None,
    expect_reply_by: datetime | None,
    respond_by: datetime | None,
    interview_at: datetime | None,
    policy: GhostPolicy,
) -> Wait | None:
    """The wait implied by an application's state, or None when nothing is owed by the employer.

    Order: an offer's reply-by date; else the employer's own promised date (plus grace), whether shorter or
    longer than the stage default; else the stage default counted from the last employer mail, or from a
    later moment the candidate is still working towards (the interview itself, an assessment or references
    due date).
    """
    if status not in _WAITING_STATUSES:
        return None
    if status is Status.OFFER and respond_by is not None:
        due = midnight_after(
            business_days_after(respond_by, policy.offer_grace_business_days, policy.workdays)
        )
        return Wait(due, f"the offer's reply-by date ({format_day(respond_by)}) passed with nothing signed")
    if expect_reply_by is not None:
        due = midnight_after(
            business_days_after(expect_reply_by, policy.expect_grace_business_days, policy.workdays)
        )
        return Wait(due, f"said they would reply by {format_day(expect_reply_by)}; nothing since")
    if last_contact is None:
        return None
    heard = format_day(last_contact)
    if status is Status.APPLIED:
        days = policy.applied_days
        return Wait(
            last_contact + timedelta(days=days),
            f"no reply for {days} days after your application was acknowledged (last heard {heard})",
        )
    # While the candidate still has time to hand in an assessment or references, the employer owes nothing:
    # their wait starts from the candidate's own deadline when it is later than the last mail.
    handed_in_by = respond_by if respond_by is not None and respond_by > last_contact else None
    if status is Status.ASSESSMENT:
        days = policy.assessment_business_days
        if handed_in_by is not None:
            return Wait(
                midnight_after(business_days_after(handed_in_by, days, policy.workdays)),
                f"no word for {days} business days after the assessment was due ({format_day(handed_in_by)})",
            )
        return Wait(
            business_days_after(last_contact, days, policy.workdays),
            f"no word for {days} business days after the assessment (last heard {heard})",
        )
    if status is Status.INTERVIEWING:
        days = policy.interviewing_business_days
        if interview_at is not None and interview_at > last_contact:
            return Wait(
                business_days_after(interview_at, days, policy.workdays),
                f"no word for {days} business days after your interview on {format_day(interview_at)}",
            )
        return Wait(
            business_days_after(last_contact, days, policy.workdays),
            f"no word for {days} business days after the interview stage (last heard {heard})",
        )
    if status is Status.REFERENCES:
        days = policy.references_days
        if handed_in_by is not None:
            return Wait(
                midnight_after(handed_in_by) + timedelta(days=days),
                f"no word for {days} days after your references were due ({format_day(handed_in_by)})",
            )
        return Wait(
            last_contact + timedelta(days=days),
            f"no word for {days} days after they asked for your references (last heard {heard})",
        )
    days = policy.offer_days
    return Wait(
        last_contact + timedelta(days=days),
        f"no word for {days} days after the offer (last heard {heard}) and nothing signed",
    )


def later(first: datetime | None, second: datetime | None) -> datetime | None:
    if first is None or second is None:
        return first or second
    return max(first, second)


def wait_of(app: Application, policy: GhostPolicy) -> Wait | None:
    """The current wait of an application (see `waiting_for`); an owner's correction restarts it."""
    return waiting_for(
        app.status,
        last_contact=later(app.last_contact, app.wait_restarted_at),
        expect_reply_by=app.expect_reply_by,
        respond_by=app.respond_by,
        interview_at=app.interview_at,
        policy=policy,
    )


def due_at(app: Application, policy: GhostPolicy) -> datetime | None:
    """When silence turns into ghosting; None unless the application waits on the employer.

    Applied, assessment, interviewing, references and offer wait; signed, rejected, withdrawn and ghosted do
    not.
    """
    wait = wait_of(app, policy)
    return wait.due if wait is not None else None


def is_sweep_event(event: TimelineEvent) -> bool:
    return event.note.startswith(SWEEP_GHOSTED_NOTE)

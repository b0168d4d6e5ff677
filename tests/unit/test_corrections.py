"""The owner's corrections: timeline events that change the derived application, and can be undone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from untilsigned.domain.model import Application, Kind, Status, TimelineEvent
from untilsigned.domain.tracking import corrections
from untilsigned.domain.tracking.corrections import CorrectionError, DetachReason
from untilsigned.domain.tracking.ghosting import GhostPolicy
from untilsigned.domain.tracking.status import recompute, sweep
from untilsigned.domain.tracking.timeline import apply_correction

pytestmark = pytest.mark.unit

POLICY = GhostPolicy()
START = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)


def mail(kind: Kind, day: int, key: str, **changes: object) -> TimelineEvent:
    event = TimelineEvent(
        kind=kind, date=START + timedelta(days=day), subject=f"{kind.value} mail", message_id=key
    )
    for name, value in changes.items():
        setattr(event, name, value)
    return event


def application(*events: TimelineEvent) -> Application:
    app = Application(
        id="a1",
        company="Larchfield",
        role="Analyst",
        requisition_id=None,
        status=Status.APPLIED,
        created_at=START,
        events=list(events),
    )
    recompute(app, POLICY)
    return app


def test_a_manual_status_holds_until_newer_employer_mail_says_otherwise() -> None:
    # given an acknowledged application the owner sets to interviewing on day 5
    app = application(mail(Kind.APPLICATION_RECEIVED, 0, "ack"))
    apply_correction(
        app,
        corrections.set_status(Status.INTERVIEWING, "phone call", now=START + timedelta(days=5), key="c1"),
        POLICY,
    )
    assert app.status is Status.INTERVIEWING

    # when an older mail is forwarded late, it changes nothing
    app.events.append(mail(Kind.APPLICATION_RECEIVED, 2, "late-ack"))
    recompute(app, POLICY)
    assert app.status is Status.INTERVIEWING

    # and when newer employer mail rejects, the rejection wins, and the timeline keeps both
    app.events.append(mail(Kind.REJECTED, 9, "no"))
    recompute(app, POLICY)
    assert app.status is Status.REJECTED
    assert [e.note for e in app.events if e.note] == ["correction:status"]


def test_undo_brings_back_what_the_mail_said() -> None:
    # given a status set by hand
    app = application(mail(Kind.INTERVIEW_SCHEDULED, 0, "invite"))
    apply_correction(
        app, corrections.set_status(Status.OFFER, "", now=START + timedelta(days=1), key="c1"), POLICY
    )

    # when the owner undoes it
    apply_correction(app, corrections.undo(app, "c1", now=START + timedelta(days=2), key="c2"), POLICY)

    # then the mail's reading is back, and the undone correction cannot be undone twice
    assert app.status is Status.INTERVIEWING
    with pytest.raises(CorrectionError):
        corrections.undo(app, "c1", now=START + timedelta(days=3), key="c3")


def test_a_mail_taken_out_no_longer_counts() -> None:
    # given a rejection misfiled under this application
    app = application(mail(Kind.APPLICATION_RECEIVED, 0, "ack"), mail(Kind.REJECTED, 3, "wrong"))
    assert app.status is Status.REJECTED

    # when the owner takes it out as not about this job
    event = corrections.take_out(
        app, "wrong", DetachReason.OTHER_JOB, now=START + timedelta(days=4), key="c1"
    )
    apply_correction(app, event, POLICY)

    # then the application is open again
    assert app.status is Status.APPLIED
    assert event.correction == {"ref": "wrong", "reason": "not about this job"}


def test_edits_change_the_details_and_undo_restores_them() -> None:
    app = application(mail(Kind.APPLICATION_RECEIVED, 0, "ack"))
    edit = corrections.edit_details(
        app, company="Larchfield Health", role="", now=START + timedelta(days=1), key="e1"
    )
    apply_correction(app, edit, POLICY)
    assert (app.company, app.role) == ("Larchfield Health", None)

    apply_correction(app, corrections.undo(app, "e1", now=START + timedelta(days=2), key="u1"), POLICY)
    assert (app.company, app.role) == ("Larchfield", "Analyst")


def test_unghosting_restarts_the_wait() -> None:
    # given an application ghosted after their promised date passed
    promised = START + timedelta(days=7)
    app = application(mail(Kind.APPLICATION_RECEIVED, 0, "ack", expect_reply_by=promised))
    later = START + timedelta(days=20)
    assert sweep(app, later, POLICY) is not None
    assert app.status is Status.GHOSTED

    # when the owner un-ghosts it
    apply_correction(app, corrections.unghost(now=later, key="u1"), POLICY)

    # then it waits again, from now, and the missed promise no longer counts
    assert app.status is Status.APPLIED
    assert app.expect_reply_by is None
    assert app.due_at is not None and app.due_at > later


def test_a_corrected_promise_sets_when_silence_becomes_ghosting() -> None:
    app = application(mail(Kind.INTERVIEW_SCHEDULED, 0, "invite"))
    promised = datetime(2026, 9, 20, 23, 59, tzinfo=UTC)

    apply_correction(
        app, corrections.change_promise(promised, now=START + timedelta(days=2), key="p1"), POLICY
    )

    assert app.expect_reply_by == promised
    assert app.due_at is not None and app.due_at > promised


def test_an_application_added_by_hand_counts_as_started() -> None:
    applied = START + timedelta(days=1)
    event = corrections.added_by_hand(
        company="Oakridge",
        role="Nurse",
        applied_on=applied,
        link="",
        notes="via a friend",
        now=START + timedelta(days=2),
        key="h1",
    )
    app = Application(
        id="h",
        company="Oakridge",
        role="Nurse",
        requisition_id=None,
        status=Status.APPLIED,
        created_at=applied,
    )
    apply_correction(app, event, POLICY)

    assert app.status is Status.APPLIED
    assert event.kind is Kind.APPLICATION_RECEIVED and event.date == applied
    assert app.due_at == applied + timedelta(days=POLICY.applied_days)
    with pytest.raises(CorrectionError):
        corrections.added_by_hand(
            company=" ", role="", applied_on=applied, link="", notes="", now=applied, key="h2"
        )

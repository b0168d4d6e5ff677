"""When silence becomes ghosting: the employer's own dates first, per-stage waits otherwise."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from untilsigned.domain.model import Application, Kind, Status, TimelineEvent
from untilsigned.domain.tracking.ghosting import (
    SWEEP_GHOSTED_NOTE,
    GhostPolicy,
    business_days_after,
    due_at,
    format_day,
    midnight_after,
)
from untilsigned.domain.tracking.status import recompute, sweep

pytestmark = pytest.mark.unit

POLICY = GhostPolicy()
MON_8_JUN = datetime(2026, 6, 8, 10, 0, tzinfo=UTC)  # a Monday


def employer_event(
    kind: Kind,
    date: datetime,
    *,
    expect_reply_by: datetime | None = None,
    respond_by: datetime | None = None,
    interview_at: datetime | None = None,
    message_id: str | None = None,
) -> TimelineEvent:
    return TimelineEvent(
        kind=kind,
        date=date,
        subject=f"About your application ({kind.value})",
        message_id=message_id or f"{kind.value}-{date.isoformat()}@acme.example",
        expect_reply_by=expect_reply_by,
        respond_by=respond_by,
        interview_at=interview_at,
    )


def app_with(*events: TimelineEvent) -> Application:
    """An application whose fields were derived from `events` (as the tracker keeps them)."""
    app = Application(
        id="app-1",
        company="Acme",
        role="Data Engineer",
        requisition_id=None,
        status=Status.APPLIED,
        created_at=events[0].date,
        events=list(events),
    )
    recompute(app, POLICY)
    return app


# -- business days and labels --------------------------------------------------------------------------------


def test_add_business_days_skips_weekends_and_keeps_the_time_and_zone() -> None:
    zone = timezone(timedelta(hours=2))
    friday = datetime(2026, 6, 12, 17, 30, tzinfo=zone)
    assert business_days_after(friday, 1) == datetime(2026, 6, 15, 17, 30, tzinfo=zone)
    assert business_days_after(friday, 10) == datetime(2026, 6, 26, 17, 30, tzinfo=zone)


def test_zero_business_days_from_a_weekend_is_the_next_monday() -> None:
    saturday = datetime(2026, 6, 13, 9, 0, tzinfo=UTC)
    assert business_days_after(saturday, 0) == datetime(2026, 6, 15, 9, 0, tzinfo=UTC)


def test_end_of_day_is_midnight_after_the_day_in_its_own_zone() -> None:
    zone = timezone(timedelta(hours=-5))
    assert midnight_after(datetime(2026, 6, 19, 9, 0, tzinfo=zone)) == datetime(
        2026, 6, 20, 0, 0, tzinfo=zone
    )


def test_format_day_is_stable_english() -> None:
    assert format_day(datetime(2026, 6, 19, 23, 0, tzinfo=UTC)) == "Fri 19 Jun"


def test_policy_defaults_match_the_documented_waits() -> None:
    assert GhostPolicy() == GhostPolicy(
        expect_grace_business_days=1,
        applied_days=21,
        assessment_business_days=10,
        interviewing_business_days=10,
        references_days=7,
        offer_grace_business_days=1,
        offer_days=7,
    )


# -- due_at --------------------------------------------------------------------------------------------------


def test_a_promised_date_plus_one_business_day_of_grace_is_when_silence_becomes_ghosting() -> None:
    # given an acknowledgement promising an answer by Friday 19 June
    friday = datetime(2026, 6, 19, tzinfo=UTC)
    app = app_with(employer_event(Kind.APPLICATION_RECEIVED, MON_8_JUN, expect_reply_by=friday))
    # then the wait runs to the end of the next business day, Monday 22 June
    assert due_at(app, POLICY) == datetime(2026, 6, 23, tzinfo=UTC)


def test_a_promised_date_longer_than_the_stage_default_is_honoured() -> None:
    six_weeks = MON_8_JUN + timedelta(weeks=6)
    app = app_with(employer_event(Kind.APPLICATION_RECEIVED, MON_8_JUN, expect_reply_by=six_weeks))
    due = due_at(app, POLICY)
    assert due is not None and due > MON_8_JUN + timedelta(days=POLICY.applied_days)


def test_applied_without_a_promise_waits_21_days() -> None:
    app = app_with(employer_event(Kind.APPLICATION_RECEIVED, MON_8_JUN))
    assert due_at(app, POLICY) == MON_8_JUN + timedelta(days=21)


def test_assessment_waits_10_business_days() -> None:
    app = app_with(employer_event(Kind.ASSESSMENT, MON_8_JUN))
    assert due_at(app, POLICY) == datetime(2026, 6, 22, 10, 0, tzinfo=UTC)


def test_interviewing_waits_10_business_days_after_the_interview_itself() -> None:
    # given an invitation on Mon 8 Jun to an interview on Wed 17 Jun
    interview = datetime(2026, 6, 17, 14, 0, tzinfo=UTC)
    app = app_with(employer_event(Kind.INTERVIEW_SCHEDULED, MON_8_JUN, interview_at=interview))
    # then the clock starts at the interview, not at the invitation
    assert due_at(app, POLICY) == datetime(2026, 7, 1, 14, 0, tzinfo=UTC)


def test_assessment_wait_starts_when_the_candidates_hand_in_date_has_passed() -> None:
    # given an assessment sent Mon 8 Jun, to hand in by Fri 12 Jun
    app = app_with(
        employer_event(Kind.ASSESSMENT, MON_8_JUN, respond_by=datetime(2026, 6, 12, 17, 0, tzinfo=UTC))
    )
    # then the employer's 10 business days run from Fri 12 Jun, to the end of Fri 26 Jun
    assert due_at(app, POLICY) == datetime(2026, 6, 27, 0, 0, tzinfo=UTC)


def test_references_wait_starts_after_the_candidates_own_deadline() -> None:
    app = app_with(
        employer_event(Kind.REFERENCES_REQUESTED, MON_8_JUN, respond_by=datetime(2026, 6, 10, tzinfo=UTC))
    )
    assert due_at(app, POLICY) == datetime(2026, 6, 18, tzinfo=UTC)
    event = sweep(app, datetime(2026, 6, 18, tzinfo=UTC), POLICY)
    assert event is not None
    assert app.ghosted_reason == "no word for 7 days after your references were due (Wed 10 Jun)"


def test_references_wait_7_days() -> None:
    app = app_with(employer_event(Kind.REFERENCES_REQUESTED, MON_8_JUN))
    assert due_at(app, POLICY) == MON_8_JUN + timedelta(days=7)


def test_offer_waits_for_the_candidates_reply_by_date_plus_grace() -> None:
    reply_by = datetime(2026, 6, 12, tzinfo=UTC)  # a Friday
    app = app_with(employer_event(Kind.OFFER, MON_8_JUN, respond_by=reply_by))
    assert due_at(app, POLICY) == datetime(2026, 6, 16, tzinfo=UTC)


def test_offer_without_a_reply_by_date_waits_7_days() -> None:
    app = app_with(employer_event(Kind.OFFER, MON_8_JUN))
    assert due_at(app, POLICY) == MON_8_JUN + timedelta(days=7)


@pytest.mark.parametrize("kind", [Kind.REJECTED, Kind.OFFER_SIGNED])
def test_settled_applications_wait_for_nothing(kind: Kind) -> None:
    app = app_with(
        employer_event(Kind.APPLICATION_RECEIVED, MON_8_JUN), employer_event(kind, MON_8_JUN + timedelta(1))
    )
    assert due_at(app, POLICY) is None


@pytest.mark.parametrize("status", [Status.WITHDRAWN, Status.GHOSTED, Status.SIGNED, Status.REJECTED])
def test_due_at_is_none_for_statuses_not_waiting_on_the_employer(status: Status) -> None:
    app = Application("a", "Acme", None, None, status, MON_8_JUN, last_contact=MON_8_JUN)
    assert due_at(app, POLICY) is None


def test_a_custom_policy_changes_the_wait() -> None:
    app = app_with(employer_event(Kind.APPLICATION_RECEIVED, MON_8_JUN))
    assert due_at(app, GhostPolicy(applied_days=14)) == MON_8_JUN + timedelta(days=14)


# -- sweep ---------------------------------------------------------------------------------------------------


def test_sweep_before_the_wait_is_over_does_nothing() -> None:
    app = app_with(employer_event(Kind.APPLICATION_RECEIVED, MON_8_JUN))
    assert sweep(app, MON_8_JUN + timedelta(days=20), POLICY) is None
    assert app.status is Status.APPLIED
    assert len(app.events) == 1


def test_sweep_after_a_broken_promise_ghosts_with_the_employers_own_date() -> None:
    # given "we will get back to you by Friday 19 June"
    friday = datetime(2026, 6, 19, tzinfo=UTC)
    app = app_with(employer_event(Kind.INTERVIEW_SCHEDULED, MON_8_JUN, expect_reply_by=friday))
    # when the sweeper runs a week later
    event = sweep(app, datetime(2026, 6, 26, 8, 0, tzinfo=UTC), POLICY)
    # then
    assert event is not None
    assert event.note == SWEEP_GHOSTED_NOTE
    assert event.date == datetime(2026, 6, 23, tzinfo=UTC)  # when the wait ran out, not when the sweep ran
    assert app.status is Status.GHOSTED
    assert app.ghosted_since == datetime(2026, 6, 23, tzinfo=UTC)
    assert app.ghosted_reason == "said they would reply by Fri 19 Jun; nothing since"
    assert app.due_at is None
    assert app.expect_reply_by == friday  # kept for the follow-up note


def test_sweep_after_21_quiet_days_names_the_acknowledgement_date() -> None:
    app = app_with(employer_event(Kind.APPLICATION_RECEIVED, MON_8_JUN))
    event = sweep(app, MON_8_JUN + timedelta(days=21), POLICY)
    assert event is not None
    assert (
        app.ghosted_reason
        == "no reply for 21 days after your application was acknowledged (last heard Mon 8 Jun)"
    )


def test_sweeping_twice_ghosts_once() -> None:
    app = app_with(employer_event(Kind.APPLICATION_RECEIVED, MON_8_JUN))
    later = MON_8_JUN + timedelta(days=30)
    assert sweep(app, later, POLICY) is not None
    assert sweep(app, later + timedelta(days=1), POLICY) is None
    assert sum(1 for event in app.events if event.note == SWEEP_GHOSTED_NOTE) == 1


def test_a_settled_application_is_never_ghosted() -> None:
    app = app_with(
        employer_event(Kind.APPLICATION_RECEIVED, MON_8_JUN),
        employer_event(Kind.REJECTED, MON_8_JUN + timedelta(days=2)),
    )
    assert sweep(app, MON_8_JUN + timedelta(days=200), POLICY) is None
    assert app.status is Status.REJECTED


def test_an_offer_left_unsigned_past_its_reply_by_date_is_ghosted_and_never_counts_as_signed() -> None:
    reply_by = datetime(2026, 6, 12, tzinfo=UTC)
    app = app_with(employer_event(Kind.OFFER, MON_8_JUN, respond_by=reply_by))
    event = sweep(app, datetime(2026, 6, 20, tzinfo=UTC), POLICY)
    assert event is not None
    assert app.status is Status.GHOSTED
    assert app.ghosted_reason == "the offer's reply-by date (Fri 12 Jun) passed with nothing signed"

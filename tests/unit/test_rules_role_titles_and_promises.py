"""Fixes found by the blind timelines (tests/acceptance/stories_blind): role titles carrying a hiring step
or a bracketed job id, and a promised reply date that falls before an interview still to come."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from untilsigned.domain.model import Application, Kind, Status, TimelineEvent
from untilsigned.domain.tracking.ghosting import GhostPolicy, due_at, promise_after_interview
from untilsigned.domain.tracking.status import recompute, sweep
from untilsigned.domain.understanding.names import display_role, normalise_role, same_role

pytestmark = pytest.mark.unit

CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("Grid Planning Engineer (R-10482)", "Grid Planning Engineer"),
        ("Clinical Data Coordinator [JR-2291]", "Clinical Data Coordinator"),
        ("Data Engineer interview", "Data Engineer"),
        ("Data Engineer - phone screen", "Data Engineer"),
        ("Senior Engineer (Remote)", "Senior Engineer (Remote)"),
        ("Software Engineer, Payments", "Software Engineer, Payments"),
        ("Interview", "Interview"),
        ("Offer", "Offer"),
    ],
)
def test_display_role_leaves_out_job_ids_and_hiring_steps_only(role: str, shown: str) -> None:
    assert display_role(role) == shown


def test_a_hiring_step_after_the_title_is_the_same_role() -> None:
    assert same_role("Data Engineer", "Data Engineer interview")
    assert same_role("Analyst", "Analyst - next steps")
    assert normalise_role("Data Engineer - technical interview") == "data engineer"
    assert not same_role("Data Engineer", "Data Analyst interview")
    assert normalise_role("Interview") == "interview"  # never emptied


def test_a_promise_before_an_upcoming_interview_counts_from_the_interview_day() -> None:
    said = datetime(2026, 1, 28, 11, 2, tzinfo=CET)
    week_later = datetime(2026, 2, 4, 23, 59, tzinfo=CET)
    interview = datetime(2026, 2, 10, 10, 0, tzinfo=CET)
    assert promise_after_interview(week_later, said, interview) == datetime(2026, 2, 17, 23, 59, tzinfo=CET)
    # a promise after the interview, an interview already past, or no interview: unchanged
    later = datetime(2026, 2, 20, 23, 59, tzinfo=CET)
    assert promise_after_interview(later, said, interview) == later
    assert promise_after_interview(week_later, said, said - timedelta(days=1)) == week_later
    assert promise_after_interview(week_later, said, None) == week_later
    assert promise_after_interview(None, said, interview) is None


def test_silence_is_never_ghosting_before_the_scheduled_interview() -> None:
    # given an invitation for 10 February saying "after the interview we will get back to you within a week"
    invited = TimelineEvent(
        kind=Kind.INTERVIEW_SCHEDULED,
        date=datetime(2026, 1, 28, 11, 2, tzinfo=CET),
        subject="Interview invitation",
        message_id="int@fernhill.example",
        interview_at=datetime(2026, 2, 10, 10, 0, tzinfo=CET),
        expect_reply_by=datetime(2026, 2, 4, 23, 59, tzinfo=CET),
    )
    app = Application(
        id="app-1",
        company="Fernhill",
        role=None,
        requisition_id=None,
        status=Status.APPLIED,
        created_at=invited.date,
    )
    app.events.append(invited)
    policy = GhostPolicy()
    recompute(app, policy)

    # then the promise counts from the interview day, and the sweeper waits for it and its grace day
    assert app.expect_reply_by == datetime(2026, 2, 17, 23, 59, tzinfo=CET)
    due = due_at(app, policy)
    assert due is not None and due > datetime(2026, 2, 18, tzinfo=CET)
    assert sweep(app, datetime(2026, 2, 12, tzinfo=UTC), policy) is None
    assert app.status is Status.INTERVIEWING
    assert sweep(app, datetime(2026, 3, 5, tzinfo=UTC), policy) is not None
    assert app.status is Status.GHOSTED

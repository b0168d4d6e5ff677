"""Exports: the CSV a spreadsheet opens safely, and an iCalendar feed any calendar app reads."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from untilsigned.domain.model import Application, Kind, Status, TimelineEvent, User
from untilsigned.domain.reporting.exports import applications_csv, applications_ics

pytestmark = pytest.mark.unit

NOW = datetime(2026, 9, 10, 9, 0, tzinfo=UTC)
USER = User(user_id="u", email="kim@example.org", inbox="k@in.example", timezone="Europe/Paris")


def app(company: str, status: Status = Status.INTERVIEWING, **fields: object) -> Application:
    made = Application(
        id=f"id-{company[:4]}",
        company=company,
        role="Data Engineer, Payments; Team \\ North",
        requisition_id=None,
        status=status,
        created_at=NOW - timedelta(days=9),
        events=[TimelineEvent(Kind.APPLICATION_RECEIVED, NOW - timedelta(days=9), "ack", "m1")],
    )
    for name, value in fields.items():
        setattr(made, name, value)
    return made


def test_the_csv_lists_every_application_and_never_a_formula() -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(
                applications_csv(
                    [
                        app('=HYPERLINK("http://evil")'),
                        app("Birchway", Status.OFFER, respond_by=NOW + timedelta(days=2)),
                        app("Merged Away", merged_into="id-Birc"),
                    ]
                )
            )
        )
    )

    assert [row["employer"] for row in rows] == ['\'=HYPERLINK("http://evil")', "Birchway"]
    assert rows[1]["status"] == "Offer (not signed)"
    assert rows[1]["your_deadline"].startswith("2026-09-12")
    assert rows[1]["applied"] == "2026-09-01"


def test_the_calendar_holds_interviews_promises_and_your_deadlines_apart() -> None:
    apps = [
        app(
            "Birchway", interview_at=NOW + timedelta(days=1, hours=5), expect_reply_by=NOW + timedelta(days=6)
        ),
        app("Copperfield", Status.REFERENCES, respond_by=datetime(2026, 9, 14, 0, 0, tzinfo=UTC)),
        app("Rejected Ltd", Status.REJECTED, interview_at=NOW + timedelta(days=2)),
    ]

    calendar = Calendar.from_ical(applications_ics(USER, apps, NOW))

    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert set(events) == {
        "interview-id-Birc@untilsigned",
        "promised-id-Birc@untilsigned",
        "deadline-id-Copp@untilsigned",
    }
    interview = events["interview-id-Birc@untilsigned"]
    assert interview.decoded("DTSTART") == NOW + timedelta(days=1, hours=5)
    assert str(interview["SUMMARY"]) == "Interview: Birchway — Data Engineer, Payments; Team \\ North"
    assert str(events["deadline-id-Copp@untilsigned"]["SUMMARY"]).startswith(
        "Your deadline: Send your references"
    )
    assert str(events["promised-id-Birc@untilsigned"]["SUMMARY"]) == "Birchway promised a reply"


def test_long_lines_are_folded_within_75_octets() -> None:
    text = applications_ics(USER, [app("Ü" * 120, interview_at=NOW + timedelta(days=1))], NOW)

    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    summary = next(iter(Calendar.from_ical(text).walk("VEVENT")))["SUMMARY"]
    assert str(summary).startswith("Interview: " + "Ü" * 120)

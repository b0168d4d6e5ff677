"""understand(raw): read, classify, extract; and the JSON shape replays and evaluations print."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.model import Kind
from untilsigned.domain.understanding.understand import understand, understood_to_dict
from untilsigned.local.mailkit import forwarded

pytestmark = pytest.mark.unit

NEW_YORK = ZoneInfo("America/New_York")
SENT = datetime(2025, 6, 4, 9, 15, tzinfo=NEW_YORK)  # a Wednesday
USER = "sam.taylor@example.com"
EXPECTED_KEYS = {
    "file", "kind", "language", "confidence", "evidence", "forwarded", "forwarded_by", "original", "company",
    "role", "requisition_id", "interview_at", "expect_reply_by", "respond_by", "error",
}  # fmt: skip


def test_a_forwarded_acknowledgement_is_understood_end_to_end() -> None:
    # given an ATS acknowledgement forwarded from Gmail
    raw = forwarded(
        forwarder=USER,
        employer="Brightwell Careers <no-reply@greenhouse.io>",
        subject="Thank you for applying to Brightwell",
        body=(
            "Hi Sam,\n\nWe have received your application for the Data Analyst position (Req ID: R-4410). "
            "Our team will review it and we'll get back to you within two weeks.\n\nBrightwell Talent Team"
        ),
        sent=SENT,
    )
    # when understood
    understood = understand(raw)
    # then the kind, the employer (not the ATS), the role, the id and the promise all come out
    assert understood.kind is Kind.APPLICATION_RECEIVED
    assert understood.mail.forwarded
    assert understood.extraction.company == "Brightwell"
    assert understood.extraction.role == "Data Analyst"
    assert understood.extraction.requisition_id == "R-4410"
    assert understood.extraction.expect_reply_by is not None
    assert understood.extraction.expect_reply_by.date().isoformat() == "2025-06-18"


def test_a_forwarded_rejection_after_a_quoted_acknowledgement() -> None:
    raw = forwarded(
        forwarder=USER,
        employer="no-reply@hire.lever.co",
        subject="Your application to Fieldstone",
        body="Thanks for your interest in Fieldstone. We've decided to move forward with other candidates.",
        sent=SENT,
    )
    understood = understand(raw)
    assert understood.kind is Kind.REJECTED
    assert understood.extraction.company == "Fieldstone"
    assert understood.classification.evidence


def test_an_interview_invite_in_a_calendar_part_sets_the_interview_time() -> None:
    # given an employer mail with a text/calendar invitation for 10 June, 14:00 New York time
    message = EmailMessage()
    message["From"] = "Halcyon Recruiting <recruiting@halcyon.example>"
    message["To"] = USER
    message["Subject"] = "Interview invitation: Platform Engineer"
    message["Date"] = format_datetime(SENT)
    message["Message-ID"] = "<invite-1@halcyon.example>"
    message.set_content(
        "Hi Sam, we'd like to invite you to an interview for the Platform Engineer role. See invite."
    )
    calendar = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//untilsigned tests//EN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:interview-1@halcyon.example",
            "DTSTAMP:20250604T131500Z",
            "DTSTART;TZID=America/New_York:20250610T140000",
            "DTEND;TZID=America/New_York:20250610T150000",
            "SUMMARY:Interview - Sam Taylor",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    message.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    # when understood
    understood = understand(message.as_bytes())
    # then it is an interview at the invite's time
    assert understood.kind is Kind.INTERVIEW_SCHEDULED
    assert understood.extraction.interview_at == datetime(2025, 6, 10, 14, 0, tzinfo=NEW_YORK)
    assert understood.extraction.company == "Halcyon"


@pytest.mark.parametrize("raw", [b"", b"   \r\n  ", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 not mime"])
def test_unreadable_mail_becomes_kind_unreadable_with_the_reason(raw: bytes) -> None:
    # given bytes that are not a readable message
    # when understood
    understood = understand(raw)
    # then the kind is unreadable, fully confident, with the reader's reason as evidence and nothing extracted
    assert understood.kind is Kind.UNREADABLE
    assert understood.classification.confidence == 1.0
    assert understood.classification.evidence == (understood.mail.error,)
    assert understood.extraction.company is None


def test_the_dict_has_exactly_the_documented_shape_with_iso_dates() -> None:
    # given an understood forwarded interview confirmation
    raw = forwarded(
        forwarder=USER,
        employer="Cobalt Hiring Team <notifications@ashbyhq.com>",
        subject="Interview confirmation",
        body="This confirms your interview for the QA Engineer role on Tuesday, June 10 at 2:00 PM EST.",
        sent=SENT,
    )
    understood = understand(raw)
    # when turned into a dict
    shown = understood_to_dict(understood, "interview.eml")
    # then the keys are exactly the documented ones and dates are ISO 8601 with an offset
    assert set(shown) == EXPECTED_KEYS
    assert shown["file"] == "interview.eml"
    assert shown["kind"] == "interview_scheduled"
    assert shown["language"] == "en"
    assert shown["forwarded"] is True
    assert shown["forwarded_by"] == USER
    assert shown["interview_at"] == "2025-06-10T14:00:00-04:00"
    assert isinstance(shown["evidence"], list)
    original = shown["original"]
    assert isinstance(original, dict)
    assert set(original) == {"from", "from_name", "subject", "date"}
    assert original["from"] == "notifications@ashbyhq.com"
    assert shown["error"] is None
    assert shown["company"] == "Cobalt"


def test_the_dict_of_unreadable_mail_keeps_the_error_and_nulls() -> None:
    shown = understood_to_dict(understand(b""), "empty.eml")
    assert shown["kind"] == "unreadable"
    assert shown["error"]
    assert shown["forwarded_by"] is None
    assert shown["interview_at"] is None and shown["company"] is None

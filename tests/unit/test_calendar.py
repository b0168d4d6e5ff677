"""read_invites: zones, cancellations, organizer and meeting links, broken calendars."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.mail.calendar import read_invites
from untilsigned.domain.model import Address

pytestmark = pytest.mark.unit


def calendar(*event_lines: str, method: str = "REQUEST", extra: str = "") -> str:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//untilsigned tests//EN"]
    if method:
        head.append(f"METHOD:{method}")
    body = [
        "BEGIN:VEVENT",
        "UID:evt-1@fernhill.example",
        "DTSTAMP:20260601T120000Z",
        *event_lines,
        "END:VEVENT",
    ]
    return "\r\n".join([*head, *([extra] if extra else []), *body, "END:VCALENDAR", ""])


def test_iana_tzid_gives_an_aware_start_in_that_zone() -> None:
    # given
    ics = calendar(
        "DTSTART;TZID=America/New_York:20261103T090000",
        "DTEND;TZID=America/New_York:20261103T100000",
        "SUMMARY:Panel interview",
        "SEQUENCE:1",
    )
    # when
    (invite,) = read_invites(ics.encode())
    # then
    assert invite.start == datetime(2026, 11, 3, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    assert invite.start is not None and invite.start.utcoffset() is not None
    assert invite.start.astimezone(UTC) == datetime(2026, 11, 3, 14, 0, tzinfo=UTC)  # EST after the change
    assert invite.end == datetime(2026, 11, 3, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    assert (invite.method, invite.sequence, invite.summary) == ("REQUEST", 1, "Panel interview")
    assert invite.cancelled is False


def test_windows_zone_names_map_to_zoneinfo() -> None:
    # given
    ics = calendar("DTSTART;TZID=W. Europe Standard Time:20260610T150000")
    # when
    (invite,) = read_invites(ics)
    # then
    assert invite.start == datetime(2026, 6, 10, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def test_a_zone_only_defined_in_the_file_keeps_its_vtimezone_offsets() -> None:
    # given
    vtimezone = "\r\n".join(
        ["BEGIN:VTIMEZONE", "TZID:Recruiter Local Time", "BEGIN:STANDARD", "DTSTART:19700101T000000",
         "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:STANDARD", "END:VTIMEZONE"]
    )  # fmt: skip
    ics = calendar("DTSTART;TZID=Recruiter Local Time:20260610T150000", extra=vtimezone)
    # when
    (invite,) = read_invites(ics)
    # then
    assert invite.start is not None
    assert invite.start.astimezone(UTC) == datetime(2026, 6, 10, 9, 30, tzinfo=UTC)


def test_utc_and_floating_times_are_utc_and_all_day_dates_have_no_start() -> None:
    # given
    utc = calendar("DTSTART:20260610T150000Z")
    floating = calendar("DTSTART:20260610T150000")
    all_day = calendar("DTSTART;VALUE=DATE:20260610")
    # when / then
    assert read_invites(utc)[0].start == datetime(2026, 6, 10, 15, 0, tzinfo=UTC)
    assert read_invites(floating)[0].start == datetime(2026, 6, 10, 15, 0, tzinfo=UTC)
    assert read_invites(all_day)[0].start is None


def test_cancellation_by_method_or_by_status() -> None:
    # given
    by_method = calendar("DTSTART:20260610T150000Z", method="CANCEL")
    by_status = calendar("DTSTART:20260610T150000Z", "STATUS:CANCELLED", method="REQUEST")
    no_method = calendar("DTSTART:20260610T150000Z", method="")
    # when / then
    assert read_invites(by_method)[0].cancelled is True
    assert read_invites(by_status)[0].cancelled is True
    assert read_invites(no_method)[0].method == ""
    assert read_invites(no_method)[0].cancelled is False


def test_organizer_and_location_with_a_meeting_link() -> None:
    # given
    ics = calendar(
        "DTSTART:20260610T150000Z",
        'ORGANIZER;CN="Ruiz, Ana":mailto:Ana.Ruiz@Fernhill.example',
        "LOCATION:Zoom",
        "DESCRIPTION:Join here: https://fernhill.zoom.us/j/123456789?pwd=abc\\nSee you!",
    )
    # when
    (invite,) = read_invites(ics)
    # then
    assert invite.organizer == Address("Ruiz, Ana", "ana.ruiz@fernhill.example")
    assert invite.location == "Zoom https://fernhill.zoom.us/j/123456789?pwd=abc"


def test_a_plain_room_location_is_kept_as_written() -> None:
    # when
    (invite,) = read_invites(calendar("DTSTART:20260610T150000Z", "LOCATION:Building 4\\, Room 210"))
    # then
    assert invite.location == "Building 4, Room 210"
    assert invite.organizer is None


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a calendar",
        b"BEGIN:VCALENDAR\r\nX\r\nEND:VCALENDAR\r\n",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        b"\xff\xfe\x00B\x00E\x00G",
    ],
)
def test_broken_calendars_give_no_invite_without_raising(data: bytes) -> None:
    # when
    invites = read_invites(data)
    # then
    assert all(invite.start is None for invite in invites)


def test_many_events_are_capped() -> None:
    # given
    events = "\r\n".join(
        f"BEGIN:VEVENT\r\nUID:e{i}\r\nDTSTART:20260610T150000Z\r\nEND:VEVENT" for i in range(100)
    )
    ics = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}\r\nEND:VCALENDAR\r\n"
    # when
    invites = read_invites(ics)
    # then
    assert len(invites) == 20

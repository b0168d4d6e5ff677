"""Calendar invitations (text/calendar parts, .ics attachments) to CalendarInvite values.

Times: a DTSTART with a TZID comes back aware in that zone - IANA names and Windows names
("Eastern Standard Time") map to zoneinfo; a TZID only defined by the file's own VTIMEZONE
keeps icalendar's zone built from it. "Z" times are UTC, floating times are taken as UTC.
All-day (date-only) starts give start=None: a date is not an appointment time.

A broken .ics yields no invite; nothing here raises. Only the first 20 events are handed to the
iCalendar parser (its cost follows the events), and a calendar cut short by the MIME reader's budget is
closed after its last whole event, so the events that fit are still read.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from untilsigned.domain.bounds import MAX_HEADER_TEXT_CHARS, MAX_NAME_CHARS, bounded_line
from untilsigned.domain.mail.headers import decode_bytes, find_email
from untilsigned.domain.model import Address, CalendarInvite

logger = logging.getLogger(__name__)

MAX_CALENDAR_BYTES = 1_000_000
MAX_EVENTS = 20
MAX_TEXT_VALUE_CHARS = 20_000  # of a SUMMARY / LOCATION / DESCRIPTION value read for the invite
_MEETING_LINK = re.compile(
    r"https://[^\s<>\"']{0,40}(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|"
    r"whereby\.com|gotomeeting\.com|goto\.com|chime\.aws|bluejeans\.com|meet\.jit\.si|around\.co)"
    r"[^\s<>\"')\]]{0,400}",
    re.IGNORECASE,
)
_CONFERENCE_PROPERTIES = (
    "URL",
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK",
    "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK",
)


def _zone_named(tzid: str) -> tzinfo | None:
    name = tzid.strip().strip('"')
    if not name:
        return None
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    for candidate in (name, WINDOWS_TO_OLSON.get(name, "")):
        if not candidate or "/" not in candidate and candidate not in ("UTC", "GMT"):
            continue
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def _moment(event: Any, name: str) -> datetime | None:
    """DTSTART/DTEND as an aware datetime in the event's own zone; None for dates or garbage."""
    if name not in event:
        return None
    value = event.decoded(name)
    if isinstance(value, datetime):
        tzid = str(event[name].params.get("TZID", "")) if hasattr(event[name], "params") else ""
        zone = _zone_named(tzid) if tzid else None
        if zone is not None:
            return value.replace(tzinfo=zone)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)  # floating time: no better guess
        return value
    if isinstance(value, date):
        return None
    return None


def _text(event: Any, name: str) -> str:
    value = event.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return " ".join(str(value)[:MAX_TEXT_VALUE_CHARS].split())[:MAX_HEADER_TEXT_CHARS]


def _organizer(event: Any) -> Address | None:
    value = event.get("ORGANIZER")
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0] if value else None
        if value is None:
            return None
    text = str(value)
    span = find_email(text)
    email = text[span[0] : span[1]].lower() if span else ""
    params = getattr(value, "params", {}) or {}
    name = bounded_line(" ".join(str(params.get("CN", "")).strip().strip('"').split()), MAX_NAME_CHARS)
    if name.lower() == email:
        name = ""
    if not email and not name:
        return None
    return Address(name=name, email=email)


def _location(event: Any) -> str:
    location = _text(event, "LOCATION")
    link = ""
    for name in _CONFERENCE_PROPERTIES:
        candidate = _text(event, name)
        if candidate.lower().startswith("http"):
            link = candidate
            break
    if not link:
        found = _MEETING_LINK.search(_description(event))
        if found:
            link = found.group(0)
    if link and link not in location:
        return f"{location} {link}".strip()
    return location


def _description(event: Any) -> str:
    value = event.get("DESCRIPTION")
    if isinstance(value, list):
        value = value[0] if value else ""
    return " ".join(str(value or "")[:MAX_TEXT_VALUE_CHARS].split())


def _first_events(text: str) -> str:
    """The calendar up to its MAX_EVENTS-th event, closed there; one cut short (no END:VCALENDAR after
    its last END:VEVENT) is closed after its last whole event."""
    upper = text.upper()
    end = -1
    count = 0
    position = upper.find("\nEND:VEVENT")
    while position != -1:
        count += 1
        end = position + len("\nEND:VEVENT")
        if count >= MAX_EVENTS:
            break
        position = upper.find("\nEND:VEVENT", end)
    if end == -1:
        return text
    more_events = count >= MAX_EVENTS and upper.find("\nBEGIN:VEVENT", end) != -1
    if more_events or upper.find("\nEND:VCALENDAR", end) == -1:
        return text[:end] + "\r\nEND:VCALENDAR\r\n"
    return text


def _sequence(event: Any) -> int:
    try:
        return int(str(event.get("SEQUENCE", 0)).strip() or 0)
    except ValueError:
        return 0


def _invite(event: Any, method: str) -> CalendarInvite:
    status = _text(event, "STATUS").upper()
    return CalendarInvite(
        method=method,
        start=_moment(event, "DTSTART"),
        end=_moment(event, "DTEND"),
        sequence=_sequence(event),
        cancelled=method == "CANCEL" or status == "CANCELLED",
        summary=_text(event, "SUMMARY"),
        location=_location(event),
        uid=_text(event, "UID"),
        organizer=_organizer(event),
    )


def read_invites(data: bytes | str) -> tuple[CalendarInvite, ...]:
    """Every VEVENT (up to 20) of one iCalendar payload; () when it cannot be read."""
    if not data:
        return ()
    text = decode_bytes(data[:MAX_CALENDAR_BYTES], "utf-8") if isinstance(data, bytes) else data
    text = text[:MAX_CALENDAR_BYTES]
    if "BEGIN:VCALENDAR" not in text.upper():
        return ()
    from icalendar import Calendar  # lazy: keeps Lambda cold start small

    try:
        calendars = Calendar.from_ical(_first_events(text), multiple=True)
    except Exception as error:  # noqa: BLE001 - third-party parser on hostile input: no invite, logged
        logger.info("unreadable calendar: %s: %s", type(error).__name__, error)
        return ()
    invites: list[CalendarInvite] = []
    for calendar in calendars:
        method = _text(calendar, "METHOD").upper()
        for event in calendar.walk("VEVENT"):
            if len(invites) >= MAX_EVENTS:
                return tuple(invites)
            try:
                invites.append(_invite(event, method))
            except Exception as error:  # noqa: BLE001 - one bad event must not lose the others; logged
                logger.info("unreadable calendar event: %s: %s", type(error).__name__, error)
    return tuple(invites)

"""Exports a job seeker can take elsewhere: a CSV of every application, and an iCalendar feed.

The feed holds interviews, the dates employers promised to reply by, and the owner's own deadlines
(offer and reference replies, assessments). It is written by hand to RFC 5545 (escaping, CRLF, lines
folded at 75 octets) so the board never imports a calendar library for it.

Pure: `now` is passed in.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import UTC, datetime, time

from untilsigned.domain.model import Application, Status, User
from untilsigned.domain.reporting.presentation import STATUS_LABELS, started_at

CSV_COLUMNS = (
    "employer",
    "role",
    "status",
    "applied",
    "last_contact",
    "they_promised_reply_by",
    "your_deadline",
    "interview_at",
    "ghosted_since",
    "link",
    "id",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    # A spreadsheet runs a cell that starts like a formula; a name from mail must stay text.
    return "'" + value if value.startswith(_FORMULA_START) else value


def _iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment else ""


def applications_csv(applications: Sequence[Application]) -> str:
    """Every application (merged-away ones aside), oldest first, with its current state and dates."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for app in sorted(applications, key=lambda a: (a.created_at, a.id)):
        if app.merged_into:
            continue
        applied = started_at(app) or app.applied_at or app.created_at
        writer.writerow(
            [
                _cell(app.company),
                _cell(app.role or ""),
                STATUS_LABELS[app.status],
                applied.date().isoformat(),
                _iso(app.last_contact),
                _iso(app.expect_reply_by),
                _iso(app.respond_by),
                _iso(app.interview_at),
                _iso(app.ghosted_since),
                _cell(app.link),
                app.id,
            ]
        )
    return buffer.getvalue()


# -- iCalendar ---------------------------------------------------------------------------------------------


def _text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped; other control characters dropped."""
    cleaned = "".join(ch for ch in value if ch == "\n" or ch >= " ")
    return cleaned.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space, never inside a character."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode()) > limit:
            parts.append(current)
            current = char
            limit = 74  # the leading space of a continuation line counts
        else:
            current += char
    parts.append(current)
    return "\r\n ".join(parts)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _whole_day(moment: datetime) -> bool:
    return moment.time().replace(microsecond=0) in (time(0, 0), time(23, 59), time(23, 59, 59))


def _event_lines(uid: str, when: datetime, summary: str, description: str, now: datetime) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{_stamp(now)}"]
    if _whole_day(when):
        day = when.date()
        lines += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}"]
    else:
        lines += [f"DTSTART:{_stamp(when)}", f"DURATION:PT{60}M"]
    lines += [
        f"SUMMARY:{_text(summary)}",
        f"DESCRIPTION:{_text(description)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]
    return lines


_OPEN = frozenset({Status.APPLIED, Status.ASSESSMENT, Status.INTERVIEWING, Status.REFERENCES, Status.OFFER})
_DEADLINE_WORDS = {
    Status.OFFER: "Answer the offer",
    Status.REFERENCES: "Send your references",
    Status.ASSESSMENT: "Hand in the assessment",
}


def applications_ics(user: User, applications: Sequence[Application], now: datetime) -> str:
    """One calendar: interviews, the employer's promised reply dates, and your own deadlines."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//untilsigned//board//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:untilsigned",
    ]
    for app in sorted(applications, key=lambda a: (a.created_at, a.id)):
        if app.merged_into:
            continue
        who = app.company + (f" — {app.role}" if app.role else "")
        if app.status not in _OPEN:
            continue
        deadline = f"Your deadline: {_DEADLINE_WORDS.get(app.status, 'Reply')} ({app.company})"
        dated = (
            (
                "interview",
                app.interview_at,
                f"Interview: {who}",
                "An interview is not an offer: keep applying.",
            ),
            (
                "promised",
                app.expect_reply_by,
                f"{app.company} promised a reply",
                f"{who}: the date they gave themselves. Silence after it is ghosting.",
            ),
            ("deadline", app.respond_by, deadline, f"{who}: your own deadline."),
        )
        for name, moment, summary, description in dated:
            if moment is not None:
                lines += _event_lines(f"{name}-{app.id}@untilsigned", moment, summary, description, now)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)

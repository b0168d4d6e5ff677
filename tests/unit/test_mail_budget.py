"""The reading budget per mail and the caps on text: over budget, read what fits and say so; never fail.

Small shapes with small limits stand in for the hostile mail the limits are there for (scripts/hostile_mail.py
measures the real sizes); nothing here is timed.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from untilsigned.domain.bounds import (
    MAX_BLANK_LINES,
    MAX_LINE_CHARS,
    MAX_NAME_CHARS,
    MAX_SENTENCE_CHARS,
    MAX_SPACE_RUN,
    bounded_text,
)
from untilsigned.domain.mail.html_text import MAX_QUOTE_DEPTH, MAX_TEXT_CHARS, html_to_text
from untilsigned.domain.mail.mime import MailLimits, read_mail
from untilsigned.domain.model import Kind
from untilsigned.domain.text import split_sentences
from untilsigned.domain.understanding.understand import understand_mail

pytestmark = pytest.mark.unit

INTERVIEW = (
    "Hi Sam,\n\nWe'd love to invite you to a video interview for the Data Analyst role on Tuesday, "
    "November 10 at 2:00 PM. Please confirm by Friday.\n\nBest regards,\nAlex Morgan\nBrightwell\n"
)


def _calendar(uid: str, events: int = 1) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "METHOD:REQUEST"]
    for index in range(events):
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}-{index}@brightwell.example",
            "DTSTAMP:20261101T120000Z",
            f"DTSTART;TZID=Europe/Berlin:202611{10 + index:02d}T140000",
            "SUMMARY:Interview with Brightwell",
            "END:VEVENT",
        ]
    return "\r\n".join([*lines, "END:VCALENDAR", ""])


def _mail(subject: str = "Interview at Brightwell") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Brightwell Careers <careers@brightwell.example>"
    message["To"] = "k3y@inbox.untilsigned.test"
    message["Subject"] = subject
    message["Date"] = "Mon, 2 Nov 2026 09:00:00 +0100"
    message["Message-ID"] = "<budget-test@brightwell.example>"
    return message


def _with_calendars(count: int, events: int = 1) -> bytes:
    message = _mail()
    message.set_content(INTERVIEW)
    for index in range(count):
        message.add_attachment(
            _calendar(f"part{index}", events).encode(),
            maintype="text",
            subtype="calendar",
            filename=f"invite{index}.ics",
        )
    return message.as_bytes()


def _nested(levels: int, html: str) -> bytes:
    """`levels` messages each attached to the one around it; each carries `html` (its level written in)."""
    inner: EmailMessage | None = None
    for level in range(levels, 0, -1):
        message = _mail(f"Update from level {level}")
        message.set_content(html.replace("LEVEL", str(level)), subtype="html")
        if inner is not None:
            message.add_attachment(inner)
        inner = message
    assert inner is not None
    return inner.as_bytes()


# --------------------------------------------------------------------------- the budget


def test_ordinary_mail_is_read_with_no_limits_reached() -> None:
    # when
    mail = read_mail(_with_calendars(1))
    # then
    assert mail.error is None
    assert mail.limits == ()
    assert len(mail.invites) == 1


def test_calendar_parts_over_the_budget_are_left_and_the_outcome_says_so() -> None:
    # given four invitations, and a budget of two calendar parts
    raw = _with_calendars(4)
    # when
    mail = read_mail(raw, MailLimits(calendar_parts=2))
    # then the first two are read, the mail is not unreadable, and the limit is named
    assert mail.error is None
    assert sorted(invite.uid for invite in mail.invites) == [
        "part0-0@brightwell.example",
        "part1-0@brightwell.example",
    ]
    assert mail.limits == ("more than 2 calendar parts: the rest not read",)
    assert understand_mail(mail).kind is Kind.INTERVIEW_SCHEDULED


def test_calendar_bytes_over_the_budget_keep_the_whole_events_that_fit() -> None:
    # given one invitation with five events, and room for about two and a half of them
    raw = _with_calendars(1, events=5)
    event_bytes = len(_calendar("x", 5)) // 5
    # when
    mail = read_mail(raw, MailLimits(calendar_bytes=int(event_bytes * 2.5)))
    # then the calendar is closed after its last whole event, which are read
    assert [invite.uid for invite in mail.invites] == [
        "part0-0@brightwell.example",
        "part0-1@brightwell.example",
    ]
    assert any("calendar data over" in note for note in mail.limits)
    assert mail.error is None


def test_html_budget_is_shared_by_nested_attached_messages() -> None:
    # given three messages attached inside each other, each with the same HTML
    html = "<html><body>" + "<p>Level LEVEL: thank you for your interest.</p>" * 20 + "</body></html>"
    raw = _nested(3, html)
    # when the budget pays for about one and a half of them
    mail = read_mail(raw, MailLimits(html_chars=int(len(html) * 1.5)))
    # then the innermost message is still the original, read as far as the budget went, and it says so
    assert mail.error is None
    assert mail.forwarded is True
    assert mail.original.subject == "Update from level 3"
    assert "Level 3" not in mail.text
    assert mail.limits == (
        f"HTML over {int(len(html) * 1.5):,} characters or 40,000 tags: only its beginning converted to text",
    )


def test_html_tags_over_the_budget_convert_the_beginning() -> None:
    # given an HTML body of 100 paragraphs
    message = _mail()
    message.set_content(
        "".join(f"<p>Paragraph {index} of the update.</p>" for index in range(100)), subtype="html"
    )
    # when the budget pays for 20 tags
    mail = read_mail(message.as_bytes(), MailLimits(html_tags=20))
    # then the first ten paragraphs are text, the rest is not, and the outcome says so
    assert "Paragraph 9 of the update." in mail.text
    assert "Paragraph 10 " not in mail.text
    assert any(note.startswith("HTML over") for note in mail.limits)


def test_attached_messages_nested_too_deep_stop_at_the_limit() -> None:
    # given four messages attached inside each other
    raw = _nested(4, "<p>Level LEVEL: interview on Tuesday.</p>")
    # when only two levels of attached messages are read
    mail = read_mail(raw, MailLimits(attached_depth=2))
    # then the third level is the original, and the outcome names the limit
    assert mail.original.subject == "Update from level 3"
    assert mail.limits == ("attached messages nested deeper than 2: the inner ones not read",)


def test_parts_over_the_budget_are_left_unread() -> None:
    # given a mail of 30 text parts
    message = _mail()
    message.set_content(INTERVIEW)
    for index in range(29):
        message.add_attachment(f"Note {index}".encode(), maintype="application", subtype="octet-stream")
    # when
    mail = read_mail(message.as_bytes(), MailLimits(parts=10))
    # then the interview text (the first part) is read and the limit is named
    assert "video interview" in mail.text
    assert mail.limits == ("more than 10 MIME parts: the rest not read",)


def test_multipart_nesting_deeper_than_the_limit_is_left_unread() -> None:
    # given text six multiparts deep
    body = b"Content-Type: text/plain\r\n\r\n" + INTERVIEW.encode()
    for level in range(6):
        boundary = f"b{level}".encode()
        body = (
            (
                b'Content-Type: multipart/mixed; boundary="'
                + boundary
                + b'"\r\n\r\n--'
                + boundary
                + b"\r\n"
                + body
            )
            + b"\r\n--"
            + boundary
            + b"--\r\n"
        )
    raw = b"From: careers@brightwell.example\r\nSubject: Interview\r\nMIME-Version: 1.0\r\n" + body
    # when
    mail = read_mail(raw, MailLimits(depth=3))
    # then the mail is readable (subject, sender), and the limit is named
    assert mail.error is None
    assert mail.text == ""
    assert mail.limits == ("MIME parts nested deeper than 3 levels: the deeper ones not read",)


# --------------------------------------------------------------------------- the caps on text


def test_bounded_text_leaves_ordinary_text_as_it_is() -> None:
    # given
    text = INTERVIEW + "\n    indented  two spaces\n\n\n\nafter blank lines\n"
    # then
    assert bounded_text(text) == text


def test_bounded_text_wraps_long_lines_at_spaces_without_losing_words() -> None:
    # given a line of 3 000 words
    words = [f"word{index}" for index in range(3_000)]
    # when
    bounded = bounded_text(" ".join(words))
    # then no line is over the cap, and every word is still there, in order
    assert max(len(line) for line in bounded.split("\n")) <= MAX_LINE_CHARS
    assert bounded.split() == words


def test_bounded_text_shortens_whitespace_runs_and_blank_line_runs() -> None:
    # given
    text = "a" + " \t" * 500 + "b" + "\n" * 500 + "c"
    # when
    bounded = bounded_text(text)
    # then
    assert bounded == "a" + (" \t" * 500)[:MAX_SPACE_RUN] + "b" + "\n" * (MAX_BLANK_LINES + 1) + "c"


def test_long_sentences_are_cut_into_pieces_under_the_cap() -> None:
    # given one sentence of 20 000 characters
    sentence = "interview if we if you schedule if the interview if " * 400
    # when
    sentences = split_sentences(sentence)
    # then
    assert max(len(piece) for piece in sentences) <= MAX_SENTENCE_CHARS
    assert " ".join(sentences).split() == sentence.split()


def test_display_names_are_capped() -> None:
    # given a From display name of 15 000 separators
    message = _mail()
    del message["From"]
    message["From"] = '"' + " - | -" * 2_500 + '" <recruiter@brightwell.example>'
    message.set_content(INTERVIEW)
    # when
    mail = read_mail(message.as_bytes())
    # then
    assert mail.envelope.sender.email == "recruiter@brightwell.example"
    assert len(mail.envelope.sender.name) <= MAX_NAME_CHARS


def test_x_forwarded_for_keeps_only_the_addresses_it_names() -> None:
    # given sixty headers of digits, one of which also names an address
    message = _mail()
    for index in range(60):
        message["X-Forwarded-For"] = "1" * 2_000 + (" sam.taylor@example.com" if index == 7 else "")
    message.set_content(INTERVIEW)
    # when
    mail = read_mail(message.as_bytes())
    # then
    assert mail.envelope.forwarded_for == "sam.taylor@example.com"


def test_unclosed_blockquotes_do_not_multiply_the_text() -> None:
    # given 5 000 unclosed blockquotes, each with a word
    html = "<blockquote>word " * 5_000
    # when
    text = html_to_text(html)
    # then every line carries at most MAX_QUOTE_DEPTH markers, and the text stays under the cap
    assert len(text) <= MAX_TEXT_CHARS + 2 * MAX_QUOTE_DEPTH + 100
    assert max(line.count(">") for line in text.split("\n")) == MAX_QUOTE_DEPTH

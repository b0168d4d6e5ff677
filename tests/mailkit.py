"""Build test emails as their senders write them: forwards in a mail client's style, written for these tests.

They carry no SES headers: the local stack writes those on top when it delivers a mail, from the SMTP
session it is given (`SmtpSession`), or, by default, as legitimate mail from the From domain.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime


def forwarded(
    *,
    forwarder: str,
    employer: str,
    subject: str,
    body: str,
    sent: datetime,
    forwarded_at: datetime | None = None,
    to: str = "jobs@inbox.untilsigned.test",
    headers: dict[str, str] | None = None,
) -> bytes:
    """A Gmail-style inline forward of `employer`'s mail, sent by `forwarder`."""
    message = EmailMessage()
    for name, value in (headers or {}).items():
        message[name] = value
    message["From"] = forwarder
    message["To"] = to
    message["Subject"] = f"Fwd: {subject}"
    message["Date"] = format_datetime(forwarded_at or sent)
    message["Message-ID"] = f"<fwd-{abs(hash((subject, body, forwarded_at or sent)))}@mail.example.com>"
    stamp = sent.strftime("%a, %b %-d, %Y at %-I:%M %p")
    message.set_content(
        "---------- Forwarded message ---------\n"
        f"From: {employer}\n"
        f"Date: {stamp}\n"
        f"Subject: {subject}\n"
        f"To: <{forwarder}>\n\n\n"
        f"{body}\n"
    )
    return message.as_bytes()


def direct(
    *, sender: str, subject: str, body: str, sent: datetime, headers: dict[str, str] | None = None
) -> bytes:
    """Mail written straight to the inbox (a command from the owner, or a stranger)."""
    message = EmailMessage()
    for name, value in (headers or {}).items():
        message[name] = value
    message["From"] = sender
    message["To"] = "jobs@inbox.untilsigned.test"
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<direct-{abs(hash((subject, body, sent)))}@mail.example.com>"
    message.set_content(body)
    return message.as_bytes()


def provider_confirmation(
    *,
    sender: str,
    subject: str,
    text: str,
    sent: datetime,
    authentication: str | None,
    html: str | None = None,
    to: str = "jobs@inbox.untilsigned.test",
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    """A mail provider's "confirm this forwarding address" message as SES stores it.

    `authentication` is SES's own Authentication-Results stamp (after "amazonses.com;"), placed on top as
    SES does; None leaves the stamp out.
    """
    message = EmailMessage()
    message["Return-Path"] = f"<{sender}>"
    if authentication is not None:
        message["Authentication-Results"] = f"amazonses.com; {authentication}"
    for name, value in (extra_headers or {}).items():
        message[name] = value
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<confirm-{abs(hash((subject, text, sent)))}@{sender.split('@')[1]}>"
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message.as_bytes()

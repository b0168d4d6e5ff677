"""Mail as its senders write it, for the tests, the evaluation scripts and the benchmark.

Forwards come in the layouts the common mail clients write (Gmail, Outlook, Apple Mail), as plain text or
HTML, inline or as an attachment; direct mail and a mail provider's "confirm this forwarding address"
message are built here too. Nothing here adds SES headers: the local stack stamps those on top when it
delivers a mail (from the SMTP session it is given, or, by default, as legitimate mail from the From domain).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from typing import Literal

INBOX = "jobs@inbox.untilsigned.test"

Client = Literal["gmail", "outlook", "apple"]
# Every way the suite forwards one employer mail: inline in a client's plain or HTML layout, as an
# attachment under the user's note, or arriving "direct" through an auto-forward that keeps the headers.
STYLES = ("gmail_plain", "gmail_html", "outlook_html", "outlook_text", "apple", "attachment", "direct")
OUTLOOK_RULE = "_" * 32


def _twelve_hour(moment: datetime, seconds: bool = False) -> str:
    hour = moment.hour % 12 or 12
    stamp = f"{hour}:{moment.minute:02d}" + (f":{moment.second:02d}" if seconds else "")
    return f"{stamp} {'AM' if moment.hour < 12 else 'PM'}"


def gmt_offset(moment: datetime) -> str:
    """Apple Mail's zone label: "GMT+2", "GMT-3:30"."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"GMT{sign}{hours}" + (f":{rest:02d}" if rest else "")


def client_stamp(client: Client, moment: datetime, *, apple_zone: str | None = None) -> str:
    """The date as the client prints it above a forward ("Mon, Mar 9, 2026 at 2:05 PM" in Gmail).

    Apple Mail prints the zone's abbreviation by default; `apple_zone` replaces it (e.g. `gmt_offset`).
    """
    if client == "gmail":
        return f"{moment.strftime('%a, %b')} {moment.day}, {moment.year} at {_twelve_hour(moment)}"
    if client == "outlook":
        return f"{moment.strftime('%A, %B')} {moment.day}, {moment.year} {_twelve_hour(moment)}"
    zone = moment.strftime("%Z") if apple_zone is None else apple_zone
    return f"{moment.strftime('%B')} {moment.day}, {moment.year} at {_twelve_hour(moment, True)} {zone}"


def forward_header(client: Client, *, sender: str, subject: str, stamp: str, to: str) -> str:
    """The plain-text block a client writes above the message it forwards, up to where the body starts."""
    if client == "gmail":
        return (
            f"---------- Forwarded message ---------\nFrom: {sender}\nDate: {stamp}\nSubject: {subject}\n"
            f"To: {to}\n\n\n"
        )
    if client == "outlook":
        return f"{OUTLOOK_RULE}\nFrom: {sender}\nSent: {stamp}\nTo: {to}\nSubject: {subject}\n\n"
    return f"Begin forwarded message:\n\nFrom: {sender}\nSubject: {subject}\nDate: {stamp}\nTo: {to}\n\n"


def forward_text(
    client: Client, *, sender: str, subject: str, stamp: str, to: str, body: str, note: str | None = None
) -> str:
    """A plain-text inline forward: the user's note (when there is one), the client's block, the body."""
    lead = "" if note is None else f"{note}\n\n"
    return f"{lead}{forward_header(client, sender=sender, subject=subject, stamp=stamp, to=to)}{body}\n"


def sender_display(name: str, address: str) -> str:
    """How clients show a sender in a forward block: "Name <address>", or "<address>" without a name."""
    return f"{name} <{address}>" if name else f"<{address}>"


def forward_html(
    client: Client,
    *,
    sender_name: str,
    sender_address: str,
    subject: str,
    stamp: str,
    to: str,
    markup: str,
    note: str,
) -> str:
    """An HTML inline forward in the client's own markup, the forwarded message's `markup` inside it."""
    shown_sender = html.escape(sender_display(sender_name, sender_address))
    if client == "gmail":
        name = (
            f'<b class="gmail_sendername" dir="auto">{html.escape(sender_name)}</b> ' if sender_name else ""
        )
        return (
            f'<div dir="ltr">{html.escape(note)}<br><br><div class="gmail_quote"><div dir="ltr" '
            f'class="gmail_attr">---------- Forwarded message ---------<br>From: {name}<span dir="auto">'
            f"&lt;{html.escape(sender_address)}&gt;</span><br>Date: {stamp}<br>"
            f"Subject: {html.escape(subject)}<br>To: {html.escape(to)}<br></div><br><br>"
            f"{markup}</div></div>"
        )
    if client == "outlook":
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">{html.escape(note)}</div>'
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000"><b>From:</b> {shown_sender}<br><b>Sent:</b> {stamp}<br>'
            f"<b>To:</b> {html.escape(to)}<br><b>Subject:</b> {html.escape(subject)}</font>"
            f"<div>&nbsp;</div></div><div>{markup}</div></body></html>"
        )
    return (
        f'<html><body><div>{html.escape(note)}</div><div><br><blockquote type="cite"><div>Begin '
        f"forwarded message:</div><br><div><b>From: </b>{shown_sender}<br>"
        f"<b>Subject: </b>{html.escape(subject)}<br><b>Date: </b>{stamp}<br>"
        f"<b>To: </b>{html.escape(to)}<br></div><br>"
        f"<div>{markup}</div></blockquote></div></body></html>"
    )


def envelope(
    *,
    sender: str,
    to: str,
    subject: str | None,
    sent: datetime | None,
    message_id: str | None = None,
    headers: Iterable[tuple[str, str]] = (),
) -> EmailMessage:
    """A message with its headers and no body yet; `headers` go first (a name may repeat), as a relay
    prepends its own."""
    message = EmailMessage()
    for name, value in headers:
        message[name] = value
    message["From"] = sender
    message["To"] = to
    if subject is not None:
        message["Subject"] = subject
    if sent is not None:
        message["Date"] = format_datetime(sent)
    if message_id is not None:
        message["Message-ID"] = message_id
    return message


def attach_calendar(message: EmailMessage, ics: str, *, method: str | None = None) -> None:
    """An invitation attached as invite.ics, with the iTIP method as a content-type parameter if given."""
    params = {"method": method} if method else {}
    message.add_attachment(
        ics.encode(), maintype="text", subtype="calendar", filename="invite.ics", params=params
    )


def _default_id(prefix: str, *parts: object) -> str:
    # Distinct mails get distinct ids within a run, which is all the stores need.
    return f"<{prefix}-{abs(hash(parts))}@mail.example.com>"


def forward_message(
    *,
    forwarder: str,
    employer: str,
    subject: str,
    body: str,
    sent: datetime,
    forwarded_at: datetime | None = None,
    to: str = INBOX,
    headers: dict[str, str] | None = None,
    client: Client = "gmail",
    note: str | None = None,
    shown_to: str | None = None,
    message_id: str | None = None,
) -> EmailMessage:
    """An inline plain-text forward of `employer`'s mail, sent by `forwarder` from a `client`.

    `shown_to` is the To line inside the forward block (the forwarder's address in angle brackets unless
    given); `note` is the user's own line above the block. The body part can still be added to (an HTML
    alternative, an attachment).
    """
    when = forwarded_at or sent
    message = envelope(
        sender=forwarder,
        to=to,
        subject=f"Fwd: {subject}",
        sent=when,
        message_id=message_id or _default_id("fwd", subject, body, when),
        headers=(headers or {}).items(),
    )
    text = forward_text(
        client,
        sender=employer,
        subject=subject,
        stamp=client_stamp(client, sent),
        to=shown_to or f"<{forwarder}>",
        body=body,
        note=note,
    )
    message.set_content(text)
    return message


def forwarded(
    *,
    forwarder: str,
    employer: str,
    subject: str,
    body: str,
    sent: datetime,
    forwarded_at: datetime | None = None,
    to: str = INBOX,
    headers: dict[str, str] | None = None,
    client: Client = "gmail",
    note: str | None = None,
    shown_to: str | None = None,
    message_id: str | None = None,
) -> bytes:
    """`forward_message` as raw bytes: a Gmail-style inline forward unless another client is named."""
    return forward_message(
        forwarder=forwarder,
        employer=employer,
        subject=subject,
        body=body,
        sent=sent,
        forwarded_at=forwarded_at,
        to=to,
        headers=headers,
        client=client,
        note=note,
        shown_to=shown_to,
        message_id=message_id,
    ).as_bytes()


def direct(
    *,
    sender: str,
    subject: str,
    body: str,
    sent: datetime,
    headers: dict[str, str] | None = None,
    to: str = INBOX,
    message_id: str | None = None,
) -> bytes:
    """Mail written straight to the inbox (a command from the owner, a stranger, a filter's auto-forward)."""
    message = envelope(
        sender=sender,
        to=to,
        subject=subject,
        sent=sent,
        message_id=message_id or _default_id("direct", subject, body, sent),
        headers=(headers or {}).items(),
    )
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
    to: str = INBOX,
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    """A mail provider's "confirm this forwarding address" message as SES stores it.

    `authentication` is SES's own Authentication-Results stamp (after "amazonses.com;"), placed on top as
    SES does; None leaves the stamp out.
    """
    headers = [("Return-Path", f"<{sender}>")]
    if authentication is not None:
        headers.append(("Authentication-Results", f"amazonses.com; {authentication}"))
    message = envelope(
        sender=sender,
        to=to,
        subject=subject,
        sent=sent,
        message_id=f"<confirm-{abs(hash((subject, text, sent)))}@{sender.split('@')[1]}>",
        headers=[*headers, *(extra_headers or {}).items()],
    )
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message.as_bytes()


@dataclass(frozen=True)
class Original:
    """An employer's message before the user forwards it."""

    sender: str  # the From header as the employer wrote it
    subject: str
    sent: datetime  # as its Date header says
    zone: tzinfo  # the sender's: clients print the time in their own zone
    text: str
    markup: str  # the HTML body's content, without <html><body>
    message_id: str
    calendar: str = ""  # an invitation's iCalendar text, attached when present

    @property
    def local(self) -> datetime:
        return self.sent.astimezone(self.zone)

    @property
    def sender_name(self) -> str:
        return parseaddr(self.sender)[0]

    @property
    def sender_address(self) -> str:
        return parseaddr(self.sender)[1]


@dataclass(frozen=True)
class Forwarder:
    """Who forwards, from which address, to which inbox, and how long after the original arrived."""

    name: str
    address: str
    inbox: str
    delay: timedelta = timedelta(minutes=37)

    @property
    def mailbox(self) -> str:
        return f"{self.name} <{self.address}>"


def original_message(original: Original, forwarder: Forwarder) -> EmailMessage:
    """The employer's message with its own headers, text and HTML (and its invitation, if any)."""
    message = envelope(
        sender=original.sender,
        to=forwarder.mailbox,
        subject=original.subject,
        sent=original.sent,
        message_id=original.message_id,
    )
    message.set_content(original.text)
    message.add_alternative(f"<html><body>{original.markup}</body></html>", subtype="html")
    if original.calendar:
        attach_calendar(message, original.calendar, method="REQUEST")
    return message


def _client_of(style: str) -> Client:
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}")
    return "outlook" if style.startswith("outlook") else "apple" if style == "apple" else "gmail"


def forward_in_style(
    original: Original, style: str, forwarder: Forwarder, *, note: str, message_id: str
) -> bytes:
    """`original` as the user's inbox receives it in one of `STYLES`, under the user's `note`."""
    client = _client_of(style)
    if style == "direct":
        message = original_message(original, forwarder)
        del message["To"]
        message["To"] = forwarder.mailbox
        message["X-Forwarded-To"] = forwarder.inbox
        message["X-Forwarded-For"] = f"{forwarder.address} {forwarder.inbox}"
        return message.as_bytes()
    local = original.local
    message = envelope(
        sender=forwarder.mailbox,
        to=forwarder.inbox,
        subject=f"{'FW' if client == 'outlook' else 'Fwd'}: {original.subject}",
        sent=local + forwarder.delay,
        message_id=message_id,
    )
    if style == "attachment":
        message.set_content((note or "Forwarded message attached.") + "\n")
        message.add_attachment(original_message(original, forwarder))
        return message.as_bytes()
    stamp = client_stamp(client, local, apple_zone=gmt_offset(local))
    # Gmail shows the forwarder's bare address on the To line; Outlook and Apple Mail show the name too.
    to = f"<{forwarder.address}>" if client == "gmail" else forwarder.mailbox
    shown = sender_display(original.sender_name, original.sender_address)
    text = forward_text(
        client, sender=shown, subject=original.subject, stamp=stamp, to=to, body=original.text, note=note
    )
    rich = forward_html(
        client,
        sender_name=original.sender_name,
        sender_address=original.sender_address,
        subject=original.subject,
        stamp=stamp,
        to=to,
        markup=original.markup,
        note=note,
    )
    if style == "outlook_html":  # Outlook on the web sends HTML only
        message.set_content(rich, subtype="html")
    else:
        message.set_content(text)
        if style in ("gmail_html", "apple"):
            message.add_alternative(rich, subtype="html")
    if original.calendar:
        attach_calendar(message, original.calendar, method="REQUEST")
    return message.as_bytes()

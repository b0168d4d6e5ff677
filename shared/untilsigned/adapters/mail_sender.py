"""Outgoing mail through SES v2: digests and replies to email commands.

Messages are built as MIME here (text/plain with an optional text/html alternative) and
sent raw, so the List-Unsubscribe header and the plain-text part are exactly ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_boto3_sesv2 import SESV2Client


@dataclass(frozen=True)
class OutgoingMail:
    to: str
    subject: str
    text: str
    html: str | None = None
    unsubscribe: str | None = None  # mailto: URI for the List-Unsubscribe header


def build_mime(sender: str, mail: OutgoingMail) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    if mail.unsubscribe:
        message["List-Unsubscribe"] = f"<{mail.unsubscribe}>"
    message.set_content(mail.text, charset="utf-8")
    if mail.html is not None:
        message.add_alternative(mail.html, subtype="html", charset="utf-8")
    return message


class MailSender:
    def __init__(self, sender_address: str, client: SESV2Client) -> None:
        self.sender_address = sender_address
        self.client = client

    def send(self, mail: OutgoingMail) -> str:
        """Send; returns the SES message id."""
        raw = build_mime(self.sender_address, mail).as_bytes()
        response = self.client.send_email(
            FromEmailAddress=self.sender_address,
            Destination={"ToAddresses": [mail.to]},
            Content={"Raw": {"Data": raw}},
        )
        return response["MessageId"]

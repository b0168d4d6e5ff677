"""Outgoing mail through SES v2: digests and replies to email commands.

Messages are built as MIME here (text/plain with an optional text/html alternative) and
sent raw, so the List-Unsubscribe header and the plain-text part are exactly ours.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError, ConnectTimeoutError, EndpointConnectionError

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


def definitely_not_sent(error: Exception) -> bool:
    """Whether SES certainly did not accept the mail: it answered with an error, or was never reached.

    A timeout while waiting for the answer is not one of these: the mail may have gone out.
    """
    return isinstance(error, ClientError | EndpointConnectionError | ConnectTimeoutError)


class SendPacer:
    """Spaces one container's sends so that all containers together keep under the SES sending rate.

    Each container (one invocation at a time, or one simulated worker thread) may send every
    `concurrency / rate` seconds; with the event source's maximum concurrency at `concurrency`,
    the account never exceeds `rate` mails per second.
    """

    def __init__(self, rate_per_second: float, concurrency: int) -> None:
        self.interval = max(concurrency, 1) / rate_per_second if rate_per_second > 0 else 0.0
        self._local = threading.local()

    def wait(self) -> None:
        if self.interval <= 0:
            return
        now = time.monotonic()
        next_slot: float = getattr(self._local, "next_slot", now)
        if next_slot > now:
            time.sleep(next_slot - now)
        self._local.next_slot = max(next_slot, now) + self.interval

"""Read the SES receipt event (Lambda action) through the Powertools data class.

The event carries no body: the raw MIME is read from S3 at <prefix><messageId>.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from aws_lambda_powertools.utilities.data_classes import SESEvent
from aws_lambda_powertools.utilities.data_classes.ses_event import SESMail

from untilsigned.domain.model import AuthResults


@dataclass(frozen=True)
class InboundMail:
    message_id: str  # SES's id, also the S3 object name
    recipients: tuple[str, ...]  # the receipt rule's matched recipients (our inbox addresses)
    verdicts: AuthResults
    received_at: datetime
    envelope_sender: str  # MAIL FROM as SES received it (mail.source), never the mail's own Return-Path
    headers_truncated: bool


def _parse_time(value: str) -> datetime:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def envelope_sender(mail: SESMail) -> str:
    """The envelope sender SES saw: `mail.source`, else the Return-Path SES put in `commonHeaders`."""
    source = str(mail.get("source") or "").strip()
    if not source:
        source = str((mail.get("commonHeaders") or {}).get("returnPath") or "").strip()
    return source.strip("<>").lower()


def inbound_mails(event: SESEvent) -> list[InboundMail]:
    mails = []
    for record in event.records:
        mail, receipt = record.ses.mail, record.ses.receipt
        mails.append(
            InboundMail(
                message_id=mail.message_id,
                recipients=tuple(r.lower() for r in (receipt.recipients or mail.destination)),
                verdicts=AuthResults(
                    spf=receipt.spf_verdict.status.upper(),
                    dkim=receipt.dkim_verdict.status.upper(),
                    dmarc=receipt.dmarc_verdict.status.upper(),
                    spam=receipt.spam_verdict.status.upper(),
                    virus=receipt.virus_verdict.status.upper(),
                ),
                received_at=_parse_time(receipt.timestamp or mail.timestamp),
                envelope_sender=envelope_sender(mail),
                headers_truncated=mail.headers_truncated,
            )
        )
    return mails

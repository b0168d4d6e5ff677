"""Ingest one received mail: route it to its owner, gate it, understand it, record it.

Every outcome is recorded; nothing is dropped silently. The raw mail stays in S3 whatever
happens, and every write is idempotent so Lambda's async retries are safe.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Literal

from botocore.exceptions import ClientError

from untilsigned.adapters.dynamo import InboxRoute, SaveOutcome
from untilsigned.adapters.idempotency_records import IdempotencyRecords
from untilsigned.adapters.mail_sender import OutgoingMail
from untilsigned.adapters.mail_store import RawMailTooLarge
from untilsigned.adapters.ses_event import InboundMail
from untilsigned.domain.business_days import workdays_for
from untilsigned.domain.mail.mime import MailHead, read_head
from untilsigned.domain.model import Kind, Quarantined, ReadMail, Understood, User
from untilsigned.domain.tracking.forwarding_confirmation import (
    ForwardingConfirmation,
    recognise_forwarding_confirmation,
    relay_text,
)
from untilsigned.domain.tracking.ghosting import GhostPolicy
from untilsigned.domain.tracking.matching import email_key
from untilsigned.domain.tracking.onboarding import first_mail_letter
from untilsigned.domain.tracking.timeline import record_email
from untilsigned.domain.tracking.trust import check_trust, owner_command, trust_evidence
from untilsigned.domain.understanding.understand import understand
from untilsigned.ids import new_id
from untilsigned.observability import logger
from untilsigned.services import runtime
from untilsigned.services.mail_commands import MailCommands
from untilsigned.services.ports import ApplicationStore, Conflict, Mailer, RawMailStore, retry_on_conflict
from untilsigned.services.users import RETIRED_INBOX_KEPT

FIRST_MAIL = "first-mail"  # the one-time "it works" reply
# Enough of a kept-aside mail's text for the owner to judge it on their board; the raw mail stays in S3.
QUARANTINE_TEXT_CHARS = 4000


@dataclass
class IngestResult:
    message_id: str
    outcome: str  # recorded, duplicate, ignored, quarantined, unrouted, command, relayed
    reason: str = ""
    user_id: str | None = None
    application_id: str | None = None
    kind: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "", {})}


class IngestService:
    def __init__(
        self,
        store: ApplicationStore,
        mail_store: RawMailStore,
        sender: Mailer,
        policy: GhostPolicy | None = None,
        id_factory: Callable[[datetime], str] = new_id,
        idempotency: IdempotencyRecords | None = None,
    ) -> None:
        self.store = store
        self.mail_store = mail_store
        self.sender = sender
        self.policy = policy or GhostPolicy()
        self.id_factory = id_factory
        self.commands = MailCommands(store, mail_store, sender, idempotency=idempotency)

    def handle(self, inbound: InboundMail) -> list[IngestResult]:
        """One outcome for each user among the recipients (idempotent per message and user)."""
        routes = self._routes(inbound)
        if not routes:
            reason = "no user owns this inbox address"
            self.store.put_unrouted(inbound.message_id, inbound.recipients, reason, inbound.received_at)
            logger.warning("unrouted mail", extra={"recipients": inbound.recipients})
            return [IngestResult(inbound.message_id, "unrouted", reason)]
        try:
            raw: bytes | None = self.mail_store.read(self.mail_store.key_for(inbound.message_id))
        except RawMailTooLarge:
            raw = None
        return [self._handle_for(route, inbound, raw) for route in routes]

    def _routes(self, inbound: InboundMail) -> list[InboxRoute]:
        """The users the recipients belong to, once each, by their current address when they have both; an
        address retired longer ago than `RETIRED_INBOX_KEPT` no longer routes."""
        chosen: dict[str, InboxRoute] = {}
        for recipient in inbound.recipients:
            route = self.store.find_inbox_route(recipient)
            if route is None:
                continue
            if route.retired_at is not None and inbound.received_at >= route.retired_at + RETIRED_INBOX_KEPT:
                continue
            known = chosen.get(route.user.user_id)
            if known is None or (known.retired_at is not None and route.retired_at is None):
                chosen[route.user.user_id] = route
        return list(chosen.values())

    def _handle_for(self, route: InboxRoute, inbound: InboundMail, raw: bytes | None) -> IngestResult:
        user = route.user
        # The user's own copy, whatever the outcome: "forget me" deletes everything under their prefix.
        key = self.mail_store.keep_for_user(inbound.message_id, user.user_id)
        if raw is None:
            return self._quarantine(user, inbound, key, "larger than any mail SES accepts", None)

        # Trust is decided on the headers alone: refused mail is never parsed or classified.
        head = read_head(raw)
        if route.retired_at is not None:
            until = (route.retired_at + RETIRED_INBOX_KEPT).date().isoformat()
            reason = (
                f"sent to your old inbox address {route.address}, replaced on "
                f"{route.retired_at.date().isoformat()}; it is refused from {until}"
            )
            return self._quarantine(user, inbound, key, reason, head)
        decision = check_trust(trust_evidence(head, inbound.verdicts, inbound.envelope_sender), user)
        if not decision.accepted:
            # The provider's "confirm this forwarding address" mail is not the owner's, but it must reach
            # them at once or the forward never starts. Only mail From a provider's domain is read further;
            # a look-alike that fails the checks stays aside with its own advice.
            found = recognise_forwarding_confirmation(head, raw, user.trusted_senders, inbound.verdicts)
            if isinstance(found, ForwardingConfirmation):
                return self._relay_confirmation(user, inbound, found)
            if found is not None:
                return self._quarantine(user, inbound, key, found.reason, head, found.advice)
            return self._quarantine(user, inbound, key, decision.reason, head)

        workdays = workdays_for(user.country, user.timezone)
        understood = understand(raw, workdays)
        mail = understood.mail
        command = owner_command(mail, decision)
        if command is not None:
            done = self.commands.run(user, command, inbound.message_id, inbound.received_at)
            return IngestResult(inbound.message_id, "command", done.reason, done.user_id)

        if understood.kind is Kind.UNREADABLE:
            reason = f"could not read this mail: {mail.error or 'unknown reason'}"
            return self._quarantine(user, inbound, key, reason, mail)
        policy = replace(self.policy, workdays=workdays)
        result = self._record(user, inbound, understood, key, policy)
        self._first_mail_reply(user, inbound, understood, result)
        if mail.limits:
            # Over the reading budget: what fit was read and recorded, and the outcome says what was left.
            result.extra["limits"] = "; ".join(mail.limits)
            logger.warning("mail read within its budget", extra={"limits": list(mail.limits)})
        return result

    def _relay_confirmation(
        self, user: User, inbound: InboundMail, confirmation: ForwardingConfirmation
    ) -> IngestResult:
        """Relay the provider's confirmation to the registered address, never to one written in the mail."""
        subject, text = relay_text(confirmation, user.inbox)
        self.sender.send(OutgoingMail(to=user.email, subject=subject, text=text))
        logger.info("forwarding confirmation relayed", extra={"provider": confirmation.provider})
        return IngestResult(
            inbound.message_id,
            "relayed",
            f"forwarding confirmation from {confirmation.provider}",
            user.user_id,
        )

    def _first_mail_reply(
        self, user: User, inbound: InboundMail, understood: Understood, result: IngestResult
    ) -> None:
        """Once per user, reply to the first mail that came through their forwarding, saying what was read.

        The marker is claimed before sending: a retry after a crash in between loses the reply rather than
        sending it twice.
        """
        if not self.store.claim_once(user.user_id, FIRST_MAIL, inbound.received_at):
            return
        outcome = {
            "recorded": "added to your applications",
            "duplicate": "already recorded",
            "ignored": "nothing recorded",
            "quarantined": f"kept aside for your digest ({result.reason})",
        }.get(result.outcome, result.outcome)
        letter = first_mail_letter(user, understood, outcome)
        try:
            self.sender.send(OutgoingMail(to=user.email, subject=letter.subject, text=letter.text))
        except ClientError as error:
            if error.response["Error"]["Code"] != "MessageRejected":
                raise
            logger.warning("SES refused the first-mail reply", extra={"ses_error": str(error)})

    def _record(
        self, user: User, inbound: InboundMail, understood: Understood, key: str, policy: GhostPolicy
    ) -> IngestResult:
        dedupe = email_key(understood)

        def attempt() -> IngestResult | Literal[Conflict.RETRY]:
            stored = self.store.load_applications(user.user_id)
            outcome = record_email(
                stored.applications,
                understood,
                new_app_id=self.id_factory(inbound.received_at),
                raw_key=key,
                policy=policy,
            )
            if outcome.application is None or outcome.event is None:
                reason = outcome.ignored_reason or "not about an application"
                if understood.kind is Kind.NOT_JOB and understood.classification.scam:
                    # Never an application; kept aside so the digest can warn about it.
                    return self._quarantine(
                        user, inbound, key, scam_reason(understood), understood.mail, SCAM_ADVICE, scam=True
                    )
                if understood.kind is Kind.NOT_JOB:
                    return IngestResult(
                        inbound.message_id, "ignored", reason, user.user_id, kind=understood.kind
                    )
                # Job mail we could not tie to an employer is shown to the user, not dropped.
                return self._quarantine(user, inbound, key, reason, understood.mail)
            if outcome.duplicate:
                return IngestResult(
                    inbound.message_id, "duplicate", "already recorded", user.user_id, outcome.application.id
                )
            saved = self.store.save_application(
                user.user_id,
                outcome.application,
                new_events=[outcome.event],
                expected_version=None if outcome.created else stored.versions[outcome.application.id],
                dedupe_key=dedupe,
            )
            if saved is SaveOutcome.DUPLICATE:
                return IngestResult(
                    inbound.message_id, "duplicate", "already recorded", user.user_id, outcome.application.id
                )
            if saved is SaveOutcome.SAVED:
                logger.info(
                    "mail recorded",
                    extra={
                        "kind": understood.kind,
                        "status": outcome.application.status,
                        "new_application": outcome.created,
                    },
                )
                return IngestResult(
                    inbound.message_id,
                    "recorded",
                    user_id=user.user_id,
                    application_id=outcome.application.id,
                    kind=understood.kind,
                )
            return Conflict.RETRY

        return retry_on_conflict(attempt, f"application kept changing while recording {inbound.message_id}")

    def _quarantine(
        self,
        user: User,
        inbound: InboundMail,
        key: str,
        reason: str,
        mail: ReadMail | MailHead | None,
        advice: str = "",
        *,
        scam: bool = False,
    ) -> IngestResult:
        entry = quarantine_entry(key, reason, inbound.received_at, mail)
        if advice or scam:
            entry = replace(entry, advice=advice or entry.advice, scam=scam)
        self.store.put_quarantine(user.user_id, entry, inbound.message_id)
        logger.warning("mail quarantined", extra={"reason": reason})
        return IngestResult(inbound.message_id, "quarantined", reason, user.user_id)


SCAM_ADVICE = (
    "Real employers do not charge for training or equipment, interview over chat apps, or ask for ID or "
    "bank details by mail before hiring. Do not pay, and do not send personal data."
)


def scam_reason(understood: Understood) -> str:
    """Why mail with the signs of a job scam was kept aside: the sentence that gave it away, if any."""
    evidence = understood.classification.evidence
    return f"likely a job scam: {evidence[0]}" if evidence else "likely a job scam"


def quarantine_entry(
    source: str, reason: str, received_at: datetime, mail: ReadMail | MailHead | None
) -> Quarantined:
    """What the user is shown about mail kept aside: who really wrote it (the employer inside a forward, not
    the user who forwarded it), who forwarded it, its subject and its text. Mail the trust gate refused was
    never read past its headers: its From and subject are all there is."""
    if mail is None:
        return Quarantined(source=source, reason=reason, received_at=received_at, subject="", sender="")
    if isinstance(mail, MailHead):
        return Quarantined(
            source=source,
            reason=reason,
            received_at=received_at,
            subject=mail.envelope.subject,
            sender=mail.envelope.sender.email,
        )
    envelope = mail.envelope
    if mail.forwarded:
        original = mail.original.sender
        return Quarantined(
            source=source,
            reason=reason,
            received_at=received_at,
            subject=mail.original.subject or envelope.subject,
            sender=original.email or original.name or envelope.sender.email,
            forwarded_by=envelope.sender.email,
            text=mail.text[:QUARANTINE_TEXT_CHARS],
        )
    return Quarantined(
        source=source,
        reason=reason,
        received_at=received_at,
        subject=envelope.subject,
        sender=envelope.sender.email,
        text=mail.text[:QUARANTINE_TEXT_CHARS],
    )


@runtime.cached_factory
def ingest_service() -> IngestService:
    """The service wired to the deployment's table, bucket and sender (one per container)."""
    return IngestService(
        runtime.app_store(),
        runtime.mail_store(),
        runtime.mail_sender(),
        idempotency=runtime.idempotency_records(),
    )

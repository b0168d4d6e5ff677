"""Send each due user their digest, at most once per (user, period)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from aws_lambda_powertools.metrics import MetricUnit
from botocore.exceptions import ClientError

from untilsigned.adapters.dynamo import AppStore
from untilsigned.adapters.mail_sender import MailSender, OutgoingMail
from untilsigned.domain.digest import compose_digest, should_send_digest, unsubscribe_mailto
from untilsigned.domain.model import Status, User
from untilsigned.domain.schedule import digest_period, next_digest_at
from untilsigned.observability import logger, metrics
from untilsigned.services import runtime

# Sends one user's digest for one period; wrapped by the caller in Powertools idempotency.
SendOnce = Callable[[dict[str, str]], dict[str, str]]
# A fresh single-use sign-in link to the user's board, or None when the deployment has no board.
SigninLinks = Callable[[User, datetime], str | None]
# A weekly digest's sign-in link lasts until the next digest.
DIGEST_LINK_VALID = timedelta(days=7)


@dataclass
class DigestRunResult:
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"sent": self.sent, "skipped": self.skipped, "failed": self.failed}


class DigestService:
    def __init__(self, store: AppStore, sender: MailSender, signin_links: SigninLinks | None = None) -> None:
        self.store = store
        self.sender = sender
        self.signin_links = signin_links

    def run(self, now: datetime, send_once: SendOnce | None = None) -> DigestRunResult:
        """Send every due user's digest; one user's failure never blocks the others."""
        once = send_once or self.send_user_digest
        result = DigestRunResult()
        for user_id in self.store.users_due_for_digest(now):
            user = self.store.get_user(user_id)
            if user is None:
                continue
            try:
                response = once(
                    {"user_id": user_id, "period": digest_period(user, now), "now": now.isoformat()}
                )
            # A boundary on purpose: log, count and leave the user due so the next run retries.
            except Exception:  # noqa: BLE001
                logger.exception("digest failed", extra={"user_id": user_id})
                metrics.add_metric(name="DigestFailed", unit=MetricUnit.Count, value=1)
                result.failed.append(user_id)
                continue
            (result.sent if response.get("outcome") == "sent" else result.skipped).append(user_id)
        return result

    def send_user_digest(self, request: dict[str, str]) -> dict[str, str]:
        now = datetime.fromisoformat(request["now"])
        user = self.store.get_user(request["user_id"])
        if user is None:
            return {"outcome": "gone"}
        if user.digest_paused:
            self.store.save_user(user, None)
            return {"outcome": "paused"}
        applications = self.store.load_applications(user.user_id).applications
        if not should_send_digest(user, applications):
            # Signed and congratulated: the nudges stop for good.
            self.store.save_user(user, None)
            return {"outcome": "finished"}
        quarantined = self.store.list_quarantine(user.user_id, since=user.last_digest_at)
        board_link = self.signin_links(user, now) if self.signin_links is not None else None
        digest = compose_digest(
            user, applications, now, since=user.last_digest_at, quarantined=quarantined, board_link=board_link
        )
        try:
            message_id = self.sender.send(
                OutgoingMail(
                    to=user.email,
                    subject=digest.subject,
                    text=digest.text,
                    html=digest.html,
                    unsubscribe=unsubscribe_mailto(user),
                )
            )
        except ClientError as error:
            if error.response["Error"]["Code"] != "MessageRejected":
                raise
            # Retrying cannot help until the address is verified; say so plainly and move on.
            logger.error(
                "SES refused the digest. In the SES sandbox every recipient must be a verified identity: "
                "verify this address (aws sesv2 create-email-identity) or request production access.",
                extra={"user_id": user.user_id, "ses_error": error.response["Error"].get("Message", "")},
            )
            metrics.add_metric(name="DigestRejected", unit=MetricUnit.Count, value=1)
            self.store.save_user(user, next_digest_at(user, now))
            return {"outcome": "rejected_by_ses"}
        signed = any(a.status is Status.SIGNED for a in applications)
        updated = replace(user, last_digest_at=now, congratulated=user.congratulated or signed)
        self.store.save_user(updated, next_digest_at(updated, now))
        metrics.add_metric(name="DigestSent", unit=MetricUnit.Count, value=1)
        logger.info("digest sent", extra={"user_id": user.user_id, "period": request["period"]})
        return {"outcome": "sent", "message_id": message_id}


@runtime.cached_factory
def digest_service() -> DigestService:
    """The service wired to the deployment's table, bucket and sender (one per container)."""
    board_url = runtime.settings().board_url
    if not board_url:
        return DigestService(runtime.app_store(), runtime.mail_sender())

    def signin_link(user: User, now: datetime) -> str:
        token = runtime.access_store().issue_link(user.user_id, now, DIGEST_LINK_VALID)
        return f"{board_url}/signin/{token}"

    return DigestService(runtime.app_store(), runtime.mail_sender(), signin_link)

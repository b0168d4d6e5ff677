"""Digests: the planner enqueues every due user; a worker sends one user's digest, once per period.

Exactly once per (user, period):
  1. the worker reads the profile with its version;
  2. it claims the period on the profile (conditional on that version, so a pause or a `forget me`
     in between wins, and a deleted profile is never recreated);
  3. it sends;
  4. it records the digest and schedules the next one, only on a profile that still exists and
     still holds the claim; a pause that arrived during the send keeps the user out of the index.
A send that certainly did not happen (SES answered with an error, or was never reached) gives the
claim back and fails the message, so SQS retries it. Any other failure keeps the claim: a retry of
a claimed period only completes step 4 and never sends again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, Literal, NoReturn

from aws_lambda_powertools.metrics import MetricUnit
from botocore.exceptions import BotoCoreError, ClientError

from untilsigned.adapters.dynamo import UserRecord
from untilsigned.adapters.mail_sender import OutgoingMail, SendPacer, definitely_not_sent
from untilsigned.adapters.work_queue import WorkQueue
from untilsigned.domain.model import Status, User
from untilsigned.domain.reporting.digest import compose_digest, should_send_digest
from untilsigned.domain.reporting.digest_view import unsubscribe_mailto
from untilsigned.domain.reporting.schedule import digest_period, next_digest_at
from untilsigned.observability import logger, metrics
from untilsigned.services import runtime
from untilsigned.services.planner import PAGE_SIZE, PlanResult, plan_index
from untilsigned.services.ports import ApplicationStore, Conflict, Mailer, retry_on_conflict

MAX_CONFLICT_RETRIES = 3  # a profile changes rarely; a digest is not worth more tries
# A fresh single-use sign-in link to the user's board, or None when the deployment has no board.
SigninLinks = Callable[[User, datetime], str | None]
# A weekly digest's sign-in link lasts until the next digest.
DIGEST_LINK_VALID = timedelta(days=7)


class DigestNotSent(RuntimeError):
    """SES did not take the digest; the claim was given back and the message should be retried."""


class DigestService:
    def __init__(
        self,
        store: ApplicationStore,
        sender: Mailer,
        signin_links: SigninLinks | None = None,
        *,
        queue: WorkQueue | None = None,
        pacer: SendPacer | None = None,
    ) -> None:
        self.store = store
        self.sender = sender
        self.signin_links = signin_links
        self.queue = queue
        self.pacer = pacer

    # -- planner ---------------------------------------------------------------

    def plan(self, now: datetime, remaining_millis: Callable[[], int]) -> PlanResult:
        """Enqueue one message per due user, shard by shard in parallel."""
        stamp = now.isoformat()
        return plan_index(
            self.store.digest_shard_keys(),
            lambda partition: self.store.digest_due_pages(partition, now, PAGE_SIZE),
            lambda user_id: {"user_id": user_id, "now": stamp},
            self.queue,
            remaining_millis,
            work="digest",
            metric="DigestUsersDue",
        )

    # -- worker ----------------------------------------------------------------

    def handle_message(self, body: Mapping[str, Any]) -> str:
        """Serve one queued user; returns the outcome, raises when the message should be retried."""
        outcome = self.send_user_digest(str(body["user_id"]), datetime.fromisoformat(str(body["now"])))
        if outcome != "sent":  # sent digests are counted as DigestSent
            metrics.add_metric(name=f"Digest_{outcome}", unit=MetricUnit.Count, value=1)
        return outcome

    def send_user_digest(self, user_id: str, now: datetime) -> str:
        def attempt() -> str | Literal[Conflict.RETRY]:
            record = self.store.get_user_record(user_id)
            if record is None:
                return "gone"
            outcome = self._serve(record, now)
            return Conflict.RETRY if outcome == "conflict" else outcome

        return retry_on_conflict(
            attempt,
            f"profile of {user_id} kept changing; the message will be retried",
            tries=MAX_CONFLICT_RETRIES,
        )

    def _serve(self, record: UserRecord, now: datetime) -> str:
        user, period = record.user, digest_period(record.user, now)
        if record.digest_claim == period:
            # Claimed before: sent, or the outcome is unknown. Never again; make sure the schedule moved on.
            if record.digest_due_at is not None and record.digest_due_at <= now:
                self.store.complete_digest(user, period, next_digest_at(user, now), digested_at=now)
            return "already_sent"
        if user.digest_paused:
            return "paused" if self.store.leave_digest_index(user.user_id, record.version) else "conflict"
        if record.digest_due_at is None or record.digest_due_at > now:
            return "not_due"  # served already (a duplicate message), or rescheduled since planning
        applications = self.store.load_applications(user.user_id).applications
        if not should_send_digest(user, applications):
            # Signed and congratulated: the nudges stop for good.
            return "finished" if self.store.leave_digest_index(user.user_id, record.version) else "conflict"
        quarantined = self.store.list_quarantine(user.user_id, since=user.last_digest_at)
        if not self.store.claim_digest(user.user_id, period, record.version):
            return "conflict"
        # The sign-in link is issued only once the period is ours, so a lost race issues none.
        board_link = self.signin_links(user, now) if self.signin_links is not None else None
        digest = compose_digest(
            user, applications, now, since=user.last_digest_at, quarantined=quarantined, board_link=board_link
        )
        if self.pacer is not None:
            self.pacer.wait()
        mail = OutgoingMail(
            to=user.email,
            subject=digest.subject,
            text=digest.text,
            html=digest.html,
            unsubscribe=unsubscribe_mailto(user),
        )
        try:
            self.sender.send(mail)
        except ClientError as error:
            if error.response["Error"]["Code"] == "MessageRejected":
                return self._rejected(user, period, now, error)
            self._give_back(user.user_id, period, error)
        except BotoCoreError as error:
            if not definitely_not_sent(error):
                raise  # may have been sent: keep the claim, the retry only completes the schedule
            self._give_back(user.user_id, period, error)
        signed = any(a.status is Status.SIGNED for a in applications)
        updated = replace(user, last_digest_at=now, congratulated=user.congratulated or signed)
        self.store.complete_digest(updated, period, next_digest_at(updated, now), digested_at=now)
        metrics.add_metric(name="DigestSent", unit=MetricUnit.Count, value=1)
        logger.info("digest sent", extra={"user_id": user.user_id, "period": period})
        return "sent"

    def _give_back(self, user_id: str, period: str, error: Exception) -> NoReturn:
        self.store.release_digest_claim(user_id, period)
        logger.warning("SES did not take the digest; it will be retried", extra={"user_id": user_id})
        raise DigestNotSent(f"digest for {user_id} not sent: {error}") from error

    def _rejected(self, user: User, period: str, now: datetime, error: ClientError) -> str:
        # Retrying cannot help until the address is verified; say so plainly and move on.
        logger.error(
            "SES refused the digest. In the SES sandbox every recipient must be a verified identity: "
            "verify this address (aws sesv2 create-email-identity) or request production access.",
            extra={"user_id": user.user_id, "ses_error": error.response["Error"].get("Message", "")},
        )
        metrics.add_metric(name="DigestRejected", unit=MetricUnit.Count, value=1)
        self.store.complete_digest(user, period, next_digest_at(user, now), digested_at=user.last_digest_at)
        return "rejected_by_ses"


@runtime.cached_factory
def digest_service() -> DigestService:
    """The worker's service, wired to the deployment's table and sender (one per container)."""
    board_url = runtime.settings().board_url
    pacer = runtime.digest_pacer()
    if not board_url:
        return DigestService(runtime.app_store(), runtime.mail_sender(), pacer=pacer)

    def signin_link(user: User, now: datetime) -> str:
        token = runtime.access_store().issue_link(user.user_id, now, DIGEST_LINK_VALID)
        return f"{board_url}/signin/{token}"

    return DigestService(runtime.app_store(), runtime.mail_sender(), signin_link, pacer=pacer)


@runtime.cached_factory
def digest_planner() -> DigestService:
    """The planner's service, wired to the table's indexes and the digest queue."""
    return DigestService(runtime.app_store(), runtime.mail_sender(), queue=runtime.digest_queue())

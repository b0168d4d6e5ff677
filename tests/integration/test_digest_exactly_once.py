"""A digest goes out once per (user, period): through retries, failed writes, pauses and `forget me`.

Races are staged deterministically: a hook runs the owner's command at one exact point of the
worker (between reading the profile and claiming the period, or during the send).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError, ReadTimeoutError

from tests.conftest import load_event
from tests.integration.conftest import OWNER
from untilsigned.adapters.dynamo import DIGEST_DUE_INDEX, AppStore
from untilsigned.adapters.mail_sender import MailSender, OutgoingMail
from untilsigned.domain.model import User
from untilsigned.local.mailkit import direct
from untilsigned.local.stack import FakeLambdaContext, LocalStack

pytestmark = pytest.mark.integration

NOW = datetime(2026, 11, 2, 8, tzinfo=UTC)


def _digests(stack: LocalStack) -> list[str]:
    return [
        m.subject for m in stack.sent_mail() if OWNER in m.to and not m.subject.startswith("untilsigned:")
    ]


def _command(stack: LocalStack, owner: User, verb: str) -> None:
    stack.deliver(direct(sender=OWNER, subject=verb, body="", sent=NOW), owner.inbox)


def _items_of(stack: LocalStack, user_id: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = boto3.client("dynamodb").query(
        TableName=stack.environment["TABLE_NAME"],
        KeyConditionExpression="PK = :pk",
        ExpressionAttributeValues={":pk": {"S": f"USER#{user_id}"}},
    )["Items"]
    return items


def _in_digest_index(stack: LocalStack, store: AppStore, user_id: str) -> bool:
    client = boto3.client("dynamodb")
    for partition in store.digest_shard_keys():
        items = client.query(
            TableName=stack.environment["TABLE_NAME"],
            IndexName=DIGEST_DUE_INDEX,
            KeyConditionExpression="GSI2PK = :p",
            ExpressionAttributeValues={":p": {"S": partition}},
        )["Items"]
        if any(item["user_id"]["S"] == user_id for item in items):
            return True
    return False


def _once(action: Callable[[], None]) -> Callable[[], None]:
    done: list[bool] = []

    def run() -> None:
        if not done:
            done.append(True)
            action()

    return run


def _before_digest_send(monkeypatch: pytest.MonkeyPatch, hook: Callable[[], None]) -> None:
    real_send = MailSender.send

    def send(self: MailSender, mail: OutgoingMail) -> str:
        if not mail.subject.startswith("untilsigned:"):  # the digest, not a command's reply
            hook()
        return real_send(self, mail)

    monkeypatch.setattr(MailSender, "send", send)


def _before_claim(monkeypatch: pytest.MonkeyPatch, hook: Callable[[], None]) -> None:
    real_claim = AppStore.claim_digest

    def claim(self: AppStore, user_id: str, period: str, version: int | None) -> bool:
        hook()
        return real_claim(self, user_id, period, version)

    monkeypatch.setattr(AppStore, "claim_digest", claim)


def test_the_same_queued_message_twice_sends_one_digest(stack: LocalStack, owner: User) -> None:
    # given the SQS batch from events/, naming the owner, delivered twice (SQS is at least once)
    event = load_event("digest_work.json")
    event["Records"][0]["body"] = json.dumps({"user_id": owner.user_id, "now": NOW.isoformat()})

    # when the worker gets it twice
    first = stack.invoke("DigestWorkerFunction", event)
    second = stack.invoke("DigestWorkerFunction", event)

    # then both succeed and one digest went out
    assert first == second == {"batchItemFailures": []}
    assert len(_digests(stack)) == 1


def test_a_failed_write_after_the_send_never_sends_a_second_digest(
    stack: LocalStack, store: AppStore, owner: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given DynamoDB refuses the first write after the send
    real_complete = AppStore.complete_digest
    failures: list[str] = []

    def complete(self: AppStore, *args: Any, **kwargs: Any) -> bool:
        if not failures:
            failures.append("once")
            error = {"Error": {"Code": "ProvisionedThroughputExceededException", "Message": "slow down"}}
            raise ClientError(error, "UpdateItem")  # type: ignore[arg-type]
        return real_complete(self, *args, **kwargs)

    monkeypatch.setattr(AppStore, "complete_digest", complete)

    # when the digest runs, the message fails once and SQS redelivers it
    result = stack.run_digest(NOW)

    # then one digest went out, the retry only finished the bookkeeping, and the user moved on
    assert result["work"]["failures"] == 1
    assert len(_digests(stack)) == 1
    record = store.get_user_record(owner.user_id)
    assert record is not None and record.digest_due_at is not None and record.digest_due_at > NOW
    assert stack.run_digest(NOW)["plan"]["planned"] == 0


def test_a_send_with_an_unknown_outcome_is_never_repeated(
    stack: LocalStack, store: AppStore, owner: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given SES times out after taking the request: the mail may or may not have gone
    def timed_out(self: MailSender, mail: OutgoingMail) -> str:
        raise ReadTimeoutError(endpoint_url="https://email.us-east-1.amazonaws.com")

    monkeypatch.setattr(MailSender, "send", timed_out)

    # when the digest runs and SQS retries the failed message
    result = stack.run_digest(NOW)

    # then the retry kept the claim (at most once) and only scheduled the next digest
    assert result["work"]["failures"] == 1
    record = store.get_user_record(owner.user_id)
    assert record is not None and record.digest_claim == "2026-W45"
    assert record.digest_due_at is not None and record.digest_due_at > NOW


def test_ses_throttling_gives_the_period_back_so_a_retry_sends(
    stack: LocalStack, owner: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given SES throttles the first attempt only
    real_send = MailSender.send
    attempts: list[int] = []

    def throttled_once(self: MailSender, mail: OutgoingMail) -> str:
        attempts.append(1)
        if len(attempts) == 1:
            error = {
                "Error": {"Code": "TooManyRequestsException", "Message": "Maximum sending rate exceeded."}
            }
            raise ClientError(error, "SendEmail")  # type: ignore[arg-type]
        return real_send(self, mail)

    monkeypatch.setattr(MailSender, "send", throttled_once)

    # when the digest runs
    result = stack.run_digest(NOW)

    # then the failure was reported (and counted), and the retry sent exactly one digest
    assert result["work"]["failures"] == 1
    assert len(_digests(stack)) == 1


def test_forget_me_between_reading_and_claiming_wins(
    stack: LocalStack, owner: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given the owner mails "forget me" after the worker read the profile, before it claims the period
    _before_claim(monkeypatch, _once(lambda: _command(stack, owner, "forget me")))

    # when the digest runs
    stack.run_digest(NOW)

    # then no digest went out and nothing of the user was recreated
    assert _digests(stack) == []
    assert _items_of(stack, owner.user_id) == []


def test_forget_me_during_the_send_never_recreates_the_user(
    stack: LocalStack, store: AppStore, owner: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given the owner mails "forget me" while their digest is being sent
    _before_digest_send(monkeypatch, _once(lambda: _command(stack, owner, "forget me")))

    # when the digest runs
    result = stack.run_digest(NOW)

    # then the digest in flight went out, but the profile stays deleted: no item, no next digest
    assert result["work"]["failures"] == 0
    assert len(_digests(stack)) == 1
    assert _items_of(stack, owner.user_id) == []
    assert store.find_user_by_inbox(owner.inbox) is None
    assert stack.run_digest(datetime(2026, 11, 9, 8, tzinfo=UTC))["plan"]["planned"] == 0


def test_pause_between_reading_and_claiming_sends_nothing(
    stack: LocalStack, store: AppStore, owner: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given the owner mails "pause" after the worker read the profile, before it claims the period
    _before_claim(monkeypatch, _once(lambda: _command(stack, owner, "pause")))

    # when the digest runs
    stack.run_digest(NOW)

    # then no digest went out, and the user is paused and out of the digest index
    assert _digests(stack) == []
    user = store.get_user(owner.user_id)
    assert user is not None and user.digest_paused
    assert not _in_digest_index(stack, store, owner.user_id)


def test_pause_during_the_send_is_never_overwritten(
    stack: LocalStack, store: AppStore, owner: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given the owner mails "pause" while their digest is being sent
    _before_digest_send(monkeypatch, _once(lambda: _command(stack, owner, "pause")))

    # when the digest runs
    stack.run_digest(NOW)

    # then the digest in flight went out, the pause holds, and no later digest is scheduled
    assert len(_digests(stack)) == 1
    user = store.get_user(owner.user_id)
    assert user is not None and user.digest_paused and user.last_digest_at == NOW
    assert not _in_digest_index(stack, store, owner.user_id)
    assert stack.run_digest(datetime(2026, 11, 9, 8, tzinfo=UTC))["plan"]["planned"] == 0


def test_the_planner_stops_early_when_short_of_time_and_the_next_run_plans_the_rest(
    stack: LocalStack, owner: User
) -> None:
    # given a planner invocation with less time left than it keeps in reserve
    event = load_event("digest_schedule.json")
    short = FakeLambdaContext(function_name="DigestFunction", timeout_seconds=5)

    # when it runs, and then a normal run follows
    stopped = stack.handlers["DigestFunction"](event, short)
    full = stack.invoke("DigestFunction", event)

    # then the first planned nothing and said so; the user stayed due and the next run planned them
    assert (stopped["planned"], stopped["complete"]) == (0, False)
    assert (full["planned"], full["complete"]) == (1, True)

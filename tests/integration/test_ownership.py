"""What belongs to a user, through the real ingest handler: every recipient gets their own outcome, "forget
me" leaves nothing of theirs anywhere, and a leaked inbox address can be replaced."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
import pytest

from tests.integration.conftest import OWNER
from untilsigned.adapters.dynamo import AppStore
from untilsigned.adapters.idempotency_records import INGEST_KEY_PREFIX, ingest_record_key
from untilsigned.domain.model import Status, User
from untilsigned.local.mailkit import direct, forwarded
from untilsigned.local.stack import LocalStack, SmtpSession
from untilsigned.services.users import register_user

pytestmark = pytest.mark.integration

EMPLOYER = "Quillfeather Labs <jobs@quillfeather.example>"
ACK = (
    "Hi Alex,\n\nThanks for applying for the Platform Engineer role at Quillfeather Labs.\n"
    "We have received your application and will review it shortly.\n\nQuillfeather Labs Recruiting"
)
REJECTION = (
    "Hi Alex,\n\nThank you for interviewing for the Platform Engineer role at Quillfeather Labs.\n"
    "After careful consideration we have decided not to move forward with your application.\n\n"
    "Quillfeather Labs Recruiting"
)
NEWSLETTER = "Our spring gardening newsletter: ten bulbs to plant before the frost."
SECOND = "sam.okafor@example.org"


def _scan(stack: LocalStack, table: str) -> list[dict[str, Any]]:
    """Every item of a table (tests only: the application itself never scans)."""
    items: list[dict[str, Any]] = []
    kwargs: dict[str, Any] = {"TableName": stack.environment[table]}
    while True:
        page = boto3.client("dynamodb").scan(**kwargs)
        items.extend(page["Items"])
        if "LastEvaluatedKey" not in page:
            return items
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def _objects(stack: LocalStack) -> list[str]:
    listed = boto3.client("s3").list_objects_v2(Bucket=stack.mail_bucket)
    return [item["Key"] for item in listed.get("Contents", [])]


def _outcome(stack: LocalStack, raw: bytes, user: User, **kwargs: Any) -> dict[str, Any]:
    _, result = stack.deliver(raw, user.inbox, **kwargs)
    outcome: dict[str, Any] = result["results"][0]
    return outcome


@pytest.fixture
def second(store: AppStore, stack: LocalStack) -> User:
    return register_user(
        store, email=SECOND, inbox_domain=stack.inbox_domain, now=datetime(2026, 10, 1, tzinfo=UTC)
    )


def test_forget_me_leaves_no_object_and_no_item_of_the_user_anywhere(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given every kind of outcome for the owner: recorded, duplicate, ignored, quarantined, and commands
    sent = datetime(2026, 10, 5, 9, tzinfo=UTC)
    ack = forwarded(forwarder=OWNER, employer=EMPLOYER, subject="Your application", body=ACK, sent=sent)
    again = forwarded(
        forwarder=OWNER,
        employer=EMPLOYER,
        subject="Your application",
        body=ACK,
        sent=sent,
        forwarded_at=sent + timedelta(hours=2),
    )
    newsletter = direct(sender=OWNER, subject="Fwd: gardening", body=NEWSLETTER, sent=sent)
    stranger = direct(sender="hr@stranger.example", subject="Offer signed", body="Signed.", sent=sent)
    status = direct(sender=OWNER, subject="status", body="", sent=sent)
    pause = direct(sender=OWNER, subject="pause", body="", sent=sent)
    outcomes = [_outcome(stack, raw, owner) for raw in (ack, again, newsletter, stranger, status, pause)]
    assert [o["outcome"] for o in outcomes] == [
        "recorded",
        "duplicate",
        "ignored",
        "quarantined",
        "command",
        "command",
    ]
    # and another user whose data must survive
    other = register_user(
        store, email=SECOND, inbox_domain=stack.inbox_domain, now=datetime(2026, 10, 1, tzinfo=UTC)
    )
    other_ack = forwarded(
        forwarder=SECOND, employer=EMPLOYER, subject="Your application", body=ACK, sent=sent
    )
    other_message, other_result = stack.deliver(other_ack, other.inbox)
    assert other_result["results"][0]["outcome"] == "recorded"

    # when the owner mails "forget me"
    forget = direct(sender=OWNER, subject="forget me", body="", sent=sent + timedelta(days=1))
    assert _outcome(stack, forget, owner)["outcome"] == "command"

    # then no object of theirs is left in the bucket, SES's copies or their own; the other user's stay
    assert sorted(_objects(stack)) == sorted(
        [f"inbox/{other_message}", f"inbox/users/{other.user_id}/{other_message}"]
    )
    # no item of theirs in the application table
    app_items = json.dumps(_scan(stack, "TABLE_NAME"))
    for trace in (owner.user_id, owner.inbox, OWNER):
        assert trace not in app_items
    assert store.load_applications(other.user_id).applications
    # and no idempotency record holding their ids; only the forget command's own, which names nobody
    records = _scan(stack, "IDEMPOTENCY_TABLE_NAME")
    assert owner.user_id not in json.dumps(records)
    for outcome in outcomes:
        assert ingest_record_key(str(outcome["message_id"])) not in json.dumps(records)
    assert all(r["id"]["S"].startswith(f"{INGEST_KEY_PREFIX}#") for r in records)
    assert [m.subject for m in stack.sent_mail() if OWNER in m.to][-1] == "untilsigned: forget"


def test_a_mail_to_two_users_gives_each_their_own_outcome(
    stack: LocalStack, store: AppStore, owner: User, second: User
) -> None:
    # given one employer mail that SES delivers to both users' inbox addresses at once (the owner's forward)
    raw = forwarded(
        forwarder=OWNER,
        employer=EMPLOYER,
        subject="Your application",
        body=REJECTION,
        sent=datetime(2026, 10, 20, 9, tzinfo=UTC),
    )
    event_raw = raw
    _, result = stack.deliver(event_raw, owner.inbox, also_to=(second.inbox,))

    # then each gets an outcome: recorded for the owner, quarantined (not from them) for the second user
    by_user = {r.get("user_id"): r["outcome"] for r in result["results"]}
    assert by_user == {owner.user_id: "recorded", second.user_id: "quarantined"}
    assert [a.status for a in store.load_applications(owner.user_id).applications] == [Status.REJECTED]
    assert store.load_applications(second.user_id).applications == []
    # and each keeps their own copy of the raw mail
    message_id = result["results"][0]["message_id"]
    keys = _objects(stack)
    assert f"inbox/users/{owner.user_id}/{message_id}" in keys
    assert f"inbox/users/{second.user_id}/{message_id}" in keys


def test_the_same_user_at_two_of_their_addresses_gets_one_outcome(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    raw = forwarded(
        forwarder=OWNER,
        employer=EMPLOYER,
        subject="Your application",
        body=ACK,
        sent=datetime(2026, 10, 5, 9, tzinfo=UTC),
    )
    _, result = stack.deliver(raw, owner.inbox, also_to=(owner.inbox.upper(),))
    assert [r["outcome"] for r in result["results"]] == ["recorded"]


def test_new_address_replaces_the_inbox_and_sets_the_old_one_aside_for_30_days(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given the owner asking for a new inbox address
    asked = datetime(2026, 10, 10, 9, tzinfo=UTC)
    command = direct(sender=OWNER, subject="new address", body="", sent=asked)
    outcome = _outcome(stack, command, owner, received_at=asked)
    assert outcome["outcome"] == "command"

    # then they are answered with the new address, which now routes to them
    user = store.get_user(owner.user_id)
    assert user is not None and user.inbox != owner.inbox
    reply = [m for m in stack.sent_mail() if OWNER in m.to][-1]
    assert reply.subject == "untilsigned: new_address" and user.inbox in reply.text
    ack = forwarded(
        forwarder=OWNER,
        employer=EMPLOYER,
        subject="Your application",
        body=ACK,
        sent=asked,
        forwarded_at=asked + timedelta(days=1),
    )
    assert _outcome(stack, ack, user, received_at=asked + timedelta(days=1))["outcome"] == "recorded"

    # and mail to the old address is quarantined with that reason within 30 days, even the owner's own
    late = direct(sender=OWNER, subject="status", body="", sent=asked + timedelta(days=2))
    old = _outcome(stack, late, owner, received_at=asked + timedelta(days=2))
    assert old["outcome"] == "quarantined" and "old inbox address" in old["reason"]
    # then no longer routed at all
    later = _outcome(stack, late, owner, received_at=asked + timedelta(days=31))
    assert later["outcome"] == "unrouted"


def test_forget_me_also_removes_retired_inbox_addresses(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    asked = datetime(2026, 10, 10, 9, tzinfo=UTC)
    _outcome(
        stack, direct(sender=OWNER, subject="new address", body="", sent=asked), owner, received_at=asked
    )
    user = store.get_user(owner.user_id)
    assert user is not None
    forget = direct(sender=OWNER, subject="forget me", body="", sent=asked)
    assert _outcome(stack, forget, user, received_at=asked)["outcome"] == "command"
    items = json.dumps(_scan(stack, "TABLE_NAME"))
    assert owner.inbox not in items and user.inbox not in items and owner.user_id not in items


def test_a_spoofed_new_address_changes_nothing(stack: LocalStack, store: AppStore, owner: User) -> None:
    spoof = direct(sender=OWNER, subject="new address", body="", sent=datetime(2026, 10, 10, tzinfo=UTC))
    outcome = _outcome(
        stack, spoof, owner, session=SmtpSession("bounce@stranger.example", dkim="GRAY", dmarc="FAIL")
    )
    assert outcome["outcome"] == "quarantined"
    user = store.get_user(owner.user_id)
    assert user is not None and user.inbox == owner.inbox


def test_forget_me_also_removes_sign_in_links_sessions_and_calendar_feeds(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given an owner who signed in to the board, holds an unused link, and opened a calendar feed
    from untilsigned.local.boardkit import Browser, signin_token

    now = datetime.now(UTC)
    browser = Browser(stack)
    assert browser.sign_in(signin_token(stack, owner, now)).status == 303
    signin_token(stack, owner, now)
    assert browser.submit("/settings", "/calendar/feed", {}).status == 200
    theirs = [item for item in _scan(stack, "TABLE_NAME") if owner.user_id in json.dumps(item)]
    kinds = {item.get("type", {}).get("S") for item in theirs}
    assert {"signin", "session", "feed"} <= kinds

    # when they mail "forget me"
    forget = direct(sender=OWNER, subject="forget me", body="", sent=now)
    assert _outcome(stack, forget, owner)["outcome"] == "command"

    # then no link, session or feed of theirs is left, and the old session opens nothing
    assert owner.user_id not in json.dumps(_scan(stack, "TABLE_NAME"))
    assert browser.get("/").status in (302, 303, 401)


def test_asking_for_a_link_by_address_mails_at_most_once_per_quarter_hour(
    stack: LocalStack, owner: User
) -> None:
    # given someone who types the owner's address into the board's link form again and again
    from untilsigned.local.boardkit import Browser

    browser = Browser(stack)

    def links_mailed() -> int:
        return sum(1 for m in stack.sent_mail() if m.subject == "untilsigned: your sign-in link")

    # when they ask three times in a row
    for _ in range(3):
        assert browser.post("/link", {"email": OWNER}).status == 200

    # then the owner's inbox gets one link, not three, and the page says the same each time
    assert links_mailed() == 1


def test_forget_me_on_the_board_leaves_nothing_either(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given an owner with recorded mail (and so an ingest idempotency record) who signed in to the board
    from untilsigned.local.boardkit import Browser, signin_token

    now = datetime.now(UTC)
    ack = forwarded(forwarder=OWNER, employer=EMPLOYER, subject="Your application", body=ACK, sent=now)
    message = _outcome(stack, ack, owner)
    assert message["outcome"] == "recorded"
    assert ingest_record_key(str(message["message_id"])) in json.dumps(_scan(stack, "IDEMPOTENCY_TABLE_NAME"))
    browser = Browser(stack)
    assert browser.sign_in(signin_token(stack, owner, now)).status == 303

    # when they confirm "forget me" on the board
    assert browser.submit("/settings", "/forget", {"confirm": "forget me"}).status == 200

    # then no item, object or idempotency record of theirs remains
    assert owner.user_id not in json.dumps(_scan(stack, "TABLE_NAME"))
    assert ingest_record_key(str(message["message_id"])) not in json.dumps(
        _scan(stack, "IDEMPOTENCY_TABLE_NAME")
    )
    assert not [key for key in _objects(stack) if owner.user_id in key or str(message["message_id"]) in key]

"""Ingest through the real handler on moto: routing, trust gate, idempotency, isolation."""

from __future__ import annotations

import copy
import email
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage

import boto3
import pytest

from tests.conftest import load_event
from tests.integration.conftest import OWNER
from untilsigned.adapters.dynamo import AppStore
from untilsigned.domain.model import AuthResults, Status, User
from untilsigned.local.mailkit import direct, forwarded
from untilsigned.local.stack import FakeLambdaContext, LocalStack
from untilsigned.services.users import register_user

pytestmark = pytest.mark.integration

REJECTION = (
    "Hi Alex,\n\nThank you for interviewing for the Platform Engineer role at Quillfeather Labs.\n"
    "After careful consideration we have decided not to move forward with your application.\n"
    "We wish you every success.\n\nQuillfeather Labs Recruiting"
)
ACKNOWLEDGEMENT = (
    "Hi Alex,\n\nThanks for applying for the Platform Engineer role at Quillfeather Labs.\n"
    "We have received your application and will review it shortly.\n\nQuillfeather Labs Recruiting"
)
EMPLOYER = "Quillfeather Labs <jobs@quillfeather.example>"


def _from_employer(body: str, sent: datetime, forwarded_at: datetime | None = None) -> bytes:
    """The owner's forward of one mail from the employer."""
    return forwarded(
        forwarder=OWNER,
        employer=EMPLOYER,
        subject="Your application",
        body=body,
        sent=sent,
        forwarded_at=forwarded_at,
    )


def _deliver(stack: LocalStack, raw: bytes, user: User, **kwargs: object) -> dict[str, object]:
    _, result = stack.deliver(raw, user.inbox, **kwargs)  # type: ignore[arg-type]
    outcome: dict[str, object] = result["results"][0]
    return outcome


def test_the_events_file_is_read_from_the_rule_prefix_and_recorded(
    stack: LocalStack, store: AppStore
) -> None:
    # given the SES receipt event from events/ and its raw mail where the S3 action puts it
    event = load_event("ses_receipt.json")
    record = event["Records"][0]["ses"]
    inbox = record["receipt"]["recipients"][0]
    user = store.create_user(
        User(user_id="01JTESTUSER000000000000000", email="alex.rivera@example.com", inbox=inbox), None
    )
    raw = (stack.root / "events" / "mailbox" / "01-northwind-application.eml").read_bytes()
    key = f"inbox/{record['mail']['messageId']}"
    boto3.client("s3").put_object(Bucket=stack.mail_bucket, Key=key, Body=raw)

    # when the ingest handler gets the event unchanged
    result = stack.invoke("IngestFunction", event)

    # then the mail was read at exactly <prefix><messageId> and recorded as an application
    assert stack.raw_mail_prefix == "inbox/"
    outcome = result["results"][0]
    assert outcome["outcome"] == "recorded", outcome
    apps = store.load_applications(user.user_id).applications
    assert [(a.company, a.status) for a in apps] == [("Northwind Analytics", Status.APPLIED)]
    # and the user keeps their own copy of it, which "forget me" deletes with everything else of theirs
    assert apps[0].events[0].raw_key == f"inbox/users/{user.user_id}/{record['mail']['messageId']}"
    boto3.client("s3").head_object(Bucket=stack.mail_bucket, Key=apps[0].events[0].raw_key)


def test_the_same_ses_event_twice_is_processed_once(stack: LocalStack, store: AppStore, owner: User) -> None:
    # given a mail delivered once
    raw = _from_employer(
        body=ACKNOWLEDGEMENT,
        sent=datetime(2026, 10, 5, 9, tzinfo=UTC),
    )
    message_id, first = stack.deliver(raw, owner.inbox, received_at=datetime(2026, 10, 5, 10, tzinfo=UTC))
    event = load_event("ses_receipt.json")
    event["Records"][0]["ses"]["mail"]["messageId"] = message_id
    event["Records"][0]["ses"]["receipt"]["recipients"] = [owner.inbox]

    # when Lambda's async retry hands the same SES message to the function again
    second = stack.invoke("IngestFunction", copy.deepcopy(event))
    third = stack.invoke("IngestFunction", copy.deepcopy(event))

    # then the idempotency layer returns the first answer and the timeline has one event
    assert first["results"][0]["outcome"] == "recorded"
    assert second == third
    apps = store.load_applications(owner.user_id).applications
    assert len(apps) == 1 and len(apps[0].events) == 1


def test_a_rejection_forwarded_twice_and_a_late_acknowledgement_give_one_rejected_application(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given an acknowledgement (5 Oct) and a rejection (20 Oct) from one employer
    ack = _from_employer(
        body=ACKNOWLEDGEMENT,
        sent=datetime(2026, 10, 5, 9, tzinfo=UTC),
        forwarded_at=datetime(2026, 10, 25, tzinfo=UTC),
    )
    rejection = _from_employer(
        body=REJECTION,
        sent=datetime(2026, 10, 20, 9, tzinfo=UTC),
        forwarded_at=datetime(2026, 10, 20, 10, tzinfo=UTC),
    )
    rejection_again = _from_employer(
        body=REJECTION,
        sent=datetime(2026, 10, 20, 9, tzinfo=UTC),
        forwarded_at=datetime(2026, 10, 21, 8, tzinfo=UTC),
    )

    # when the rejection arrives twice and the old acknowledgement is forwarded last
    outcomes = [
        _deliver(stack, rejection, owner),
        _deliver(stack, rejection_again, owner),
        _deliver(stack, ack, owner),
    ]

    # then one application, rejected, with two events in employer-date order
    assert [o["outcome"] for o in outcomes] == ["recorded", "duplicate", "recorded"]
    apps = store.load_applications(owner.user_id).applications
    assert len(apps) == 1
    assert apps[0].status is Status.REJECTED
    assert [e.kind.value for e in apps[0].events] == ["application_received", "rejected"]


def test_concurrent_deliveries_of_one_mail_record_one_event(
    stack: LocalStack, store: AppStore, owner: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given the same employer mail forwarded twice (two SES messages)
    first, second = (
        _from_employer(
            body=REJECTION,
            sent=datetime(2026, 10, 20, 9, tzinfo=UTC),
            forwarded_at=datetime(2026, 10, 20, 10, minute, tzinfo=UTC),
        )
        for minute in (1, 2)
    )
    # and the worst interleaving: the second delivery runs completely after the first has read
    # the (empty) state but before it writes. moto serialises nothing, so the race is staged.
    real_save = AppStore.save_application
    inner: list[dict[str, object]] = []
    staged: list[bool] = []

    def save_after_the_other_delivery(self: AppStore, *args: object, **kwargs: object) -> object:
        if not staged:
            staged.append(True)
            inner.append(_deliver(stack, second, owner))
        return real_save(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(AppStore, "save_application", save_after_the_other_delivery)

    # when the first delivery finally writes
    outer = _deliver(stack, first, owner)

    # then the transaction's dedupe condition lets exactly one of them record the mail
    assert (inner[0]["outcome"], outer["outcome"]) == ("recorded", "duplicate")
    apps = store.load_applications(owner.user_id).applications
    assert len(apps) == 1 and len(apps[0].events) == 1


@pytest.mark.parametrize(
    ("verdicts", "reason_word"),
    [
        (AuthResults(spf="PASS", dkim="PASS", dmarc="PASS", spam="FAIL", virus="PASS"), "spam"),
        (AuthResults(spf="PASS", dkim="PASS", dmarc="PASS", spam="PASS", virus="FAIL"), "virus"),
        (AuthResults(spf="FAIL", dkim="FAIL", dmarc="FAIL", spam="PASS", virus="PASS"), "authentic"),
    ],
)
def test_flagged_or_unauthenticated_forwards_are_quarantined(
    stack: LocalStack, store: AppStore, owner: User, verdicts: AuthResults, reason_word: str
) -> None:
    # given a forward from the owner that SES flagged or could not authenticate
    raw = _from_employer(
        body=REJECTION,
        sent=datetime(2026, 10, 20, 9, tzinfo=UTC),
    )

    # when it is ingested
    outcome = _deliver(stack, raw, owner, verdicts=verdicts)

    # then it is quarantined with the reason, the raw mail is kept, and no application exists
    assert outcome["outcome"] == "quarantined"
    assert reason_word in str(outcome["reason"]).lower()
    quarantined = store.list_quarantine(owner.user_id)
    assert len(quarantined) == 1
    boto3.client("s3").head_object(Bucket=stack.mail_bucket, Key=quarantined[0].source)
    assert store.load_applications(owner.user_id).applications == []


def test_a_stranger_writing_to_the_inbox_cannot_sign_an_offer(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given a stranger's fake "offer signed" notice sent straight to the inbox
    raw = direct(
        sender="hr@totally-real-employer.example",
        subject="Completed: your offer letter has been signed",
        body="All parties have completed the envelope. Your signed offer letter is attached.",
        sent=datetime(2026, 10, 20, 9, tzinfo=UTC),
    )

    # when it is ingested
    outcome = _deliver(stack, raw, owner)

    # then it is quarantined and the owner's state is untouched
    assert outcome["outcome"] == "quarantined"
    assert store.load_applications(owner.user_id).applications == []


def test_mail_for_an_unknown_inbox_touches_nobody(stack: LocalStack, store: AppStore, owner: User) -> None:
    # given a mail addressed to an inbox token nobody owns
    raw = _from_employer(
        body=REJECTION,
        sent=datetime(2026, 10, 20, 9, tzinfo=UTC),
    )

    # when SES delivers it
    _, result = stack.deliver(raw, f"u-nobody@{stack.inbox_domain}")

    # then it is recorded as unrouted and the owner has nothing new
    assert result["results"][0]["outcome"] == "unrouted"
    assert store.load_applications(owner.user_id).applications == []
    assert store.list_quarantine(owner.user_id) == []


def test_one_users_forward_cannot_reach_another_users_data(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given a second user
    other = register_user(
        store, email="sam@example.org", inbox_domain=stack.inbox_domain, now=datetime(2026, 10, 1, tzinfo=UTC)
    )
    raw = forwarded(
        forwarder="sam@example.org",
        employer=EMPLOYER,
        subject="Your application",
        body=REJECTION,
        sent=datetime(2026, 10, 20, 9, tzinfo=UTC),
    )

    # when the second user forwards mail to the first user's inbox address
    outcome = _deliver(stack, raw, owner)

    # then the first user's data is untouched (the mail is quarantined there) and the sender gains nothing
    assert outcome["outcome"] == "quarantined"
    assert store.load_applications(owner.user_id).applications == []
    assert store.load_applications(other.user_id).applications == []


def test_the_handler_accepts_a_fake_context(
    stack: LocalStack, owner: User, lambda_context: FakeLambdaContext
) -> None:
    # given an SES event for the owner's inbox
    raw = _from_employer(
        body=ACKNOWLEDGEMENT,
        sent=datetime(2026, 10, 5, 9, tzinfo=UTC),
    )
    message_id, _ = stack.deliver(raw, owner.inbox)
    event = load_event("ses_receipt.json")
    event["Records"][0]["ses"]["mail"]["messageId"] = message_id + "-other"
    event["Records"][0]["ses"]["receipt"]["recipients"] = [owner.inbox]

    # when an event without a stored object arrives (a broken delivery)
    # then the handler raises so Lambda retries and finally sends it to the failure queue
    with pytest.raises(Exception, match="NoSuchKey|Not Found|does not exist"):
        stack.handlers["IngestFunction"](event, lambda_context)


def test_mail_over_the_reading_budget_is_recorded_and_the_outcome_says_what_was_left(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given the owner's forward of an acknowledgement that carries twelve calendar parts (ten are read)
    raw = _from_employer(ACKNOWLEDGEMENT, datetime(2026, 10, 5, 9, 0, tzinfo=UTC))
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    for index in range(12):
        calendar = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:call-{index}@quillfeather.example\r\nDTSTAMP:20261005T090000Z\r\n"
            f"DTSTART:202610{10 + index:02d}T140000Z\r\nSUMMARY:Call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        message.add_attachment(
            calendar.encode(), maintype="text", subtype="calendar", filename=f"call{index}.ics"
        )

    # when
    outcome = _deliver(stack, message.as_bytes(), owner)

    # then it is recorded, not quarantined for its size, and the outcome names what was left unread
    assert outcome["outcome"] == "recorded", outcome
    assert outcome["extra"] == {"limits": "more than 10 calendar parts: the rest not read"}
    assert len(store.load_applications(owner.user_id).applications) == 1


def test_a_job_scam_is_kept_aside_as_a_likely_scam_and_never_becomes_an_application(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given a forwarded "offer" from an employer the owner never applied to, asking for a fee and an ID scan
    scam = forwarded(
        forwarder=OWNER,
        employer="Bluecrest Staffing <hr.bluecrest@webmail.example>",
        subject="Your remote job offer",
        body=(
            "Dear Applicant,\n\nWe are pleased to offer you a remote Data Entry role at $35 per hour. "
            "No interview is required. The starter training costs $120, payable today, and please reply with "
            "a photo of your driver's license and your bank account number.\n\nHR Department"
        ),
        sent=datetime(2026, 10, 6, 9, tzinfo=UTC),
    )

    # when it is delivered
    outcome = _deliver(stack, scam, owner, received_at=datetime(2026, 10, 6, 10, tzinfo=UTC))

    # then no application exists, and it is kept aside flagged as a likely scam with advice for the owner
    assert outcome["outcome"] == "quarantined"
    assert store.load_applications(owner.user_id).applications == []
    (kept,) = store.list_quarantine(owner.user_id)
    assert kept.scam
    assert kept.reason.startswith("likely a job scam")
    assert "Do not pay" in kept.advice

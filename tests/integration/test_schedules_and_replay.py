"""Sweeper, digest and email commands through the real handlers; the replay contract end to end."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import ROOT, load_event
from tests.integration.conftest import OWNER
from tests.mailkit import direct, forwarded
from untilsigned.adapters.dynamo import DUE_INDEX, AppStore
from untilsigned.cli import main
from untilsigned.domain.model import Status, User
from untilsigned.local.stack import LocalStack

pytestmark = pytest.mark.integration

EMPLOYER = "Brightwater Health <talent@brightwater.example>"
REFERENCES = (
    "Hi Alex,\n\nWe really enjoyed meeting you and look forward to working with you.\n"
    "Could you send us two references for the Data Analyst role?\n"
    "We will get back to you with our decision by Friday, October 16.\n\nBrightwater Health"
)
INVITE = (
    "Hi Alex,\n\nWe would like to invite you to a final interview for the Data Analyst role "
    "on Tuesday, November 10 at 14:00.\n\nBrightwater Health"
)


def _deliver_reference_request(stack: LocalStack, owner: User) -> None:
    """References requested on Mon 12 Oct, with a promise to decide by Fri 16 Oct."""
    raw = forwarded(
        forwarder=OWNER,
        employer=EMPLOYER,
        subject="Next steps",
        body=REFERENCES,
        sent=datetime(2026, 10, 12, 9, tzinfo=UTC),
    )
    stack.deliver(raw, owner.inbox)


def _due_index_keys(stack: LocalStack) -> list[str]:
    import boto3

    items = boto3.client("dynamodb").query(
        TableName=stack.environment["TABLE_NAME"],
        IndexName=DUE_INDEX,
        KeyConditionExpression="GSI1PK = :p",
        ExpressionAttributeValues={":p": {"S": "DUE"}},
    )["Items"]
    return [item["GSI1SK"]["S"] for item in items]


def test_silence_past_the_promised_date_ghosts_and_a_new_invitation_revives(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given references requested with a promise to reply by Fri 16 Oct
    _deliver_reference_request(stack, owner)
    assert len(_due_index_keys(stack)) == 1

    # when the scheduled sweeper runs before and after the promise (plus a business day of grace)
    early = load_event("sweeper_schedule.json") | {"scheduled_time": "2026-10-16T12:00:00Z"}
    late = load_event("sweeper_schedule.json") | {"scheduled_time": "2026-10-21T12:00:00Z"}
    assert stack.invoke("SweeperFunction", early)["ghosted"] == []
    swept = stack.invoke("SweeperFunction", late)

    # then the application is ghosted with the employer's own promise, and leaves the due index
    app = store.load_applications(owner.user_id).applications[0]
    assert swept["ghosted"] == [app.id]
    assert app.status is Status.GHOSTED
    assert app.ghosted_reason and "16 Oct" in app.ghosted_reason
    assert _due_index_keys(stack) == []
    assert stack.invoke("SweeperFunction", late)["ghosted"] == []

    # and a later invitation from the employer revives it
    stack.deliver(
        forwarded(
            forwarder=OWNER,
            employer=EMPLOYER,
            subject="Final interview",
            body=INVITE,
            sent=datetime(2026, 11, 2, 9, tzinfo=UTC),
        ),
        owner.inbox,
    )
    app = store.load_applications(owner.user_id).applications[0]
    assert app.status is not Status.GHOSTED and app.ghosted_since is None
    assert app.interview_at == datetime(2026, 11, 10, 14, tzinfo=UTC)


def test_the_digest_is_sent_once_per_period_and_nudges_until_signed(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given an application waiting on the employer
    _deliver_reference_request(stack, owner)
    event = load_event("digest_schedule.json") | {"scheduled_time": "2026-10-19T06:00:00Z"}

    # when the digest schedule fires, and fires again (a retry in the same period)
    first = stack.invoke("DigestFunction", event)
    again = stack.invoke("DigestFunction", event)

    # then one digest went out, multipart with a plain-text part, naming the employer and nudging
    assert first["sent"] == [owner.user_id]
    assert again["sent"] == []
    digests = [m for m in stack.sent_mail() if OWNER in m.to and m.html is not None]
    assert len(digests) == 1
    digest = digests[0]
    assert digest.html and digest.text
    assert "Brightwater" in digest.text and "Brightwater" in digest.html
    assert "no signed offer" in digest.subject.lower()
    unsubscribe = email.message_from_string(digest.raw, policy=email.policy.default)["List-Unsubscribe"]
    assert str(unsubscribe).strip() == f"<mailto:{owner.inbox}?subject=pause>"


def test_the_scheduled_events_in_events_dir_run_the_functions(stack: LocalStack, owner: User) -> None:
    # given the scheduler payloads shipped in events/
    sweeper_event = load_event("sweeper_schedule.json")
    digest_event = load_event("digest_schedule.json")

    # when each function gets its event unchanged
    swept = stack.invoke("SweeperFunction", sweeper_event)
    digested = stack.invoke("DigestFunction", digest_event)

    # then they run and report what they did
    assert swept == {"checked": 0, "ghosted": []}
    assert digested["sent"] == [owner.user_id]


def test_owner_commands_are_acknowledged_and_change_state(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given an application from one employer
    _deliver_reference_request(stack, owner)

    # when the owner mails "signed Brightwater Health" and "pause" to their inbox
    signed = stack.deliver(
        direct(
            sender=OWNER,
            subject="signed Brightwater Health",
            body="",
            sent=datetime(2026, 10, 20, tzinfo=UTC),
        ),
        owner.inbox,
    )[1]["results"][0]
    paused = stack.deliver(
        direct(sender=OWNER, subject="pause", body="", sent=datetime(2026, 10, 20, 1, tzinfo=UTC)),
        owner.inbox,
    )[1]["results"][0]

    # then the application is signed, digests are paused, and each command got a reply
    assert (signed["outcome"], paused["outcome"]) == ("command", "command")
    assert store.load_applications(owner.user_id).applications[0].status is Status.SIGNED
    user = store.get_user(owner.user_id)
    assert user is not None and user.digest_paused
    replies = [m.subject for m in stack.sent_mail() if OWNER in m.to]
    assert replies == ["untilsigned: your forwarding works", "untilsigned: signed", "untilsigned: pause"]


def test_forget_me_deletes_every_item_and_raw_mail(stack: LocalStack, store: AppStore, owner: User) -> None:
    import boto3

    # given an application and a quarantined mail
    _deliver_reference_request(stack, owner)

    # when the owner mails "forget me"
    outcome = stack.deliver(
        direct(sender=OWNER, subject="forget me", body="", sent=datetime(2026, 10, 20, tzinfo=UTC)),
        owner.inbox,
    )[1]["results"][0]

    # then nothing of theirs is left, in the table or the bucket, and they were told
    assert outcome["outcome"] == "command"
    assert store.get_user(owner.user_id) is None
    assert store.find_user_by_inbox(owner.inbox) is None
    assert store.load_applications(owner.user_id).applications == []
    listed = boto3.client("s3").list_objects_v2(Bucket=stack.mail_bucket)
    assert listed.get("KeyCount", 0) == 0
    assert [m.subject for m in stack.sent_mail() if OWNER in m.to] == [
        "untilsigned: your forwarding works",
        "untilsigned: forget",
    ]


def test_replay_prints_the_contract_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # given the sample mailbox in events/
    mailbox = ROOT / "events" / "mailbox"

    # when it is replayed with --json
    code = main(["replay", str(mailbox), "--user", OWNER, "--json", "--out", str(tmp_path)])

    # then stdout holds exactly one JSON document with the contract's fields
    assert code == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {
        "user",
        "inbox",
        "searching",
        "applications",
        "quarantined",
        "digest",
        "sent",
        "left_out",
    }
    assert document["user"] == OWNER and document["searching"] is True
    by_company = {a["company"]: a for a in document["applications"]}
    assert by_company["Fabrikam"]["status"] == "offer"
    assert by_company["Tailspin Toys"]["status"] == "rejected"
    assert by_company["Contoso Robotics"]["status"] == "ghosted"
    assert by_company["Northwind Analytics"]["status"] == "ghosted"
    assert by_company["Northwind Analytics"]["interview_at"] == "2026-10-21T15:00:00+02:00"
    for app in document["applications"]:
        assert set(app) == {
            "id",
            "company",
            "role",
            "status",
            "last_contact",
            "expect_reply_by",
            "respond_by",
            "interview_at",
            "ghosted_since",
            "events",
        }
        for event in app["events"]:
            assert set(event) == {"kind", "date", "subject", "message_id"}
            assert datetime.fromisoformat(event["date"]).tzinfo is not None
    assert [q["file"] for q in document["quarantined"]] == ["08-spam-flagged.eml"]
    assert Path(document["digest"]["html_path"]).is_file()
    assert "keep applying" in document["digest"]["text"].lower()
    # and every mail sent during the replay is listed: the welcome, the one "it works" reply, the digest
    subjects = [mail["subject"] for mail in document["sent"]]
    assert subjects[0] == "Welcome to untilsigned: your inbox address"
    assert subjects.count("untilsigned: your forwarding works") == 1
    assert subjects[-1] == document["digest"]["subject"]
    assert all(set(mail) == {"to", "subject", "text"} and mail["to"] == OWNER for mail in document["sent"])
    assert document["inbox"] in document["sent"][0]["text"]
    assert document["left_out"] == []


def test_replay_now_leaves_out_later_mail_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given the sample mailbox, whose later mail brings a rejection and an offer
    mailbox = ROOT / "events" / "mailbox"
    dated = sorted(path.name for path in mailbox.glob("*.eml"))
    now = "2026-10-14T12:00:00+00:00"

    # when it is replayed as of a date before the last mails
    code = main(["replay", str(mailbox), "--user", OWNER, "--json", "--now", now, "--out", str(tmp_path)])

    # then only mail dated at or before --now was applied, and the rest is named and counted
    assert code == 0
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    cutoff = datetime.fromisoformat(now)
    events = [event for app in document["applications"] for event in app["events"]]
    assert events and all(datetime.fromisoformat(e["date"]) <= cutoff for e in events)
    assert document["left_out"] and set(document["left_out"]) <= set(dated)
    assert f"left out {len(document['left_out'])} mail dated after" in captured.err


def test_one_users_failing_digest_does_not_block_the_others(
    stack: LocalStack, store: AppStore, owner: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from untilsigned.adapters.mail_sender import MailSender, OutgoingMail
    from untilsigned.services.users import register_user

    # given two due users, and an SES outage for the first one's address only
    other = register_user(
        store,
        email="sam@example.org",
        inbox_domain=stack.inbox_domain,
        now=datetime(2026, 10, 1, tzinfo=UTC),
        first_digest_at=datetime(2026, 10, 1, tzinfo=UTC),
    )
    real_send = MailSender.send

    def flaky_send(self: MailSender, mail: OutgoingMail) -> str:
        if mail.to == OWNER:
            raise ConnectionError("SES endpoint unreachable")
        return real_send(self, mail)

    monkeypatch.setattr(MailSender, "send", flaky_send)
    event = load_event("digest_schedule.json")

    # when the digest runs
    result = stack.invoke("DigestFunction", event)

    # then the other user got theirs, and the failing one stays due for the next run
    assert result["sent"] == [other.user_id]
    assert result["failed"] == [owner.user_id]
    monkeypatch.setattr(MailSender, "send", real_send)
    retried = stack.invoke("DigestFunction", event | {"scheduled_time": "2026-11-02T09:00:00Z"})
    assert retried["sent"] == [owner.user_id]


def test_paused_users_get_no_digest(stack: LocalStack, store: AppStore, owner: User) -> None:
    # given the owner paused their digests by mail
    stack.deliver(
        direct(sender=OWNER, subject="pause", body="", sent=datetime(2026, 10, 20, tzinfo=UTC)), owner.inbox
    )

    # when the digest schedule fires
    result = stack.invoke("DigestFunction", load_event("digest_schedule.json"))

    # then nothing is sent but the acknowledgement of the pause
    assert result == {"sent": [], "skipped": [], "failed": []}
    assert [m.subject for m in stack.sent_mail() if OWNER in m.to] == ["untilsigned: pause"]


def test_the_first_forwarded_mail_gets_one_it_works_reply(stack: LocalStack, owner: User) -> None:
    # given a new user whose forwarding delivers two employer mails
    _deliver_reference_request(stack, owner)
    stack.deliver(
        forwarded(
            forwarder=OWNER,
            employer=EMPLOYER,
            subject="Final interview",
            body=INVITE,
            sent=datetime(2026, 10, 19, 9, tzinfo=UTC),
        ),
        owner.inbox,
    )

    # when the sent mail is read back
    replies = [m for m in stack.sent_mail() if m.subject == "untilsigned: your forwarding works"]

    # then exactly one "it works" reply went to the owner, saying what was understood of the first mail
    assert len(replies) == 1
    assert replies[0].to[0] == OWNER
    assert "Next steps" in replies[0].text
    assert "request for references" in replies[0].text
    assert "Brightwater" in replies[0].text


def test_help_replies_with_the_commands(stack: LocalStack, owner: User) -> None:
    # when the owner mails "help" to their inbox
    result = stack.deliver(
        direct(sender=OWNER, subject="help", body="", sent=datetime(2026, 10, 20, tzinfo=UTC)), owner.inbox
    )[1]["results"][0]

    # then the reply lists every command, and nothing else was sent
    assert result["outcome"] == "command"
    sent = [m for m in stack.sent_mail() if OWNER in m.to]
    assert [m.subject for m in sent] == ["untilsigned: commands"]
    for command in ("signed <employer>", "withdraw <employer>", "pause / resume", "status", "forget me"):
        assert command in sent[0].text

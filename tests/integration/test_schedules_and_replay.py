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
from untilsigned.adapters.dynamo import DUE_INDEX, AppStore
from untilsigned.cli import main
from untilsigned.domain.model import Status, User
from untilsigned.local.mailkit import direct, forwarded
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


def _due_index_keys(stack: LocalStack, store: AppStore) -> list[str]:
    import boto3

    keys: list[str] = []
    for partition in store.due_shard_keys():
        items = boto3.client("dynamodb").query(
            TableName=stack.environment["TABLE_NAME"],
            IndexName=DUE_INDEX,
            KeyConditionExpression="GSI1PK = :p",
            ExpressionAttributeValues={":p": {"S": partition}},
        )["Items"]
        keys += [item["GSI1SK"]["S"] for item in items]
    return keys


def _digests_to(stack: LocalStack, address: str) -> list[str]:
    return [
        m.subject for m in stack.sent_mail() if address in m.to and not m.subject.startswith("untilsigned:")
    ]


def test_silence_past_the_promised_date_ghosts_and_a_new_invitation_revives(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given references requested with a promise to reply by Fri 16 Oct
    _deliver_reference_request(stack, owner)
    assert len(_due_index_keys(stack, store)) == 1

    # when the scheduled sweep runs before and after the promise (plus a business day of grace)
    early = stack.run_sweeper(datetime(2026, 10, 16, 12, tzinfo=UTC))
    late = stack.run_sweeper(datetime(2026, 10, 21, 12, tzinfo=UTC))

    # then only the late run finds it due, and the worker ghosts it with the employer's own promise
    assert early["plan"]["planned"] == 0
    assert (late["plan"]["planned"], late["work"]["processed"], late["work"]["failures"]) == (1, 1, 0)
    app = store.load_applications(owner.user_id).applications[0]
    assert app.status is Status.GHOSTED
    assert app.ghosted_reason and "16 Oct" in app.ghosted_reason
    # and it left the due index, so the next run plans nothing
    assert _due_index_keys(stack, store) == []
    assert stack.run_sweeper(datetime(2026, 10, 21, 13, tzinfo=UTC))["plan"]["planned"] == 0

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
    when = datetime(2026, 10, 19, 6, tzinfo=UTC)

    # when the digest schedule fires, and fires again (a retry in the same period)
    first = stack.run_digest(when)
    again = stack.run_digest(when)

    # then one digest went out, multipart with a plain-text part, naming the employer and nudging
    assert (first["plan"]["planned"], first["work"]["failures"]) == (1, 0)
    assert again["plan"]["planned"] == 0
    digests = [m for m in stack.sent_mail() if OWNER in m.to and m.html is not None]
    assert len(digests) == 1
    digest = digests[0]
    assert digest.html and digest.text
    assert "Brightwater" in digest.text and "Brightwater" in digest.html
    assert "no signed offer" in digest.subject.lower()
    unsubscribe = email.message_from_string(digest.raw, policy=email.policy.default)["List-Unsubscribe"]
    assert str(unsubscribe).strip() == f"<mailto:{owner.inbox}?subject=pause>"


def test_the_scheduled_events_in_events_dir_run_the_functions(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given the scheduler payloads and SQS batches shipped in events/, the batches naming our ids
    _deliver_reference_request(stack, owner)
    app = store.load_applications(owner.user_id).applications[0]
    digest_work = load_event("digest_work.json")
    digest_work["Records"][0]["body"] = json.dumps(
        {"user_id": owner.user_id, "now": "2026-11-02T08:00:00+00:00"}
    )
    sweep_work = load_event("sweep_work.json")
    sweep_body = {"user_id": owner.user_id, "application_id": app.id, "now": "2026-11-02T08:00:00+00:00"}
    sweep_work["Records"][0]["body"] = json.dumps(sweep_body)

    # when each function gets its event
    swept_plan = stack.invoke("SweeperFunction", load_event("sweeper_schedule.json"))
    digest_plan = stack.invoke("DigestFunction", load_event("digest_schedule.json"))
    swept = stack.invoke("SweepWorkerFunction", sweep_work)
    digested = stack.invoke("DigestWorkerFunction", digest_work)

    # then the planners enqueue the due work, and the workers do it without a failure
    assert (swept_plan["planned"], swept_plan["shards"], swept_plan["complete"]) == (1, 17, True)
    assert digest_plan["planned"] == 1 and digest_plan["complete"] is True
    assert swept == {"batchItemFailures": []} and digested == {"batchItemFailures": []}
    assert store.load_applications(owner.user_id).applications[0].status is Status.GHOSTED
    assert len(_digests_to(stack, OWNER)) == 1


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
    import boto3
    from botocore.exceptions import ClientError

    from untilsigned.adapters.mail_sender import MailSender, OutgoingMail
    from untilsigned.services.users import register_user

    # given two due users, and SES throttling the first one's address only
    register_user(
        store,
        email="sam@example.org",
        inbox_domain=stack.inbox_domain,
        now=datetime(2026, 10, 1, tzinfo=UTC),
        first_digest_at=datetime(2026, 10, 1, tzinfo=UTC),
    )
    real_send = MailSender.send

    def flaky_send(self: MailSender, mail: OutgoingMail) -> str:
        if mail.to == OWNER:
            throttled = {
                "Error": {"Code": "TooManyRequestsException", "Message": "Maximum sending rate exceeded."}
            }
            raise ClientError(throttled, "SendEmail")  # type: ignore[arg-type]
        return real_send(self, mail)

    monkeypatch.setattr(MailSender, "send", flaky_send)

    # when the digest runs
    result = stack.run_digest(datetime(2026, 11, 2, 8, tzinfo=UTC))

    # then the other user got theirs; the failing one was retried by SQS, counted each time, then parked
    assert _digests_to(stack, "sam@example.org") and not _digests_to(stack, OWNER)
    assert result["work"]["failures"] == 5  # maxReceiveCount
    dead = boto3.client("sqs").receive_message(QueueUrl=stack.queue_url("DigestDeadLetterQueue"))
    assert [json.loads(m["Body"])["user_id"] for m in dead["Messages"]] == [owner.user_id]
    # and the failing user is still due, so the next run serves them
    monkeypatch.setattr(MailSender, "send", real_send)
    retried = stack.run_digest(datetime(2026, 11, 2, 9, tzinfo=UTC))
    assert retried["plan"]["planned"] == 1
    assert len(_digests_to(stack, OWNER)) == 1 and len(_digests_to(stack, "sam@example.org")) == 1


def test_paused_users_get_no_digest(stack: LocalStack, store: AppStore, owner: User) -> None:
    # given the owner paused their digests by mail
    stack.deliver(
        direct(sender=OWNER, subject="pause", body="", sent=datetime(2026, 10, 20, tzinfo=UTC)), owner.inbox
    )

    # when the digest schedule fires
    result = stack.run_digest(datetime(2026, 11, 2, 8, tzinfo=UTC))

    # then nobody is even planned, and nothing is sent but the acknowledgement of the pause
    assert result["plan"]["planned"] == 0
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

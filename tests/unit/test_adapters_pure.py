"""Pure parts of the adapters: event parsing, item encoding, header verdicts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from aws_lambda_powertools.utilities.data_classes import SESEvent
from tests.conftest import load_event

from untilsigned.adapters.codec import from_item, to_item
from untilsigned.adapters.dynamo import utc_key
from untilsigned.adapters.schedule_event import scheduled_time
from untilsigned.adapters.ses_event import inbound_mails
from untilsigned.domain.model import Application, AuthResults, Kind, Status, TimelineEvent, User
from untilsigned.ids import inbox_token, new_id
from untilsigned.local.stack import verdicts_from_headers

pytestmark = pytest.mark.unit
BERLIN = timezone(timedelta(hours=2))


def test_the_ses_event_gives_message_id_recipients_and_verdicts() -> None:
    # given the SES receipt event shipped in events/
    event = SESEvent(load_event("ses_receipt.json"))

    # when it is read
    (mail,) = inbound_mails(event)

    # then the S3 object name, our inbox address and SES's verdicts come through typed
    assert mail.message_id == "q2n7f0k4d1s9c8v6b3m5h0j2l7p4r1t8w6y3z0a9"
    assert mail.recipients == ("u-7hq2mxk4c9v1r8z3t6wp@inbox.example.com",)
    assert mail.verdicts == AuthResults(spf="PASS", dkim="PASS", dmarc="PASS", spam="PASS", virus="PASS")
    assert mail.received_at == datetime(2026, 10, 6, 9, 12, 44, 318000, tzinfo=UTC)
    assert not mail.headers_truncated


def test_an_application_survives_a_round_trip_through_its_item() -> None:
    # given an application with offsets, a set and enums
    app = Application(
        id="01J000000000000000000000AA",
        company="Northwind",
        role=None,
        requisition_id="R-1",
        status=Status.INTERVIEWING,
        created_at=datetime(2026, 10, 6, 9, tzinfo=BERLIN),
        interview_at=datetime(2026, 10, 21, 15, tzinfo=BERLIN),
        thread_ids={"<a@x>", "<b@x>"},
    )

    # when it is encoded and decoded (events live in their own items)
    item = to_item(app, skip=("events",))
    back = from_item(Application, item, events=[])

    # then nothing is lost, the offset included
    assert back == app
    assert item["role"] is None
    assert back.interview_at is not None and back.interview_at.utcoffset() == timedelta(hours=2)


def test_events_and_users_round_trip() -> None:
    event = TimelineEvent(
        kind=Kind.REJECTED,
        date=datetime(2026, 10, 6, tzinfo=UTC),
        subject="s",
        message_id="m",
        evidence=("We decided not to move forward.",),
    )
    user = User(user_id="u", email="a@b.c", inbox="t@d", forwarders=("x@y",), digest_weekday=None)
    assert from_item(TimelineEvent, to_item(event)) == event
    assert from_item(User, to_item(user)) == user


def test_utc_keys_sort_like_time() -> None:
    early = datetime(2026, 10, 6, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    late = datetime(2026, 10, 7, 1, 0, tzinfo=BERLIN)
    assert utc_key(early) == "2026-10-07T04:30:00Z"
    assert utc_key(late) < utc_key(early)


def test_the_schedule_payload_gives_the_scheduled_time() -> None:
    fallback = datetime(2000, 1, 1, tzinfo=UTC)
    assert scheduled_time(load_event("sweeper_schedule.json"), fallback) == datetime(
        2026, 11, 2, 7, 5, tzinfo=UTC
    )
    # An unfilled placeholder (or no payload) falls back to the clock the handler passes in.
    assert scheduled_time({"scheduled_time": "<aws.scheduler.scheduled-time>"}, fallback) == fallback
    assert scheduled_time({}, fallback) == fallback


def test_ids_are_fixed_width_and_sortable() -> None:
    first = new_id(datetime(2026, 1, 1, tzinfo=UTC))
    second = new_id(datetime(2026, 1, 2, tzinfo=UTC))
    assert len(first) == len(second) == 26 and first < second
    assert inbox_token() != inbox_token()


def test_header_verdicts_default_to_pass_and_read_what_ses_recorded() -> None:
    # given a stored copy with SES's headers, and one with none
    flagged = (
        b"Authentication-Results: amazonses.com; spf=softfail smtp.mailfrom=x@y.z; dkim=fail; dmarc=none\n"
        b"X-SES-Spam-Verdict: FAIL\nX-SES-Virus-Verdict: PASS\nSubject: hi\n\nbody\n"
    )
    plain = b"Subject: hi\n\nbody\n"

    # then the recorded results are used ("dmarc=none" is SES's GRAY), and PASS where nothing was recorded
    assert verdicts_from_headers(flagged) == AuthResults(
        spf="SOFTFAIL", dkim="FAIL", dmarc="GRAY", spam="FAIL"
    )
    assert verdicts_from_headers(plain) == AuthResults(spf="PASS", dkim="PASS", dmarc="PASS")


def test_the_idempotency_record_key_is_the_one_powertools_writes() -> None:
    # given the ingest handler's idempotency settings
    from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer, IdempotencyConfig

    from untilsigned.adapters.idempotency_records import INGEST_KEY_PREFIX, ingest_record_key

    layer = DynamoDBPersistenceLayer(table_name="records", boto3_client=object())  # type: ignore[arg-type]
    layer.configure(
        IdempotencyConfig(event_key_jmespath="Records[0].ses.mail.messageId"), key_prefix=INGEST_KEY_PREFIX
    )
    event = {"Records": [{"ses": {"mail": {"messageId": "q2n7f0k4d1s9c8v6b3m5h0j2l7p4r1t8w6y3z0a9"}}}]}

    # then "forget me" computes the key Powertools stores the record under
    assert ingest_record_key("q2n7f0k4d1s9c8v6b3m5h0j2l7p4r1t8w6y3z0a9") == layer._get_hashed_idempotency_key(
        event
    )

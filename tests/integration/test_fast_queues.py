"""untilsigned.local.fast_queues: moto's SQS as seen by a client, at a cost per message that does
not grow with the queue's length (what the scale simulation relies on)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError
from moto import mock_aws

from untilsigned.local import fast_queues

pytestmark = pytest.mark.integration

REGION = "us-east-1"


@pytest.fixture
def patched() -> Iterator[None]:
    fast_queues.install()
    try:
        yield
    finally:
        fast_queues.uninstall()


def conversation(sqs: Any) -> list[Any]:
    """A client's whole view of a work queue with a dead-letter queue: what it receives, what it is
    told about deletes and visibility, the approximate counts. Receives drain every visible message,
    so the transcript does not depend on the order SQS hands them out (which it does not promise)."""
    transcript: list[Any] = []
    dead_url = sqs.create_queue(QueueName="dead")["QueueUrl"]
    dead_arn = sqs.get_queue_attributes(QueueUrl=dead_url, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    redrive = json.dumps({"deadLetterTargetArn": dead_arn, "maxReceiveCount": 2})
    url = sqs.create_queue(QueueName="work", Attributes={"RedrivePolicy": redrive})["QueueUrl"]

    def counts(queue_url: str = url) -> tuple[str, ...]:
        names = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]
        attributes = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=names)["Attributes"]
        return tuple(attributes[name] for name in names)

    def receive(most: int, queue_url: str = url) -> dict[str, tuple[str, str]]:
        got = sqs.receive_message(
            QueueUrl=queue_url,
            MaxNumberOfMessages=most,
            VisibilityTimeout=300,
            AttributeNames=["ApproximateReceiveCount"],
        ).get("Messages", [])
        return {m["Body"]: (m["ReceiptHandle"], m["Attributes"]["ApproximateReceiveCount"]) for m in got}

    def bodies(received: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
        return sorted((body, count) for body, (_, count) in received.items())

    for start in (0, 10, 20):
        entries = [{"Id": str(n), "MessageBody": f"m{start + n:02d}"} for n in range(min(10, 25 - start))]
        transcript.append(len(sqs.send_message_batch(QueueUrl=url, Entries=entries)["Successful"]))
    transcript.append(counts())

    first = receive(10)
    transcript += [len(first), counts()]
    second = receive(10) | receive(10)
    transcript += [
        len(second),
        counts(),
        bodies(first) + bodies(second) == sorted((f"m{n:02d}", "1") for n in range(25)),
    ]

    # delete five, one of them twice; a made-up handle is refused
    done = sorted(first)[:5]
    deleted = sqs.delete_message_batch(
        QueueUrl=url, Entries=[{"Id": str(n), "ReceiptHandle": first[b][0]} for n, b in enumerate(done)]
    )
    transcript += [len(deleted.get("Successful", [])), counts()]
    sqs.delete_message(QueueUrl=url, ReceiptHandle=first[done[0]][0])
    try:
        sqs.delete_message(QueueUrl=url, ReceiptHandle="not-a-handle")
    except ClientError as error:
        transcript.append(error.response["Error"]["Code"])

    # three made visible again are received a second time, with their count
    again = sorted(second)[:3]
    changed = sqs.change_message_visibility_batch(
        QueueUrl=url,
        Entries=[
            {"Id": str(n), "ReceiptHandle": second[b][0], "VisibilityTimeout": 0} for n, b in enumerate(again)
        ],
    )
    transcript += [len(changed.get("Successful", [])), counts()]
    redelivered = receive(10)
    transcript += [bodies(redelivered), counts()]

    # the first handle of a message received twice still deletes it
    sqs.delete_message(QueueUrl=url, ReceiptHandle=second[again[0]][0])
    transcript.append(counts())

    # made visible once more, the other two have had their two receives: they go to the dead letters
    for body in again[1:]:
        sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=redelivered[body][0], VisibilityTimeout=0)
    transcript += [bodies(receive(10)), counts(), counts(dead_url), bodies(receive(10, dead_url))]

    sqs.purge_queue(QueueUrl=url)
    transcript += [counts(), receive(10)]
    return transcript


def test_a_client_sees_the_same_queue_with_and_without_the_patch() -> None:
    # given the conversation with moto's own SQS
    with mock_aws():
        expected = conversation(boto3.client("sqs", region_name=REGION))

    # when the same conversation runs with the patch installed
    fast_queues.install()
    try:
        with mock_aws():
            actual = conversation(boto3.client("sqs", region_name=REGION))
    finally:
        fast_queues.uninstall()

    # then every answer is the same
    assert actual == expected
    assert expected[3] == ("25", "0") and expected[-4] == ("2", "0") and expected[-2] == ("0", "0")


def round_trip_seconds(sqs: Any, url: str, rounds: int) -> float:
    """CPU seconds to send, receive and delete `rounds` batches of ten."""
    started = time.thread_time()
    for _ in range(rounds):
        entries = [{"Id": str(n), "MessageBody": "x"} for n in range(10)]
        sqs.send_message_batch(QueueUrl=url, Entries=entries)
        got = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, VisibilityTimeout=300)["Messages"]
        sqs.delete_message_batch(
            QueueUrl=url,
            Entries=[{"Id": str(n), "ReceiptHandle": m["ReceiptHandle"]} for n, m in enumerate(got)],
        )
    return time.thread_time() - started


def test_a_message_costs_the_same_in_a_queue_of_five_thousand_as_in_an_empty_one(patched: None) -> None:
    with mock_aws():
        from moto.sqs.models import sqs_backends

        # given an empty queue, and one holding 5,000 messages, half of them received (in flight)
        sqs = boto3.client("sqs", region_name=REGION)
        empty = sqs.create_queue(QueueName="empty")["QueueUrl"]
        full = sqs.create_queue(QueueName="full")["QueueUrl"]
        backend = sqs_backends["123456789012"][REGION]
        for n in range(5_000):
            backend.send_message("full", f"old {n}")
        backend.receive_message("full", 2_500, 0, 300)
        round_trip_seconds(sqs, empty, 5)  # warm up the client

        # when the same batches go through each (best of three, against noise on a shared machine)
        on_empty = min(round_trip_seconds(sqs, empty, 20) for _ in range(3))
        on_full = min(round_trip_seconds(sqs, full, 20) for _ in range(3))

        # then the full queue costs about what the empty one does (moto alone: some fifty times more at 1,000)
        assert on_full < 2 * on_empty, (on_full, on_empty)

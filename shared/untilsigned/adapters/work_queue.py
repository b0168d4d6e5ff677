"""Scheduled work fanned out over SQS: one message per user or application, sent ten at a time."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mypy_boto3_sqs import SQSClient

BATCH_LIMIT = 10  # SendMessageBatch takes at most ten entries
MAX_SEND_ATTEMPTS = 4


class QueueSendFailed(RuntimeError):
    """Some entries were refused on every attempt; the planner fails and its schedule retries."""


class WorkQueue:
    def __init__(self, url: str, client: SQSClient) -> None:
        self.url = url
        self.client = client

    def send(self, bodies: Sequence[Mapping[str, Any]]) -> int:
        """Enqueue every body; returns how many SendMessageBatch calls it took."""
        calls = 0
        for start in range(0, len(bodies), BATCH_LIMIT):
            entries: list[Any] = [
                {"Id": str(n), "MessageBody": json.dumps(body, sort_keys=True)}
                for n, body in enumerate(bodies[start : start + BATCH_LIMIT])
            ]
            for _ in range(MAX_SEND_ATTEMPTS):
                calls += 1
                response = self.client.send_message_batch(QueueUrl=self.url, Entries=entries)
                refused = {entry["Id"] for entry in response.get("Failed", [])}
                entries = [entry for entry in entries if entry["Id"] in refused]
                if not entries:
                    break
            else:
                raise QueueSendFailed(f"{len(entries)} messages refused by {self.url}")
        return calls

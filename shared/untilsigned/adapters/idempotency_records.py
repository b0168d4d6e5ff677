"""The ingest function's Powertools idempotency records, deleted by "forget me".

Each record is keyed `<prefix>#<md5 of the JSON of the SES message id>` (Powertools' documented key:
`key_prefix#hash`, with the configured hash function, md5 by default) and holds the handler's answer, which
names the user. A test checks this key against Powertools' own.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

# The ingest handler's key_prefix: fixed, so the key does not depend on the deployed function's name.
INGEST_KEY_PREFIX = "untilsigned-ingest"


def ingest_record_key(message_id: str) -> str:
    """The idempotency record key of the ingest invocation for one SES message."""
    digest = hashlib.md5(json.dumps(message_id, sort_keys=True).encode(), usedforsecurity=False).hexdigest()
    return f"{INGEST_KEY_PREFIX}#{digest}"


class IdempotencyRecords:
    def __init__(self, table_name: str, client: DynamoDBClient) -> None:
        self.table_name = table_name
        self.client = client

    def forget(self, message_ids: Iterable[str]) -> None:
        """Delete the ingest records of these SES messages (absent ones are no error)."""
        keys = sorted({ingest_record_key(message_id) for message_id in message_ids})
        for start in range(0, len(keys), 25):
            requests: Any = [
                {"DeleteRequest": {"Key": {"id": {"S": key}}}} for key in keys[start : start + 25]
            ]
            pending: Any = {self.table_name: requests}
            while pending:
                response = self.client.batch_write_item(RequestItems=pending)
                pending = response.get("UnprocessedItems") or {}

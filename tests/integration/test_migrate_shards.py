"""The shard migration (scripts/migrate_shards.py) on the local stack: legacy unsharded index keys move
once, and stay planned."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import boto3
import pytest

from tests.integration.conftest import OWNER
from untilsigned.adapters.dynamo import AppStore
from untilsigned.adapters.shard_migration import migrate
from untilsigned.domain.model import User
from untilsigned.local.mailkit import forwarded
from untilsigned.local.stack import LocalStack

pytestmark = pytest.mark.integration


def _unshard(stack: LocalStack, key: dict[str, Any], attribute: str, legacy: str) -> None:
    boto3.client("dynamodb").update_item(
        TableName=stack.environment["TABLE_NAME"],
        Key=key,
        UpdateExpression="SET #p = :legacy",
        ExpressionAttributeNames={"#p": attribute},
        ExpressionAttributeValues={":legacy": {"S": legacy}},
    )


def test_migration_moves_legacy_keys_onto_shards_once(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given a user and a due application written with the unsharded keys of an older table
    stack.deliver(
        forwarded(
            forwarder=OWNER,
            employer="Brightwater Health <talent@brightwater.example>",
            subject="Next steps",
            body="Hi Alex,\n\nCould you send us two references?\nWe will decide by Friday, October 16.\n",
            sent=datetime(2026, 10, 12, 9, tzinfo=UTC),
        ),
        owner.inbox,
    )
    app = store.load_applications(owner.user_id).applications[0]
    user_pk = {"S": f"USER#{owner.user_id}"}
    _unshard(stack, {"PK": user_pk, "SK": {"S": "PROFILE"}}, "GSI2PK", "DIGEST")
    _unshard(stack, {"PK": user_pk, "SK": {"S": f"APP#{app.id}"}}, "GSI1PK", "DUE")
    table, client = stack.environment["TABLE_NAME"], boto3.client("dynamodb")

    # when the planners run before the migration, then it runs twice
    planned_before = stack.invoke("DigestFunction", {"scheduled_time": "2026-11-02T08:00:00Z"})["planned"]
    first = migrate(client, table, store.index_shards)
    second = migrate(client, table, store.index_shards)

    # then legacy items were planned all along, moved once, and the second run moved nothing
    assert planned_before == 1
    assert first["DueIndex"]["moved"] == 1 and first["DigestDueIndex"]["moved"] == 1
    assert second["DueIndex"]["moved"] == 0 and second["DigestDueIndex"]["moved"] == 0
    item = client.get_item(TableName=table, Key={"PK": user_pk, "SK": {"S": "PROFILE"}})["Item"]
    assert item["GSI2PK"]["S"].startswith("DIGEST#")
    # and the sweep and the digest still find them on their shards
    assert stack.run_sweeper(datetime(2026, 10, 21, 12, tzinfo=UTC))["plan"]["planned"] == 1
    assert stack.run_digest(datetime(2026, 11, 2, 8, tzinfo=UTC))["plan"]["planned"] == 1

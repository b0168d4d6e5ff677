"""Moving existing items of the sparse indexes onto their write shards (scripts/migrate_shards.py runs it).

Tables written before sharding keep every due application under GSI1PK "DUE" and every user under
GSI2PK "DIGEST". `migrate` reads those partitions (or the shards of an earlier shard count) through the
indexes themselves, never a Scan, and rewrites each item's partition key for the current shard count with a
conditional UpdateItem on the key it read, so an item the application changed meanwhile is left to the
application (which already writes sharded keys). Running it again moves nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from botocore.exceptions import ClientError

from untilsigned.adapters.dynamo import (
    DIGEST_DUE_INDEX,
    DIGEST_PARTITION,
    DUE_INDEX,
    DUE_PARTITION,
    shard_key,
    shard_keys,
)

# index name, partition attribute, partition prefix, the attribute whose id picks the shard
INDEXES = (
    (DUE_INDEX, "GSI1PK", DUE_PARTITION, "id"),
    (DIGEST_DUE_INDEX, "GSI2PK", DIGEST_PARTITION, "user_id"),
)


def _source_partitions(prefix: str, from_shards: int) -> list[str]:
    """The unsharded key, plus every shard of the earlier count."""
    return shard_keys(prefix, from_shards) if from_shards else [prefix]


def _items(client: Any, table: str, index: str, attribute: str, partition: str) -> Iterator[dict[str, Any]]:
    paginator = client.get_paginator("query")
    for page in paginator.paginate(
        TableName=table,
        IndexName=index,
        KeyConditionExpression="#p = :p",
        ExpressionAttributeNames={"#p": attribute},
        ExpressionAttributeValues={":p": {"S": partition}},
    ):
        yield from page.get("Items", [])


def migrate(
    client: Any, table: str, shards: int, from_shards: int = 0, dry_run: bool = False
) -> dict[str, Any]:
    """Per index: items moved, already in place, and changed meanwhile (left to the application)."""
    report: dict[str, Any] = {"table": table, "shards": shards, "dry_run": dry_run}
    for index, attribute, prefix, id_attribute in INDEXES:
        moved = in_place = changed = 0
        for partition in _source_partitions(prefix, from_shards):
            for item in list(_items(client, table, index, attribute, partition)):
                target = shard_key(prefix, item[id_attribute]["S"], shards)
                if target == partition:
                    in_place += 1
                    continue
                if dry_run:
                    moved += 1
                    continue
                try:
                    client.update_item(
                        TableName=table,
                        Key={"PK": item["PK"], "SK": item["SK"]},
                        UpdateExpression="SET #p = :new",
                        ConditionExpression="#p = :old",
                        ExpressionAttributeNames={"#p": attribute},
                        ExpressionAttributeValues={":new": {"S": target}, ":old": {"S": partition}},
                    )
                    moved += 1
                except ClientError as error:
                    if error.response["Error"]["Code"] != "ConditionalCheckFailedException":
                        raise
                    changed += 1
        report[index] = {"moved": moved, "already_in_place": in_place, "changed_meanwhile": changed}
    return report

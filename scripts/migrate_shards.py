"""One-off, idempotent: move existing items of the sparse indexes onto their write shards.

Tables written before sharding keep every due application under GSI1PK "DUE" and every user
under GSI2PK "DIGEST". This script reads those partitions (and, with --from-shards, the shards
of an earlier shard count) through the indexes themselves, never a Scan, and rewrites each
item's partition key to `DUE#<n>` / `DIGEST#<n>` for the current shard count. Each rewrite is a
conditional UpdateItem on the key it read, so an item the application changed meanwhile is left
to the application (which already writes sharded keys). Running it again moves nothing.

The planners read the unsharded keys too, so nothing is missed before or during the migration.

Run after deploying the sharded version (IndexShards = the stack parameter):
  .venv/bin/python scripts/migrate_shards.py --table <AppTableName> --shards 16 [--from-shards 8] [--dry-run]
Prints one JSON object: items moved, already in place, and changed meanwhile, per index.
"""

from __future__ import annotations

import argparse
import json
import sys

import boto3

from untilsigned.adapters.shard_migration import migrate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--table", required=True, help="the AppTableName stack output")
    parser.add_argument("--shards", type=int, required=True, help="the stack's IndexShards parameter")
    parser.add_argument("--from-shards", type=int, default=0, help="an earlier IndexShards, when changing it")
    parser.add_argument("--region", default=None)
    parser.add_argument("--dry-run", action="store_true", help="count what would move, write nothing")
    args = parser.parse_args(argv)
    client = boto3.client("dynamodb", region_name=args.region)
    print(json.dumps(migrate(client, args.table, args.shards, args.from_shards, args.dry_run), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

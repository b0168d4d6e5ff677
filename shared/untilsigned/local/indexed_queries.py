"""Make moto's DynamoDB Query cost what DynamoDB's does: proportional to the items it returns.

moto answers every Query by sorting and filtering the whole table, which at 100,000 users makes
each worker's query and each planner page cost as much as a Scan. That would measure moto, not
our access patterns. Installed (by the scale simulation only), this keeps a side index from each
base-table partition and each GSI partition value to the keys written under it, sorted by the
index's sort key, and hands moto's own Query only the candidates an upper bound on the sort key
allows; moto still applies every condition, the sort and the paging, so answers are unchanged.
The side index only ever grows: an entry whose item moved or was deleted is dropped when moto
re-checks the candidates.

moto also deep-copies every table a transaction touches, to roll back on failure; that too costs
the whole table. Installed, a transaction snapshots only the items it names and restores those.

`load` writes many items straight into a table, as unconditional batch writes would, for setting up
a large table quickly: moto's item re-sums its whole size for each attribute it is given, which
makes writing an item cost the square of its attribute count.
"""

from __future__ import annotations

import bisect
import copy
import itertools
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

_installed = False
_hint = threading.local()
_lock = threading.Lock()
_sequence = itertools.count()
_LAST = 1 << 62  # sorts after every sequence number


def install() -> None:
    """Patch moto's Table and backend in this process; idempotent."""
    global _installed
    if _installed:
        return
    import moto.dynamodb.models as models
    from moto.dynamodb.models import DynamoDBBackend
    from moto.dynamodb.models.dynamo_type import DynamoType
    from moto.dynamodb.models.table import Table

    original_all_items: Callable[[Table], list[Any]] = Table.all_items
    original_query = Table.query
    original_put = Table.put_item
    original_update = DynamoDBBackend.update_item
    original_transact = DynamoDBBackend.transact_write_items

    class _CopyWithoutTables:
        """moto's `copy` module, except that a whole table is not copied (the snapshot below is)."""

        def __getattr__(self, name: str) -> Any:
            return getattr(copy, name)

        @staticmethod
        def deepcopy(value: Any, memo: Any = None) -> Any:
            return value if isinstance(value, Table) else copy.deepcopy(value, memo)

    def transact_write_items(self: DynamoDBBackend, transact_items: list[dict[str, Any]]) -> None:
        snapshots: list[tuple[Any, Any, Any, Any]] = []
        for entry in transact_items:
            op_type, op = next(iter(entry.items()))
            table = self.get_table(op["TableName"])
            key = op["Item"] if op_type == "Put" else op["Key"]
            hash_value = DynamoType(key[table.hash_key_attr])
            range_value = DynamoType(key[table.range_key_attr]) if table.range_key_attr else None
            partition = table.items.get(hash_value)
            current = partition.get(range_value) if isinstance(partition, dict) else partition
            snapshots.append((table, hash_value, range_value, copy.deepcopy(current)))
        try:
            original_transact(self, transact_items)
        except BaseException:
            for table, hash_value, range_value, before in reversed(snapshots):
                partition = table.items[hash_value]
                if before is None:
                    partition.pop(range_value, None)
                else:
                    partition[range_value] = before
                    _remember(table, before)
            raise

    def all_items(self: Table) -> list[Any]:
        candidates = getattr(_hint, "candidates", None)
        if candidates is not None and candidates[0] is self:
            return list(candidates[1]())
        return original_all_items(self)

    def query(self: Table, hash_key: Any, *args: Any, **kwargs: Any) -> Any:
        index_name = args[6] if len(args) > 6 else kwargs.get("index_name")
        with _candidates(
            self,
            hash_key,
            index_name,
            kwargs.get("hash_key_conditions") or [],
            kwargs.get("range_key_conditions") or [],
        ):
            return original_query(self, hash_key, *args, **kwargs)

    def put_item(self: Table, *args: Any, **kwargs: Any) -> Any:
        item = original_put(self, *args, **kwargs)
        _remember(self, item)
        return item

    def update_item(
        self: DynamoDBBackend, table_name: str, key: dict[str, Any], *args: Any, **kwargs: Any
    ) -> Any:
        item = original_update(self, table_name, key, *args, **kwargs)
        _remember(self.get_table(table_name), item)
        return item

    Table.all_items = all_items  # type: ignore[method-assign]
    Table.query = query  # type: ignore[method-assign]
    Table.put_item = put_item  # type: ignore[method-assign]
    DynamoDBBackend.update_item = update_item  # type: ignore[method-assign]
    DynamoDBBackend.transact_write_items = transact_write_items  # type: ignore[method-assign]
    models.copy = _CopyWithoutTables()  # type: ignore[attr-defined,assignment]
    _installed = True


ITEM_SIZE_LIMIT = 405_000  # moto's own limit for an item, in bytes (DynamoDB's 400 KB, measured)


def load(table: Any, items: Iterable[dict[str, Any]]) -> int:
    """Put every item (in DynamoDB's JSON) into moto's table, replacing any with the same key, and
    index it for the patched queries. Checks each item's size once; returns how many were written."""
    from moto.dynamodb.exceptions import ItemSizeTooLarge
    from moto.dynamodb.models.dynamo_type import DynamoType, Item, LimitedSizeDict

    written = 0
    side = _side_index(table)
    gsi_keys = _gsi_keys(table)
    for attrs in items:
        hash_value = DynamoType(attrs[table.hash_key_attr])
        range_value = DynamoType(attrs[table.range_key_attr]) if table.range_key_attr else None
        item: Any = Item.__new__(Item)
        item.hash_key, item.range_key = hash_value, range_value
        # dict.update does not call LimitedSizeDict.__setitem__ (the per-attribute re-sum)
        item.attrs = LimitedSizeDict()
        dict.update(item.attrs, {key: DynamoType(value) for key, value in attrs.items()})
        if sum(len(key.encode()) + value.size() for key, value in item.attrs.items()) > ITEM_SIZE_LIMIT:
            raise ItemSizeTooLarge
        if range_value is not None:
            table.items[hash_value][range_value] = item
        else:
            table.items[hash_value] = item
        with _lock:
            for key, entry in _index_entries(gsi_keys, item):
                side[key].append(entry)  # sorted once, below
        written += 1
    with _lock:
        for entries in side.values():
            entries.sort()
    return written


# (partition attribute, its value) -> [(sort key text, sequence, table hash key, table range key)], sorted
SideIndex = dict[tuple[str, Any], list[tuple[str, int, Any, Any]]]


def _side_index(table: Any) -> SideIndex:
    index: SideIndex | None = getattr(table, "_untilsigned_side_index", None)
    if index is None:
        index = defaultdict(list)
        table._untilsigned_side_index = index
    return index


def _gsi_keys(table: Any) -> list[tuple[str, str | None]]:
    """(partition attribute, sort attribute) of each global index."""
    keys: list[tuple[str, str | None]] = []
    for index in table.global_indexes:
        by_type = {key["KeyType"]: key["AttributeName"] for key in index.schema}
        keys.append((by_type["HASH"], by_type.get("RANGE")))
    return keys


def _index_entries(
    gsi_keys: list[tuple[str, str | None]], item: Any
) -> Iterator[tuple[tuple[str, Any], tuple[str, int, Any, Any]]]:
    """The side-index entries of an item: one under each global index it has a partition key for."""
    for partition_attribute, sort_attribute in gsi_keys:
        value = item.attrs.get(partition_attribute)
        if value is None:
            continue
        sort_value = item.attrs.get(sort_attribute) if sort_attribute else None
        sort_text = str(sort_value.value) if sort_value is not None else ""
        yield (partition_attribute, value), (sort_text, next(_sequence), item.hash_key, item.range_key)


def _remember(table: Any, item: Any) -> None:
    if item is None:
        return
    side = _side_index(table)
    with _lock:
        for key, entry in _index_entries(_gsi_keys(table), item):
            bisect.insort(side[key], entry)


@contextmanager
def _candidates(
    table: Any, hash_key: Any, index_name: str | None, conditions: list[Any], range_conditions: list[Any]
) -> Iterator[None]:
    if not index_name:

        def read() -> Iterator[Any]:
            partition = table.items.get(hash_key) if hash_key is not None else None
            if isinstance(partition, dict):
                yield from list(partition.values())
            elif partition is not None:
                yield partition

    elif len(conditions) == 1:
        attribute, value = conditions[0]

        def read() -> Iterator[Any]:
            with _lock:
                entries = list(_side_index(table).get((attribute, value), ()))
            if len(range_conditions) == 1:
                _, comparison, values = range_conditions[0]
                bound = str(values[0].value) if values else ""
                if comparison in ("<=", "LE"):
                    entries = entries[: bisect.bisect_right(entries, (bound, _LAST))]
                elif comparison in ("<", "LT"):
                    entries = entries[: bisect.bisect_left(entries, (bound, -1))]
            for _, _, hash_value, range_value in entries:
                partition = table.items.get(hash_value)
                item = partition.get(range_value) if isinstance(partition, dict) else partition
                current = item.attrs.get(attribute) if item is not None else None
                if current is not None and current == value:
                    yield item

    else:
        yield
        return
    _hint.candidates = (table, read)
    try:
        yield
    finally:
        _hint.candidates = None

"""Index sharding and the planner's streaming, on fakes (no AWS)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import pytest

from untilsigned.adapters.dynamo import shard_key, shard_keys, shard_of
from untilsigned.adapters.work_queue import WorkQueue
from untilsigned.ids import new_id
from untilsigned.services.planner import plan

pytestmark = pytest.mark.unit


class RecordingQueue(WorkQueue):
    def __init__(self) -> None:
        self.sent: list[Mapping[str, Any]] = []

    def send(self, bodies: Sequence[Mapping[str, Any]]) -> int:
        self.sent.extend(bodies)
        return 1


def _pages(prefix: str, pages: int, size: int) -> Any:
    def read() -> Iterator[list[dict[str, str]]]:
        for page in range(pages):
            yield [{"user_id": f"{prefix}-{page}-{n}"} for n in range(size)]

    return read


def test_a_shard_is_stable_and_within_the_count() -> None:
    # when
    shards = {shard_of("01K8Z3Q4V6N2M7P9R1T5W8Y0AB", 16) for _ in range(3)}
    # then the same id always lands in the same shard, whatever the process
    assert shards == {shard_of("01K8Z3Q4V6N2M7P9R1T5W8Y0AB", 16)}
    assert 0 <= shards.pop() < 16
    assert shard_key("DIGEST", "x", 1) == "DIGEST#0"


def test_ids_made_in_the_same_millisecond_spread_evenly_over_the_shards() -> None:
    # given ids that share their time prefix (a burst of sign-ups)
    from datetime import UTC, datetime

    moment = datetime(2026, 11, 2, 8, tzinfo=UTC)
    ids = [new_id(moment) for _ in range(16_000)]
    # when
    counts = Counter(shard_of(i, 16) for i in ids)
    # then no shard takes much more than its share
    assert len(counts) == 16
    assert max(counts.values()) < 1.15 * 1000


def test_the_planner_reads_every_shard_and_the_unsharded_key_of_older_tables() -> None:
    assert shard_keys("DUE", 4) == ["DUE#0", "DUE#1", "DUE#2", "DUE#3", "DUE"]


def test_the_planner_enqueues_every_page_of_every_shard() -> None:
    # given three shards of two pages each
    queue = RecordingQueue()
    # when
    result = plan([_pages(s, 2, 5) for s in "abc"], queue, lambda: 300_000)
    # then
    assert (result.planned, result.pages, result.complete) == (30, 6, True)
    assert len({body["user_id"] for body in queue.sent}) == 30


def test_the_planner_stops_before_its_deadline_and_says_so() -> None:
    # given a clock that runs out after the first two pages
    queue = RecordingQueue()
    remaining = iter([300_000, 300_000] + [1_000] * 10)
    # when
    result = plan([_pages("a", 5, 5)], queue, lambda: next(remaining))
    # then what was read was enqueued, and the run is marked incomplete
    assert (result.planned, result.complete) == (10, False)
    assert len(queue.sent) == 10

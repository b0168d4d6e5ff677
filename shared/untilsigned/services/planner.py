"""Plan scheduled work: page the sharded due index and enqueue as it goes, never collecting.

The shards are read in parallel threads; each page of due ids becomes messages on the work
queue straight away, so memory holds one page per shard. The planner watches the invocation's
remaining time and stops early rather than time out. It keeps no cursor: a due item stays in the
index until a worker has served it, so the next scheduled run plans exactly what is left, and a
message planned twice is harmless because every worker is idempotent per item and period.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from aws_lambda_powertools.metrics import MetricUnit

from untilsigned.adapters.work_queue import WorkQueue
from untilsigned.observability import logger, metrics

PAGE_SIZE = 250
MAX_THREADS = 16
# Stop planning with this much time left: the page in hand still needs its SendMessageBatch calls.
RESERVE_MILLIS = 15_000

Pages = Callable[[], Iterator[Sequence[Mapping[str, Any]]]]
T = TypeVar("T")


@dataclass
class PlanResult:
    planned: int = 0
    pages: int = 0
    shards: int = 0
    complete: bool = True

    def as_dict(self) -> dict[str, object]:
        return {
            "planned": self.planned,
            "pages": self.pages,
            "shards": self.shards,
            "complete": self.complete,
        }


def plan(
    shards: Sequence[Pages],
    queue: WorkQueue,
    remaining_millis: Callable[[], int],
    *,
    reserve_millis: int = RESERVE_MILLIS,
    threads: int = MAX_THREADS,
) -> PlanResult:
    """Enqueue every page of every shard, in parallel, until done or out of time."""
    result = PlanResult(shards=len(shards))
    lock = threading.Lock()

    def work(pages: Pages) -> None:
        for page in pages():
            if remaining_millis() < reserve_millis:
                with lock:
                    result.complete = False
                return
            if page:
                queue.send(page)
            with lock:
                result.planned += len(page)
                result.pages += 1

    with ThreadPoolExecutor(max_workers=max(1, min(threads, len(shards)))) as pool:
        # list() re-raises the first failure after every shard has finished or stopped.
        list(pool.map(work, shards))
    return result


def plan_index(
    partitions: Sequence[str],
    due_pages: Callable[[str], Iterable[Sequence[T]]],
    message: Callable[[T], Mapping[str, Any]],
    queue: WorkQueue | None,
    remaining_millis: Callable[[], int],
    *,
    work: str,
    metric: str,
) -> PlanResult:
    """Plan one kind of `work` ("sweep", "digest") from its sharded due index: every due item of every
    partition becomes one `message`; `metric` counts them, PlanIncomplete an early stop."""
    if queue is None:
        raise RuntimeError(f"the {work} planner needs {work.upper()}_QUEUE_URL")

    def shard(partition: str) -> Pages:
        def pages() -> Iterator[Sequence[Mapping[str, Any]]]:
            for page in due_pages(partition):
                yield [message(item) for item in page]

        return pages

    result = plan([shard(partition) for partition in partitions], queue, remaining_millis)
    metrics.add_metric(name=metric, unit=MetricUnit.Count, value=result.planned)
    if not result.complete:
        # Nothing is lost: the rest stay due in the index and the next run plans them.
        logger.warning(f"{work} planning stopped early", extra=result.as_dict())
        metrics.add_metric(name="PlanIncomplete", unit=MetricUnit.Count, value=1)
    return result

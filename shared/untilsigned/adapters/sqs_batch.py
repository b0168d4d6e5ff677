"""Powertools batch processing for the SQS workers: partial failures reported, and counted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.batch.base import FailureResponse
from aws_lambda_powertools.utilities.batch.types import PartialItemFailureResponse
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from untilsigned.observability import logger, metrics


class CountingBatchProcessor(BatchProcessor):
    """Reports each failed record back to SQS for a retry, and counts it in a metric that alarms.

    A batch whose every record failed is reported record by record too, instead of failing the
    invocation: the outcome is the same (all retried) and the count stays exact.
    """

    def __init__(self, failure_metric: str) -> None:
        super().__init__(event_type=EventType.SQS, raise_on_entire_batch_failure=False)
        self.failure_metric = failure_metric

    def failure_handler(self, record: Any, exception: Any) -> FailureResponse:
        metrics.add_metric(name=self.failure_metric, unit=MetricUnit.Count, value=1)
        logger.error(
            "work item failed; SQS retries it, then parks it on the dead-letter queue",
            extra={"message_id": getattr(record, "message_id", "")},
            exc_info=exception,
        )
        return super().failure_handler(record, exception)


def process_work_batch(
    event: dict[str, Any],
    context: LambdaContext,
    record_handler: Callable[[SQSRecord], object],
    failure_metric: str,
) -> PartialItemFailureResponse:
    """Run one SQS batch through the record handler, reporting (and counting) only the failed records."""
    return process_partial_response(
        event=event,
        record_handler=record_handler,
        # One processor per invocation: it holds the batch being processed.
        processor=CountingBatchProcessor(failure_metric=failure_metric),
        context=context,
    )

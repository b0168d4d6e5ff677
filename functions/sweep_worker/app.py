"""Sweep worker: mark each queued application ghosted once the employer's deadline passed in silence."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.batch import process_partial_response
from aws_lambda_powertools.utilities.batch.types import PartialItemFailureResponse
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from untilsigned.adapters.sqs_batch import CountingBatchProcessor
from untilsigned.observability import logger, metrics, tracer
from untilsigned.services.sweeper import sweeper_service


def record_handler(record: SQSRecord) -> bool:
    return sweeper_service().handle_message(record.json_body)


@logger.inject_lambda_context(correlation_id_path="Records[0].messageId")
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> PartialItemFailureResponse:
    return process_partial_response(
        event=event,
        record_handler=record_handler,
        # One processor per invocation: it holds the batch being processed.
        processor=CountingBatchProcessor(failure_metric="SweepFailed"),
        context=context,
    )

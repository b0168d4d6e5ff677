"""Sweep worker: mark each queued application ghosted once the employer's deadline passed in silence."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.batch.types import PartialItemFailureResponse
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from untilsigned.adapters.sqs_batch import process_work_batch
from untilsigned.observability import logger, metrics, tracer
from untilsigned.services.sweeper import sweeper_service


def record_handler(record: SQSRecord) -> bool:
    return sweeper_service().handle_message(record.json_body)


@logger.inject_lambda_context(correlation_id_path="Records[0].messageId")
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> PartialItemFailureResponse:
    return process_work_batch(event, context, record_handler, failure_metric="SweepFailed")

"""Ingest: SES received a mail for an inbox address and stored it in S3."""

from __future__ import annotations

import os
from typing import Any

from aws_lambda_powertools.utilities.data_classes import SESEvent, event_source
from aws_lambda_powertools.utilities.idempotency import (
    DynamoDBPersistenceLayer,
    IdempotencyConfig,
    idempotent,
)
from aws_lambda_powertools.utilities.typing import LambdaContext

from untilsigned.adapters.idempotency_records import INGEST_KEY_PREFIX
from untilsigned.adapters.ses_event import inbound_mails
from untilsigned.observability import logger, metrics, tracer
from untilsigned.services.ingest import ingest_service

# Longer than Lambda's 6 h async retry window, so a late redelivery is still recognised.
IDEMPOTENCY_SECONDS = 24 * 3600

persistence = DynamoDBPersistenceLayer(table_name=os.environ["IDEMPOTENCY_TABLE_NAME"])
idempotency = IdempotencyConfig(
    event_key_jmespath="Records[0].ses.mail.messageId",
    raise_on_no_idempotency_key=True,
    expires_after_seconds=IDEMPOTENCY_SECONDS,
)


@logger.inject_lambda_context(correlation_id_path="Records[0].ses.mail.messageId")
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
# A fixed key prefix, so "forget me" can find and delete the records of the user's messages.
@idempotent(config=idempotency, persistence_store=persistence, key_prefix=INGEST_KEY_PREFIX)
@event_source(data_class=SESEvent)
def lambda_handler(event: SESEvent, context: LambdaContext) -> dict[str, Any]:
    # One outcome for each user among each message's recipients.
    results = [result for mail in inbound_mails(event) for result in ingest_service().handle(mail)]
    for result in results:
        metrics.add_metric(name=f"Mail_{result.outcome}", unit="Count", value=1)
    return {"results": [result.as_dict() for result in results]}

"""Digest: email every due user where their search stands, once per period."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any

from aws_lambda_powertools.utilities.idempotency import (
    DynamoDBPersistenceLayer,
    IdempotencyConfig,
    idempotent_function,
)
from aws_lambda_powertools.utilities.typing import LambdaContext

from untilsigned.adapters.schedule_event import scheduled_time
from untilsigned.observability import logger, metrics, tracer
from untilsigned.services.digest import digest_service

# A weekly period plus slack: a retried schedule never sends the same period twice.
IDEMPOTENCY_SECONDS = 8 * 24 * 3600

persistence = DynamoDBPersistenceLayer(table_name=os.environ["IDEMPOTENCY_TABLE_NAME"])
idempotency = IdempotencyConfig(
    event_key_jmespath="[user_id, period]", expires_after_seconds=IDEMPOTENCY_SECONDS
)


@idempotent_function(  # type: ignore[untyped-decorator]
    data_keyword_argument="request", persistence_store=persistence, config=idempotency
)
def send_digest_once(request: dict[str, str]) -> dict[str, str]:
    return digest_service().send_user_digest(request)


@logger.inject_lambda_context(correlation_id_path="execution_id")
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    idempotency.register_lambda_context(context)
    now = scheduled_time(event, fallback=datetime.now(UTC))
    result = digest_service().run(now, send_once=lambda request: send_digest_once(request=request))
    metrics.add_metric(
        name="DigestUsersDue", unit="Count", value=len(result.sent + result.skipped + result.failed)
    )
    return result.as_dict()

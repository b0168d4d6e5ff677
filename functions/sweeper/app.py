"""Sweeper: mark applications ghosted once the employer's stated deadline passed in silence."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext

from untilsigned.adapters.schedule_event import scheduled_time
from untilsigned.observability import logger, metrics, tracer
from untilsigned.services.sweeper import sweeper_service


@logger.inject_lambda_context(correlation_id_path="execution_id")
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    result = sweeper_service().run(scheduled_time(event, fallback=datetime.now(UTC)))
    metrics.add_metric(name="ApplicationsGhosted", unit="Count", value=len(result.ghosted))
    return result.as_dict()

"""Sweep planner: enqueue every application whose employer's stated deadline has passed (workers judge)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext

from untilsigned.adapters.schedule_event import scheduled_time
from untilsigned.observability import logger, metrics, tracer
from untilsigned.services.sweeper import sweep_planner


@logger.inject_lambda_context(correlation_id_path="execution_id")
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    now = scheduled_time(event, fallback=datetime.now(UTC))
    return sweep_planner().plan(now, context.get_remaining_time_in_millis).as_dict()

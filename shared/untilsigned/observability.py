"""One Logger, Tracer and Metrics for every function.

Configured from the environment: POWERTOOLS_SERVICE_NAME, POWERTOOLS_LOG_LEVEL,
POWERTOOLS_METRICS_NAMESPACE (and POWERTOOLS_METRICS_DISABLED / POWERTOOLS_TRACE_DISABLED locally).
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics.functions import is_metrics_disabled
from aws_lambda_powertools.metrics.provider.cloudwatch_emf.cloudwatch import AmazonCloudWatchEMFProvider


class _EMFProvider(AmazonCloudWatchEMFProvider):
    """CloudWatch EMF that honours POWERTOOLS_METRICS_DISABLED for the cold-start metric as well.

    Powertools flushes the cold-start metric through `single_metric`, which prints even when metrics are
    disabled; local runs and tests would otherwise print one EMF line per function.
    """

    def add_cold_start_metric(self, context: Any) -> None:
        if not is_metrics_disabled():
            super().add_cold_start_metric(context)


def _metrics() -> Metrics:
    metrics = Metrics()
    metrics.provider = _EMFProvider(
        metric_set=metrics.metric_set,
        dimension_set=metrics.dimension_set,
        metadata_set=metrics.metadata_set,
        default_dimensions=metrics.default_dimensions,
    )
    return metrics


logger = Logger()
tracer = Tracer()
metrics = _metrics()

"""One Logger, Tracer and Metrics for every function.

Configured from the environment: POWERTOOLS_SERVICE_NAME, POWERTOOLS_LOG_LEVEL,
POWERTOOLS_METRICS_NAMESPACE (and POWERTOOLS_METRICS_DISABLED / POWERTOOLS_TRACE_DISABLED locally).
"""

from __future__ import annotations

from aws_lambda_powertools import Logger, Metrics, Tracer

logger = Logger()
tracer = Tracer()
metrics = Metrics()

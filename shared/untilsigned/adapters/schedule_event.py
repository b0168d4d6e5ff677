"""The payload EventBridge Scheduler sends our scheduled functions.

The template sets the target Input to carry the scheduled time, so `now` is the time the
run was meant for: retries of one run see the same `now` and make the same decisions.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def scheduled_time(event: dict[str, Any], fallback: datetime) -> datetime:
    value = event.get("scheduled_time") or event.get("time")
    if not isinstance(value, str) or not value or value.startswith("<"):
        return fallback
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

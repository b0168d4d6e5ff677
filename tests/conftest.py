"""Shared fixtures: environment, fake Lambda context, events from events/."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "events"

# Set before anything imports Powertools or boto3: fake credentials, never a real account.
os.environ.update(
    {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "POWERTOOLS_SERVICE_NAME": "untilsigned",
        "POWERTOOLS_METRICS_NAMESPACE": "untilsigned",
        "POWERTOOLS_TRACE_DISABLED": "true",
    }
)


def load_event(name: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads((EVENTS / name).read_text())
    return event


@pytest.fixture
def events_dir() -> Path:
    return EVENTS

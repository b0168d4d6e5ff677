"""The local stack (moto, built from template.yaml) with the real handlers loaded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from untilsigned.adapters.dynamo import AppStore
from untilsigned.domain.model import User
from untilsigned.local.stack import FakeLambdaContext, LocalStack
from untilsigned.services import runtime
from untilsigned.services.users import register_user

OWNER = "alex.rivera@example.com"


@pytest.fixture
def stack() -> Iterator[LocalStack]:
    # moto starts inside LocalStack before any client or handler module exists.
    with LocalStack(quiet=False) as local:
        yield local


@pytest.fixture
def store(stack: LocalStack) -> AppStore:
    return runtime.app_store()


@pytest.fixture
def owner(store: AppStore, stack: LocalStack) -> User:
    return register_user(
        store,
        email=OWNER,
        inbox_domain=stack.inbox_domain,
        now=datetime(2026, 10, 1, tzinfo=UTC),
        timezone="Europe/Berlin",
        first_digest_at=datetime(2026, 10, 1, tzinfo=UTC),
    )


@pytest.fixture
def lambda_context() -> FakeLambdaContext:
    return FakeLambdaContext(function_name="IngestFunction")

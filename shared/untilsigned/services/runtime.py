"""Build clients and services once per Lambda container from the environment.

Clients are created on first use, never at import, so tests can start moto first and a
warm container reuses its connections. Each service module owns its own factory, so a
function imports only the service it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

import boto3

from untilsigned.adapters.access_store import AccessStore
from untilsigned.adapters.dynamo import AppStore
from untilsigned.adapters.mail_sender import MailSender, SendPacer
from untilsigned.settings import Settings

if TYPE_CHECKING:
    from untilsigned.adapters.idempotency_records import IdempotencyRecords
    from untilsigned.adapters.mail_store import MailStore
    from untilsigned.adapters.work_queue import WorkQueue

T = TypeVar("T")
_factories: list[Any] = []


def cached_factory(build: Callable[[], T]) -> Callable[[], T]:
    """Cache `build`'s result for the container's life, and let `reset()` forget it."""
    cached = cache(build)
    _factories.append(cached)
    return cached


@cached_factory
def settings() -> Settings:
    return Settings.from_env()


@cached_factory
def app_store() -> AppStore:
    return AppStore(settings().table_name, boto3.client("dynamodb"), settings().index_shards)


@cached_factory
def access_store() -> AccessStore:
    return AccessStore(settings().table_name, boto3.client("dynamodb"))


@cached_factory
def mail_sender() -> MailSender:
    return MailSender(settings().sender_address, boto3.client("sesv2"))


@cached_factory
def digest_pacer() -> SendPacer:
    return SendPacer(settings().ses_send_rate, settings().digest_worker_concurrency)


def _work_queue(url: str) -> WorkQueue:
    from untilsigned.adapters.work_queue import WorkQueue

    return WorkQueue(url, sqs_client())


@cached_factory
def sqs_client() -> Any:
    return boto3.client("sqs")


@cached_factory
def digest_queue() -> WorkQueue:
    return _work_queue(settings().digest_queue_url)


@cached_factory
def sweep_queue() -> WorkQueue:
    return _work_queue(settings().sweep_queue_url)


@cached_factory
def mail_store() -> MailStore:
    from untilsigned.adapters.mail_store import MailStore

    return MailStore(settings().mail_bucket, settings().raw_mail_prefix, boto3.client("s3"))


@cached_factory
def idempotency_records() -> IdempotencyRecords:
    from untilsigned.adapters.idempotency_records import IdempotencyRecords

    return IdempotencyRecords(settings().idempotency_table_name, boto3.client("dynamodb"))


def reset() -> None:
    """Forget cached clients and services (tests and the local stack start fresh AWS sessions)."""
    for factory in _factories:
        factory.cache_clear()

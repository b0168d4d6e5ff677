"""Build each service once per Lambda container from the environment.

Clients are created on first use, never at import, so tests can start moto first and a
warm container reuses its connections.
"""

from __future__ import annotations

from functools import cache

import boto3

from untilsigned.adapters.dynamo import AppStore
from untilsigned.adapters.mail_sender import MailSender
from untilsigned.adapters.mail_store import MailStore
from untilsigned.services.digest import DigestService
from untilsigned.services.ingest import IngestService
from untilsigned.services.sweeper import SweeperService
from untilsigned.settings import Settings


@cache
def settings() -> Settings:
    return Settings.from_env()


@cache
def app_store() -> AppStore:
    return AppStore(settings().table_name, boto3.client("dynamodb"))


@cache
def mail_sender() -> MailSender:
    return MailSender(settings().sender_address, boto3.client("sesv2"))


@cache
def ingest_service() -> IngestService:
    s = settings()
    return IngestService(
        app_store(), MailStore(s.mail_bucket, s.raw_mail_prefix, boto3.client("s3")), mail_sender()
    )


@cache
def sweeper_service() -> SweeperService:
    return SweeperService(app_store())


@cache
def digest_service() -> DigestService:
    return DigestService(app_store(), mail_sender())


def reset() -> None:
    """Forget cached clients and settings (tests and the local stack start fresh AWS sessions)."""
    for factory in (settings, app_store, mail_sender, ingest_service, sweeper_service, digest_service):
        factory.cache_clear()

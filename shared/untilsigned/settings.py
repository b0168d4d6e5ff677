"""Deployment settings, read once from the environment the template sets."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    table_name: str
    idempotency_table_name: str
    mail_bucket: str
    raw_mail_prefix: str
    inbox_domain: str
    sender_address: str
    index_shards: int = 16
    digest_queue_url: str = ""
    sweep_queue_url: str = ""
    ses_send_rate: float = 0.0  # mails per second for the whole account; 0 = unpaced
    digest_worker_concurrency: int = 1
    board_url: str = ""  # the board's own address, for sign-in links in mail ("" when there is no board)

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            table_name=os.environ["TABLE_NAME"],
            idempotency_table_name=os.environ["IDEMPOTENCY_TABLE_NAME"],
            mail_bucket=os.environ.get("MAIL_BUCKET", ""),
            raw_mail_prefix=os.environ.get("RAW_MAIL_PREFIX", "inbox/"),
            inbox_domain=os.environ.get("INBOX_DOMAIN", ""),
            sender_address=os.environ.get("SENDER_ADDRESS", ""),
            index_shards=int(os.environ.get("INDEX_SHARDS", "16")),
            digest_queue_url=os.environ.get("DIGEST_QUEUE_URL", ""),
            sweep_queue_url=os.environ.get("SWEEP_QUEUE_URL", ""),
            ses_send_rate=float(os.environ.get("SES_SEND_RATE", "0")),
            digest_worker_concurrency=int(os.environ.get("DIGEST_WORKER_CONCURRENCY", "1")),
            board_url=os.environ.get("BOARD_URL", "").rstrip("/"),
        )

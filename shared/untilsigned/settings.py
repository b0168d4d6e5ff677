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
            board_url=os.environ.get("BOARD_URL", "").rstrip("/"),
        )

"""Raw mail in S3, exactly where the SES S3 action put it: <prefix><messageId>."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

# SES accepts up to 40 MB; anything larger than this is not mail we can have been sent.
MAX_RAW_BYTES = 41 * 1024 * 1024


class RawMailTooLarge(Exception):
    """The stored object is larger than SES could have accepted."""


class MailStore:
    def __init__(self, bucket: str, prefix: str, client: S3Client) -> None:
        self.bucket = bucket
        self.prefix = prefix
        self.client = client

    def key_for(self, message_id: str) -> str:
        """Where SES's S3 action put the mail."""
        return f"{self.prefix}{message_id}"

    def user_prefix(self, user_id: str) -> str:
        return f"{self.prefix}users/{user_id}/"

    def user_key(self, user_id: str, message_id: str) -> str:
        """Each recipient user's own copy of a mail: "forget me" deletes everything under their prefix, and
        another recipient's copy stays. Under the SES prefix, so the same expiry rule covers it."""
        return f"{self.user_prefix(user_id)}{message_id}"

    def keep_for_user(self, message_id: str, user_id: str) -> str:
        """Copy SES's object to the user's own key (idempotent); returns that key."""
        key = self.user_key(user_id, message_id)
        self.client.copy_object(
            Bucket=self.bucket, Key=key, CopySource={"Bucket": self.bucket, "Key": self.key_for(message_id)}
        )
        return key

    def user_keys(self, user_id: str) -> list[str]:
        """Every raw object kept for the user."""
        keys: list[str] = []
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=self.user_prefix(user_id)):
            keys.extend(item["Key"] for item in page.get("Contents", []) if "Key" in item)
        return keys

    def read(self, key: str) -> bytes:
        response = self.client.get_object(Bucket=self.bucket, Key=key)
        if response.get("ContentLength", 0) > MAX_RAW_BYTES:
            raise RawMailTooLarge(key)
        return response["Body"].read()

    def delete(self, keys: Sequence[str]) -> None:
        """Delete raw mail (forget me); only keys under our prefix are ever touched."""
        mine = [k for k in keys if k.startswith(self.prefix)]
        for start in range(0, len(mine), 1000):
            chunk = mine[start : start + 1000]
            self.client.delete_objects(
                Bucket=self.bucket, Delete={"Objects": [{"Key": k} for k in chunk], "Quiet": True}
            )

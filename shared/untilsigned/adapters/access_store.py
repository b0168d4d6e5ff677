"""Capabilities for the board, in the application table: sign-in links, sessions and calendar feeds.

Item layout (PK / SK), beside those in dynamo.py:
  SIGNIN#<sha256 of the link token>   SIGNIN    a sign-in link: user, valid until, used at
  SESSION#<sha256 of the cookie>      SESSION   a board session: user, CSRF token, valid until
  FEED#<sha256 of the feed token>     FEED      a calendar feed address: user

Only hashes of the secrets are stored: whoever reads the table cannot sign in or read a feed. Every item
carries `expires_at`, the table's TTL attribute, so DynamoDB removes it some time after it stops working;
the code never trusts TTL for validity (deletion can lag by days) and checks `valid_until` itself.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

# A used or expired link is kept this much longer, so its page can still offer to mail a fresh one.
_KEEP_AFTER_EXPIRY = timedelta(days=30)
_TOKEN_BYTES = 32  # 256 bits from the OS's CSPRNG; the issue asks for at least 128


def new_secret() -> str:
    return secrets.token_urlsafe(_TOKEN_BYTES)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _epoch(moment: datetime) -> int:
    return int(moment.timestamp())


class LinkState(Enum):
    SIGNED_IN = "signed_in"
    USED = "used"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class LinkOutcome:
    state: LinkState
    user_id: str | None  # known for every state but UNKNOWN


@dataclass(frozen=True)
class Session:
    user_id: str
    csrf_token: str
    valid_until: datetime

    def csrf_matches(self, offered: str) -> bool:
        return bool(offered) and hmac.compare_digest(self.csrf_token.encode(), offered.encode())


class AccessStore:
    def __init__(self, table_name: str, client: DynamoDBClient) -> None:
        self.table_name = table_name
        self.client = client

    def _key(self, kind: str, secret: str) -> dict[str, Any]:
        return {"PK": {"S": f"{kind}#{secret_hash(secret)}"}, "SK": {"S": kind}}

    def _get(self, kind: str, secret: str) -> dict[str, Any] | None:
        response = self.client.get_item(
            TableName=self.table_name, Key=self._key(kind, secret), ConsistentRead=True
        )
        return response.get("Item")

    # -- sign-in links -------------------------------------------------------------------------------------

    def issue_link(self, user_id: str, now: datetime, valid_for: timedelta) -> str:
        """A new single-use sign-in token for the user; only its hash is stored."""
        token = new_secret()
        valid_until = now + valid_for
        self.client.put_item(
            TableName=self.table_name,
            Item={
                **self._key("SIGNIN", token),
                "type": {"S": "signin"},
                "user_id": {"S": user_id},
                "valid_until": {"S": _utc(valid_until)},
                "expires_at": {"N": str(_epoch(valid_until + _KEEP_AFTER_EXPIRY))},
            },
            ConditionExpression="attribute_not_exists(PK)",
        )
        return token

    def use_link(self, token: str, now: datetime) -> LinkOutcome:
        """Spend the link: works once, and only before it expires."""
        try:
            response = self.client.update_item(
                TableName=self.table_name,
                Key=self._key("SIGNIN", token),
                UpdateExpression="SET used_at = :now",
                ConditionExpression=(
                    "attribute_exists(PK) AND attribute_not_exists(used_at) AND valid_until > :now"
                ),
                ExpressionAttributeValues={":now": {"S": _utc(now)}},
                ReturnValues="ALL_NEW",
            )
        except ClientError as error:
            if error.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise
            return self.link_state(token, now)
        return LinkOutcome(LinkState.SIGNED_IN, response["Attributes"]["user_id"]["S"])

    def link_state(self, token: str, now: datetime) -> LinkOutcome:
        item = self._get("SIGNIN", token)
        if item is None:
            return LinkOutcome(LinkState.UNKNOWN, None)
        user_id = item["user_id"]["S"]
        if "used_at" in item:
            return LinkOutcome(LinkState.USED, user_id)
        if datetime.fromisoformat(item["valid_until"]["S"]) <= now:
            return LinkOutcome(LinkState.EXPIRED, user_id)
        return LinkOutcome(LinkState.SIGNED_IN, user_id)

    def claim_renewal(self, token: str, now: datetime) -> str | None:
        """The user of a used or expired link, once: a spent link can ask for one fresh link, not a stream."""
        try:
            response = self.client.update_item(
                TableName=self.table_name,
                Key=self._key("SIGNIN", token),
                UpdateExpression="SET renewed_at = :now",
                ConditionExpression="attribute_exists(PK) AND attribute_not_exists(renewed_at) "
                "AND (attribute_exists(used_at) OR valid_until <= :now)",
                ExpressionAttributeValues={":now": {"S": _utc(now)}},
                ReturnValues="ALL_NEW",
            )
        except ClientError as error:
            if error.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise
            return None
        return str(response["Attributes"]["user_id"]["S"])

    # -- sessions ------------------------------------------------------------------------------------------

    def open_session(self, user_id: str, now: datetime, valid_for: timedelta) -> tuple[str, Session]:
        cookie = new_secret()
        session = Session(user_id=user_id, csrf_token=new_secret(), valid_until=now + valid_for)
        self.client.put_item(
            TableName=self.table_name,
            Item={
                **self._key("SESSION", cookie),
                "type": {"S": "session"},
                "user_id": {"S": user_id},
                "csrf_token": {"S": session.csrf_token},
                "valid_until": {"S": _utc(session.valid_until)},
                "expires_at": {"N": str(_epoch(session.valid_until))},
            },
            ConditionExpression="attribute_not_exists(PK)",
        )
        return cookie, session

    def session(self, cookie: str, now: datetime) -> Session | None:
        if not cookie:
            return None
        item = self._get("SESSION", cookie)
        if item is None:
            return None
        valid_until = datetime.fromisoformat(item["valid_until"]["S"])
        if valid_until <= now:
            return None
        return Session(item["user_id"]["S"], item["csrf_token"]["S"], valid_until)

    def close_session(self, cookie: str) -> None:
        self.client.delete_item(TableName=self.table_name, Key=self._key("SESSION", cookie))

    # -- calendar feeds ------------------------------------------------------------------------------------

    def open_feed(self, user_id: str) -> tuple[str, str]:
        """A new secret feed token; returns (token, its hash). The caller keeps the hash to revoke it."""
        token = new_secret()
        self.client.put_item(
            TableName=self.table_name,
            Item={**self._key("FEED", token), "type": {"S": "feed"}, "user_id": {"S": user_id}},
            ConditionExpression="attribute_not_exists(PK)",
        )
        return token, secret_hash(token)

    def feed_user(self, token: str) -> str | None:
        item = self._get("FEED", token)
        return item["user_id"]["S"] if item else None

    def revoke_feed(self, token_hash: str) -> None:
        if token_hash:
            self.client.delete_item(
                TableName=self.table_name, Key={"PK": {"S": f"FEED#{token_hash}"}, "SK": {"S": "FEED"}}
            )

"""DynamoDB single-table storage for users, applications, timelines, dedupe and quarantine.

Item layout (PK / SK):
  USER#<uid>  PROFILE                      the user; GSI2 (DigestDueIndex) while digests are on
  INBOX#<addr> INBOX                       inbox address -> user id (a retired one: retired_at, expires)
  USER#<uid>  RETIRED#<addr>               an inbox address the user replaced (expires with its pointer)
  EMAIL#<addr> EMAIL                       registered address -> user id
  USER#<uid>  APP#<app>                    an application; GSI1 (DueIndex) only while waiting on the employer
  USER#<uid>  APP#<app>#EVT#<utc>#<key>    one timeline event (sorted by the employer's date)
  USER#<uid>  TEXT#<app>#<utc>#<key>       the text of that event's mail, read only for its own page
  USER#<uid>  MSG#<email key>              dedupe: this employer mail was already recorded
  USER#<uid>  QUAR#<utc>#<message id>      quarantined mail, shown in the digest
  USER#<uid>  ONCE#<name>                  a one-time mail already sent (the "it works" reply)
  UNROUTED    <utc>#<message id>           mail for an inbox nobody owns (expires)

No Scan anywhere: every read is a GetItem or a Query on a key or a sparse index.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.exceptions import ClientError

from untilsigned.adapters.codec import from_item, to_item
from untilsigned.domain.model import Application, Quarantined, TimelineEvent, User

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

DUE_INDEX = "DueIndex"
DIGEST_DUE_INDEX = "DigestDueIndex"
DUE_PARTITION = "DUE"
DIGEST_PARTITION = "DIGEST"
UNROUTED_TTL = timedelta(days=90)

_serializer = TypeSerializer()
_deserializer = TypeDeserializer()


def utc_key(moment: datetime) -> str:
    """Fixed-width UTC timestamp, so string order is time order in sort keys."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _short(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _user_pk(user_id: str) -> str:
    return f"USER#{user_id}"


class SaveOutcome(Enum):
    SAVED = "saved"
    DUPLICATE = "duplicate"  # the dedupe item already existed: someone recorded this mail first
    CONFLICT = "conflict"  # the application changed underneath us: reload and try again


@dataclass(frozen=True)
class InboxRoute:
    """Who an inbox address belongs to, and since when it is retired (None while it is current)."""

    user: User
    address: str
    retired_at: datetime | None


@dataclass
class StoredApplications:
    applications: list[Application]
    versions: dict[str, int]  # app id -> version, for optimistic locking


class AppStore:
    """Typed access to the application table."""

    def __init__(self, table_name: str, client: DynamoDBClient) -> None:
        self.table_name = table_name
        self.client = client

    # -- low-level helpers -------------------------------------------------

    def _put(self, item: dict[str, Any]) -> dict[str, Any]:
        return {k: _serializer.serialize(v) for k, v in item.items()}

    def _get(self, pk: str, sk: str) -> dict[str, Any] | None:
        response = self.client.get_item(
            TableName=self.table_name,
            Key={"PK": {"S": pk}, "SK": {"S": sk}},
            ConsistentRead=True,
        )
        raw = response.get("Item")
        return _plain(raw) if raw else None

    def _query(self, **kwargs: Any) -> Iterator[dict[str, Any]]:
        paginator = self.client.get_paginator("query")
        for page in paginator.paginate(TableName=self.table_name, **kwargs):
            for raw in page.get("Items", []):
                yield _plain(raw)

    # -- users -------------------------------------------------------------

    def create_user(self, user: User, next_digest_at: datetime | None) -> User:
        """Create the user, its inbox pointer and its address pointer; an existing address wins."""
        existing = self.find_user_by_email(user.email)
        if existing:
            return existing
        try:
            self.client.transact_write_items(
                TransactItems=[
                    {
                        "Put": {
                            "TableName": self.table_name,
                            "Item": self._put(self._user_item(user, next_digest_at)),
                            "ConditionExpression": "attribute_not_exists(PK)",
                        }
                    },
                    {
                        "Put": {
                            "TableName": self.table_name,
                            "Item": self._put(
                                {"PK": f"INBOX#{user.inbox.lower()}", "SK": "INBOX", "user_id": user.user_id}
                            ),
                            "ConditionExpression": "attribute_not_exists(PK)",
                        }
                    },
                    {
                        "Put": {
                            "TableName": self.table_name,
                            "Item": self._put(
                                {"PK": f"EMAIL#{user.email.lower()}", "SK": "EMAIL", "user_id": user.user_id}
                            ),
                            "ConditionExpression": "attribute_not_exists(PK)",
                        }
                    },
                ]
            )
        except ClientError as error:
            if error.response["Error"]["Code"] != "TransactionCanceledException":
                raise
            # Lost a race with a concurrent registration of the same address.
            winner = self.find_user_by_email(user.email)
            if winner is None:
                raise
            return winner
        return user

    def _user_item(self, user: User, next_digest_at: datetime | None) -> dict[str, Any]:
        item = {"PK": _user_pk(user.user_id), "SK": "PROFILE", "type": "user", **to_item(user)}
        if next_digest_at is not None and not user.digest_paused:
            item["GSI2PK"] = DIGEST_PARTITION
            item["GSI2SK"] = f"{utc_key(next_digest_at)}#{user.user_id}"
            item["next_digest_at"] = next_digest_at.isoformat()
        return item

    def save_user(self, user: User, next_digest_at: datetime | None) -> None:
        """Replace the profile; a paused user drops out of the digest index."""
        self.client.put_item(TableName=self.table_name, Item=self._put(self._user_item(user, next_digest_at)))

    def get_user(self, user_id: str) -> User | None:
        item = self._get(_user_pk(user_id), "PROFILE")
        return from_item(User, item) if item else None

    def find_inbox_route(self, address: str) -> InboxRoute | None:
        """The user an inbox address belongs to, current or retired; None when nobody's."""
        pointer = self._get(f"INBOX#{address.lower()}", "INBOX")
        if not pointer:
            return None
        user = self.get_user(pointer["user_id"])
        if user is None:
            return None
        retired = pointer.get("retired_at")
        return InboxRoute(
            user, address.lower(), datetime.fromisoformat(retired) if isinstance(retired, str) else None
        )

    def find_user_by_inbox(self, address: str) -> User | None:
        """The user whose current inbox address this is."""
        route = self.find_inbox_route(address)
        return route.user if route is not None and route.retired_at is None else None

    def replace_inbox(
        self, user: User, new_inbox: str, *, retired_at: datetime, expires_at: datetime
    ) -> None:
        """Give the user `new_inbox` and retire their current one until `expires_at`, in one transaction.

        The old pointer stays (marked retired, expiring by TTL) so mail to it is recognised and set aside;
        a RETIRED item in the user's partition lets "forget me" find it.
        """
        old = user.inbox.lower()
        expiry = int(expires_at.timestamp())
        self.client.transact_write_items(
            TransactItems=[
                {
                    "Put": {
                        "TableName": self.table_name,
                        "Item": self._put(
                            {"PK": f"INBOX#{new_inbox.lower()}", "SK": "INBOX", "user_id": user.user_id}
                        ),
                        "ConditionExpression": "attribute_not_exists(PK)",
                    }
                },
                {
                    "Put": {
                        "TableName": self.table_name,
                        "Item": self._put(
                            {
                                "PK": f"INBOX#{old}",
                                "SK": "INBOX",
                                "user_id": user.user_id,
                                "retired_at": retired_at.isoformat(),
                                "expires_at": expiry,
                            }
                        ),
                        "ConditionExpression": "user_id = :uid",
                        "ExpressionAttributeValues": {":uid": {"S": user.user_id}},
                    }
                },
                {
                    "Put": {
                        "TableName": self.table_name,
                        "Item": self._put(
                            {
                                "PK": _user_pk(user.user_id),
                                "SK": f"RETIRED#{old}",
                                "type": "retired_inbox",
                                "address": old,
                                "retired_at": retired_at.isoformat(),
                                "expires_at": expiry,
                            }
                        ),
                    }
                },
                {
                    "Update": {
                        "TableName": self.table_name,
                        "Key": {"PK": {"S": _user_pk(user.user_id)}, "SK": {"S": "PROFILE"}},
                        "UpdateExpression": "SET inbox = :new",
                        "ConditionExpression": "attribute_exists(PK) AND inbox = :old",
                        "ExpressionAttributeValues": {":new": {"S": new_inbox}, ":old": {"S": user.inbox}},
                    }
                },
            ]
        )

    def find_user_by_email(self, address: str) -> User | None:
        pointer = self._get(f"EMAIL#{address.lower()}", "EMAIL")
        return self.get_user(pointer["user_id"]) if pointer else None

    def users_due_for_digest(self, now: datetime) -> list[str]:
        """User ids whose next digest time has come, from the sparse DigestDueIndex."""
        items = self._query(
            IndexName=DIGEST_DUE_INDEX,
            KeyConditionExpression="GSI2PK = :p AND GSI2SK <= :now",
            ExpressionAttributeValues={":p": {"S": DIGEST_PARTITION}, ":now": {"S": utc_key(now) + "~"}},
        )
        return [item["user_id"] for item in items]

    # -- applications ------------------------------------------------------

    def load_applications(self, user_id: str, app_id: str | None = None) -> StoredApplications:
        """Every application of the user with its timeline, in one Query; or only `app_id`'s."""
        apps: dict[str, Application] = {}
        versions: dict[str, int] = {}
        events: dict[str, list[TimelineEvent]] = {}
        # Application ids are fixed width, so one id is never the start of another.
        prefix = f"APP#{app_id}" if app_id else "APP#"
        for item in self._query(
            KeyConditionExpression="PK = :pk AND begins_with(SK, :app)",
            ExpressionAttributeValues={":pk": {"S": _user_pk(user_id)}, ":app": {"S": prefix}},
        ):
            if item.get("type") == "event":
                events.setdefault(item["app_id"], []).append(from_item(TimelineEvent, item))
            elif item.get("type") == "application":
                app = from_item(Application, item, events=[])
                apps[app.id] = app
                versions[app.id] = int(item.get("version", 0))
        for app_id, app in apps.items():
            app.events = sorted(events.get(app_id, []), key=lambda e: e.date)
        return StoredApplications(list(apps.values()), versions)

    def application_summaries(self, user_id: str) -> list[Application]:
        """Every application without its timeline (events empty): what a list or a count needs."""
        items = self._query(
            KeyConditionExpression="PK = :pk AND begins_with(SK, :app)",
            FilterExpression="#type = :application",
            ExpressionAttributeNames={"#type": "type"},
            ExpressionAttributeValues={
                ":pk": {"S": _user_pk(user_id)},
                ":app": {"S": "APP#"},
                ":application": {"S": "application"},
            },
        )
        return [from_item(Application, item, events=[]) for item in items]

    def _application_item(self, user_id: str, app: Application, version: int) -> dict[str, Any]:
        item = {
            "PK": _user_pk(user_id),
            "SK": f"APP#{app.id}",
            "type": "application",
            "user_id": user_id,
            "version": version,
            **to_item(app, skip=("events",)),
        }
        # Sparse index: present only while waiting on the employer; a Put without it removes it.
        if app.due_at is not None:
            item["GSI1PK"] = DUE_PARTITION
            item["GSI1SK"] = f"{utc_key(app.due_at)}#{user_id}#{app.id}"
        return item

    def _event_item(self, user_id: str, app_id: str, event: TimelineEvent) -> dict[str, Any]:
        return {
            "PK": _user_pk(user_id),
            "SK": f"APP#{app_id}#EVT#{utc_key(event.date)}#{_short(event.message_id)}",
            "type": "event",
            "app_id": app_id,
            # The mail's text lives in its own item, so loading every application stays small.
            **to_item(event, skip=("text",)),
        }

    def _text_item(self, user_id: str, app_id: str, event: TimelineEvent) -> dict[str, Any]:
        return {
            "PK": _user_pk(user_id),
            "SK": f"TEXT#{app_id}#{utc_key(event.date)}#{_short(event.message_id)}",
            "type": "text",
            "app_id": app_id,
            "message_id": event.message_id,
            "text": event.text,
        }

    def load_texts(self, user_id: str, app_ids: Sequence[str]) -> dict[str, str]:
        """The mail texts of these applications' events, by message id."""
        texts: dict[str, str] = {}
        for app_id in app_ids:
            for item in self._query(
                KeyConditionExpression="PK = :pk AND begins_with(SK, :text)",
                ExpressionAttributeValues={
                    ":pk": {"S": _user_pk(user_id)},
                    ":text": {"S": f"TEXT#{app_id}#"},
                },
            ):
                texts.setdefault(item["message_id"], item["text"])
        return texts

    def save_application(
        self,
        user_id: str,
        app: Application,
        *,
        new_events: Sequence[TimelineEvent],
        expected_version: int | None,
        dedupe_key: str | None = None,
    ) -> SaveOutcome:
        """Write the application, its new events and the dedupe item in one transaction.

        `expected_version` None means the application is new. A cancelled transaction tells
        a duplicate (the dedupe item exists) from a concurrent update (version moved).
        """
        actions = self._application_actions(user_id, app, new_events, expected_version)
        if dedupe_key is not None:
            actions.insert(
                0,
                {
                    "Put": {
                        "TableName": self.table_name,
                        "Item": self._put(
                            {
                                "PK": _user_pk(user_id),
                                "SK": f"MSG#{dedupe_key}",
                                "type": "dedupe",
                                "app_id": app.id,
                            }
                        ),
                        "ConditionExpression": "attribute_not_exists(PK)",
                    }
                },
            )
        try:
            self.client.transact_write_items(TransactItems=actions)  # type: ignore[arg-type]
        except ClientError as error:
            if error.response["Error"]["Code"] != "TransactionCanceledException":
                raise
            reasons = [r.get("Code", "None") for r in error.response.get("CancellationReasons", [])]
            if dedupe_key is not None and reasons and reasons[0] == "ConditionalCheckFailed":
                return SaveOutcome.DUPLICATE
            if self.was_recorded(user_id, dedupe_key):
                return SaveOutcome.DUPLICATE
            return SaveOutcome.CONFLICT
        return SaveOutcome.SAVED

    def save_applications(
        self,
        user_id: str,
        changes: Sequence[tuple[Application, Sequence[TimelineEvent], int | None]],
    ) -> SaveOutcome:
        """Several applications and their new events in one transaction (a merge and its undo)."""
        actions: list[dict[str, Any]] = []
        for app, new_events, expected_version in changes:
            actions.extend(self._application_actions(user_id, app, new_events, expected_version))
        try:
            self.client.transact_write_items(TransactItems=actions)  # type: ignore[arg-type]
        except ClientError as error:
            if error.response["Error"]["Code"] != "TransactionCanceledException":
                raise
            return SaveOutcome.CONFLICT
        return SaveOutcome.SAVED

    def _application_actions(
        self,
        user_id: str,
        app: Application,
        new_events: Sequence[TimelineEvent],
        expected_version: int | None,
    ) -> list[dict[str, Any]]:
        version = (expected_version or 0) + 1
        app_put: dict[str, Any] = {
            "TableName": self.table_name,
            "Item": self._put(self._application_item(user_id, app, version)),
        }
        if expected_version is None:
            app_put["ConditionExpression"] = "attribute_not_exists(PK)"
        else:
            app_put["ConditionExpression"] = "version = :v"
            app_put["ExpressionAttributeValues"] = {":v": {"N": str(expected_version)}}
        actions: list[dict[str, Any]] = [{"Put": app_put}]
        for event in new_events:
            actions.append(
                {
                    "Put": {
                        "TableName": self.table_name,
                        "Item": self._put(self._event_item(user_id, app.id, event)),
                        "ConditionExpression": "attribute_not_exists(PK)",
                    }
                }
            )
            if event.text:
                actions.append(
                    {
                        "Put": {
                            "TableName": self.table_name,
                            "Item": self._put(self._text_item(user_id, app.id, event)),
                        }
                    }
                )
        return actions

    def was_recorded(self, user_id: str, dedupe_key: str | None) -> bool:
        if dedupe_key is None:
            return False
        return self._get(_user_pk(user_id), f"MSG#{dedupe_key}") is not None

    def due_applications(self, now: datetime) -> list[tuple[str, str]]:
        """(user id, app id) of applications whose reply is overdue, from the sparse DueIndex."""
        items = self._query(
            IndexName=DUE_INDEX,
            KeyConditionExpression="GSI1PK = :p AND GSI1SK <= :now",
            ExpressionAttributeValues={":p": {"S": DUE_PARTITION}, ":now": {"S": utc_key(now) + "~"}},
        )
        return [(item["user_id"], item["id"]) for item in items]

    # -- one-time mail -------------------------------------------------------

    def claim_once(self, user_id: str, name: str, at: datetime) -> bool:
        """True for the first caller only: the marker item is written under a condition.

        A separate item rather than a profile attribute, so a concurrent profile write (the digest saves the
        whole profile) can never erase it and let the mail go out twice.
        """
        try:
            self.client.put_item(
                TableName=self.table_name,
                Item=self._put({"PK": _user_pk(user_id), "SK": f"ONCE#{name}", "at": at.isoformat()}),
                ConditionExpression="attribute_not_exists(PK)",
            )
        except ClientError as error:
            if error.response["Error"]["Code"] == "ConditionalCheckFailedException":
                return False
            raise
        return True

    # -- quarantine --------------------------------------------------------

    def put_quarantine(self, user_id: str, entry: Quarantined, message_id: str) -> None:
        self.client.put_item(
            TableName=self.table_name,
            Item=self._put(
                {
                    "PK": _user_pk(user_id),
                    "SK": f"QUAR#{utc_key(entry.received_at)}#{message_id}",
                    "type": "quarantine",
                    **to_item(entry),
                }
            ),
        )

    def list_quarantine(self, user_id: str, since: datetime | None = None) -> list[Quarantined]:
        start = f"QUAR#{utc_key(since)}" if since else "QUAR#"
        items = self._query(
            KeyConditionExpression="PK = :pk AND SK BETWEEN :start AND :end",
            ExpressionAttributeValues={
                ":pk": {"S": _user_pk(user_id)},
                ":start": {"S": start},
                ":end": {"S": "QUAR#~"},
            },
        )
        return [from_item(Quarantined, item) for item in items]

    def delete_quarantine(self, user_id: str, entry: Quarantined) -> None:
        """Forget one kept-aside mail (released or deleted by its owner); its raw copy is the caller's."""
        for item in self._query(
            KeyConditionExpression="PK = :pk AND begins_with(SK, :quar)",
            ExpressionAttributeValues={":pk": {"S": _user_pk(user_id)}, ":quar": {"S": "QUAR#"}},
        ):
            if item.get("source") == entry.source:
                self.client.delete_item(
                    TableName=self.table_name, Key={"PK": {"S": item["PK"]}, "SK": {"S": item["SK"]}}
                )

    def put_unrouted(
        self, message_id: str, recipients: Sequence[str], reason: str, received_at: datetime
    ) -> None:
        """Mail for an inbox nobody owns: recorded (and expiring), never applied to anyone."""
        self.client.put_item(
            TableName=self.table_name,
            Item=self._put(
                {
                    "PK": "UNROUTED",
                    "SK": f"{utc_key(received_at)}#{message_id}",
                    "type": "unrouted",
                    "recipients": list(recipients),
                    "reason": reason,
                    "expires_at": int((received_at + UNROUTED_TTL).timestamp()),
                }
            ),
        )

    # -- forget me -----------------------------------------------------------

    def delete_user(self, user: User) -> list[str]:
        """Delete every item of the user; returns the raw-mail keys their items pointed to."""
        raw_keys: list[str] = []
        keys: list[dict[str, Any]] = []
        for item in self._query(
            KeyConditionExpression="PK = :pk",
            ExpressionAttributeValues={":pk": {"S": _user_pk(user.user_id)}},
        ):
            for field_name in ("raw_key", "source"):
                value = item.get(field_name)
                if isinstance(value, str) and value:
                    raw_keys.append(value)
            if item.get("type") == "retired_inbox" and isinstance(item.get("address"), str):
                keys.append({"PK": f"INBOX#{item['address']}", "SK": "INBOX"})
            keys.append({"PK": item["PK"], "SK": item["SK"]})
        keys.append({"PK": f"INBOX#{user.inbox.lower()}", "SK": "INBOX"})
        keys.append({"PK": f"EMAIL#{user.email.lower()}", "SK": "EMAIL"})
        for start in range(0, len(keys), 25):
            batch = keys[start : start + 25]
            requests: Any = [{"DeleteRequest": {"Key": self._put(k)}} for k in batch]
            pending: Any = {self.table_name: requests}
            while pending:
                response = self.client.batch_write_item(RequestItems=pending)
                pending = response.get("UnprocessedItems") or {}
        return sorted(set(raw_keys))


def _plain(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: _deserializer.deserialize(v) for k, v in raw.items()}

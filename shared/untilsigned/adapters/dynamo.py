"""DynamoDB single-table storage for users, applications, timelines, dedupe and quarantine.

Item layout (PK / SK):
  USER#<uid>  PROFILE                      the user; GSI2 (DigestDueIndex) while digests are on;
                                           `version` moves on every write, `digest_claim` names the
                                           last period a digest was claimed for
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

Both sparse indexes are write-sharded: an item's index partition is `DUE#<n>` or `DIGEST#<n>`, with
n a stable hash of the application's or user's id modulo the shard count, so no single key takes every
write. The unsharded keys (`DUE`, `DIGEST`) of tables written before sharding are still read, until
scripts/migrate_shards.py has moved their items.
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

from untilsigned.adapters.codec import from_item, to_item, user_partition
from untilsigned.domain.model import Application, Quarantined, TimelineEvent, User

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

DUE_INDEX = "DueIndex"
DIGEST_DUE_INDEX = "DigestDueIndex"
DUE_PARTITION = "DUE"
DIGEST_PARTITION = "DIGEST"
DEFAULT_INDEX_SHARDS = 16
UNROUTED_TTL = timedelta(days=90)

_serializer = TypeSerializer()
_deserializer = TypeDeserializer()


def utc_key(moment: datetime) -> str:
    """Fixed-width UTC timestamp, so string order is time order in sort keys."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _short(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _user_pk(user_id: str) -> str:
    return user_partition(user_id)


def _per_event(user_id: str, app_id: str, event: TimelineEvent, kind: str) -> dict[str, Any]:
    """The keys of an item kept per timeline event: the event itself, or its mail's text."""
    prefix = f"APP#{app_id}#EVT" if kind == "event" else f"TEXT#{app_id}"
    return {
        "PK": _user_pk(user_id),
        "SK": f"{prefix}#{utc_key(event.date)}#{_short(event.message_id)}",
        "type": kind,
        "app_id": app_id,
    }


def shard_of(entity_id: str, shards: int) -> int:
    """A stable shard number for an id: the same on every machine and every run (unlike hash())."""
    return int.from_bytes(hashlib.sha256(entity_id.encode()).digest()[:4], "big") % max(shards, 1)


def shard_key(partition: str, entity_id: str, shards: int) -> str:
    return f"{partition}#{shard_of(entity_id, shards)}"


def shard_keys(partition: str, shards: int) -> list[str]:
    """Every index partition to read: the shards, then the unsharded key of older tables."""
    return [f"{partition}#{n}" for n in range(max(shards, 1))] + [partition]


@dataclass(frozen=True)
class UserRecord:
    """A profile as stored, with what the digest's conditional writes need."""

    user: User
    version: int | None  # None for profiles written before profiles carried a version
    digest_due_at: datetime | None  # the next digest time while the user is in DigestDueIndex
    digest_claim: str | None  # the last period a digest was claimed (and possibly sent) for


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

    def __init__(
        self, table_name: str, client: DynamoDBClient, index_shards: int = DEFAULT_INDEX_SHARDS
    ) -> None:
        self.table_name = table_name
        self.client = client
        self.index_shards = index_shards

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
        for page in self._query_pages(**kwargs):
            yield from page

    def _query_pages(self, **kwargs: Any) -> Iterator[list[dict[str, Any]]]:
        paginator = self.client.get_paginator("query")
        for page in paginator.paginate(TableName=self.table_name, **kwargs):
            yield [_plain(raw) for raw in page.get("Items", [])]

    def _conditional_update(self, key: dict[str, str], **kwargs: Any) -> bool:
        """One UpdateItem with a condition; False when the condition did not hold."""
        try:
            self.client.update_item(
                TableName=self.table_name,
                Key={name: {"S": value} for name, value in key.items()},
                **kwargs,
            )
        except ClientError as error:
            if error.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise
            return False
        return True

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
        item = {"PK": _user_pk(user.user_id), "SK": "PROFILE", "type": "user", "version": 1, **to_item(user)}
        if next_digest_at is not None and not user.digest_paused:
            item.update(self._digest_index_keys(user.user_id, next_digest_at))
        return item

    def _digest_index_keys(self, user_id: str, next_digest_at: datetime) -> dict[str, str]:
        return {
            "GSI2PK": shard_key(DIGEST_PARTITION, user_id, self.index_shards),
            "GSI2SK": f"{utc_key(next_digest_at)}#{user_id}",
            "next_digest_at": next_digest_at.isoformat(),
        }

    def save_user(self, user: User, next_digest_at: datetime | None) -> bool:
        """Update the profile's fields in place; a paused user drops out of the digest index.

        Never recreates a deleted (forgotten) user: False when the profile is gone. The version
        moves on, so a digest in flight sees the change; the digest's own claim is left alone.
        """
        values: dict[str, Any] = {f":f{i}": v for i, v in enumerate(to_item(user).values())}
        names = {f"#f{i}": name for i, name in enumerate(to_item(user))}
        sets = [f"#f{i} = :f{i}" for i in range(len(names))]
        removes: list[str] = []
        if next_digest_at is not None and not user.digest_paused:
            for name, value in self._digest_index_keys(user.user_id, next_digest_at).items():
                names[f"#{name}"] = name
                values[f":{name}"] = value
                sets.append(f"#{name} = :{name}")
        else:
            removes = ["GSI2PK", "GSI2SK", "next_digest_at"]
        values[":one"] = 1
        expression = "SET " + ", ".join(sets) + (" REMOVE " + ", ".join(removes) if removes else "")
        return self._conditional_update(
            {"PK": _user_pk(user.user_id), "SK": "PROFILE"},
            UpdateExpression=expression + " ADD version :one",
            ConditionExpression="attribute_exists(PK)",
            ExpressionAttributeNames=names,
            ExpressionAttributeValues=self._put(values),
        )

    def get_user(self, user_id: str) -> User | None:
        item = self._get(_user_pk(user_id), "PROFILE")
        return from_item(User, item) if item else None

    def get_user_record(self, user_id: str) -> UserRecord | None:
        """The profile with its version, its digest claim and its place in the digest index."""
        item = self._get(_user_pk(user_id), "PROFILE")
        if item is None:
            return None
        due = item.get("next_digest_at") if item.get("GSI2PK") else None
        return UserRecord(
            user=from_item(User, item),
            version=int(item["version"]) if "version" in item else None,
            digest_due_at=datetime.fromisoformat(due) if isinstance(due, str) else None,
            digest_claim=item.get("digest_claim"),
        )

    # -- the digest's conditional writes ---------------------------------------

    @staticmethod
    def _version_condition(version: int | None) -> tuple[str, dict[str, Any]]:
        if version is None:
            return "attribute_exists(PK) AND attribute_not_exists(version)", {}
        return "attribute_exists(PK) AND version = :v", {":v": {"N": str(version)}}

    def claim_digest(self, user_id: str, period: str, version: int | None) -> bool:
        """Mark the period as taken before sending; False when the profile changed or is gone."""
        condition, values = self._version_condition(version)
        return self._conditional_update(
            {"PK": _user_pk(user_id), "SK": "PROFILE"},
            UpdateExpression="SET digest_claim = :period ADD version :one",
            ConditionExpression=condition,
            ExpressionAttributeValues={**values, ":period": {"S": period}, ":one": {"N": "1"}},
        )

    def release_digest_claim(self, user_id: str, period: str) -> bool:
        """Give the period back after a send that certainly did not happen, so a retry may send."""
        return self._conditional_update(
            {"PK": _user_pk(user_id), "SK": "PROFILE"},
            UpdateExpression="REMOVE digest_claim ADD version :one",
            ConditionExpression="attribute_exists(PK) AND digest_claim = :period",
            ExpressionAttributeValues={":period": {"S": period}, ":one": {"N": "1"}},
        )

    def complete_digest(
        self, user: User, period: str, next_digest_at: datetime, *, digested_at: datetime | None
    ) -> bool:
        """Record the claimed period's digest and schedule the next one, only on a profile that exists.

        A pause that arrived while the digest was being sent wins: the user stays out of the index.
        False when the profile is gone (forgotten) or holds another claim.
        """
        key = {"PK": _user_pk(user.user_id), "SK": "PROFILE"}
        values: dict[str, Any] = {
            ":period": period,
            ":last": digested_at.isoformat() if digested_at else None,
            ":congratulated": user.congratulated,
            ":one": 1,
            ":false": False,
        }
        index_keys = self._digest_index_keys(user.user_id, next_digest_at)
        scheduled = self._conditional_update(
            key,
            UpdateExpression=(
                "SET last_digest_at = :last, congratulated = :congratulated, "
                "GSI2PK = :gsi2pk, GSI2SK = :gsi2sk, next_digest_at = :next ADD version :one"
            ),
            ConditionExpression=(
                "attribute_exists(PK) AND digest_claim = :period "
                "AND (attribute_not_exists(digest_paused) OR digest_paused = :false)"
            ),
            ExpressionAttributeValues=self._put(
                {
                    **values,
                    ":gsi2pk": index_keys["GSI2PK"],
                    ":gsi2sk": index_keys["GSI2SK"],
                    ":next": index_keys["next_digest_at"],
                }
            ),
        )
        if scheduled:
            return True
        return self._conditional_update(
            key,
            UpdateExpression=(
                "SET last_digest_at = :last, congratulated = :congratulated "
                "REMOVE GSI2PK, GSI2SK, next_digest_at ADD version :one"
            ),
            ConditionExpression="attribute_exists(PK) AND digest_claim = :period",
            ExpressionAttributeValues=self._put({k: v for k, v in values.items() if k != ":false"}),
        )

    def leave_digest_index(self, user_id: str, version: int | None) -> bool:
        """Drop a paused or finished user from the index; False when the profile changed or is gone."""
        condition, values = self._version_condition(version)
        return self._conditional_update(
            {"PK": _user_pk(user_id), "SK": "PROFILE"},
            UpdateExpression="REMOVE GSI2PK, GSI2SK, next_digest_at ADD version :one",
            ConditionExpression=condition,
            ExpressionAttributeValues={**values, ":one": {"N": "1"}},
        )

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
                        # The version moves on, so a digest in flight notices the new address.
                        "UpdateExpression": "SET inbox = :new ADD version :one",
                        "ConditionExpression": "attribute_exists(PK) AND inbox = :old",
                        "ExpressionAttributeValues": {
                            ":new": {"S": new_inbox},
                            ":old": {"S": user.inbox},
                            ":one": {"N": "1"},
                        },
                    }
                },
            ]
        )

    def find_user_by_email(self, address: str) -> User | None:
        pointer = self._get(f"EMAIL#{address.lower()}", "EMAIL")
        return self.get_user(pointer["user_id"]) if pointer else None

    def digest_shard_keys(self) -> list[str]:
        return shard_keys(DIGEST_PARTITION, self.index_shards)

    def digest_due_pages(self, partition: str, now: datetime, page_size: int) -> Iterator[list[str]]:
        """User ids whose next digest time has come, one DigestDueIndex partition, page by page."""
        for page in self._query_pages(
            IndexName=DIGEST_DUE_INDEX,
            KeyConditionExpression="GSI2PK = :p AND GSI2SK <= :now",
            ExpressionAttributeValues={":p": {"S": partition}, ":now": {"S": utc_key(now) + "~"}},
            ProjectionExpression="#user",
            ExpressionAttributeNames={"#user": "user_id"},
            PaginationConfig={"PageSize": page_size},
        ):
            yield [item["user_id"] for item in page]

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
            item["GSI1PK"] = shard_key(DUE_PARTITION, app.id, self.index_shards)
            item["GSI1SK"] = f"{utc_key(app.due_at)}#{user_id}#{app.id}"
        return item

    def _event_item(self, user_id: str, app_id: str, event: TimelineEvent) -> dict[str, Any]:
        # The mail's text lives in its own item, so loading every application stays small.
        return {**_per_event(user_id, app_id, event, "event"), **to_item(event, skip=("text",))}

    def _text_item(self, user_id: str, app_id: str, event: TimelineEvent) -> dict[str, Any]:
        return {
            **_per_event(user_id, app_id, event, "text"),
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

    def due_shard_keys(self) -> list[str]:
        return shard_keys(DUE_PARTITION, self.index_shards)

    def due_application_pages(
        self, partition: str, now: datetime, page_size: int
    ) -> Iterator[list[tuple[str, str]]]:
        """(user id, app id) of overdue applications, one DueIndex partition, page by page."""
        for page in self._query_pages(
            IndexName=DUE_INDEX,
            KeyConditionExpression="GSI1PK = :p AND GSI1SK <= :now",
            ExpressionAttributeValues={":p": {"S": partition}, ":now": {"S": utc_key(now) + "~"}},
            ProjectionExpression="#user, #app",
            ExpressionAttributeNames={"#user": "user_id", "#app": "id"},
            PaginationConfig={"PageSize": page_size},
        ):
            yield [(item["user_id"], item["id"]) for item in page]

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
            if item.get("type") == "access_ref":
                # The user's sign-in links, sessions and calendar feeds, keyed by their secrets' hashes.
                keys.append({"PK": item["access_pk"], "SK": item["access_sk"]})
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

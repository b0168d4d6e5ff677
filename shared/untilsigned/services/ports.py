"""The ports the services work through: what they need of the application store, the raw-mail store and the
mail sender, and nothing of how DynamoDB, S3 or SES provide it.

The adapters (`adapters/dynamo.py`, `adapters/mail_store.py`, `adapters/mail_sender.py`) satisfy these
structurally; services type their collaborators with these Protocols, so a test or the local stack can hand
them anything that answers the same calls. The records crossing a port (`SaveOutcome`, `StoredApplications`,
`OutgoingMail`, ...) stay defined beside the adapters that produce them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from enum import Enum
from typing import Literal, Protocol, TypeVar

from untilsigned.adapters.dynamo import InboxRoute, SaveOutcome, StoredApplications, UserRecord
from untilsigned.adapters.mail_sender import OutgoingMail
from untilsigned.domain.model import Application, Quarantined, TimelineEvent, User

MAX_CONFLICT_RETRIES = 5

T = TypeVar("T")


class ApplicationStore(Protocol):
    """Users, applications and their timelines, kept-aside mail and the due indexes: the application table."""

    # -- users
    def get_user(self, user_id: str) -> User | None: ...
    def get_user_record(self, user_id: str) -> UserRecord | None: ...
    def find_user_by_email(self, address: str) -> User | None: ...
    def find_inbox_route(self, address: str) -> InboxRoute | None: ...
    def create_user(self, user: User, next_digest_at: datetime | None) -> User: ...
    def save_user(self, user: User, next_digest_at: datetime | None) -> bool: ...
    def replace_inbox(
        self, user: User, new_inbox: str, *, retired_at: datetime, expires_at: datetime
    ) -> None: ...
    def delete_user(self, user: User) -> list[str]: ...
    def claim_once(self, user_id: str, name: str, at: datetime) -> bool: ...

    # -- applications
    def load_applications(self, user_id: str, app_id: str | None = None) -> StoredApplications: ...
    def application_summaries(self, user_id: str) -> list[Application]: ...
    def load_texts(self, user_id: str, app_ids: Sequence[str]) -> dict[str, str]: ...
    def save_application(
        self,
        user_id: str,
        app: Application,
        *,
        new_events: Sequence[TimelineEvent],
        expected_version: int | None,
        dedupe_key: str | None = None,
    ) -> SaveOutcome: ...
    def save_applications(
        self, user_id: str, changes: Sequence[tuple[Application, Sequence[TimelineEvent], int | None]]
    ) -> SaveOutcome: ...

    # -- kept-aside and unrouted mail
    def put_quarantine(self, user_id: str, entry: Quarantined, message_id: str) -> None: ...
    def list_quarantine(self, user_id: str, since: datetime | None = None) -> list[Quarantined]: ...
    def delete_quarantine(self, user_id: str, entry: Quarantined) -> None: ...
    def put_unrouted(
        self, message_id: str, recipients: Sequence[str], reason: str, received_at: datetime
    ) -> None: ...

    # -- the sweep's and the digest's due indexes
    def due_shard_keys(self) -> list[str]: ...
    def due_application_pages(
        self, partition: str, now: datetime, page_size: int
    ) -> Iterator[list[tuple[str, str]]]: ...
    def digest_shard_keys(self) -> list[str]: ...
    def digest_due_pages(self, partition: str, now: datetime, page_size: int) -> Iterator[list[str]]: ...
    def claim_digest(self, user_id: str, period: str, version: int | None) -> bool: ...
    def release_digest_claim(self, user_id: str, period: str) -> bool: ...
    def complete_digest(
        self, user: User, period: str, next_digest_at: datetime, *, digested_at: datetime | None
    ) -> bool: ...
    def leave_digest_index(self, user_id: str, version: int | None) -> bool: ...


class RawMailStore(Protocol):
    """The raw mail as received: SES's copy under its message id, and each recipient user's own copy."""

    def key_for(self, message_id: str) -> str: ...
    def keep_for_user(self, message_id: str, user_id: str) -> str: ...
    def user_keys(self, user_id: str) -> list[str]: ...
    def read(self, key: str) -> bytes: ...
    def delete(self, keys: Sequence[str]) -> None: ...


class Mailer(Protocol):
    """Sends one mail; returns the provider's message id."""

    def send(self, mail: OutgoingMail) -> str: ...


class Conflict(Enum):
    """What an attempt returns when its save met a concurrent change: load again and retry."""

    RETRY = "retry"


def retry_on_conflict(
    attempt: Callable[[], T | Literal[Conflict.RETRY]], failure: str, *, tries: int = MAX_CONFLICT_RETRIES
) -> T:
    """Run `attempt` (load, change, save with the version it read) until it returns anything but
    `Conflict.RETRY`; after `tries` conflicts in a row, raise RuntimeError(`failure`), so the caller's
    message or request is retried as a whole."""
    for _ in range(tries):
        result = attempt()
        if result is not Conflict.RETRY:
            return result
    raise RuntimeError(failure)

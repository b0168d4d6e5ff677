"""Register a user and give them their personal inbox address."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from untilsigned.adapters.dynamo import AppStore
from untilsigned.domain.model import User
from untilsigned.domain.schedule import next_digest_at
from untilsigned.ids import inbox_token, new_id


def register_user(
    store: AppStore,
    *,
    email: str,
    inbox_domain: str,
    now: datetime,
    timezone: str = "UTC",
    forwarders: Sequence[str] = (),
    first_digest_at: datetime | None = None,
) -> User:
    """Create the user (or return the existing one for this address).

    The inbox address is an unguessable token under the inbox domain, so nobody can mail
    into someone else's tracker by guessing.
    """
    ZoneInfo(timezone)  # reject unknown zones early, with the library's own message
    user = User(
        user_id=new_id(now),
        email=email.strip().lower(),
        inbox=f"{inbox_token()}@{inbox_domain.lower()}",
        timezone=timezone,
        forwarders=tuple(f.strip().lower() for f in forwarders if f.strip()),
        created_at=now,
    )
    return store.create_user(user, first_digest_at or next_digest_at(user, now))

"""Register a user and give them their personal inbox address."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from untilsigned.adapters.dynamo import AppStore
from untilsigned.domain.model import User
from untilsigned.domain.schedule import next_digest_at
from untilsigned.ids import inbox_token, new_id

# Mail to a replaced inbox address is set aside (quarantined, with the reason) this long, then refused.
RETIRED_INBOX_KEPT = timedelta(days=30)


@dataclass(frozen=True)
class DigestPreferences:
    weekday: int | None = 0  # 0 = Monday; None = daily
    hour: int = 8  # local hour
    weekly_goal: int | None = None  # None: the default goal


def register_user(
    store: AppStore,
    *,
    email: str,
    inbox_domain: str,
    now: datetime,
    timezone: str = "UTC",
    forwarders: Sequence[str] = (),
    first_digest_at: datetime | None = None,
    preferences: DigestPreferences | None = None,
) -> User:
    """Create the user (or return the existing one for this address).

    The inbox address is an unguessable token under the inbox domain, so nobody can mail
    into someone else's tracker by guessing.
    """
    ZoneInfo(timezone)  # reject unknown zones early, with the library's own message
    chosen = preferences or DigestPreferences()
    user = User(
        user_id=new_id(now),
        email=email.strip().lower(),
        inbox=f"{inbox_token()}@{inbox_domain.lower()}",
        timezone=timezone,
        forwarders=tuple(f.strip().lower() for f in forwarders if f.strip()),
        digest_weekday=chosen.weekday,
        digest_hour=chosen.hour,
        weekly_goal=chosen.weekly_goal,
        created_at=now,
    )
    return store.create_user(user, first_digest_at or next_digest_at(user, now))


def replace_inbox_address(store: AppStore, user: User, *, now: datetime) -> User:
    """Issue the user a new inbox address and retire the old one (a leaked address is replaced this way).

    Mail to the old address is quarantined with that reason for `RETIRED_INBOX_KEPT`, then unrouted.
    Returns the user with the new address.
    """
    domain = user.inbox.rsplit("@", 1)[-1]
    updated = replace(user, inbox=f"{inbox_token()}@{domain}")
    store.replace_inbox(user, updated.inbox, retired_at=now, expires_at=now + RETIRED_INBOX_KEPT)
    return updated

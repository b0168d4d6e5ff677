"""Register a user, give them their personal inbox address, and welcome them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from botocore.exceptions import ClientError

from untilsigned.adapters.mail_sender import OutgoingMail
from untilsigned.domain.business_days import country_for_timezone, known_country
from untilsigned.domain.model import User
from untilsigned.domain.reporting.schedule import next_digest_at
from untilsigned.domain.tracking.onboarding import welcome_letter
from untilsigned.ids import inbox_token, new_id
from untilsigned.services.ports import ApplicationStore, Mailer

# Mail to a replaced inbox address is set aside (quarantined, with the reason) this long, then refused.
RETIRED_INBOX_KEPT = timedelta(days=30)


@dataclass(frozen=True)
class DigestPreferences:
    weekday: int | None = 0  # 0 = Monday; None = daily
    hour: int = 8  # local hour
    weekly_goal: int | None = None  # None: the default goal


class WelcomeNotSent(Exception):
    """The user is registered, but the welcome mail could not go out (say, the SES sandbox refused it)."""

    def __init__(self, user: User, reason: str) -> None:
        super().__init__(reason)
        self.user = user


def register_user(
    store: ApplicationStore,
    *,
    email: str,
    inbox_domain: str,
    now: datetime,
    timezone: str = "UTC",
    country: str | None = None,
    forwarders: Sequence[str] = (),
    first_digest_at: datetime | None = None,
    preferences: DigestPreferences | None = None,
) -> User:
    """Create the user (or return the existing one for this address).

    The inbox address is an unguessable token under the inbox domain, so nobody can mail
    into someone else's tracker by guessing. The country (public holidays) defaults to the
    one the time zone belongs to.
    """
    ZoneInfo(timezone)  # reject unknown zones early, with the library's own message
    if country is not None and not known_country(country):
        raise ValueError(f"unknown country code {country!r}: use an ISO 3166 code such as DE, GB or US")
    chosen = preferences or DigestPreferences()
    user = User(
        user_id=new_id(now),
        email=email.strip().lower(),
        inbox=f"{inbox_token()}@{inbox_domain.lower()}",
        timezone=timezone,
        country=country.upper() if country else country_for_timezone(timezone),
        forwarders=tuple(f.strip().lower() for f in forwarders if f.strip()),
        digest_weekday=chosen.weekday,
        digest_hour=chosen.hour,
        weekly_goal=chosen.weekly_goal,
        created_at=now,
    )
    return store.create_user(user, first_digest_at or next_digest_at(user, now))


def welcome_user(sender: Mailer | None, user: User) -> User:
    """Mail a registered user the welcome (inbox address, filter set-up, commands); returns the user.

    Raises WelcomeNotSent, with the registered user, when there is no sender or SES refuses the mail.
    """
    if sender is None:
        raise WelcomeNotSent(user, "no sender address is known, so no welcome mail was sent (pass --sender)")
    letter = welcome_letter(user)
    try:
        sender.send(OutgoingMail(to=user.email, subject=letter.subject, text=letter.text))
    except ClientError as error:
        if error.response["Error"]["Code"] != "MessageRejected":
            raise
        raise WelcomeNotSent(
            user,
            f"SES refused the welcome mail ({error.response['Error'].get('Message', '')}). "
            f"In the SES sandbox verify {user.email} first (aws sesv2 create-email-identity) "
            "or request production access",
        ) from error
    return user


def replace_inbox_address(store: ApplicationStore, user: User, *, now: datetime) -> User:
    """Issue the user a new inbox address and retire the old one (a leaked address is replaced this way).

    Mail to the old address is quarantined with that reason for `RETIRED_INBOX_KEPT`, then unrouted.
    Returns the user with the new address.
    """
    domain = user.inbox.rsplit("@", 1)[-1]
    updated = replace(user, inbox=f"{inbox_token()}@{domain}")
    store.replace_inbox(user, updated.inbox, retired_at=now, expires_at=now + RETIRED_INBOX_KEPT)
    return updated

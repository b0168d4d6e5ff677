"""When digests go out: slot maths in the user's own time zone.

A *slot* is one scheduled digest time: `user.digest_hour` local time, every day
(`digest_weekday is None`) or on one weekday (0 = Monday). Slots are computed from
local wall-clock dates through zoneinfo, so a digest stays at 08:00 local across
daylight-saving changes. Pure: `now`/`after` are always passed in.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from untilsigned.domain.model import User

# Eight days covers a weekly cadence from any starting day, plus one day of slack
# for a slot that lands on the neighbouring local date.
_SEARCH_DAYS = 9


def user_zone(user: User) -> tzinfo:
    """The user's zone, or UTC when the stored name is unknown (a bad profile must not stop the digest)."""
    try:
        return ZoneInfo(user.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _require_aware(moment: datetime, name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")


def _slot_on(user: User, day: date, zone: tzinfo) -> datetime | None:
    """The slot on one local date, in UTC, or None when the user's cadence skips that date."""
    if user.digest_weekday is not None and day.weekday() != user.digest_weekday % 7:
        return None
    hour = min(max(user.digest_hour, 0), 23)
    # fold=0 picks the first of two repeated hours when clocks go back; an hour that
    # does not exist (clocks go forward) resolves to the same instant one hour later
    # on the wall clock, which is what a person would expect ("8:00" becomes "9:00").
    local = datetime.combine(day, time(hour), tzinfo=zone)
    return local.astimezone(UTC)


def next_digest_at(user: User, after: datetime) -> datetime:
    """The first digest slot strictly after `after`, as an aware UTC datetime."""
    _require_aware(after, "after")
    zone = user_zone(user)
    start = after.astimezone(zone).date() - timedelta(days=1)
    for offset in range(_SEARCH_DAYS + 1):
        slot = _slot_on(user, start + timedelta(days=offset), zone)
        if slot is not None and slot > after:
            return slot
    raise AssertionError("a weekly cadence always has a slot within nine days")  # pragma: no cover


def previous_digest_at(user: User, at: datetime) -> datetime:
    """The latest digest slot at or before `at`, as an aware UTC datetime."""
    _require_aware(at, "at")
    zone = user_zone(user)
    start = at.astimezone(zone).date() + timedelta(days=1)
    for offset in range(_SEARCH_DAYS + 1):
        slot = _slot_on(user, start - timedelta(days=offset), zone)
        if slot is not None and slot <= at:
            return slot
    raise AssertionError("a weekly cadence always has a slot within nine days")  # pragma: no cover


def digest_period(user: User, now: datetime) -> str:
    """A stable id for the period a digest sent at `now` belongs to.

    The period is named after the latest slot at or before `now`, so a late or
    retried run still lands in the same period and each (user, period) is sent at
    most once: ISO week ("2026-W24") for weekly digests, local date ("2026-06-09")
    for daily ones.
    """
    slot_local = previous_digest_at(user, now).astimezone(user_zone(user))
    if user.digest_weekday is None:
        return slot_local.date().isoformat()
    iso_year, iso_week, _ = slot_local.isocalendar()
    return f"{iso_year}-W{iso_week:02d}"


def is_due(user: User, now: datetime) -> bool:
    """Whether a digest should go out at `now`: a slot has passed that no digest has covered yet.

    A new user (no digest yet) waits for the first slot after sign-up; a paused user
    is never due. Whether the search is over (signed and congratulated) is content,
    not schedule: see `digest.should_send_digest`.
    """
    _require_aware(now, "now")
    if user.digest_paused:
        return False
    covered_until = user.last_digest_at or user.created_at
    if covered_until is None:
        return True
    return previous_digest_at(user, now) > covered_until

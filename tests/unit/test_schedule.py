"""Digest scheduling: local-hour slots, daylight-saving changes, periods and due-ness."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.model import User
from untilsigned.domain.reporting.schedule import digest_period, is_due, next_digest_at, previous_digest_at

pytestmark = pytest.mark.unit

BERLIN = ZoneInfo("Europe/Berlin")


def make_user(
    timezone: str = "Europe/Berlin", weekday: int | None = 0, hour: int = 8, **changes: Any
) -> User:
    user = User(
        user_id="u1",
        email="ada@example.org",
        inbox="ada@in.example.test",
        timezone=timezone,
        digest_weekday=weekday,
        digest_hour=hour,
    )
    return replace(user, **changes)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# -- next_digest_at ----------------------------------------------------------------


def test_weekly_digest_goes_out_on_the_chosen_weekday_at_the_local_hour() -> None:
    # given a Monday-08:00 Berlin user, asked on a Wednesday in summer (UTC+2)
    user = make_user()

    # when
    slot = next_digest_at(user, utc(2026, 6, 10, 12))

    # then the next slot is Monday 15 June 08:00 Berlin, returned in UTC
    assert slot == utc(2026, 6, 15, 6)
    assert slot.tzinfo is UTC
    assert slot.astimezone(BERLIN).hour == 8


def test_next_slot_is_strictly_after_the_given_moment() -> None:
    # given a moment exactly on a slot
    user = make_user()
    on_the_slot = utc(2026, 6, 15, 6)

    # when / then the same slot is not returned again, but the one a week later
    assert next_digest_at(user, on_the_slot) == utc(2026, 6, 22, 6)
    assert next_digest_at(user, on_the_slot - timedelta(seconds=1)) == on_the_slot


def test_daily_digest_is_the_same_day_when_the_hour_is_still_ahead() -> None:
    # given a daily 08:00 user at 05:00 local
    user = make_user(weekday=None)

    # when / then it is today at 08:00 local; after 08:00 it is tomorrow
    assert next_digest_at(user, utc(2026, 6, 10, 3)) == utc(2026, 6, 10, 6)
    assert next_digest_at(user, utc(2026, 6, 10, 7)) == utc(2026, 6, 11, 6)


def test_weekly_slot_keeps_the_local_hour_across_the_spring_clock_change() -> None:
    # given a Monday-08:00 Berlin user; clocks go forward on Sunday 29 March 2026
    user = make_user()

    # when
    before = next_digest_at(user, utc(2026, 3, 20))
    after = next_digest_at(user, before)

    # then 08:00 CET is 07:00 UTC, and 08:00 CEST a week later is 06:00 UTC
    assert before == utc(2026, 3, 23, 7)
    assert after == utc(2026, 3, 30, 6)
    assert {before.astimezone(BERLIN).hour, after.astimezone(BERLIN).hour} == {8}


def test_daily_slot_keeps_the_local_hour_on_the_days_around_both_clock_changes() -> None:
    # given a daily 08:00 Berlin user
    user = make_user(weekday=None)

    # when walking slot to slot over the spring and autumn changes
    spring = [next_digest_at(user, utc(2026, 3, 27, 12))]
    autumn = [next_digest_at(user, utc(2026, 10, 23, 12))]
    for _ in range(2):
        spring.append(next_digest_at(user, spring[-1]))
        autumn.append(next_digest_at(user, autumn[-1]))

    # then every slot is 08:00 local, one day apart, while the UTC hour shifts
    assert spring == [utc(2026, 3, 28, 7), utc(2026, 3, 29, 6), utc(2026, 3, 30, 6)]
    assert autumn == [utc(2026, 10, 24, 6), utc(2026, 10, 25, 7), utc(2026, 10, 26, 7)]


def test_an_hour_skipped_by_the_clock_change_moves_to_the_next_real_hour() -> None:
    # given a daily 02:00 user: 02:00 does not exist in Berlin on 29 March 2026
    user = make_user(weekday=None, hour=2)

    # when
    slot = next_digest_at(user, utc(2026, 3, 28, 12))

    # then the digest still goes out that morning, at 03:00 CEST (01:00 UTC)
    assert slot == utc(2026, 3, 29, 1)
    assert slot.astimezone(BERLIN).hour == 3


def test_an_hour_repeated_by_the_clock_change_sends_only_once() -> None:
    # given a daily 02:00 user: 02:00 happens twice in Berlin on 25 October 2026
    user = make_user(weekday=None, hour=2)

    # when
    first = next_digest_at(user, utc(2026, 10, 24, 12))
    following = next_digest_at(user, first)

    # then the first 02:00 (CEST, 00:00 UTC) is used, and the next slot is the following day
    assert first == utc(2026, 10, 25, 0)
    assert following == utc(2026, 10, 26, 1)


def test_zone_changes_follow_the_users_own_zone_rules() -> None:
    # given a New York user: US clocks go forward on Sunday 8 March 2026, weeks before Europe
    user = make_user(timezone="America/New_York", weekday=0, hour=9)

    # when
    before = next_digest_at(user, utc(2026, 3, 1))
    after = next_digest_at(user, before)

    # then 09:00 EST is 14:00 UTC and 09:00 EDT is 13:00 UTC
    assert (before, after) == (utc(2026, 3, 2, 14), utc(2026, 3, 9, 13))


def test_a_zone_ahead_of_utc_gets_its_slot_on_the_previous_utc_day() -> None:
    # given a Monday-08:00 user in Auckland (UTC+12 in June)
    user = make_user(timezone="Pacific/Auckland")

    # when
    slot = next_digest_at(user, utc(2026, 6, 7, 12))

    # then Monday 08:00 in Auckland is Sunday 20:00 UTC
    assert slot == utc(2026, 6, 7, 20)


def test_sunday_is_weekday_six() -> None:
    # given a Sunday-18:00 user
    user = make_user(weekday=6, hour=18)

    # when / then
    assert next_digest_at(user, utc(2026, 6, 8)).astimezone(BERLIN) == datetime(
        2026, 6, 14, 18, tzinfo=BERLIN
    )


def test_an_unknown_zone_name_falls_back_to_utc() -> None:
    # given a profile whose zone name is not a real zone
    user = make_user(timezone="Mars/Olympus_Mons")

    # when / then the digest still has a slot, at the hour in UTC
    assert next_digest_at(user, utc(2026, 6, 10)) == utc(2026, 6, 15, 8)


def test_naive_moments_are_refused() -> None:
    # given a naive datetime / when / then
    with pytest.raises(ValueError, match="timezone-aware"):
        next_digest_at(make_user(), datetime(2026, 6, 10))


def test_previous_slot_is_the_latest_at_or_before_the_moment() -> None:
    # given a Monday-08:00 Berlin user
    user = make_user()

    # when / then a moment on the slot counts, a moment just before it does not
    assert previous_digest_at(user, utc(2026, 6, 15, 6)) == utc(2026, 6, 15, 6)
    assert previous_digest_at(user, utc(2026, 6, 15, 5, 59)) == utc(2026, 6, 8, 6)


# -- digest_period -----------------------------------------------------------------


def test_weekly_period_is_the_iso_week_of_the_slot() -> None:
    # given a Monday-08:00 Berlin user
    user = make_user()

    # when / then a run on time, and a late retry on Tuesday, share one period
    assert digest_period(user, utc(2026, 6, 8, 6)) == "2026-W24"
    assert digest_period(user, utc(2026, 6, 9, 15)) == "2026-W24"


def test_a_run_before_this_weeks_slot_belongs_to_last_weeks_period() -> None:
    # given Monday 07:00 Berlin, before the 08:00 slot
    user = make_user()

    # when / then it is still last week's period, which was already sent
    assert digest_period(user, utc(2026, 6, 8, 5)) == "2026-W23"


def test_weekly_period_uses_iso_week_years_at_new_year() -> None:
    # given Monday slots on 28 December 2026 and 4 January 2027
    user = make_user()

    # when / then the ISO week-year is used, so the ids never repeat
    assert digest_period(user, utc(2026, 12, 28, 9)) == "2026-W53"
    assert digest_period(user, utc(2027, 1, 4, 9)) == "2027-W01"


def test_daily_period_is_the_users_local_date() -> None:
    # given a daily 08:00 Auckland user, and a moment that is still 8 June in UTC
    user = make_user(timezone="Pacific/Auckland", weekday=None)

    # when / then the period is the local date of the slot, 9 June
    assert digest_period(user, utc(2026, 6, 8, 21)) == "2026-06-09"


def test_changing_cadence_changes_the_period_id_format() -> None:
    # given the same moment for a weekly and a daily user
    moment = utc(2026, 6, 9, 7)

    # when / then the ids cannot collide
    assert digest_period(make_user(weekday=0), moment) == "2026-W24"
    assert digest_period(make_user(weekday=None), moment) == "2026-06-09"


# -- is_due ------------------------------------------------------------------------


def test_due_once_a_slot_has_passed_since_the_last_digest() -> None:
    # given a Monday-08:00 user whose last digest went out on the previous Monday
    user = make_user(last_digest_at=utc(2026, 6, 1, 6, 2))

    # when / then not due before this Monday's slot, due after it
    assert not is_due(user, utc(2026, 6, 8, 5))
    assert is_due(user, utc(2026, 6, 8, 6, 1))


def test_not_due_again_after_this_periods_digest_went_out() -> None:
    # given a digest sent a minute after this week's slot
    user = make_user(last_digest_at=utc(2026, 6, 8, 6, 1))

    # when / then
    assert not is_due(user, utc(2026, 6, 10, 12))


def test_a_new_user_waits_for_the_first_slot_after_sign_up() -> None:
    # given a user who signed up on Wednesday
    user = make_user(created_at=utc(2026, 6, 10, 12))

    # when / then nothing on Thursday, the first digest on Monday
    assert not is_due(user, utc(2026, 6, 11, 12))
    assert is_due(user, utc(2026, 6, 15, 6))


def test_a_paused_user_is_never_due() -> None:
    # given a paused user with no digest ever sent
    user = make_user(digest_paused=True)

    # when / then
    assert not is_due(user, utc(2026, 6, 15, 6))


def test_a_user_with_no_history_at_all_is_due() -> None:
    # given a user with neither sign-up time nor last digest
    # when / then the digest goes out rather than never
    assert is_due(make_user(), utc(2026, 6, 15, 6))

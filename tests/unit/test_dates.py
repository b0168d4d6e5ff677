"""dates: relative and absolute dates resolved against the email's own date, never the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.understanding.dates import (
    add_business_days,
    end_of_day,
    find_dates,
    find_datetimes,
    infer_year,
    likely_zone,
    resolve_deadline,
    weekday_after,
    weekday_next_week,
    weekday_this,
    zone_for,
)

pytestmark = pytest.mark.unit

NEW_YORK = ZoneInfo("America/New_York")
# A Wednesday morning in New York: the reference every relative phrase below counts from.
WEDNESDAY = datetime(2025, 6, 4, 10, 0, tzinfo=NEW_YORK)
FRIDAY = 4


def _deadline(text: str, reference: datetime = WEDNESDAY) -> datetime | None:
    return resolve_deadline(text, reference)


@pytest.mark.parametrize(
    ("phrase", "expected_day"),
    [
        ("we'll get back to you by Friday", date(2025, 6, 6)),
        ("by this Friday", date(2025, 6, 6)),
        ("by next Friday", date(2025, 6, 13)),
        ("by the end of next week", date(2025, 6, 13)),
        ("early next week", date(2025, 6, 11)),
        ("within two weeks", date(2025, 6, 18)),
        ("in the next couple of days", date(2025, 6, 6)),
        ("in a few days", date(2025, 6, 7)),
        ("in 5-7 business days", date(2025, 6, 13)),
        ("within 5 working days", date(2025, 6, 11)),
        ("within 48 hours", date(2025, 6, 6)),
        ("in a day or two", date(2025, 6, 6)),
        ("by December 15", date(2025, 12, 15)),
        ("by 15 December", date(2025, 12, 15)),
        ("by the end of next month", date(2025, 7, 31)),
        ("by the end of June", date(2025, 6, 30)),
        ("by tomorrow", date(2025, 6, 5)),
        ("by end of day", date(2025, 6, 4)),
        ("within the week", date(2025, 6, 6)),
        ("by 2025-06-20", date(2025, 6, 20)),
    ],
)
def test_employer_phrases_resolve_to_the_end_of_the_far_day(phrase: str, expected_day: date) -> None:
    # given a phrase written in an email sent on Wednesday 4 June 2025 in New York
    # when it is resolved
    resolved = _deadline(phrase)
    # then it is the end (23:59) of the far end of the stated day or range, in the email's zone
    assert resolved == datetime.combine(expected_day, time(23, 59), tzinfo=NEW_YORK)


@pytest.mark.parametrize(
    "phrase", ["soon", "shortly", "in the coming weeks", "as soon as possible", "Monday to Friday"]
)
def test_vague_phrases_and_working_hours_are_not_dates(phrase: str) -> None:
    assert _deadline(phrase) is None


def test_a_bare_weekday_is_the_next_occurrence_strictly_after_the_reference() -> None:
    # given an email sent on a Friday
    friday = datetime(2025, 6, 6, 9, 0, tzinfo=NEW_YORK)
    # when it says "by Friday"
    resolved = _deadline("by Friday", friday)
    # then it means the following Friday, a week later
    assert resolved is not None and resolved.date() == date(2025, 6, 13)


def test_weekday_helpers_document_this_and_next() -> None:
    monday = date(2025, 6, 2)
    assert weekday_after(monday, FRIDAY) == date(2025, 6, 6)
    assert weekday_this(date(2025, 6, 6), FRIDAY) == date(2025, 6, 6)
    # "next Friday" said on a Monday is the Friday of the following week, never this week's
    assert weekday_next_week(monday, FRIDAY) == date(2025, 6, 13)


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (date(2025, 6, 4), 1, date(2025, 6, 5)),  # Wednesday -> Thursday
        (date(2025, 6, 6), 1, date(2025, 6, 9)),  # Friday -> Monday, the weekend is skipped
        (date(2025, 6, 7), 1, date(2025, 6, 9)),  # Saturday -> Monday
        (date(2025, 6, 4), 5, date(2025, 6, 11)),
        (date(2025, 6, 4), 0, date(2025, 6, 4)),
    ],
)
def test_business_days_skip_weekends(start: date, count: int, expected: date) -> None:
    assert add_business_days(start, count) == expected


def test_end_of_day_is_23_59_in_the_given_zone() -> None:
    assert end_of_day(date(2025, 6, 4), NEW_YORK) == datetime(2025, 6, 4, 23, 59, tzinfo=NEW_YORK)


def test_a_month_day_long_past_means_next_year() -> None:
    # given "May 2" written in June: more than a month back, so next year's
    assert infer_year(5, 2, date(2025, 6, 4)) == date(2026, 5, 2)
    # and a date a few days back stays in this year (a recap of last week's call)
    assert infer_year(6, 1, date(2025, 6, 4)) == date(2025, 6, 1)


def test_a_written_weekday_picks_the_year_whose_calendar_matches() -> None:
    # given "Tuesday, June 9" written in 2025, when 9 June 2025 is a Monday
    # then the year with a Tuesday 9 June is meant
    assert infer_year(6, 9, date(2025, 6, 4), weekday=1) == date(2026, 6, 9)


def test_numeric_dates_are_day_first_unless_told_otherwise() -> None:
    assert [m.day for m in find_dates("submit by 05/07/2024", WEDNESDAY)] == [date(2024, 7, 5)]
    assert [m.day for m in find_dates("submit by 05/07/2024", WEDNESDAY, day_first=False)] == [
        date(2024, 5, 7)
    ]
    # a first number above 12 can only be a day
    assert [m.day for m in find_dates("by 20/06/2024", WEDNESDAY, day_first=False)] == [date(2024, 6, 20)]


def test_the_modal_verb_may_is_not_a_month() -> None:
    assert find_dates("you may 2 times retake it", WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Tuesday, June 10 at 2:00 PM EST", datetime(2025, 6, 10, 14, 0, tzinfo=NEW_YORK)),
        ("tomorrow at 10am", datetime(2025, 6, 5, 10, 0, tzinfo=NEW_YORK)),
        ("June 12 at 15:00 CET", datetime(2025, 6, 12, 15, 0, tzinfo=ZoneInfo("Europe/Paris"))),
        ("Date: Thursday, June 12\nTime: 11:00 AM ET", datetime(2025, 6, 12, 11, 0, tzinfo=NEW_YORK)),
        ("14/06/2025 - 10:00 AM", datetime(2025, 6, 14, 10, 0, tzinfo=NEW_YORK)),
        ("Thursday, 12 June 2025, 15:00 GMT", datetime(2025, 6, 12, 15, 0, tzinfo=ZoneInfo("Europe/London"))),
        ("at 3pm on Monday", datetime(2025, 6, 9, 15, 0, tzinfo=NEW_YORK)),
        ("by 23:59 on Sunday", datetime(2025, 6, 8, 23, 59, tzinfo=NEW_YORK)),
        (
            "Monday, 16 June at 2:00 PM (UK time)",
            datetime(2025, 6, 16, 14, 0, tzinfo=ZoneInfo("Europe/London")),
        ),
        ("June 17, 10:30 London time", datetime(2025, 6, 17, 10, 30, tzinfo=ZoneInfo("Europe/London"))),
        (
            "18 June at 09:00 Central European Time",
            datetime(2025, 6, 18, 9, 0, tzinfo=ZoneInfo("Europe/Paris")),
        ),
    ],
)
def test_dates_pair_with_the_time_written_beside_them(text: str, expected: datetime) -> None:
    # given a date and a time written together in a New York email
    # when found
    mentions = find_datetimes(text, WEDNESDAY)
    # then one aware moment comes out, in the written zone or the email's own
    assert [m.resolve(NEW_YORK) for m in mentions] == [expected]


def test_a_time_without_am_pm_in_the_early_hours_means_the_afternoon() -> None:
    (mention,) = find_datetimes("Join us on Friday at 4:00 CT", WEDNESDAY)
    assert mention.at == time(16, 0)


def test_zone_abbreviations_and_offsets() -> None:
    assert zone_for("PST") == ZoneInfo("America/Los_Angeles")
    assert zone_for("GMT+2") == timezone(timedelta(hours=2))
    assert zone_for("UTC-05:30") == timezone(-timedelta(hours=5, minutes=30))
    assert zone_for("XYZ") is None


def test_the_latest_date_of_a_sentence_is_the_deadline() -> None:
    # given a sentence with two dates, the second being the decision
    resolved = _deadline("We will finish interviews by June 10 and decide by June 13.")
    # then the far one counts
    assert resolved is not None and resolved.date() == date(2025, 6, 13)


def test_a_reference_in_utc_resolves_in_utc() -> None:
    reference = datetime(2025, 6, 4, 10, 0, tzinfo=UTC)
    assert _deadline("by Friday", reference) == datetime(2025, 6, 6, 23, 59, tzinfo=UTC)


def test_midnight_means_the_end_of_that_day() -> None:
    (mention,) = find_datetimes("You have until Sunday at midnight to finish.", WEDNESDAY)
    assert mention.resolve(NEW_YORK) == datetime(2025, 6, 8, 23, 59, tzinfo=NEW_YORK)


def test_an_ordinal_day_without_a_month_is_the_next_such_day() -> None:
    # given "the 12th" on 4 June, and "the 2nd" which has already passed this month
    assert [m.day for m in find_dates("shall we meet on the 12th?", WEDNESDAY)] == [date(2025, 6, 12)]
    assert [m.day for m in find_dates("shall we meet on the 2nd?", WEDNESDAY)] == [date(2025, 7, 2)]


# --- time ranges, spans and moves found by the held-out-style suite ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_time", "expected_zone"),
    [
        ("Monday 9 June, 14:00 - 15:00 (BST)", time(14, 0), "Europe/London"),
        ("Monday 9 June, 2-3pm EST", time(14, 0), "America/New_York"),
        ("Monday 9 June, 11-1pm", time(11, 0), None),
        ("Monday 9 June, 10 AM to 6 PM IST", time(10, 0), "Asia/Kolkata"),
    ],
)
def test_a_time_range_gives_its_start_with_the_zone_and_meridiem_written_at_its_end(
    text: str, expected_time: time, expected_zone: str | None
) -> None:
    # given a date followed by a time range whose zone or am/pm is written once, at the end
    (mention,) = find_datetimes(text, WEDNESDAY)
    # then the start of the range is the time, in the range's zone
    assert mention.at == expected_time
    if expected_zone is None:
        assert mention.zone is None
    else:
        assert mention.zone is not None
        assert (
            mention.resolve(UTC).utcoffset()
            == datetime(2025, 6, 9, 12, tzinfo=ZoneInfo(expected_zone)).utcoffset()
        )


def test_a_bracketed_date_still_pairs_with_the_time_after_it() -> None:
    # given "tomorrow (Thu 5 Jun) at 10:00"
    mentions = find_datetimes("Your interview is tomorrow (Thu 5 Jun) at 10:00 BST.", WEDNESDAY)
    # then the bracketed date carries the time
    timed = [m for m in mentions if m.at is not None]
    assert [(m.day, m.at) for m in timed] == [(date(2025, 6, 5), time(10, 0))]


@pytest.mark.parametrize(
    ("phrase", "expected_day"),
    [
        ("please allow up to 10 business days", date(2025, 6, 18)),
        ("allow 2 weeks for a reply", date(2025, 6, 18)),
    ],
)
def test_allow_and_up_to_spans(phrase: str, expected_day: date) -> None:
    deadline = _deadline(phrase)
    assert deadline is not None
    assert deadline.date() == expected_day


def test_moving_between_two_weekdays_keeps_both_days_but_working_hours_do_not() -> None:
    # given a move between two days and a working-hours range on a Wednesday
    moved = find_dates("can we move our call from Tuesday to Thursday?", WEDNESDAY)
    hours = find_dates("we are open Monday to Friday", WEDNESDAY)
    # then the move has two dates and the opening hours none
    assert [m.day for m in moved] == [date(2025, 6, 10), date(2025, 6, 5)]
    assert hours == []


def test_a_bare_offset_stands_for_the_likeliest_named_zone_on_that_date() -> None:
    # given a mail dated with only an offset: -05:00 on 5 March (before the US clocks change)
    sent = datetime(2026, 3, 5, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    # when its zone is guessed
    zone = likely_zone(sent)
    # then it is New York's, so a date after the change gets the summer offset
    assert zone == ZoneInfo("America/New_York")
    assert datetime(2026, 3, 11, 13, 0, tzinfo=zone).utcoffset() == timedelta(hours=-4)
    # and a zone that already has a name is kept
    assert likely_zone(WEDNESDAY) is NEW_YORK


def test_zone_words_written_out_after_a_time() -> None:
    (mention,) = find_datetimes("Thursday, June 5 at 2:00 PM Pacific", WEDNESDAY)
    assert mention.at == time(14, 0)
    assert mention.zone == ZoneInfo("America/Los_Angeles")

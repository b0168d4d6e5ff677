"""Business days with public holidays: the user's country, defaulted from their time zone."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.business_days import (
    WEEKENDS_ONLY,
    ZONE_COUNTRY,
    BusinessCalendar,
    country_for_timezone,
    known_country,
    workdays_for,
)
from untilsigned.domain.model import Status
from untilsigned.domain.tracking.ghosting import GhostPolicy, business_days_after, waiting_for
from untilsigned.domain.understanding.dates import resolve_deadline

pytestmark = pytest.mark.unit

GERMANY = BusinessCalendar("DE")


def test_christmas_and_new_year_are_not_business_days_in_germany() -> None:
    # given a promise made on Tuesday 22 December 2026
    start = date(2026, 12, 22)

    # when five business days are counted, with and without Germany's holidays
    plain = WEEKENDS_ONLY.add_business_days(start, 5)
    german = GERMANY.add_business_days(start, 5)

    # then Christmas Day (a Friday) does not count in Germany, nor does New Year's Day
    assert plain == date(2026, 12, 29)
    assert german == date(2026, 12, 30)
    assert GERMANY.add_business_days(date(2026, 12, 30), 2) == date(2027, 1, 4)
    assert not GERMANY.is_business_day(date(2026, 12, 25))
    assert not GERMANY.is_business_day(date(2027, 1, 1))


def test_a_countrys_own_weekend_is_used() -> None:
    # Israel's weekend is Friday and Saturday: Sunday is a working day
    israel = BusinessCalendar("IL")
    assert israel.is_business_day(date(2026, 11, 29))  # a Sunday
    assert not israel.is_business_day(date(2026, 11, 27))  # a Friday


def test_an_unknown_country_falls_back_to_saturday_and_sunday() -> None:
    nowhere = BusinessCalendar("ZZ")
    assert nowhere.is_business_day(date(2026, 12, 25))
    assert not nowhere.is_business_day(date(2026, 12, 26))


@pytest.mark.parametrize(
    ("zone", "country"),
    [("Europe/Berlin", "DE"), ("America/New_York", "US"), ("Europe/London", "GB"), ("UTC", None)],
)
def test_the_country_defaults_from_the_time_zone(zone: str, country: str | None) -> None:
    assert country_for_timezone(zone) == country


def test_an_explicit_country_wins_over_the_time_zone() -> None:
    assert workdays_for("fr", "Europe/Berlin") == BusinessCalendar("FR")
    assert workdays_for(None, "Europe/Berlin") == BusinessCalendar("DE")
    assert workdays_for(None, "UTC") is WEEKENDS_ONLY


def test_every_default_country_is_known_to_the_holiday_tables() -> None:
    assert all(known_country(code) for code in set(ZONE_COUNTRY.values()))


def test_within_five_business_days_over_christmas_resolves_after_the_holidays() -> None:
    # given "within five business days" written in Berlin on 22 December
    said = datetime(2026, 12, 22, 10, tzinfo=ZoneInfo("Europe/Berlin"))
    clause = "We will get back to you within five business days."

    # when resolved with Germany's calendar, and without one
    german = resolve_deadline(clause, said, workdays=GERMANY)
    plain = resolve_deadline(clause, said)

    # then the German deadline skips the holidays
    assert plain is not None and plain.date() == date(2026, 12, 29)
    assert german is not None and german.date() == date(2026, 12, 30)


def test_the_ghosting_grace_counts_the_users_holidays() -> None:
    # given an employer who promised to reply by Thursday 24 December
    promised = datetime(2026, 12, 24, 23, 59, tzinfo=ZoneInfo("Europe/Berlin"))
    kwargs = {
        "last_contact": datetime(2026, 12, 10, tzinfo=UTC),
        "expect_reply_by": promised,
        "respond_by": None,
        "interview_at": None,
    }

    # when the wait is computed with and without Germany's holidays (one business day of grace)
    plain = waiting_for(Status.INTERVIEWING, policy=GhostPolicy(), **kwargs)  # type: ignore[arg-type]
    german = waiting_for(Status.INTERVIEWING, policy=GhostPolicy(workdays=GERMANY), **kwargs)  # type: ignore[arg-type]

    # then the grace day is Friday the 25th without holidays, and Monday the 28th in Germany
    assert plain is not None and plain.due.date() == date(2026, 12, 26)
    assert german is not None and german.due.date() == date(2026, 12, 29)
    assert business_days_after(promised, 1, GERMANY).date() == date(2026, 12, 28)


def test_weekends_only_never_imports_the_holiday_tables() -> None:
    # The ingest function's cold start must not grow: only a question about a country imports `holidays`.
    code = (
        "import sys, datetime\n"
        "from untilsigned.domain.business_days import WEEKENDS_ONLY, BusinessCalendar\n"
        "import untilsigned.domain.understanding.understand, untilsigned.domain.tracking.ghosting\n"
        "WEEKENDS_ONLY.add_business_days(datetime.date(2026, 12, 22), 5)\n"
        "assert 'holidays' not in sys.modules\n"
        "BusinessCalendar('DE').add_business_days(datetime.date(2026, 12, 22), 5)\n"
        "assert 'holidays' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)

"""Dates as mail clients print them in forward blocks and headers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from untilsigned.domain.mail.header_dates import parse_header_date, parse_loose_date

pytestmark = pytest.mark.unit

ENVELOPE = datetime(2026, 6, 8, 12, 0, tzinfo=timezone(timedelta(hours=-4)))
EDT = timezone(timedelta(hours=-4))


def at(hour: int, minute: int, zone: timezone, day: int = 8, month: int = 6, second: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, second, tzinfo=zone)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon, Jun 8, 2026 at 9:14 AM", at(9, 14, EDT)),
        ("Monday, June 8, 2026 9:14 PM", at(21, 14, EDT)),
        ("8 June 2026 at 09:14:00 CEST", at(9, 14, timezone(timedelta(hours=2)))),
        ("Jun 8, 2026, at 09:14", at(9, 14, EDT)),
        ("Mon, 8 Jun 2026 09:14:00 +0100", at(9, 14, timezone(timedelta(hours=1)))),
        ("Mo., 8. Juni 2026 um 09:14 Uhr", at(9, 14, EDT)),
        ("lundi 8 juin 2026 à 09:14", at(9, 14, EDT)),
        ("martes, 9 de junio de 2026 09:14:05 CET", at(9, 14, timezone(timedelta(hours=1)), day=9, second=5)),
        ("2026. június 8. 09:14:00 EEST", at(9, 14, timezone(timedelta(hours=3)))),
        ("8 июня 2026 г. в 09:14", at(9, 14, EDT)),
        ("8 czerwca 2026 o 09:14", at(9, 14, EDT)),
        ("maanantai 8. kesäkuuta 2026 klo 9.14", at(9, 14, EDT)),
        ("08/06/2026 09:14", at(9, 14, EDT)),
        ("06/08/2026 9:14 AM EDT", at(9, 14, EDT)),
        ("2026-06-08, at 09:14", at(9, 14, EDT)),
        ("2026年6月8日 9:14", at(9, 14, EDT)),
        ("8. Juni 2026 09:14:00 GMT+02:00", at(9, 14, timezone(timedelta(hours=2)))),
    ],
)
def test_loose_dates_in_many_layouts(text: str, expected: datetime) -> None:
    # when / then
    assert parse_loose_date(text, ENVELOPE) == expected


@pytest.mark.parametrize("text", ["", "soon", "next Tuesday", "32/13/2026", "Feb 30, 2026 10:00"])
def test_unreadable_dates_give_the_fallback(text: str) -> None:
    # when / then
    assert parse_loose_date(text, ENVELOPE) == ENVELOPE
    assert parse_loose_date(text, None) is None


def test_a_zoneless_date_without_fallback_is_utc() -> None:
    # when / then
    assert parse_loose_date("June 8, 2026 9:14", None) == datetime(2026, 6, 8, 9, 14, tzinfo=UTC)


def test_header_dates_are_aware_and_garbage_is_none() -> None:
    # when / then
    assert parse_header_date("Mon, 8 Jun 2026 09:14:00 -0000") == datetime(2026, 6, 8, 9, 14, tzinfo=UTC)
    assert parse_header_date("Mon, 8 Jun 2026 09:14:00") == datetime(2026, 6, 8, 9, 14, tzinfo=UTC)
    assert parse_header_date("Malformed Date.") is None
    assert parse_header_date(None) is None

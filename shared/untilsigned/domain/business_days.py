"""Business days: weekends and, when the user's country is known, its public holidays.

"Within five business days" written on 22 December means after Christmas, not on 29 December. The holiday
tables come from the `holidays` package, imported on the first business-day question about a country, so
that a function which never counts business days never pays for the import (ingest's cold start).

Pure: no clock reads; the holiday tables are data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

_SATURDAY_SUNDAY = frozenset({5, 6})

# Time zone -> country for the zones people commonly pick. A zone shared by several countries (UTC, Etc/*)
# or missing here gives no country: weekends only, until the user sets one.
ZONE_COUNTRY: dict[str, str] = {
    "Africa/Cairo": "EG",
    "Africa/Casablanca": "MA",
    "Africa/Johannesburg": "ZA",
    "Africa/Lagos": "NG",
    "Africa/Nairobi": "KE",
    "America/Argentina/Buenos_Aires": "AR",
    "America/Bogota": "CO",
    "America/Chicago": "US",
    "America/Denver": "US",
    "America/Edmonton": "CA",
    "America/Halifax": "CA",
    "America/Los_Angeles": "US",
    "America/Mexico_City": "MX",
    "America/New_York": "US",
    "America/Phoenix": "US",
    "America/Anchorage": "US",
    "America/Santiago": "CL",
    "America/Sao_Paulo": "BR",
    "America/Lima": "PE",
    "America/Toronto": "CA",
    "America/Vancouver": "CA",
    "America/Winnipeg": "CA",
    "Asia/Bangkok": "TH",
    "Asia/Dubai": "AE",
    "Asia/Ho_Chi_Minh": "VN",
    "Asia/Hong_Kong": "HK",
    "Asia/Jakarta": "ID",
    "Asia/Jerusalem": "IL",
    "Asia/Karachi": "PK",
    "Asia/Kolkata": "IN",
    "Asia/Calcutta": "IN",
    "Asia/Kuala_Lumpur": "MY",
    "Asia/Manila": "PH",
    "Asia/Riyadh": "SA",
    "Asia/Seoul": "KR",
    "Asia/Shanghai": "CN",
    "Asia/Singapore": "SG",
    "Asia/Taipei": "TW",
    "Asia/Tokyo": "JP",
    "Atlantic/Reykjavik": "IS",
    "Australia/Adelaide": "AU",
    "Australia/Brisbane": "AU",
    "Australia/Melbourne": "AU",
    "Australia/Perth": "AU",
    "Australia/Sydney": "AU",
    "Europe/Amsterdam": "NL",
    "Europe/Athens": "GR",
    "Europe/Belgrade": "RS",
    "Europe/Berlin": "DE",
    "Europe/Brussels": "BE",
    "Europe/Bucharest": "RO",
    "Europe/Budapest": "HU",
    "Europe/Copenhagen": "DK",
    "Europe/Dublin": "IE",
    "Europe/Helsinki": "FI",
    "Europe/Istanbul": "TR",
    "Europe/Kyiv": "UA",
    "Europe/Kiev": "UA",
    "Europe/Lisbon": "PT",
    "Europe/Ljubljana": "SI",
    "Europe/London": "GB",
    "Europe/Luxembourg": "LU",
    "Europe/Madrid": "ES",
    "Europe/Oslo": "NO",
    "Europe/Paris": "FR",
    "Europe/Prague": "CZ",
    "Europe/Riga": "LV",
    "Europe/Rome": "IT",
    "Europe/Sofia": "BG",
    "Europe/Stockholm": "SE",
    "Europe/Tallinn": "EE",
    "Europe/Vienna": "AT",
    "Europe/Vilnius": "LT",
    "Europe/Warsaw": "PL",
    "Europe/Zagreb": "HR",
    "Europe/Zurich": "CH",
    "Pacific/Auckland": "NZ",
}


def country_for_timezone(timezone: str) -> str | None:
    """The country an IANA zone belongs to, for the common zones; None when it names no single country."""
    return ZONE_COUNTRY.get(timezone)


def known_country(country: str) -> bool:
    """True when the holiday tables know this ISO 3166 alpha-2 code."""
    import holidays  # only registration asks this

    return country.upper() in holidays.list_supported_countries()


@dataclass(frozen=True)
class BusinessCalendar:
    """Which days count as business days: Monday to Friday, less the country's public holidays."""

    country: str | None = None

    def is_business_day(self, day: date) -> bool:
        if self.country is None:
            return day.weekday() not in _SATURDAY_SUNDAY
        weekend, closed = _country_days(self.country, day.year)
        return day.weekday() not in weekend and day not in closed

    def add_business_days(self, day: date, count: int) -> date:
        """`count` business days after `day` (the day itself never counts)."""
        current = day
        remaining = count
        while remaining > 0:
            current += timedelta(days=1)
            if self.is_business_day(current):
                remaining -= 1
        return current


WEEKENDS_ONLY = BusinessCalendar()


def workdays_for(country: str | None, timezone: str) -> BusinessCalendar:
    """The user's business days: their country's, else the one their time zone belongs to."""
    chosen = country or country_for_timezone(timezone)
    return BusinessCalendar(chosen.upper()) if chosen else WEEKENDS_ONLY


@cache
def _country_days(country: str, year: int) -> tuple[frozenset[int], frozenset[date]]:
    """The country's weekend days and its public holidays in `year`; unknown country: Saturday-Sunday only."""
    import holidays  # the first business-day question about a country pays for this import

    try:
        table = holidays.country_holidays(country.upper(), years=year)
    except NotImplementedError:
        return _SATURDAY_SUNDAY, frozenset()
    weekend = frozenset(getattr(table, "weekend", _SATURDAY_SUNDAY)) or _SATURDAY_SUNDAY
    return weekend, frozenset(table.keys())

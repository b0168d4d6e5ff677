"""Find and resolve the dates employers write: "by Friday", "within 5 business days", "June 9 at 2 PM EST".

Pure: the reference datetime (the email's own date, aware) is always passed in; nothing reads a clock.

Semantics (documented because ghosting depends on them):

- A date without a time resolves to the END of that day, 23:59 in the reference's zone (the email's own
  zone), so an employer who said "by Friday" is not late until Friday is over.
- A bare weekday ("by Friday", "on Monday") is the next occurrence strictly after the reference date.
  "this Friday" may be the reference day itself. "next Friday" is the Friday of the following
  calendar week (weeks start on Monday): on a Monday, "next Friday" is 11 days ahead, never 4.
- Ranges take the far end: "in 5-7 business days" is 7 business days; "early next week" is the
  Wednesday of next week; "next week" and "end of next week" are the Friday of next week;
  "next month" is the last day of next month; "mid-April" / "the middle of next month" is the 20th.
- "a fortnight" is 14 days.
- Business days skip Saturday and Sunday (no public holidays: we do not know the employer's calendar).
- Vague counts: "a couple of" = 2, "a few" = 3, "several" = 5. "soon", "shortly" and
  "in the coming weeks" are not dates.
- A month and day without a year takes the reference year, or the next year when that date is more
  than 31 days before the reference; when a weekday is given too, the year whose calendar matches wins.
- Numeric dates such as 05/07/2024 are day-first unless the first number cannot be a day-first
  reading (second number > 12) or the caller says month-first (``day_first=False``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from untilsigned.domain.business_days import WEEKENDS_ONLY, BusinessCalendar
from untilsigned.domain.text import LazyPattern

END_OF_DAY = time(23, 59)


_lazy = LazyPattern


WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "couple": 2,
    "a couple": 2,
    "a couple of": 2,
    "couple of": 2,
    "few": 3,
    "a few": 3,
    "several": 5,
}

# Abbreviations people write after a time. Regional names map to the region's zone so that
# "EST" written in July still means New York time, which is what the sender meant.
ZONE_NAMES: dict[str, str] = {
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "GMT": "Europe/London",
    "BST": "Europe/London",
    "UK": "Europe/London",
    "UTC": "UTC",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "CET": "Europe/Paris",
    "CEST": "Europe/Paris",
    "EET": "Europe/Helsinki",
    "EEST": "Europe/Helsinki",
    "IST": "Asia/Kolkata",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "ICT": "Asia/Ho_Chi_Minh",
    "WIB": "Asia/Jakarta",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "ACST": "Australia/Adelaide",
    "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
    "SAST": "Africa/Johannesburg",
    "BRT": "America/Sao_Paulo",
    "LONDON": "Europe/London",
    "DUBLIN": "Europe/Dublin",
    "LISBON": "Europe/Lisbon",
    "PARIS": "Europe/Paris",
    "BERLIN": "Europe/Berlin",
    "AMSTERDAM": "Europe/Amsterdam",
    "MADRID": "Europe/Madrid",
    "SINGAPORE": "Asia/Singapore",
    "SYDNEY": "Australia/Sydney",
    "CENTRAL EUROPEAN": "Europe/Paris",
    "CENTRAL EUROPEAN SUMMER": "Europe/Paris",
    "EASTERN EUROPEAN": "Europe/Helsinki",
    "EASTERN EUROPEAN SUMMER": "Europe/Helsinki",
    "WESTERN EUROPEAN": "Europe/Lisbon",
    "WESTERN EUROPEAN SUMMER": "Europe/Lisbon",
    "BRITISH SUMMER": "Europe/London",
    "EASTERN": "America/New_York",
    "CENTRAL": "America/Chicago",
    "MOUNTAIN": "America/Denver",
    "PACIFIC": "America/Los_Angeles",
}

# Fixed offsets used only if the zone database is missing from the runtime.
_FALLBACK_OFFSETS: dict[str, float] = {
    "America/New_York": -5,
    "America/Chicago": -6,
    "America/Denver": -7,
    "America/Los_Angeles": -8,
    "Europe/London": 0,
    "UTC": 0,
    "Europe/Lisbon": 0,
    "Europe/Paris": 1,
    "Europe/Berlin": 1,
    "Europe/Amsterdam": 1,
    "Europe/Madrid": 1,
    "Europe/Dublin": 0,
    "Europe/Helsinki": 2,
    "Asia/Kolkata": 5.5,
    "Asia/Singapore": 8,
    "Asia/Hong_Kong": 8,
    "Asia/Tokyo": 9,
    "Asia/Seoul": 9,
    "Asia/Ho_Chi_Minh": 7,
    "Asia/Jakarta": 7,
    "Australia/Sydney": 10,
    "Australia/Adelaide": 9.5,
    "Australia/Perth": 8,
    "Pacific/Auckland": 12,
    "Africa/Johannesburg": 2,
    "America/Sao_Paulo": -3,
}


def zone_for(abbreviation: str) -> tzinfo | None:
    """The zone meant by an abbreviation such as "EST", "CET" or "GMT+2"; None when unknown."""
    abbreviation = re.sub(r"(?<!\s)\s+TIME$", "", abbreviation.strip().upper())
    offset = re.fullmatch(r"(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", abbreviation)
    if offset:
        sign = 1 if offset.group(1) == "+" else -1
        minutes = int(offset.group(2)) * 60 + int(offset.group(3) or 0)
        return timezone(sign * timedelta(minutes=minutes))
    name = ZONE_NAMES.get(abbreviation)
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        return timezone(timedelta(hours=_FALLBACK_OFFSETS.get(name, 0)))


# Zones tried, in order, for a bare UTC offset seen on a given date: the most common zone with that offset.
_LIKELY_ZONES = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Halifax",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Paris",
    "Europe/Helsinki",
    "Europe/Moscow",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Dhaka",
    "Asia/Jakarta",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Brisbane",
    "Australia/Sydney",
    "Australia/Adelaide",
    "Pacific/Auckland",
    "Africa/Johannesburg",
    "Africa/Lagos",
)


@lru_cache(maxsize=1)
def _named_zones() -> tuple[ZoneInfo, ...]:
    """The candidate zones, loaded once (zoneinfo itself keeps only a few strongly cached)."""
    zones: list[ZoneInfo] = []
    for name in _LIKELY_ZONES:
        try:
            zones.append(ZoneInfo(name))
        except ZoneInfoNotFoundError:
            continue  # no zone database in this runtime: the bare offset stays
    return tuple(zones)


@lru_cache(maxsize=256)
def _zone_with_offset(offset: timedelta, hour: datetime) -> ZoneInfo | None:
    return next((zone for zone in _named_zones() if hour.astimezone(zone).utcoffset() == offset), None)


def likely_zone(moment: datetime) -> tzinfo | None:
    """The named zone a bare offset most likely stands for on that date ("-05:00" on 5 March: New York).

    A mail's Date header only carries an offset; an interview written "Wednesday, March 11 at 1:00 PM"
    after a daylight-saving change needs the zone itself. A zone that already has a name is kept."""
    zone = moment.tzinfo
    offset = moment.utcoffset()
    if zone is None or offset is None or isinstance(zone, ZoneInfo):
        return zone
    hour = moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)  # offsets change on the hour
    return _zone_with_offset(offset, hour) or zone


def end_of_day(day: date, zone: tzinfo) -> datetime:
    """23:59 on `day` in `zone`: the moment a date-only promise or deadline runs out."""
    return datetime.combine(day, END_OF_DAY, tzinfo=zone)


def add_business_days(day: date, count: int, workdays: BusinessCalendar = WEEKENDS_ONLY) -> date:
    """`count` working days after `day`, skipping weekends and, with a country's calendar, its holidays."""
    return workdays.add_business_days(day, count)


def weekday_after(day: date, weekday: int) -> date:
    """The next `weekday` strictly after `day` (1 to 7 days ahead)."""
    ahead = (weekday - day.weekday()) % 7
    return day + timedelta(days=ahead or 7)


def weekday_this(day: date, weekday: int) -> date:
    """`weekday` on or after `day` (0 to 6 days ahead): "this Friday"."""
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def weekday_next_week(day: date, weekday: int) -> date:
    """`weekday` in the calendar week after the one holding `day`: "next Friday"."""
    monday_next = day - timedelta(days=day.weekday()) + timedelta(days=7)
    return monday_next + timedelta(days=weekday)


def last_day_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def infer_year(month: int, day: int, reference: date, weekday: int | None = None) -> date | None:
    """The dated day meant by "June 9" (or "Tuesday, June 9") written on `reference`."""
    candidates: list[date] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if weekday is not None:
        matching = [c for c in candidates if c.weekday() == weekday]
        if matching:
            return min(matching, key=lambda c: abs((c - reference).days))
    this_year = [c for c in candidates if c.year == reference.year]
    if this_year:
        chosen = this_year[0]
        if (reference - chosen).days > 31:
            following = [c for c in candidates if c.year == reference.year + 1]
            return following[0] if following else chosen
        return chosen
    return min(candidates, key=lambda c: abs((c - reference).days))


@dataclass(frozen=True)
class DateMention:
    """A date (and maybe a time) found in text, already resolved against the reference."""

    start: int  # span in the searched text
    end: int
    day: date
    at: time | None  # the time of day when one was written next to the date
    zone: tzinfo | None  # the zone written next to the time, if any
    text: str

    def resolve(self, default_zone: tzinfo) -> datetime:
        """An aware datetime: the written time, else the end of the day (23:59)."""
        zone = self.zone or default_zone
        if self.at is None:
            return end_of_day(self.day, zone)
        return datetime.combine(self.day, self.at, tzinfo=zone)


# --- patterns ---------------------------------------------------------------------------------

_WD = (
    r"(?P<wd>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?)"
)
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_NUM = r"(?:\d{1,3}|a couple of|a couple|couple of|a few|few|several|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)"  # noqa: E501
_ZONE = (
    r"(?-i:(?P<zone>(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|"
    r"BST|UTC|"
    r"WET|WEST|CET|CEST|EET|EEST|IST|SGT|HKT|JST|KST|ICT|WIB|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|BRT|"
    # Places and regions written out: "2pm UK time", "14:00 London time", "10:00 Central European Time".
    r"(?:UK|London|Paris|Berlin|Amsterdam|Dublin|Lisbon|Madrid|Singapore|Sydney)\s+[Tt]ime|"
    r"(?:Central|Eastern|Western)\s+European(?:\s+(?:Summer\s+)?[Tt]ime)?|British\s+Summer\s+Time|"
    r"(?:Eastern|Central|Mountain|Pacific)(?:\s+Time)?))"
)

_MONTH_FIRST = _lazy(
    rf"\b(?:{_WD}\.?,?\s+)?(?:the\s+)?(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>20\d\d)\b)?",
    re.IGNORECASE,
)
_DAY_FIRST = _lazy(
    rf"\b(?:{_WD}\.?,?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-(?={_MONTH}-))"
    rf"(?P<month>{_MONTH})\b\.?(?:(?:,?\s+|-)(?P<year>20\d\d)\b)?",
    re.IGNORECASE,
)
_ISO = _lazy(r"\b(?P<year>20\d\d)-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b")
_NUMERIC = _lazy(
    rf"\b(?:{_WD}\.?,?\s+)?(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<year>20\d\d|[23]\d)\b", re.IGNORECASE
)
_END_OF_NAMED_MONTH = _lazy(
    r"\b(?:the\s+)?(?P<which>end|close|middle|mid|beginning|start|early|late)\s*(?:of\s+|"
    rf"-)?(?P<month>{_MONTH})\b",
    re.IGNORECASE,
)
_RELATIVE_DAY = _lazy(
    r"\b(?P<word>day after tomorrow|tomorrow|today|tonight|end of (?:the )?(?:business )?day|"
    r"close of business|eod|cob)\b",
    re.IGNORECASE,
)
_WEEKDAY = _lazy(rf"\b(?:(?P<mod>this|next|coming|following)\s+)?{_WD}\b(?!\s*-)", re.IGNORECASE)
_WEEK_MONTH = _lazy(
    r"\b(?:(?P<part>early|beginning|start|middle|mid|late|later|end|close)\s*(?:-|of\s+)?(?:the\s+)?)?"
    r"(?P<which>this|next|coming|following|the)\s+(?P<unit>week|month)\b(?P<after>\s+after\s+next)?",
    re.IGNORECASE,
)
_SPAN = _lazy(
    rf"\b(?:(?:with)?in|up\s+to|allow)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:up\s+to\s+)?(?P<n1>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?"
    r"\s+(?P<kind>business\s+|working\s+|calendar\s+)?(?P<unit>day|week|fortnight|month|hour)s?\b"
    rf"(?:\s+or\s+(?P<nor>{_NUM})\b)?"
    rf"|\b(?:over|during)\s+the\s+(?:next|coming)\s+(?P<n3>{_NUM})\s+(?P<kind2>business\s+|working\s+)?"
    r"(?P<unit2>day|week|fortnight|month)s?\b"
    rf"|\bnext\s+(?P<n4>{_NUM})\s+(?P<kind3>business\s+|working\s+)?(?P<unit3>day|week)s?\b"
    # "over the coming fortnight": one fortnight
    r"|\b(?:over|during|in|within)\s+the\s+(?:next|coming)\s+(?P<unit5>fortnight)\b"
    # "you have 7 days to complete it": a window the candidate is given, counted from the mail
    rf"|\b(?:have|get|given)\s+(?:up\s+to\s+)?(?P<n5>{_NUM})\s+(?P<kind4>business\s+|working\s+|calendar\s+)?"
    r"(?P<unit4>day|week|hour)s?\s+(?:to|in\s+which\s+to)\s+(?:complete|finish|submit|take|do|return|respond|"
    r"reply|accept|sign)\b",
    re.IGNORECASE,
)
# A time of day, maybe the start of a range whose zone or am/pm is written once at its end:
# "14:00 - 15:00 (BST)", "2-3pm EST", "10 AM to 6 PM IST".
_TIME = _lazy(
    r"(?<![\d:/.])(?P<hour>[01]?\d|2[0-3])(?:[:.h](?P<minute>[0-5]\d))?\s*"
    r"(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)?(?![\d/])"
    r"(?:\s*(?:-|–|—|to|until)\s*(?P<end_hour>[01]?\d|2[0-3])(?:[:.h](?P<end_minute>[0-5]\d))?\s*"
    r"(?P<end_ampm>a\.?\s?m\.?|p\.?\s?m\.?)?(?![\d/]))?"
    rf"(?:\s*\(?\s*{_ZONE}\b\)?)?",
    re.IGNORECASE,
)
_WITHIN_THE_WEEK = _lazy(r"\b(?:within|during|by the end of|before the end of)\s+the\s+week\b", re.IGNORECASE)
_WEEKDAY_RANGE = _lazy(
    rf"\b{_WD}\s*(?:-|–|to|through|thru|until)\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE
)
# "move our chat from Tuesday to Thursday" is a move between two days, not working hours
_MOVING = _lazy(
    r"\b(?:move|moving|moved|shift\w*|chang\w+|switch\w*|push\w*|bring|reschedul\w*)\b", re.IGNORECASE
)
_NOON = _lazy(r"\b(?P<word>noon|midday|midnight)\b", re.IGNORECASE)
# "on the 12th": the next 12th of a month, on or after the reference day
_ORDINAL_DAY = _lazy(
    r"\bthe\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z]{3})", re.IGNORECASE
)


def _number(word: str) -> int | None:
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _weekday_index(name: str | None) -> int | None:
    if not name:
        return None
    return WEEKDAYS.get(name.lower().rstrip("."))


def _two_digit_year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _friday_of_week(day: date) -> date:
    return day - timedelta(days=day.weekday()) + timedelta(days=4)


def _week_month_day(part: str | None, which: str, unit: str, after_next: bool, ref: date) -> date | None:
    which = which.lower()
    part = (part or "").lower()
    shift = 0 if which in ("this", "the") else 1
    if after_next:
        shift = 2
    if which == "the" and not part:
        return None  # "the week" alone is not a date
    if unit.lower() == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * shift)
        if part in ("early", "beginning", "start"):
            day = monday + timedelta(days=2)
        elif part in ("middle", "mid"):
            day = monday + timedelta(days=3)
        else:  # "late", "end", plain "next week": the working week's far end
            day = monday + timedelta(days=4)
        if day < ref:  # "end of the week" said on a Saturday means the coming Friday
            day += timedelta(days=7)
        return day
    year, month = _add_months(ref.year, ref.month, shift)
    if part in ("early", "beginning", "start"):
        return date(year, month, 10)
    if part in ("middle", "mid"):
        return date(year, month, 20)
    return last_day_of_month(year, month)


def _span_day(
    count: int, unit: str, business: bool, reference: datetime, workdays: BusinessCalendar = WEEKENDS_ONLY
) -> date:
    unit = unit.lower()
    ref = reference.date()
    if unit == "hour":
        return (reference + timedelta(hours=count)).date()
    if unit in ("week", "fortnight"):
        return ref + timedelta(days=(14 if unit == "fortnight" else 7) * count)
    if unit == "month":
        year, month = _add_months(ref.year, ref.month, count)
        return date(year, month, min(ref.day, calendar.monthrange(year, month)[1]))
    if business:
        return add_business_days(ref, count, workdays)
    return ref + timedelta(days=count)


def _meridiem(text: str | None) -> str:
    return (text or "").lower().replace(".", "").replace(" ", "")


def _parse_time(match: re.Match[str]) -> tuple[time, tzinfo | None] | None:
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    ampm = _meridiem(match.group("ampm"))
    end_ampm = _meridiem(match.group("end_ampm"))
    zone_text = match.group("zone")
    if not ampm and end_ampm:
        # "2-3pm" is 14:00; "11-1pm" starts in the morning
        end_hour = int(match.group("end_hour"))
        ampm = "am" if end_ampm == "pm" and hour % 12 > end_hour % 12 else end_ampm
    if not ampm and match.group("minute") is None:
        return None  # a bare number is not a time
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    elif not ampm and 1 <= hour <= 7 and not match.group("hour").startswith("0"):
        hour += 12  # "4:00 CT" for a meeting means the afternoon
    if hour > 23:
        return None
    return time(hour, minute), (zone_for(zone_text) if zone_text else None)


def find_times(text: str) -> list[tuple[int, int, time, tzinfo | None]]:
    """Times of day in `text`: (start, end, time, zone or None)."""
    found: list[tuple[int, int, time, tzinfo | None]] = []
    for match in _TIME.get().finditer(text):
        parsed = _parse_time(match)
        if parsed is not None:
            found.append((match.start(), match.end(), parsed[0], parsed[1]))
    for match in _NOON.get().finditer(text):
        word = match.group("word").lower()
        # "by Sunday at midnight" is the end of Sunday, not its first minute
        found.append((match.start(), match.end(), END_OF_DAY if word == "midnight" else time(12, 0), None))
    found.sort(key=lambda item: item[0])
    return found


def find_dates(
    text: str, reference: datetime, *, day_first: bool = True, workdays: BusinessCalendar = WEEKENDS_ONLY
) -> list[DateMention]:
    """Every date in `text`, resolved against `reference`, without times; left to right, no overlaps.

    Spans in business days ("within 5 business days") skip the weekends and holidays of `workdays`."""
    ref = reference.date()
    candidates: list[tuple[int, int, date]] = []

    def add(match: re.Match[str], day: date | None) -> None:
        if day is not None:
            candidates.append((match.start(), match.end(), day))

    for match in _ISO.get().finditer(text):
        add(match, _safe_date(int(match.group("year")), int(match.group("month")), int(match.group("day"))))
    for match in _NUMERIC.get().finditer(text):
        first, second = int(match.group("a")), int(match.group("b"))
        year = _two_digit_year(match.group("year"))
        if second > 12 or (not day_first and first <= 12):
            month, day_number = first, second
        else:
            day_number, month = first, second
        add(match, _safe_date(year, month, day_number))
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        for match in pattern.get().finditer(text):
            month = MONTHS[match.group("month").lower().rstrip(".")]
            day_number = int(match.group("day"))
            modal_may = match.group("month") == "may" and not match.group("wd") and pattern is _MONTH_FIRST
            if modal_may:
                continue  # "you may 2..." is the verb; the month is written "May"
            weekday = _weekday_index(match.group("wd"))
            if match.group("year"):
                add(match, _safe_date(int(match.group("year")), month, day_number))
            else:
                add(match, infer_year(month, day_number, ref, weekday))
    for match in _END_OF_NAMED_MONTH.get().finditer(text):
        month = MONTHS[match.group("month").lower()]
        year = ref.year if month >= ref.month or ref.month - month <= 1 else ref.year + 1
        which = match.group("which").lower()
        if which in ("beginning", "start", "early"):
            add(match, date(year, month, 10))
        elif which in ("middle", "mid"):
            add(match, date(year, month, 20))
        else:
            add(match, last_day_of_month(year, month))
    for match in _ORDINAL_DAY.get().finditer(text):
        add(match, _next_day_of_month(int(match.group("day")), ref))
    for match in _RELATIVE_DAY.get().finditer(text):
        word = match.group("word").lower()
        if word == "tomorrow":
            add(match, ref + timedelta(days=1))
        elif word == "day after tomorrow":
            add(match, ref + timedelta(days=2))
        else:
            add(match, ref)
    for match in _WEEK_MONTH.get().finditer(text):
        add(
            match,
            _week_month_day(
                match.group("part"),
                match.group("which"),
                match.group("unit"),
                bool(match.group("after")),
                ref,
            ),
        )
    for match in _SPAN.get().finditer(text):
        counts = [
            _number(match.group(name)) or 0
            for name in ("n1", "n2", "n3", "n4", "n5", "nor")
            if match.group(name) is not None
        ]
        unit = (
            match.group("unit")
            or match.group("unit2")
            or match.group("unit3")
            or match.group("unit4")
            or match.group("unit5")
        )
        kind = (
            match.group("kind") or match.group("kind2") or match.group("kind3") or match.group("kind4") or ""
        )
        count = max(counts, default=1 if match.group("unit5") else 0)  # ranges: far end ("5-7 days")
        if count <= 0 or count > 400:
            continue
        business = kind.strip().lower() in ("business", "working")
        add(match, _span_day(count, unit, business, reference, workdays))
    for match in _WITHIN_THE_WEEK.get().finditer(text):
        add(match, _week_month_day("end", "this", "week", False, ref))
    ranges = [
        (m.start(), m.end())
        for m in _WEEKDAY_RANGE.get().finditer(text)
        if not _MOVING.get().search(text[max(0, m.start() - 40) : m.start()])
    ]
    for match in _WEEKDAY.get().finditer(text):
        if any(start <= match.start() < end for start, end in ranges):
            continue  # "Monday to Friday" describes working hours, not a date
        weekday = _weekday_index(match.group("wd"))
        if weekday is None or (len(match.group("wd")) <= 3 and not match.group("wd")[0].isupper()):
            continue  # "sat", "wed" in running text are words, not days
        modifier = (match.group("mod") or "").lower()
        if modifier == "this":
            add(match, weekday_this(ref, weekday))
        elif modifier in ("next", "following"):
            add(match, weekday_next_week(ref, weekday))
        else:
            add(match, weekday_after(ref, weekday))

    # Longest match wins where spans overlap ("Tuesday, June 9" beats "Tuesday").
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: list[tuple[int, int, date]] = []
    for start, end, day in sorted(candidates, key=lambda c: -(c[1] - c[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, day))
    chosen.sort()
    return [DateMention(s, e, d, None, None, text[s:e]) for s, e, d in chosen]


def _next_day_of_month(day_number: int, reference: date) -> date | None:
    """The first date on or after `reference` that falls on `day_number` of its month."""
    year, month = reference.year, reference.month
    for _ in range(3):
        candidate = _safe_date(year, month, day_number)
        if candidate is not None and candidate >= reference:
            return candidate
        year, month = _add_months(year, month, 1)
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_LABELLED_TIME_GAP = _lazy(
    r"^[\s,;:\-–—|()·•]*(?:at|@|from|,|-|–|time:?|starting at|begins at)?[\s:]*$", re.I
)


def find_datetimes(
    text: str, reference: datetime, *, day_first: bool = True, workdays: BusinessCalendar = WEEKENDS_ONLY
) -> list[DateMention]:
    """Dates with the time written beside them ("Tuesday, June 9 at 2:00 PM EST", "tomorrow at 10am",
    "Date: 19 March / Time: 11:00 AM ET"). Dates without a nearby time keep `at=None`."""
    dates = find_dates(text, reference, day_first=day_first, workdays=workdays)
    times = find_times(text)
    used: set[int] = set()
    result: list[DateMention] = []
    for mention in dates:
        paired: tuple[int, int, time, tzinfo | None] | None = None
        for index, (t_start, t_end, at, zone) in enumerate(times):
            if index in used:
                continue
            if t_start >= mention.end:
                gap = text[mention.end : t_start]
                if len(gap) <= 12 and _LABELLED_TIME_GAP.get().match(gap):
                    paired = (index, t_end, at, zone)
                    break
                if "\n" in gap and len(gap) <= 40 and re.search(r"time\s*:?\s*$", gap, re.I):
                    paired = (index, t_end, at, zone)
                    break
            elif t_end <= mention.start:
                gap = text[t_end : mention.start]
                if len(gap) <= 40 and re.fullmatch(
                    r"(?:\s*[-–][^\n()]{0,30}\))?[\s,]*(?:on|,)?[\s,]*", gap, re.I
                ):
                    paired = (index, t_end, at, zone)
                    break
        if paired is None:
            result.append(mention)
            continue
        index, t_end, at, zone = paired
        used.add(index)
        end = max(mention.end, t_end)
        start = min(mention.start, times[index][0])
        result.append(DateMention(start, end, mention.day, at, zone, text[start:end]))
    return result


def resolve_deadline(
    text: str, reference: datetime, *, day_first: bool = True, workdays: BusinessCalendar = WEEKENDS_ONLY
) -> datetime | None:
    """The latest date written in `text` (a phrase or sentence), as an aware datetime; None if none."""
    mentions = find_datetimes(text, reference, day_first=day_first, workdays=workdays)
    if not mentions:
        return None
    zone = reference.tzinfo or UTC
    return max(m.resolve(zone) for m in mentions)

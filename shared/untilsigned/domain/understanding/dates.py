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

Languages: the words are data (`rules/<code>.py`, DATES), and a mail is read with its own language's
words and English's. The forms other languages add resolve like their English counterparts: "bis Freitag",
"d'ici vendredi", "antes del viernes", "vóór vrijdag", "até sexta-feira", "entro venerdì" are that weekday;
"nächste Woche", "la semaine prochaine", "la semana que viene", "volgende week", "na próxima semana", "la
prossima settimana" are the Friday of the following week; "vendredi prochain" is the Friday of the following
week; "quinze jours" is 14 days; "KW 48" is the Friday of ISO week 48; numeric dates in those languages are
always day first ("12.03.2026", "12/03/2026", "12-03-2026", "bis zum 14.01."); times are on a 24-hour
clock ("um 3:30 Uhr" is early morning).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from untilsigned.domain.business_days import WEEKENDS_ONLY, BusinessCalendar
from untilsigned.domain.rules import date_source, words_for
from untilsigned.domain.text import LazyPattern

if TYPE_CHECKING:  # the words' types load with the first mail's words
    from untilsigned.domain.rules.words import DateWords

END_OF_DAY = time(23, 59)


_lazy = LazyPattern


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
# The words of dates are data, one table per language (`rules/<code>.py`, DATES): a mail is read with its
# own language's table and English's. What stays here knows no language: ISO dates, clock times, zones.

_ZONE = (
    r"(?-i:(?P<zone>(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|"
    r"BST|UTC|"
    r"WET|WEST|CET|CEST|EET|EEST|IST|SGT|HKT|JST|KST|ICT|WIB|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|BRT|"
    # Places and regions written out: "2pm UK time", "14:00 London time", "10:00 Central European Time".
    r"(?:UK|London|Paris|Berlin|Amsterdam|Dublin|Lisbon|Madrid|Singapore|Sydney)\s+[Tt]ime|"
    r"(?:Central|Eastern|Western)\s+European(?:\s+(?:Summer\s+)?[Tt]ime)?|British\s+Summer\s+Time|"
    r"(?:Eastern|Central|Mountain|Pacific)(?:\s+Time)?))"
)

_ISO = _lazy(r"\b(?P<year>20\d\d)-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b")
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


class _DateTable:
    """One language's date words with its role patterns, compiled on first use."""

    def __init__(self, words: DateWords) -> None:
        self.words = words
        self._patterns = {
            role: _lazy(date_source(source, words), re.IGNORECASE)
            for role, source in words.patterns.items()
            if role not in _FRAGMENTS
        }

    def pattern(self, role: str) -> LazyPattern | None:
        return self._patterns.get(role)

    def meaning(self, word: str | None) -> str:
        """A matched word in the reader's terms ("nächste" -> "next"); English words mean themselves."""
        lowered = " ".join((word or "").lower().split())
        return self.words.aliases.get(lowered, lowered)

    def weekday(self, name: str | None) -> int | None:
        if not name:
            return None
        return self.words.weekdays.get(name.lower().rstrip("."))

    def month(self, name: str) -> int | None:
        return self.words.months.get(name.lower().rstrip("."))

    def number(self, word: str) -> int | None:
        word = " ".join(word.lower().split())
        if word.isdigit():
            return int(word)
        return self.words.numbers.get(word)

    def fragment(self, role: str) -> str | None:
        return self.words.patterns.get(role)


# Roles that are pieces of other patterns, not patterns of their own.
_FRAGMENTS = frozenset({"wd", "month", "num", "time_gap", "time_gap_before", "time_label"})


@lru_cache(maxsize=16)
def _table(language: str) -> _DateTable | None:
    words = words_for(language)[0]
    return _DateTable(words) if words.patterns or words.weekdays else None


@lru_cache(maxsize=16)
def date_tables(language: str = "en") -> tuple[_DateTable, ...]:
    """The tables a mail in `language` is read with: its own first, then English's."""
    tables = [_table(code) for code in dict.fromkeys((language, "en"))]
    return tuple(table for table in tables if table is not None)


@lru_cache(maxsize=16)
def _labelled_time_gaps(language: str) -> tuple[LazyPattern, LazyPattern, LazyPattern]:
    """(date-to-time gap, time-to-date gap, label line) for the languages a mail is read with."""
    tables = date_tables(language)

    def words(role: str) -> str:
        return "|".join(f"(?:{t.fragment(role)})" for t in tables if t.fragment(role)) or "(?!x)x"

    return (
        _lazy(rf"^[\s,;:\-–—|()·•]*(?:{words('time_gap')})?[\s:]*$", re.I),
        _lazy(rf"(?:\s*[-–][^\n()]{{0,30}}\))?[\s,]*(?:{words('time_gap_before')}|,)?[\s,]*", re.I),
        _lazy(rf"(?:{words('time_label')})\s*:?\s*$", re.I),
    )


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


def _parse_time(match: re.Match[str], twelve_hour_clock: bool = True) -> tuple[time, tzinfo | None] | None:
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    groups = match.re.groupindex
    ampm = _meridiem(match.group("ampm")) if "ampm" in groups else ""
    end_ampm = _meridiem(match.group("end_ampm")) if "end_ampm" in groups else ""
    zone_text = match.group("zone") if "zone" in groups else None
    if not ampm and end_ampm:
        # "2-3pm" is 14:00; "11-1pm" starts in the morning
        end_hour = int(match.group("end_hour"))
        ampm = "am" if end_ampm == "pm" and hour % 12 > end_hour % 12 else end_ampm
    if not ampm and match.group("minute") is None and "unit" not in groups:
        return None  # a bare number is not a time ("14 Uhr" names its unit)
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    elif twelve_hour_clock and not ampm and 1 <= hour <= 7 and not match.group("hour").startswith("0"):
        hour += 12  # "4:00 CT" for a meeting means the afternoon
    if hour > 23:
        return None
    return time(hour, minute), (zone_for(zone_text) if zone_text else None)


def find_times(text: str, language: str = "en") -> list[tuple[int, int, time, tzinfo | None]]:
    """Times of day in `text`: (start, end, time, zone or None). A 24-hour language reads "4:00" as 4 am."""
    tables = date_tables(language)
    twelve_hour_clock = tables[0].words.twelve_hour_clock if tables else True
    found: list[tuple[int, int, time, tzinfo | None]] = []
    taken: list[tuple[int, int]] = []
    for table in tables:
        time_word = table.pattern("time_word")
        if time_word is None:
            continue
        for match in time_word.get().finditer(text):
            parsed = _parse_time(match, twelve_hour_clock)
            if parsed is not None and not _overlaps(match.start(), match.end(), taken):
                found.append((match.start(), match.end(), parsed[0], parsed[1]))
                taken.append((match.start(), match.end()))
    for match in _TIME.get().finditer(text):
        parsed = _parse_time(match, twelve_hour_clock)
        if parsed is not None and not _overlaps(match.start(), match.end(), taken):
            found.append((match.start(), match.end(), parsed[0], parsed[1]))
    for table in tables:
        noon = table.pattern("noon")
        if noon is None:
            continue
        for match in noon.get().finditer(text):
            word = table.meaning(match.group("word"))
            # "by Sunday at midnight" is the end of Sunday, not its first minute
            found.append(
                (match.start(), match.end(), END_OF_DAY if word == "midnight" else time(12, 0), None)
            )
    found.sort(key=lambda item: item[0])
    return found


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def find_dates(
    text: str,
    reference: datetime,
    *,
    day_first: bool = True,
    workdays: BusinessCalendar = WEEKENDS_ONLY,
    language: str = "en",
) -> list[DateMention]:
    """Every date in `text`, resolved against `reference`, without times; left to right, no overlaps.

    Read with the date words of `language` and of English. Spans in business days ("within 5 business
    days") skip the weekends and holidays of `workdays`."""
    candidates: list[tuple[int, int, date]] = []

    def add(match: re.Match[str], day: date | None) -> None:
        if day is not None:
            candidates.append((match.start(), match.end(), day))

    for match in _ISO.get().finditer(text):
        add(match, _safe_date(int(match.group("year")), int(match.group("month")), int(match.group("day"))))
    for table in date_tables(language):
        _find_in_table(table, text, reference, day_first, workdays, add)

    # Longest match wins where spans overlap ("Tuesday, June 9" beats "Tuesday").
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: list[tuple[int, int, date]] = []
    for start, end, day in sorted(candidates, key=lambda c: -(c[1] - c[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, day))
    chosen.sort()
    return [DateMention(s, e, d, None, None, text[s:e]) for s, e, d in chosen]


def _matches(table: _DateTable, role: str, text: str) -> Iterator[re.Match[str]]:
    pattern = table.pattern(role)
    return pattern.get().finditer(text) if pattern is not None else iter(())


def _group(match: re.Match[str], *names: str) -> str | None:
    """The first of `names` that the pattern has and that matched."""
    groups = match.re.groupindex
    return next((match.group(name) for name in names if name in groups and match.group(name)), None)


def _find_in_table(
    table: _DateTable,
    text: str,
    reference: datetime,
    day_first: bool,
    workdays: BusinessCalendar,
    add: Callable[[re.Match[str], date | None], None],
) -> None:
    ref = reference.date()
    table_day_first = day_first or table.words.numeric_day_first
    for match in _matches(table, "numeric", text):
        first, second = int(match.group("a")), int(match.group("b"))
        if second > 12 or (not table_day_first and first <= 12):
            month, day_number = first, second
        else:
            day_number, month = first, second
        written_year = _group(match, "year")
        if written_year is None:  # "bis zum 14.01.": the 14 January nearest the mail
            add(match, infer_year(month, day_number, ref) if 1 <= month <= 12 else None)
        else:
            add(match, _safe_date(_two_digit_year(written_year), month, day_number))
    for role in ("month_first", "day_first"):
        for match in _matches(table, role, text):
            month_number = table.month(match.group("month"))
            if month_number is None:
                continue
            day_number = int(match.group("day"))
            modal = (
                match.group("month") in table.words.modal_months
                and not _group(match, "wd")
                and role == "month_first"
            )
            if modal:
                continue  # "you may 2..." is the verb; the month is written "May"
            weekday = table.weekday(_group(match, "wd"))
            if _group(match, "year"):
                add(match, _safe_date(int(match.group("year")), month_number, day_number))
            else:
                add(match, infer_year(month_number, day_number, ref, weekday))
    for match in _matches(table, "end_of_named_month", text):
        month_number = table.month(match.group("month"))
        if month_number is None:
            continue
        year = ref.year if month_number >= ref.month or ref.month - month_number <= 1 else ref.year + 1
        which = table.meaning(match.group("which"))
        if which in ("beginning", "start", "early"):
            add(match, date(year, month_number, 10))
        elif which in ("middle", "mid"):
            add(match, date(year, month_number, 20))
        else:
            add(match, last_day_of_month(year, month_number))
    for match in _matches(table, "ordinal_day", text):
        add(match, _next_day_of_month(int(match.group("day")), ref))
    for match in _matches(table, "relative_day", text):
        word = table.meaning(match.group("word"))
        if word == "tomorrow":
            add(match, ref + timedelta(days=1))
        elif word == "day after tomorrow":
            add(match, ref + timedelta(days=2))
        else:
            add(match, ref)
    for match in _matches(table, "week_month", text):
        add(
            match,
            _week_month_day(
                table.meaning(_group(match, "part")),
                table.meaning(_group(match, "which2", "which3", "which")),  # "la semaine prochaine"
                table.meaning(_group(match, "unit")),
                bool(_group(match, "after")),
                ref,
            ),
        )
    for match in _matches(table, "iso_week", text):
        add(match, _iso_week_friday(int(match.group("week")), ref))
    for match in _matches(table, "span", text):
        counts = [
            table.number(value) or 0
            for value in (_group(match, name) for name in ("n1", "n2", "n3", "n4", "n5", "nor"))
            if value is not None
        ]
        unit5 = _group(match, "unit5")
        unit = table.meaning(_group(match, "unit", "unit2", "unit3", "unit4") or unit5)
        kind = table.meaning(_group(match, "kind", "kind2", "kind3", "kind4"))
        count = max(counts, default=1 if unit5 else 0)  # ranges: far end ("5-7 days")
        if count <= 0 or count > 400:
            continue
        business = kind in ("business", "working")
        add(match, _span_day(count, unit, business, reference, workdays))
    for match in _matches(table, "within_the_week", text):
        add(match, _week_month_day("end", "this", "week", False, ref))
    moving = table.pattern("moving")
    ranges = [
        (m.start(), m.end())
        for m in _matches(table, "weekday_range", text)
        if moving is None or not moving.get().search(text[max(0, m.start() - 40) : m.start()])
    ]
    for match in _matches(table, "weekday", text):
        if any(start <= match.start() < end for start, end in ranges):
            continue  # "Monday to Friday" describes working hours, not a date
        written = match.group("wd")
        weekday = table.weekday(written)
        if weekday is None or (len(written) <= 3 and not written[0].isupper()):
            continue  # "sat", "wed" in running text are words, not days
        modifier = table.meaning(_group(match, "mod", "mod2"))
        if modifier == "this":
            add(match, weekday_this(ref, weekday))
        elif modifier in ("next", "following"):
            add(match, weekday_next_week(ref, weekday))
        else:
            add(match, weekday_after(ref, weekday))


def _iso_week_friday(week: int, reference: date) -> date | None:
    """The Friday of ISO week `week`: this ISO year's, or next year's once this year's is long past."""
    for year in (reference.isocalendar()[0], reference.isocalendar()[0] + 1):
        try:
            friday = date.fromisocalendar(year, week, 5)
        except ValueError:
            return None
        if (reference - friday).days <= 31:
            return friday
    return None


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


def find_datetimes(
    text: str,
    reference: datetime,
    *,
    day_first: bool = True,
    workdays: BusinessCalendar = WEEKENDS_ONLY,
    language: str = "en",
) -> list[DateMention]:
    """Dates with the time written beside them ("Tuesday, June 9 at 2:00 PM EST", "tomorrow at 10am",
    "Date: 19 March / Time: 11:00 AM ET"). Dates without a nearby time keep `at=None`."""
    dates = find_dates(text, reference, day_first=day_first, workdays=workdays, language=language)
    times = find_times(text, language)
    gap_after, gap_before, label = _labelled_time_gaps(language)
    used: set[int] = set()
    result: list[DateMention] = []
    for mention in dates:
        paired: tuple[int, int, time, tzinfo | None] | None = None
        for index, (t_start, t_end, at, zone) in enumerate(times):
            if index in used:
                continue
            if t_start >= mention.end:
                gap = text[mention.end : t_start]
                if len(gap) <= 12 and gap_after.get().match(gap):
                    paired = (index, t_end, at, zone)
                    break
                if "\n" in gap and len(gap) <= 40 and label.get().search(gap):
                    paired = (index, t_end, at, zone)
                    break
            elif t_end <= mention.start:
                gap = text[t_end : mention.start]
                if len(gap) <= 40 and gap_before.get().fullmatch(gap):
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
    text: str,
    reference: datetime,
    *,
    day_first: bool = True,
    workdays: BusinessCalendar = WEEKENDS_ONLY,
    language: str = "en",
) -> datetime | None:
    """The latest date written in `text` (a phrase or sentence), as an aware datetime; None if none."""
    mentions = find_datetimes(text, reference, day_first=day_first, workdays=workdays, language=language)
    if not mentions:
        return None
    zone = reference.tzinfo or UTC
    return max(m.resolve(zone) for m in mentions)

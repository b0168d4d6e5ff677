"""Dates as mail clients write them: RFC 2822 headers and the localized lines of forward blocks.

`parse_loose_date` reads "Mon, Jun 8, 2026 at 9:14 AM", "Monday, June 8, 2026 9:14 AM",
"8 June 2026 at 09:14:00 CEST", "Jun 8, 2026, at 09:14", "Mi., 27. Okt. 2021 um 09:31 Uhr",
"2021. október 26. 14:25:08 EEST", "27/10/2021 12:46", "2022年9月19日 17:55" and the like.
A zone it cannot see is taken from the fallback (the envelope date); a string it cannot read
gives the fallback itself.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

_MAX_DATE_CHARS = 200

# Month stems per language; the longest stem that starts a word wins ("marraskuuta" is
# November, not "mar"). Where two languages disagree (Croatian "listopad" is October, Czech
# and Polish "listopad" November) the more widely used reading is kept.
_MONTH_STEMS: dict[str, int] = {}
for _month, _stems in enumerate(
    (
        "jan janv jän ene gen ian sty led tammi sij oca jaan янв січ",
        "feb févr fév fev febr lut úno uno helmi velj şub sub veebr фев лют",
        "mar mär märz maa márc marc bře bre maalis ožu ozu märts мар бер",
        "apr avr abr ápr kwi dub huhti tra nis кві апр",
        "may mai mag mei maj máj kvě kve touko svi мая май тра",
        "jun juin giu jún iun cze červen června cerven cervna kesä lip haz juuni июн чер",
        "jul juil lug júl iul lip červenec července červenc cervenec cervence heinä srp tem juuli июл лип",
        "aug août aout ago sie srp elo kol ağu agu авг сер",
        "sep sept set szept wrz zář zar syys ruj eyl сен вер",
        "oct okt ott out paź pazd říj rij loka lis eki окт жов",
        "nov noi lis marras stu kas ноя лис",
        "dec dez dic déc des gru pro joulu ara dets дек гру",
    ),
    start=1,
):
    for _stem in _stems.split():
        _MONTH_STEMS.setdefault(_stem, _month)
# Stems two languages share are pinned to the more widely used reading: "lip" July (Polish
# lipiec, not Croatian lipanj), "lis" November (Czech/Polish listopad), "srp" August (Czech srpen),
# Latin "tra" April (Croatian travanj; the Ukrainian May is Cyrillic "тра").
_MONTH_STEMS.update({"lip": 7, "lis": 11, "tra": 4, "srp": 8})
_STEMS_BY_LENGTH = sorted(_MONTH_STEMS, key=len, reverse=True)

# Abbreviated zones seen in forward blocks, as UTC offsets in minutes.
_ZONE_MINUTES = {
    "utc": 0, "gmt": 0, "z": 0, "ut": 0, "wet": 0, "bst": 60, "west": 60, "ist": 330,
    "cet": 60, "mez": 60, "seč": 60, "sec": 60, "cest": 120, "mesz": 120, "selč": 120,
    "eet": 120, "oez": 120, "eest": 180, "oesz": 180, "msk": 180, "trt": 180,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
    "jst": 540, "kst": 540, "sgt": 480, "hkt": 480, "awst": 480, "aest": 600, "aedt": 660,
    "nzst": 720, "nzdt": 780,
}  # fmt: skip

_OFFSET = re.compile(r"(?:\b(?:gmt|utc|ut)\s?)?([+-])(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE)
_ZONE_WORD = re.compile(r"\b([a-zA-Zč]{1,5})\b")
_MERIDIEM = re.compile(r"\d\s*[ap]\.?\s?m\b|午[前後]", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b(\d{1,4})\s?([./-])\s?(\d{1,2})\s?\2\s?(\d{2,4})\b")
_CJK_DATE = re.compile(r"(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日")
_TIME = re.compile(
    r"(?<![\d.:])(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?![\d.:]\d)\s*(a\.?\s?m\.?|p\.?\s?m\.?|午前|午後)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NUMBER = re.compile(r"\d{1,4}")


def parse_header_date(value: str | None) -> datetime | None:
    """An RFC 2822 Date header to an aware datetime (naive means UTC); None when unreadable."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value.strip()[:_MAX_DATE_CHARS])
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None or not 1970 <= parsed.year <= 2200:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _zone(text: str) -> tuple[tzinfo | None, str]:
    """The zone written in the text (offset or abbreviation) and the text without it."""
    for match in _OFFSET.finditer(text):
        # A bare "-2021" or the "-10-" of a date is not a zone: want a sign after a space or GMT.
        before = text[: match.start()]
        if not match.group(0)[:1].isalpha() and before and not before.endswith(" "):
            continue
        hours = int(match.group(2))
        minutes = int(match.group(3) or 0)
        if len(match.group(2)) == 1 and match.group(3) is None and not match.group(0)[:1].isalpha():
            continue
        if hours > 14 or minutes > 59:
            continue
        sign = -1 if match.group(1) == "-" else 1
        offset = timezone(sign * timedelta(hours=hours, minutes=minutes))
        return offset, text[: match.start()] + " " + text[match.end() :]
    for match in _ZONE_WORD.finditer(text):
        zone_minutes = _ZONE_MINUTES.get(match.group(1).lower())
        if zone_minutes is not None:
            zone = timezone(timedelta(minutes=zone_minutes))
            return zone, text[: match.start()] + " " + text[match.end() :]
    return None, text


def _month_of(word: str) -> int | None:
    word = word.lower()
    if len(word) < 3:
        return None
    for stem in _STEMS_BY_LENGTH:
        if word.startswith(stem):
            return _MONTH_STEMS[stem]
    return None


def _year(value: int) -> int:
    return value + 2000 if value < 70 else value + 1900 if value < 100 else value


def _day_month_year(text: str, us_order: bool) -> tuple[int, int, int] | None:
    cjk = _CJK_DATE.search(text)
    if cjk:
        return int(cjk.group(3)), int(cjk.group(2)), int(cjk.group(1))
    numeric = _NUMERIC_DATE.search(text)
    if numeric:
        first, second, third = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
        if len(numeric.group(1)) == 4:  # 2021-10-27
            return third, second, first
        year = _year(third)
        if first > 12:
            return first, second, year
        if second > 12 or us_order:
            return second, first, year
        return first, second, year
    month = None
    for match in _WORD.finditer(text):
        found = _month_of(match.group(0))
        if found is not None:
            # The last month-like word wins: weekdays ("mardi", "martes") come first.
            month = found
    if month is None:
        return None
    numbers = [(m.start(), m.group(0)) for m in _NUMBER.finditer(text)]
    years = [int(n) for _, n in numbers if len(n) == 4]
    if not years:
        return None
    year = years[0]
    days = [int(n) for pos, n in numbers if len(n) <= 2 and 1 <= int(n) <= 31]
    if not days:
        return None
    # "June 8, 2026" puts the day after the month, "8 June 2026" before; both work by taking
    # the first one- or two-digit number, which is the day in every layout we know of.
    return days[0], month, year


def parse_loose_date(text: str | None, fallback: datetime | None) -> datetime | None:
    """A date as any mail client prints it, aware; the fallback when it cannot be read.

    A date without a zone takes the fallback's zone (the envelope's offset), else UTC.
    """
    if not text:
        return fallback
    value = text.strip()[:_MAX_DATE_CHARS]
    # The RFC 2822 parser reads "Monday, June 8, 2026 7:09 PM" too, but drops the PM and
    # calls a zoneless date UTC: trust it only for real header-style dates with a zone.
    if not _MERIDIEM.search(value):
        try:
            strict = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            strict = None
        if strict is not None and strict.tzinfo is not None and 1970 <= strict.year <= 2200:
            return strict
    zone, rest = _zone(value)
    hour = minute = second = 0
    us_order = False
    time_match = _TIME.search(rest)
    if time_match:
        hour, minute = int(time_match.group(1)), int(time_match.group(2))
        second = int(time_match.group(3) or 0)
        meridiem = (time_match.group(4) or "").lower().replace(".", "").replace(" ", "")
        if meridiem in ("pm", "午後") and hour < 12:
            hour += 12
        elif meridiem in ("am", "午前") and hour == 12:
            hour = 0
        us_order = bool(meridiem)
        rest = rest[: time_match.start()] + " " + rest[time_match.end() :]
    found = _day_month_year(rest, us_order)
    if found is None:
        return fallback
    day, month, year = found
    if not 1970 <= year <= 2200:
        return fallback
    if zone is None:
        zone = fallback.tzinfo if fallback is not None and fallback.tzinfo is not None else UTC
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return fallback

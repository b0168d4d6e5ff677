"""Dates in German, French, Spanish, Dutch, Portuguese and Italian, resolved like their English forms."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.understanding.dates import find_datetimes, resolve_deadline

pytestmark = pytest.mark.unit

BERLIN = ZoneInfo("Europe/Berlin")
# A Wednesday morning: every relative phrase below counts from it.
WEDNESDAY = datetime(2026, 1, 7, 9, 0, tzinfo=BERLIN)
FRIDAY = date(2026, 1, 9)
NEXT_WEEK_FRIDAY = date(2026, 1, 16)
TWO_WEEKS = date(2026, 1, 21)


@pytest.mark.parametrize(
    ("language", "phrase", "day"),
    [
        # a bare weekday after "by": the next one after the mail's date
        ("de", "bis Freitag", FRIDAY),
        ("fr", "d'ici vendredi", FRIDAY),
        ("fr", "avant vendredi", FRIDAY),
        ("es", "antes del viernes", FRIDAY),
        ("nl", "vóór vrijdag", FRIDAY),
        ("pt", "até sexta-feira", FRIDAY),
        ("it", "entro venerdì", FRIDAY),
        # next week: its Friday
        ("de", "nächste Woche", NEXT_WEEK_FRIDAY),
        ("de", "Ende nächster Woche", NEXT_WEEK_FRIDAY),
        ("fr", "la semaine prochaine", NEXT_WEEK_FRIDAY),
        ("fr", "fin de la semaine prochaine", NEXT_WEEK_FRIDAY),
        ("es", "la semana que viene", NEXT_WEEK_FRIDAY),
        ("es", "la próxima semana", NEXT_WEEK_FRIDAY),
        ("nl", "volgende week", NEXT_WEEK_FRIDAY),
        ("nl", "eind volgende week", NEXT_WEEK_FRIDAY),
        ("pt", "na próxima semana", NEXT_WEEK_FRIDAY),
        ("pt", "a semana que vem", NEXT_WEEK_FRIDAY),
        ("it", "entro la prossima settimana", NEXT_WEEK_FRIDAY),
        # "vendredi prochain" is the Friday of the following week; "mercredi prochain" likewise
        ("fr", "vendredi prochain", NEXT_WEEK_FRIDAY),
        ("fr", "mercredi prochain", date(2026, 1, 14)),
        ("nl", "volgende week vrijdag", NEXT_WEEK_FRIDAY),
        # spans in whole weeks from the mail's date; "quinze jours" is two weeks
        ("de", "innerhalb von zwei Wochen", TWO_WEEKS),
        ("fr", "sous quinze jours", TWO_WEEKS),
        ("fr", "d'ici deux semaines", TWO_WEEKS),
        ("es", "en un plazo de dos semanas", TWO_WEEKS),
        ("nl", "binnen twee weken", TWO_WEEKS),
        ("pt", "nas próximas duas semanas", TWO_WEEKS),
        ("it", "entro due settimane", TWO_WEEKS),
        ("de", "innerhalb einer Woche", date(2026, 1, 14)),
        # business days skip the weekend
        ("de", "in 5 Werktagen", date(2026, 1, 14)),
        ("fr", "dans les 5 jours ouvrés", date(2026, 1, 14)),
        ("es", "en un plazo de 5 días hábiles", date(2026, 1, 14)),
        ("nl", "binnen 5 werkdagen", date(2026, 1, 14)),
        ("pt", "no prazo de 5 dias úteis", date(2026, 1, 14)),
        ("it", "entro 5 giorni lavorativi", date(2026, 1, 14)),
        # ISO calendar weeks: the Friday of the week
        ("de", "bis Ende KW 5", date(2026, 1, 30)),
        ("de", "in KW 48", date(2026, 11, 27)),
        # numeric dates are day first, whatever the separator
        ("de", "bis zum 12.03.2026", date(2026, 3, 12)),
        ("fr", "avant le 12/03/2026", date(2026, 3, 12)),
        ("nl", "uiterlijk 12-03-2026", date(2026, 3, 12)),
        ("de", "bis zum 14.01.", date(2026, 1, 14)),
        # written-out dates
        ("de", "bis zum 20. Januar", date(2026, 1, 20)),
        ("fr", "avant le 1er février", date(2026, 2, 1)),
        ("es", "antes del 20 de enero", date(2026, 1, 20)),
        ("pt", "até 20 de janeiro", date(2026, 1, 20)),
        ("it", "entro il 20 gennaio", date(2026, 1, 20)),
        ("nl", "vóór 20 januari", date(2026, 1, 20)),
        ("de", "übermorgen", date(2026, 1, 9)),
        ("es", "mañana", date(2026, 1, 8)),
    ],
)
def test_a_stated_date_resolves_to_its_day(language: str, phrase: str, day: date) -> None:
    # when the phrase is read in its language
    when = resolve_deadline(phrase, WEDNESDAY, language=language)
    # then it is that whole day
    assert when is not None
    assert (when.date(), when.time()) == (day, time(23, 59))


@pytest.mark.parametrize(
    ("language", "text", "moment"),
    [
        ("de", "am Dienstag, 20. Januar um 10:00 Uhr", datetime(2026, 1, 20, 10, 0)),
        ("de", "am 20.01.2026 um 14 Uhr", datetime(2026, 1, 20, 14, 0)),
        ("fr", "le mardi 20 janvier à 10h30", datetime(2026, 1, 20, 10, 30)),
        ("es", "el martes 20 de enero a las 10:00", datetime(2026, 1, 20, 10, 0)),
        ("nl", "op dinsdag 20 januari om 10.00 uur", datetime(2026, 1, 20, 10, 0)),
        ("pt", "na terça-feira, 20 de janeiro, às 10h00", datetime(2026, 1, 20, 10, 0)),
        ("it", "martedì 20 gennaio alle 10:00", datetime(2026, 1, 20, 10, 0)),
        # a 24-hour clock: "3:30" is the early morning, not the afternoon
        ("de", "am 20. Januar um 3:30 Uhr", datetime(2026, 1, 20, 3, 30)),
    ],
)
def test_an_interview_time_is_read_with_its_date(language: str, text: str, moment: datetime) -> None:
    mentions = find_datetimes(text, WEDNESDAY, language=language)
    assert [(m.day, m.at) for m in mentions] == [(moment.date(), moment.time())]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Guten Morgen Frau Rivera"),  # a greeting, not tomorrow
        ("es", "a las 10 de la mañana"),  # the morning, not tomorrow (the time has no date)
        ("de", "Unser Büro ist von Montag bis Freitag besetzt"),  # office hours
        ("fr", "du lundi au vendredi"),
        ("it", "da lunedì a venerdì"),
    ],
)
def test_greetings_and_office_hours_are_not_dates(language: str, text: str) -> None:
    assert [m for m in find_datetimes(text, WEDNESDAY, language=language) if m.at is None] == []


def test_a_german_mail_still_reads_english_dates() -> None:
    # recruiters mix languages: an English deadline in a German mail
    when = resolve_deadline("Please reply by Friday", WEDNESDAY, language="de")
    assert when is not None and when.date() == FRIDAY

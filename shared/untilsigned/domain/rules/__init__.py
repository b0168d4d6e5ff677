"""Rule tables as data, one module per language; the engines know no language.

`rules_for("en")` imports `rules/en.py`, adds the kinds' default guards, checks every entry and caches the
result, so a language's tables are loaded (and later compiled) only when a mail in that language arrives.
Adding a language: write `rules/<code>.py` with a `RULES = LanguageRules(...)`, add the code to LANGUAGES,
and add its function words to `rules/detection.py`. The same module may hold the language's date and
extraction vocabulary (`DATES = DateWords(...)`, `EXTRACTION = ExtractionWords(...)`), read by `words_for`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from untilsigned.domain.rules.schema import DEFAULT_GUARDS, TAGS, Cue, LanguageRules, RulesError

if TYPE_CHECKING:  # loaded with the first mail's words (rules/words.py), not at import
    from untilsigned.domain.rules.words import DateWords, ExtractionWords

# The languages with a rules module; a mail in any other language is read with English's rules.
LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "nl", "pt", "it")
FALLBACK = "en"


def validate(rules: LanguageRules) -> LanguageRules:
    """The table with each kind's default guards added, or RulesError naming the first bad entry."""
    for name, regex in rules.guards.items():
        _check_pattern(regex, f"{rules.language} guard {name!r}")
    _check_pattern(rules.application_context, f"{rules.language} application_context")
    _check_pattern(rules.own_application, f"{rules.language} own_application")
    checked: list[Cue] = []
    for number, entry in enumerate(rules.cues):
        where = f"{rules.language} cue #{number} ({entry.kind.value})"
        unknown_guards = sorted(entry.guards - rules.guards.keys())
        if unknown_guards:
            raise RulesError(f"{where}: unknown guard {unknown_guards[0]!r}")
        unknown_tags = sorted(entry.tags - TAGS.keys())
        if unknown_tags:
            raise RulesError(f"{where}: unknown tag {unknown_tags[0]!r}")
        if entry.weight <= 0:
            raise RulesError(f"{where}: weight must be positive")
        _check_pattern(entry.pattern, where)
        defaults = {name for name in DEFAULT_GUARDS.get(entry.kind, ()) if name in rules.guards}
        checked.append(replace(entry, guards=entry.guards | defaults) if defaults else entry)
    return replace(rules, cues=tuple(checked))


def _check_pattern(regex: str, where: str) -> None:
    try:
        re.compile(regex, re.IGNORECASE)
    except re.error as error:
        raise RulesError(f"{where}: pattern does not compile: {error}") from error


@lru_cache(maxsize=len(LANGUAGES))
def rules_for(language: str) -> LanguageRules:
    """The checked rules of `language` (an ISO 639-1 code in LANGUAGES), loaded on first use."""
    if language not in LANGUAGES:
        raise RulesError(f"no rules for language {language!r}")
    module = importlib.import_module(f"{__name__}.{language}")
    rules = getattr(module, "RULES", None)
    if not isinstance(rules, LanguageRules) or rules.language != language:
        raise RulesError(f"rules/{language}.py must define RULES = LanguageRules(language={language!r}, ...)")
    return validate(rules)


# Languages whose module may carry date and extraction tables (a mail is read with its own and English's).
WORD_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "nl", "pt", "it")


@lru_cache(maxsize=len(WORD_LANGUAGES))
def words_for(language: str) -> tuple[DateWords, ExtractionWords]:
    """The date and extraction tables of `language`, loaded and checked on first use; empty ones when the
    language has none (its mails are then read with English's alone)."""
    from untilsigned.domain.rules.words import DateWords, ExtractionWords

    if language not in WORD_LANGUAGES:
        return DateWords(), ExtractionWords()
    try:
        module = importlib.import_module(f"{__name__}.{language}")
    except ModuleNotFoundError:
        return DateWords(), ExtractionWords()
    dates = getattr(module, "DATES", DateWords())
    extraction = getattr(module, "EXTRACTION", ExtractionWords())
    if not isinstance(dates, DateWords) or not isinstance(extraction, ExtractionWords):
        raise RulesError(f"rules/{language}.py: DATES must be a DateWords, EXTRACTION an ExtractionWords")
    return validate_words(language, dates, extraction)


def validate_words(
    language: str, dates: DateWords, extraction: ExtractionWords
) -> tuple[DateWords, ExtractionWords]:
    """The tables unchanged, or RulesError naming the first unknown role or pattern that does not compile."""
    from untilsigned.domain.rules.words import DATE_ROLES, EXTRACTION_ROLES

    for role, regex in dates.patterns.items():
        if role not in DATE_ROLES:
            raise RulesError(f"{language} dates: unknown role {role!r}")
        if role not in ("wd", "month", "num", "time_gap", "time_gap_before", "time_label"):
            _check_pattern(date_source(regex, dates), f"{language} dates {role!r}")
    for role, regex in extraction.patterns.items():
        if role not in EXTRACTION_ROLES:
            raise RulesError(f"{language} extraction: unknown role {role!r}")
        _check_pattern(regex, f"{language} extraction {role!r}")
    for number, entry in enumerate((*extraction.body_names, *extraction.subject_names)):
        _check_pattern(entry.pattern, f"{language} name pattern #{number}")
    for number, regex in enumerate((*extraction.roles, *extraction.subject_roles)):
        _check_pattern(regex, f"{language} role pattern #{number}")
    return dates, extraction


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so that "freitags" is not cut to "freitag"."""
    return "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))


def date_fragment(dates: DateWords, name: str) -> str:
    """The weekday ("wd", a named group), month or number ("num") alternation of a date table."""
    if name in dates.patterns:
        return dates.patterns[name]
    if name == "wd":
        return f"(?P<wd>{_alternation(dates.weekdays) or '(?!x)x'})"
    if name == "month":
        return f"(?:{_alternation(dates.months) or '(?!x)x'})"
    return rf"(?:\d{{1,3}}|{_alternation(dates.numbers) or '(?!x)x'})"


def date_source(regex: str, dates: DateWords) -> str:
    """A role's source with its {WD}, {MONTH} and {NUM} placeholders filled in (the date reader's regex)."""
    return (
        regex.replace("{WD}", date_fragment(dates, "wd"))
        .replace("{MONTH}", date_fragment(dates, "month"))
        .replace("{NUM}", date_fragment(dates, "num"))
    )

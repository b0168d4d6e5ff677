"""Rule tables as data, one module per language; the engines know no language.

`rules_for("en")` imports `rules/en.py`, adds the kinds' default guards, checks every entry and caches the
result, so a language's tables are loaded (and later compiled) only when a mail in that language arrives.
Adding a language: write `rules/<code>.py` with a `RULES = LanguageRules(...)`, add the code to LANGUAGES,
and add its function words to `rules/detection.py`.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import replace
from functools import lru_cache

from untilsigned.domain.rules.schema import DEFAULT_GUARDS, TAGS, Cue, LanguageRules, RulesError

# The languages with a rules module; a mail in any other language is read with English's rules.
LANGUAGES: tuple[str, ...] = ("en", "fr", "it")
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

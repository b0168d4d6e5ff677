"""How the evaluations compare what was understood with the labels: employer names and dates.

Written apart from the product's own name handling on purpose, so a scoring rule can never hide a
mistake the product shares with it. Shared are accent folding, which has no rule to get wrong, and the list
of legal forms (rules/legal_forms.py): data, not a rule, and a legal form never makes two employers differ.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from untilsigned.domain.rules.legal_forms import LEGAL_TOKENS
from untilsigned.domain.text import fold_text

# Legal forms that do not make two employer names differ ("Acme Ltd" is "Acme"): the product's one list.
LEGAL_SUFFIXES = LEGAL_TOKENS


def company_tokens(name: str) -> list[str]:
    """The name's words, folded, "&" read as "and", trailing legal forms dropped."""
    # dotted forms are one token: "s.p.a." -> "spa"
    folded = re.sub(r"\b(?:[a-z]\.){2,}", lambda m: m.group(0).replace(".", ""), fold_text(name))
    tokens = re.findall(r"[a-z0-9]+", folded.replace("&", " and "))
    while tokens and tokens[-1] in LEGAL_SUFFIXES:
        tokens.pop()
        if len(tokens) > 1 and tokens[-1] == "and" and tokens[-2] in LEGAL_SUFFIXES:
            tokens.pop()  # "GmbH & Co. KG": one legal form
    return tokens


def company_key(name: str) -> str:
    """A comparable employer name: case, accents, punctuation, spacing, a leading "the" and legal forms
    do not count."""
    tokens = company_tokens(name)
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    return "".join(tokens)


def company_matches(predicted: str | None, gold: tuple[str, ...]) -> bool:
    """Case, accents, punctuation, spacing and legal suffixes do not count; any listed spelling is right."""
    if not predicted:
        return False
    return any(company_key(predicted) == company_key(g) != "" for g in gold)


def date_matches(value: datetime | None, expected: str, zone: ZoneInfo) -> bool:
    """Right day in the sender's zone, and the right wall-clock time when one was stated."""
    if value is None:
        return False
    local = value.astimezone(zone)
    if "T" in expected:
        wanted = datetime.fromisoformat(expected).replace(tzinfo=zone)
        return abs((local - wanted).total_seconds()) < 60
    return value.date() == date.fromisoformat(expected)  # in its own zone: 23:59 of the stated day

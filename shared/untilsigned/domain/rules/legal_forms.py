"""Legal forms that end employers' names: one list for the extractor, name comparison and the evaluation.

"Acme GmbH", "Acme, Inc." and "Acme S.r.l." name the employer Acme. The list holds every form as companies
write it; the comparisons derive their folded tokens from it ("S.r.l." -> "srl", "GmbH & Co. KG" -> "gmbh",
"co", "kg"). It is not per language: an English mail names "Acme GmbH" as often as a German one does.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LEGAL_FORMS: tuple[str, ...] = (
    # English-speaking countries
    "Inc",
    "Inc.",
    "Incorporated",
    "LLC",
    "L.L.C.",
    "Ltd",
    "Ltd.",
    "Limited",
    "PLC",
    "plc",
    "LLP",
    "LP",
    "Corp",
    "Corp.",
    "Corporation",
    "Co.",
    "Company",
    "Pty",
    "Pty.",
    "Pty Ltd",
    "Pty. Ltd.",
    "Pvt",
    "Pte",
    "Pte.",
    "ULC",
    # Germany, Austria, Switzerland
    "GmbH",
    "gGmbH",
    "mbH",
    "AG",
    "KG",
    "KGaA",
    "OHG",
    "GbR",
    "UG",
    "e.V.",
    "SE",
    "GmbH & Co. KG",
    "AG & Co. KG",
    # France, Belgium, Luxembourg, Switzerland
    "SA",
    "S.A.",
    "SAS",
    "S.A.S.",
    "SASU",
    "SARL",
    "S.A.R.L.",
    "EURL",
    "SNC",
    "S.N.C.",
    "SCOP",
    "SRL",
    "SPRL",
    # Spain
    "S.L.",
    "SL",
    "S.L.U.",
    "SLU",
    "S.A.U.",
    "SAU",
    "S.Coop.",
    # Netherlands, Flanders
    "B.V.",
    "BV",
    "N.V.",
    "NV",
    "V.O.F.",
    "VOF",
    "BVBA",
    # Portugal
    "Lda",
    "Lda.",
    "Ltda",
    "Ltda.",
    "Unipessoal Lda",
    "S.G.P.S.",
    # Italy
    "S.r.l.",
    "Srl",
    "S.r.l.s.",
    "S.p.A.",
    "SpA",
    "S.a.s.",
    "S.n.c.",
    "Scarl",
    # Nordic countries and elsewhere
    "Oy",
    "AB",
    "AS",
    "A/S",
    "ApS",
    "ASA",
    "KK",
    "Sdn",
    "Bhd",
    "d.o.o.",
    "doo",
    "Kft",
    "Zrt",
    "s.r.o.",
    "sro",
)

# Forms that are ordinary words in some language when written in lower case ("se" in Spanish, French and
# Italian): they close a name only as written here.
EXACT_CASE_FORMS: frozenset[str] = frozenset({"SE", "SL", "UG", "SAU", "Lda", "Scarl"})

_LETTERS = re.compile(r"[^\W_]+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _token_forms(form: str) -> list[str]:
    """The folded tokens a comparison sees: dotted letters join ("S.r.l." -> "srl"), words split."""
    return ["".join(_LETTERS.findall(part)) for part in _fold(form).replace("&", " ").split()]


# Folded tokens dropped from the end of a name when comparing ("acme gmbh" -> "acme").
LEGAL_TOKENS: frozenset[str] = frozenset(
    token for form in LEGAL_FORMS for token in _token_forms(form) if token and token != "unipessoal"
)

# Lower-case forms as written (with their dots) that may close a name in any case.
ANY_CASE_FORMS: frozenset[str] = frozenset(
    form.lower() for form in LEGAL_FORMS if form not in EXACT_CASE_FORMS and " " not in form
)


def is_legal_form(token: str) -> bool:
    """True when `token`, as written, is a legal form ("GmbH", "S.r.l.", "inc."; "se" is not)."""
    return token in LEGAL_FORMS or token.lower() in ANY_CASE_FORMS


@lru_cache(maxsize=1)
def legal_tail_source() -> str:
    """A regex source for a legal form written after a name and its comma (", Inc.", " GmbH & Co. KG")."""
    forms = sorted((f for f in LEGAL_FORMS if len(f) >= 2), key=lambda f: (-len(f), f))
    written = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in forms)
    return rf",?\s+(?P<suffix>{written})(?![\w])"


@lru_cache(maxsize=1)
def legal_name_source() -> str:
    """A regex source for an employer's name and legal form on a line of its own, as signatures and legal
    footers write it: "Brenner Logistik GmbH", "Ferro Impianti S.p.A. | Via Roma 12 | Milano"."""
    forms = sorted((f for f in LEGAL_FORMS if len(f) >= 2), key=lambda f: (-len(f), f))
    written = "|".join(re.escape(form).replace(r"\ ", r"[ \t]+") for form in forms)
    word = r"[A-Z0-9\u00c0-\u00de][\w&'’.-]{0,40}"
    name = rf"(?P<name>(?:(?:{word}|&)[ \t]+){{1,5}}(?:{written}))"
    return rf"(?m)^[^\S\n]*+{name}(?=[ \t]*+(?:[|·•,;–—]|[ \t]-[ \t]|$))"

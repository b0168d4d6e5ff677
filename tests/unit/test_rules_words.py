"""Date and extraction words as data: loaded per language, checked once, and one list of legal forms."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.rules import validate_words, words_for
from untilsigned.domain.rules.legal_forms import LEGAL_TOKENS, is_legal_form
from untilsigned.domain.rules.schema import RulesError
from untilsigned.domain.rules.words import DateWords, ExtractionWords
from untilsigned.domain.understanding.dates import find_dates
from untilsigned.domain.understanding.extract import company_key
from untilsigned.domain.understanding.names import normalise_company
from untilsigned.local import scoring

pytestmark = pytest.mark.unit

BERLIN = ZoneInfo("Europe/Berlin")


def test_english_words_load_and_pass_their_checks() -> None:
    # given English's module, when its words load
    dates, extraction = words_for("en")
    # then the date roles and the extraction patterns are there, as data
    assert dates.weekdays["friday"] == 4
    assert "span" in dates.patterns
    assert "employer_promise" in extraction.patterns
    assert extraction.body_names


def test_a_language_without_tables_reads_with_english_alone() -> None:
    # given a language no module carries words for
    dates, extraction = words_for("xx")
    # then its tables are empty, and its dates still resolve through English's words
    assert dates == DateWords()
    assert extraction == ExtractionWords()
    found = find_dates("by Friday", datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN), language="xx")
    assert [m.day.isoformat() for m in found] == ["2026-03-06"]


def test_an_unknown_role_or_a_broken_pattern_fails_when_the_words_load() -> None:
    with pytest.raises(RulesError, match="unknown role 'weekdays'"):
        validate_words("xx", DateWords(patterns={"weekdays": r"\bx\b"}), ExtractionWords())
    with pytest.raises(RulesError, match="does not compile"):
        validate_words("xx", DateWords(), ExtractionWords(patterns={"sign_off": r"(unclosed"}))


@pytest.mark.parametrize(
    "name",
    [
        "Brenner Logistik GmbH",
        "Brenner Logistik GmbH & Co. KG",
        "Brenner Logistik AG",
        "Brenner Logistik SE",
        "Brenner Logistik e.V.",
        "Brenner Logistik SARL",
        "Brenner Logistik SAS",
        "Brenner Logistik S.L.",
        "Brenner Logistik S.L.U.",
        "Brenner Logistik B.V.",
        "Brenner Logistik V.O.F.",
        "Brenner Logistik Lda.",
        "Brenner Logistik S.r.l.",
        "Brenner Logistik S.p.A.",
        "Brenner Logistik Srl",
    ],
)
def test_every_legal_form_compares_like_the_bare_name(name: str) -> None:
    # then the extractor's key and the tracker's comparison both drop the legal form
    assert company_key(name) == company_key("Brenner Logistik")
    assert normalise_company(name) == normalise_company("Brenner Logistik")


def test_the_evaluation_compares_names_with_the_same_list() -> None:
    # given the evaluations' name comparison, then it drops exactly the product's legal forms
    assert scoring.LEGAL_SUFFIXES is LEGAL_TOKENS
    assert scoring.company_key("Ferro Impianti S.p.A.") == scoring.company_key("Ferro Impianti")


def test_short_forms_that_are_words_count_only_as_written() -> None:
    # "SE" closes a name; "se" is Spanish, French and Italian for "oneself"
    assert is_legal_form("SE")
    assert not is_legal_form("se")
    assert is_legal_form("gmbh")
    assert is_legal_form("S.r.l.")

"""The rule tables: loaded and checked once per language, and the language a mail is read in."""

from __future__ import annotations

import sys
from datetime import datetime
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.model import Kind
from untilsigned.domain.rules import FALLBACK, LANGUAGES, rules_for, validate
from untilsigned.domain.rules.schema import TAGS, LanguageRules, RulesError, cue
from untilsigned.domain.understanding.classify import _compiled, classify
from untilsigned.domain.understanding.language import detect_language
from untilsigned.domain.understanding.understand import understand
from untilsigned.local.mailkit import forwarded

pytestmark = pytest.mark.unit


def _rules(*cues: object, guards: dict[str, str] | None = None) -> LanguageRules:
    return LanguageRules(
        language="xx",
        guards=guards if guards is not None else {"conditional": r"\bif\b"},
        cues=tuple(cues),  # type: ignore[arg-type]
        application_context=r"\bapplication\b",
        own_application=r"\byour application\b",
    )


def test_a_cue_naming_an_unknown_guard_fails_when_the_table_loads() -> None:
    # given a table whose cue names a misspelt guard
    table = _rules(cue(Kind.REJECTED, 4, r"\bnot selected\b", "conditonal"))
    # when it is checked, then loading fails and names the cue and the guard
    with pytest.raises(RulesError, match=r"xx cue #0 \(rejected\): unknown guard 'conditonal'"):
        validate(table)


def test_a_cue_with_an_unknown_tag_fails_when_the_table_loads() -> None:
    # given a table whose cue carries a tag the decision ladder does not know
    table = _rules(cue(Kind.OFFER, 4, r"\boffer\b", tags=("extends",)))
    # when it is checked, then loading fails
    with pytest.raises(RulesError, match="unknown tag 'extends'"):
        validate(table)


def test_a_pattern_that_does_not_compile_fails_when_the_table_loads() -> None:
    with pytest.raises(RulesError, match="does not compile"):
        validate(_rules(cue(Kind.OFFER, 4, r"\boffer(")))


def test_a_language_module_with_a_bad_entry_fails_on_its_first_load(monkeypatch: pytest.MonkeyPatch) -> None:
    # given a language module on the import path whose table names an unknown guard
    module = ModuleType("untilsigned.domain.rules.xx")
    module.RULES = _rules(cue(Kind.REJECTED, 4, r"\bno\b", "nope"))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr("untilsigned.domain.rules.LANGUAGES", (*LANGUAGES, "xx"))
    rules_for.cache_clear()
    # when the language is loaded, then the error surfaces at load time, not as a guard that never fires
    try:
        with pytest.raises(RulesError, match="unknown guard 'nope'"):
            rules_for("xx")
    finally:
        rules_for.cache_clear()


def test_kinds_get_their_default_guards_when_the_language_defines_them() -> None:
    # given an interview cue and a language that defines the "practice" guard
    table = validate(
        _rules(cue(Kind.INTERVIEW_SCHEDULED, 4, r"\binterview\b"), guards={"practice": r"\bmock\b"})
    )
    # then the cue carries it without the table repeating it
    assert table.cues[0].guards == frozenset({"practice"})


def test_every_language_table_loads_and_uses_only_known_tags() -> None:
    for language in LANGUAGES:
        table = rules_for(language)
        assert table.language == language
        assert table.cues
        assert all(entry.tags <= TAGS.keys() for entry in table.cues)
        assert all(entry.guards <= table.guards.keys() for entry in table.cues)


def test_an_unknown_language_has_no_rules() -> None:
    with pytest.raises(RulesError):
        rules_for("tlh")


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, thanks for applying to the Data Engineer role. We will be in touch within two weeks.",
        "Dear Ms Weber, thank you for your interest. Regards, Anna",
        "Thanks!",
        "",
    ],
)
def test_english_and_too_little_text_read_as_english(text: str) -> None:
    assert detect_language(text) == FALLBACK


def test_every_cue_of_every_language_has_prefilter_words() -> None:
    # given every language's compiled table (its own cues first, then English's)
    for language in LANGUAGES:
        table = _compiled(language)
        own = rules_for(language).cues
        # then none of the language's cues runs its regex on every sentence of every mail: each branch
        # carries a literal of three or more characters
        assert [entry.pattern[:60] for entry, words in zip(own, table.words, strict=False) if not words] == []


_SENT = datetime(2026, 3, 2, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.mark.parametrize(
    ("body", "language", "kind"),
    [
        (
            "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
            "mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\n"
            "Mit freundlichen Grüßen\nPersonal",
            "de",
            Kind.REJECTED,
        ),
        (
            "Beste Sam,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een gesprek op dinsdag "
            "10 maart om 14:00 uur.\n\nMet vriendelijke groet,\nRecruitment",
            "nl",
            Kind.INTERVIEW_SCHEDULED,
        ),
    ],
)
def test_an_english_forward_header_over_a_body_in_another_language_reads_as_that_language(
    body: str, language: str, kind: Kind
) -> None:
    # given a Gmail forward (English wrapper and header lines) of a German or Dutch mail
    raw = forwarded(
        forwarder="Sam Rivera <sam.rivera@gmail.com>",
        employer="Recruiting <jobs@example.de>",
        subject="Ihre Bewerbung" if language == "de" else "Je sollicitatie",
        body=body,
        sent=_SENT,
    )
    # when it is understood
    understood = understand(raw)
    # then the body's language is reported and its rules decide
    assert understood.language == language
    assert understood.kind is kind


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Liebe Sam, leider haben wir uns für einen anderen Bewerber entschieden. Wir wünschen Ihnen "
            "alles Gute.\n\nDear Sam, unfortunately we have decided to move forward with another candidate.",
            "de",
        ),
        (
            "Beste Sam, helaas hebben we gekozen voor een andere kandidaat. We wensen je veel succes.\n\n"
            "Dear Sam, unfortunately we chose another candidate.",
            "nl",
        ),
    ],
)
def test_a_bilingual_mail_reads_as_the_language_it_says_most_in(text: str, language: str) -> None:
    # given a rejection written in the local language with a shorter English version below
    # when its language is told, then the local language wins and the rejection is read either way
    assert detect_language(text) == language
    assert classify("Ihre Bewerbung / Your application", text, language=language).kind is Kind.REJECTED


def test_german_and_dutch_are_told_apart() -> None:
    # given the same short message in each language
    german = "Vielen Dank für Ihre Bewerbung, wir melden uns bei Ihnen."
    dutch = "Bedankt voor je sollicitatie, we nemen contact met je op."
    # then each reads as its own
    assert detect_language(german) == "de"
    assert detect_language(dutch) == "nl"

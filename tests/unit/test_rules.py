"""The rule tables: loaded and checked once per language, and the language a mail is read in."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from types import ModuleType

import pytest

from untilsigned.domain.model import Kind
from untilsigned.domain.rules import FALLBACK, LANGUAGES, rules_for, validate
from untilsigned.domain.rules.schema import TAGS, LanguageRules, RulesError, cue
from untilsigned.domain.understanding.classify import _compiled
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
    # given each language's compiled table (read with English's)
    for language in LANGUAGES:
        table = _compiled(language)
        # then no cue has to run its regex on every sentence of every mail
        assert [table.cues[i].pattern[:60] for i, words in enumerate(table.words) if not words] == [], (
            language
        )


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "Bonjour Sam,\n\nNous avons bien reçu votre candidature pour le poste de chef de projet et nous "
            "vous remercions de l'intérêt que vous portez à notre entreprise.\n\nCordialement,\nL'équipe RH",
            "fr",
        ),
        (
            "Gentile Sam,\n\nla ringraziamo per la sua candidatura per la posizione di analista. Il nostro "
            "team la valuterà con attenzione.\n\nCordiali saluti,\nUfficio Risorse Umane",
            "it",
        ),
    ],
)
def test_an_english_forward_header_over_a_body_reads_in_the_bodys_language(body: str, language: str) -> None:
    # given a Gmail forward (English wrapper and note) of a French or Italian mail
    raw = forwarded(
        forwarder="Sam Rivera <sam@example.com>",
        employer="Recrutement <jobs@example.com>",
        subject="Votre candidature / La sua candidatura",
        body=body,
        sent=datetime(2026, 3, 9, 9, 0, tzinfo=UTC),
    )
    # when it is understood, then the mail is read in the body's language
    assert understand(raw).language == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a short body above a longer English equal-opportunity footer stays in its own language
        (
            "Bonjour Sam, votre candidature pour le poste d'analyste a bien été reçue. Nous reviendrons vers "
            "vous sous dix jours.\n\nAcme is an equal opportunity employer. All qualified applicants will "
            "receive consideration for employment without regard to race, colour or religion. If you need an "
            "accommodation during the application process, please contact our team.",
            "fr",
        ),
        # a bilingual rejection, French first and English after, is read as French (English is read with it)
        (
            "Bonjour Sam, merci pour votre candidature. Nous avons retenu une autre candidate pour ce "
            "poste.\n\n"
            "Hi Sam, thank you for applying. We have decided to move forward with another candidate.",
            "fr",
        ),
        ("Ciao Sam, ti proponiamo 52.000 € più bonus: ti mando la proposta scritta entro martedì.", "it"),
        # English with an Italian signature line stays English
        (
            "Hi Sam, thanks for your time today. We will be in touch next week with the decision.\n"
            "Cordiali saluti, Anna",
            FALLBACK,
        ),
    ],
)
def test_mixed_mail_reads_in_its_main_language(text: str, language: str) -> None:
    assert detect_language(text) == language

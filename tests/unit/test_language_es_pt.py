"""Spanish and Portuguese: telling them apart, and reading each in its own language."""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path

import pytest

from untilsigned.domain.model import Kind
from untilsigned.domain.rules import FALLBACK, rules_for
from untilsigned.domain.text import normalise_text, split_sentences
from untilsigned.domain.understanding.classify import _compiled
from untilsigned.domain.understanding.language import detect_language
from untilsigned.domain.understanding.understand import understand

pytestmark = pytest.mark.unit


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "languages"


def _dev_bodies(language: str) -> list[tuple[str, str]]:
    """(id, body) of a language's development mails (format: tests/fixtures/generalisation/mails.txt)."""
    text = (FIXTURES / language / "dev.txt").read_text(encoding="utf-8")
    records = []
    for chunk in re.split(r"(?m)^=== ", text)[1:]:
        ident, _, rest = chunk.partition("\n")
        records.append((ident.strip(), rest.partition("\n---\n")[2]))
    return records


@pytest.mark.parametrize("language", ["es", "pt"])
def test_spanish_and_portuguese_development_mails_read_in_their_own_language(language: str) -> None:
    # given a language's own development mails (bilingual ones aside: either reading is right for them)
    bodies = [(ident, body) for ident, body in _dev_bodies(language) if "bilingual" not in ident]
    # when the language of each body is detected
    wrong = {ident: detect_language(body) for ident, body in bodies if detect_language(body) != language}
    # then Spanish and Portuguese are told apart, and from English
    assert bodies and wrong == {}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hola Sam, gracias por tu candidatura. La hemos recibido y te diremos algo pronto.", "es"),
        ("Olá Sam, obrigado pela tua candidatura. Já a recebemos e damos notícias em breve.", "pt"),
        ("Estimado Sam: lamentamos comunicarle que hemos decidido continuar con otros candidatos.", "es"),
        ("Caro Sam, lamentamos informar que decidimos avançar com outros candidatos.", "pt"),
    ],
)
def test_short_spanish_and_portuguese_texts_are_told_apart(text: str, language: str) -> None:
    assert detect_language(text) == language


def _forwarded(body: str, subject: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Sam Rivera <sam.rivera@gmail.com>"
    message["To"] = "jobs@in.untilsigned.test"
    message["Subject"] = f"Fwd: {subject}"
    message.set_content(
        "FYI\n\n---------- Forwarded message ---------\nFrom: Talento <talento@nubia.example>\n"
        f"Date: Mon, 2 Mar 2026 at 12:30\nSubject: {subject}\nTo: <sam.rivera@gmail.com>\n\n{body}\n"
    )
    return message.as_bytes()


@pytest.mark.parametrize(
    ("body", "language", "kind"),
    [
        (
            "Hola Sam,\n\nTe confirmamos la entrevista técnica para el puesto de Frontend Developer el "
            "miércoles 4 de marzo a las 15:00 por Google Meet.\n\nUn saludo,\nEquipo de Talento\n\n--\n"
            "This email was sent by Greenhouse on behalf of Nubia. Please do not reply to this message.\n"
            "Privacy Policy | Unsubscribe",
            "es",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Olá Sam,\n\nA sua candidatura para Analista foi recebida com sucesso e será analisada pela "
            "nossa equipa.\n\nCumprimentos,\nEquipa de Talento\n\n"
            "This message was sent by an automated recruiting system on behalf of Nubia. "
            "Please do not reply to this email.",
            "pt",
            Kind.APPLICATION_RECEIVED,
        ),
    ],
)
def test_a_forwarded_mail_with_an_english_wrapper_and_footer_reads_in_its_own_language(
    body: str, language: str, kind: Kind
) -> None:
    # given a Spanish or Portuguese body under an English forward header and over an English ATS footer
    understood = understand(_forwarded(body, "Candidatura"))
    # then the body's language is the mail's language, and the mail is read with its rules
    assert understood.language == language
    assert understood.kind is kind


@pytest.mark.parametrize(
    "body",
    [
        "Hola Sam, gracias por tu interés. Tras revisar tu candidatura, lamentamos informarte de que no "
        "seguiremos adelante con ella.\n\nHi Sam, thank you for your interest. We regret to inform you that "
        "we will not be moving forward with your application.",
        "Olá Sam, obrigado pelo seu interesse. Lamentamos informar que não iremos avançar com a sua "
        "candidatura.\n\nHi Sam, thank you for your interest. We regret to inform you that we will not be "
        "moving forward with your application.",
    ],
)
def test_a_bilingual_rejection_is_a_rejection_whichever_language_it_reads_as(body: str) -> None:
    # given the same rejection in Spanish or Portuguese and in English
    understood = understand(_forwarded(body, "Tu candidatura / Your application"))
    # then it is a rejection, read in one of its two languages
    assert understood.language in ("es", "pt", FALLBACK)
    assert understood.kind is Kind.REJECTED


@pytest.mark.parametrize("language", ["es", "pt"])
def test_every_spanish_and_portuguese_cue_has_prefilter_words_that_its_matches_contain(language: str) -> None:
    # given a language's compiled table (its own cues first, then English's)
    table = _compiled(language)
    own = len(rules_for(language).cues)
    # then no cue of its own runs on every sentence (a branch without a literal of three or more characters
    # would take the whole cue's prefilter away)
    assert [table.cues[i].pattern[:60] for i in range(own) if not table.words[i]] == []
    # and on the development mails, the cheap word check never skips a sentence the regex would match
    sentences = [s for _, body in _dev_bodies(language) for s in split_sentences(normalise_text(body))]
    missed = [
        (table.cues[i].kind, sentence)
        for i in range(own)
        for sentence in sentences
        if table.patterns[i].search(sentence) and not any(w in sentence.lower() for w in table.words[i])
    ]
    assert missed == []

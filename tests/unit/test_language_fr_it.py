"""French and Italian: telling them apart, and reading each in its own language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from untilsigned.domain.rules import FALLBACK
from untilsigned.domain.understanding.language import detect_language
from untilsigned.domain.understanding.understand import understand
from untilsigned.local.mailkit import forwarded

pytestmark = pytest.mark.unit


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

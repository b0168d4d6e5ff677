"""Employer, role, requisition id and the employer's dates in German, French, Spanish, Dutch, Portuguese
and Italian mail: who promised what by when, and when the interview starts."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.model import Address
from untilsigned.domain.understanding.extract import (
    company_key,
    find_company,
    find_deadlines,
    find_interview_at,
    find_requisition_id,
    find_role,
)

pytestmark = pytest.mark.unit

BERLIN = ZoneInfo("Europe/Berlin")
WEDNESDAY = datetime(2026, 1, 7, 9, 0, tzinfo=BERLIN)

# (language, sender, subject, body, employer, role, requisition id, expect_reply_by, respond_by, interview_at)
MAILS = [
    (
        "de",
        Address("Brenner Logistik Personal", "karriere@brenner-logistik.de"),
        "Ihre Bewerbung als Data Engineer (m/w/d) – Stellen-ID 4711",
        "Hallo Frau Rivera,\n\nvielen Dank für Ihre Bewerbung bei der Brenner Logistik GmbH als Data "
        "Engineer "
        "(m/w/d). Wir prüfen Ihre Unterlagen und melden uns bis Freitag bei Ihnen.\n\nMit "
        "freundlichen Grüßen\n"
        "Anna Schmidt\nPersonalreferentin\nBrenner Logistik GmbH",
        "Brenner Logistik",
        "Data Engineer (m/w/d)",
        "4711",
        "2026-01-09",
        None,
        None,
    ),
    (
        "de",
        Address("Anna Schmidt", "a.schmidt@gmx.de"),
        "Einladung zum Vorstellungsgespräch",
        "Liebe Sam,\n\nwir möchten Sie gerne zu einem Gespräch einladen: am Dienstag, 20. Januar um "
        "10:00 Uhr in "
        "unserem Büro. Bitte bestätigen Sie den Termin bis Montag.\n\nViele Grüße\nAnna Schmidt\n"
        "Hofmann Maschinenbau AG",
        "Hofmann Maschinenbau",
        None,
        None,
        None,
        "2026-01-12",
        "2026-01-20T10:00",
    ),
    (
        "de",
        None,
        "Ihr Angebot",
        "Hallo Sam, den Vertrag schicke ich dir bis Donnerstag. Bitte gib uns innerhalb von zwei Wochen "
        "Bescheid.\n\nBeste Grüße\nKlaus",
        None,
        None,
        None,
        "2026-01-08",
        "2026-01-21",
        None,
    ),
    (
        "fr",
        Address("Recrutement Maison Lefort", "jobs@maisonlefort.fr"),
        "Votre candidature au poste de Chef de projet",
        "Bonjour Sam,\n\nMerci pour votre candidature au poste de Chef de projet digital chez Maison Lefort. "
        "Nous reviendrons vers vous d'ici vendredi.\n\nCordialement,\nL'équipe recrutement\n"
        "Maison Lefort SAS",
        "Maison Lefort",
        "Chef de projet digital",
        None,
        "2026-01-09",
        None,
        None,
    ),
    (
        "fr",
        None,
        "Entretien",
        "Bonjour, je vous propose un entretien le mardi 20 janvier à 10h30 dans nos locaux. Merci de "
        "confirmer "
        "avant lundi.\n\nBien cordialement,\nJulie Martin\nAtelier Dubois SARL",
        "Atelier Dubois",
        None,
        None,
        None,
        "2026-01-12",
        "2026-01-20T10:30",
    ),
    (
        "es",
        Address("Talento Grupo Olivar", "empleo@grupoolivar.es"),
        "Tu candidatura al puesto de Analista de Datos",
        "Hola Sam,\n\nGracias por tu candidatura al puesto de Analista de Datos en Grupo Olivar. Te "
        "responderemos en un plazo de dos semanas.\n\nUn saludo,\nEquipo de Selección\nGrupo Olivar S.L.",
        "Grupo Olivar",
        "Analista de Datos",
        None,
        "2026-01-21",
        None,
        None,
    ),
    (
        "es",
        None,
        "Entrevista",
        "Hola Sam, te proponemos una entrevista el martes 20 de enero a las 10:00. Por favor, confirma tu "
        "asistencia antes del viernes.\n\nSaludos,\nMarta\nConstrucciones Levante S.A.",
        "Construcciones Levante",
        None,
        None,
        None,
        "2026-01-09",
        "2026-01-20T10:00",
    ),
    (
        "nl",
        Address("Werving & Selectie Van Dijk Installaties", "werkenbij@vandijk.nl"),
        "Je sollicitatie voor de functie van Projectleider",
        "Beste Sam,\n\nBedankt voor je sollicitatie bij Van Dijk Installaties. We laten je binnen twee weken "
        "weten of je door bent.\n\nMet vriendelijke groet,\nLisa de Boer\nVan Dijk Installaties B.V.",
        "Van Dijk Installaties",
        "Projectleider",
        None,
        "2026-01-21",
        None,
        None,
    ),
    (
        "nl",
        None,
        "Uitnodiging gesprek",
        "Hoi Sam, graag nodigen we je uit op dinsdag 20 januari om 10.00 uur. Graag reageren vóór "
        "vrijdag.\n\n"
        "Groet,\nTom\nBakker Logistiek B.V.",
        "Bakker Logistiek",
        None,
        None,
        None,
        "2026-01-09",
        "2026-01-20T10:00",
    ),
    (
        "pt",
        Address("Recrutamento Lusotec", "rh@lusotec.pt"),
        "A tua candidatura à vaga de Engenheiro de Software",
        "Olá Sam,\n\nObrigado pela tua candidatura à vaga de Engenheiro de Software na Lusotec. "
        "Entraremos em "
        "contacto nas próximas duas semanas.\n\nCumprimentos,\nEquipa de Recrutamento\nLusotec, Lda.",
        "Lusotec",
        "Engenheiro de Software",
        None,
        "2026-01-21",
        None,
        None,
    ),
    (
        "pt",
        None,
        "Entrevista",
        "Olá Sam, gostaríamos de marcar uma entrevista na terça-feira, 20 de janeiro, às 10h00. Por favor "
        "confirme até sexta-feira.\n\nCumprimentos,\nAna Costa\nMarés Atlânticas S.A.",
        "Marés Atlânticas",
        None,
        None,
        None,
        "2026-01-09",
        "2026-01-20T10:00",
    ),
    (
        "it",
        Address("Selezione Ferro Impianti", "lavoro@ferroimpianti.it"),
        "La tua candidatura per la posizione di Tecnico Manutentore",
        "Ciao Sam,\n\ngrazie per la tua candidatura per la posizione di Tecnico Manutentore presso Ferro "
        "Impianti. Ti faremo sapere entro la prossima settimana.\n\nCordiali saluti,\nUfficio HR\n"
        "Ferro Impianti S.r.l.",
        "Ferro Impianti",
        "Tecnico Manutentore",
        None,
        "2026-01-16",
        None,
        None,
    ),
    (
        "it",
        None,
        "Colloquio",
        "Buongiorno Sam, ti invitiamo a un colloquio martedì 20 gennaio alle 10:00. Ti chiediamo di "
        "confermare "
        "entro venerdì.\n\nCordiali saluti,\nGiulia\nOfficine Rossi S.p.A.",
        "Officine Rossi",
        None,
        None,
        None,
        "2026-01-09",
        "2026-01-20T10:00",
    ),
]


def _day(moment: datetime | None) -> str | None:
    return moment.date().isoformat() if moment is not None else None


@pytest.mark.parametrize(
    (
        "language",
        "sender",
        "subject",
        "text",
        "employer",
        "role",
        "requisition",
        "expect",
        "respond",
        "interview",
    ),
    MAILS,
)
def test_a_mail_in_its_language_gives_its_employer_role_and_dates(
    language: str,
    sender: Address | None,
    subject: str,
    text: str,
    employer: str | None,
    role: str | None,
    requisition: str | None,
    expect: str | None,
    respond: str | None,
    interview: str | None,
) -> None:
    # when the mail is read in its language
    company = find_company(sender, subject, text, language)
    expect_reply_by, respond_by = find_deadlines(text, WEDNESDAY, language=language)
    interview_at = find_interview_at(text, WEDNESDAY, language)
    # then the employer is named (its legal form may stay), and the role and id are found
    assert (company_key(company) if company else None) == (company_key(employer) if employer else None)
    assert find_role(subject, text, company, language) == role
    assert find_requisition_id(subject, text, language) == requisition
    # and the employer's promise and the candidate's deadline go to their own fields
    assert (_day(expect_reply_by), _day(respond_by)) == (expect, respond)
    if interview is not None:
        assert interview_at is not None
        assert interview_at.replace(tzinfo=None).isoformat(timespec="minutes") == interview

"""The held-out-style suite: our own recruiter emails (tests/fixtures/generalisation/mails.txt and the blind
batches beside it, plus tests/fixtures/languages/<code>/ for every language with its own rules), each
forwarded in seven mail-client styles and read by `understand(raw)`.

What it pins down: every clear email gets its kind in every style, no style and no note from the user
changes what is understood, no non-offer is ever called an offer, and the overall figures stay above the
project's targets (macro-F1, company, employer-stated dates). The building and the scoring live in
untilsigned.local.generalisation; scripts/eval_generalisation.py prints the same figures as a table.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from tests.conftest import ROOT

from untilsigned.domain.model import Kind
from untilsigned.domain.understanding.understand import understand
from untilsigned.local.generalisation import (
    NOTES,
    Mail,
    Outcome,
    Report,
    build_email,
    evaluate,
    language_files,
    languages_with_rules,
    load_mails,
    suite_files,
)
from untilsigned.local.mailkit import STYLES
from untilsigned.local.scoring import company_matches, date_matches

pytestmark = pytest.mark.unit

LANGUAGE_DIR = ROOT / "tests" / "fixtures" / "languages"
MAILS = load_mails(
    *suite_files(ROOT / "tests" / "fixtures" / "generalisation"),
    *(path for code in languages_with_rules() for path in language_files(LANGUAGE_DIR, code)),
)
CLEAR = [mail for mail in MAILS if mail.clear]
# The macro-F1 each language's own mails (development mails and blind batches) have reached: a ratchet,
# raised when the rules improve and never lowered.
LANGUAGE_RATCHET: dict[str, float] = {
    "de": 1.0,
    "es": 1.0,
    "fr": 1.0,
    "it": 1.0,
    "nl": 1.0,
    "pt": 1.0,
}


@pytest.fixture(scope="module")
def report() -> Report:
    """Every mail built in every style and understood once, shared by the tests below."""
    return evaluate(MAILS)


@pytest.fixture(scope="module")
def outcomes_by_mail(report: Report) -> dict[str, list[Outcome]]:
    grouped: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in report.outcomes:
        grouped[outcome.mail.id].append(outcome)
    return grouped


def test_the_suite_is_large_and_covers_every_kind() -> None:
    # given the fixture file
    # then it holds well over a hundred of our own emails, every job kind included
    assert len(MAILS) >= 120
    assert len({mail.id for mail in MAILS}) == len(MAILS)
    kinds = {mail.kind for mail in MAILS}
    assert kinds == {kind.value for kind in Kind if kind is not Kind.UNREADABLE}


@pytest.mark.parametrize("mail", CLEAR, ids=[mail.id for mail in CLEAR])
def test_each_clear_mail_gets_its_kind_in_every_forwarding_style(
    mail: Mail, outcomes_by_mail: dict[str, list[Outcome]]
) -> None:
    # given one clear email, forwarded in every style
    outcomes = outcomes_by_mail[mail.id]
    # when each built message is understood
    wrong = {o.style: o.predicted for o in outcomes if not o.kind_ok}
    # then every style gives the labelled kind
    assert len(outcomes) == len(STYLES)
    assert wrong == {}, f"{mail.id}: expected {mail.kind}, got {wrong}"


def test_no_style_changes_the_kind_or_the_employer(outcomes_by_mail: dict[str, list[Outcome]]) -> None:
    # given every email in every style
    # when the results of one email are compared across styles
    differing = {
        mail_id: {(o.predicted, o.understood.extraction.company) for o in outcomes}
        for mail_id, outcomes in outcomes_by_mail.items()
        if len({(o.predicted, o.understood.extraction.company) for o in outcomes}) > 1
    }
    # then the forwarding client never matters
    assert differing == {}


def test_the_users_note_above_the_forward_never_changes_the_kind() -> None:
    # given notes that say "offer", "rejected" or "interview" in the user's own words, one per email in turn
    notes = [note for note in NOTES if note]
    changed = []
    for index, mail in enumerate(MAILS):
        plain = dataclasses.replace(mail, note="")
        noted = dataclasses.replace(mail, note=notes[index % len(notes)])
        # when the same email is forwarded with and without the note
        without = understand(build_email(plain, "gmail_plain"))
        with_note = understand(build_email(noted, "gmail_html"))
        if (with_note.kind, with_note.extraction.company) != (without.kind, without.extraction.company):
            changed.append(mail.id)
    # then neither the kind nor the employer changes
    assert changed == []


def test_every_language_with_rules_brings_its_mails_and_a_ratchet() -> None:
    # given the languages that have their own rule tables
    languages = set(languages_with_rules())
    # then each one's mails are in the suite and its figure is pinned
    assert set(LANGUAGE_RATCHET) == languages
    ids = {mail.id for mail in MAILS}
    for language in languages:
        files = language_files(LANGUAGE_DIR, language)
        assert files, language
        assert {mail.id for mail in load_mails(*files)} <= ids


@pytest.mark.parametrize("language", sorted(LANGUAGE_RATCHET))
def test_each_language_keeps_its_figures(language: str, report: Report) -> None:
    # given one language's development mails and blind batches, forwarded in every style
    ids = {mail.id for mail in load_mails(*language_files(LANGUAGE_DIR, language))}
    # when they are scored on their own
    figures = Report([o for o in report.outcomes if o.mail.id in ids]).figures()
    # then the language's macro-F1 does not drop below its ratchet, and no offer is ever invented
    assert figures["messages"] == len(ids) * len(STYLES)
    assert figures["macro_f1"] >= LANGUAGE_RATCHET[language]
    assert figures["false_offers"] == 0


def test_no_false_offers_at_all(report: Report) -> None:
    # given every email in every style
    # when a non-offer is called an offer or signed, or an offer is called signed
    false_offers = [f"{o.mail.id} [{o.style}] -> {o.predicted}" for o in report.outcomes if o.false_offer]
    # then there are none: warmth, references and background checks never become offers
    assert false_offers == []


def test_overall_figures_meet_the_targets(report: Report) -> None:
    # given the whole suite
    figures = report.figures()
    # then the figures the hidden held-out set is judged on stay above target
    assert figures["macro_f1"] >= 0.90
    assert figures["false_offers"] == 0
    assert figures["company_accuracy"] >= 0.85
    assert figures["dates_exact"] >= 0.75
    # and no employer promise is invented where the email made none (it would start a ghosting clock); the
    # languages' development mails (dev.txt) are labelled for their kinds only, so their promises are not
    # counted against this
    labelled = Report([o for o in report.outcomes if "-dev-" not in o.mail.id]).figures()
    assert labelled["spurious_expect_reply_by"] == 0


@pytest.mark.parametrize(
    ("expected", "value", "zone", "matches"),
    [
        ("2025-03-14", "2025-03-14T23:59:00-08:00", "America/Los_Angeles", True),
        ("2025-03-14", "2025-03-13T23:59:00-08:00", "America/Los_Angeles", False),
        ("2025-04-15T14:00", "2025-04-15T18:00:00+00:00", "America/New_York", True),
        ("2025-04-15T14:00", "2025-04-15T14:00:00+00:00", "America/New_York", False),
    ],
)
def test_date_scoring_checks_the_day_and_a_stated_time(
    expected: str, value: str, zone: str, matches: bool
) -> None:
    # given an expected date (maybe with a time) and a resolved datetime
    # when they are compared
    # then the day counts in the value's own zone, and a stated time must be the same instant
    assert date_matches(datetime.fromisoformat(value), expected, ZoneInfo(zone)) is matches


def test_company_scoring_ignores_case_punctuation_and_legal_form() -> None:
    # given predicted names that differ from the label only in form
    # then they match, and a different or missing name does not
    assert company_matches("ACME, Inc.", ("Acme",))
    assert company_matches("Wattle & Gum", ("Wattle and Gum",))
    assert not company_matches("Acme Labs", ("Acme",))
    assert not company_matches(None, ("Acme",))

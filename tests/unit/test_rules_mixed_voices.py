"""General rules added after blind batch 7: each test pins a phrasing family, never one fixture mail.

Written in other words than the blind-7 mails on purpose: the rules must hold for the variants real
recruiters write, and stay precise for offers and signatures (a false offer is the worst error).
"""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.model import Address, Envelope, Kind, OriginalMessage, ReadMail
from untilsigned.domain.understanding.classify import classify
from untilsigned.domain.understanding.dates import find_datetimes, resolve_deadline
from untilsigned.domain.understanding.extract import extract, find_company

pytestmark = pytest.mark.unit

LONDON = ZoneInfo("Europe/London")
KOLKATA = ZoneInfo("Asia/Kolkata")
NEW_YORK = ZoneInfo("America/New_York")
# Monday 9 March 2026, 10:00 in London: the employer email's own date.
SENT = datetime(2026, 3, 9, 10, 0, tzinfo=LONDON)


def _mail(text: str, subject: str = "Update", sender: Address | None = None) -> ReadMail:
    user = Address("Sam Taylor", "sam@example.com")
    sender = sender or Address("", "no-reply@greenhouse.io")
    return ReadMail(
        envelope=Envelope("<fwd@example.com>", user, (), "sam@example.com", f"Fwd: {subject}", SENT, ""),
        original=OriginalMessage(sender, subject, SENT, "<orig@example.com>", "", ()),
        forwarded=True,
        forwarded_by=user,
        text=text,
        quoted="",
    )


# --- rejections in plain, terse or non-native words ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, short version: we're not going to move forward with the analyst role. Thanks for your time.",
        "Hey, we are not gonna progress further on this one. All the best!",
        "Dear Sam, we must regret that we have selected other candidate for the Java Developer position.",
        "Thank you for the interview. Unfortunately we must inform you that the team chose other applicant.",
        "Sadly we have to inform you that the position went to someone with more SAP experience.",
    ],
)
def test_terse_and_non_native_rejections_are_rejections(text: str) -> None:
    # given a rejection without the textbook "move forward with other candidates" phrasing
    # when classified
    result = classify("Your application", text)
    # then it is a rejection
    assert result.kind is Kind.REJECTED


def test_not_moving_ahead_yet_stays_a_status_update() -> None:
    # given a delay written with the same verbs
    text = "We're not going to move forward this week as the panel is away; expect an update next Friday."
    # when classified
    result = classify("Update", text)
    # then it is not a rejection
    assert result.kind is not Kind.REJECTED


# --- acknowledgements ----------------------------------------------------------------------------


def test_an_application_that_landed_is_an_acknowledgement() -> None:
    # given a casual acknowledgement: the application "landed" with the employer
    text = "Quick note to say your application for Sous Chef has landed with us. Give us a few days!"
    # when classified
    result = classify("Cheers!", text)
    # then it is application_received
    assert result.kind is Kind.APPLICATION_RECEIVED


# --- salary chat before a step is set up ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lovely meeting you! Before we set up the final interview, could you share your salary expectations?",
        "Before I arrange a call with the director, what's your notice period and expected salary?",
    ],
)
def test_a_question_before_a_step_is_arranged_is_not_an_interview(text: str) -> None:
    # given a recruiter asking about pay before arranging the next conversation
    # when classified
    result = classify("Next steps", text)
    # then it is still in process, and certainly not an interview (nor an offer)
    assert result.kind is Kind.STATUS_UPDATE


def test_an_arranged_interview_stays_an_interview() -> None:
    # given an actual arrangement
    text = "I'd like to set up a video interview with the hiring manager on Thursday at 2pm."
    # when classified
    result = classify("Interview", text)
    # then it is an interview
    assert result.kind is Kind.INTERVIEW_SCHEDULED


# --- e-signature completion notices -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            'You\'ve signed "Employment Contract - Sam Taylor"',
            "Jo Park and Sam Taylor have signed Employment Contract - Sam Taylor. A copy is attached.",
        ),
        (
            "Signed",
            'You have signed "Harbor Labs Offer Letter". The completed PDF is attached for your records.',
        ),
    ],
)
def test_completed_e_signatures_naming_the_signers_are_signed(subject: str, text: str) -> None:
    # given a signature service reporting that the offer document has been signed by the parties
    # when classified
    result = classify(subject, text)
    # then the offer is signed
    assert result.kind is Kind.OFFER_SIGNED


@pytest.mark.parametrize(
    "text",
    [
        "Finance and the VP have signed off on your offer, so the letter will reach you tomorrow.",
        "Once you and the hiring manager have signed the offer letter, HR will book your induction.",
        "Please review and sign your offer letter: you and Jo Park have to sign it by Friday.",
    ],
)
def test_a_sign_off_or_a_future_signature_is_not_a_signed_offer(text: str) -> None:
    # given signature words that are an internal approval, a condition or a request
    # when classified
    result = classify("Your offer", text)
    # then it is never offer_signed
    assert result.kind is not Kind.OFFER_SIGNED


# --- employer names -------------------------------------------------------------------------------


def test_the_signer_beside_a_document_title_is_not_the_employer() -> None:
    # given a signature service's notice whose title reads "<employer> - Offer Letter - <candidate>"
    sender = Address("PandaDoc", "docs@pandadoc.net")
    subject = "Document completed: Larkspur Dental - Offer Letter - Sam Taylor"
    # when the employer is extracted
    company = find_company(sender, subject, "All recipients have completed the document.")
    # then it is the employer, not the service nor the candidate
    assert company == "Larkspur Dental"


def test_a_screening_service_on_behalf_of_the_employer_names_the_employer() -> None:
    # given "<service> on behalf of <employer>" in the sender's name
    sender = Address("Checkr on behalf of Marlow Freight", "noreply@checkr.com")
    # when the employer is extracted
    company = find_company(sender, "Action required", "Please complete your background check.")
    # then it is the employer
    assert company == "Marlow Freight"


def test_a_service_on_an_unlisted_domain_is_still_a_relay() -> None:
    # given a signature service sending from a top-level domain we do not list
    sender = Address("", "notify@hellosign.co.uk")
    # when the employer is extracted
    company = find_company(sender, "Signed", "Ravel Analytics has signed your contract.")
    # then the service's domain does not become the employer
    assert company != "Hellosign"


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        ("Thanks,\nPriya\nCo-founder, Gullwing Robotics", "Gullwing Robotics"),
        ("Regards,\nAmelia Stone\nPeople & Culture\nBrackenridge Water", "Brackenridge Water"),
        ("Kind regards,\nBeata Nagy\nHR Manager\nTisza Components Kft.", "Tisza Components"),
    ],
)
def test_signature_titles_departments_and_legal_forms_are_not_the_name(signature: str, expected: str) -> None:
    # given a short note whose employer is named only in the signature (greeting line included)
    text = f"Sam,\n\nWe won't be moving forward, sorry.\n\n{signature}"
    # when the employer is extracted
    company = find_company(Address("", "someone@gmail.com"), "Re: chat", text)
    # then it is the organisation (a legal form may stay), not the greeting, the title or the department
    assert company is not None
    assert company.removesuffix(" Kft.").removesuffix(" Kft") == expected


def test_a_display_name_with_people_and_culture_is_trimmed() -> None:
    # given an HR team's display name
    sender = Address("Ironbark Energy People & Culture", "people@ironbark.com.au")
    # when the employer is extracted
    company = find_company(sender, "Update", "Thanks for your patience.")
    # then the team words go
    assert company == "Ironbark Energy"


def test_a_two_party_sign_off_keeps_the_first_party() -> None:
    # given a sign-off naming the employer and its assessment vendor
    text = "Best of luck,\nHollis Bank and the Codility team"
    # when the employer is extracted
    company = find_company(Address("", "no-reply@codility.com"), "Your test", text)
    # then it is the employer alone
    assert company == "Hollis Bank"


def test_a_graduate_scheme_is_not_part_of_the_employer_name() -> None:
    # given the employer named with its programme
    text = "Thank you for applying to the Northwind Airways Graduate Engineering Scheme."
    # when the employer is extracted
    company = find_company(Address("Northwind Airways", "grads@northwind.example"), "Tests", text)
    # then the programme words are not part of it
    assert company == "Northwind Airways"


# --- dates ----------------------------------------------------------------------------------------


def test_day_month_year_with_hyphens_and_a_time_below() -> None:
    # given an Indian-style interview schedule
    text = "Date: 24-Mar-2026\nTime: 03:30 PM IST\nMode: Teams"
    # when the dates are found
    mentions = find_datetimes(text, datetime(2026, 3, 12, 11, 0, tzinfo=KOLKATA))
    # then the date carries its time
    assert [(m.day.isoformat(), m.at) for m in mentions] == [("2026-03-24", time(15, 30))]


def test_a_time_written_before_its_date_with_a_zone_note() -> None:
    # given a booking tool's line: time range, zone note, then the date
    text = "When: 11:30am - 12:00pm (Central Time - US & Canada) Thursday, March 19, 2026"
    # when the dates are found
    mentions = find_datetimes(text, datetime(2026, 3, 9, 10, 0, tzinfo=NEW_YORK))
    # then the date carries the time before it
    assert [(m.day.isoformat(), m.at) for m in mentions] == [("2026-03-19", time(11, 30))]


@pytest.mark.parametrize(
    ("sentence", "expected_day"),
    [
        ("You have 5 days to complete the challenge once you receive this email.", "2026-03-14"),
        ("You'll have three business days to submit your answers.", "2026-03-12"),
    ],
)
def test_a_window_the_candidate_is_given_is_their_deadline(sentence: str, expected_day: str) -> None:
    # given an assessment invitation that gives the candidate a number of days
    # when extracted
    extraction = extract(_mail(sentence, subject="Coding challenge"), Kind.ASSESSMENT)
    # then it is the candidate's own deadline, counted from the mail's date
    assert extraction.respond_by is not None
    assert extraction.respond_by.date().isoformat() == expected_day
    assert extraction.expect_reply_by is None


def test_a_bare_day_month_without_year_is_not_read_from_hyphens() -> None:
    # given a range written with a hyphen: "3-5 March" is not the 3rd
    deadline = resolve_deadline("Assessment days run 3-5 March.", SENT)
    # then only the far end is a date
    assert deadline is not None
    assert deadline.date().isoformat() == "2026-03-05"


@pytest.mark.parametrize(
    "text",
    [
        "Our CEO and I have signed your offer letter. Please countersign it by Friday.",
        "Ana Ruiz and Tom Wu have signed off on the offer; it goes out to you tomorrow.",
    ],
)
def test_the_employers_own_signatures_are_not_the_candidates(text: str) -> None:
    # given the employer's side signing or approving the offer, the candidate not yet
    # when classified
    result = classify("Your offer", text)
    # then it is at most an offer, never a signed one
    assert result.kind is not Kind.OFFER_SIGNED

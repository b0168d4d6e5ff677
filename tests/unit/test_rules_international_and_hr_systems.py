"""General rules added after blind batch 10: each test pins a phrasing family, never one fixture mail.

Worded differently from the blind-10 mails on purpose: e-signature and HR-system notices that name the
document, job-board receipts with a "similar jobs" cross-sell, English written by French speakers,
booking-tool confirmations, replies that keep an older subject, texted reference requests, newsletter
advice about "your interview", the employer named only as the thing one joins, forms of address mistaken
for employers, and paperwork promised to "land in your inbox".
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.model import Address, Kind
from untilsigned.domain.understanding.classify import classify
from untilsigned.domain.understanding.extract import company_key, find_company, find_deadlines

pytestmark = pytest.mark.unit

BERLIN = ZoneInfo("Europe/Berlin")
# Wednesday 6 May 2026, 10:00 in Berlin: the employer email's own date.
SENT = datetime(2026, 5, 6, 10, 0, tzinfo=BERLIN)


def _day(value: datetime | None) -> date | None:
    return value.astimezone(BERLIN).date() if value is not None else None


# --- signatures recorded by HR systems -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Hi Sam, you have successfully signed the document "Dienstvertrag / Contract of employment". '
        "A copy is stored in your employee account.",
        "Thank you! All signatures for the offer letter (Junior Planner) have been collected. "
        "The final PDF is attached.",
    ],
)
def test_an_hr_system_recording_the_signature_is_signed(text: str) -> None:
    # given an HR system's notice that the contract or offer letter now carries every signature
    # when it is classified
    result = classify("Document completed", text)
    # then the offer is signed, not merely offered
    assert result.kind is Kind.OFFER_SIGNED


def test_all_signatures_on_an_nda_are_not_a_signed_offer() -> None:
    # given a completion notice for paperwork that is not the employment offer
    text = "All signatures on your mutual NDA are now complete. We look forward to the technical interview."
    # when it is classified
    result = classify("Signed: NDA", text)
    # then it is never read as a signed offer
    assert result.kind is not Kind.OFFER_SIGNED


# --- receipts and acknowledgements -----------------------------------------------------------------


def test_a_job_board_receipt_with_a_similar_jobs_cross_sell_stays_a_receipt() -> None:
    # given a job board confirming the user's application, with "apply for similar jobs" underneath
    text = (
        "Your application for Stores Supervisor at Fenwold Retail has been sent to the employer.\n\n"
        "Apply for similar jobs\nStock Lead - Nottingham\nYou are receiving this email as a member."
    )
    # when it is classified
    result = classify("Application sent: Stores Supervisor", text, Address("JobBoard", "no-reply@indeed.com"))
    # then it remains the acknowledgement of the user's own application
    assert result.kind is Kind.APPLICATION_RECEIVED


def test_a_list_of_similar_jobs_on_its_own_is_still_not_job() -> None:
    # given a digest that only recommends similar jobs to something applied for earlier
    text = "Because you applied for Barista, you might like these. Browse more similar jobs near you."
    # when it is classified
    result = classify("Similar jobs for you", text)
    # then it is a job-board mailing
    assert result.kind is Kind.NOT_JOB


def test_good_reception_of_an_application_is_an_acknowledgement() -> None:
    # given English written by a French speaker confirming "good reception" of the file
    text = "Madame, Monsieur, we acknowledge good reception of your application and will study it closely."
    # when it is classified
    result = classify("Accusé de réception", text)
    # then it is an acknowledgement
    assert result.kind is Kind.APPLICATION_RECEIVED


# --- interviews and status ---------------------------------------------------------------------------


def test_a_booking_tool_confirmation_of_a_screening_call_is_an_interview() -> None:
    # given a scheduling tool confirming a booked slot with the employer's recruiter
    text = (
        "A new event has been scheduled.\nEvent Name: Phone screen with Corvel Studios\n"
        "Invitee: Sam Rivera\nDate/Time: 14:00 - 14:30, Tuesday 12 May 2026 (Central European Time)"
    )
    # when it is classified
    result = classify("New booking: Phone screen", text)
    # then it is a scheduled interview
    assert result.kind is Kind.INTERVIEW_SCHEDULED


def test_a_reply_under_an_old_interview_subject_follows_its_newest_body() -> None:
    # given a reply that kept the thread's interview subject but only reports the candidacy is pending
    text = (
        "Dear Sam, the panel's feedback was good and your candidature is currently under consideration "
        "for the last round. We will get back to you within two working days."
    )
    # when it is classified
    result = classify("Re: Interview scheduled - Round 2", text)
    # then the newest words decide: still in process
    assert result.kind is Kind.STATUS_UPDATE


def test_interview_advice_in_a_newsletter_is_not_an_interview() -> None:
    # given a careers newsletter addressing whoever has an interview coming up
    text = (
        "Whether your next interview is booked for this afternoon or next month, these five habits help. "
        "Upgrade to Premium for unlimited mock interviews at 20% off. "
        "You are receiving this email because you subscribed. Unsubscribe"
    )
    # when it is classified
    result = classify("Big interview coming up? Our checklist", text)
    # then it is a mailing, not an appointment
    assert result.kind is Kind.NOT_JOB


# --- references ------------------------------------------------------------------------------------


def test_a_texted_request_for_refs_is_a_reference_request_with_a_deadline() -> None:
    # given a recruiter's phone-typed note asking for "refs" by a day
    text = "hey Sam could u send me three refs by Friday? the director wants to wrap this up"
    # when it is classified and its deadline read
    result = classify("refs pls", text)
    _, respond = find_deadlines(text, SENT)
    # then references are requested and the candidate's deadline is that Friday
    assert result.kind is Kind.REFERENCES_REQUESTED
    assert _day(respond) == date(2026, 5, 8)


# --- the employer's name -----------------------------------------------------------------------------


def test_the_employer_named_as_what_the_candidate_joins_is_found() -> None:
    # given an ATS relay whose display name could pass for a person, and the body naming what one joins
    sender = Address("Halloway Kites", "no-reply@teamtailor-mail.com")
    text = "Hi Sam, great that you'd like to join Halloway Kites as an Event Producer. We'll be in touch."
    # when the employer is looked for
    found = find_company(sender, "Thanks for applying", text)
    # then the joined organisation is the employer
    assert found is not None and company_key(found) == company_key("Halloway Kites")


def test_a_form_of_address_is_never_the_employer() -> None:
    # given a follow-up naming an interviewer by title, the employer named only by the sender's domain
    text = (
        "Hello Sam, following your interview with Mrs. Okonjo the decision will take a few more days.\n\n"
        "Best regards,\nAdaeze"
    )
    # when the employer is looked for
    found = find_company(Address("Adaeze Nwosu", "adaeze@ijebu-agritech.example"), "Update", text)
    # then the honorific never becomes the employer's name
    assert found is not None and company_key(found) == company_key("Ijebu Agritech")


def test_a_german_energy_firm_in_a_signature_is_not_taken_for_a_person() -> None:
    # given an HR system's notice signed off with a German company name under a relay sender
    text = "Hallo Sam,\n\nyour contract is now signed by everyone.\n\nBis bald!\nOsterfeld Energie"
    # when the employer is looked for
    found = find_company(Address("Personio", "noreply@personio.de"), "Document signed", text)
    # then the company in the signature is the employer
    assert found is not None and company_key(found) == company_key("Osterfeld Energie")


def test_a_german_hr_team_in_the_display_name_is_dropped() -> None:
    # given a sender shown as the company followed by its HR department in German
    sender = Address("Lindenau Automation Personal", "personal@lindenau.example")
    # when the employer is looked for
    found = find_company(sender, "Your contract offer", "Dear Mr Rivera, please find the contract attached.")
    # then the department word is not part of the employer's name
    assert found is not None and company_key(found) == company_key("Lindenau Automation")


# --- promises ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "So happy to make this official - the formal letter will land on Friday, ping me with questions",
            date(2026, 5, 8),
        ),
        ("Welcome (almost) aboard! Your contract should hit your inbox on Monday.", date(2026, 5, 11)),
    ],
)
def test_paperwork_promised_to_arrive_is_an_employer_promise(text: str, expected: date) -> None:
    # given an employer saying when the written paperwork will reach the candidate
    # when the dates are read
    expect, _ = find_deadlines(text, SENT)
    # then that day is the employer's promise
    assert _day(expect) == expected


# --- rejections ------------------------------------------------------------------------------------------


def test_settling_on_someone_else_after_praise_is_a_rejection() -> None:
    # given warm praise followed by the employer having settled on another person
    text = (
        "Hi Sam, the whole panel liked your case presentation a great deal, but in the end the studio "
        "settled on somebody with more live-event experience. All the best with your search."
    )
    # when it is classified
    result = classify("Your interview with us", text)
    # then it is a rejection, the praise notwithstanding
    assert result.kind is Kind.REJECTED

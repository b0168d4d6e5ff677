"""General rules added after blind batch 8: each test pins a phrasing family, never one fixture mail.

Written in other words than the blind-8 mails on purpose: employers named only by a relay's display name,
an acronym, a domain built from initials or a calendar invite's title; promises phrased through an agency
("they'll give feedback"), a panel ("all applicants will hear back") or a fortnight.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.model import Address, Kind
from untilsigned.domain.understanding.classify import classify
from untilsigned.domain.understanding.dates import resolve_deadline
from untilsigned.domain.understanding.extract import company_key, find_company, find_deadlines
from untilsigned.domain.understanding.relays import is_ats_domain, is_relay_domain, is_relay_name

pytestmark = pytest.mark.unit

LONDON = ZoneInfo("Europe/London")
# Tuesday 10 March 2026, 09:30 in London: the employer email's own date.
SENT = datetime(2026, 3, 10, 9, 30, tzinfo=LONDON)


def _day(value: datetime | None) -> date | None:
    return value.astimezone(LONDON).date() if value is not None else None


# --- dates: spans and promises written unusually -----------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("We will reply within a fortnight.", date(2026, 3, 24)),
        ("Expect a decision within two fortnights.", date(2026, 4, 7)),
        ("The panel meets over the coming fortnight and we'll update you then.", date(2026, 3, 24)),
    ],
)
def test_a_fortnight_is_fourteen_days(phrase: str, expected: date) -> None:
    # given a span counted in fortnights
    # when resolved against the mail's date
    resolved = resolve_deadline(phrase, SENT)
    # then each fortnight is 14 calendar days
    assert _day(resolved) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the panel's own work over a span, then everyone hears: the span's end is the promise
        (
            "The board will meet over the next 7 working days, after which all applicants will hear back.",
            date(2026, 3, 19),
        ),
        # an agency relaying the client's word, after a "but" about someone's absence
        (
            "Their director is away until Thursday, but they will give you feedback by Monday.",
            date(2026, 3, 16),
        ),
        # a request in form ("please bear with us"), the employer's promise after the colon
        ("Please bear with us: we will contact every candidate by the 20th.", date(2026, 3, 20)),
        ("We expect to confirm the outcome before the end of the month.", date(2026, 3, 31)),
        ("They've said they will make their selection over the next three weeks.", date(2026, 3, 31)),
        ("We will write to shortlisted applicants by 27/03/2026.", date(2026, 3, 27)),
        ("In the next 48 hours you will receive a brief screening form from our team.", date(2026, 3, 12)),
    ],
)
def test_unusual_promises_are_the_employers(text: str, expected: date) -> None:
    # given an employer's promise phrased unusually
    # when the deadlines are found
    expect, respond = find_deadlines(text, SENT)
    # then it is the employer's promise, not the candidate's deadline
    assert _day(expect) == expected
    assert respond is None


def test_interviews_then_an_undated_reply_still_promise_nothing() -> None:
    # given interviews next week and a reply "after that", with no span before it
    text = "We are interviewing next week and will be in touch after that."
    # when the deadlines are found
    expect, _ = find_deadlines(text, SENT)
    # then no date was promised
    assert expect is None


def test_a_client_wanting_an_answer_sets_the_candidates_deadline() -> None:
    # given an agency passing on the client's deadline for the candidate's answer
    text = "The client would like an answer from you by Friday, so have a think over the weekend."
    # when the deadlines are found
    expect, respond = find_deadlines(text, SENT)
    # then it is the candidate's deadline
    assert _day(respond) == date(2026, 3, 13)
    assert expect is None


# --- company: forms of the name ------------------------------------------------------------------------


def test_dotted_legal_forms_do_not_count_in_the_key() -> None:
    # given a Dutch and a Czech legal form written with dots
    # when keyed
    # then they compare like the bare name
    assert company_key("Dijkstra Installaties B.V.") == company_key("Dijkstra Installaties")
    assert company_key("Moravek Tools s.r.o.") == company_key("Moravek Tools")


def test_a_team_word_before_the_name_in_a_display_name_is_dropped() -> None:
    # given a display name that starts with the team ("HR Moravek Tools s.r.o.")
    sender = Address("HR Moravek Tools s.r.o.", "hr@moravek-tools.cz")
    # when the company is found
    company = find_company(sender, "Your application", "Dear Sam, thank you for applying. Regards, HR")
    # then the employer is named without the team word, its legal form kept as written
    assert company == "Moravek Tools s.r.o."


def test_a_department_alone_is_never_the_employer() -> None:
    # given a display name and signature naming only a department, and the employer under them
    sender = Address("Finance Directorate Recruitment", "recruitment@harlingrail.co.uk")
    text = (
        "Dear Sam,\n\nWe regret that you were not shortlisted.\n\nYours sincerely,\nFinance Directorate\n"
        "Harling Rail"
    )
    # when the company is found
    company = find_company(sender, "Application update", text)
    # then the employer is named, not the department
    assert company == "Harling Rail"


@pytest.mark.parametrize(
    ("display", "email", "text", "expected"),
    [
        (
            "KRFA Careers",
            "careers@krfa.org",
            "Thanks for your interest in joining Kite River Food Alliance as our Logistics Lead.",
            "Kite River Food Alliance",
        ),
        (
            "Ashvale HA Recruitment",
            "jobs@ashvaleha.org.uk",
            "We will take up references shortly.\n\nKind regards,\nPeople Team\nAshvale Housing Association",
            "Ashvale Housing Association",
        ),
    ],
)
def test_an_acronym_gives_way_to_the_name_it_abbreviates(
    display: str, email: str, text: str, expected: str
) -> None:
    # given a display name that abbreviates the name the mail spells out
    # when the company is found
    company = find_company(Address(display, email), "Your application", text)
    # then the written-out name is the employer
    assert company == expected


@pytest.mark.parametrize(
    ("email", "text", "expected"),
    [
        # the domain keeps the first and last words: "fennelbuilders" for "Fennel & Sons Builders"
        ("tom@fennelbuilders.co.uk", "Cheers,\nTom\nFennel & Sons Builders", "Fennel & Sons Builders"),
        # German umlauts written out in the domain
        (
            "k.weber@mueller-pruefsysteme.de",
            "Mit freundlichen Grüßen\nKatja Weber\nMüller Prüfsysteme",
            "Müller Prüfsysteme",
        ),
        # the domain is the initials of the name
        ("jobs@nwhc.org", "Kind regards,\nAmira\nNorth Wold Heritage Centre", "North Wold Heritage Centre"),
    ],
)
def test_a_personal_sender_domain_spelled_from_the_signature(email: str, text: str, expected: str) -> None:
    # given a recruiter's own address whose domain abbreviates the employer in the signature
    sender = Address("Tom Baker", email)
    # when the company is found
    company = find_company(sender, "Re: your interview", "Hi Sam, we went with someone else.\n\n" + text)
    # then the signature's name wins over the domain's spelling
    assert company == expected


def test_a_calendar_invitation_names_the_employer_in_its_title() -> None:
    # given a Google Calendar invitation sent by the calendar itself
    sender = Address("Google Calendar", "calendar-notification@google.com")
    subject = "Invitation: Final interview - Brackwater Labs @ Thu Apr 2, 2026 10am - 11am (BST)"
    # when the company is found
    company = find_company(sender, subject, "You have been invited to the following event.")
    # then the employer comes from the event's title, not from the calendar or Google
    assert company == "Brackwater Labs"


def test_an_e_signature_document_titled_letter_of_offer() -> None:
    # given a signature service completing a "Letter of Offer - <employer>" document
    sender = Address("Dropbox Sign", "noreply@mail.hellosign.com")
    subject = 'You\'ve signed "Letter of Offer - Pinewick & Shaw"'
    # when the company is found
    company = find_company(sender, subject, 'You have signed "Letter of Offer - Pinewick & Shaw".')
    # then the document's employer is named
    assert company == "Pinewick & Shaw"


def test_an_agency_names_its_client() -> None:
    # given an agency consultant writing about the client they submitted the candidate to
    sender = Address("Jo Reeve", "jo@quarrytalent.co.uk")
    text = (
        "Hi Sam, I've sent your details to our client, Harrowden Utilities, and will chase them Monday.\n\nJo"
    )
    # when the company is found
    company = find_company(sender, "Update", text)
    # then the client is the employer
    assert company == "Harrowden Utilities"


def test_a_signature_above_an_automated_footer_still_counts() -> None:
    # given a signature, then a "--" rule opening an automated footer
    sender = Address("Careers", "no-reply@smartrecruiters.com")
    text = (
        "Hi Sam, thanks for applying. We will be in touch.\n\nRegards,\nTalent Acquisition\n"
        "Westcombe Opticians Group\n"
        "\n--\nThis is an automated message sent on behalf of our client. Please do not reply. Unsubscribe"
    )
    # when the company is found
    company = find_company(sender, "Application received", text)
    # then the signature names the employer
    assert company == "Westcombe Opticians Group"


def test_a_job_board_relay_display_name_gives_way_to_the_public_body() -> None:
    # given the NHS job board writing for a trust named in the body
    sender = Address("NHS Jobs", "no-reply@jobs.nhs.uk")
    text = "Re: Pharmacy Technician, Westmere Community NHS Trust\n\nYou have not been shortlisted this time."
    # when the company is found
    company = find_company(sender, "Application outcome", text)
    # then the trust is the employer, never the board
    assert company == "Westmere Community NHS Trust"


def test_an_assessment_service_shows_the_employers_configured_name() -> None:
    # given a video assessment service whose display name is the employer's
    sender = Address("Fallowby Retail", "noreply@hirevue.com")
    # when the company is found
    company = find_company(sender, "Your video interview", "Please record your answers to five questions.")
    # then the display name is the employer
    assert company == "Fallowby Retail"


@pytest.mark.parametrize(
    ("display", "text", "expected"),
    [
        ("Brookmere Academy Office", "We are pleased to invite you to interview.", "Brookmere Academy"),
        ("Tarnwell", "Thank you for applying to Tarnwell's Data Engineering internship.", "Tarnwell"),
    ],
)
def test_department_and_possessive_tails_do_not_stick_to_the_name(
    display: str, text: str, expected: str
) -> None:
    # given a name written with a department after it, or as "<name>'s <programme>"
    sender = Address(display, "hello@" + expected.split()[0].lower() + ".org")
    # when the company is found
    company = find_company(sender, "Next steps", text)
    # then the employer is named alone
    assert company == expected


def test_reserved_test_domains_match_the_relays_they_stand_for() -> None:
    # given relays written under reserved test TLDs, and the real NHS job board
    # when looked up
    # then they are recognised as relays, and ordinary employer domains are not
    assert is_ats_domain("eu.greenhouse-mail.example")
    assert is_relay_domain("jobs.nhs.uk")
    assert is_relay_name("NHS Jobs")
    assert not is_relay_domain("careers.tallowmere.example")


# --- kinds ---------------------------------------------------------------------------------------------


def test_an_agency_submitting_the_cv_to_its_client_is_an_application() -> None:
    # given a consultant telling the candidate their CV went to the client
    text = "Quick one: I've sent your CV over to my client this morning for the Buyer role. Fingers crossed!"
    # when classified
    # then it is an application, not a status update
    assert classify("Buyer role", text).kind is Kind.APPLICATION_RECEIVED


def test_whether_we_would_like_to_schedule_is_not_an_interview() -> None:
    # given an acknowledgement that only says the employer may want a call
    text = "We have received your application. You'll learn whether we would like to schedule a call soon."
    # when classified
    # then it is an acknowledgement
    assert classify("Application received", text).kind is Kind.APPLICATION_RECEIVED


def test_a_screening_form_about_availability_is_not_an_interview() -> None:
    # given an acknowledgement promising a form about availability and preferences
    text = "Thanks for applying for Barista. You'll get a form asking your availability and preferred store."
    # when classified
    # then it is an acknowledgement
    assert classify("Thanks for applying", text).kind is Kind.APPLICATION_RECEIVED


def test_a_verbal_offer_with_a_salary_is_an_offer() -> None:
    # given a written recap of a phone offer with pay and a staff discount
    text = "We'd really like you to join us as Store Lead, and we're offering £36,500 plus staff discount."
    # when classified
    # then it is an offer
    assert classify("Our chat", text).kind is Kind.OFFER


def test_a_salary_in_an_acknowledgement_is_not_an_offer() -> None:
    # given an acknowledgement describing the advertised pay
    text = "Thank you for applying for Store Lead. For this role we're offering flexible hours and £36,500."
    # when classified
    # then it is never an offer
    assert classify("Thanks for applying", text).kind not in (Kind.OFFER, Kind.OFFER_SIGNED)


def test_asking_to_speak_with_former_managers_is_a_reference_request() -> None:
    # given a request to speak with past managers, without the word "references"
    text = "Before we decide, we'd like to speak with two of your previous managers. Could you share emails?"
    # when classified
    # then it is a reference request
    assert classify("Next step", text).kind is Kind.REFERENCES_REQUESTED


def test_a_role_filled_from_within_is_a_rejection() -> None:
    # given a role filled internally, named with a word that also means an event ("Workshop")
    text = (
        "We have filled the Workshop Supervisor post from within, so we will not be proceeding with external "
        "candidates."
    )
    # when classified
    # then it is a rejection, not marketing
    assert classify("Workshop Supervisor", text).kind is Kind.REJECTED


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Thank you for completing the numerical reasoning tests for the Analyst role. Results follow.",
            Kind.STATUS_UPDATE,
        ),
        (
            "Thank you for completing your application for the Analyst role. We'll review it.",
            Kind.APPLICATION_RECEIVED,
        ),
    ],
)
def test_thanks_for_completing_a_test_is_progress_not_an_application(text: str, kind: Kind) -> None:
    # given thanks for a completed test, or for a completed application
    # when classified
    # then a test done is a status update; an application done is an acknowledgement
    assert classify("Thank you", text).kind is kind

"""General rules for English mail nobody tuned for: each test pins a family of phrasings, never one mail.

Worded apart from the blind batches on purpose: completion notices from any e-signature tool, acceptance
taken as a fact, onboarding logistics after a signature, no-decision news that names when the answer
comes, written cases and slot pickers framed as "the next stage", broadcasts to a company's own staff,
newsletters, job scams whose signs add up, and the role inside an e-signature document's title.
"""

from __future__ import annotations

import pytest

from untilsigned.domain.model import Address, Kind
from untilsigned.domain.understanding.classify import classify
from untilsigned.domain.understanding.extract import find_company, find_role
from untilsigned.domain.understanding.relays import is_relay_name, is_service_domain

pytestmark = pytest.mark.unit


# --- signature notices from any tool ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Document completed",
            'The document "Employment Contract - Riya Patel - Store Manager" has been completed. '
            "Download the final copy below.",
        ),
        (
            "Harbourline Ltd - Offer Letter - Signing complete",
            "Every recipient has finished. Thanks for using our e-signature service.",
        ),
        (
            "Signed",
            'You have just signed "Offer of Employment - Quayside Bakery". The other party will countersign.',
        ),
        (
            "Contract notice",
            'The agreement "Contract of Employment_Riya Patel" sent by Tom Hale was signed by all signers '
            "today.",
        ),
    ],
)
def test_a_completion_notice_for_the_offer_is_signed_whatever_the_tool(subject: str, text: str) -> None:
    # given a signature service saying the offer letter or contract is completed or signed
    # when it is classified
    result = classify(subject, text)
    # then the offer is signed, whichever service wrote the notice
    assert result.kind is Kind.OFFER_SIGNED


@pytest.mark.parametrize(
    "text",
    [
        'The document "Offer Letter - Riya Patel" has been sent to you for signature. Review and sign it '
        "here.",
        "Your contract is ready: please review and sign your employment contract by Friday.",
        "Your employment contract has been sent to you for signature through our e-signature provider.",
        "We're thrilled you'll be joining us! The offer letter is attached - sign it and we'll plan your "
        "first week together.",
    ],
)
def test_a_contract_sent_for_signature_stays_an_offer(text: str) -> None:
    # given the offer or contract sent FOR signature, however warm the words around it
    # when it is classified
    result = classify("Your offer from Harbourline", text)
    # then it is the offer, never a signed one
    assert result.kind is Kind.OFFER


def test_acceptance_named_as_a_fact_is_signed() -> None:
    # given a mail that builds on the accepted offer without saying "thank you for signing"
    text = (
        "Following your acceptance of our job offer, you've been added as a starter in our HR system. "
        "Please complete your details in the portal."
    )
    # when it is classified
    result = classify("Getting you set up", text)
    # then the offer is signed
    assert result.kind is Kind.OFFER_SIGNED


def test_paperwork_signed_as_the_reason_for_an_it_mail_is_signed() -> None:
    # given an IT team setting the new hire up because the paperwork is done
    text = "Now that your contract has been signed, IT can order your equipment. Expect a box next week."
    # when it is classified
    result = classify("Your equipment", text)
    # then the offer is signed
    assert result.kind is Kind.OFFER_SIGNED


def test_first_week_logistics_alone_read_as_signed() -> None:
    # given a first-week plan with a buddy, an induction and the team chat, and no offer still open
    text = (
        "Two more weeks until you join us! Your first week will be mostly induction.\n"
        "Monday: HR induction and building tour\nYour buddy is Alex, who'll add you to our Slack workspace."
    )
    # when it is classified
    result = classify("Your first week", text)
    # then it is read as a signed offer (from logistics only)
    assert result.kind is Kind.OFFER_SIGNED


def test_payroll_and_laptop_logistics_after_signing_read_as_signed() -> None:
    # given a new-starter mail about payroll details in a portal and a laptop on its way
    text = (
        "Please log in to the onboarding portal and add your bank details before you start. "
        "Your laptop will be delivered to your home the Friday before."
    )
    # when it is classified
    result = classify("Before you start", text)
    # then it is read as a signed offer
    assert result.kind is Kind.OFFER_SIGNED


def test_an_open_offer_with_first_week_talk_is_never_signed() -> None:
    # given an offer still waiting for an answer that already talks about the laptop and the first week
    text = (
        "We'd like to offer you the Store Manager position at £41,000. Once you've signed, your laptop "
        "will be shipped and your first week will be planned with your buddy."
    )
    # when it is classified
    result = classify("Offer", text)
    # then it is the offer
    assert result.kind is Kind.OFFER


# --- status updates with no decision ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Priya liked talking to you. We'll have a decision on the final round for you by Wednesday.",
        "The hiring committee is now deliberating and we'll share the outcome by the end of the month.",
        "We've wrapped up the remaining interviews this week, so expect to hear from me soon.",
    ],
)
def test_a_short_follow_up_naming_when_the_answer_comes_is_a_status_update(text: str) -> None:
    # given a human follow-up after an interview that says no decision yet and when it will come
    # when it is classified
    result = classify("Quick note", text)
    # then it is news about the process, not unrelated mail
    assert result.kind is Kind.STATUS_UPDATE


# --- next stages framed as work or a slot to pick ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The second stage of our process is a written case: a one-page pricing memo, due Monday.",
        "Round two: stage 2 is a timed numeracy test, which you can sit whenever suits you this week.",
        "Thanks again. Please send us a short write-up of your approach by Thursday noon.",
    ],
)
def test_a_stage_that_is_work_to_hand_in_is_an_assessment(text: str) -> None:
    # given the next stage described as a written case, a test or a write-up to send back
    # when it is classified
    result = classify("Next stage", text)
    # then it is an assessment
    assert result.kind is Kind.ASSESSMENT


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for applying. The next step, a 20-minute phone screen with me - pick any slot here: "
        "https://calendly.com/jo-hale/20min",
        "You're through to the final stage. Please share your availability for the onsite via "
        "https://app.modernloop.io/avail/abc by Monday.",
        "Great news for your application: please book whichever time works best at https://cal.com/jo/30.",
    ],
)
def test_a_slot_picker_for_the_next_step_is_an_interview(text: str) -> None:
    # given a self-scheduling link to book the next conversation
    # when it is classified
    result = classify("Next step", text)
    # then it is an interview to schedule, not a status update
    assert result.kind is Kind.INTERVIEW_SCHEDULED


def test_a_recorded_video_interview_is_still_an_assessment() -> None:
    # given the next stage being a recorded, one-sided video interview
    text = "We'd like to invite you to the next stage: a recorded video interview through HireVue by Friday."
    # when it is classified
    result = classify("Next stage", text)
    # then nobody is on the other side: an assessment
    assert result.kind is Kind.ASSESSMENT


# --- broadcasts and newsletters -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dear colleagues, an internal vacancy has opened for a Payroll Officer. Shortlisted staff will be "
        "invited to interview next month. Apply through the intranet.",
        "Hi everyone - we're recruiting internally for a Pricing Offer Lead. Talk to your manager and apply "
        "on the internal careers site.",
    ],
)
def test_an_opening_broadcast_to_staff_is_not_job_mail(text: str) -> None:
    # given a company telling its own staff about an opening the user never applied to
    # when it is classified
    result = classify("Internal opportunity", text)
    # then it is not about the user's applications
    assert result.kind is Kind.NOT_JOB


def test_a_rejection_that_mentions_an_internal_hire_stays_a_rejection() -> None:
    # given a real decision about the user's application that names an internal candidate
    text = (
        "Thank you for your application for the Payroll Officer role. We have decided to appoint an internal "
        "candidate, so we will not be progressing your application."
    )
    # when it is classified
    result = classify("Your application", text)
    # then it is the rejection
    assert result.kind is Kind.REJECTED


def test_a_career_newsletter_about_references_is_not_a_reference_request() -> None:
    # given a newsletter issue whose articles talk about references and interviews
    text = (
        "This week in Career Compass:\n1. Who to pick as your referees\n2. Reference checks explained\n"
        "Upgrade to Premium for weekly coaching.\nView in browser | Unsubscribe"
    )
    # when it is classified
    result = classify("Your week in careers", text)
    # then it is not job mail
    assert result.kind is Kind.NOT_JOB


# --- job scams --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You have been selected for a remote Data Clerk job. Your interview takes place via WhatsApp chat "
        "with our supervisor; reply with your date of birth and a photo of your driver's license.",
        "Congratulations, no interview is required. Contact our HR manager on Telegram and send your bank "
        "account and routing number for payroll.",
        "We are glad to offer you the Virtual Assistant role at $30/hour. The onboarding kit costs $95, "
        "payable today.",
        "Welcome! Pay through the secure link to reserve your position before Friday.",
    ],
)
def test_a_job_scam_is_not_job_mail_and_is_flagged(text: str) -> None:
    # given mail with the signs of a job scam: messaging-app interviews, identity or bank data asked by
    # mail, no interview, a fee for the job
    # when it is classified
    result = classify("Your job offer", text)
    # then it is not job mail, never an offer, and it is marked as a likely scam
    assert result.kind is Kind.NOT_JOB
    assert result.scam


@pytest.mark.parametrize(
    ("subject", "text", "kind"),
    [
        (
            "Before you start",
            "Please log in to the new starter portal and add your bank details so you are paid on time. "
            "Bring your passport on your first day for the right-to-work check.",
            Kind.OFFER_SIGNED,
        ),
        (
            "Interview Thursday",
            "I'd like to invite you to a video interview on Thursday at 3pm. If you prefer, you can WhatsApp "
            "me on the number below.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Offer",
            "We'd like to offer you the Analyst position. We'll pay for your training course in full.",
            Kind.OFFER,
        ),
        (
            "Re: next week",
            "Thanks for your application. I'd like to invite you to a panel interview on Teams on "
            "Thursday at 2pm; happy to message on WhatsApp before then if that's easier.",
            Kind.INTERVIEW_SCHEDULED,
        ),
    ],
)
def test_one_weak_sign_is_not_a_scam(subject: str, text: str, kind: Kind) -> None:
    # given genuine mail with a single thing a scam would also say (bank details for payroll, a WhatsApp
    # number, training mentioned with the employer paying)
    # when it is classified
    result = classify(subject, text)
    # then it keeps its own kind and no scam flag
    assert result.kind is kind
    assert not result.scam


# --- the role and employer on an e-signature notice -------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Completed: Offer Letter - Riya Patel - Store Manager", "Store Manager"),
        ("Employment Contract_Riya Patel_Junior Accountant: signed", "Junior Accountant"),
        ("Riya Patel | Contract of Employment | Warehouse Supervisor", "Warehouse Supervisor"),
    ],
)
def test_the_role_of_a_signature_notice_is_the_job_title_in_the_document_title(
    subject: str, role: str
) -> None:
    # given a document title that names the document, the signer and the role
    # when the role is read from the subject
    found = find_role(subject, "All parties have signed.", None)
    # then it is the job title alone
    assert found == role


def test_a_document_title_without_a_job_title_gives_no_role() -> None:
    # given a document title of the document and the signer only
    # when the role is read
    found = find_role("Completed: Offer Letter - Riya Patel", "All parties have signed.", None)
    # then no role is made up from the signer's name
    assert found is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "All parties have signed.\n\nSender: Tom Hale (Harbourline Logistics)\nCompleted on 2 May",
            "Harbourline Logistics",
        ),
        (
            "The offer letter has been completed by all parties.\n\nSent by Tom Hale, Quayside Bakery",
            "Quayside Bakery",
        ),
        (
            'The contract "Employment contract - Riya Patel" from Brackwater Studio has been signed by all.',
            "Brackwater Studio",
        ),
    ],
)
def test_the_employer_of_a_signature_notice_is_the_sender_organisation(text: str, company: str) -> None:
    # given a signature service's notice that names the sending organisation on its envelope lines
    sender = Address("SignWell", "notifications@signwell.com")
    # when the employer is read
    found = find_company(sender, "Document completed", text)
    # then it is that organisation, never the signature tool
    assert found == company


@pytest.mark.parametrize(
    "name", ["SignWell", "Oneflow", "Signeasy", "Scrive", "Zoho Sign", "BoldSign", "Yousign"]
)
def test_signature_tools_are_never_the_employer(name: str) -> None:
    # given the name of an e-signature tool
    # when it is checked as a relay
    # then it is one
    assert is_relay_name(name)


def test_signature_tool_domains_are_service_relays() -> None:
    # given the mail domains of e-signature tools
    # when they are checked
    # then each is a service relay
    assert all(
        is_service_domain(d) for d in ("signwell.com", "mail.oneflow.com", "scrive.com", "boldsign.com")
    )

"""General rules added after blind batch 9: each test pins a phrasing family, never one fixture mail.

Worded differently from the blind-9 mails on purpose: short "no" notes that "go another way", vacancies
withdrawn under a longer title, sourcers pitching a tech firm, interviews moved or pencilled in without the
word "invite", calendar invitations named in the subject, job-board receipts under a mailing footer, the
employer named by a job board's receipt, and promises to "be back to you".
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.model import Address, Kind
from untilsigned.domain.understanding.classify import classify
from untilsigned.domain.understanding.extract import company_key, find_company, find_deadlines

pytestmark = pytest.mark.unit

LONDON = ZoneInfo("Europe/London")
# Thursday 2 April 2026, 11:00 in London: the employer email's own date.
SENT = datetime(2026, 4, 2, 11, 0, tzinfo=LONDON)


def _day(value: datetime | None) -> date | None:
    return value.astimezone(LONDON).date() if value is not None else None


# --- rejections in few words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, cheers for coming in. We've opted to head in another way for the role. Take care, Rob",
        "Thanks for meeting the team. In the end we decided to go a different route with this hire.",
    ],
)
def test_choosing_another_way_is_a_rejection(text: str) -> None:
    # given a terse note saying the employer chose another way
    # when it is classified
    result = classify("Re: Barista supervisor", text)
    # then it is a rejection, not unrelated mail
    assert result.kind is Kind.REJECTED


def test_a_vacancy_withdrawn_under_a_long_title_is_a_rejection() -> None:
    # given an employer withdrawing a vacancy named with a multi-word title, regretting it could not go on
    text = (
        "Hello Sam, we have had to withdraw the junior sound engineer vacancy because a tour was cancelled. "
        "Thank you for applying; I'm sorry we weren't able to take your application further."
    )
    # when it is classified
    result = classify("Your application", text)
    # then the position is gone: a rejection, not an acknowledgement
    assert result.kind is Kind.REJECTED


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for applying. Once we close the advert for this role we will review every application.",
        "Thanks for applying! We decided to go a different route with the interview format this year.",
    ],
)
def test_process_news_that_only_looks_like_a_rejection_stays_an_acknowledgement(text: str) -> None:
    # given an acknowledgement that talks about closing an advert or changing the interview format
    # when it is classified
    result = classify("Thank you for applying", text)
    # then nothing was decided against the candidate
    assert result.kind is Kind.APPLICATION_RECEIVED


# --- cold outreach ----------------------------------------------------------------------------------


def test_a_sourcer_pitching_a_tech_firm_that_is_interviewing_is_not_a_job_mail() -> None:
    # given a recruiter the user never wrote to, pitching a healthtech client who is "interviewing now"
    text = (
        "Hi Sam, I'm partnering with a fast-growing healthtech in Leeds who are interviewing for a Data "
        "Engineer right now. Are you open to a short chat? Happy to send over the job spec."
    )
    # when it is classified
    result = classify("Data Engineer opportunity", text)
    # then it is cold outreach (not_job), not a status update about an application
    assert result.kind is Kind.NOT_JOB


# --- interviews without the usual invitation words --------------------------------------------------


def test_an_interview_being_moved_to_a_new_slot_is_still_scheduled() -> None:
    # given an apology that the booked interview has to change, with a new slot proposed
    text = (
        "Sadly the panel chair is travelling, so we have to change your interview for the Buyer post. "
        "Could we instead do Monday 13 April at 10:30, same video link?"
    )
    # when it is classified
    result = classify("Interview time", text)
    # then an interview is still scheduled ("sadly" does not make it a rejection)
    assert result.kind is Kind.INTERVIEW_SCHEDULED


def test_a_call_pencilled_in_after_an_application_is_an_interview() -> None:
    # given a hiring manager who booked a first chat straight after the application arrived
    text = (
        "Thanks for applying for the Events Coordinator job. I'd like to have an informal chat first and "
        "I've pencilled us in for Tuesday at 11am; I'll ring the mobile number on your CV."
    )
    # when it is classified
    result = classify("Events Coordinator", text)
    # then the booked call wins over the thanks for applying
    assert result.kind is Kind.INTERVIEW_SCHEDULED


def test_a_calendar_invitation_subject_naming_an_interview_is_scheduled() -> None:
    # given a calendar service's invitation whose subject names an interview and its slot
    subject = "Invitation: Final interview with Orla - Quillby Tea @ Fri 17 Apr 2026 09:00 - 10:00 (BST)"
    text = "Final interview with Orla\nFriday 17 April 2026 09:00 - 10:00\nGoing? Yes - Maybe - No"
    # when it is classified
    result = classify(subject, text)
    # then it is an interview, not a vague status update
    assert result.kind is Kind.INTERVIEW_SCHEDULED


# --- receipts from job boards -----------------------------------------------------------------------


def test_a_job_board_receipt_keeps_its_kind_under_a_mailing_footer() -> None:
    # given a job board confirming the user's own application, with alert suggestions and a footer
    text = (
        "Your application was sent to Pebblestone Dairy.\nDairy Technician - Pebblestone Dairy - Taunton\n"
        "Create job alerts for similar roles\nYou are receiving this email because you applied on our site.\n"
        "Unsubscribe"
    )
    # when it is classified
    result = classify("Your application was sent to Pebblestone Dairy", text)
    # then it is the receipt of an application, not a job alert
    assert result.kind is Kind.APPLICATION_RECEIVED


def test_a_real_job_alert_stays_not_job() -> None:
    # given a genuine alert with listings and a footer, never mentioning the user's application
    text = (
        "Your job alert: 8 new jobs for 'dairy technician'.\nDairy Technician - Pebblestone Dairy\n"
        "You are receiving this email because you created a job alert. Unsubscribe"
    )
    # when it is classified
    result = classify("8 new jobs for you", text)
    # then it is not about any application
    assert result.kind is Kind.NOT_JOB


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Application submitted. These documents were sent to Harrowfield Joinery: CV, cover letter.",
            "Harrowfield Joinery",
        ),
        (
            "Your application has been submitted. The employer, Saltmarsh Ferries, may contact you.",
            "Saltmarsh Ferries",
        ),
    ],
)
def test_a_job_board_receipt_names_the_employer(text: str, expected: str) -> None:
    # given a job board's receipt sent from the board's own address
    sender = Address("Indeed Apply", "indeedapply@indeed.example")
    # when the employer is looked for
    found = find_company(sender, "Application submitted", text)
    # then it is the employer the documents went to, not the board
    assert found is not None and company_key(found) == company_key(expected)


# --- promises to be back -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The directors are away this week, but we'll be back to you by the 20th.", date(2026, 4, 20)),
        ("I will be back in touch with you by Friday.", date(2026, 4, 3)),
    ],
)
def test_being_back_to_the_candidate_by_a_date_is_a_promise(text: str, expected: date) -> None:
    # given an employer saying when it will be back to the candidate
    # when deadlines are found
    expect, respond = find_deadlines(text, SENT)
    # then the date is the employer's promise, not the candidate's deadline
    assert _day(expect) == expected
    assert respond is None

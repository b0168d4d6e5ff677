"""extract(): employer (never the ATS relay), role, requisition id and the dates that matter."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.model import Address, CalendarInvite, Envelope, Kind, OriginalMessage, ReadMail
from untilsigned.domain.understanding.extract import extract, find_company, find_requisition_id, find_role
from untilsigned.domain.understanding.relays import is_ats_domain, is_relay_domain, registrable_domain

pytestmark = pytest.mark.unit

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
UTC_PLUS_0 = ZoneInfo("UTC")
UTC_MINUS_5 = timezone(timedelta(hours=-5))
# Wednesday 4 June 2025, 10:00 in London: the employer email's own date.
SENT = datetime(2025, 6, 4, 10, 0, tzinfo=LONDON)
GREENHOUSE = Address("", "no-reply@greenhouse.io")


def _mail(
    text: str,
    subject: str = "Update",
    sender: Address = GREENHOUSE,
    sent: datetime | None = SENT,
    invites: tuple[CalendarInvite, ...] = (),
) -> ReadMail:
    user = Address("Sam Taylor", "sam@example.com")
    return ReadMail(
        envelope=Envelope("<fwd@example.com>", user, (), "sam@example.com", f"Fwd: {subject}", sent, ""),
        original=OriginalMessage(sender, subject, sent, "<orig@example.com>", "", ()),
        forwarded=True,
        forwarded_by=user,
        text=text,
        quoted="",
        invites=invites,
    )


def _invite(start: datetime, cancelled: bool = False) -> CalendarInvite:
    return CalendarInvite(
        method="CANCEL" if cancelled else "REQUEST",
        start=start,
        end=None,
        sequence=0,
        cancelled=cancelled,
        summary="Interview",
        location="https://meet.example.com/abc",
        uid=f"uid-{start.isoformat()}",
        organizer=None,
    )


# --- company -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        (Address("Acme via Greenhouse", "no-reply@greenhouse.io"), "Acme"),
        (Address("Acme Recruiting", "no-reply@hire.lever.co"), "Acme"),
        (Address("Acme Talent Team", "no-reply@ashbyhq.com"), "Acme"),
        (Address("Acme Careers", "acme@myworkday.com"), "Acme"),
        (Address("Acme Hiring Team", "notifications@ashbyhq.com"), "Acme"),
        (Address("Jane Doe at Acme", "jane@hire.lever.co"), "Acme"),
        (Address("Acme", "jobs@acme.com"), "Acme"),
    ],
)
def test_the_display_name_names_the_employer_without_team_words(sender: Address, expected: str) -> None:
    # given a relay sender whose display name carries the employer
    # when the company is extracted from a body that does not name it
    company = find_company(
        sender, "Thank you for applying", "Hi Sam, thanks for applying. We'll be in touch."
    )
    # then it is the employer, stripped of Recruiting/Talent/Careers
    assert company == expected


@pytest.mark.parametrize(
    "domain",
    ["greenhouse.io", "us.greenhouse-mail.io", "hire.lever.co", "acme.wd5.myworkdayjobs.com", "myworkday.com",
     "ashbyhq.com", "smartrecruiters.com", "icims.com", "workablemail.com", "jobvite.com", "taleo.net",
     "successfactors.com", "bamboohr.com", "recruitee.com", "teamtailor.com", "breezy.hr", "jazzhr.com",
     "personio.de", "pinpointhq.com", "rippling.com", "dover.com", "gem.com"],
)  # fmt: skip
def test_applicant_tracking_domains_are_recognised(domain: str) -> None:
    assert is_ats_domain(domain)


@pytest.mark.parametrize("domain", ["acme.com", "careers.acme.co.uk", "metaverse.io", "google.com"])
def test_employer_domains_are_not_relays(domain: str) -> None:
    assert not is_ats_domain(domain)
    assert not is_relay_domain(domain)


def test_job_boards_and_free_mail_are_relays_but_not_ats() -> None:
    assert is_relay_domain("linkedin.com") and not is_ats_domain("linkedin.com")
    assert is_relay_domain("gmail.com")
    assert registrable_domain("mail.careers.acme.co.uk") == "acme.co.uk"


def test_a_relay_is_never_the_company() -> None:
    # given a Workday sender and no employer anywhere else
    sender = Address("Workday", "donotreply@myworkday.com")
    # when extracted
    company = find_company(sender, "Your application", "Thank you. We will review your application.")
    # then there is no company rather than the relay's name
    assert company is None


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Your application to Globex Corporation", "Globex Corporation"),
        ("Senior Data Engineer at Initech", "Initech"),
        ("Umbrella Health | Software Engineer", "Umbrella Health"),
        ("Update on your Hooli application", "Hooli"),
        ("Welcome to Vandelay Industries", "Vandelay Industries"),
        ("Re: Fwd: Thank you for applying to Soylent Foods!", "Soylent Foods"),
    ],
)
def test_the_subject_names_the_employer(subject: str, expected: str) -> None:
    assert find_company(GREENHOUSE, subject, "Hi Sam, thanks for your time.") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Thank you for applying to Pied Piper. We will review your resume.", "Pied Piper"),
        ("Everyone on the team at Vandelay Industries enjoyed meeting you.", "Vandelay Industries"),
        ("Thank you for your interest in Orion Aerospace! We received your application.", "Orion Aerospace"),
        ("Thanks for your interest in joining the Bluebird Labs team!", "Bluebird Labs"),
        ("Thank you for applying for Nurse at Saint Mary Hospital. We received it.", "Saint Mary Hospital"),
        ("Your application was sent to Zephyr Labs.", "Zephyr Labs"),
        ("We are pleased to welcome you to Larkspur Traders as our new Analyst!", "Larkspur Traders"),
        (
            "Thank you for your interest in employment with Harbor Point Engineers, Inc.!",
            "Harbor Point Engineers, Inc.",
        ),
        ("Best regards,\nThe Quillfeather Recruiting Team", "Quillfeather"),
    ],
)
def test_the_body_names_the_employer(body: str, expected: str) -> None:
    assert find_company(GREENHOUSE, "Update", body) == expected


def test_the_signature_names_the_employer_but_the_title_line_is_not_taken() -> None:
    # given a signature of name, title and organisation
    body = "Could you send three references?\n\nBest regards,\nMaria Lopez\nTalent Partner\nBlue Harbor Ltd"
    # when extracted
    company = find_company(GREENHOUSE, "References", body)
    # then the organisation line wins, never "Talent Partner"
    assert company == "Blue Harbor Ltd"


def test_title_comma_organisation_signature() -> None:
    body = "We enjoyed meeting you.\n\nRegards,\nAlicia Moreno\nTalent Acquisition, Crestline Software"
    assert find_company(GREENHOUSE, "Update", body) == "Crestline Software"


def test_the_sender_domain_is_the_last_resort_when_it_is_not_a_relay() -> None:
    sender = Address("Jane Smith", "jane.smith@piedpiper.com")
    assert find_company(sender, "Chat?", "Can you talk on Tuesday?") == "Piedpiper"


def test_a_longer_written_name_beats_its_own_prefix() -> None:
    # given the subject's short name and the body's full name for the same employer
    company = find_company(
        GREENHOUSE, "Your application to Keystone", "Thanks for joining the Keystone Robotics team!"
    )
    # then the full name is kept
    assert company == "Keystone Robotics"


def test_no_substring_trap_between_similar_names() -> None:
    # given a body naming Metaverse Inc and a display name that is only "Meta" on a relay
    company = find_company(
        Address("Meta Careers", "no-reply@greenhouse.io"),
        "Update on your application",
        "Thank you for your interest in the Product Manager role at Metaverse Inc. We'll be in touch.",
    )
    # then the two are not merged into one name
    assert company in {"Meta", "Metaverse Inc."}


def test_a_role_is_never_taken_for_the_company() -> None:
    body = "Thanks for applying to our Backend Software Engineering Intern position at Pelican Robotics."
    assert find_company(GREENHOUSE, "We received your application", body) == "Pelican Robotics"


# --- role and requisition id -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        (
            "Update",
            "Thank you for applying for the Senior Backend Engineer position at Acme.",
            "Senior Backend Engineer",
        ),
        ("Offer", "We'd like to offer you the role of Head of Finance.", "Head of Finance"),
        ("Interview invitation – Staff Product Designer", "Hi", "Staff Product Designer"),
        ("Acme | Software Engineer II", "Hi", "Software Engineer II"),
        ("Congratulations - Offer Letter for Backend Engineer", "Hi", "Backend Engineer"),
        ("Update", "Best,\nDana\nTalent Acquisition Manager", None),
        ("Update", "Thanks for applying to the Engineer, Payments role.", "Engineer, Payments"),
        ("Update", "We enjoyed meeting you about the Marketing Lead, EMEA position.", "Marketing Lead, EMEA"),
        ("Update", "We received your application for Data Engineer, and will reply soon.", "Data Engineer"),
    ],
)
def test_the_role_applied_for(subject: str, body: str, expected: str | None) -> None:
    assert find_role(subject, body, "Acme") == expected


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Application received: Nurse (R-55121)", "", "R-55121"),
        ("", "The Job ID 4711 was posted last week.", "4711"),
        ("", "Senior Engineer (JR-2026-0042)", "JR-2026-0042"),
        ("", "Req ID: R-12345", "R-12345"),
        ("", "Your application for JR1986530 Hardware Intern was received.", "JR1986530"),
        ("", "Call me on (555) 123-4567 about the position: 2025 internship.", None),
        ("", "Job Applicant ID: HR-APP-2025-00417", None),
    ],
)
def test_the_requisition_id(subject: str, body: str, expected: str | None) -> None:
    assert find_requisition_id(subject, body) == expected


# --- dates -----------------------------------------------------------------------------------


def test_interview_time_comes_from_the_first_live_calendar_invite() -> None:
    # given a cancelled invite and a live one
    cancelled = _invite(datetime(2025, 6, 9, 14, 0, tzinfo=NEW_YORK), cancelled=True)
    live = _invite(datetime(2025, 6, 10, 15, 0, tzinfo=NEW_YORK))
    mail = _mail("Please see the invite. Talk soon!", invites=(cancelled, live))
    # when extracted
    extraction = extract(mail, Kind.INTERVIEW_SCHEDULED)
    # then the live one counts, in its own zone
    assert extraction.interview_at == datetime(2025, 6, 10, 15, 0, tzinfo=NEW_YORK)


def test_interview_time_from_the_text_uses_the_written_zone() -> None:
    mail = _mail("This confirms your video interview on Tuesday, June 10 at 2:00 PM EST.")
    extraction = extract(mail, Kind.INTERVIEW_SCHEDULED)
    assert extraction.interview_at == datetime(2025, 6, 10, 14, 0, tzinfo=NEW_YORK)


def test_interview_time_without_a_zone_is_in_the_emails_own_zone() -> None:
    mail = _mail("Just a reminder of your onsite interview tomorrow at 10am.")
    assert extract(mail, Kind.INTERVIEW_SCHEDULED).interview_at == datetime(2025, 6, 5, 10, 0, tzinfo=LONDON)


def test_a_reschedule_takes_the_new_time_not_the_one_it_replaces() -> None:
    text = (
        "Unfortunately, we need to reschedule the interview we had arranged for Monday, June 9 at 9:30 AM. "
        "Are you available Wednesday, June 11 at 11:00 AM instead?"
    )
    assert extract(_mail(text), Kind.INTERVIEW_SCHEDULED).interview_at == datetime(
        2025, 6, 11, 11, 0, tzinfo=LONDON
    )


def test_a_week_window_is_not_an_interview_time() -> None:
    mail = _mail("Would a 30-minute phone screen this week suit you?")
    assert extract(mail, Kind.INTERVIEW_SCHEDULED).interview_at is None


def test_the_employers_promise_becomes_expect_reply_by() -> None:
    # given an employer promising an answer "by Friday"
    mail = _mail("Thanks for your patience. We will get back to you by Friday.")
    # when extracted
    extraction = extract(mail, Kind.STATUS_UPDATE)
    # then the promise resolves to the end of that Friday in the email's zone; not a candidate deadline
    assert extraction.expect_reply_by == datetime(2025, 6, 6, 23, 59, tzinfo=LONDON)
    assert extraction.respond_by is None


@pytest.mark.parametrize(
    ("text", "expected_day"),
    [
        ("We expect to reach a final decision by June 30.", (2025, 6, 30)),
        ("We normally reply to applications within a few days.", (2025, 6, 7)),
        ("We hope to give you an update by the end of next month.", (2025, 7, 31)),
        ("Once it is complete, we'll review your answers within 5 business days.", (2025, 6, 11)),
        ("We want to complete all interviews by June 20 and decide by June 27.", (2025, 6, 27)),
        ("You'll hear from us early next week.", (2025, 6, 11)),
        ("Your written offer will come through on Monday.", (2025, 6, 9)),
        ("The formal paperwork should follow within 3 business days.", (2025, 6, 9)),
    ],
)
def test_employer_promises(text: str, expected_day: tuple[int, int, int]) -> None:
    extraction = extract(_mail(text), Kind.STATUS_UPDATE)
    assert extraction.expect_reply_by == datetime(*expected_day, 23, 59, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (
            Kind.OFFER,
            "Please let us know your decision by June 20.",
            datetime(2025, 6, 20, 23, 59, tzinfo=LONDON),
        ),
        (
            Kind.REFERENCES_REQUESTED,
            "Please send two references by Friday.",
            datetime(2025, 6, 6, 23, 59, tzinfo=LONDON),
        ),
        (Kind.ASSESSMENT, "Please complete it within 5 days.", datetime(2025, 6, 9, 23, 59, tzinfo=LONDON)),
        (
            Kind.ASSESSMENT,
            "Submit your solution by 23:59 on Sunday.",
            datetime(2025, 6, 8, 23, 59, tzinfo=LONDON),
        ),
        (
            Kind.ASSESSMENT,
            "Please submit your assignment by 20/06/2025.",
            datetime(2025, 6, 20, 23, 59, tzinfo=LONDON),
        ),
    ],
)
def test_the_candidates_own_deadline_becomes_respond_by(kind: Kind, text: str, expected: datetime) -> None:
    extraction = extract(_mail(text), kind)
    assert extraction.respond_by == expected
    assert extraction.expect_reply_by is None


def test_numeric_dates_read_month_first_for_an_american_email() -> None:
    sent = datetime(2025, 6, 4, 10, 0, tzinfo=NEW_YORK)
    extraction = extract(_mail("Please complete the test by 07/05/2025.", sent=sent), Kind.ASSESSMENT)
    assert extraction.respond_by == datetime(2025, 7, 5, 23, 59, tzinfo=NEW_YORK)


def test_a_rejection_carries_no_dates() -> None:
    text = (
        "We have decided not to move forward. We will keep your CV for 6 months and may contact you by June."
    )
    extraction = extract(_mail(text), Kind.REJECTED)
    assert (extraction.expect_reply_by, extraction.respond_by, extraction.interview_at) == (None, None, None)


def test_without_any_date_on_the_mail_relative_dates_stay_unresolved() -> None:
    extraction = extract(_mail("We will get back to you by Friday.", sent=None), Kind.STATUS_UPDATE)
    assert extraction.expect_reply_by is None


def test_the_envelope_date_is_the_fallback_reference() -> None:
    # given an original message without a date, forwarded on the Wednesday
    mail = _mail("We will get back to you by Friday.")
    undated = ReadMail(
        mail.envelope,
        OriginalMessage(mail.original.sender, "Update", None, "", "", ()),
        True,
        mail.forwarded_by,
        mail.text,
        "",
    )
    # then the forward's own date resolves "by Friday"
    assert extract(undated, Kind.STATUS_UPDATE).expect_reply_by == datetime(2025, 6, 6, 23, 59, tzinfo=LONDON)


def test_unreadable_mail_extracts_nothing() -> None:
    extraction = extract(_mail("Thank you for applying to Acme."), Kind.UNREADABLE)
    assert extraction.company is None and extraction.role is None


def test_end_of_day_is_the_documented_time_for_date_only_deadlines() -> None:
    extraction = extract(_mail("We will decide by June 30."), Kind.STATUS_UPDATE)
    assert extraction.expect_reply_by is not None and extraction.expect_reply_by.timetz() == time(
        23, 59, tzinfo=LONDON
    )


def test_if_you_have_not_heard_from_us_is_the_employers_promise() -> None:
    text = "If you have not heard from us within four weeks, please assume you have not been shortlisted."
    extraction = extract(_mail(text), Kind.APPLICATION_RECEIVED)
    assert extraction.expect_reply_by == datetime(2025, 7, 2, 23, 59, tzinfo=LONDON)
    assert extraction.respond_by is None


def test_curly_apostrophes_do_not_turn_a_promise_into_a_candidate_deadline() -> None:
    # given "we’ll" written with a typographic apostrophe after the candidate's task
    text = "Once it is complete, we’ll review your answers within 5 business days and let you know."
    # when extracted
    extraction = extract(_mail(text), Kind.ASSESSMENT)
    # then it is the employer's promise
    assert extraction.expect_reply_by == datetime(2025, 6, 11, 23, 59, tzinfo=LONDON)
    assert extraction.respond_by is None


def test_a_hyphenated_sender_domain_reads_as_words() -> None:
    sender = Address("Priya Natarajan", "priya@bluefin-analytics.example")
    assert (
        find_company(sender, "Data Engineer - update", "We need a little more time.") == "Bluefin Analytics"
    )


def test_a_promise_hard_wrapped_over_two_lines_is_still_found() -> None:
    text = (
        "You are still very much in the running, and we will let you know\n"
        "where things stand by Wednesday, June 11.\n\nThanks,\nPriya"
    )
    extraction = extract(_mail(text), Kind.STATUS_UPDATE)
    assert extraction.expect_reply_by == datetime(2025, 6, 11, 23, 59, tzinfo=LONDON)


# --- general rules found by the held-out-style suite (tests/fixtures/generalisation) ----------------------


def test_a_person_sending_through_an_e_signature_service_is_not_the_employer() -> None:
    # given a DocuSign request sent "via DocuSign" by a recruiter, the employer only in the document title
    sender = Address("Priya Shah via DocuSign", "dse_na2@docusign.net")
    subject = "Please DocuSign: Alex Kim - Offer Letter - Harbourview Analytics.pdf"
    # when the company is read
    company = find_company(sender, subject, "Priya Shah sent you a document to review and sign.")
    # then it is the employer from the title, never the person
    assert company == "Harbourview Analytics"


def test_an_abbreviated_sender_domain_takes_the_name_the_text_spells_out() -> None:
    # given a recruiter at "brightwatersys.com" signing with the full name
    sender = Address("Marta Nowak", "marta@brightwatersys.com")
    text = "Hi Alex,\n\nThe requisition was cancelled.\n\nMarta Nowak | Head of Talent | Brightwater Systems"
    # then the spelled-out name wins over the squashed domain label
    assert find_company(sender, "Data Lead", text) == "Brightwater Systems"


def test_a_domain_label_never_matches_a_longer_word_that_merely_starts_with_it() -> None:
    # given the domain "lumen.io" and a different company "Lumenfold" in the text
    sender = Address("Jo", "jo@lumen.io")
    # then "Lumenfold" is not taken for the sender's company
    assert find_company(sender, "Hello", "We met at the Lumenfold meetup last week.") != "Lumenfold"


def test_a_service_notice_names_the_employer_that_requested_it() -> None:
    # given an assessment service's invitation on behalf of an employer
    sender = Address("TestGorilla", "no-reply@testgorilla.com")
    text = "Dear Alex,\n\nKestrel Health has invited you to take an assessment for the Coordinator role."
    # then the employer is the one that invited, not the service
    assert find_company(sender, "You're invited", text) == "Kestrel Health"


def test_a_university_keeps_its_name_but_a_campus_recruiting_team_does_not() -> None:
    # given a university's HR signature and a company's campus recruiting signature
    university = "We reviewed your application.\n\nRegards,\nFairmont University Human Resources"
    campus = "We reviewed your application.\n\nRegards,\nBrightline Campus Recruiting"
    no_reply = Address("", "no-reply@example-ats.greenhouse.io")
    # then "University" stays part of the name and "Campus" does not
    assert find_company(no_reply, "Update", university) == "Fairmont University"
    assert find_company(no_reply, "Update", campus) == "Brightline"


def test_an_ats_display_name_alone_names_the_employer() -> None:
    # given an ATS acknowledgement whose only mention of the employer is the display name
    sender = Address("Tulpen Studio", "jobs@tulpen.recruitee.com")
    # then that name is enough
    assert (
        find_company(sender, "Application received", "We have received your application.") == "Tulpen Studio"
    )


@pytest.mark.parametrize(
    ("text", "expected_day"),
    [
        ("Our HR team will revert back to you within 7 working days.", (2025, 6, 13)),
        ("Please allow up to 10 business days for a response.", (2025, 6, 18)),
        ("Our coordinator, Beth, will reach out within the next few days.", (2025, 6, 7)),
        ("We will contact all shortlisted applicants by 20 June.", (2025, 6, 20)),
        ("We are interviewing this week and will be making our decision early next week.", (2025, 6, 11)),
    ],
)
def test_more_ways_employers_promise_an_answer(text: str, expected_day: tuple[int, int, int]) -> None:
    # given an employer's promise in one of these words
    extraction = extract(_mail(text), Kind.APPLICATION_RECEIVED)
    # then it is the employer's promise, not the candidate's deadline
    assert extraction.expect_reply_by == datetime(*expected_day, 23, 59, tzinfo=LONDON)
    assert extraction.respond_by is None


def test_a_third_party_invitation_today_is_not_a_promise_to_answer() -> None:
    # given a background-check notice saying the provider's email arrives today
    extraction = extract(_mail("You'll receive an invitation from them today."), Kind.REFERENCES_REQUESTED)
    # then no answer was promised
    assert extraction.expect_reply_by is None


@pytest.mark.parametrize(
    ("text", "expected_day"),
    [
        ("If you could get these to me by Thursday that would be fantastic.", (2025, 6, 5)),
        ("You can take the test at any time before 2025-06-12 23:59 UTC.", (2025, 6, 12)),
        ("We would ask you to return your solution within one week.", (2025, 6, 11)),
        ("Let me know by Monday if you're happy to go ahead.", (2025, 6, 9)),
    ],
)
def test_more_ways_to_give_the_candidate_a_deadline(text: str, expected_day: tuple[int, int, int]) -> None:
    extraction = extract(_mail(text), Kind.ASSESSMENT)
    assert extraction.respond_by is not None
    assert extraction.respond_by.date() == datetime(*expected_day).date()
    assert extraction.expect_reply_by is None


def test_a_time_range_carries_its_zone_to_the_start() -> None:
    # given an interview block written once with its zone at the end of the range
    text = "Date: Tuesday, 10 June 2025\nTime: 14:00 - 15:00 (BST)\nLocation: reception"
    # then the interview starts at 14:00 London time, not 14:00 in the email's own offset
    interview = extract(
        _mail(text, sent=datetime(2025, 6, 4, 10, 0, tzinfo=UTC_PLUS_0)), Kind.INTERVIEW_SCHEDULED
    )
    assert interview.interview_at == datetime(2025, 6, 10, 14, 0, tzinfo=LONDON)


def test_an_agenda_time_below_the_date_is_the_interview_start() -> None:
    # given a schedule whose first row holds the time
    text = (
        "Here is your schedule for Thursday, June 12:\n\n9:30 AM - 10:15 AM  Hiring manager\n10:30 AM  Panel"
    )
    extraction = extract(
        _mail(text, sent=datetime(2025, 6, 4, 10, 0, tzinfo=NEW_YORK)), Kind.INTERVIEW_SCHEDULED
    )
    # then the interview starts at the first row's time
    assert extraction.interview_at == datetime(2025, 6, 12, 9, 30, tzinfo=NEW_YORK)


def test_moving_a_call_from_one_day_to_another_takes_the_new_day() -> None:
    # given "from Tuesday to Thursday" on Wednesday 4 June
    text = "Something came up. Can we move our chat from Tuesday to Thursday, same time?"
    extraction = extract(_mail(text), Kind.INTERVIEW_SCHEDULED)
    # then the new day, Thursday 5 June, is the interview
    assert extraction.interview_at is not None
    assert extraction.interview_at.date() == datetime(2025, 6, 5).date()


def test_a_link_to_follow_is_logistics_not_a_promised_answer() -> None:
    # given an interview mail that says the meeting link will follow tomorrow
    text = "The final round is on Thursday, June 12 at 2:00 PM. I will send the link tomorrow."
    extraction = extract(_mail(text), Kind.INTERVIEW_SCHEDULED)
    # then no answer was promised, and the interview is on the 12th
    assert extraction.expect_reply_by is None
    assert extraction.interview_at == datetime(2025, 6, 12, 14, 0, tzinfo=LONDON)


def test_praise_for_a_past_interview_does_not_hide_the_new_date_in_the_same_sentence() -> None:
    # given "enjoyed your interview" and the next interview's date in one sentence
    text = (
        "The team enjoyed your technical interview and we would like to invite you to the final interview, "
        "with our CTO, on Tuesday, June 10 at 11:30 AM."
    )
    # then the new date is the interview
    extraction = extract(_mail(text), Kind.INTERVIEW_SCHEDULED)
    assert extraction.interview_at == datetime(2025, 6, 10, 11, 30, tzinfo=LONDON)


def test_words_after_a_question_mark_belong_to_the_next_sentence() -> None:
    # given a proposed slot asked as a question, then a remark about the last visit
    text = "Are you free for a second interview on Tuesday, June 10 at 9:30 AM? Same office as last time."
    # then "last time" does not make the new slot a past one
    extraction = extract(_mail(text), Kind.INTERVIEW_SCHEDULED)
    assert extraction.interview_at == datetime(2025, 6, 10, 9, 30, tzinfo=LONDON)


def test_the_role_leaves_out_its_job_id() -> None:
    body = "Thank you for applying for the position of Payroll Analyst (Job ID PA-0412) at Harrow Foods."
    assert find_role("Your application", body, "Harrow Foods") == "Payroll Analyst"


def test_a_date_header_with_only_an_offset_gets_the_daylight_saving_offset_of_the_interview_day() -> None:
    # given a mail dated -05:00 on 5 March 2026 for an interview on 11 March, after the US clocks change
    sent = datetime(2026, 3, 5, 9, 0, tzinfo=NEW_YORK).astimezone(UTC_MINUS_5)
    extraction = extract(
        _mail("Your interview is on Wednesday, March 11 at 1:00 PM.", sent=sent), Kind.INTERVIEW_SCHEDULED
    )
    # then 1 PM is New York time on that day
    assert extraction.interview_at is not None
    assert extraction.interview_at.isoformat() == "2026-03-11T13:00:00-04:00"


@pytest.mark.unit
def test_an_acronym_display_name_gives_way_to_the_name_it_abbreviates() -> None:
    # given a sender whose display name is an acronym and a body that spells the name out
    sender = Address("NWA Recruitment", "jobs@nwa.example")
    body = "Thank you for applying to Northern Wetlands Authority for the Ranger post.\n\nKind regards,\nHR"
    # when the employer is found
    company = find_company(sender, "Your application", body)
    # then the full name is preferred to its initials
    assert company == "Northern Wetlands Authority"

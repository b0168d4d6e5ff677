"""Applications over time: matching mail to applications, the status fold, commands and whole timelines.

Every mail here is written for these tests: a small builder makes `Understood` objects directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone

import pytest

from untilsigned.domain.model import (
    Address,
    Application,
    CalendarInvite,
    Classification,
    Envelope,
    Extraction,
    Kind,
    OriginalMessage,
    ReadMail,
    Status,
    Understood,
)
from untilsigned.domain.tracking.commands import Command
from untilsigned.domain.tracking.ghosting import SWEEP_GHOSTED_NOTE, GhostPolicy
from untilsigned.domain.tracking.matching import email_key, find_application
from untilsigned.domain.tracking.status import event_label, is_employer_event, recompute, searching, sweep
from untilsigned.domain.tracking.timeline import EmailOutcome, apply_command, record_email
from untilsigned.domain.understanding.employer import employer_of

pytestmark = pytest.mark.unit

POLICY = GhostPolicy()
OWNER = "jo.seeker@gmail.com"
INBOX = "jo-7f3k@in.untilsigned.test"


def day(month: int, dom: int, hour: int = 10) -> datetime:
    return datetime(2026, month, dom, hour, 0, tzinfo=UTC)


def employer_mail(
    kind: Kind,
    sent: datetime,
    *,
    company: str | None = "Acme",
    role: str | None = None,
    subject: str = "Your application",
    text: str = "Thank you for your interest in joining us.",
    sender_name: str = "Acme Recruiting",
    sender_email: str = "jobs@acme.example",
    message_id: str = "",
    in_reply_to: str = "",
    references: tuple[str, ...] = (),
    requisition_id: str | None = None,
    expect_reply_by: datetime | None = None,
    respond_by: datetime | None = None,
    interview_at: datetime | None = None,
    evidence: tuple[str, ...] = (),
    forwarded_at: datetime | None = None,
    invites: tuple[CalendarInvite, ...] = (),
) -> Understood:
    """One employer mail as the owner forwarded it, already classified and extracted."""
    forwarded_at = forwarded_at or sent + timedelta(hours=1)
    envelope = Envelope(
        message_id=f"<fwd-{forwarded_at.timestamp()}-{subject}@mail.gmail.example>",
        sender=Address("Jo Seeker", OWNER),
        to=(Address("", INBOX),),
        return_path=OWNER,
        subject=f"Fwd: {subject}",
        date=forwarded_at,
        forwarded_for="",
    )
    original = OriginalMessage(
        sender=Address(sender_name, sender_email),
        subject=subject,
        date=sent,
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
    )
    mail = ReadMail(
        envelope=envelope,
        original=original,
        forwarded=True,
        forwarded_by=Address("Jo Seeker", OWNER),
        text=text,
        quoted="",
        invites=invites,
    )
    return Understood(
        mail=mail,
        classification=Classification(kind=kind, confidence=0.9, evidence=evidence),
        extraction=Extraction(
            company=company,
            role=role,
            requisition_id=requisition_id,
            interview_at=interview_at,
            expect_reply_by=expect_reply_by,
            respond_by=respond_by,
        ),
    )


class Tracker:
    """The owner's applications, fed one mail at a time as the ingest service would."""

    def __init__(self) -> None:
        self.apps: list[Application] = []
        self._next_id = 0

    def feed(self, u: Understood) -> EmailOutcome:
        self._next_id += 1
        outcome = record_email(
            self.apps, u, new_app_id=f"app-{self._next_id}", raw_key=f"raw/{self._next_id}", policy=POLICY
        )
        if outcome.created and outcome.application is not None:
            self.apps.append(outcome.application)
        return outcome

    def feed_all(self, mails: Sequence[Understood]) -> None:
        for u in mails:
            self.feed(u)

    def only(self) -> Application:
        assert len(self.apps) == 1, [app.company for app in self.apps]
        return self.apps[0]


# -- email_key -----------------------------------------------------------------------------------------------


def test_email_key_is_the_normalised_original_message_id() -> None:
    u = employer_mail(Kind.REJECTED, day(6, 8), message_id=" <Abc.123@Mail.Acme.Example> ")
    assert email_key(u) == "abc.123@mail.acme.example"


def test_the_same_mail_forwarded_twice_without_a_message_id_gets_the_same_key() -> None:
    # given one employer mail forwarded on two different days
    first = employer_mail(Kind.REJECTED, day(6, 8), text="We  decided\nto move on.", forwarded_at=day(6, 9))
    second = employer_mail(Kind.REJECTED, day(6, 8), text="We decided to move on.", forwarded_at=day(6, 20))
    # then the forward's own date does not matter, nor does whitespace
    assert email_key(first) == email_key(second)
    assert email_key(first).startswith("sha256:")


def test_different_mails_without_a_message_id_get_different_keys() -> None:
    first = employer_mail(Kind.STATUS_UPDATE, day(6, 8), text="Still reviewing.")
    second = employer_mail(Kind.STATUS_UPDATE, day(6, 15), text="Still reviewing.")
    assert email_key(first) != email_key(second)


# -- employer ------------------------------------------------------------------------------------------------


def test_an_ats_relay_is_never_the_employer() -> None:
    # given an extractor that only found the relay's name, and a "via" display name
    u = employer_mail(
        Kind.APPLICATION_RECEIVED,
        day(6, 8),
        company="Greenhouse",
        sender_name="Acme via Greenhouse",
        sender_email="no-reply@us.greenhouse-mail.io",
    )
    # then the employer comes from the display name
    assert employer_of(u) == "Acme"


def test_the_sender_domain_names_the_employer_when_nothing_else_does() -> None:
    u = employer_mail(
        Kind.APPLICATION_RECEIVED,
        day(6, 8),
        company=None,
        sender_name="Sam Lee",
        sender_email="sam@acme.example",
    )
    assert employer_of(u) == "Acme"


def test_an_ats_domain_alone_names_no_employer() -> None:
    u = employer_mail(
        Kind.APPLICATION_RECEIVED,
        day(6, 8),
        company=None,
        sender_name="Hiring Team",
        sender_email="no-reply@hire.lever.co",
    )
    assert employer_of(u) is None


# -- record_email: ignoring, creating, duplicates ------------------------------------------------------------


def test_not_job_mail_is_ignored_with_a_reason() -> None:
    tracker = Tracker()
    outcome = tracker.feed(employer_mail(Kind.NOT_JOB, day(6, 8)))
    assert outcome.application is None and outcome.event is None
    assert outcome.ignored_reason == "not about a job application"
    assert tracker.apps == []


def test_unreadable_mail_is_ignored_with_a_reason() -> None:
    outcome = Tracker().feed(employer_mail(Kind.UNREADABLE, day(6, 8)))
    assert outcome.application is None
    assert outcome.ignored_reason is not None and outcome.ignored_reason.startswith("could not be read")


def test_job_mail_without_an_identifiable_employer_is_ignored() -> None:
    u = employer_mail(
        Kind.REJECTED, day(6, 8), company=None, sender_name="Careers", sender_email="no-reply@myworkday.com"
    )
    outcome = Tracker().feed(u)
    assert outcome.application is None
    assert outcome.ignored_reason == "no employer could be identified in this job mail"


def test_first_mail_creates_the_application_with_its_event() -> None:
    # given an acknowledgement with a role, requisition and promised date
    promise = day(6, 26)
    u = employer_mail(
        Kind.APPLICATION_RECEIVED,
        day(6, 8),
        role="Data Engineer",
        requisition_id="R-4821",
        message_id="<ack-1@acme.example>",
        expect_reply_by=promise,
        evidence=("We have received your application.",),
    )
    # when
    outcome = Tracker().feed(u)
    # then
    app = outcome.application
    assert outcome.created and not outcome.duplicate and app is not None
    assert (app.id, app.company, app.role, app.requisition_id) == ("app-1", "Acme", "Data Engineer", "R-4821")
    assert app.status is Status.APPLIED
    assert app.created_at == day(6, 8)
    assert app.thread_ids == {"ack-1@acme.example"}
    assert app.expect_reply_by == promise
    assert outcome.event is not None and app.events == [outcome.event]
    event = outcome.event
    assert (event.kind, event.date, event.subject, event.message_id) == (
        Kind.APPLICATION_RECEIVED,
        day(6, 8),
        "Your application",
        "ack-1@acme.example",
    )
    assert event.raw_key == "raw/1"
    assert event.evidence == ("We have received your application.",)


def test_created_at_is_now_when_the_caller_gives_it() -> None:
    outcome = record_email(
        [],
        employer_mail(Kind.APPLICATION_RECEIVED, day(6, 8)),
        new_app_id="x",
        raw_key="k",
        policy=POLICY,
        now=day(7, 1),
    )
    assert outcome.application is not None and outcome.application.created_at == day(7, 1)


def test_a_mail_already_recorded_is_a_duplicate_and_adds_nothing() -> None:
    tracker = Tracker()
    u = employer_mail(Kind.REJECTED, day(6, 8), message_id="<no-1@acme.example>")
    first = tracker.feed(u)
    # when the same mail is forwarded again
    again = tracker.feed(
        employer_mail(Kind.REJECTED, day(6, 8), message_id="<no-1@acme.example>", forwarded_at=day(6, 12))
    )
    # then
    assert again.duplicate and not again.created
    assert again.application is first.application
    assert again.event is first.event  # the copy already on the timeline
    assert len(tracker.only().events) == 1


def test_an_auto_forwarded_copy_and_a_manual_forward_of_one_mail_are_one_event() -> None:
    # given the filter's copy (Message-ID kept) and a manual forward of the same mail (Message-ID lost)
    tracker = Tracker()
    tracker.feed(
        employer_mail(
            Kind.INTERVIEW_SCHEDULED, day(6, 8), subject="Interview", message_id="<i-1@acme.example>"
        )
    )
    outcome = tracker.feed(employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 8), subject="Interview"))
    # then
    assert outcome.duplicate
    assert len(tracker.only().events) == 1


def test_one_mail_quoted_in_two_time_zones_is_one_event() -> None:
    # given a rejection first forwarded with its real zone (09:47:52 BST), then by a client that quotes the
    # local time without a zone, read in the forward's UTC (09:47 UTC)
    bst = timezone(timedelta(hours=1))
    words = ("We are sorry to let you know that your application has not been shortlisted.",)
    tracker = Tracker()
    tracker.feed(
        employer_mail(
            Kind.REJECTED,
            datetime(2026, 6, 4, 9, 47, 52, tzinfo=bst),
            subject="Outcome of your application",
            text="Dear Grace, we are sorry.",
            evidence=words,
        )
    )

    # when the second copy arrives
    again = tracker.feed(
        employer_mail(
            Kind.REJECTED,
            datetime(2026, 6, 4, 9, 47, tzinfo=UTC),
            subject="Outcome of your application",
            text="Dear Grace,\n> we are sorry.",
            evidence=words,
        )
    )

    # then it is the same event
    assert again.duplicate
    assert len(tracker.only().events) == 1


def test_two_mails_an_hour_apart_with_the_same_subject_but_other_words_are_two_events() -> None:
    tracker = Tracker()
    tracker.feed(
        employer_mail(
            Kind.STATUS_UPDATE, day(6, 8, 9), subject="Update", evidence=("We need a few more days.",)
        )
    )
    later = tracker.feed(
        employer_mail(
            Kind.STATUS_UPDATE, day(6, 8, 10), subject="Update", evidence=("The panel meets Friday.",)
        )
    )
    assert not later.duplicate
    assert len(tracker.only().events) == 2


def test_the_same_words_at_a_time_that_is_no_zone_shift_are_two_events() -> None:
    tracker = Tracker()
    words = ("Still reviewing.",)
    tracker.feed(employer_mail(Kind.STATUS_UPDATE, day(6, 8, 9), subject="Update", evidence=words, text="a"))
    later = employer_mail(
        Kind.STATUS_UPDATE, day(6, 8, 9) + timedelta(minutes=7), subject="Update", evidence=words, text="b"
    )
    assert not tracker.feed(later).duplicate


def test_a_later_mail_fills_a_missing_role_and_requisition_id() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.APPLICATION_RECEIVED, day(6, 8)))
    tracker.feed(employer_mail(Kind.ASSESSMENT, day(6, 10), role="Data Engineer", requisition_id="4821"))
    app = tracker.only()
    assert (app.role, app.requisition_id, app.status) == ("Data Engineer", "4821", Status.ASSESSMENT)


def test_an_interview_invite_gives_the_interview_time_when_the_extractor_found_none() -> None:
    start = day(6, 17, 14)
    invite = CalendarInvite(
        "REQUEST", start, start + timedelta(hours=1), 0, False, "Interview", "", "uid-1", None
    )
    app = Tracker().feed(employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 8), invites=(invite,))).application
    assert app is not None and app.interview_at == start


# -- find_application ----------------------------------------------------------------------------------------


def test_a_reply_in_the_employers_thread_finds_the_application_whatever_the_name_says() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.APPLICATION_RECEIVED, day(6, 8), message_id="<t-1@acme.example>"))
    # given a reply that names the employer differently (a sub-brand) but sits in the same thread
    reply = employer_mail(
        Kind.INTERVIEW_SCHEDULED, day(6, 10), company="Acme Labs", in_reply_to="<T-1@acme.example>"
    )
    # then
    assert find_application(tracker.apps, reply) is tracker.apps[0]
    tracker.feed(reply)
    assert tracker.only().status is Status.INTERVIEWING


def test_references_header_finds_the_thread() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.APPLICATION_RECEIVED, day(6, 8), message_id="<t-1@acme.example>"))
    later = employer_mail(
        Kind.REJECTED,
        day(6, 20),
        company=None,
        sender_name="",
        sender_email="no-reply@myworkday.com",
        references=("<t-0@acme.example>", "<t-1@acme.example>"),
    )
    tracker.feed(later)
    assert tracker.only().status is Status.REJECTED


def test_requisition_id_finds_the_application_when_the_title_drifted() -> None:
    tracker = Tracker()
    tracker.feed(
        employer_mail(
            Kind.APPLICATION_RECEIVED, day(6, 8), role="Data Engineer II", requisition_id="JR-004821"
        )
    )
    tracker.feed(
        employer_mail(Kind.REJECTED, day(6, 20), role="Platform Data Engineering", requisition_id="jr4821")
    )
    assert tracker.only().status is Status.REJECTED


def test_requisition_id_tolerates_a_drifting_employer_name_but_not_a_substring() -> None:
    tracker = Tracker()
    tracker.feed(
        employer_mail(Kind.APPLICATION_RECEIVED, day(6, 8), company="Acme", requisition_id="REQ-7781")
    )
    drifted = employer_mail(Kind.REJECTED, day(6, 20), company="Acme Labs", requisition_id="7781")
    substring = employer_mail(
        Kind.REJECTED,
        day(6, 20),
        company="Acmeverse",
        requisition_id="7781",
        sender_name="Acmeverse Careers",
        sender_email="careers@acmeverse.example",
    )
    assert find_application(tracker.apps, drifted) is tracker.apps[0]
    assert find_application(tracker.apps, substring) is None


def test_requisition_id_at_another_employer_is_not_a_match() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.APPLICATION_RECEIVED, day(6, 8), requisition_id="12345"))
    other = employer_mail(
        Kind.REJECTED,
        day(6, 20),
        company="Initech",
        sender_name="Initech",
        sender_email="hr@initech.example",
        requisition_id="12345",
    )
    assert find_application(tracker.apps, other) is None


def test_mail_without_a_role_goes_to_the_employers_single_open_application() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.APPLICATION_RECEIVED, day(6, 8), role="Data Engineer"))
    tracker.feed(employer_mail(Kind.REJECTED, day(6, 20), role=None))
    assert tracker.only().status is Status.REJECTED


def test_a_known_role_goes_to_the_employers_application_whose_role_was_unknown() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.APPLICATION_RECEIVED, day(6, 8), role=None))
    tracker.feed(employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 12), role="Data Engineer"))
    app = tracker.only()
    assert (app.role, app.status) == ("Data Engineer", Status.INTERVIEWING)


def test_title_drift_of_one_role_stays_one_application() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.APPLICATION_RECEIVED, day(6, 8), role="Sr. Data Engineer (Remote)"))
    tracker.feed(employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 12), role="Senior Data Engineer - Berlin"))
    assert tracker.only().status is Status.INTERVIEWING


def test_a_fresh_acknowledgement_after_a_rejection_is_a_new_application() -> None:
    # given a rejected application, then the owner applies to the same role again over a month later
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.APPLICATION_RECEIVED, day(5, 1), role="Data Engineer", subject="Thanks"))
    tracker.feed(employer_mail(Kind.REJECTED, day(5, 10), role="Data Engineer", subject="Update"))
    tracker.feed(
        employer_mail(Kind.APPLICATION_RECEIVED, day(6, 15), role="Data Engineer", subject="Thanks again")
    )
    # then
    assert [app.status for app in tracker.apps] == [Status.REJECTED, Status.APPLIED]


# -- the status fold -----------------------------------------------------------------------------------------


def status_of(app: Application) -> Status:
    """The status read afresh (a plain attribute read would stay narrowed by mypy after an earlier assert)."""
    return app.status


def fold(*mails: Understood) -> Application:
    tracker = Tracker()
    tracker.feed_all(mails)
    return tracker.only()


def test_each_kind_sets_its_status() -> None:
    expected = {
        Kind.APPLICATION_RECEIVED: Status.APPLIED,
        Kind.ASSESSMENT: Status.ASSESSMENT,
        Kind.INTERVIEW_SCHEDULED: Status.INTERVIEWING,
        Kind.REFERENCES_REQUESTED: Status.REFERENCES,
        Kind.OFFER: Status.OFFER,
        Kind.OFFER_SIGNED: Status.SIGNED,
        Kind.REJECTED: Status.REJECTED,
        Kind.STATUS_UPDATE: Status.APPLIED,
    }
    for kind, status in expected.items():
        assert fold(employer_mail(kind, day(6, 8))).status is status, kind


def test_an_acknowledgement_never_moves_a_later_stage_back() -> None:
    app = fold(
        employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 8), subject="Interview"),
        employer_mail(Kind.APPLICATION_RECEIVED, day(6, 9), subject="Application received"),
    )
    assert app.status is Status.INTERVIEWING
    assert app.status_date == day(6, 8)


def test_an_old_acknowledgement_forwarded_late_cannot_undo_a_rejection() -> None:
    app = fold(
        employer_mail(Kind.REJECTED, day(6, 20), subject="Update", forwarded_at=day(6, 20, 12)),
        employer_mail(Kind.APPLICATION_RECEIVED, day(6, 1), subject="Received", forwarded_at=day(6, 21)),
    )
    assert app.status is Status.REJECTED
    assert app.last_contact == day(6, 20)
    assert [event.kind for event in app.events] == [Kind.REJECTED, Kind.APPLICATION_RECEIVED]


def test_status_update_refreshes_contact_without_moving_the_status() -> None:
    # given an assessment with a promise, then a "still reviewing" note without a new date
    app = fold(
        employer_mail(Kind.ASSESSMENT, day(6, 8), subject="Assessment", expect_reply_by=day(6, 19)),
        employer_mail(Kind.STATUS_UPDATE, day(6, 15), subject="Still reviewing"),
    )
    # then
    assert app.status is Status.ASSESSMENT
    assert app.last_contact == day(6, 15)
    assert app.expect_reply_by is None  # they wrote since: the promise was kept
    assert app.status_date == day(6, 8)


def test_a_status_update_with_a_new_promised_date_replaces_the_old_one() -> None:
    app = fold(
        employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 8), subject="Interview", expect_reply_by=day(6, 19)),
        employer_mail(Kind.STATUS_UPDATE, day(6, 18), subject="Delay", expect_reply_by=day(6, 30)),
    )
    assert app.expect_reply_by == day(6, 30)


def test_references_and_offer_keep_the_candidates_reply_by_date() -> None:
    references = fold(employer_mail(Kind.REFERENCES_REQUESTED, day(6, 8), respond_by=day(6, 10)))
    assert (references.status, references.respond_by) == (Status.REFERENCES, day(6, 10))
    offer = fold(
        employer_mail(Kind.REFERENCES_REQUESTED, day(6, 8), subject="Refs", respond_by=day(6, 10)),
        employer_mail(Kind.OFFER, day(6, 15), subject="Offer", respond_by=day(6, 22)),
    )
    assert (offer.status, offer.respond_by) == (Status.OFFER, day(6, 22))


def test_an_interview_after_a_rejection_revives_the_application() -> None:
    # given a rejection, then "the other candidate declined: can you come in?"
    app = fold(
        employer_mail(Kind.REJECTED, day(6, 8), subject="Update"),
        employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 20), subject="Final round", interview_at=day(6, 24)),
    )
    assert app.status is Status.INTERVIEWING
    assert app.interview_at == day(6, 24)


def test_an_offer_after_a_rejection_revives_the_application() -> None:
    app = fold(
        employer_mail(Kind.REJECTED, day(6, 8), subject="Update"),
        employer_mail(Kind.OFFER, day(6, 20), subject="Offer"),
    )
    assert app.status is Status.OFFER


@pytest.mark.parametrize("kind", [Kind.APPLICATION_RECEIVED, Kind.STATUS_UPDATE])
def test_an_acknowledgement_or_update_after_a_rejection_does_not_revive_it(kind: Kind) -> None:
    app = fold(
        employer_mail(Kind.REJECTED, day(6, 8), subject="Update", role="Data Engineer"),
        employer_mail(kind, day(6, 20), subject="Automated note", role="Data Engineer"),
    )
    assert app.status is Status.REJECTED


def test_warm_words_and_references_are_never_signed() -> None:
    app = fold(
        employer_mail(
            Kind.INTERVIEW_SCHEDULED,
            day(6, 8),
            subject="Next steps",
            evidence=("We look forward to working with you.",),
        ),
        employer_mail(Kind.REFERENCES_REQUESTED, day(6, 10), subject="References"),
        employer_mail(Kind.OFFER, day(6, 12), subject="Verbal offer"),
    )
    assert app.status is Status.OFFER
    assert searching([app])


def test_a_rescinded_offer_after_signing_is_a_rejection() -> None:
    app = fold(
        employer_mail(Kind.OFFER_SIGNED, day(6, 8), subject="Signed"),
        employer_mail(Kind.REJECTED, day(6, 20), subject="Background check outcome"),
    )
    assert app.status is Status.REJECTED
    assert searching([app])


def test_an_offer_or_interview_after_signing_does_not_unsign() -> None:
    app = fold(
        employer_mail(Kind.OFFER_SIGNED, day(6, 8), subject="Signed"),
        employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 20), subject="Onboarding call"),
    )
    assert app.status is Status.SIGNED


def test_recompute_is_a_pure_function_of_the_timeline() -> None:
    # given an application whose derived fields were scribbled over
    app = fold(
        employer_mail(Kind.APPLICATION_RECEIVED, day(6, 1), subject="Received"),
        employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 8), subject="Interview", expect_reply_by=day(6, 19)),
    )
    snapshot = (app.status, app.status_date, app.last_contact, app.expect_reply_by, app.due_at)
    app.status, app.last_contact, app.expect_reply_by, app.due_at = Status.REJECTED, None, None, None
    # when
    recompute(app, POLICY)
    # then
    assert (app.status, app.status_date, app.last_contact, app.expect_reply_by, app.due_at) == snapshot


def test_events_on_the_same_instant_keep_their_arrival_order() -> None:
    app = fold(
        employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 8), subject="Interview A"),
        employer_mail(Kind.REJECTED, day(6, 8), subject="Update B"),
    )
    assert app.status is Status.REJECTED


# -- ghosting within the fold --------------------------------------------------------------------------------


def test_any_later_employer_mail_revives_a_ghosted_application() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.ASSESSMENT, day(6, 1), subject="Assessment"))
    app = tracker.only()
    assert sweep(app, day(7, 1), POLICY) is not None and app.status is Status.GHOSTED
    # when a plain status update finally comes
    tracker.feed(employer_mail(Kind.STATUS_UPDATE, day(7, 3), subject="Sorry for the wait"))
    # then the application is back where the employer's mail left it
    assert status_of(app) is Status.ASSESSMENT
    assert app.ghosted_since is None and app.ghosted_reason is None
    assert app.due_at is not None and app.due_at > day(7, 3)


def test_a_rejection_after_ghosting_is_a_rejection() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.APPLICATION_RECEIVED, day(5, 1), subject="Received"))
    app = tracker.only()
    sweep(app, day(6, 1), POLICY)
    tracker.feed(employer_mail(Kind.REJECTED, day(6, 5), subject="Update"))
    assert app.status is Status.REJECTED
    assert app.due_at is None


def test_an_older_mail_forwarded_late_can_lift_a_ghosting_it_disproves() -> None:
    # given a ghosting 21 days after the acknowledgement
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.APPLICATION_RECEIVED, day(5, 1), subject="Received"))
    app = tracker.only()
    assert sweep(app, day(5, 25), POLICY) is not None
    # when the owner forwards a mail from before the ghosting that promised an answer later
    tracker.feed(employer_mail(Kind.STATUS_UPDATE, day(5, 20), subject="Timeline", expect_reply_by=day(6, 5)))
    # then the ghosting no longer stands and the wait runs to the new promise
    assert app.status is Status.APPLIED
    assert app.due_at == datetime(2026, 6, 9, tzinfo=UTC)  # Fri 5 Jun + 1 business day, end of day
    assert any(event.note == SWEEP_GHOSTED_NOTE for event in app.events)  # the record stays, inert


def test_an_older_mail_forwarded_late_that_changes_nothing_keeps_the_ghosting() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.APPLICATION_RECEIVED, day(5, 1), subject="Received"))
    app = tracker.only()
    sweep(app, day(5, 25), POLICY)
    tracker.feed(employer_mail(Kind.STATUS_UPDATE, day(4, 28), subject="Thanks for your interest"))
    assert app.status is Status.GHOSTED


# -- commands ------------------------------------------------------------------------------------------------


def test_signed_command_signs_and_ends_the_search() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.OFFER, day(6, 8), subject="Offer"))
    # when
    result = apply_command(
        tracker.apps, Command("signed", "ACME Inc."), now=day(6, 10), command_key="command:m-1"
    )
    # then
    assert result is not None
    app, event = result
    assert app.status is Status.SIGNED
    assert event.note == "command:signed" and event.kind is Kind.OFFER_SIGNED
    assert event.message_id == "command:m-1" and event.raw_key == ""
    assert not is_employer_event(event)
    assert [event_label(e) for e in app.events] == ["offer", "command:signed"]
    assert app.last_contact == day(6, 8)  # the owner's word is not employer contact
    assert not searching(tracker.apps)


def test_withdraw_command_withdraws() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 8)))
    result = apply_command(
        tracker.apps, Command("withdraw", "Acme"), now=day(6, 10), command_key="command:m-2"
    )
    assert result is not None and result[0].status is Status.WITHDRAWN
    assert result[0].due_at is None


def test_rejected_command_rejects_and_a_later_interview_still_revives() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 8), subject="Interview"))
    apply_command(tracker.apps, Command("rejected", "Acme"), now=day(6, 10), command_key="command:m-3")
    assert tracker.only().status is Status.REJECTED
    tracker.feed(employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 15), subject="One more round"))
    assert tracker.only().status is Status.INTERVIEWING


def test_a_repeated_command_is_applied_once() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.OFFER, day(6, 8)))
    first = apply_command(tracker.apps, Command("signed", "Acme"), now=day(6, 10), command_key="command:m-4")
    again = apply_command(tracker.apps, Command("signed", "Acme"), now=day(6, 10), command_key="command:m-4")
    assert first is not None and again is not None and again[1] is first[1]
    assert len(tracker.only().events) == 2


@pytest.mark.parametrize("verb", ["pause", "resume", "status", "forget"])
def test_commands_that_are_not_about_an_application_change_none(verb: str) -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.OFFER, day(6, 8)))
    assert apply_command(tracker.apps, Command(verb, "me"), now=day(6, 10), command_key="command:m-5") is None  # type: ignore[arg-type]


def test_a_command_naming_no_application_changes_nothing() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.OFFER, day(6, 8)))
    assert apply_command(tracker.apps, Command("signed", "Initech"), now=day(6, 10), command_key="c") is None
    assert tracker.only().status is Status.OFFER


def test_searching_is_true_until_some_application_is_signed() -> None:
    assert searching([])
    app = Application("a", "Acme", None, None, Status.OFFER, day(6, 1))
    assert searching([app])
    app.status = Status.SIGNED
    assert not searching([app, Application("b", "Bar", None, None, Status.REJECTED, day(6, 1))])


# -- whole timelines -----------------------------------------------------------------------------------------


def test_enthusiasm_then_references_then_silence_past_the_promised_date_is_ghosted() -> None:
    # given a warm final interview, then a reference request promising a decision by Fri 19 Jun
    tracker = Tracker()
    tracker.feed(
        employer_mail(
            Kind.INTERVIEW_SCHEDULED,
            day(6, 1),
            subject="Final interview",
            interview_at=day(6, 3),
            evidence=("The team loved meeting you and we look forward to working with you.",),
        )
    )
    tracker.feed(
        employer_mail(
            Kind.REFERENCES_REQUESTED,
            day(6, 8),
            subject="References",
            expect_reply_by=day(6, 19, 0),
            evidence=("Could you send two references? We will decide by Friday 19 June.",),
        )
    )
    app = tracker.only()
    assert app.status is Status.REFERENCES and searching(tracker.apps)
    # when the sweeper runs on the Friday and again the next Wednesday
    assert sweep(app, day(6, 19, 18), POLICY) is None
    event = sweep(app, day(6, 24), POLICY)
    # then the employer's own date is held against them
    assert event is not None
    assert status_of(app) is Status.GHOSTED
    assert app.ghosted_reason == "said they would reply by Fri 19 Jun; nothing since"
    assert app.ghosted_since == datetime(2026, 6, 23, tzinfo=UTC)
    assert searching(tracker.apps)


def test_the_same_story_with_a_late_rejection_ends_rejected() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 1), subject="Final interview"))
    tracker.feed(
        employer_mail(
            Kind.REFERENCES_REQUESTED, day(6, 8), subject="References", expect_reply_by=day(6, 19, 0)
        )
    )
    app = tracker.only()
    sweep(app, day(6, 24), POLICY)
    assert app.status is Status.GHOSTED
    # when the rejection finally arrives
    tracker.feed(employer_mail(Kind.REJECTED, day(6, 30), subject="Your application"))
    # then
    assert status_of(app) is Status.REJECTED
    assert app.status_date == day(6, 30)
    assert app.ghosted_since is None and app.due_at is None
    assert searching(tracker.apps)


def test_an_unsigned_offer_keeps_searching_and_a_signed_one_ends_it() -> None:
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.OFFER, day(6, 8), subject="Offer", respond_by=day(6, 12)))
    assert tracker.only().status is Status.OFFER
    assert searching(tracker.apps)
    tracker.feed(employer_mail(Kind.OFFER_SIGNED, day(6, 11), subject="Envelope completed"))
    assert tracker.only().status is Status.SIGNED
    assert tracker.only().due_at is None
    assert not searching(tracker.apps)


def test_two_employers_who_both_reject_are_two_rejected_applications() -> None:
    tracker = Tracker()
    tracker.feed_all(
        [
            employer_mail(Kind.APPLICATION_RECEIVED, day(6, 1), company="Acme", subject="Thanks"),
            employer_mail(
                Kind.APPLICATION_RECEIVED,
                day(6, 2),
                company="Blue Harbor",
                sender_name="Blue Harbor Careers",
                sender_email="careers@blueharbor.example",
                subject="Thanks",
            ),
            employer_mail(Kind.REJECTED, day(6, 10), company="ACME, Inc.", subject="Update"),
            employer_mail(
                Kind.REJECTED,
                day(6, 12),
                company="Blue Harbor Ltd",
                sender_name="Blue Harbor Careers",
                sender_email="careers@blueharbor.example",
                subject="Update",
            ),
        ]
    )
    assert sorted((app.company, app.status) for app in tracker.apps) == [
        ("Acme", Status.REJECTED),
        ("Blue Harbor", Status.REJECTED),
    ]
    assert searching(tracker.apps)


def test_silence_after_an_interview_is_ghosted_and_a_later_invitation_revives_it() -> None:
    tracker = Tracker()
    tracker.feed(
        employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 1), subject="Interview", interview_at=day(6, 4))
    )
    app = tracker.only()
    # 10 business days after Thu 4 Jun is Thu 18 Jun
    assert app.due_at == day(6, 18)
    assert sweep(app, day(6, 19), POLICY) is not None
    assert app.status is Status.GHOSTED
    assert app.ghosted_reason == "no word for 10 business days after your interview on Thu 4 Jun"
    # when a second-round invitation arrives
    tracker.feed(
        employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 29), subject="Second round", interview_at=day(7, 2))
    )
    # then
    assert status_of(app) is Status.INTERVIEWING
    assert app.interview_at == day(7, 2)
    assert app.status_date == day(6, 29)


def test_one_rejection_forwarded_twice_and_an_old_acknowledgement_forwarded_late() -> None:
    tracker = Tracker()
    rejection = {"subject": "Update on your application", "text": "We have decided not to proceed."}
    tracker.feed(employer_mail(Kind.REJECTED, day(6, 15), forwarded_at=day(6, 15, 12), **rejection))  # type: ignore[arg-type]
    tracker.feed(employer_mail(Kind.REJECTED, day(6, 15), forwarded_at=day(6, 16, 9), **rejection))  # type: ignore[arg-type]
    tracker.feed(
        employer_mail(
            Kind.APPLICATION_RECEIVED,
            day(6, 1),
            subject="We received your application",
            forwarded_at=day(6, 17),
        )
    )
    app = tracker.only()
    assert app.status is Status.REJECTED
    assert len(app.events) == 2
    assert sorted(event.kind for event in app.events) == [Kind.APPLICATION_RECEIVED, Kind.REJECTED]


def test_two_roles_at_one_employer_are_two_applications() -> None:
    tracker = Tracker()
    tracker.feed(
        employer_mail(Kind.APPLICATION_RECEIVED, day(6, 1), role="Data Engineer", subject="Thanks DE")
    )
    tracker.feed(
        employer_mail(Kind.APPLICATION_RECEIVED, day(6, 2), role="Product Manager", subject="Thanks PM")
    )
    tracker.feed(employer_mail(Kind.REJECTED, day(6, 10), role="Product Manager", subject="PM update"))
    tracker.feed(
        employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 11), role="Sr. Data Engineer", subject="DE interview")
    )
    by_role = {app.role: app.status for app in tracker.apps}
    assert by_role == {"Data Engineer": Status.INTERVIEWING, "Product Manager": Status.REJECTED}


def test_a_team_qualifier_dropped_or_added_later_stays_one_application_per_role() -> None:
    # given two postings at one employer that differ only by their team
    tracker = Tracker()
    for team, date in (("Payments", day(6, 1)), ("Platform", day(6, 2))):
        tracker.feed(
            employer_mail(
                Kind.APPLICATION_RECEIVED, date, role=f"Software Engineer, {team}", subject=f"Thanks {team}"
            )
        )
    # when a later mail names the role without its team, then another names the other team in full
    tracker.feed(employer_mail(Kind.INTERVIEW_SCHEDULED, day(6, 9), role="Software Engineer", subject="Chat"))
    tracker.feed(
        employer_mail(Kind.REJECTED, day(6, 10), role="Software Engineer, Payments", subject="Payments news")
    )
    # then there are still two applications, each with its own outcome
    by_role = {app.role: app.status for app in tracker.apps}
    assert len(by_role) == 2
    assert by_role["Software Engineer, Payments"] is Status.REJECTED
    assert by_role["Software Engineer, Platform"] in (Status.APPLIED, Status.INTERVIEWING)


@pytest.mark.parametrize(("first", "second"), [("Meta", "Metaverse Inc"), ("HP", "PHP Solutions")])
def test_a_name_inside_another_employers_name_is_a_different_application(first: str, second: str) -> None:
    tracker = Tracker()
    tracker.feed(
        employer_mail(
            Kind.APPLICATION_RECEIVED,
            day(6, 1),
            company=first,
            sender_name=first,
            sender_email="jobs@one.example",
        )
    )
    tracker.feed(
        employer_mail(
            Kind.REJECTED, day(6, 5), company=second, sender_name=second, sender_email="jobs@two.example"
        )
    )
    assert sorted((app.company, app.status) for app in tracker.apps) == sorted(
        [(first, Status.APPLIED), (second, Status.REJECTED)]
    )


# -- employers named loosely, in passing, or not at all ------------------------------------------------------


def own_domain_mail(
    kind: Kind, sent: datetime, company: str, role: str | None = None, respond_by: datetime | None = None
) -> Understood:
    """Mail from the employer's own careers address, its name in the display name and the domain."""
    slug = "".join(company.lower().split())
    return employer_mail(
        kind,
        sent,
        company=company,
        role=role,
        respond_by=respond_by,
        sender_name=f"{company} Careers",
        sender_email=f"careers@{slug}.example",
        text=f"A note from {company} about your application.",
    )


def test_a_recruiter_at_the_employers_domain_joins_the_application_despite_a_wrong_extracted_name() -> None:
    # given an acknowledgement from an ATS relay, then the recruiter's invitation from the employer's own
    # domain whose extracted company is a word of the subject ("Onsite interview - ...")
    tracker = Tracker()
    tracker.feed(
        employer_mail(
            Kind.APPLICATION_RECEIVED,
            day(3, 2),
            company="Harborline Logistics",
            role="Operations Analyst",
            sender_name="Harborline Logistics",
            sender_email="harborline@myworkday.com",
        )
    )
    invitation = employer_mail(
        Kind.INTERVIEW_SCHEDULED,
        day(3, 5),
        company="Onsite",
        role="Operations Analyst",
        subject="Onsite interview - Operations Analyst",
        sender_name="Dana Whitfield",
        sender_email="dana.whitfield@harborline.example",
    )

    # when it is recorded
    tracker.feed(invitation)

    # then it joins the one application
    assert tracker.only().status is Status.INTERVIEWING


def test_a_shortened_employer_name_joins_the_application_of_the_longer_one() -> None:
    # given "Copperleaf Studios", then a rejection whose only employer name is the domain "copperleaf"
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.STATUS_UPDATE, day(2, 6), company="Copperleaf Studios"))
    rejection = employer_mail(
        Kind.REJECTED,
        day(2, 19),
        company="Copperleaf",
        role="UX Researcher",
        sender_name="Elena Marsh",
        sender_email="elena@copperleaf.example",
    )

    # when it is recorded
    tracker.feed(rejection)

    # then it is the same application, now rejected, and it learnt its role
    app = tracker.only()
    assert (app.company, app.role, app.status) == ("Copperleaf Studios", "UX Researcher", Status.REJECTED)


def test_a_loose_name_still_keeps_two_known_roles_apart() -> None:
    tracker = Tracker()
    tracker.feed(
        employer_mail(Kind.APPLICATION_RECEIVED, day(2, 2), company="Copperleaf Studios", role="UX Writer")
    )
    other_role = employer_mail(
        Kind.APPLICATION_RECEIVED, day(2, 3), company="Copperleaf", role="Data Engineer"
    )
    assert find_application(tracker.apps, other_role) is None


@pytest.mark.parametrize(
    ("known", "written"),
    [
        ("Global Foods", "Global"),  # a generic leading word alone
        ("Metaverse Labs", "Meta"),  # part of a word
        ("Acme Health", "Health Acme"),  # not the leading words
    ],
)
def test_loose_names_never_match_generic_words_or_parts_of_words(known: str, written: str) -> None:
    tracker = Tracker()
    tracker.feed(
        employer_mail(
            Kind.APPLICATION_RECEIVED,
            day(2, 2),
            company=known,
            sender_name=f"{known} Careers",
            sender_email="jobs@a.example",
        )
    )
    mail = employer_mail(
        Kind.REJECTED, day(2, 9), company=written, sender_name="Talent Team", sender_email="jobs@b.example"
    )
    assert find_application(tracker.apps, mail) is None


def test_a_loose_name_that_fits_two_employers_is_no_match() -> None:
    tracker = Tracker()
    for dom, company in enumerate(("Acme Health", "Acme Foods"), start=2):
        tracker.feed(own_domain_mail(Kind.APPLICATION_RECEIVED, day(2, dom), company))
    mail = employer_mail(
        Kind.REJECTED, day(2, 9), company="Acme", sender_name="Talent Team", sender_email="jobs@y.example"
    )
    assert len(tracker.apps) == 2
    assert find_application(tracker.apps, mail) is None


def test_an_esignature_notice_naming_the_employer_in_its_subject_signs_that_offer() -> None:
    # given an offer, then DocuSign's completion sent as "<recruiter> via Docusign"
    tracker = Tracker()
    tracker.feed(own_domain_mail(Kind.OFFER, day(5, 11), "Saltmarsh Systems", role="SRE"))
    tracker.feed(own_domain_mail(Kind.APPLICATION_RECEIVED, day(5, 12), "Other Firm"))
    completed = employer_mail(
        Kind.OFFER_SIGNED,
        day(5, 15),
        company="Ravi Menon",
        subject="Completed: Saltmarsh Systems - Offer Letter - Ines Carvalho",
        sender_name="Ravi Menon via Docusign",
        sender_email="dse_na4@docusign.net",
    )

    # when it is recorded
    outcome = tracker.feed(completed)

    # then the offer's application is signed, and no application is named after the recruiter
    assert outcome.application is tracker.apps[0]
    assert tracker.apps[0].status is Status.SIGNED
    assert [app.company for app in tracker.apps] == ["Saltmarsh Systems", "Other Firm"]


def test_a_company_named_in_the_text_joins_its_application() -> None:
    tracker = Tracker()
    tracker.feed(own_domain_mail(Kind.ASSESSMENT, day(3, 2), "Meridian Freight"))
    mail = employer_mail(
        Kind.REJECTED,
        day(3, 16),
        company=None,
        sender_name="Talent Team",
        sender_email="no-reply@hire.lever.co",
        text="We will not progress your application.\nMeridian Freight Talent Acquisition",
    )
    assert find_application(tracker.apps, mail) is tracker.apps[0]


def test_a_mail_naming_two_known_employers_joins_neither() -> None:
    tracker = Tracker()
    for dom, company in enumerate(("Meridian Freight", "Harbor Ports"), start=2):
        tracker.feed(own_domain_mail(Kind.APPLICATION_RECEIVED, day(3, dom), company))
    assert len(tracker.apps) == 2
    mail = employer_mail(
        Kind.REJECTED,
        day(3, 16),
        company=None,
        sender_name="",
        sender_email="no-reply@hire.lever.co",
        text="Meridian Freight and Harbor Ports are merging; we will not progress your application.",
    )
    assert find_application(tracker.apps, mail) is None


def test_an_unnamed_esignature_completion_signs_the_one_open_offer_only() -> None:
    # given one open offer and an e-signature completion that names no employer at all
    tracker = Tracker()
    tracker.feed(own_domain_mail(Kind.OFFER, day(5, 11), "Saltmarsh Systems"))
    completed = employer_mail(
        Kind.OFFER_SIGNED,
        day(5, 15),
        company=None,
        subject="Completed: Please DocuSign: Offer Letter.pdf",
        sender_name="Docusign",
        sender_email="dse@docusign.net",
    )
    # then it signs that offer
    assert find_application(tracker.apps, completed) is tracker.apps[0]
    # but not when two offers are open, nor when the sender is not a relay
    tracker.feed(own_domain_mail(Kind.OFFER, day(5, 12), "Second Offer Co"))
    assert find_application(tracker.apps, completed) is None
    direct = employer_mail(
        Kind.OFFER_SIGNED, day(5, 15), company=None, sender_name="Ana", sender_email="ana@gmail.com"
    )
    assert find_application(tracker.apps[:1], direct) is None


def test_a_ghosted_offer_still_counts_as_open_for_an_esignature_completion() -> None:
    # given an offer the sweeper ghosted after its reply-by date
    tracker = Tracker()
    tracker.feed(own_domain_mail(Kind.OFFER, day(5, 11), "Saltmarsh Systems", respond_by=day(5, 13)))
    assert sweep(tracker.apps[0], day(6, 1), POLICY) is not None
    assert tracker.apps[0].status is Status.GHOSTED
    completed = employer_mail(
        Kind.OFFER_SIGNED, day(6, 2), company=None, sender_name="Docusign", sender_email="dse@docusign.net"
    )
    # when the late signature arrives, then it signs that offer
    tracker.feed(completed)
    assert tracker.only().status is Status.SIGNED


def test_an_ats_relays_display_name_is_the_employer() -> None:
    u = employer_mail(
        Kind.REJECTED,
        day(3, 16),
        company=None,
        sender_name="Meridian Freight",
        sender_email="meridianfreight@myworkday.com",
    )
    assert employer_of(u) == "Meridian Freight"


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("Adobe Acrobat Sign", "adobesign@adobesign.com"),  # the relay naming itself
        ("Jane Doe", "jane.doe.recruits@gmail.com"),  # free mail names no company
    ],
)
def test_relays_naming_themselves_and_free_mail_name_no_employer(name: str, address: str) -> None:
    u = employer_mail(Kind.OFFER_SIGNED, day(3, 16), company=None, sender_name=name, sender_email=address)
    assert employer_of(u) is None


def test_a_new_employer_naming_a_known_one_in_passing_is_a_new_application() -> None:
    # given an application at Contoso Group, then an acknowledgement from its subsidiary Fabrikam
    tracker = Tracker()
    tracker.feed(own_domain_mail(Kind.APPLICATION_RECEIVED, day(4, 1), "Contoso Group"))
    mail = employer_mail(
        Kind.APPLICATION_RECEIVED,
        day(4, 8),
        company="Fabrikam",
        subject="Thanks for applying to Fabrikam",
        sender_name="Fabrikam Careers",
        sender_email="careers@fabrikam.example",
        text="Thank you for applying to Fabrikam, a Contoso Group company.",
    )
    # then it is not filed under Contoso Group
    assert find_application(tracker.apps, mail) is None


# --- a signature notice closes the employer's open offer ---------------------------------------------


def test_a_signature_notice_whose_title_words_the_role_differently_signs_the_open_offer() -> None:
    # given an offer for "Data Engineer" and, at the same employer, another application still in process
    tracker = Tracker()
    offer = tracker.feed(employer_mail(Kind.OFFER, day(6, 1), role="Data Engineer", subject="Your offer"))
    tracker.feed(
        employer_mail(Kind.APPLICATION_RECEIVED, day(6, 2), role="Platform Engineer", subject="Thanks")
    )
    # when a signature notice arrives whose document title calls the role something else
    signed = tracker.feed(
        employer_mail(
            Kind.OFFER_SIGNED,
            day(6, 5),
            role="Engineer II - Analytics Platform",
            subject="Completed: Offer Letter",
            sender_name="Signature Service",
            sender_email="notifications@signwell.com",
        )
    )
    # then it signs the one open offer instead of starting another application
    assert not signed.created
    assert signed.application is offer.application
    assert offer.application is not None and offer.application.status is Status.SIGNED
    assert len(tracker.apps) == 2


def test_a_signature_notice_without_a_role_signs_the_offer_not_the_newest_application() -> None:
    # given an offer, then a newer application at the same employer
    tracker = Tracker()
    offer = tracker.feed(employer_mail(Kind.OFFER, day(6, 1), role="Data Engineer", subject="Your offer"))
    tracker.feed(
        employer_mail(Kind.APPLICATION_RECEIVED, day(6, 3), role="Platform Engineer", subject="Thanks")
    )
    # when a signature notice names no role
    signed = tracker.feed(employer_mail(Kind.OFFER_SIGNED, day(6, 5), subject="Document completed"))
    # then the offer is the one signed
    assert signed.application is offer.application


def test_two_open_offers_at_one_employer_leave_a_differently_named_role_to_its_own_application() -> None:
    # given two open offers at one employer
    tracker = Tracker()
    tracker.feed(employer_mail(Kind.OFFER, day(6, 1), role="Data Engineer", subject="Offer one"))
    tracker.feed(employer_mail(Kind.OFFER, day(6, 2), role="Platform Engineer", subject="Offer two"))
    # when a signature notice names a role that fits neither
    signed = tracker.feed(employer_mail(Kind.OFFER_SIGNED, day(6, 5), role="Store Manager", subject="Signed"))
    # then it does not guess between the two offers
    assert signed.created

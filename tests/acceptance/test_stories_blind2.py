"""Acceptance, second blind round: ten more job-search stories, written without looking at the others.

Each folder under stories_blind2/ is one person's mailbox in the style of their own mail client (new Outlook
with underscore rules, Outlook HTML-only, Proton, Apple Mail, Yahoo, Gmail, Thunderbird with tab-aligned
labels, a Gmail filter auto-forward, an iPhone forward, forward-as-attachment, GMX's German header block),
with ATS relays, a recruitment agency, replies quoting older mail, an Adobe Acrobat Sign notice and an owner
command. The expectations were written down before the first run; where the product still mis-reads a mail
because of the classifier or the extractor, that assertion is its own strict xfail naming the sentence.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.acceptance import test_stories
from tests.acceptance.test_stories import NUDGE, kinds, live
from tests.acceptance.test_stories import replay as replay  # the fixture, reading the folder set below
from untilsigned.domain.tracking.status import event_label

pytestmark = pytest.mark.integration

STORIES = Path(__file__).resolve().parent / "stories_blind2"


@pytest.fixture(autouse=True)
def _blind2_mailboxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the shared `replay` fixture and `live` at this round's mailboxes."""
    monkeypatch.setattr(test_stories, "STORIES", STORIES)


def _html_is_inert(html: str) -> None:
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered


# -- 1. references, a promised date, then silence ------------------------------------------------------------


def test_references_then_silence_past_the_promised_friday_is_ghosted(replay: Any) -> None:
    # given a Greenhouse acknowledgement, an onsite invitation from a recruiter at tidewaterfa.com, and her
    # reply-thread asking for references "with a final decision by Friday, March 13", all forwarded from new
    # Outlook; the last one is signed only "Marisol"
    result = replay("refs_promise_silence", "priya.raman@outlook.com", now="2026-03-30T15:00:00+00:00")

    # then it is one application, ghosted soon after the employer's own date, and the search goes on
    assert len(result.applications) == 1
    app = result.app("Tidewater Freight Analytics", "Supply Chain Data Analyst")
    assert app["status"] == "ghosted"
    assert app["expect_reply_by"].startswith("2026-03-13")
    assert "2026-03-14" <= app["ghosted_since"][:10] <= "2026-03-17"
    assert app["interview_at"] == "2026-02-25T13:30:00-06:00"
    assert kinds(app)[-2:] == ["references_requested", "sweep:ghosted"]
    assert result.document["searching"] is True
    assert NUDGE in result.digest_text.lower()
    assert "Tidewater Freight Analytics" in result.digest_text


def test_a_conditional_promise_of_a_first_conversation_is_an_acknowledgement(replay: Any) -> None:
    # given the same story
    result = replay("refs_promise_silence", "priya.raman@outlook.com", now="2026-03-30T15:00:00+00:00")

    # then the first mail is the acknowledgement it is
    assert kinds(result.app("Tidewater Freight Analytics")) == [
        "application_received",
        "interview_scheduled",
        "references_requested",
        "sweep:ghosted",
    ]


# -- 2. the same, with a late rejection ----------------------------------------------------------------------


def test_a_reference_request_from_the_employers_own_domain_joins_the_lever_application(replay: Any) -> None:
    # given a Lever interview invitation, then the director asking for referees from brightwatervets.eu
    result = replay(
        "refs_late_rejection",
        "tomasz.wojcik@proton.me",
        now="2026-05-10T00:00:00+00:00",
        only=["01-lever-interview.eml", "02-references.eml"],
    )

    # then both are one application, ghosted by the silence, and the search goes on
    assert len(result.applications) == 1
    app = result.app("Brightwater Veterinary Partners", "Clinic Operations Lead")
    assert kinds(app) == ["interview_scheduled", "references_requested", "sweep:ghosted"]
    assert app["status"] == "ghosted"
    assert result.document["searching"] is True


def test_the_directors_own_decision_date_is_the_reply_date(replay: Any) -> None:
    result = replay(
        "refs_late_rejection",
        "tomasz.wojcik@proton.me",
        now="2026-05-10T00:00:00+00:00",
        only=["01-lever-interview.eml", "02-references.eml"],
    )
    assert result.app("Brightwater Veterinary Partners")["expect_reply_by"].startswith("2026-04-24")


def test_a_late_rejection_after_references_ends_rejected(replay: Any) -> None:
    # given the interview, the reference request and, three weeks after the promised date, a Lever rejection
    # when replayed as of the rejection and long after it
    for now in (None, "2026-08-01T00:00:00+00:00"):
        result = replay("refs_late_rejection", "tomasz.wojcik@proton.me", now=now)

        # then the rejection stands, never ghosted over, and the search goes on
        app = result.app("Brightwater Veterinary Partners", "Clinic Operations Lead")
        assert app["status"] == "rejected"
        assert app["ghosted_since"] is None
        assert kinds(app) == ["interview_scheduled", "references_requested", "rejected"]
        assert result.document["searching"] is True
        assert NUDGE in result.digest_text.lower()


# -- 3. an agency, an unsigned offer, then Adobe Acrobat Sign ------------------------------------------------


def test_an_unsigned_offer_after_an_agencys_final_round_keeps_the_search_on(replay: Any) -> None:
    # given an agency recruiter's "my client Cobaltline Health" final round, then the employer's offer
    result = replay(
        "agency_offer_then_adobe_sign",
        "amara.nwosu@icloud.com",
        only=["01-agency-final-round.eml", "02-offer.eml"],
    )

    # then the one application (named after the client, not the agency) holds an unsigned offer
    assert len(result.applications) == 1
    app = result.app("Cobaltline Health", "Senior Product Designer")
    assert app["status"] == "offer"
    assert app["respond_by"].startswith("2026-05-15")
    assert result.document["searching"] is True
    assert "no signed offer" in result.digest_subject.lower()
    assert NUDGE in result.digest_text.lower()
    assert "not signed" in result.digest_text.lower()
    assert "Cobaltline Health" in result.digest_text and "Cobaltline Health" in result.html


def test_an_adobe_sign_signed_and_filed_notice_ends_the_search(replay: Any) -> None:
    # given the same, then Adobe Acrobat Sign's "... is Signed and Filed!" forwarded from Apple Mail
    result = replay("agency_offer_then_adobe_sign", "amara.nwosu@icloud.com")

    # then the offer's application is signed, the search is over and the digest congratulates without nudging
    assert len(result.applications) == 1
    app = result.app("Cobaltline Health", "Senior Product Designer")
    assert app["status"] == "signed"
    assert kinds(app)[-2:] == ["offer", "offer_signed"]
    assert result.document["searching"] is False
    assert "congratulations" in result.digest_subject.lower()
    assert "Cobaltline Health" in result.digest_text
    assert NUDGE not in result.digest_text.lower()


@pytest.mark.xfail(
    strict=True,
    reason="classifier/extractor: the agency's 'come in for the final round ... a three-hour onsite ... on "
    "Tuesday, May 5, starting at 10:00 AM Pacific' is read as assessment (from 'case study'), with no time",
)
def test_the_agencys_final_round_is_an_interview_at_its_pacific_time(replay: Any) -> None:
    result = replay("agency_offer_then_adobe_sign", "amara.nwosu@icloud.com")
    app = result.app("Cobaltline Health")
    assert kinds(app) == ["interview_scheduled", "offer", "offer_signed"]
    assert app["interview_at"] == "2026-05-05T10:00:00-07:00"


# -- 4. two warm employers, both reject ----------------------------------------------------------------------


def test_two_warm_employers_who_both_reject_are_both_rejected(replay: Any) -> None:
    # given a recruiter's "you would fit right in" with a second-round invite, a Workday invitation, then a
    # SmartRecruiters rejection and a Workday rejection, all forwarded from Yahoo
    result = replay("two_warm_both_reject", "diego.alvarez@yahoo.com")

    # then two applications, each rejected after its interview, and the digest nudges naming both
    assert len(result.applications) == 2
    ferncastle = result.app("Ferncastle Studios", "Associate Producer")
    quayside = result.app("Quayside Robotics", "Technical Writer")
    for app in (ferncastle, quayside):
        assert app["status"] == "rejected"
        assert kinds(app) == ["interview_scheduled", "rejected"]
    assert ferncastle["interview_at"] == "2026-03-13T15:00:00-04:00"
    assert quayside["interview_at"] == "2026-03-17T11:00:00-04:00"
    assert result.document["searching"] is True
    assert NUDGE in result.digest_text.lower()
    assert "Ferncastle Studios" in result.digest_text and "Quayside Robotics" in result.digest_text


# -- 5. silence after an interview, then a revival -----------------------------------------------------------


def test_silence_after_the_workday_interview_is_ghosting(replay: Any) -> None:
    # given only the Workday invitation for 5 March, replayed on 1 April
    result = replay(
        "interview_silence_revival",
        "hannah.lee@gmail.com",
        now="2026-04-01T12:00:00+00:00",
        only=["01-workday-interview.eml"],
    )

    # then ten business days after the interview it is ghosted
    app = result.app("Pinecrest Credit Union", "Systems Administrator II")
    assert app["status"] == "ghosted"
    assert app["interview_at"] == "2026-03-05T11:00:00-07:00"
    assert "2026-03-19" <= app["ghosted_since"][:10] <= "2026-03-20"
    assert NUDGE in result.digest_text.lower()


def test_a_second_interview_invitation_revives_the_ghosted_application(replay: Any) -> None:
    # given the recruiter's "apologies for going quiet" reply, quoting the old invitation, on 20 April
    result = replay("interview_silence_revival", "hannah.lee@gmail.com", now="2026-04-21T12:00:00+00:00")

    # then the same application is interviewing again
    assert len(result.applications) == 1
    app = result.app("Pinecrest Credit Union", "Systems Administrator II")
    assert app["status"] == "interviewing"
    assert app["ghosted_since"] is None
    assert kinds(app) == ["interview_scheduled", "interview_scheduled"]


def test_live_the_sweeper_ghosts_the_silence_and_the_second_invitation_revives_it() -> None:
    # given the daily sweeper running between the two mails
    run = live(
        "interview_silence_revival", "hannah.lee@gmail.com", until=datetime(2026, 4, 22, 12, tzinfo=UTC)
    )

    # then the application was ghosted in between and is interviewing again at the end
    app = run.app("Pinecrest Credit Union")
    assert [event_label(event) for event in app.events] == [
        "interview_scheduled",
        "sweep:ghosted",
        "interview_scheduled",
    ]
    assert app.status.value == "interviewing"


def test_the_revived_application_shows_the_second_interview_time(replay: Any) -> None:
    result = replay("interview_silence_revival", "hannah.lee@gmail.com", now="2026-04-21T12:00:00+00:00")
    assert result.app("Pinecrest Credit Union")["interview_at"] == "2026-04-27T09:30:00-06:00"


# -- 6. the same rejection twice, and a late acknowledgement -------------------------------------------------


def test_a_rejection_forwarded_twice_and_an_old_acknowledgement_make_one_rejected_application(
    replay: Any,
) -> None:
    # given an HTML-only Outlook forward of a rejection, the same rejection forwarded again as an attachment
    # that evening, and five days later the May acknowledgement forwarded from Thunderbird
    result = replay("duplicate_rejection_late_ack", "olivia.brennan@hotmail.co.uk")

    # then one application, still rejected, with two employer events in the employer's own date order
    assert len(result.applications) == 1
    app = result.app("Marlowe & Finch Publishing", "Editorial Assistant")
    assert app["status"] == "rejected"
    assert kinds(app) == ["application_received", "rejected"]
    assert app["events"][0]["date"].startswith("2026-05-02")
    assert result.quarantined_files == []
    assert result.document["searching"] is True
    assert NUDGE in result.digest_text.lower()


# -- 7. a stranger and a spam verdict ------------------------------------------------------------------------


def test_a_strangers_offer_signed_and_a_spam_flagged_forward_change_nothing(replay: Any) -> None:
    # given an interview, a look-alike domain's "Offer signed" sent straight to the inbox, and the owner's
    # forward of a "Completed" notice that SES flagged as spam
    result = replay("stranger_and_spam", "kenji.sato@fastmail.com")

    # then both are quarantined with their reasons, and the application is untouched
    assert result.quarantined_files == ["02-stranger-says-signed.eml", "03-spam-flagged-forward.eml"]
    reasons = [entry["reason"] for entry in result.document["quarantined"]]
    assert "stranger" in reasons[0]
    assert "spam" in reasons[1]
    assert len(result.applications) == 1
    app = result.app("Saffron Lane Analytics", "BI Developer")
    assert app["status"] == "interviewing"
    assert kinds(app) == ["interview_scheduled"]
    assert app["interview_at"] == "2026-05-11T14:00:00+09:00"
    assert result.document["searching"] is True
    assert NUDGE in result.digest_text.lower()
    assert "2 mails to check" in result.digest_subject


# -- 8. two roles at one employer, via a Gmail filter --------------------------------------------------------


def test_two_roles_at_one_employer_stay_apart_even_under_a_quoted_rejection(replay: Any) -> None:
    # given two Greenhouse acknowledgements, a rejection for one role, then the recruiter's invitation for the
    # other role quoting that rejection, all auto-forwarded by a Gmail filter
    result = replay("two_roles_one_employer", "fatima.benali@gmail.com")

    # then two applications: the rejected one and the one now interviewing
    assert result.quarantined_files == []
    assert len(result.applications) == 2
    fleet = result.app("Halvorsen Maritime", "Fleet Data Scientist")
    marine = result.app("Halvorsen Maritime", "Marine Operations Analyst")
    assert fleet["status"] == "rejected"
    assert kinds(fleet) == ["application_received", "rejected"]
    assert marine["status"] == "interviewing"
    assert kinds(marine) == ["application_received", "interview_scheduled"]
    assert marine["interview_at"] == "2026-04-01T10:00:00+02:00"
    assert result.document["searching"] is True


# -- 9. a calendar invite in Sydney time ---------------------------------------------------------------------


def test_a_calendar_invite_forwarded_as_an_attachment_keeps_sydney_time(replay: Any) -> None:
    # given an iPhone forward of an Ashby acknowledgement, then a Google Calendar invite set in
    # Australia/Sydney, forwarded from Dublin as an attachment
    result = replay("calendar_invite_sydney", "siobhan.kelly@eircom.net")

    # then the interview is 09:30 in Sydney (AEST, +10:00), not the forward's Irish time
    assert len(result.applications) == 1
    app = result.app("Wattle & Gum Software")
    assert app["status"] == "interviewing"
    assert app["interview_at"] == "2026-07-07T09:30:00+10:00"
    assert kinds(app) == ["application_received", "interview_scheduled"]


@pytest.mark.xfail(
    strict=True,
    reason="dates: the iPhone forward header 'Date: 18 June 2026 at 02:11:45 IST', sent from a +0100 mailer, "
    "is read as India (+05:30) rather than Irish Standard Time",
)
def test_irish_standard_time_in_a_forward_header_is_irish(replay: Any) -> None:
    result = replay("calendar_invite_sydney", "siobhan.kelly@eircom.net")
    assert result.app("Wattle & Gum Software")["events"][0]["date"] == "2026-06-18T02:11:45+01:00"


# -- 10. hostile names, an unsigned offer, then a "signed" command -------------------------------------------


def test_hostile_names_stay_escaped_while_the_unsigned_offer_is_nudged(replay: Any) -> None:
    # given an acknowledgement whose sender and subject carry <img onerror> and <script>, and an offer
    result = replay(
        "hostile_names_signed_command", "noah.fischer@gmx.de", only=["01-hostile-ack.eml", "02-offer.eml"]
    )

    # then the digest nudges, names the offering employer, and shows the hostile text only escaped
    app = result.app("Orrery Mobility GmbH", "Mobile Engineer")
    assert app["status"] == "offer"
    assert app["respond_by"].startswith("2026-06-19")
    assert result.document["searching"] is True
    assert NUDGE in result.digest_text.lower()
    assert "not signed" in result.digest_text.lower()
    assert "Orrery Mobility" in result.html
    _html_is_inert(result.html)
    assert "&lt;script&gt;" in result.html
    assert "&lt;img" in result.html


def test_the_owners_signed_command_ends_the_search(replay: Any) -> None:
    # given the same, then the owner mails "signed Orrery Mobility" from GMX
    result = replay("hostile_names_signed_command", "noah.fischer@gmx.de")

    # then the offer is signed by the owner's word, the digest congratulates once, and nothing is live HTML
    app = result.app("Orrery Mobility GmbH", "Mobile Engineer")
    assert app["status"] == "signed"
    assert kinds(app) == ["offer", "command:signed"]
    assert result.quarantined_files == []
    assert result.document["searching"] is False
    assert "congratulations" in result.digest_subject.lower()
    assert NUDGE not in result.digest_text.lower()
    _html_is_inert(result.html)


@pytest.mark.xfail(
    strict=True,
    reason="extractor: 'the Frontend Engineer position at Glint<img src=x onerror=alert(7)> Works.' gives "
    "the company 'Glint<img' (cut at the first space of the markup)",
)
def test_a_hostile_employer_name_is_kept_whole(replay: Any) -> None:
    result = replay(
        "hostile_names_signed_command", "noah.fischer@gmx.de", only=["01-hostile-ack.eml", "02-offer.eml"]
    )
    companies = [app["company"] for app in result.applications]
    assert "Glint<img src=x onerror=alert(7)> Works" in companies

"""Acceptance, held out: ten timelines written blind, without reading the stories the code was built against.

Each folder under stories_blind/ is one person's mailbox: different people, employers, roles, dates and zones,
forwarded from Gmail (with HTML, with a note above), Outlook desktop and Outlook on the web, Apple Mail,
Thunderbird as an attached .eml, and a Gmail filter (X-Forwarded-For / +caf_ return path). The expectations
below were written down before the first replay. Where a timeline fails only because the classifier or the
extractor mis-reads a mail, that assertion is its own test, marked xfail(strict) with the mail it misreads.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.acceptance.test_stories import NUDGE, Replayed, kinds, live
from untilsigned.cli import main

pytestmark = pytest.mark.integration

# `live` joins its story to stories/; an absolute path (as here) replaces that folder.
BLIND = Path(__file__).resolve().parent / "stories_blind"


@pytest.fixture
def replay(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    """replay(story, user, now=None, only=None): `untilsigned replay` a blind story, read what it printed."""

    def run(story: str, user: str, *, now: str | None = None, only: Sequence[str] | None = None) -> Replayed:
        mailbox = BLIND / story
        if only is not None:
            mailbox = tmp_path / f"{story}-subset"
            mailbox.mkdir()
            for name in only:
                shutil.copy(BLIND / story / name, mailbox / name)
        out = tmp_path / f"out-{story}-{len(only or ())}"
        argv = ["replay", str(mailbox), "--user", user, "--json", "--out", str(out)]
        if now is not None:
            argv += ["--now", now]
        capsys.readouterr()
        assert main(argv) == 0
        document: dict[str, Any] = json.loads(capsys.readouterr().out)
        digest = document["digest"]
        html = Path(digest["html_path"]).read_text(encoding="utf-8") if digest else ""
        return Replayed(document, html)

    return run


def nudges(result: Replayed) -> bool:
    return NUDGE in result.digest_text.lower() and "no signed offer" in result.digest_subject.lower()


# -- enthusiasm, references, silence -------------------------------------------------------------------------


def test_blind_references_then_silence_past_the_promised_date_is_ghosted(replay: Any) -> None:
    # given a Greenhouse acknowledgement, an interview invitation whose subject reads "Data Engineer
    # interview", and "everyone came away genuinely excited ... references ... final decision by Wednesday,
    # February 11", all forwarded from Gmail
    # when the mailbox is replayed three weeks after that date
    result = replay("references_then_silence", "priya.raman@gmail.com", now="2026-03-02T12:00:00+00:00")

    # then it is one application, ghosted from just after the employer's own date
    assert len(result.applications) == 1
    app = result.app("Quillfeather Analytics", "Data Engineer")
    assert app["status"] == "ghosted"
    assert app["expect_reply_by"].startswith("2026-02-11")
    assert "2026-02-12" <= app["ghosted_since"][:10] <= "2026-02-13"
    assert app["interview_at"] == "2026-01-29T11:00:00-05:00"
    assert kinds(app) == [
        "application_received",
        "interview_scheduled",
        "references_requested",
        "sweep:ghosted",
    ]
    # and the search goes on, the digest nudging and naming the employer
    assert result.document["searching"] is True
    assert result.quarantined_files == []
    assert nudges(result)
    assert "Quillfeather Analytics" in result.digest_text and "Quillfeather Analytics" in result.html


def test_blind_references_then_a_late_rejection_is_rejected(replay: Any) -> None:
    # given a Workday acknowledgement "Grid Planning Engineer (R-10482)", an interview, a reference request
    # with "our decision by Friday 6 March", then a Workday rejection on 23 March, forwarded from Outlook
    result = replay("references_late_rejection", "tomas.eriksen@outlook.com")

    # then one rejected application, titled without its job id, and the search goes on
    assert len(result.applications) == 1
    app = result.app("Brightwater Energy", "Grid Planning Engineer")
    assert app["status"] == "rejected"
    assert app["ghosted_since"] is None
    assert kinds(app) == ["application_received", "interview_scheduled", "references_requested", "rejected"]
    assert result.document["searching"] is True
    assert nudges(result)


def test_blind_before_the_late_rejection_the_silence_was_ghosting(replay: Any) -> None:
    # given the same mailbox without the rejection, replayed ten days after the promised Friday 6 March
    result = replay(
        "references_late_rejection",
        "tomas.eriksen@outlook.com",
        now="2026-03-16T12:00:00+00:00",
        only=["01-ack.eml", "02-interview.eml", "03-references.eml"],
    )

    # then it is ghosted once the promised day and one business day of grace (Monday 9 March) are over
    app = result.app("Brightwater Energy")
    assert app["status"] == "ghosted"
    assert app["expect_reply_by"].startswith("2026-03-06")
    assert "2026-03-07" <= app["ghosted_since"][:10] <= "2026-03-10"


# -- offers --------------------------------------------------------------------------------------------------


def test_blind_an_unsigned_offer_keeps_the_search_on(replay: Any) -> None:
    # given a Lever acknowledgement, an onsite invitation and "we'd like to offer you ... sign by Friday,
    # February 13", forwarded from Apple Mail in Tokyo
    result = replay(
        "unsigned_offer_then_esign",
        "aiko.tanaka@icloud.com",
        only=["01-ack.eml", "02-interview.eml", "03-offer.eml"],
    )

    # then the offer is on the table, unsigned, and the digest still nudges and names the employer
    app = result.app("Lanternfish Games", "Senior Gameplay Programmer")
    assert app["status"] == "offer"
    assert app["respond_by"].startswith("2026-02-13")
    assert result.document["searching"] is True
    assert nudges(result)
    assert "Lanternfish Games" in result.digest_text


def test_blind_a_docusign_completed_notice_ends_the_search(replay: Any) -> None:
    # given the same story ending with "Completed: Lanternfish Games - Offer Letter - Aiko Tanaka"
    result = replay("unsigned_offer_then_esign", "aiko.tanaka@icloud.com")

    # then the application is signed, the search is over and the digest stops nudging
    app = result.app("Lanternfish Games")
    assert app["status"] == "signed"
    assert kinds(app)[-1] == "offer_signed"
    assert result.document["searching"] is False
    assert NUDGE not in result.digest_text.lower()
    assert "congratulations" in result.digest_subject.lower()


def test_blind_live_the_digest_nudges_until_the_signature_and_then_stops() -> None:
    # given the same story with the sweeper and the digest running daily into March
    run = live(
        str(BLIND / "unsigned_offer_then_esign"),
        "aiko.tanaka@icloud.com",
        until=datetime(2026, 3, 10, tzinfo=UTC),
    )

    # then every digest before the signature nudged, one congratulated, none came after
    signed_at = datetime(2026, 2, 11, 2, 44, tzinfo=UTC)
    before = [text for when, _, text in run.digests if when < signed_at]
    after = [subject for when, subject, _ in run.digests if when >= signed_at]
    assert before and all(NUDGE in text.lower() for text in before)
    assert len(after) == 1 and "congratulations" in after[0].lower()
    assert run.app("Lanternfish Games").status.value == "signed"


# -- two warm employers --------------------------------------------------------------------------------------


def test_blind_two_enthusiastic_employers_who_both_reject_are_both_rejected(replay: Any) -> None:
    # given "the team really loved your background" from one employer and "we were really impressed" plus an
    # interview from another, then a rejection from each, forwarded from Gmail with short notes above
    result = replay("two_warm_both_reject", "fatima.alsayed@gmail.com")

    # then two applications, both rejected, and the search goes on
    assert len(result.applications) == 2
    assert result.app("Northwind Biotech", "Research Associate II")["status"] == "rejected"
    assert result.app("Copperleaf Health", "Clinical Data Coordinator")["status"] == "rejected"
    assert result.document["searching"] is True
    assert result.quarantined_files == []
    assert nudges(result)


def test_blind_an_interview_in_uk_time_keeps_the_uk_offset(replay: Any) -> None:
    # given an invitation for "Monday, 26 January at 2:00 PM (UK time)", forwarded from Dubai (+04:00)
    result = replay("two_warm_both_reject", "fatima.alsayed@gmail.com")
    # then the interview is at 14:00 in London, not in the forwarder's zone
    assert result.app("Copperleaf Health")["interview_at"] == "2026-01-26T14:00:00+00:00"


# -- silence after an interview, then revival ----------------------------------------------------------------


def test_blind_silence_after_an_interview_is_ghosting_but_not_before_the_interview(replay: Any) -> None:
    # given an invitation sent on 28 January for an interview on 10 February that says "after the interview
    # we will get back to you within a week", forwarded as attached .eml files; then silence
    result = replay(
        "interview_silence_revival",
        "jonas.weber@posteo.de",
        now="2026-03-05T12:00:00+00:00",
        only=["01-ack.eml", "02-interview.eml"],
    )

    # then the week counts from the interview: ghosted after 17 February plus grace, never before the
    # interview itself
    [app] = result.applications
    assert app["company"].startswith("Fernhill Robotics")
    assert app["status"] == "ghosted"
    assert app["interview_at"] == "2026-02-10T10:00:00+01:00"
    assert app["expect_reply_by"].startswith("2026-02-17")
    assert "2026-02-18" <= app["ghosted_since"][:10] <= "2026-02-19"
    assert nudges(result)


def test_blind_a_later_invitation_revives_the_ghosted_application(replay: Any) -> None:
    # given the whole mailbox: a second-round invitation for 20 March arrives on 12 March
    result = replay("interview_silence_revival", "jonas.weber@posteo.de")

    # then the one application is interviewing again, at the new time in Munich's offset
    [app] = result.applications
    assert app["status"] == "interviewing"
    assert app["ghosted_since"] is None
    assert app["interview_at"] == "2026-03-20T14:00:00+01:00"
    assert kinds(app) == ["application_received", "interview_scheduled", "interview_scheduled"]


def test_blind_live_the_sweeper_ghosts_the_silence_and_the_invitation_revives_it() -> None:
    run = live(
        str(BLIND / "interview_silence_revival"),
        "jonas.weber@posteo.de",
        until=datetime(2026, 3, 13, tzinfo=UTC),
    )
    [app] = run.applications
    notes = [event.note for event in app.events]
    assert "sweep:ghosted" in notes
    ghosted_at = next(event.date for event in app.events if event.note == "sweep:ghosted")
    assert ghosted_at > datetime(2026, 2, 10, 10, tzinfo=UTC)  # never before the interview itself
    assert app.status.value == "interviewing"
    assert app.ghosted_since is None


# -- duplicates ----------------------------------------------------------------------------------------------


def test_blind_a_rejection_forwarded_twice_and_a_late_acknowledgement_are_one_rejected_application(
    replay: Any,
) -> None:
    # given an iCIMS rejection forwarded twice from Gmail, then the October acknowledgement forwarded a
    # week later
    result = replay("duplicate_rejection_late_ack", "sam.oconnor@gmail.com")

    # then one application, rejected, with two events in the employer's own order
    [app] = result.applications
    assert app["company"] == "Marigold Insurance"
    assert app["role"] == "Actuarial Analyst"
    assert app["status"] == "rejected"
    assert kinds(app) == ["application_received", "rejected"]
    assert result.document["searching"] is True


# -- the trust gate ------------------------------------------------------------------------------------------


def test_blind_a_strangers_offer_signed_and_a_spam_flagged_forward_are_quarantined(replay: Any) -> None:
    # given an interview, then a look-alike domain writing "Offer signed" straight to the inbox (its own SPF
    # and DKIM pass), then the owner's own forward of a "rejection" that SES flagged as spam
    result = replay("stranger_and_spam", "lena.novak@gmail.com")

    # then both are quarantined and the application is untouched
    assert result.quarantined_files == ["03-stranger-offer-signed.eml", "04-spam-flagged.eml"]
    [app] = result.applications
    assert app["status"] == "interviewing"
    assert app["interview_at"] == "2026-02-17T15:00:00+01:00"
    assert kinds(app) == ["application_received", "interview_scheduled"]
    assert result.document["searching"] is True
    assert nudges(result)


# -- two roles at one employer -------------------------------------------------------------------------------


def test_blind_two_roles_at_one_employer_through_a_gmail_filter_are_two_applications(replay: Any) -> None:
    # given two Greenhouse acknowledgements from one bank, a recruiter's phone screen for one role and a
    # rejection for the other, all auto-forwarded by a Gmail filter
    result = replay("two_roles_one_employer", "rahul.mehta@gmail.com")

    # then two applications, each with its own outcome
    assert result.quarantined_files == []
    assert len(result.applications) == 2
    sre = result.app("Stonebridge Bank", "Site Reliability Engineer")
    assert sre["status"] == "interviewing"
    assert sre["interview_at"] == "2026-01-28T09:00:00-05:00"
    payments = next(app for app in result.applications if app is not sre)
    assert payments["company"] == "Stonebridge Bank"
    assert payments["status"] == "rejected"
    assert result.document["searching"] is True


def test_blind_a_role_with_a_comma_keeps_its_team(replay: Any) -> None:
    # given two postings at one bank that differ by their team ("Software Engineer, Payments" and "Platform")
    result = replay("two_roles_one_employer", "rahul.mehta@gmail.com")
    # then the rejection lands on the Payments application, named in full
    assert result.app("Stonebridge Bank", "Software Engineer, Payments")["status"] == "rejected"


# -- calendar invite -----------------------------------------------------------------------------------------


def test_blind_a_calendar_invite_gives_the_interview_time_in_its_own_zone(replay: Any) -> None:
    # given a Google Calendar invite for 09:30 America/Denver on 12 March (after the US clock change),
    # forwarded from Gmail in Paris with invite.ics attached
    result = replay("calendar_invite_tz", "chloe.martin@gmail.com")

    # then the interview is at 09:30 Mountain Daylight Time
    [app] = result.applications
    assert app["company"] == "Kestrel Aerospace"
    assert app["status"] == "interviewing"
    assert app["interview_at"] == "2026-03-12T09:30:00-06:00"


# -- hostile names -------------------------------------------------------------------------------------------


def test_blind_hostile_names_are_escaped_and_an_unsigned_offer_is_still_nudged(replay: Any) -> None:
    # given an employer named "Evil<script>alert(1)</script> Corp" and a subject carrying <img onerror>, and
    # an unsigned offer from another employer, forwarded from Outlook on the web
    result = replay("hostile_digest", "dana.whitfield@outlook.com")

    # then the offer is on the table and the search goes on
    assert len(result.applications) == 2
    assert result.app("Tidewater Studios", "UX Researcher")["status"] == "offer"
    assert result.document["searching"] is True
    assert nudges(result)
    # and the HTML digest names both employers but holds no live markup from them
    html = result.html
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Tidewater Studios" in html
    assert "Evil&lt;script&gt;alert(1)&lt;/script&gt; Corp" in html

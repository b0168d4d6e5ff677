"""Acceptance: real job-search stories, replayed through `untilsigned replay` end to end.

Each folder under stories/ is one person's mailbox, hand-written in the styles of the mail clients people use
(Gmail, Outlook, Apple Mail, Thunderbird, Proton, Yahoo, web.de, Zoho, a Gmail filter, forward as
attachment). `replay` delivers every .eml through the real Lambda handlers on the in-process stack, then runs
the ghosting sweeper and the digest once, as of `--now`. `live` drives the same stack the way a deployment
runs: the sweeper and the digest schedule fire every day between deliveries, so a ghosting can happen and be
undone later.

Where a story fails only because the classifier or the extractor mis-reads a realistic mail, the assertion
that depends on it is a separate test.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from untilsigned.cli import main, read_mailbox

pytestmark = pytest.mark.integration

STORIES = Path(__file__).resolve().parent / "stories"
NUDGE = "keep applying"  # the digest's standing advice while no offer is signed


# -- replay through the CLI ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Replayed:
    document: dict[str, Any]
    html: str  # the digest's HTML file, "" when no digest went out

    @property
    def applications(self) -> list[dict[str, Any]]:
        apps: list[dict[str, Any]] = self.document["applications"]
        return apps

    @property
    def digest_text(self) -> str:
        digest = self.document["digest"]
        return str(digest["text"]) if digest else ""

    @property
    def digest_subject(self) -> str:
        digest = self.document["digest"]
        return str(digest["subject"]) if digest else ""

    def app(self, company: str, role: str | None = None) -> dict[str, Any]:
        """The one application at `company` (and `role`, when given)."""
        found = [
            app
            for app in self.applications
            if app["company"] == company and (role is None or app["role"] == role)
        ]
        assert len(found) == 1, f"expected one application at {company} / {role}: {self.applications}"
        return found[0]

    @property
    def quarantined_files(self) -> list[str]:
        return [entry["file"] for entry in self.document["quarantined"]]


def kinds(app: dict[str, Any]) -> list[str]:
    return [event["kind"] for event in app["events"]]


def _mailbox(story: str, tmp_path: Path, only: Sequence[str] | None) -> Path:
    folder = STORIES / story
    if only is None:
        return folder
    subset = tmp_path / f"{story}-subset"
    subset.mkdir()
    for name in only:
        shutil.copy(folder / name, subset / name)
    return subset


@pytest.fixture
def replay(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    """replay(story, user, now=None, only=None): run `untilsigned replay ... --json`, read what it printed."""

    def run(story: str, user: str, *, now: str | None = None, only: Sequence[str] | None = None) -> Replayed:
        out = tmp_path / f"out-{story}-{len(only or ())}"
        argv = ["replay", str(_mailbox(story, tmp_path, only)), "--user", user, "--json", "--out", str(out)]
        if now is not None:
            argv += ["--now", now]
        capsys.readouterr()
        assert main(argv) == 0
        document: dict[str, Any] = json.loads(capsys.readouterr().out)
        digest = document["digest"]
        html = Path(digest["html_path"]).read_text(encoding="utf-8") if digest else ""
        return Replayed(document, html)

    return run


# -- live: the schedules fire every day between deliveries ---------------------------------------------------


@dataclass(frozen=True)
class LiveRun:
    applications: list[Any]  # untilsigned.domain.model.Application
    digests: list[tuple[datetime, str, str]]  # (when, subject, text) of every digest the user received

    def app(self, company: str) -> Any:
        found = [app for app in self.applications if app.company == company]
        assert len(found) == 1, [(app.company, app.role) for app in self.applications]
        return found[0]


def _ticks(start: datetime, until: datetime) -> Iterator[datetime]:
    moment = start.astimezone(UTC).replace(hour=6, minute=0, second=0, microsecond=0) + timedelta(days=1)
    while moment <= until:
        yield moment
        moment += timedelta(days=1)


def live(story: str, user_email: str, *, until: datetime) -> LiveRun:
    """Deliver the story in Date order while the sweeper and the digest schedule run daily at 06:00 UTC."""
    from untilsigned.local.stack import LocalStack
    from untilsigned.services import runtime
    from untilsigned.services.users import register_user

    files = read_mailbox(STORIES / story)
    first = min(f.date for f in files if f.date)
    with LocalStack() as stack:
        store = runtime.app_store()
        user = register_user(
            store, email=user_email, inbox_domain=stack.inbox_domain, now=first, first_digest_at=first
        )
        digest_at: dict[str, datetime] = {}
        steps: list[tuple[datetime, int, bytes | None]] = [(f.date or until, 0, f.raw) for f in files]
        steps += [(tick, 1, None) for tick in _ticks(first, until)]
        for moment, _, raw in sorted(steps, key=lambda step: (step[0], step[1])):
            if raw is not None:
                stack.deliver(raw, user.inbox, received_at=moment)
                continue
            stack.run_sweeper(moment)
            stack.run_digest(moment)
            for mail in stack.sent_mail():
                if mail.html is not None and mail.raw not in digest_at:
                    digest_at[mail.raw] = moment
        digests = [
            (digest_at[mail.raw], mail.subject, mail.text)
            for mail in stack.sent_mail()
            if user.email in mail.to and mail.html is not None
        ]
        return LiveRun(store.load_applications(user.user_id).applications, digests)


# -- enthusiasm, references, silence -------------------------------------------------------------------------


def test_enthusiasm_then_references_then_silence_past_the_promised_date_is_ghosted(replay: Any) -> None:
    # given a desk tour, "we look forward to working with you", a reference request and "by Friday, March 20"
    # when the mailbox is replayed two weeks after that date
    result = replay("ghosted_after_references", "maya.okafor@gmail.com", now="2026-04-06T12:00:00+00:00")

    # then the one application is ghosted from just after the employer's own date, and the search goes on
    assert result.document["searching"] is True
    app = result.app("Harborline Logistics", "Operations Analyst")
    assert app["status"] == "ghosted"
    assert app["expect_reply_by"].startswith("2026-03-20")
    assert app["ghosted_since"] is not None
    assert "2026-03-21" <= app["ghosted_since"][:10] <= "2026-03-24"
    assert kinds(app) == [
        "application_received",
        "interview_scheduled",
        "references_requested",
        "sweep:ghosted",
    ]
    assert len(result.applications) == 1
    # and the digest nudges, names the employer and repeats the promise they broke
    assert NUDGE in result.digest_text.lower()
    assert "no signed offer" in result.digest_subject.lower()
    assert "Harborline Logistics" in result.digest_text and "Harborline Logistics" in result.html
    assert "Fri 20 Mar" in result.digest_text


def test_interview_time_takes_the_offset_of_its_own_day(replay: Any) -> None:
    # given an invitation sent before the clocks change, for an interview after they change
    result = replay("ghosted_after_references", "maya.okafor@gmail.com", now="2026-04-06T12:00:00+00:00")

    # then the interview time carries the offset in force on the interview day
    assert result.app("Harborline Logistics")["interview_at"] == "2026-03-11T13:00:00-04:00"


def test_the_same_story_with_a_late_rejection_ends_rejected(replay: Any) -> None:
    # given warmth and a reference request with "our decision by Friday 24 April", then a rejection on 13 May
    # when it is replayed, as of the rejection and long after it
    at_rejection = replay("late_rejection_after_references", "d.kowalski@outlook.com")
    much_later = replay(
        "late_rejection_after_references", "d.kowalski@outlook.com", now="2026-08-01T00:00:00Z"
    )

    # then the rejection stands, is never ghosted over, and the search goes on
    for result in (at_rejection, much_later):
        app = result.app("Quillfeather Books", "Marketing Coordinator")
        assert app["status"] == "rejected"
        assert app["ghosted_since"] is None
        assert kinds(app) == ["interview_scheduled", "references_requested", "rejected"]
        assert result.document["searching"] is True
        assert NUDGE in result.digest_text.lower()
        assert "Quillfeather Books" in result.digest_text


def test_before_the_late_rejection_the_silence_was_ghosting(replay: Any) -> None:
    # given only the interview and the reference request, replayed after the promised 24 April
    result = replay(
        "late_rejection_after_references",
        "d.kowalski@outlook.com",
        now="2026-05-05T09:00:00Z",
        only=["01-interview.eml", "02-references.eml"],
    )

    # then the application is ghosted, with the employer's date as the reason
    app = result.app("Quillfeather Books")
    assert app["status"] == "ghosted" and app["ghosted_since"] is not None
    assert kinds(app)[-1] == "sweep:ghosted"
    assert "Fri 24 Apr" in app["events"][-1]["subject"]


# -- offers: unsigned, signed, rescinded ---------------------------------------------------------------------


def test_an_unsigned_offer_keeps_the_search_on(replay: Any) -> None:
    # given a written offer with a salary and "let us know by Friday, May 8", and nothing signed
    result = replay("unsigned_offer_keeps_searching", "sam.tran@fastmail.com")

    # then the application holds an offer, the search is still on, and the digest keeps nudging
    app = result.app("Lumen Grid Energy", "Data Engineer")
    assert app["status"] == "offer"
    assert app["respond_by"].startswith("2026-05-08")
    assert kinds(app)[-1] == "offer"
    assert result.document["searching"] is True
    assert "no signed offer" in result.digest_subject.lower()
    assert NUDGE in result.digest_text.lower()
    assert "not signed" in result.digest_text.lower()
    assert "Lumen Grid Energy" in result.digest_text and "Lumen Grid Energy" in result.html
    assert "congratulations: you signed" not in result.digest_text.lower()


def test_a_final_round_invitation_is_an_interview(replay: Any) -> None:
    # given the final-round invitation before the offer
    result = replay("unsigned_offer_keeps_searching", "sam.tran@fastmail.com")

    # then it is recorded as an interview at its real time
    app = result.app("Lumen Grid Energy")
    assert kinds(app) == ["interview_scheduled", "offer"]
    assert app["interview_at"] == "2026-04-23T14:00:00-07:00"


def test_an_esignature_completed_notice_ends_the_search(replay: Any) -> None:
    # given an offer, then DocuSign's "Completed" notice sent as "<recruiter> via Docusign"
    result = replay("offer_signed_by_esignature", "ines.carvalho@protonmail.com")

    # then the offer's own application is signed (not a new one named after the recruiter) and the search ends
    assert len(result.applications) == 1
    app = result.app("Saltmarsh Systems", "Site Reliability Engineer")
    assert app["status"] == "signed"
    assert kinds(app) == ["offer", "offer_signed"]
    assert result.document["searching"] is False
    # and the digest is the one congratulation, without the nudge
    assert "congratulations" in result.digest_subject.lower()
    assert "Saltmarsh Systems" in result.digest_text
    assert NUDGE not in result.digest_text.lower()


def test_while_the_offer_is_unsigned_the_search_is_on(replay: Any) -> None:
    # given only the offer of the same story
    result = replay("offer_signed_by_esignature", "ines.carvalho@protonmail.com", only=["01-offer.eml"])

    # then it is an offer, not a signature
    assert result.app("Saltmarsh Systems")["status"] == "offer"
    assert result.document["searching"] is True
    assert NUDGE in result.digest_text.lower()


def test_a_signed_command_ends_the_search(replay: Any) -> None:
    # given an offer, then the owner mails "signed Ashgrove Dental" (a shorter name than the employer's own)
    result = replay("signed_by_command", "kwame.mensah@zoho.com")

    # then that application is signed by the owner's word, and the digest congratulates once without nudging
    app = result.app("Ashgrove Dental Group", "Practice Manager")
    assert app["status"] == "signed"
    assert kinds(app) == ["offer", "command:signed"]
    assert result.document["searching"] is False
    assert result.quarantined_files == []
    assert "congratulations" in result.digest_subject.lower()
    assert "Ashgrove Dental Group" in result.digest_text
    assert NUDGE not in result.digest_text.lower()


def test_signing_one_offer_and_withdrawing_elsewhere_ends_the_search(replay: Any) -> None:
    # given an interview at one employer and an offer at another, then "Signed: Trentino Health" and
    # "withdraw from Vellano Bio" mailed by the owner
    result = replay("signed_then_withdraw_elsewhere", "sofia.rossi@fastmail.com")

    # then one is signed, the other withdrawn, and the search is over
    signed = result.app("Trentino Health", "Data Manager")
    withdrawn = result.app("Vellano Bio", "Clinical Data Manager")
    assert (signed["status"], withdrawn["status"]) == ("signed", "withdrawn")
    assert kinds(signed) == ["offer", "command:signed"]
    assert kinds(withdrawn) == ["interview_scheduled", "command:withdraw"]
    assert result.document["searching"] is False
    assert "congratulations" in result.digest_subject.lower()
    assert NUDGE not in result.digest_text.lower()


def test_before_rescission_the_signed_offer_ends_the_search(replay: Any) -> None:
    # given an offer and Adobe Acrobat Sign's "Signed and Filed" notice, which names the employer only in its
    # subject
    result = replay(
        "offer_rescinded_after_signing",
        "hana.sato@outlook.jp",
        only=["01-offer.eml", "02-signed-agreement.eml"],
    )

    # then the notice signs the offer's application
    app = result.app("Brightwell Games", "Localization Program Manager")
    assert app["status"] == "signed"
    assert kinds(app) == ["offer", "offer_signed"]
    assert result.document["searching"] is False
    assert result.quarantined_files == []


def test_an_offer_rescinded_after_signing_puts_the_search_back_on(replay: Any) -> None:
    # given an offer, its signature, then the employer withdrawing it in a hiring freeze
    result = replay("offer_rescinded_after_signing", "hana.sato@outlook.jp")

    # then the application is rejected and the search is on again
    app = result.app("Brightwell Games")
    assert app["status"] == "rejected"
    assert kinds(app) == ["offer", "offer_signed", "rejected"]
    assert result.document["searching"] is True
    assert NUDGE in result.digest_text.lower()


# -- several employers, several roles ------------------------------------------------------------------------


def test_two_enthusiastic_employers_who_both_reject_are_both_rejected(replay: Any) -> None:
    # given "you would fit right in" at one and salary and start-date talk at the other, then two rejections;
    # the first rejection is signed "Elena" only, so its employer comes from the sender's domain
    result = replay("two_warm_employers_both_reject", "jonas.weber@posteo.de")

    # then there are exactly two applications, both rejected, and the search goes on
    assert sorted(app["company"] for app in result.applications) == [
        "Copperleaf Studios",
        "Verity Health Partners",
    ]
    copperleaf = result.app("Copperleaf Studios")
    verity = result.app("Verity Health Partners", "Product Designer")
    assert copperleaf["status"] == "rejected" and verity["status"] == "rejected"
    assert copperleaf["role"] == "UX Researcher"
    assert kinds(copperleaf)[-1] == "rejected" and kinds(verity)[-1] == "rejected"
    assert result.document["searching"] is True
    assert NUDGE in result.digest_text.lower()


def test_two_roles_at_one_employer_are_two_applications(replay: Any) -> None:
    # given two Greenhouse acknowledgements from one employer, then a rejection for one of the roles
    result = replay("two_roles_one_employer", "nora.lindqvist@gmail.com")

    # then each role has its own application, and the rejection touched only its own
    assert len(result.applications) == 2
    platform = result.app("Brightline Transit", "Platform Engineer")
    reliability = result.app("Brightline Transit", "Site Reliability Engineer")
    assert platform["status"] == "rejected"
    assert kinds(platform) == ["application_received", "rejected"]
    assert reliability["status"] != "rejected"
    assert kinds(reliability)[0] == "application_received"
    assert "rejected" not in kinds(reliability)


def test_the_other_roles_interview_lands_on_its_own_application(replay: Any) -> None:
    # given the same two roles, then an interview invitation for the second one
    result = replay("two_roles_one_employer", "nora.lindqvist@gmail.com")

    # then that application is interviewing at the invitation's time
    reliability = result.app("Brightline Transit", "Site Reliability Engineer")
    assert reliability["status"] == "interviewing"
    assert kinds(reliability) == ["application_received", "interview_scheduled"]
    assert reliability["interview_at"] == "2026-02-12T16:00:00+01:00"


# -- ghosting and revival ------------------------------------------------------------------------------------


def test_silence_after_an_interview_is_ghosting(replay: Any) -> None:
    # given a technical interview on 7 April and nothing after it, replayed on 1 May
    result = replay(
        "interview_silence_then_revival",
        "priya.sharma.dev@gmail.com",
        now="2026-05-01T00:00:00Z",
        only=["01-interview.eml"],
    )

    # then the application is ghosted, counted from the interview itself
    app = result.app("Tidepool Software", "Backend Developer")
    assert app["status"] == "ghosted"
    assert app["interview_at"] == "2026-04-07T15:00:00+05:30"
    assert app["ghosted_since"] is not None and app["ghosted_since"] > app["interview_at"]
    assert kinds(app) == ["interview_scheduled", "sweep:ghosted"]
    assert "Tidepool Software" in result.digest_text


def test_a_later_invitation_revives_a_ghosted_application(replay: Any) -> None:
    # given the same silence, then an invitation to a final interview five weeks later
    result = replay("interview_silence_then_revival", "priya.sharma.dev@gmail.com")

    # then the application is interviewing again, not ghosted
    app = result.app("Tidepool Software", "Backend Developer")
    assert app["status"] == "interviewing"
    assert app["ghosted_since"] is None
    assert kinds(app) == ["interview_scheduled", "interview_scheduled"]


def test_live_the_sweeper_ghosts_the_silence_and_the_invitation_revives_it() -> None:
    # given the story delivered in real time, with the sweeper and digest running every morning
    run = live(
        "interview_silence_then_revival",
        "priya.sharma.dev@gmail.com",
        until=datetime(2026, 5, 14, 12, tzinfo=UTC),
    )

    # then the timeline shows the ghosting, and the invitation after it undid it
    app = run.app("Tidepool Software")
    labels = [event.note or event.kind.value for event in app.events]
    assert labels == ["interview_scheduled", "sweep:ghosted", "interview_scheduled"]
    assert app.status.value == "interviewing" and app.ghosted_since is None
    # and a digest in the silent weeks told the user they had been ghosted
    assert any("ghosted" in subject for _, subject, _ in run.digests)


def test_the_revived_application_shows_the_new_interview_time(replay: Any) -> None:
    # given the invitation to the final interview
    result = replay("interview_silence_then_revival", "priya.sharma.dev@gmail.com")

    # then the interview time is the new one, in India's time zone
    assert result.app("Tidepool Software")["interview_at"] == "2026-05-19T11:30:00+05:30"


def test_far_after_the_last_mail_every_silence_is_ghosting(replay: Any) -> None:
    # given an acknowledgement, and an interview with "the outcome by Friday 13 February"; replayed in
    # September
    result = replay("far_future_now", "olivia.grant@icloud.com", now="2026-09-01T00:00:00Z")

    # then both are ghosted, each from its own due moment, and the digest nudges and names both
    sunfield = result.app("Sunfield Energy", "Grid Planning Engineer")
    marlow = result.app("Marlow & Finch", "Senior Structural Engineer")
    assert sunfield["status"] == "ghosted" and marlow["status"] == "ghosted"
    assert sunfield["ghosted_since"].startswith("2026-02-04")
    assert "2026-02-14" <= marlow["ghosted_since"][:10] <= "2026-02-17"
    assert result.document["searching"] is True
    assert NUDGE in result.digest_text.lower()
    assert "Sunfield Energy" in result.digest_text and "Marlow & Finch" in result.digest_text
    assert "2 ghosted" in result.digest_subject


# -- duplicates, late forwards, name drift -------------------------------------------------------------------


def test_a_rejection_forwarded_twice_and_a_late_acknowledgement_make_one_rejected_application(
    replay: Any,
) -> None:
    # given a rejection forwarded from an iPhone and again from a Mac, then the May acknowledgement found
    # later
    result = replay("duplicate_rejection_and_late_ack", "tom.becker@icloud.com")

    # then there is one application, rejected, with two events in the employer's own date order
    assert len(result.applications) == 1
    app = result.app("Northgate Insurance", "Claims Data Analyst")
    assert app["status"] == "rejected"
    assert kinds(app) == ["application_received", "rejected"]
    assert app["ghosted_since"] is None
    assert result.document["searching"] is True


def test_one_rejection_forwarded_from_two_clients_in_different_zones_is_one_event(replay: Any) -> None:
    # given a rejection forwarded from an iPhone ("09:47:52 BST") and again from Outlook on the web, whose
    # forward is dated in UTC but quotes the time in the owner's local time without a zone ("09:47")
    result = replay("same_rejection_from_two_clients", "grace.obi@outlook.com")

    # then the second forward is recognised as the same mail: one application, two events
    assert len(result.applications) == 1
    app = result.app("Fenwick Institute", "Policy Researcher")
    assert app["status"] == "rejected"
    assert kinds(app) == ["application_received", "rejected"]
    assert app["events"][1]["date"] == "2026-06-04T09:47:52+01:00"


def test_applying_again_months_after_a_rejection_is_a_new_application(replay: Any) -> None:
    # given an acknowledgement, a rejection, and three months later the same acknowledgement for the reopened
    # role
    result = replay("reapplied_after_rejection", "felix.hartmann@gmx.de")

    # then the old application stays rejected and the new one is open
    apps = [app for app in result.applications if app["company"] == "Lindenpay"]
    assert [app["status"] for app in apps] == ["rejected", "applied"]
    assert [kinds(app) for app in apps] == [["application_received", "rejected"], ["application_received"]]
    assert result.document["searching"] is True


def test_a_role_title_that_drifts_stays_one_application(replay: Any) -> None:
    # given "Senior Data Analyst, Growth (Remote - US)" acknowledged and "Sr. Data Analyst - Growth" rejected
    result = replay("role_title_drift", "ben.oconnor@gmail.com")

    # then it is one application, rejected
    assert len(result.applications) == 1
    app = result.app("Kestrel Pay")
    assert app["status"] == "rejected"
    assert kinds(app) == ["application_received", "rejected"]


def test_an_ats_relay_then_a_recruiter_at_the_employer_domain_are_one_application(replay: Any) -> None:
    # given "Pinecrest Labs via Greenhouse", then the recruiter writing from tom@ the employer's domain with
    # no company name in the text
    result = replay("ats_relay_then_recruiter", "alex.kim.pm@gmail.com")

    # then it is one application, interviewing at the recruiter's time
    assert len(result.applications) == 1
    app = result.app("Pinecrest Labs", "Solutions Engineer")
    assert app["status"] == "interviewing"
    assert kinds(app) == ["application_received", "interview_scheduled"]
    assert app["interview_at"] == "2026-03-19T14:00:00-04:00"


# -- intake paths and the trust gate -------------------------------------------------------------------------


def test_a_gmail_filter_auto_forward_is_accepted_and_threads_together(replay: Any) -> None:
    # given a Gmail filter forwarding the employer's own mail (X-Forwarded-For, a +caf_ return path), ending
    # in a reply that rejects
    result = replay("gmail_filter_auto_forward", "ahmed.haddad@gmail.com")

    # then nothing is quarantined, and the thread is one rejected application
    assert result.quarantined_files == []
    app = result.app("Ashfield Robotics", "Mechanical Design Engineer")
    assert app["status"] == "rejected"
    assert kinds(app) == ["application_received", "interview_scheduled", "rejected"]
    assert app["interview_at"] == "2026-01-26T10:00:00-06:00"
    # and the employer's own Message-IDs are the event keys
    assert app["events"][0]["message_id"] == "0100019ba1c2d3e4-lever-ack-5f6a7b8c@email.lever.co"


def test_outlook_html_forwards_and_a_workday_rejection_are_one_application(replay: Any) -> None:
    # given an Outlook HTML forward of an assessment, then of a Workday rejection sent as "Meridian Freight"
    result = replay("outlook_html_forward", "r.alvarez@hotmail.com")

    # then the rejection lands on the assessment's application, not in quarantine
    assert result.quarantined_files == []
    app = result.app("Meridian Freight", "Supply Chain Analyst")
    assert app["status"] == "rejected"
    assert kinds(app) == ["assessment", "rejected"]
    assert app["respond_by"] is None  # the assessment's due date ended with the assessment stage


def test_forwards_as_attachments_are_read_and_keyed_by_their_own_message_ids(replay: Any) -> None:
    # given an acknowledgement and a rejection, each forwarded as an attached .eml
    result = replay("forward_as_attachment", "mei.chen@corp-mail.example")

    # then one rejected application, its events keyed by the employer's Message-IDs
    assert len(result.applications) == 1
    app = result.applications[0]
    assert app["company"] == "Harrowgate Pharma"
    assert app["status"] == "rejected"
    assert [event["message_id"] for event in app["events"]] == [
        "ack-88213.hp-fpa-0412@harrowgate-pharma.example",
        "rej-90117.hp-fpa-0412@harrowgate-pharma.example",
    ]


def test_the_role_title_leaves_out_the_job_id(replay: Any) -> None:
    result = replay("forward_as_attachment", "mei.chen@corp-mail.example")
    assert result.applications[0]["role"] == "Financial Planning Analyst"


def test_a_strangers_fake_offer_signed_and_a_spam_flagged_forward_are_quarantined(replay: Any) -> None:
    # given an interview, then: a stranger writing "offer letter signed" straight to the inbox; the owner
    # forwarding a "signed contract" mail that SES flagged as spam; a "signed Orchard Lane Bank" command
    # forged in the owner's name (SPF and DMARC fail); and a DocuSign notice spoofed from another domain
    # (DMARC fails) that adds an "X-Forwarded-For: <owner>" header of its own
    result = replay("stranger_and_spam_quarantined", "lucas.moreau@yahoo.fr")

    # then all four are quarantined with their reasons
    assert result.quarantined_files == [
        "02-stranger-claims-offer-signed.eml",
        "03-spam-flagged-forward.eml",
        "04-spoofed-signed-command.eml",
        "05-forged-forwarding-header.eml",
    ]
    reasons = [entry["reason"] for entry in result.document["quarantined"]]
    assert "stranger" in reasons[0]
    assert "spam" in reasons[1]
    assert "DMARC FAIL" in reasons[2]
    assert "X-Forwarded-For header names you" in reasons[3]
    # and nothing changed: still interviewing, still searching
    assert len(result.applications) == 1
    app = result.app("Orchard Lane Bank", "Risk Analyst")
    assert app["status"] == "interviewing"
    assert kinds(app) == ["interview_scheduled"]
    assert result.document["searching"] is True
    # and the digest still nudges, and lists the quarantined mail for a look
    assert NUDGE in result.digest_text.lower()
    assert "Completed: Offer letter signed - Risk Analyst" in result.digest_text
    assert "4 mails to check" in result.digest_subject


def test_a_calendar_invite_gives_the_interview_time_in_its_own_zone(replay: Any) -> None:
    # given a German user forwarding a Google Calendar invite set in America/Los_Angeles
    result = replay("calendar_invite_time_zone", "leonie.brandt@web.de")

    # then the interview is at 9:00 Pacific daylight time, not at the forward's Berlin offset
    app = result.app("Fernway Robotics", "Senior Controls Engineer")
    assert app["status"] == "interviewing"
    assert app["interview_at"] == "2026-06-16T09:00:00-07:00"
    assert kinds(app) == ["application_received", "interview_scheduled"]


def test_an_outlook_teams_invite_in_a_windows_time_zone_keeps_its_zone(replay: Any) -> None:
    # given a Teams invitation whose calendar part names "Eastern Standard Time", forwarded from the UK
    result = replay("outlook_teams_invite", "arjun.patel@live.co.uk")

    # then the interview is at 09:30 New York time, which on 4 November (after the clocks change) is -05:00
    app = result.app("Harbourview Capital", "Quantitative Analyst")
    assert app["status"] == "interviewing"
    assert app["interview_at"] == "2026-11-04T09:30:00-05:00"


# -- the digest's HTML ---------------------------------------------------------------------------------------


def test_hostile_employer_names_and_subjects_appear_only_escaped_in_the_digest_html(replay: Any) -> None:
    # given a subject carrying <script> and an employer name carrying <img onerror>
    result = replay("hostile_names_escaped", "chris.adeyemi@gmail.com")

    # then the HTML holds no live markup from them, only their escaped forms
    html = result.html
    assert html
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "onerror" not in html.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    # and the employers are still named
    assert "Gravelpit Analytics" in html
    assert NUDGE in result.digest_text.lower()


# -- the digest over weeks -----------------------------------------------------------------------------------


def test_live_the_digest_nudges_weekly_until_signed_then_congratulates_once_and_stops() -> None:
    # given an offer on 11 May and its DocuSign completion on 15 May, with digests running into June
    run = live(
        "offer_signed_by_esignature",
        "ines.carvalho@protonmail.com",
        until=datetime(2026, 6, 15, 12, tzinfo=UTC),
    )

    # then every digest before the signature nudged, exactly one congratulated, and none came after it
    subjects = [subject for _, subject, _ in run.digests]
    signed_at = datetime(2026, 5, 15, 13, 58, tzinfo=UTC)
    before = [(subject, text) for when, subject, text in run.digests if when < signed_at]
    after = [subject for when, subject, _ in run.digests if when >= signed_at]
    assert before and all(NUDGE in text.lower() and "no signed offer" in s.lower() for s, text in before)
    assert len(after) == 1 and "congratulations" in after[0].lower()
    assert subjects[-1] == after[0]
    assert run.app("Saltmarsh Systems").status.value == "signed"


def test_live_an_unsigned_offer_is_nudged_about_every_week() -> None:
    # given an offer that is never signed, with digests running for three weeks
    run = live(
        "unsigned_offer_keeps_searching", "sam.tran@fastmail.com", until=datetime(2026, 5, 20, 12, tzinfo=UTC)
    )

    # then every weekly digest says no signed offer yet and keeps nudging
    assert len(run.digests) >= 3
    for _, subject, text in run.digests:
        assert "no signed offer" in subject.lower()
        assert NUDGE in text.lower()

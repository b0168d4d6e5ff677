"""The trust gate: only mail the owner forwarded may touch applications; everything else is quarantined."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from untilsigned.domain.commands import Command
from untilsigned.domain.model import Address, AuthResults, Envelope, OriginalMessage, ReadMail, User
from untilsigned.domain.trust import (
    TrustDecision,
    check_trust,
    is_owner_command,
    normalise_address,
    owner_command,
)

pytestmark = pytest.mark.unit

OWNER = User(
    user_id="u1",
    email="jo.seeker@gmail.com",
    inbox="jo-7f3k@in.untilsigned.test",
    forwarders=("jo@seeker.dev",),
)
PASSING = AuthResults(spf="PASS", dkim="PASS", dmarc="PASS")
SENT = datetime(2026, 6, 8, 9, 30, tzinfo=UTC)


def read_mail(
    sender: str,
    *,
    subject: str = "Fwd: Your application to Acme",
    return_path: str = "",
    forwarded_for: str = "",
    forwarded: bool = True,
    text: str = "Thanks for applying to Acme. We will be in touch.",
) -> ReadMail:
    envelope = Envelope(
        message_id="<fwd-1@mail.example>",
        sender=Address("", sender),
        to=(Address("", OWNER.inbox),),
        return_path=return_path or sender,
        subject=subject,
        date=SENT,
        forwarded_for=forwarded_for,
    )
    original = OriginalMessage(
        sender=Address("Acme Recruiting", "jobs@acme.example"),
        subject=subject.removeprefix("Fwd: "),
        date=SENT,
        message_id="",
        in_reply_to="",
        references=(),
    )
    return ReadMail(
        envelope=envelope,
        original=original,
        forwarded=forwarded,
        forwarded_by=Address("", sender) if forwarded else None,
        text=text,
        quoted="",
    )


# -- SES spam and virus verdicts -----------------------------------------------------------------------------


def test_spam_fail_is_quarantined_even_from_the_owner() -> None:
    decision = check_trust(read_mail(OWNER.email), OWNER, AuthResults("PASS", "PASS", "PASS", spam="FAIL"))
    assert decision == TrustDecision(False, "SES flagged this message as spam", "quarantine")


def test_virus_fail_is_quarantined_even_from_the_owner() -> None:
    decision = check_trust(read_mail(OWNER.email), OWNER, AuthResults("PASS", "PASS", "PASS", virus="FAIL"))
    assert not decision.accepted
    assert decision.route == "quarantine"
    assert decision.reason == "SES flagged this message as carrying a virus"


def test_spam_gray_means_undecided_and_does_not_refuse_the_owners_forward() -> None:
    decision = check_trust(read_mail(OWNER.email), OWNER, AuthResults("PASS", "PASS", "PASS", spam="GRAY"))
    assert decision.accepted and decision.route == "forward"


def test_spam_processing_failed_means_the_scan_broke_and_does_not_refuse_the_owners_forward() -> None:
    verdicts = AuthResults("PASS", "PASS", "PASS", spam="PROCESSING_FAILED", virus="PROCESSING_FAILED")
    decision = check_trust(read_mail(OWNER.email), OWNER, verdicts)
    assert decision.accepted and decision.route == "forward"


def test_scanning_disabled_does_not_refuse_the_owners_forward() -> None:
    verdicts = AuthResults("PASS", "PASS", "PASS", spam="DISABLED", virus="DISABLED")
    decision = check_trust(read_mail(OWNER.email), OWNER, verdicts)
    assert decision.accepted and decision.route == "forward"


def test_a_gray_verdict_does_not_make_a_stranger_trusted() -> None:
    decision = check_trust(
        read_mail("hr@acme.example"), OWNER, AuthResults("PASS", "PASS", "PASS", spam="GRAY")
    )
    assert not decision.accepted


# -- manual forwards from a registered address ---------------------------------------------------------------


def test_owner_forward_with_spf_and_dkim_passing_is_accepted() -> None:
    decision = check_trust(read_mail(OWNER.email), OWNER, PASSING)
    assert decision.accepted
    assert decision.route == "forward"
    assert OWNER.email in decision.reason


@pytest.mark.parametrize(
    ("spf", "dkim"), [("PASS", "FAIL"), ("FAIL", "PASS"), ("PASS", "NONE"), ("NONE", "PASS")]
)
def test_owner_forward_needs_only_one_of_spf_or_dkim(spf: str, dkim: str) -> None:
    decision = check_trust(read_mail(OWNER.email), OWNER, AuthResults(spf=spf, dkim=dkim, dmarc="NONE"))
    assert decision.accepted and decision.route == "forward"


def test_extra_registered_forwarder_is_trusted_too() -> None:
    decision = check_trust(read_mail("jo@seeker.dev"), OWNER, PASSING)
    assert decision.accepted and decision.route == "forward"


@pytest.mark.parametrize(
    "variant", ["Jo.Seeker@Gmail.com", "joseeker@gmail.com", "jo.seeker+jobs@googlemail.com"]
)
def test_owner_address_is_compared_case_insensitively_with_gmail_dots_and_tags_folded(variant: str) -> None:
    decision = check_trust(read_mail(variant), OWNER, PASSING)
    assert decision.accepted and decision.route == "forward"


def test_registered_sender_failing_both_spf_and_dkim_is_quarantined() -> None:
    # given mail claiming to come from the owner that nothing authenticates
    verdicts = AuthResults(spf="FAIL", dkim="NONE", dmarc="NONE")
    # when
    decision = check_trust(read_mail(OWNER.email), OWNER, verdicts)
    # then
    assert not decision.accepted
    assert decision.route == "quarantine"
    assert decision.reason.startswith("authentication failed: ")
    assert "SPF FAIL" in decision.reason and "DKIM NONE" in decision.reason


def test_dmarc_failure_on_a_from_claiming_to_be_the_owner_is_quarantined() -> None:
    # given a spoof: SPF passes for the attacker's own domain, but the From is the owner's and DMARC fails
    verdicts = AuthResults(spf="PASS", dkim="NONE", dmarc="FAIL")
    # when
    decision = check_trust(read_mail(OWNER.email, subject="Offer signed!"), OWNER, verdicts)
    # then
    assert not decision.accepted
    assert decision.reason.startswith("authentication failed: DMARC FAIL")


# -- auto-forwards carrying the owner's marks ----------------------------------------------------------------


def test_gmail_auto_forward_naming_the_owner_in_x_forwarded_for_is_accepted() -> None:
    # given the recruiter's own mail, relayed by the owner's Gmail filter (its +caf_ envelope and headers)
    mail = read_mail(
        "jobs@acme.example",
        subject="Your application to Acme",
        forwarded=False,
        forwarded_for=f"{OWNER.email} {OWNER.inbox}",
        return_path="joseeker+caf_=jo-7f3k=in.untilsigned.test@gmail.com",
    )
    # when
    decision = check_trust(mail, OWNER, AuthResults(spf="PASS", dkim="FAIL", dmarc="FAIL"))
    # then the recruiter's broken DMARC does not matter: the owner's provider relayed it
    assert decision.accepted and decision.route == "auto_forward"


def test_x_forwarded_to_naming_the_owner_on_authenticated_mail_is_an_auto_forward() -> None:
    # given the employer's own mail relayed by a forwarding rule that adds X-Forwarded-To, the envelope kept
    mail = read_mail(
        "no-reply@acme.example",
        subject="Your application to Acme",
        forwarded=False,
        forwarded_for=f"{OWNER.email} {OWNER.inbox}",
        return_path="bounces@acme.example",
    )
    # when the employer's DKIM survived the relay
    decision = check_trust(mail, OWNER, AuthResults(spf="FAIL", dkim="PASS", dmarc="PASS"))
    # then the owner's mark is accepted
    assert decision.accepted and decision.route == "auto_forward"
    assert OWNER.email in decision.reason


def test_x_forwarded_for_naming_the_owner_on_a_forgery_is_quarantined() -> None:
    # given a stranger's mail spoofing an e-signature service that adds "X-Forwarded-For: <owner>" itself
    mail = read_mail(
        "dse@docusign.example",
        subject="Completed: offer letter signed",
        forwarded=False,
        forwarded_for=OWNER.email,
    )
    # when the spoofed domain's authentication fails
    decision = check_trust(mail, OWNER, AuthResults(spf="FAIL", dkim="NONE", dmarc="FAIL"))
    # then the header is a claim without proof
    assert not decision.accepted
    assert "claiming to be forwarded for you" in decision.reason
    # and passing SPF for a domain whose DMARC fails is still a spoof
    decision = check_trust(mail, OWNER, AuthResults(spf="PASS", dkim="NONE", dmarc="FAIL"))
    assert not decision.accepted


def test_gmail_caf_return_path_naming_the_owner_is_accepted() -> None:
    mail = read_mail(
        "jobs@acme.example",
        forwarded=False,
        return_path="joseeker+caf_=jo-7f3k=in.untilsigned.test@gmail.com",
    )
    decision = check_trust(mail, OWNER, AuthResults(spf="PASS", dkim="NONE", dmarc="NONE"))
    assert decision.accepted and decision.route == "auto_forward"


def test_caf_return_path_naming_someone_else_is_not_the_owners_mark() -> None:
    mail = read_mail(
        "jobs@acme.example",
        forwarded=False,
        return_path="somebody.else+caf_=jo-7f3k=in.untilsigned.test@gmail.com",
    )
    decision = check_trust(mail, OWNER, PASSING)
    assert not decision.accepted
    assert "stranger" in decision.reason


def test_srs_return_path_of_the_owners_own_domain_is_accepted() -> None:
    # given a forwarding rule on the owner's own domain, which rewrites the envelope sender with SRS
    mail = read_mail(
        "jobs@acme.example", forwarded=False, return_path="srs0=k2j9=tq=acme.example=jobs@seeker.dev"
    )
    decision = check_trust(mail, OWNER, AuthResults(spf="PASS"))
    assert decision.accepted and decision.route == "auto_forward"


def test_srs1_is_trusted_for_its_last_hop_only() -> None:
    # given an SRS1 address whose encoded first hop is the owner's domain, written by another domain
    forged = read_mail(
        "jobs@acme.example",
        forwarded=False,
        return_path="srs1=x1=seeker.dev==k2j9=tq=acme.example=jobs@relay.example",
    )
    # then the encoded hop proves nothing: relay.example could write anything there
    assert not check_trust(forged, OWNER, AuthResults(spf="PASS")).accepted
    # but an SRS1 rewrite by the owner's own domain is their rule
    own = read_mail(
        "jobs@acme.example",
        forwarded=False,
        return_path="srs1=x1=relay.example==k2j9=tq=acme.example=jobs@seeker.dev",
    )
    decision = check_trust(own, OWNER, AuthResults(spf="PASS"))
    assert decision.accepted and decision.route == "auto_forward"


def test_srs_naming_only_the_employer_and_a_strangers_domain_is_not_a_mark() -> None:
    mail = read_mail(
        "jobs@acme.example", forwarded=False, return_path="srs0=k2j9=tq=gmail.com=joseeker@relay.example"
    )
    decision = check_trust(mail, OWNER, AuthResults(spf="PASS"))
    assert not decision.accepted


def test_srs_from_a_shared_mail_provider_proves_nothing_about_the_owner() -> None:
    # given an SRS address on gmail.com that encodes a stranger, not the owner
    mail = read_mail(
        "jobs@acme.example", forwarded=False, return_path="srs0=k2j9=tq=acme.example=jobs@gmail.com"
    )
    decision = check_trust(mail, OWNER, AuthResults(spf="PASS"))
    assert not decision.accepted


def test_auto_forward_marks_without_spf_or_dkim_are_quarantined() -> None:
    mail = read_mail(
        "jobs@acme.example",
        forwarded=False,
        forwarded_for=OWNER.email,
        return_path="joseeker+caf_=jo-7f3k=in.untilsigned.test@gmail.com",
    )
    decision = check_trust(mail, OWNER, AuthResults(spf="SOFTFAIL", dkim="FAIL", dmarc="FAIL"))
    assert not decision.accepted
    assert decision.reason.startswith("authentication failed: ")


# -- strangers -----------------------------------------------------------------------------------------------


def test_stranger_writing_directly_is_quarantined_with_a_clear_reason() -> None:
    # given a well-authenticated mail from someone who is not the owner and carries none of their marks
    mail = read_mail("offers@fake-employer.example", subject="Your offer is signed", forwarded=False)
    # when
    decision = check_trust(mail, OWNER, PASSING)
    # then
    assert decision == TrustDecision(
        False,
        "sent directly by a stranger (offers@fake-employer.example), not forwarded by you",
        "quarantine",
    )


def test_mail_without_a_from_address_is_quarantined() -> None:
    decision = check_trust(read_mail("", forwarded=False), OWNER, PASSING)
    assert not decision.accepted and "no From address" in decision.reason


def test_normalise_address_folds_gmail_spellings_only_for_gmail() -> None:
    assert normalise_address("<Jo.Seeker+x@GoogleMail.com>") == "joseeker@gmail.com"
    assert normalise_address("jo.seeker+x@seeker.dev") == "jo.seeker@seeker.dev"


# -- owner commands ------------------------------------------------------------------------------------------


def test_owner_mail_that_is_not_a_forward_and_starts_with_a_command_is_a_command() -> None:
    # given the owner writing "signed Acme" to their inbox
    mail = read_mail(OWNER.email, subject="signed Acme", forwarded=False, text="")
    decision = check_trust(mail, OWNER, PASSING)
    # then
    assert is_owner_command(mail, OWNER, decision)
    assert owner_command(mail, decision) == Command("signed", "Acme")


def test_a_forward_from_the_owner_is_never_a_command() -> None:
    mail = read_mail(OWNER.email, subject="signed Acme", forwarded=True)
    decision = check_trust(mail, OWNER, PASSING)
    assert decision.accepted
    assert not is_owner_command(mail, OWNER, decision)


def test_an_auto_forwarded_mail_is_never_a_command() -> None:
    # given a recruiter's mail whose subject happens to look like a command, relayed by the owner's filter
    mail = read_mail(
        "jobs@acme.example",
        subject="Status",
        forwarded=False,
        return_path="joseeker+caf_=jo-7f3k=in.untilsigned.test@gmail.com",
    )
    decision = check_trust(mail, OWNER, PASSING)
    assert decision.route == "auto_forward"
    assert not is_owner_command(mail, OWNER, decision)


def test_a_stranger_cannot_send_commands() -> None:
    mail = read_mail("someone@else.example", subject="signed Acme", forwarded=False)
    decision = check_trust(mail, OWNER, PASSING)
    assert not is_owner_command(mail, OWNER, decision)


def test_owner_mail_without_a_command_is_not_a_command() -> None:
    mail = read_mail(OWNER.email, subject="hello", forwarded=False, text="Just testing my inbox.")
    decision = check_trust(mail, OWNER, PASSING)
    assert decision.accepted
    assert not is_owner_command(mail, OWNER, decision)


def test_an_envelope_mark_needs_spf_not_just_the_employers_dkim() -> None:
    # given a +caf_ envelope sender that SPF does not vouch for, and the employer's DKIM passing
    mail = read_mail(
        "jobs@acme.example",
        forwarded=False,
        return_path="joseeker+caf_=jo-7f3k=in.untilsigned.test@gmail.com",
    )
    decision = check_trust(mail, OWNER, AuthResults(spf="SOFTFAIL", dkim="PASS", dmarc="PASS"))
    # then the envelope could be anyone's: quarantined
    assert not decision.accepted
    assert "SPF did not pass" in decision.reason

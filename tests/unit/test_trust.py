"""The trust gate: only mail the owner forwarded may touch applications; everything else is quarantined.

Each test builds the header block SES stores (SES's own headers on top, written here in SES's style) and the
receipt event's verdicts and envelope sender, and asks the gate.
"""

from __future__ import annotations

import pytest

from untilsigned.domain.mail.mime import read_head, read_mail
from untilsigned.domain.model import AuthResults, User
from untilsigned.domain.tracking.commands import Command
from untilsigned.domain.tracking.trust import (
    TrustDecision,
    TrustEvidence,
    check_trust,
    is_owner_command,
    normalise_address,
    owner_command,
    trust_evidence,
)

pytestmark = pytest.mark.unit

OWNER = User(
    user_id="u1",
    email="jo.seeker@gmail.com",
    inbox="jo-7f3k@in.untilsigned.test",
    forwarders=("jo@seeker.dev",),
)
PASSING = AuthResults(spf="PASS", dkim="PASS", dmarc="PASS")
CAF = "joseeker+caf_=jo-7f3k=in.untilsigned.test@gmail.com"


def stamp(
    *,
    mailfrom: str,
    spf: str = "pass",
    dkim: tuple[tuple[str, str], ...] = (),
    dmarc: str = "pass",
    header_from: str = "",
    style: str = "ses",
) -> str:
    """An Authentication-Results value in SES's own layout, or in RFC 8601's."""
    if style == "ses":
        parts = [
            f"spf={spf} (spfCheck: domain of {mailfrom.rpartition('@')[2]} designates 198.51.100.7 as "
            "permitted sender) client-ip=198.51.100.7",
            f"envelope-from={mailfrom}",
            "helo=out.mailer.example",
        ]
        parts += [f"dkim={result} header.i=@{domain}" for result, domain in dkim]
    else:
        parts = [f"spf={spf} smtp.mailfrom={mailfrom}"]
        parts += [f"dkim={result} header.d={domain}" for result, domain in dkim]
    if dmarc:
        parts.append(f"dmarc={dmarc} header.from={header_from}")
    return "amazonses.com; " + "; ".join(parts) + ";"


def evidence(
    sender: str,
    *,
    envelope: str | None = None,
    verdicts: AuthResults = PASSING,
    ses_stamp: str | None = None,
    no_stamp: bool = False,
    lower: tuple[str, ...] = (),
    subject: str = "Fwd: Your application to Acme",
    body: str = "Thanks for applying to Acme. We will be in touch.",
) -> TrustEvidence:
    """The gate's evidence for one mail: SES's headers on top, then the sender's (`lower` among them)."""
    envelope = envelope if envelope is not None else sender
    sender_domain = sender.rpartition("@")[2]
    if ses_stamp is None:
        ses_stamp = stamp(
            mailfrom=envelope,
            spf=verdicts.spf.lower(),
            dkim=((verdicts.dkim.lower(), sender_domain),),
            dmarc="none" if verdicts.dmarc == "GRAY" else verdicts.dmarc.lower(),
            header_from=sender_domain,
        )
    ses_block = [
        f"Return-Path: <{envelope}>",
        "Received: from out.mailer.example by inbound-smtp.us-east-1.amazonaws.com with SMTP id q1",
        f"X-SES-Spam-Verdict: {verdicts.spam}",
        f"X-SES-Virus-Verdict: {verdicts.virus}",
    ]
    if not no_stamp:
        ses_block.append(f"Authentication-Results: {ses_stamp}")
    ses_block.append("X-SES-RECEIPT: AEFBQUFBQUFBQUFHdGVzdA==")
    lines = [
        *ses_block,
        *lower,
        f"From: {sender}" if sender else "From: undisclosed",
        f"To: {OWNER.inbox}",
        f"Subject: {subject}",
        "Message-ID: <m1@mail.example>",
        "",
        body,
    ]
    raw = "\r\n".join(lines).encode()
    return trust_evidence(read_head(raw), verdicts, envelope)


def decide(sender: str, **kwargs: object) -> TrustDecision:
    return check_trust(evidence(sender, **kwargs), OWNER)  # type: ignore[arg-type]


# -- SES spam and virus verdicts -----------------------------------------------------------------------------


def test_spam_fail_is_quarantined_even_from_the_owner() -> None:
    decision = decide(OWNER.email, verdicts=AuthResults("PASS", "PASS", "PASS", spam="FAIL"))
    assert decision == TrustDecision(False, "SES flagged this message as spam", "quarantine")


def test_virus_fail_is_quarantined_even_from_the_owner() -> None:
    decision = decide(OWNER.email, verdicts=AuthResults("PASS", "PASS", "PASS", virus="FAIL"))
    assert decision == TrustDecision(False, "SES flagged this message as carrying a virus", "quarantine")


@pytest.mark.parametrize("scan", ["GRAY", "PROCESSING_FAILED", "DISABLED"])
def test_an_undecided_or_disabled_scan_does_not_refuse_the_owners_forward(scan: str) -> None:
    decision = decide(OWNER.email, verdicts=AuthResults("PASS", "PASS", "PASS", spam=scan, virus=scan))
    assert decision.accepted and decision.route == "forward"


def test_a_gray_scan_does_not_make_a_stranger_trusted() -> None:
    decision = decide("hr@acme.example", verdicts=AuthResults("PASS", "PASS", "PASS", spam="GRAY"))
    assert not decision.accepted


# -- the owner's own mail: DMARC, or alignment where the domain publishes no policy --------------------------


def test_owner_mail_with_dmarc_passing_is_accepted() -> None:
    decision = decide(OWNER.email)
    assert decision.accepted and decision.route == "forward"
    assert OWNER.email in decision.reason


@pytest.mark.parametrize(
    "variant", ["Jo.Seeker@Gmail.com", "joseeker@gmail.com", "jo.seeker+jobs@googlemail.com"]
)
def test_owner_address_is_compared_case_insensitively_with_gmail_dots_and_tags_folded(variant: str) -> None:
    decision = decide(variant.lower())
    assert decision.accepted and decision.route == "forward"


def test_dmarc_failure_on_a_from_claiming_to_be_the_owner_is_quarantined() -> None:
    # given a spoof: SPF passes for the stranger's own envelope domain, the From is the owner's, DMARC fails
    decision = decide(
        OWNER.email,
        envelope="bounce@stranger.example",
        verdicts=AuthResults(spf="PASS", dkim="NONE", dmarc="FAIL"),
        subject="signed Acme",
    )
    assert not decision.accepted
    assert decision.reason.startswith("authentication failed: DMARC FAIL")


def test_spoof_where_the_owners_domain_has_no_dmarc_and_spf_passes_for_a_stranger_is_quarantined() -> None:
    # given the owner's custom domain without a DMARC record (SES: GRAY), and a stranger's server that passes
    # SPF for its own envelope domain while writing the owner's From
    decision = decide(
        "jo@seeker.dev",
        envelope="bounce@stranger.example",
        verdicts=AuthResults(spf="PASS", dkim="NONE", dmarc="GRAY"),
        ses_stamp=stamp(mailfrom="bounce@stranger.example", dkim=(), dmarc="none", header_from="seeker.dev"),
        subject="forget me",
    )
    # then it is quarantined, and the reason says why: nothing that passed is aligned with seeker.dev
    assert not decision.accepted and decision.route == "quarantine"
    assert "not aligned" in decision.reason
    assert "SPF passed for stranger.example" in decision.reason
    assert "seeker.dev publishes no DMARC policy" in decision.reason


def test_no_dmarc_policy_with_dkim_passing_only_for_a_strangers_domain_is_quarantined() -> None:
    decision = decide(
        "jo@seeker.dev",
        envelope="jo@seeker.dev",
        verdicts=AuthResults(spf="FAIL", dkim="PASS", dmarc="GRAY"),
        ses_stamp=stamp(
            mailfrom="jo@seeker.dev",
            spf="fail",
            dkim=(("pass", "stranger.example"),),
            dmarc="none",
            header_from="seeker.dev",
        ),
    )
    assert not decision.accepted
    assert "DKIM passed for stranger.example" in decision.reason


@pytest.mark.parametrize("style", ["ses", "rfc8601"])
def test_no_dmarc_policy_with_spf_passing_for_an_aligned_subdomain_is_accepted(style: str) -> None:
    # given the owner's domain without DMARC, sending through a bounce subdomain of its own
    decision = decide(
        "jo@seeker.dev",
        envelope="bounces@mail.seeker.dev",
        verdicts=AuthResults(spf="PASS", dkim="NONE", dmarc="GRAY"),
        ses_stamp=stamp(
            mailfrom="bounces@mail.seeker.dev", dkim=(), dmarc="none", header_from="seeker.dev", style=style
        ),
    )
    assert decision.accepted and decision.route == "forward"
    assert "mail.seeker.dev" in decision.reason


@pytest.mark.parametrize("style", ["ses", "rfc8601"])
def test_no_dmarc_policy_with_dkim_passing_for_the_from_domain_is_accepted(style: str) -> None:
    decision = decide(
        "jo@seeker.dev",
        envelope="bounce@mailer.example",
        verdicts=AuthResults(spf="PASS", dkim="PASS", dmarc="GRAY"),
        ses_stamp=stamp(
            mailfrom="bounce@mailer.example",
            dkim=(("pass", "mailer.example"), ("pass", "seeker.dev")),
            dmarc="none",
            header_from="seeker.dev",
            style=style,
        ),
    )
    assert decision.accepted and "DKIM PASS for seeker.dev" in decision.reason


def test_without_ses_stamp_nothing_from_the_headers_is_trusted() -> None:
    # given no stamp of SES's on top, and the sender's own "SES" stamp below X-SES-RECEIPT claiming alignment
    forged = stamp(mailfrom="jo@seeker.dev", dmarc="none", header_from="seeker.dev")
    decision = decide(
        "jo@seeker.dev",
        envelope="bounce@stranger.example",
        verdicts=AuthResults(spf="PASS", dkim="NONE", dmarc="GRAY"),
        no_stamp=True,
        lower=(f"Authentication-Results: {forged}",),
    )
    assert not decision.accepted
    assert "Authentication-Results header is missing" in decision.reason


def test_a_forged_lower_authentication_results_is_not_trusted() -> None:
    # given SES's true stamp on top (SPF for the stranger), and a sender-written copy below claiming the owner
    forged = stamp(mailfrom="jo@seeker.dev", dkim=(("pass", "seeker.dev"),), header_from="seeker.dev")
    decision = decide(
        "jo@seeker.dev",
        envelope="bounce@stranger.example",
        verdicts=AuthResults(spf="PASS", dkim="NONE", dmarc="GRAY"),
        ses_stamp=stamp(mailfrom="bounce@stranger.example", dmarc="none", header_from="seeker.dev"),
        lower=(f"Authentication-Results: {forged}",),
    )
    assert not decision.accepted
    assert "not aligned" in decision.reason


def test_spf_counts_only_for_the_envelope_sender_ses_reported() -> None:
    # given a stamp whose envelope-from disagrees with the event's envelope sender
    decision = decide(
        "jo@seeker.dev",
        envelope="bounce@stranger.example",
        verdicts=AuthResults(spf="PASS", dkim="NONE", dmarc="GRAY"),
        ses_stamp=stamp(mailfrom="jo@seeker.dev", dmarc="none", header_from="seeker.dev"),
    )
    assert not decision.accepted


def test_dmarc_judged_for_another_from_domain_is_quarantined() -> None:
    decision = decide(
        OWNER.email,
        ses_stamp=stamp(mailfrom=OWNER.email, dkim=(("pass", "gmail.com"),), header_from="other.example"),
    )
    assert not decision.accepted and "not for the From domain" in decision.reason


def test_dmarc_that_ses_could_not_evaluate_is_quarantined() -> None:
    decision = decide(OWNER.email, verdicts=AuthResults(spf="PASS", dkim="PASS", dmarc="PROCESSING_FAILED"))
    assert not decision.accepted and "could not evaluate DMARC" in decision.reason


# -- auto-forwards: the forwarding hop must be the owner's own provider --------------------------------------


def test_gmail_filter_forward_is_accepted_by_its_caf_envelope_sender() -> None:
    # given the recruiter's mail, relayed by the owner's Gmail filter; the recruiter's DMARC broke on the way
    decision = decide(
        "jobs@acme.example",
        envelope=CAF,
        verdicts=AuthResults(spf="PASS", dkim="FAIL", dmarc="FAIL"),
        ses_stamp=stamp(
            mailfrom=CAF, dkim=(("fail", "acme.example"),), dmarc="fail", header_from="acme.example"
        ),
    )
    assert decision.accepted and decision.route == "auto_forward"
    assert "Gmail filter" in decision.reason


def test_caf_envelope_sender_of_someone_else_is_not_the_owners_mark() -> None:
    envelope = "somebody.else+caf_=jo-7f3k=in.untilsigned.test@gmail.com"
    decision = decide("jobs@acme.example", envelope=envelope)
    assert not decision.accepted and "stranger" in decision.reason


def test_a_caf_envelope_needs_spf_not_just_the_employers_dkim() -> None:
    decision = decide(
        "jobs@acme.example",
        envelope=CAF,
        verdicts=AuthResults(spf="SOFTFAIL", dkim="PASS", dmarc="PASS"),
        ses_stamp=stamp(
            mailfrom=CAF, spf="softfail", dkim=(("pass", "acme.example"),), header_from="acme.example"
        ),
    )
    assert not decision.accepted and "SPF did not pass" in decision.reason


def test_a_caf_return_path_header_in_the_mail_counts_for_nothing_against_the_events_envelope() -> None:
    # given a stranger's mail that writes the owner's +caf_ address as a Return-Path of its own
    decision = decide(
        "jobs@acme.example",
        envelope="bounce@stranger.example",
        lower=(f"Return-Path: <{CAF}>",),
    )
    # then the envelope sender SES reported is what counts
    assert not decision.accepted and "stranger" in decision.reason


def test_srs_on_the_owners_own_domain_is_accepted() -> None:
    envelope = "SRS0=k2j9=TQ=acme.example=jobs@seeker.dev"
    decision = decide("jobs@acme.example", envelope=envelope, verdicts=AuthResults(spf="PASS", dmarc="FAIL"))
    assert decision.accepted and decision.route == "auto_forward"
    assert "seeker.dev" in decision.reason


def test_microsoft_365_srs_on_the_owners_own_domain_is_accepted() -> None:
    envelope = "jobs+SRS=k2j9q=TQ=acme.example=jobs@seeker.dev"
    decision = decide("jobs@acme.example", envelope=envelope, verdicts=AuthResults(spf="PASS", dmarc="FAIL"))
    assert decision.accepted and decision.route == "auto_forward"


def test_srs1_is_trusted_for_its_last_hop_only() -> None:
    forged = "SRS1=x1=seeker.dev==k2j9=TQ=acme.example=jobs@relay.example"
    assert not decide("jobs@acme.example", envelope=forged).accepted
    own = "SRS1=x1=relay.example==k2j9=TQ=acme.example=jobs@seeker.dev"
    assert decide("jobs@acme.example", envelope=own).accepted


@pytest.mark.parametrize("provider", ["gmail.com", "relay.gmail.com", "yahoo.com"])
def test_srs_on_a_shared_mail_provider_proves_nothing_about_the_owner(provider: str) -> None:
    # given an owner on that provider, and SRS on the provider's domain, which anyone there could cause
    owner = User(user_id="u3", email=f"jo@{provider}", inbox=OWNER.inbox)
    mail = evidence("jobs@acme.example", envelope=f"SRS0=k2j9=TQ=acme.example=jobs@{provider}")
    assert not check_trust(mail, owner).accepted


def test_srs_without_spf_passing_for_the_owners_domain_is_quarantined() -> None:
    envelope = "SRS0=k2j9=TQ=acme.example=jobs@seeker.dev"
    decision = decide(
        "jobs@acme.example", envelope=envelope, verdicts=AuthResults(spf="FAIL", dkim="PASS", dmarc="PASS")
    )
    assert not decision.accepted and "SPF did not pass for seeker.dev" in decision.reason


OUTLOOK_OWNER = User(user_id="u2", email="sam.lee@outlook.com", inbox="sam-2k@in.untilsigned.test")
OUTLOOK_SRS = "SRS0=Hq7d=TQ=acme.example=jobs@outlook.com"


def test_outlook_rule_forward_naming_the_owner_is_accepted() -> None:
    mail = evidence(
        "jobs@acme.example",
        envelope=OUTLOOK_SRS,
        verdicts=AuthResults(spf="PASS", dkim="PASS", dmarc="FAIL"),
        ses_stamp=stamp(
            mailfrom=OUTLOOK_SRS, dkim=(("pass", "outlook.com"),), dmarc="fail", header_from="acme.example"
        ),
        lower=("X-MS-Exchange-Inbox-Rules-Loop: sam.lee@outlook.com",),
    )
    decision = check_trust(mail, OUTLOOK_OWNER)
    assert decision.accepted and "Outlook.com rule" in decision.reason


def test_outlook_forward_that_does_not_name_the_owner_is_a_strangers() -> None:
    for loop in ((), ("X-MS-Exchange-Inbox-Rules-Loop: someone.else@outlook.com",)):
        mail = evidence("jobs@acme.example", envelope=OUTLOOK_SRS, lower=loop)
        assert not check_trust(mail, OUTLOOK_OWNER).accepted


def test_outlook_forward_with_a_second_forged_loop_header_is_quarantined() -> None:
    mail = evidence(
        "jobs@acme.example",
        envelope=OUTLOOK_SRS,
        lower=(
            "X-MS-Exchange-Inbox-Rules-Loop: sam.lee@outlook.com",
            "X-MS-Exchange-Inbox-Rules-Loop: someone.else@outlook.com",
        ),
    )
    decision = check_trust(mail, OUTLOOK_OWNER)
    assert not decision.accepted and "not yours alone" in decision.reason


# -- strangers -----------------------------------------------------------------------------------------------


def test_x_forwarded_for_naming_the_owner_on_a_strangers_authenticated_mail_changes_nothing() -> None:
    # given a stranger whose own domain passes SPF, DKIM and DMARC, adding the owner as X-Forwarded-For
    decision = decide(
        "dse@esign.stranger.example",
        subject="Completed: offer letter signed",
        lower=(
            f"X-Forwarded-For: {OWNER.email} {OWNER.inbox}",
            f"X-Forwarded-To: {OWNER.inbox}",
        ),
    )
    # then the header is a claim without proof
    assert not decision.accepted and decision.route == "quarantine"
    assert "X-Forwarded-For header names you" in decision.reason


def test_stranger_writing_directly_is_quarantined_with_a_clear_reason() -> None:
    decision = decide("offers@fake-employer.example", subject="Your offer is signed")
    assert decision == TrustDecision(
        False,
        "sent directly by a stranger (offers@fake-employer.example), not forwarded by you",
        "quarantine",
    )


def test_mail_without_a_from_address_is_quarantined() -> None:
    decision = decide("", envelope="bounce@stranger.example")
    assert not decision.accepted and "no From address" in decision.reason


def test_normalise_address_folds_gmail_spellings_only_for_gmail() -> None:
    assert normalise_address("<Jo.Seeker+x@GoogleMail.com>") == "joseeker@gmail.com"
    assert normalise_address("jo.seeker+x@seeker.dev") == "jo.seeker@seeker.dev"


# -- owner commands ------------------------------------------------------------------------------------------


def _mail_and_decision(
    sender: str, subject: str, body: str, **kwargs: object
) -> tuple[object, TrustDecision]:
    raw = f"From: {sender}\r\nTo: {OWNER.inbox}\r\nSubject: {subject}\r\n\r\n{body}\r\n".encode()
    return read_mail(raw), decide(sender, subject=subject, body=body, **kwargs)


def test_owner_mail_that_is_not_a_forward_and_starts_with_a_command_is_a_command() -> None:
    mail, decision = _mail_and_decision(OWNER.email, "signed Acme", "")
    assert is_owner_command(mail, OWNER, decision)  # type: ignore[arg-type]
    assert owner_command(mail, decision) == Command("signed", "Acme")  # type: ignore[arg-type]


def test_a_forward_from_the_owner_is_never_a_command() -> None:
    body = "---------- Forwarded message ---------\nFrom: Acme <jobs@acme.example>\nSubject: signed\n\nHello"
    mail, decision = _mail_and_decision(OWNER.email, "Fwd: signed Acme", body)
    assert decision.accepted
    assert not is_owner_command(mail, OWNER, decision)  # type: ignore[arg-type]


def test_an_auto_forwarded_mail_is_never_a_command() -> None:
    mail, decision = _mail_and_decision("jobs@acme.example", "Status", "", envelope=CAF)
    assert decision.route == "auto_forward"
    assert not is_owner_command(mail, OWNER, decision)  # type: ignore[arg-type]


def test_a_stranger_cannot_send_commands() -> None:
    mail, decision = _mail_and_decision("someone@else.example", "signed Acme", "")
    assert not is_owner_command(mail, OWNER, decision)  # type: ignore[arg-type]

"""Recognising a provider's forwarding confirmation: accepted only when it authenticates for the provider."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from untilsigned.domain.mail.mime import read_head
from untilsigned.domain.mail.ses_stamp import find_ses_stamp
from untilsigned.domain.model import AuthResults
from untilsigned.domain.tracking.forwarding_confirmation import (
    ForwardingConfirmation,
    SuspiciousConfirmation,
    recognise_forwarding_confirmation,
    relay_text,
)
from untilsigned.local.mailkit import provider_confirmation

pytestmark = pytest.mark.unit

SENT = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
INBOX = "k3v9q2x8m4@inbox.untilsigned.test"
PASSING = AuthResults(spf="PASS", dkim="PASS", dmarc="PASS")


@dataclass(frozen=True)
class Sample:
    provider: str
    owner: str
    sender: str
    signing_domain: str
    subject: str
    text: str
    code: str | None
    link: str


# Written for these tests: each provider's confirmation in its usual shape, not its exact words.
SAMPLES = (
    Sample(
        "Gmail / Google Workspace",
        "alex.rivera@gmail.com",
        "forwarding-noreply@google.com",
        "google.com",
        "(#481516234) Gmail Forwarding Confirmation - Receive Mail from alex.rivera@gmail.com",
        "alex.rivera@gmail.com has asked to have mail forwarded automatically to {inbox}.\n\n"
        "Confirmation code: 481516234\n\n"
        "To let alex.rivera@gmail.com forward mail to you, open this link to confirm:\n"
        "https://mail-settings.google.com/mail/vf-%5BANGjdJ8%5D-481516234\n\n"
        "If you did not ask for this, ignore this message; nothing will be forwarded.\n",
        "481516234",
        "https://mail-settings.google.com/mail/vf-%5BANGjdJ8%5D-481516234",
    ),
    Sample(
        "Outlook.com / Microsoft 365",
        "sam.okafor@outlook.com",
        "account-security-noreply@accountprotection.microsoft.com",
        "accountprotection.microsoft.com",
        "Verify your forwarding address",
        "Someone using sam.okafor@outlook.com wants to forward messages to {inbox}.\n"
        "Your verification code is 7302-514.\nOr confirm here: https://account.live.com/forwarding/confirm?c=7302514\n",
        "7302-514",
        "https://account.live.com/forwarding/confirm?c=7302514",
    ),
    Sample(
        "Yahoo",
        "pat.nguyen@yahoo.com",
        "no-reply@cc.yahoo-inc.com",
        "yahoo-inc.com",
        "Confirm your forwarding address",
        "pat.nguyen@yahoo.com wants to forward incoming Yahoo Mail to {inbox}.\n"
        "Verify this address: https://login.yahoo.com/account/forwarding/verify?token=Yq82kd\n",
        None,
        "https://login.yahoo.com/account/forwarding/verify?token=Yq82kd",
    ),
    Sample(
        "iCloud",
        "robin.k@icloud.com",
        "noreply@email.apple.com",
        "email.apple.com",
        "Confirm mail forwarding for your iCloud account",
        "Mail sent to robin.k@icloud.com will be forwarded to {inbox} once you verify it.\n"
        "Verify: https://www.icloud.com/mail/forwarding/verify/AbC123xyz\n",
        None,
        "https://www.icloud.com/mail/forwarding/verify/AbC123xyz",
    ),
    Sample(
        "Zoho",
        "mia@zohomail.eu",
        "noreply@zohoaccounts.zoho.eu",
        "zoho.eu",
        "Email forwarding - verification",
        "Hello,\nmia@zohomail.eu has added {inbox} as an address to forward mail to.\n"
        "Click the link below to verify and enable forwarding:\n"
        "https://mail.zoho.eu/zm/verifyForward.do?key=5fd2a01c\n",
        None,
        "https://mail.zoho.eu/zm/verifyForward.do?key=5fd2a01c",
    ),
    Sample(
        "Fastmail",
        "lee@fastmail.com",
        "support@fastmail.com",
        "fastmail.com",
        "Please confirm mail forwarding",
        "A rule on lee@fastmail.com will forward messages to {inbox}.\n"
        "Confirm it: https://app.fastmail.com/forward/confirm/9q8w7e\n",
        None,
        "https://app.fastmail.com/forward/confirm/9q8w7e",
    ),
    Sample(
        "Proton",
        "ana.silva@proton.me",
        "no-reply@proton.me",
        "proton.me",
        "ana.silva@proton.me would like to forward emails to you",
        "ana.silva@proton.me has set up a rule to forward emails to {inbox}.\n"
        "To accept, confirm the request: https://account.proton.me/forwarding/accept#Zt5rQp\n",
        None,
        "https://account.proton.me/forwarding/accept#Zt5rQp",
    ),
)


def _stamp(sample: Sample, *, dkim_domain: str | None = None, dmarc: str = "pass") -> str:
    domain = dkim_domain or sample.signing_domain
    return (
        "spf=pass (spfCheck: domain of relay.example designates 192.0.2.7 as permitted sender) "
        "client-ip=192.0.2.7; envelope-from=bounces@relay.example; helo=relay.example; "
        f"dkim=pass header.i=@{domain}; dmarc={dmarc} header.from={sample.sender.split('@')[1]};"
    )


def _raw(sample: Sample, authentication: str | None, **extra: object) -> bytes:
    return provider_confirmation(
        sender=sample.sender,
        subject=sample.subject,
        text=sample.text.format(inbox=INBOX),
        sent=SENT,
        authentication=authentication,
        to=INBOX,
        **extra,  # type: ignore[arg-type]
    )


def _recognise(
    raw: bytes, registered: tuple[str, ...], verdicts: AuthResults = PASSING
) -> ForwardingConfirmation | SuspiciousConfirmation | None:
    return recognise_forwarding_confirmation(read_head(raw), raw, registered, verdicts)


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.provider.split()[0] for s in SAMPLES])
def test_each_providers_confirmation_is_recognised_with_code_and_link(sample: Sample) -> None:
    # given the provider's confirmation, DKIM-signed by the provider, naming the owner's registered address
    raw = _raw(sample, _stamp(sample))

    # when it is recognised for the owner
    found = _recognise(raw, (sample.owner, "other@example.org"))

    # then it is that provider's confirmation for that address, with its code and link intact
    assert isinstance(found, ForwardingConfirmation), found
    assert found.provider == sample.provider
    assert found.owner_address == sample.owner
    assert found.authenticated_by == f"DKIM for {sample.signing_domain}"
    assert sample.link in found.links
    assert found.codes == ((sample.code,) if sample.code else ())


def test_spf_passing_for_the_providers_envelope_domain_also_authenticates() -> None:
    sample = SAMPLES[0]
    stamp = (
        "spf=pass (spfCheck: domain of google.com designates 209.85.220.41 as permitted sender) "
        "client-ip=209.85.220.41; envelope-from=forwarding-noreply@google.com; helo=mail-sor-f41.google.com; "
        "dkim=fail header.i=@google.com; dmarc=pass header.from=google.com;"
    )
    found = _recognise(
        _raw(sample, stamp), (sample.owner,), AuthResults(spf="PASS", dkim="FAIL", dmarc="PASS")
    )
    assert isinstance(found, ForwardingConfirmation)
    assert found.authenticated_by == "SPF for google.com"


def test_a_gmail_address_written_with_other_dots_still_names_the_owner() -> None:
    sample = SAMPLES[0]
    found = _recognise(_raw(sample, _stamp(sample)), ("AlexRivera@googlemail.com",))
    assert isinstance(found, ForwardingConfirmation)


@pytest.mark.parametrize(
    ("why", "stamp_of", "verdicts", "reason"),
    [
        (
            "signed by someone else",
            lambda s: _stamp(s, dkim_domain="attacker.example"),
            PASSING,
            "neither DKIM nor SPF passed",
        ),
        ("no SES stamp", lambda s: None, PASSING, "no authentication results from SES"),
        ("DMARC failing", lambda s: _stamp(s, dmarc="fail"), AuthResults("PASS", "PASS", "FAIL"), "DMARC"),
        ("spam", lambda s: _stamp(s), AuthResults("PASS", "PASS", "PASS", spam="FAIL"), "spam"),
        (
            "DKIM verdict failing in the event",
            lambda s: _stamp(s),
            AuthResults(spf="FAIL", dkim="FAIL", dmarc="PASS"),
            "neither DKIM nor SPF passed",
        ),
    ],
)
def test_a_look_alike_that_does_not_authenticate_is_suspicious(
    why: str, stamp_of: object, verdicts: AuthResults, reason: str
) -> None:
    sample = SAMPLES[0]
    raw = _raw(sample, stamp_of(sample))  # type: ignore[operator]
    found = _recognise(raw, (sample.owner,), verdicts)
    assert isinstance(found, SuspiciousConfirmation), why
    assert reason in found.reason
    assert "do not use its code or link" in found.advice


def test_a_forged_stamp_below_a_missing_ses_stamp_is_not_trusted() -> None:
    # given a message whose only Authentication-Results was written by the sender, below a relay's own header
    sample = SAMPLES[0]
    raw = _raw(
        sample,
        None,
        extra_headers={
            "Authentication-Results": "mx.relay.example; dkim=pass header.i=@google.com",
            "X-Extra": "1",
        },
    )
    assert find_ses_stamp(read_head(raw).headers) is None
    assert isinstance(_recognise(raw, (sample.owner,)), SuspiciousConfirmation)


def test_the_topmost_ses_stamp_wins_over_a_lower_forged_one() -> None:
    # given SES's stamp on top (signed by attacker.example) and a forged google.com one lower down
    sample = SAMPLES[0]
    raw = _raw(
        sample,
        _stamp(sample, dkim_domain="attacker.example"),
        extra_headers={"Authentication-Results": "amazonses.com; dkim=pass header.i=@google.com"},
    )
    stamp = find_ses_stamp(read_head(raw).headers)
    assert stamp is not None and stamp.dkim_passing_domains() == ("attacker.example",)
    assert isinstance(_recognise(raw, (sample.owner,)), SuspiciousConfirmation)


def test_a_confirmation_for_someone_else_is_suspicious() -> None:
    sample = SAMPLES[0]
    found = _recognise(_raw(sample, _stamp(sample)), ("jordan@example.com",))
    assert isinstance(found, SuspiciousConfirmation)
    assert "names none of your registered addresses" in found.reason


def test_ordinary_provider_mail_is_not_a_confirmation() -> None:
    # given a Google security notice: the provider's domain, but no forwarding request
    raw = provider_confirmation(
        sender="no-reply@accounts.google.com",
        subject="Security alert",
        text="A new sign-in to alex.rivera@gmail.com from a Linux device. Check activity.",
        sent=SENT,
        authentication=(
            "spf=pass envelope-from=no-reply@accounts.google.com; dkim=pass header.i=@accounts.google.com"
        ),
    )
    assert _recognise(raw, ("alex.rivera@gmail.com",)) is None


def test_a_recruiter_is_never_a_provider() -> None:
    raw = provider_confirmation(
        sender="talent@brightwater.example",
        subject="Please confirm your interview - forwarding details",
        text="alex.rivera@gmail.com, please confirm your slot.",
        sent=SENT,
        authentication="dkim=pass header.i=@brightwater.example",
    )
    assert _recognise(raw, ("alex.rivera@gmail.com",)) is None


def test_links_in_the_html_part_are_kept() -> None:
    sample = SAMPLES[4]
    html = (
        "<p>mia@zohomail.eu added this address for forwarding.</p>"
        '<p><a href="https://mail.zoho.eu/zm/verifyForward.do?key=html-only">Verify</a></p>'
    )
    raw = provider_confirmation(
        sender=sample.sender,
        subject=sample.subject,
        text="mia@zohomail.eu added this address for forwarding. Use the button to verify.",
        html=html,
        sent=SENT,
        authentication=_stamp(sample),
    )
    found = _recognise(raw, (sample.owner,))
    assert isinstance(found, ForwardingConfirmation)
    assert "https://mail.zoho.eu/zm/verifyForward.do?key=html-only" in found.links


def test_the_relay_says_what_it_is_and_keeps_the_message_whole() -> None:
    sample = SAMPLES[0]
    found = _recognise(_raw(sample, _stamp(sample)), (sample.owner,))
    assert isinstance(found, ForwardingConfirmation)
    subject, text = relay_text(found, INBOX)
    assert subject.startswith("untilsigned: confirm forwarding (Gmail / Google Workspace)")
    assert "Confirmation code: 481516234" in text
    assert sample.link in text
    assert sample.text.format(inbox=INBOX).strip() in text
    assert "changed nothing in your applications" in text

"""The owner's real forwards and commands keep working from the mail providers people use.

Each mail is written the way that provider sends it (its own headers, in our words), and the SMTP session is
what SES observes from that provider; the local stack stamps SES's headers on top, as SES does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from untilsigned.adapters.dynamo import AppStore
from untilsigned.domain.model import Status, User
from untilsigned.local.stack import LocalStack, SmtpSession
from untilsigned.services.users import register_user

pytestmark = pytest.mark.integration

ACK = (
    "Hi,\n\nThanks for applying for the Platform Engineer role at Quillfeather Labs.\n"
    "We have received your application and our team will review it within two weeks.\n\n"
    "Quillfeather Labs Recruiting"
)
EMPLOYER = "Quillfeather Labs Recruiting <jobs@quillfeather.example>"
EMPLOYER_DKIM = (
    "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=quillfeather.example; s=hr2026;\n"
    " h=from:to:subject:date:message-id; bh=c2FtcGxlLWJvZHk=; b=c2FtcGxlLXNpZ25hdHVyZQ=="
)
APPLIED = [("Quillfeather Labs", Status.APPLIED)]


def _user(store: AppStore, stack: LocalStack, email: str) -> User:
    return register_user(
        store,
        email=email,
        inbox_domain=stack.inbox_domain,
        now=datetime(2026, 10, 1, tzinfo=UTC),
        first_digest_at=datetime(2026, 10, 1, tzinfo=UTC),
    )


def _mail(headers: Sequence[str], body: str) -> bytes:
    lines = [*headers, "MIME-Version: 1.0", 'Content-Type: text/plain; charset="UTF-8"', "", body]
    return "\r\n".join(line.replace("\n", "\r\n") for line in lines).encode()


def _manual_forward(owner: str, to: str, lead: str, extra: Sequence[str] = ()) -> bytes:
    """The owner's own forward of the employer's acknowledgement, its forward block in the client's style."""
    return _mail(
        [
            *extra,
            f"From: Jo Seeker <{owner}>",
            f"To: {to}",
            "Subject: Fwd: Your application to Quillfeather Labs",
            "Date: Tue, 6 Oct 2026 11:12:30 +0200",
            f"Message-ID: <fwd-1@{owner.rsplit('@', 1)[1]}>",
        ],
        f"{lead}\n\n{ACK}\n",
    )


def _command(owner: str, to: str, verb: str, extra: Sequence[str] = ()) -> bytes:
    return _mail(
        [
            *extra,
            f"From: {owner}",
            f"To: {to}",
            f"Subject: {verb}",
            "Date: Wed, 7 Oct 2026 08:00:00 +0200",
            f"Message-ID: <cmd-1@{owner.rsplit('@', 1)[1]}>",
        ],
        "",
    )


def _employer_mail(to: str, hop: Sequence[str]) -> bytes:
    """The employer's own mail as an automatic forward delivers it: the employer's From, the hop's headers."""
    return _mail(
        [
            *hop,
            EMPLOYER_DKIM,
            f"From: {EMPLOYER}",
            f"To: {to}",
            "Subject: Your application to Quillfeather Labs",
            "Date: Tue, 6 Oct 2026 10:58:00 +0200",
            "Message-ID: <ack-7731@quillfeather.example>",
        ],
        ACK,
    )


def _outcome(stack: LocalStack, raw: bytes, user: User, session: SmtpSession) -> str:
    _, result = stack.deliver(raw, user.inbox, session=session)
    outcome = result["results"][0]
    assert outcome.get("user_id") == user.user_id, outcome
    return str(outcome["outcome"])


def _applications(store: AppStore, user: User) -> list[tuple[str, Status]]:
    return [(a.company, a.status) for a in store.load_applications(user.user_id).applications]


def _replied(stack: LocalStack, user: User) -> list[str]:
    return [m.subject for m in stack.sent_mail() if user.email in m.to]


# -- Gmail ---------------------------------------------------------------------------------------------------

GMAIL_DKIM = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; bh=Zm9v; b=YmFy"
GMAIL_LEAD = (
    f"---------- Forwarded message ---------\nFrom: {EMPLOYER}\nDate: Tue, Oct 6, 2026 at 10:58 AM\n"
    "Subject: Your application to Quillfeather Labs\nTo: <jo.seeker@gmail.com>"
)


def test_gmail_manual_forward_and_command(stack: LocalStack, store: AppStore) -> None:
    # given a Gmail user: gmail.com publishes DMARC, so their own mail passes it
    user = _user(store, stack, "jo.seeker@gmail.com")
    session = SmtpSession("jo.seeker@gmail.com", dkim_domains=("gmail.com",), helo="mail-sor-f41.google.com")

    forward = _manual_forward(user.email, user.inbox, GMAIL_LEAD, [GMAIL_DKIM])
    command = _command(user.email, user.inbox, "status", [GMAIL_DKIM])

    assert _outcome(stack, forward, user, session) == "recorded"
    assert _outcome(stack, command, user, session) == "command"
    assert _applications(store, user) == APPLIED
    # the first forwarded mail got the one-time "it works" reply, the command its own
    first, status = _replied(stack, user)
    assert first == "untilsigned: your forwarding works" and status.startswith("Status: ")


def test_gmail_filter_auto_forward(stack: LocalStack, store: AppStore) -> None:
    # given a Gmail filter relaying the employer's mail: Gmail sends it as the account's +caf_ address, and
    # adds X-Forwarded-For / X-Forwarded-To (which prove nothing by themselves)
    user = _user(store, stack, "jo.seeker@gmail.com")
    caf = f"jo.seeker+caf_={user.inbox.replace('@', '=')}@gmail.com"
    hop = [f"X-Forwarded-To: {user.inbox}", f"X-Forwarded-For: jo.seeker@gmail.com {user.inbox}", GMAIL_DKIM]
    # the employer's DKIM survives the relay, so DMARC passes for the employer's domain
    session = SmtpSession(
        caf, dkim_domains=("quillfeather.example", "gmail.com"), helo="mail-sor-f69.google.com"
    )

    assert _outcome(stack, _employer_mail("jo.seeker@gmail.com", hop), user, session) == "recorded"
    assert _applications(store, user) == APPLIED


# -- Outlook.com and Microsoft 365 --------------------------------------------------------------------------


def _arc(domain: str, instance: int = 1) -> list[str]:
    """The ARC set a Microsoft server adds when it relays a message (signatures shortened)."""
    return [
        f"ARC-Seal: i={instance}; a=rsa-sha256; s=arcselector10001; d={domain}; cv=none; b=c2VhbA==",
        f"ARC-Message-Signature: i={instance}; a=rsa-sha256; c=relaxed/relaxed; d={domain};"
        " s=arcselector10001; h=From:Date:Subject:Message-ID; bh=Ym9keQ==; b=c2ln",
        f"ARC-Authentication-Results: i={instance}; mx.microsoft.com 1; spf=pass"
        " smtp.mailfrom=quillfeather.example; dmarc=pass action=none header.from=quillfeather.example;"
        " dkim=pass header.d=quillfeather.example; arc=none",
    ]


def test_outlook_com_inbox_rule_auto_forward_and_command(stack: LocalStack, store: AppStore) -> None:
    # given an Outlook.com user whose inbox rule forwards recruiter mail: Exchange Online rewrites the
    # envelope sender with SRS on outlook.com, seals ARC, signs for outlook.com and names the mailbox in the
    # loop header
    user = _user(store, stack, "sam.lee@outlook.com")
    srs = "jobs+SRS=Hq7dZ=TQ=quillfeather.example=jobs@outlook.com"
    hop = [
        "X-MS-Exchange-Inbox-Rules-Loop: sam.lee@outlook.com",
        *_arc("microsoft.com"),
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=outlook.com; s=selector1; bh=Zm9v; b=YmFy",
    ]
    relay = SmtpSession(
        srs,
        dkim_domains=("quillfeather.example", "outlook.com"),
        helo="EUR05-DB8-obe.outbound.protection.outlook.com",
    )
    assert _outcome(stack, _employer_mail("sam.lee@outlook.com", hop), user, relay) == "recorded"

    # and a command the owner writes from Outlook.com (outlook.com publishes DMARC)
    own = SmtpSession("sam.lee@outlook.com", dkim_domains=("outlook.com",))
    assert _outcome(stack, _command(user.email, user.inbox, "pause"), user, own) == "command"
    assert _applications(store, user) == APPLIED
    assert "untilsigned: pause" in _replied(stack, user)


def test_microsoft_365_forwarding_on_the_owners_domain(stack: LocalStack, store: AppStore) -> None:
    # given a Microsoft 365 mailbox on the owner's own domain forwarding to the inbox: SRS on that domain
    user = _user(store, stack, "jo@seeker.dev")
    srs = "jobs+SRS=k2j9q=TQ=quillfeather.example=jobs@seeker.dev"
    session = SmtpSession(
        srs, dkim_domains=("quillfeather.example",), helo="mail-am6eur05.outbound.protection.outlook.com"
    )
    hop = [*_arc("seekerdev.onmicrosoft.com")]

    assert _outcome(stack, _employer_mail("jo@seeker.dev", hop), user, session) == "recorded"
    assert _applications(store, user) == APPLIED


# -- Apple Mail / iCloud ------------------------------------------------------------------------------------

APPLE_LEAD = (
    "Sent from my iPhone\n\nBegin forwarded message:\n\n"
    f"From: {EMPLOYER}\nDate: 6 October 2026 at 10:58:00 CEST\nTo: jo.seeker@icloud.com\n"
    "Subject: Your application to Quillfeather Labs"
)


def test_apple_mail_icloud_forward_and_command(stack: LocalStack, store: AppStore) -> None:
    user = _user(store, stack, "jo.seeker@icloud.com")
    icloud = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com; s=1a1hai; bh=Zm9v; b=YmFy"]
    session = SmtpSession(
        "jo.seeker@icloud.com", dkim_domains=("icloud.com",), helo="qs51p00im-qukt01080502.me.com"
    )

    assert (
        _outcome(stack, _manual_forward(user.email, user.inbox, APPLE_LEAD, icloud), user, session)
        == "recorded"
    )
    assert _outcome(stack, _command(user.email, user.inbox, "resume", icloud), user, session) == "command"
    assert _applications(store, user) == APPLIED


# -- a custom domain, with and without DMARC -----------------------------------------------------------------

THUNDERBIRD_LEAD = (
    "-------- Forwarded Message --------\nSubject: \tYour application to Quillfeather Labs\n"
    f"Date: \tTue, 6 Oct 2026 10:58:00 +0200\nFrom: \t{EMPLOYER}\nTo: \tjo@seeker.dev"
)
OWN_DKIM = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=seeker.dev; s=mail; bh=Zm9v; b=YmFy"]


def test_custom_domain_with_dmarc(stack: LocalStack, store: AppStore) -> None:
    user = _user(store, stack, "jo@seeker.dev")
    session = SmtpSession("jo@seeker.dev", dkim_domains=("seeker.dev",), dmarc="PASS", helo="mail.seeker.dev")

    assert _outcome(
        stack, _manual_forward(user.email, user.inbox, THUNDERBIRD_LEAD, OWN_DKIM), user, session
    ) == ("recorded")
    assert _outcome(stack, _command(user.email, user.inbox, "status", OWN_DKIM), user, session) == "command"
    assert _applications(store, user) == APPLIED


def test_custom_domain_without_dmarc(stack: LocalStack, store: AppStore) -> None:
    # given a domain with no DMARC record (SES: GRAY): SPF passes for the domain's own bounce subdomain, and
    # its DKIM signature passes for the domain itself
    user = _user(store, stack, "jo@seeker.dev")
    session = SmtpSession(
        "bounces@mail.seeker.dev", dkim_domains=("seeker.dev",), dmarc="GRAY", helo="mail.seeker.dev"
    )

    assert _outcome(
        stack, _manual_forward(user.email, user.inbox, THUNDERBIRD_LEAD, OWN_DKIM), user, session
    ) == ("recorded")
    assert _outcome(stack, _command(user.email, user.inbox, "status", OWN_DKIM), user, session) == "command"
    # and a server without DKIM still counts, by SPF for an aligned envelope domain alone
    spf_only = SmtpSession("jo@seeker.dev", dkim="GRAY", dmarc="GRAY", helo="mail.seeker.dev")
    assert _outcome(stack, _command(user.email, user.inbox, "pause"), user, spf_only) == "command"
    assert _applications(store, user) == APPLIED

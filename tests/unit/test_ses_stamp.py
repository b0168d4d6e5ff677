"""SES's Authentication-Results stamp, DMARC relaxed alignment, and the local stack writing SES's headers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from untilsigned.domain.mail.alignment import aligned_domains, domain_of, organisational_domain
from untilsigned.domain.mail.mime import read_head
from untilsigned.domain.mail.ses_stamp import DkimResult, SesStamp, find_ses_stamp, parse_stamp
from untilsigned.local.stack import SmtpSession, session_from_headers, stamp_ses_headers

pytestmark = pytest.mark.unit


# -- alignment -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "aligned"),
    [
        ("seeker.dev", "seeker.dev", True),
        ("bounces.mail.seeker.dev", "seeker.dev", True),
        ("mail.seeker.dev", "news.seeker.dev", True),
        ("SEEKER.dev.", "seeker.DEV", True),
        ("seeker.dev", "stranger.dev", False),
        ("seeker.co.uk", "stranger.co.uk", False),  # co.uk is a public suffix
        ("jo.github.io", "mallory.github.io", False),  # so is github.io, in the list's private section
        ("mail.seeker.co.uk", "seeker.co.uk", True),
        ("", "seeker.dev", False),
        ("seeker.dev", "", False),
    ],
)
def test_relaxed_alignment_is_the_same_organisational_domain(first: str, second: str, aligned: bool) -> None:
    assert aligned_domains(first, second) is aligned


def test_organisational_domain_and_domain_of() -> None:
    assert organisational_domain("a.b.seeker.co.uk") == "seeker.co.uk"
    assert organisational_domain("co.uk") == "co.uk"
    assert domain_of("<Jo@Mail.Seeker.dev>") == "mail.seeker.dev"
    assert domain_of("no-at-sign") == ""


# -- the stamp -----------------------------------------------------------------------------------------------


def test_ses_style_stamp_parses_with_its_properties_in_their_own_segments() -> None:
    value = (
        "amazonses.com; spf=pass (spfCheck: domain of seeker.dev designates 192.0.2.1 as permitted sender) "
        "client-ip=192.0.2.1; envelope-from=bounce@mail.seeker.dev; helo=out.seeker.dev; "
        "dkim=pass header.i=@seeker.dev; dkim=fail header.i=@relay.example; "
        "dmarc=none header.from=seeker.dev;"
    )
    assert parse_stamp(value) == SesStamp(
        spf="pass",
        spf_domain="mail.seeker.dev",
        dkim=(DkimResult("pass", "seeker.dev"), DkimResult("fail", "relay.example")),
        dmarc="none",
        dmarc_from="seeker.dev",
    )


def test_rfc_8601_style_stamp_parses() -> None:
    value = "amazonses.com; spf=pass smtp.mailfrom=jo@seeker.dev; dkim=pass header.d=seeker.dev; dmarc=pass"
    stamp = parse_stamp(value)
    assert stamp is not None
    assert (stamp.spf, stamp.spf_domain, stamp.dkim_passing_domains(), stamp.dmarc) == (
        "pass",
        "seeker.dev",
        ("seeker.dev",),
        "pass",
    )


def test_another_servers_results_are_not_ses_stamp() -> None:
    assert parse_stamp("mx.google.com; spf=pass smtp.mailfrom=jo@seeker.dev") is None
    assert parse_stamp("amazonses.com.evil.example; spf=pass smtp.mailfrom=jo@seeker.dev") is None


def test_a_comment_cannot_smuggle_results_in() -> None:
    stamp = parse_stamp(
        "amazonses.com; spf=fail (; spf=pass smtp.mailfrom=jo@seeker.dev) smtp.mailfrom=x@y.z"
    )
    assert stamp is not None and (stamp.spf, stamp.spf_domain) == ("fail", "y.z")


def test_only_the_topmost_stamp_counts_and_only_above_x_ses_receipt() -> None:
    ses = "amazonses.com; spf=pass smtp.mailfrom=b@stranger.example; dmarc=none header.from=seeker.dev"
    forged = "amazonses.com; spf=pass smtp.mailfrom=jo@seeker.dev; dmarc=pass header.from=seeker.dev"
    top = find_ses_stamp(
        [
            ("Return-Path", "<b@stranger.example>"),
            ("Authentication-Results", ses),
            ("X-SES-RECEIPT", "x"),
            ("Authentication-Results", forged),
        ]
    )
    assert top is not None and top.spf_domain == "stranger.example"
    # SES's stamp missing: the sender's own copy sits below X-SES-RECEIPT and counts for nothing
    assert find_ses_stamp([("X-SES-RECEIPT", "x"), ("Authentication-Results", forged)]) is None
    # the topmost Authentication-Results written by another server hides nothing below it
    assert (
        find_ses_stamp(
            [("Authentication-Results", "mx.example; spf=pass"), ("Authentication-Results", forged)]
        )
        is None
    )


# -- the local stack writes what SES writes ------------------------------------------------------------------


def test_the_local_stack_stamps_ses_headers_on_top_derived_from_the_session() -> None:
    # given a stranger's mail carrying a forged stamp of its own, and the session SES really observed
    raw = (
        b"Authentication-Results: amazonses.com; spf=pass smtp.mailfrom=jo@seeker.dev; dmarc=pass\r\n"
        b"From: jo@seeker.dev\r\nTo: jobs@inbox.untilsigned.test\r\nSubject: forget me\r\n\r\nbye\r\n"
    )
    session = SmtpSession("bounce@stranger.example", spf="PASS", dkim="GRAY", dmarc="GRAY")

    # when the stack stores it as SES would
    stored = stamp_ses_headers(
        raw,
        session,
        message_id="m1",
        recipient="jobs@inbox.untilsigned.test",
        received_at=datetime(2026, 10, 1, tzinfo=UTC),
    )

    # then SES's block is on top, ends with X-SES-RECEIPT, and its stamp says what SES saw
    head = read_head(stored)
    names = [name for name, _ in head.headers]
    assert names[:8] == [
        "Return-Path",
        "Received",
        "X-SES-Spam-Verdict",
        "X-SES-Virus-Verdict",
        "Received-SPF",
        "Authentication-Results",
        "X-SES-RECEIPT",
        "X-SES-DKIM-SIGNATURE",
    ]
    stamp = find_ses_stamp(head.headers)
    assert stamp == SesStamp(
        spf="pass",
        spf_domain="stranger.example",
        dkim=(DkimResult("none", ""),),
        dmarc="none",
        dmarc_from="seeker.dev",
    )
    assert stored.endswith(raw)
    # and a replay of the stored copy reads back the same session from its topmost headers
    again = session_from_headers(stored)
    assert (again.envelope_sender, again.spf, again.dmarc) == ("bounce@stranger.example", "PASS", "GRAY")

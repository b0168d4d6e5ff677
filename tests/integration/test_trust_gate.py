"""The trust gate through the real ingest handler on the local stack, which writes SES's headers on top of
every mail from the SMTP session it simulates, as SES does."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.integration.conftest import OWNER
from untilsigned.adapters.dynamo import AppStore
from untilsigned.domain.model import Status, User
from untilsigned.local.mailkit import direct, forwarded
from untilsigned.local.stack import LocalStack, SmtpSession
from untilsigned.services.users import register_user

pytestmark = pytest.mark.integration

EMPLOYER = "Quillfeather Labs <jobs@quillfeather.example>"
OFFER = (
    "Hi Jo,\n\nWe are delighted to offer you the Platform Engineer role at Quillfeather Labs.\n"
    "Please review the attached offer letter and let us know by Friday.\n\nQuillfeather Labs Recruiting"
)
CUSTOM_OWNER = "jo@seeker.dev"  # a custom domain without a DMARC record
SENT = datetime(2026, 10, 20, 9, tzinfo=UTC)


@pytest.fixture
def custom_owner(store: AppStore, stack: LocalStack) -> User:
    return register_user(
        store,
        email=CUSTOM_OWNER,
        inbox_domain=stack.inbox_domain,
        now=datetime(2026, 10, 1, tzinfo=UTC),
        first_digest_at=datetime(2026, 10, 1, tzinfo=UTC),
    )


def _offer_on_file(stack: LocalStack, store: AppStore, user: User) -> None:
    raw = forwarded(forwarder=user.email, employer=EMPLOYER, subject="Your offer", body=OFFER, sent=SENT)
    session = SmtpSession(user.email, dkim_domains=("seeker.dev",), dmarc="GRAY")
    _, result = stack.deliver(raw, user.inbox, session=session)
    assert result["results"][0]["outcome"] == "recorded", result
    assert [a.status for a in store.load_applications(user.user_id).applications] == [Status.OFFER]


def test_a_spoofed_signed_command_without_alignment_is_quarantined_with_the_reason(
    stack: LocalStack, store: AppStore, custom_owner: User
) -> None:
    # given an open offer, and a stranger's server that passes SPF for its own envelope domain while writing
    # the owner's From; the owner's domain publishes no DMARC policy, so SES says GRAY
    _offer_on_file(stack, store, custom_owner)
    spoof = direct(sender=CUSTOM_OWNER, subject="signed Quillfeather Labs", body="", sent=SENT)
    session = SmtpSession("bounce@stranger.example", spf="PASS", dkim="GRAY", dmarc="GRAY")

    # when SES delivers it
    _, result = stack.deliver(spoof, custom_owner.inbox, session=session)

    # then it is quarantined, the reason says why, the offer stays open and nobody was answered
    outcome = result["results"][0]
    assert outcome["outcome"] == "quarantined"
    assert "not aligned" in outcome["reason"] and "stranger.example" in outcome["reason"]
    assert [a.status for a in store.load_applications(custom_owner.user_id).applications] == [Status.OFFER]
    assert [m.subject for m in stack.sent_mail()] == ["untilsigned: your forwarding works"]  # the offer's


def test_a_spoofed_forget_me_deletes_nothing(stack: LocalStack, store: AppStore, custom_owner: User) -> None:
    _offer_on_file(stack, store, custom_owner)
    spoof = direct(sender=CUSTOM_OWNER, subject="forget me", body="", sent=SENT)
    session = SmtpSession("bounce@stranger.example", spf="PASS", dkim="GRAY", dmarc="GRAY")

    _, result = stack.deliver(spoof, custom_owner.inbox, session=session)

    assert result["results"][0]["outcome"] == "quarantined"
    assert store.get_user(custom_owner.user_id) is not None
    assert len(store.load_applications(custom_owner.user_id).applications) == 1


def test_a_forged_lower_authentication_results_is_not_trusted(
    stack: LocalStack, store: AppStore, custom_owner: User
) -> None:
    # given a spoofed command that carries its own "SES" stamp claiming the owner's domain passed
    forged = "amazonses.com; spf=pass smtp.mailfrom=jo@seeker.dev; dkim=pass header.d=seeker.dev; dmarc=pass"
    spoof = direct(
        sender=CUSTOM_OWNER,
        subject="signed Quillfeather Labs",
        body="",
        sent=SENT,
        headers={"Authentication-Results": forged, "Return-Path": "<jo@seeker.dev>"},
    )
    _offer_on_file(stack, store, custom_owner)

    # when SES, which saw SPF pass only for the stranger's envelope domain, delivers it
    session = SmtpSession("bounce@stranger.example", spf="PASS", dkim="GRAY", dmarc="GRAY")
    _, result = stack.deliver(spoof, custom_owner.inbox, session=session)

    # then SES's own stamp on top decides, and the forged copy below it counts for nothing
    assert result["results"][0]["outcome"] == "quarantined"
    assert [a.status for a in store.load_applications(custom_owner.user_id).applications] == [Status.OFFER]


def test_a_strangers_authenticated_mail_naming_the_owner_in_x_forwarded_for_changes_nothing(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given an open offer of the owner's
    raw = forwarded(forwarder=OWNER, employer=EMPLOYER, subject="Your offer", body=OFFER, sent=SENT)
    assert stack.deliver(raw, owner.inbox)[1]["results"][0]["outcome"] == "recorded"
    # and a stranger whose own domain passes SPF, DKIM and DMARC, sending an e-signature "completed" notice
    # that names the owner in X-Forwarded-For / X-Forwarded-To
    notice = direct(
        sender="dse@esign.stranger.example",
        subject="Completed: Quillfeather Labs offer letter",
        body="All parties have completed the envelope Quillfeather Labs offer letter. The signed document "
        "is attached.",
        sent=SENT,
        headers={"X-Forwarded-For": f"{OWNER} {owner.inbox}", "X-Forwarded-To": owner.inbox},
    )

    # when SES delivers it
    _, result = stack.deliver(notice, owner.inbox)

    # then it is quarantined and the offer is still only an offer
    outcome = result["results"][0]
    assert outcome["outcome"] == "quarantined"
    assert "X-Forwarded-For header names you" in outcome["reason"]
    assert [a.status for a in store.load_applications(owner.user_id).applications] == [Status.OFFER]


def test_the_envelope_sender_comes_from_the_event_not_the_mails_return_path(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given an employer mail whose sender wrote the owner's Gmail +caf_ address as its own Return-Path
    caf = f"alex.rivera+caf_={owner.inbox.replace('@', '=')}@example.com"
    raw = direct(
        sender="jobs@quillfeather.example",
        subject="Your offer",
        body=OFFER,
        sent=SENT,
        headers={"Return-Path": f"<{caf}>"},
    )

    # when SES saw the stranger's own envelope sender
    _, result = stack.deliver(raw, owner.inbox, session=SmtpSession("bounce@quillfeather.example"))

    # then the forged Return-Path is no forwarding mark
    assert result["results"][0]["outcome"] == "quarantined"
    assert store.load_applications(owner.user_id).applications == []
    # while the same mail with that envelope sender, as the owner's filter sends it, is the owner's forward
    _, relayed = stack.deliver(raw, owner.inbox, session=SmtpSession(caf, dmarc="FAIL"))
    assert relayed["results"][0]["outcome"] == "recorded", relayed


def test_refused_mail_is_quarantined_without_its_body_being_read(
    stack: LocalStack, store: AppStore, owner: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a stranger's mail, and a body reader that must not be reached
    import untilsigned.services.ingest as ingest

    def never(raw: bytes) -> None:
        raise AssertionError("the body of refused mail was read")

    monkeypatch.setattr(ingest, "understand", never)
    raw = direct(sender="hr@stranger.example", subject="Offer signed", body="Signed. " * 10_000, sent=SENT)

    # when SES delivers it
    _, result = stack.deliver(raw, owner.inbox)

    # then it is kept aside from its headers alone
    outcome = result["results"][0]
    assert outcome["outcome"] == "quarantined"
    assert [(q.sender, q.subject) for q in store.list_quarantine(owner.user_id)] == [
        ("hr@stranger.example", "Offer signed")
    ]

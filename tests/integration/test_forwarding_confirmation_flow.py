"""A provider's forwarding confirmation through the real ingest handler: relayed at once, or kept aside."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.integration.conftest import OWNER
from untilsigned.adapters.dynamo import AppStore
from untilsigned.domain.model import User
from untilsigned.domain.reporting.digest import compose_digest
from untilsigned.local.mailkit import provider_confirmation
from untilsigned.local.stack import LocalStack

pytestmark = pytest.mark.integration

SENT = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)


def _gmail_confirmation(inbox: str, signed_by: str) -> bytes:
    return provider_confirmation(
        sender="forwarding-noreply@google.com",
        subject=f"(#550312877) Gmail Forwarding Confirmation - Receive Mail from {OWNER}",
        text=(
            f"{OWNER} has asked to have mail forwarded automatically to {inbox}.\n\n"
            "Confirmation code: 550312877\n\n"
            "Open this link to allow it:\nhttps://mail-settings.google.com/mail/vf-%5BQx7%5D-550312877\n\n"
            "Questions? Write to helpdesk@attacker.example\n"
        ),
        sent=SENT,
        authentication=(
            f"spf=pass (spfCheck: domain of {signed_by} designates 192.0.2.41 as permitted sender) "
            f"client-ip=192.0.2.41; envelope-from=bounce@{signed_by}; helo=mail.{signed_by}; "
            f"dkim=pass header.i=@{signed_by}; dmarc=pass header.from=google.com;"
        ),
        to=inbox,
    )


def test_a_genuine_confirmation_is_relayed_at_once_to_the_registered_address(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given Gmail's confirmation for the owner's address, signed by google.com
    raw = _gmail_confirmation(owner.inbox, "google.com")

    # when SES delivers it to the owner's inbox
    _, response = stack.deliver(raw, owner.inbox, received_at=SENT)

    # then it is relayed, only to the registered address, with the code and link, and changes nothing
    assert response["results"][0]["outcome"] == "relayed"
    sent = stack.sent_mail()
    assert [m.to[0] for m in sent] == [OWNER]
    relay = sent[0]
    assert relay.html is None
    assert relay.subject.startswith("untilsigned: confirm forwarding (Gmail / Google Workspace)")
    assert "550312877" in relay.text
    assert "https://mail-settings.google.com/mail/vf-%5BQx7%5D-550312877" in relay.text
    assert store.load_applications(owner.user_id).applications == []
    assert store.list_quarantine(owner.user_id) == []


def test_a_forged_confirmation_is_quarantined_with_its_own_advice(
    stack: LocalStack, store: AppStore, owner: User
) -> None:
    # given the same confirmation, but sent and signed by another domain
    raw = _gmail_confirmation(owner.inbox, "attacker.example")

    # when SES delivers it from the forger's server
    _, response = stack.deliver(raw, owner.inbox, received_at=SENT, envelope_sender="bounce@attacker.example")

    # then nothing is sent, nothing changes, and the digest warns rather than saying "forward it again"
    assert response["results"][0]["outcome"] == "quarantined"
    assert stack.sent_mail() == []
    assert store.load_applications(owner.user_id).applications == []
    (kept,) = store.list_quarantine(owner.user_id)
    assert "looks like a forwarding confirmation from Gmail" in kept.reason
    digest = compose_digest(owner, [], datetime(2026, 12, 1, tzinfo=UTC), quarantined=[kept])
    assert "do not use its code or link" in digest.text
    assert "forward it again" not in digest.text

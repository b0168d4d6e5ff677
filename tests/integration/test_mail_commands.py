"""The board's corrections by mail: each command changes what the board would, and is acknowledged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from untilsigned.adapters.dynamo import AppStore
from untilsigned.domain.model import Application, Status, User
from untilsigned.local.mailkit import direct, forwarded
from untilsigned.local.stack import LocalStack

pytestmark = pytest.mark.integration

SENT = datetime.now(UTC) - timedelta(days=6)


def _ack(owner: User, employer: str, role: str, days: int) -> bytes:
    return forwarded(
        forwarder=owner.email,
        employer=f"{employer} Careers <careers@{employer.lower()}.example>",
        subject=f"Application received: {role}",
        body=f"Hello,\n\nThank you for applying for the {role} role at {employer}. "
        "We have received your application and will reply within two weeks.\n\nThe team",
        sent=SENT + timedelta(days=days),
        to=owner.inbox,
    )


def command(stack: LocalStack, owner: User, line: str, minutes: int = 0) -> str:
    """Mail a command from the owner; returns the acknowledgement mailed back."""
    before = len(stack.sent_mail())
    sent = datetime.now(UTC) - timedelta(minutes=60 - minutes)
    stack.deliver(direct(sender=owner.email, subject=line, body="", sent=sent), owner.inbox, received_at=sent)
    replies = [m for m in stack.sent_mail()[before:] if owner.email in m.to]
    assert len(replies) == 1, line
    return replies[0].text


def apps(store: AppStore, owner: User) -> dict[str, Application]:
    return {a.company: a for a in store.load_applications(owner.user_id).applications}


@pytest.fixture
def tracked(stack: LocalStack, owner: User) -> User:
    stack.deliver(_ack(owner, "Fernbrook", "Data Analyst", 0), owner.inbox, received_at=SENT)
    stack.deliver(
        _ack(owner, "Stonegate", "Data Analyst", 1), owner.inbox, received_at=SENT + timedelta(days=1)
    )
    return owner


def test_set_status_rename_role_note_and_undo_by_mail(
    stack: LocalStack, store: AppStore, tracked: User
) -> None:
    # when the owner mails a status with a note
    reply = command(stack, tracked, "set Fernbrook to interviewing: first call on Friday", 1)

    # then it is applied and acknowledged
    assert "Fernbrook - Data Analyst is now interviewing" in reply
    fernbrook = apps(store, tracked)["Fernbrook"]
    assert fernbrook.status is Status.INTERVIEWING
    assert fernbrook.events[-1].correction == {"status": "interviewing", "text": "first call on Friday"}

    # and the other corrections work the same way
    command(stack, tracked, "role Fernbrook: Senior Data Analyst", 2)
    command(stack, tracked, "note Fernbrook: ask about hybrid days", 3)
    command(stack, tracked, "rename Stonegate to Stonegate Bank", 4)
    assert apps(store, tracked)["Fernbrook"].role == "Senior Data Analyst"
    assert "Stonegate Bank" in apps(store, tracked)
    undone = command(stack, tracked, "undo Stonegate Bank", 5)
    assert "is now applied" in undone and "Stonegate" in apps(store, tracked)


def test_promised_date_add_merge_and_settings_by_mail(
    stack: LocalStack, store: AppStore, tracked: User
) -> None:
    day = (datetime.now(UTC) + timedelta(days=10)).date().isoformat()

    command(stack, tracked, f"promised Fernbrook {day}", 1)
    added = command(
        stack, tracked, "add Larkspur - Data Analyst applied 2026-11-20 https://larkspur.example/j/1", 2
    )
    command(stack, tracked, "merge Stonegate into Fernbrook", 3)
    settings = command(stack, tracked, "digest daily at 7", 4)
    goal = command(stack, tracked, "goal 4", 5)

    now = apps(store, tracked)
    assert now["Fernbrook"].expect_reply_by is not None
    assert now["Fernbrook"].expect_reply_by.date().isoformat() == day
    assert "Added Larkspur - Data Analyst, applied 2026-11-20" in added
    assert now["Larkspur"].link == "https://larkspur.example/j/1"
    assert now["Stonegate"].merged_into == now["Fernbrook"].id
    assert "Digests come daily at 07:00" in settings and "weekly goal is 4" in goal
    user = store.get_user(tracked.user_id)
    assert user is not None and (user.digest_weekday, user.digest_hour, user.weekly_goal) == (None, 7, 4)


def test_a_command_that_does_not_fit_says_how_to_write_it(
    stack: LocalStack, store: AppStore, tracked: User
) -> None:
    reply = command(stack, tracked, "set Fernbrook interviewing")

    assert reply.startswith("Nothing changed: Write it as: set <employer> to <status>")
    assert apps(store, tracked)["Fernbrook"].status is Status.APPLIED


def test_link_and_calendar_by_mail(stack: LocalStack, tracked: User) -> None:
    link = command(stack, tracked, "link")
    calendar = command(stack, tracked, "calendar", 1)
    off = command(stack, tracked, "calendar off", 2)

    assert f"{stack.board_url}/signin/" in link
    assert f"{stack.board_url}/feed/" in calendar and ".ics" in calendar
    assert "revoked" in off

"""The welcome, the one-time "it works" reply and the help reply: plain text composed from the user."""

from __future__ import annotations

import pytest

from untilsigned.domain.model import User
from untilsigned.domain.tracking.commands import Command, parse_command
from untilsigned.domain.tracking.onboarding import COMMANDS, first_mail_letter, help_letter, welcome_letter
from untilsigned.domain.understanding.understand import understand

pytestmark = pytest.mark.unit

USER = User(
    user_id="u1",
    email="alex.rivera@example.com",
    inbox="k3v9q2x8m4@inbox.example.com",
    forwarders=("alex@work.example",),
)


def test_the_welcome_gives_the_inbox_the_filter_steps_and_the_commands() -> None:
    letter = welcome_letter(USER)
    assert USER.inbox in letter.text
    assert "alex@work.example" in letter.text
    assert "Gmail" in letter.text and "Forwarding and POP/IMAP" in letter.text
    assert "confirmation code and link" in letter.text
    assert "Outlook" in letter.text and "Rules" in letter.text
    for name, _ in COMMANDS:
        assert name in letter.text


def test_help_lists_every_command_with_the_addresses_to_use() -> None:
    letter = help_letter(USER)
    assert letter.subject == "untilsigned: commands"
    assert f"from {USER.email} to {USER.inbox}" in letter.text
    assert all(name in letter.text for name, _ in COMMANDS)


@pytest.mark.parametrize("subject", ["help", "Help", "help please", "commands"])
def test_help_is_a_command(subject: str) -> None:
    assert parse_command(subject, "") == Command("help", "")


def test_the_it_works_reply_says_what_was_understood() -> None:
    raw = (
        b"From: Brightwater Health <talent@brightwater.example>\r\n"
        b"To: alex.rivera@example.com\r\n"
        b"Subject: Interview invitation - Data Analyst\r\n"
        b"Date: Mon, 12 Oct 2026 09:00:00 +0200\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hi Alex,\r\n\r\nWe would like to invite you to an interview for the Data Analyst role "
        b"on Tuesday, October 20 at 14:00.\r\n\r\nBrightwater Health\r\n"
    )
    letter = first_mail_letter(USER, understand(raw), "added to your applications")
    assert letter.subject == "untilsigned: your forwarding works"
    assert "Interview invitation - Data Analyst" in letter.text
    assert "an interview invitation" in letter.text
    assert "Brightwater" in letter.text
    assert "Tue 20 Oct 2026 14:00" in letter.text
    assert "added to your applications" in letter.text

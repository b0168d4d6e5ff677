"""Reading the board's corrections from one mailed line."""

from __future__ import annotations

from datetime import date

import pytest

from untilsigned.domain.tracking.commands import parse_command
from untilsigned.domain.tracking.correction_commands import Correction, NotUnderstood, parse_correction

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "set Acme to interviewing: call on Friday",
            Correction("set", "Acme", "interviewing", "call on Friday"),
        ),
        ("Set Acme - Data Engineer to offer", Correction("set", "Acme - Data Engineer", "offer", "")),
        ("rename Acme to Acme Health", Correction("rename", "Acme", "Acme Health")),
        ("role Acme: Staff Engineer", Correction("role", "Acme", "Staff Engineer")),
        ("note Acme: ask about the rota", Correction("note", "Acme", "ask about the rota")),
        ("promised Acme 2026-12-04", Correction("promised", "Acme", day=date(2026, 12, 4))),
        ("promised Acme none", Correction("promised", "Acme")),
        ("unghost Acme", Correction("unghost", "Acme")),
        ("merge Acme Jobs into Acme", Correction("merge", "Acme", other="Acme Jobs")),
        (
            "add Birch Ltd - Nurse applied 2026-11-02 https://birch.example/7",
            Correction("add", "Birch Ltd", "Nurse", "https://birch.example/7", date(2026, 11, 2)),
        ),
        ("not a job Acme", Correction("notjob", "Acme")),
        ("not this job Acme", Correction("otherjob", "Acme")),
        ("undo Acme", Correction("undo", "Acme")),
        ("release", Correction("release")),
        ("goal 5", Correction("goal", value="5")),
        ("goal default", Correction("goal")),
        ("digest weekly friday at 18", Correction("digest", "18", "weekly", "4")),
        ("timezone Europe/Lisbon", Correction("timezone", value="Europe/Lisbon")),
        ("link", Correction("link")),
        ("calendar off", Correction("calendar_off")),
    ],
)
def test_each_correction_reads_from_one_line(line: str, expected: Correction) -> None:
    assert parse_correction(line) == expected


@pytest.mark.parametrize("line", ["set Acme interviewing", "promised Acme soon", "goal lots", "merge Acme"])
def test_a_half_written_correction_says_how_to_write_it(line: str) -> None:
    with pytest.raises(NotUnderstood):
        parse_correction(line)


def test_corrections_reach_the_command_reader_but_replies_never_do() -> None:
    command = parse_command("note Acme: bring the portfolio", "")
    assert command is not None and command.verb == "correction"
    assert command.correction == Correction("note", "Acme", "bring the portfolio")
    assert parse_command("Re: note Acme: bring the portfolio", "") is None
    assert parse_command("Linking our calendars", "") is None

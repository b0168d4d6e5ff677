"""Commands the owner mails to their own inbox, and which application a command names."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from untilsigned.domain.model import Application, Status
from untilsigned.domain.tracking.commands import Command, find_application_for_command, parse_command
from untilsigned.domain.understanding.names import loosely_same_company

pytestmark = pytest.mark.unit


def application(
    app_id: str,
    company: str,
    role: str | None = None,
    status: Status = Status.APPLIED,
    last_contact: datetime | None = None,
) -> Application:
    return Application(
        id=app_id,
        company=company,
        role=role,
        requisition_id=None,
        status=status,
        created_at=datetime(2026, 5, 1, tzinfo=UTC),
        last_contact=last_contact,
    )


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("signed Acme", Command("signed", "Acme")),
        ("Signed: Acme Corp", Command("signed", "Acme Corp")),
        ("SIGNED - Acme Corp", Command("signed", "Acme Corp")),
        ("signed with Acme", Command("signed", "Acme")),
        ("withdraw Foo", Command("withdraw", "Foo")),
        ("Withdraw from Foo Labs", Command("withdraw", "Foo Labs")),
        ("withdrew my application to Foo", Command("withdraw", "Foo")),
        ("rejected Bar", Command("rejected", "Bar")),
        ("Rejected by Bar Ltd.", Command("rejected", "Bar Ltd")),
        ("pause", Command("pause", "")),
        ("Pause digests", Command("pause", "")),
        ("resume", Command("resume", "")),
        ("status", Command("status", "")),
        ("Status please", Command("status", "")),
        ("forget me", Command("forget", "me")),
        ("Forget me", Command("forget", "me")),
        ("signed Acme - Data Engineer", Command("signed", "Acme - Data Engineer")),
        ("signed", Command("signed", "")),
        ("new address", Command("new_address", "")),
        ("New Address please", Command("new_address", "")),
        ("new  inbox", Command("new_address", "")),
    ],
)
def test_commands_in_the_subject_are_parsed(subject: str, expected: Command) -> None:
    assert parse_command(subject, "") == expected


def test_a_command_on_the_first_non_empty_body_line_is_parsed_when_the_subject_has_none() -> None:
    # given an empty subject and the command under some blank lines
    text = "\n\n   \nwithdraw Foo\nThanks!\n"
    # when / then
    assert parse_command("", text) == Command("withdraw", "Foo")


def test_the_subject_wins_over_the_body() -> None:
    assert parse_command("rejected Bar", "signed Acme") == Command("rejected", "Bar")


def test_only_the_first_body_line_counts() -> None:
    # given a body whose command is buried under a first line of prose
    text = "Quick update on my week.\nsigned Acme\n"
    # then it is not a command
    assert parse_command("", text) is None


@pytest.mark.parametrize(
    "subject",
    [
        "Re: signed Acme",
        "Fwd: signed Acme",
        "FW: rejected Bar",
        "AW: withdraw Foo",
        "WG: pause",
        "RE[2]: status",
    ],
)
def test_replies_and_forwards_are_never_commands(subject: str) -> None:
    # given a reply/forward subject, even with a command-shaped body
    assert parse_command(subject, "signed Acme") is None


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Your application to Acme", "Thank you for applying."),
        ("withdraw", ""),  # names nothing
        ("rejected", ""),
        ("forget", ""),
        ("", "> signed Acme"),  # quoted, not written
        ("", ""),
        ("Status of the quarterly report and everything else we discussed", ""),
        ("signed " + "word " * 20, ""),  # prose, not a name
        ("Signature request", ""),  # a longer word that starts like a verb
        ("Resumes attached", ""),
    ],
)
def test_ordinary_mail_is_not_a_command(subject: str, text: str) -> None:
    assert parse_command(subject, text) is None


def test_forget_keeps_its_argument() -> None:
    assert parse_command("forget Acme", "") == Command("forget", "Acme")


def test_command_finds_the_application_by_normalised_employer() -> None:
    # given applications at two employers
    apps = [application("a1", "Acme Corporation"), application("b1", "Bar Ltd")]
    # when the owner names one loosely
    found = find_application_for_command(apps, "ACME, Inc.")
    # then it is found
    assert found is not None and found.id == "a1"


def test_command_does_not_fall_into_a_substring_trap() -> None:
    apps = [application("m1", "Metaverse Inc")]
    assert find_application_for_command(apps, "Meta") is None


def test_command_with_employer_and_role_picks_that_role() -> None:
    # given two roles at one employer
    apps = [
        application("a1", "Acme", "Data Engineer", last_contact=datetime(2026, 5, 20, tzinfo=UTC)),
        application("a2", "Acme", "Product Manager", last_contact=datetime(2026, 5, 10, tzinfo=UTC)),
    ]
    # when the command names the older one by role
    found = find_application_for_command(apps, "Acme - Product Manager")
    # then that one is chosen, not the most recent
    assert found is not None and found.id == "a2"


def test_command_with_role_at_employer_is_understood() -> None:
    apps = [application("a1", "Acme", "Data Engineer"), application("a2", "Acme", "Product Manager")]
    found = find_application_for_command(apps, "Product Manager at Acme")
    assert found is not None and found.id == "a2"


def test_ambiguous_command_prefers_the_most_recent_open_application() -> None:
    # given a rejected application, an older open one and a newer open one at the same employer
    apps = [
        application("old-rejected", "Acme", "Analyst", Status.REJECTED, datetime(2026, 5, 30, tzinfo=UTC)),
        application("older", "Acme", "Data Engineer", Status.INTERVIEWING, datetime(2026, 5, 2, tzinfo=UTC)),
        application("newer", "Acme", "Product Manager", Status.OFFER, datetime(2026, 5, 20, tzinfo=UTC)),
    ]
    # when the command names only the employer
    found = find_application_for_command(apps, "Acme")
    # then the most recent open application is chosen
    assert found is not None and found.id == "newer"


def test_bare_signed_names_the_single_offer() -> None:
    apps = [
        application("a1", "Acme", status=Status.OFFER),
        application("b1", "Bar", status=Status.INTERVIEWING),
    ]
    found = find_application_for_command(apps, "")
    assert found is not None and found.id == "a1"


def test_bare_signed_names_nothing_when_two_offers_are_open() -> None:
    apps = [application("a1", "Acme", status=Status.OFFER), application("b1", "Bar", status=Status.OFFER)]
    assert find_application_for_command(apps, "") is None


def test_unknown_employer_finds_nothing() -> None:
    assert find_application_for_command([application("a1", "Acme")], "Initech") is None


def test_a_shortened_employer_name_finds_the_application() -> None:
    # given an offer at "Ashgrove Dental Group"
    apps = [application("a1", "Ashgrove Dental Group", "Practice Manager", Status.OFFER)]
    # when the owner writes "signed Ashgrove Dental"
    found = find_application_for_command(apps, "Ashgrove Dental")
    # then that application is named
    assert found is not None and found.id == "a1"


def test_a_shortened_name_that_fits_two_employers_names_neither() -> None:
    apps = [application("a1", "Acme Health"), application("a2", "Acme Foods")]
    assert find_application_for_command(apps, "Acme") is None


def test_an_exact_name_wins_over_a_loose_one() -> None:
    apps = [application("a1", "Acme Foods"), application("a2", "Acme")]
    found = find_application_for_command(apps, "Acme")
    assert found is not None and found.id == "a2"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Copperleaf", "Copperleaf Studios", True),
        ("Ashgrove Dental Group", "Ashgrove Dental", True),
        ("harborline.example", "Harborline Logistics", True),
        ("ACME, Inc.", "Acme", True),
        ("Meta", "Metaverse Labs", False),
        ("Global", "Global Foods", False),
        ("Health Acme", "Acme Health", False),
        ("Acme Foods", "Acme Health", False),
        ("Abc", "Abc Labs", False),
        ("", "Acme", False),
        (None, "Acme", False),
    ],
)
def test_loosely_same_company_takes_leading_whole_words_only(a: str | None, b: str, expected: bool) -> None:
    assert loosely_same_company(a, b) is expected
    assert loosely_same_company(b, a) is expected

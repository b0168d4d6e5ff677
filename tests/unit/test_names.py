"""Employer and role names: normalising and comparing them on whole tokens, never substrings."""

from __future__ import annotations

import pytest

from untilsigned.domain.understanding.names import (
    company_from_domain,
    display_company,
    exact_role,
    is_ats_name,
    normalise_company,
    normalise_role,
    role_refines,
    same_company,
    same_role,
)

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ACME, Inc.", "acme"),
        ("Acme Corporation", "acme"),
        ("Acme Corp.", "acme"),
        ("The Acme Company", "acme"),
        ("Acme LLC", "acme"),
        ("Acme Ltd", "acme"),
        ("Acme GmbH", "acme"),
        ("Acme AG", "acme"),
        ("Acme S.A.", "acme"),
        ("Acme B.V.", "acme"),
        ("Acme plc", "acme"),
        ("Acme Pty Ltd", "acme"),
        ("Acme Recruiting", "acme"),
        ("Acme Careers", "acme"),
        ("Acme Talent Acquisition Team", "acme"),
        ("Acme HR", "acme"),
        ("Acme Jobs", "acme"),
        ("The Acme Recruiting Team", "acme"),
        ("Careers at Acme", "acme"),
        ("Acme via Greenhouse", "acme"),
        ("Acme's Talent Team", "acme"),
        ("acme.com", "acme"),
        ("careers.acme.co.uk", "acme"),
        ("talent@acme.io", "acme"),
        ("Nestlé S.A.", "nestle"),
        ("Johnson & Johnson", "johnson and johnson"),
        ("Blue Harbor Analytics", "blue harbor analytics"),
    ],
)
def test_normalise_company_drops_punctuation_legal_forms_and_team_words(name: str, expected: str) -> None:
    assert normalise_company(name) == expected


@pytest.mark.parametrize("generic", ["Talent Acquisition", "HR", "Recruiting Team", "Careers", ""])
def test_a_name_made_only_of_generic_words_names_no_employer(generic: str) -> None:
    assert normalise_company(generic) == ""
    assert not same_company(generic, generic)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Acme", "Acme Corporation"),
        ("Acme", "ACME, Inc."),
        ("Acme", "acme.com"),
        ("Acme", "The Acme Recruiting Team"),
        ("Acme Corp", "acmecorp.com"),
        ("Mail Chimp", "MailChimp"),
        ("Nestle", "Nestlé"),
    ],
)
def test_spelling_variants_of_one_employer_are_the_same_company(a: str, b: str) -> None:
    assert same_company(a, b)
    assert same_company(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Meta", "Metaverse Inc"),
        ("HP", "PHP Solutions"),
        ("Analytic", "Analytics"),
        ("Acme", "Acme Health"),
        ("Apple", "Pineapple Studio"),
        ("Acme", None),
        (None, None),
    ],
)
def test_a_name_inside_another_name_is_not_the_same_company(a: str | None, b: str | None) -> None:
    assert not same_company(a, b)
    assert not same_company(b, a)


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("acme.com", "acme"),
        ("mail.acme.com", "acme"),
        ("careers.acme.co.uk", "acme"),
        ("acme.de", "acme"),
        ("jobs.acme.io", "acme"),
    ],
)
def test_company_from_domain_keeps_the_registrable_name(domain: str, expected: str) -> None:
    assert company_from_domain(domain) == expected


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("Acme via Greenhouse", "Acme"),
        ("Careers at Acme", "Acme"),
        ("Acme Talent Acquisition Team", "Acme"),
        ("Acme Recruiting", "Acme"),
        ("Blue Harbor", "Blue Harbor"),
    ],
)
def test_display_company_cuts_a_sender_name_to_the_employer_keeping_its_spelling(
    display: str, expected: str
) -> None:
    assert display_company(display) == expected


@pytest.mark.parametrize(
    "relay",
    [
        "Greenhouse",
        "Workday",
        "no-reply@us.greenhouse-mail.io",
        "acme.wd5.myworkdayjobs.com",
        "hire.lever.co",
    ],
)
def test_applicant_tracking_relays_are_recognised(relay: str) -> None:
    assert is_ats_name(relay)


@pytest.mark.parametrize("employer", ["Acme", "acme.com", "Blue Harbor Analytics", "join.acme.com"])
def test_employers_are_not_mistaken_for_relays(employer: str) -> None:
    assert not is_ats_name(employer)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Sr. Data Engineer", "senior data engineer"),
        ("Senior Data Engineer (Remote)", "senior data engineer"),
        ("Data Engineer - Berlin", "data engineer"),
        ("Data Engineer – New York, NY", "data engineer"),
        ("Data Engineer | Remote, Europe", "data engineer"),
        ("Data Engineer (m/w/d)", "data engineer"),
        ("Data Engineer m/f/d", "data engineer"),
        ("Data Engineer, Req #4821", "data engineer"),
        ("JR-104233 Data Engineer", "data engineer"),
        ("Data Engineer (Job ID: R-5521)", "data engineer"),
        ("Data Engineer at Acme", "data engineer"),
        ("Backend Engineer - Payments", "backend engineer payments"),
        ("Jr Dev", "junior developer"),
        ("SWE II", "software engineer ii"),
    ],
)
def test_normalise_role_drops_brackets_places_ids_and_expands_abbreviations(role: str, expected: str) -> None:
    assert normalise_role(role) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sr. Data Engineer", "Senior Data Engineer"),
        ("Senior Data Engineer (Remote)", "Senior Data Engineer - London"),
        ("Data Engineer", "Senior Data Engineer"),
        ("Software Engineer II", "Software Engineer"),
        ("Engineer, Data", "Data Engineer"),
        ("Data Engineer, Req 99812", "Data Engineer"),
    ],
)
def test_title_drift_between_messages_is_the_same_role(a: str, b: str) -> None:
    assert same_role(a, b)
    assert same_role(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Backend Engineer", "Frontend Engineer"),
        ("Senior Data Engineer", "Junior Data Engineer"),
        ("Software Engineer II", "Software Engineer III"),
        ("Data Engineer", "Data Analyst"),
        ("Product Manager", "Product Designer"),
        ("Data Engineer", None),
        ("Analytic Engineer", "Analytics Engineer"),
    ],
)
def test_different_jobs_are_different_roles(a: str | None, b: str | None) -> None:
    assert not same_role(a, b)
    assert not same_role(b, a)


def test_a_title_with_a_team_refines_the_bare_title_but_not_another_team() -> None:
    assert role_refines("Software Engineer", "Software Engineer, Payments")
    assert role_refines("Software Engineer, Payments", "Software Engineer")
    assert not role_refines("Software Engineer, Platform", "Software Engineer, Payments")
    assert not role_refines("Software Engineer", "Software Engineer")
    assert not role_refines("Engineer", "Software Engineer")


def test_exact_role_is_stricter_than_same_role() -> None:
    # given titles that differ by a one-sided qualifier
    tolerant, strict = (
        same_role("Data Engineer", "Senior Data Engineer"),
        exact_role("Data Engineer", "Senior Data Engineer"),
    )
    # then only the tolerant comparison accepts it, while pure spelling differences pass both
    assert tolerant and not strict
    assert exact_role("Sr. Data Engineer (Remote)", "Senior Data Engineer")

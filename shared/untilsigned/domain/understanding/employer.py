"""Who the employer of an understood mail is, and which role it is about, for showing and for matching.

Extraction reads the company from the mail's words; this adds what the envelope says (the sender's display
name, the sender's own domain) and decides the name the application is filed under. Tracking only compares
these names with the applications it holds.
"""

from __future__ import annotations

import re

from untilsigned.domain.model import Understood
from untilsigned.domain.understanding.names import (
    company_from_domain,
    display_company,
    is_ats_name,
    normalise_company,
    normalise_role,
    same_company,
)
from untilsigned.domain.understanding.relays import (
    FREE_MAIL_DOMAINS,
    is_ats_domain,
    is_relay_domain,
    registrable_domain,
)

_TEAM_DISPLAY_WORDS = re.compile(r"\b(?:recruiting|recruitment|careers|talent|hiring|jobs|hr|people)\b", re.I)


def _usable_company(name: str | None) -> str | None:
    if not name or not name.strip():
        return None
    if not normalise_company(name) or is_ats_name(name):
        return None
    return name.strip()


def sender_domain(u: Understood) -> str:
    """The original sender's mail domain, lower-case; "" when the address has none."""
    email = u.mail.original.sender.email
    return email.rsplit("@", 1)[1].lower() if "@" in email else ""


def _is_free_mail(domain: str) -> bool:
    return domain in FREE_MAIL_DOMAINS or registrable_domain(domain) in FREE_MAIL_DOMAINS


def is_service_relay(domain: str) -> bool:
    """An ATS, job board, e-signature or bulk-mail service, which sends for an employer under its name.
    Free-mail providers are relays too for `is_relay_domain`, but their display names are people."""
    return bool(domain) and is_relay_domain(domain) and not _is_free_mail(domain)


def _names_the_relay(display: str, domain: str) -> bool:
    """True when a relay's display name is the relay itself ("Adobe Acrobat Sign" at adobesign.com), not the
    employer it sends for ("Meridian Freight" at myworkday.com)."""
    shown = "".join(normalise_company(display).split())
    relay = "".join(normalise_company(company_from_domain(domain)).split())
    shared = 0
    for left, right in zip(shown, relay, strict=False):
        if left != right:
            break
        shared += 1
    return shared >= 4 or is_ats_name(display)


def display_employer(u: Understood) -> str | None:
    """The employer named by the sender's display name: "Acme via Greenhouse", "Acme Recruiting", or the name
    an applicant-tracking system sends under ("Acme" <acme@myworkday.com>)."""
    display = u.mail.original.sender.name.strip()
    if not display:
        return None
    domain = sender_domain(u)
    # Applicant-tracking systems send under the employer's name; bulk-mail services often under a person's.
    relayed = bool(domain) and is_ats_domain(domain) and not _names_the_relay(display, domain)
    if (
        relayed
        or re.search(r"(?<!\s)\s+via\s+", display, flags=re.IGNORECASE)
        or _TEAM_DISPLAY_WORDS.search(display)
    ):
        return _usable_company(display_company(display))
    return None


def domain_employer(u: Understood) -> str | None:
    """The employer named by the sender's own domain; None for relays and free-mail providers."""
    domain = sender_domain(u)
    if not domain or is_relay_domain(domain) or is_ats_name(domain) or _is_free_mail(domain):
        return None
    name = company_from_domain(domain)
    return name.capitalize() if name and normalise_company(name) else None


def employer_of(u: Understood) -> str | None:
    """The employer's name as shown to the user; None when the mail does not tell.

    The extracted company first; else the sender's display name when it names a company ("Acme via
    Greenhouse", "Acme Recruiting", or "Acme" sending through an ATS relay); else the sender's own domain. An
    ATS relay or a free-mail provider is never the employer.
    """
    extracted = _usable_company(display_company(u.extraction.company or ""))
    return extracted or display_employer(u) or domain_employer(u)


def employer_names(u: Understood) -> list[str]:
    """Every name this mail gives its employer, strongest first: extracted, display name, sender domain."""
    names: list[str] = []
    for name in (employer_of(u), display_employer(u), domain_employer(u)):
        if name and not any(same_company(name, seen) for seen in names):
            names.append(name)
    return names


def role_of(u: Understood) -> str | None:
    """The role the mail is about, trimmed; None when extraction found none worth comparing."""
    role = u.extraction.role
    return role.strip() if role and normalise_role(role) else None

"""DMARC relaxed alignment (RFC 7489, section 3.1): two domains are aligned when they share their
organisational domain, the registrable domain the Public Suffix List gives ("mail.seeker.dev" and
"seeker.dev" are aligned; "seeker.dev" and "stranger.dev" are not; "a.github.io" and "b.github.io" are not,
because github.io is itself a public suffix).

The list ships inside the `publicsuffixlist` package, so nothing is fetched at run time. Loading it costs
tens of milliseconds, so it is loaded only when two domains share their last two labels without being
equal, the one case only the list can decide.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

_MAX_DOMAIN_CHARS = 253


def clean_domain(domain: str) -> str:
    """A domain as a comparable key: lower-case, no surrounding dots, brackets or spaces; "" when unusable."""
    cleaned = domain.strip().strip("<>[]").strip(".").lower()
    if not cleaned or len(cleaned) > _MAX_DOMAIN_CHARS or any(c.isspace() for c in cleaned):
        return ""
    return cleaned


def domain_of(address: str) -> str:
    """The domain of an address ("a@b.example" -> "b.example"); "" when there is none."""
    _, at, domain = address.strip().strip("<>").rpartition("@")
    return clean_domain(domain) if at else ""


@cache
def _suffix_list() -> PublicSuffixList:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def organisational_domain(domain: str) -> str:
    """The registrable domain of `domain` by the Public Suffix List; the domain itself when the list has no
    answer (a bare public suffix, or a name that is not a domain)."""
    cleaned = clean_domain(domain)
    if not cleaned:
        return ""
    found = _suffix_list().privatesuffix(cleaned)
    return str(found) if found else cleaned


def aligned_domains(first: str, second: str) -> bool:
    """True when the two domains are aligned in DMARC's relaxed mode (same organisational domain)."""
    a, b = clean_domain(first), clean_domain(second)
    if not a or not b:
        return False
    if a == b:
        return True
    # An organisational domain has at least two labels, so domains whose last two labels differ cannot
    # share one: the list need not be loaded for them.
    if a.split(".")[-2:] != b.split(".")[-2:]:
        return False
    return organisational_domain(a) == organisational_domain(b)

"""The trust gate: only mail the owner forwarded (by hand or by a forwarding rule) may touch applications.

Anyone who learns an inbox address can write to it, so a stranger's "offer signed" must never end the search.
Everything refused here is quarantined with a reason the digest shows; nothing is dropped silently.

SES verdicts (`AuthResults`), as SES reports them:
- spam / virus: PASS, FAIL, GRAY (SES could not decide), PROCESSING_FAILED (the scan broke), DISABLED
  (scanning is off in the receipt rule). Only FAIL refuses the mail: the other three are no evidence against
  it, and the sender checks below still apply.
- SPF / DKIM / DMARC: only PASS counts as authenticated. For forwarded mail SPF judges the forwarding host,
  which is what we want to know: did the owner's mail provider send this?
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from untilsigned.domain.ats import FREE_MAIL_DOMAINS
from untilsigned.domain.commands import Command, parse_command
from untilsigned.domain.model import AuthResults, Envelope, ReadMail, User

Route = Literal["forward", "auto_forward", "quarantine"]

_GMAIL_DOMAINS = frozenset({"gmail.com", "googlemail.com"})
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_SRS = re.compile(r"^srs([01])[=+-](?P<rest>.+)@(?P<forwarder>[^@]+)$")


@dataclass(frozen=True)
class TrustDecision:
    accepted: bool
    reason: str
    route: Route


def normalise_address(address: str) -> str:
    """A mailbox as a comparable key: lower-case, "+tag" dropped; Gmail dots dropped, googlemail folded."""
    address = address.strip().strip("<>").lower()
    if "@" not in address:
        return address
    local, domain = address.rsplit("@", 1)
    local = local.split("+", 1)[0]
    if domain in _GMAIL_DOMAINS:
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


def _passed(verdict: str) -> bool:
    return verdict.strip().upper() == "PASS"


def _auth_summary(verdicts: AuthResults) -> str:
    return f"SPF {verdicts.spf.upper()}, DKIM {verdicts.dkim.upper()}, DMARC {verdicts.dmarc.upper()}"


def _srs_forwarders(return_path: str) -> tuple[str, ...]:
    """The forwarding domains named by an SRS return path; () when it is not one.

    SRS0=HASH=TT=orig-domain=orig-local@forwarder; SRS1=HASH=first-forwarder==HASH=TT=...@last-forwarder.
    The encoded original sender is the employer, so it says nothing about the owner.
    """
    match = _SRS.match(return_path)
    if match is None:
        return ()
    forwarders = [match.group("forwarder")]
    if match.group(1) == "1":
        first_hop = match.group("rest").split("==", 1)[0].split("=")
        if len(first_hop) >= 2 and first_hop[1]:
            forwarders.append(first_hop[1])
    return tuple(forwarders)


def _caf_owner(return_path: str) -> str | None:
    """The account a Gmail (or Workspace) forwarding rule belongs to: local+caf_=inbox=domain@gmail.com."""
    if "@" not in return_path:
        return None
    local, domain = return_path.rsplit("@", 1)
    if "+caf_=" not in local:
        return None
    return f"{local.split('+caf_=', 1)[0]}@{domain}"


def _auto_forward_mark(envelope: Envelope, registered: frozenset[str]) -> str | None:
    """The owner's address named by this mail's forwarding marks, or None when it carries none of theirs."""
    for address in _ADDRESS.findall(envelope.forwarded_for):
        if normalise_address(str(address)) in registered:
            return str(address).lower()
    caf_owner = _caf_owner(envelope.return_path)
    if caf_owner is not None and normalise_address(caf_owner) in registered:
        return caf_owner
    # A forwarding rule on the owner's own domain rewrites the envelope sender with SRS. On a shared
    # provider's domain (gmail.com, outlook.com) that would prove nothing about who set the rule up.
    for forwarder in _srs_forwarders(envelope.return_path):
        if forwarder in FREE_MAIL_DOMAINS:
            continue
        for address in sorted(registered):
            if address.rsplit("@", 1)[-1] == forwarder:
                return address
    return None


def _quarantine(reason: str) -> TrustDecision:
    return TrustDecision(accepted=False, reason=reason, route="quarantine")


def check_trust(mail: ReadMail, user: User, verdicts: AuthResults) -> TrustDecision:
    """Accept mail the owner forwarded, by hand ("forward") or by a forwarding rule ("auto_forward");
    quarantine everything else with a reason.

    In order: SES virus / spam FAIL; mail claiming to come from a registered address (DMARC FAIL refuses it,
    else SPF or DKIM must pass); mail carrying the owner's forwarding marks (X-Forwarded-For, a Gmail +caf_ or
    an SRS return path naming them) with SPF or DKIM passing; anything else is a stranger writing in directly.
    """
    if verdicts.virus.upper() == "FAIL":
        return _quarantine("SES flagged this message as carrying a virus")
    if verdicts.spam.upper() == "FAIL":
        return _quarantine("SES flagged this message as spam")

    registered = frozenset(normalise_address(address) for address in user.trusted_senders if address)
    sender = mail.envelope.sender.email.strip().lower()
    authenticated = _passed(verdicts.spf) or _passed(verdicts.dkim)

    if sender and normalise_address(sender) in registered:
        # Aligned authentication is what proves the From address; SPF or DKIM passing for some other domain
        # while DMARC fails is the shape of a spoof, whatever the domain's published policy.
        if verdicts.dmarc.upper() == "FAIL":
            return _quarantine(
                f"authentication failed: DMARC FAIL for mail claiming to come from you ({sender}); "
                f"{_auth_summary(verdicts)}"
            )
        if authenticated:
            return TrustDecision(accepted=True, reason=f"forwarded by you ({sender})", route="forward")
        return _quarantine(
            "authentication failed: neither SPF nor DKIM passed for mail claiming to come from you "
            f"({sender}); {_auth_summary(verdicts)}"
        )

    mark = _auto_forward_mark(mail.envelope, registered)
    if mark is not None:
        if authenticated:
            return TrustDecision(
                accepted=True, reason=f"auto-forwarded by your rule ({mark})", route="auto_forward"
            )
        return _quarantine(
            f"authentication failed: neither SPF nor DKIM passed for mail auto-forwarded for you ({mark}); "
            f"{_auth_summary(verdicts)}"
        )

    if not sender:
        return _quarantine("sent directly by a stranger (no From address), not forwarded by you")
    return _quarantine(f"sent directly by a stranger ({sender}), not forwarded by you")


def owner_command(mail: ReadMail, decision: TrustDecision) -> Command | None:
    """The command in mail the owner wrote themselves: accepted on the "forward" route and not a forward."""
    if not decision.accepted or decision.route != "forward" or mail.forwarded:
        return None
    return parse_command(mail.envelope.subject, mail.text)


def is_owner_command(mail: ReadMail, user: User, decision: TrustDecision) -> bool:
    """True when this is the owner's own (non-forwarded) mail whose subject or first line is a command."""
    sender = normalise_address(mail.envelope.sender.email)
    owner_addresses = {normalise_address(address) for address in user.trusted_senders}
    return sender in owner_addresses and owner_command(mail, decision) is not None

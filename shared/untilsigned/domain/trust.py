"""The trust gate: only mail the owner forwarded (by hand or by a forwarding rule) may touch applications.

Anyone who learns an inbox address can write to it, so a stranger's "offer signed" must never end the search.
Everything refused here is quarantined with a reason the digest shows; nothing is dropped silently.

SES verdicts (`AuthResults`), as SES reports them:
- spam / virus: PASS, FAIL, GRAY (SES could not decide), PROCESSING_FAILED (the scan broke), DISABLED
  (scanning is off in the receipt rule). Only FAIL refuses the mail: the other three are no evidence against
  it, and the sender checks below still apply.
- SPF / DKIM / DMARC: only PASS counts as authenticated. For forwarded mail SPF judges the forwarding host,
  which is what we want to know: did the owner's mail provider send this?

An automatic forward carries the owner's marks: an envelope sender that is their forwarding rule (a Gmail
"+caf_" address of their account, or SRS on their own domain), with SPF passing for it; or the
X-Forwarded-For / X-Forwarded-To headers that forwarding rules add, naming a registered address. Those
headers are text any sender could write, so they count only on mail that authenticates (SPF or DKIM
passing, DMARC not failing): a forger must then sign as themselves, and the inbox address is an
unguessable token to begin with. The first hop encoded inside an SRS1 address proves nothing.
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
# Starts only where a run of address characters starts, so a long run without "@" is scanned once.
_ADDRESS = re.compile(r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
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


def _srs_forwarder(return_path: str) -> str | None:
    """The domain that rewrote an SRS return path (SRS0=HASH=TT=orig-domain=orig-local@forwarder, or
    SRS1=...@forwarder); None when it is not one. Only this last hop is authenticated, by SPF: the original
    sender and any earlier hop encoded in the local part are whatever the last forwarder wrote."""
    match = _SRS.match(return_path)
    return match.group("forwarder") if match is not None else None


def _caf_owner(return_path: str) -> str | None:
    """The account a Gmail (or Workspace) forwarding rule belongs to: local+caf_=inbox=domain@gmail.com."""
    if "@" not in return_path:
        return None
    local, domain = return_path.rsplit("@", 1)
    if "+caf_=" not in local:
        return None
    return f"{local.split('+caf_=', 1)[0]}@{domain}"


def _auto_forward_mark(envelope: Envelope, registered: frozenset[str]) -> str | None:
    """The owner's address named by this mail's envelope sender as its forwarder, or None.

    A Gmail forwarding rule sends as the owner's own account ("+caf_"); a rule on the owner's own domain
    rewrites the envelope sender with SRS on that domain. On a shared provider's domain (gmail.com,
    outlook.com) an SRS address would prove nothing about who set the rule up.
    """
    caf_owner = _caf_owner(envelope.return_path)
    if caf_owner is not None and normalise_address(caf_owner) in registered:
        return caf_owner
    forwarder = _srs_forwarder(envelope.return_path)
    if forwarder is None or forwarder in FREE_MAIL_DOMAINS:
        return None
    for address in sorted(registered):
        if address.rsplit("@", 1)[-1] == forwarder:
            return address
    return None


def _forwarded_for_header_mark(envelope: Envelope, registered: frozenset[str]) -> str | None:
    """The owner's address named in X-Forwarded-For / -To, if any (counts only when authenticated)."""
    for address in _ADDRESS.findall(envelope.forwarded_for):
        if normalise_address(str(address)) in registered:
            return str(address).lower()
    return None


def _quarantine(reason: str) -> TrustDecision:
    return TrustDecision(accepted=False, reason=reason, route="quarantine")


def check_trust(mail: ReadMail, user: User, verdicts: AuthResults) -> TrustDecision:
    """Accept mail the owner forwarded, by hand ("forward") or by a forwarding rule ("auto_forward");
    quarantine everything else with a reason.

    In order: SES virus / spam FAIL; mail claiming to come from a registered address (DMARC FAIL refuses it,
    else SPF or DKIM must pass); mail whose envelope sender is the owner's forwarding rule (a Gmail +caf_
    address of theirs, or SRS on their own domain) with SPF passing; mail whose X-Forwarded-For / -To names
    the owner, authenticated (SPF or DKIM passing, DMARC not failing); anything else is a stranger.
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
        # SPF is what authenticates the envelope sender; the employer's own DKIM says nothing about the rule.
        if _passed(verdicts.spf):
            return TrustDecision(
                accepted=True, reason=f"auto-forwarded by your rule ({mark})", route="auto_forward"
            )
        return _quarantine(
            f"authentication failed: SPF did not pass for mail auto-forwarded for you ({mark}); "
            f"{_auth_summary(verdicts)}"
        )

    header_mark = _forwarded_for_header_mark(mail.envelope, registered)
    if header_mark is not None:
        if authenticated and verdicts.dmarc.upper() != "FAIL":
            return TrustDecision(
                accepted=True,
                reason=f"auto-forwarded for you ({header_mark}, X-Forwarded-To header)",
                route="auto_forward",
            )
        return _quarantine(
            f"authentication failed: mail claiming to be forwarded for you ({header_mark}) "
            f"from {sender or 'no From address'}; {_auth_summary(verdicts)}"
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

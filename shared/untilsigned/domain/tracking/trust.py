"""The trust gate: only mail the owner forwarded (by hand or by a forwarding rule) may touch applications.

Anyone who learns an inbox address can write to it, so a stranger's "offer signed" must never end the search.
Everything refused here is quarantined with a reason the digest shows; nothing is dropped silently. The gate
reads headers only, so refused mail is never parsed further.

What counts as evidence, and where it comes from:
- SES's verdicts from the receipt event (`AuthResults`). Spam / virus: only FAIL refuses the mail (GRAY,
  PROCESSING_FAILED and DISABLED are no evidence against it). SPF / DKIM / DMARC: only PASS authenticates.
- The envelope sender (MAIL FROM) from the receipt event, never the Return-Path written in the mail.
- The domains that passed, from SES's own Authentication-Results header on top of the mail (`ses_stamp`),
  never from a lower copy the sender could have written.

Mail from a registered address (the owner's own mail, their manual forwards and their commands) counts only
when it is authenticated as DMARC defines it: DMARC passes; or, where the From domain publishes no DMARC
policy (SES says GRAY), SPF passes for an envelope domain aligned with the From domain, or DKIM passes for a
signing domain aligned with it (`alignment`).

Automatic forwards keep the employer's From, so they count only when the forwarding hop itself is
authenticated as the owner's own mail provider:
- a Gmail / Google Workspace filter: envelope sender `<registered address>+caf_=...@<its domain>`, with SPF
  passing for that domain (only the account's own filter sends as it);
- a forwarding rule on the owner's own domain: SRS envelope sender on a domain aligned with a registered
  address's domain that is not a shared mail provider, with SPF passing for it;
- Outlook.com / Hotmail forwarding: SRS envelope sender on Microsoft's consumer domain with SPF (or DKIM)
  passing for it, and the one X-MS-Exchange-Inbox-Rules-Loop header Exchange Online writes when a mailbox
  rule forwards, naming a registered address (Exchange Online forwards a message once only, so a second,
  forged one stops the forward).
X-Forwarded-For / X-Forwarded-To headers are text anyone can write: they count for nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from untilsigned.domain.mail.alignment import aligned_domains, domain_of
from untilsigned.domain.mail.mime import MailHead
from untilsigned.domain.mail.ses_stamp import SesStamp, find_ses_stamp
from untilsigned.domain.model import AuthResults, ReadMail, User
from untilsigned.domain.tracking.commands import Command, parse_command
from untilsigned.domain.understanding.relays import FREE_MAIL_DOMAINS

Route = Literal["forward", "auto_forward", "quarantine"]

_GMAIL_DOMAINS = frozenset({"gmail.com", "googlemail.com"})
# Microsoft's consumer mail (Outlook.com): mailbox rules forward from these domains, rewritten with SRS.
MICROSOFT_CONSUMER_DOMAINS = frozenset(
    {"outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "hotmail.de", "live.com", "msn.com"}
)
_SRS_LOCAL = re.compile(r"^srs[01][=+-]|\+srs=", re.IGNORECASE)
_MAX_CLAIM_CHARS = 4_000
_CLAIM_SEPARATORS = re.compile(r"[\s,;<>]+")


@dataclass(frozen=True)
class TrustDecision:
    accepted: bool
    reason: str
    route: Route


@dataclass(frozen=True)
class TrustEvidence:
    """What SES vouches for about one received mail, and the header claims it is weighed against."""

    sender: str  # the From address, lower-case, "" when there is none
    envelope_sender: str  # MAIL FROM as SES reports it in the receipt event, lower-case
    verdicts: AuthResults  # SES's verdicts from the receipt event
    stamp: SesStamp | None  # SES's topmost Authentication-Results; None when SES's is not there
    rules_loop: tuple[str, ...] = ()  # X-MS-Exchange-Inbox-Rules-Loop values, lower-case
    forwarding_claims: str = ""  # X-Forwarded-For / -To: never evidence, only named in reasons


def trust_evidence(head: MailHead, verdicts: AuthResults, envelope_sender: str) -> TrustEvidence:
    """The evidence for the gate from the header block and the receipt event."""
    return TrustEvidence(
        sender=head.envelope.sender.email.strip().lower(),
        envelope_sender=envelope_sender.strip().strip("<>").lower(),
        verdicts=verdicts,
        stamp=find_ses_stamp(head.headers),
        rules_loop=tuple(
            value.strip().strip("<>").lower()
            for name, value in head.headers
            if name.strip().lower() == "x-ms-exchange-inbox-rules-loop"
        ),
        forwarding_claims=head.envelope.forwarded_for,
    )


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


def _quarantine(reason: str) -> TrustDecision:
    return TrustDecision(accepted=False, reason=reason, route="quarantine")


def _spf_domain(evidence: TrustEvidence) -> str:
    """The envelope domain SPF passed for, by both the event and SES's stamp; "" when SPF did not pass.

    The stamp's envelope-from must be the event's envelope sender: the two are SES's record of one session.
    """
    stamp = evidence.stamp
    if stamp is None or not _passed(evidence.verdicts.spf) or stamp.spf != "pass":
        return ""
    envelope_domain = domain_of(evidence.envelope_sender)
    return stamp.spf_domain if stamp.spf_domain and stamp.spf_domain == envelope_domain else ""


def _dkim_domains(evidence: TrustEvidence) -> tuple[str, ...]:
    """The signing domains DKIM passed for, by both the event and SES's stamp."""
    if evidence.stamp is None or not _passed(evidence.verdicts.dkim):
        return ()
    return evidence.stamp.dkim_passing_domains()


def _owner_mail(evidence: TrustEvidence, sender: str) -> TrustDecision:
    """Mail whose From is a registered address: accepted only with DMARC-style alignment."""
    verdicts, stamp = evidence.verdicts, evidence.stamp
    from_domain = domain_of(sender)
    dmarc = verdicts.dmarc.strip().upper()
    claim = f"mail claiming to come from you ({sender})"
    if stamp is not None and stamp.dmarc_from and stamp.dmarc_from != from_domain:
        return _quarantine(
            f"authentication failed: SES judged DMARC for {stamp.dmarc_from}, not for the From domain of "
            f"{claim}; {_auth_summary(verdicts)}"
        )
    if dmarc == "PASS":
        return TrustDecision(
            accepted=True, reason=f"forwarded by you ({sender}, DMARC PASS)", route="forward"
        )
    if dmarc == "FAIL":
        return _quarantine(f"authentication failed: DMARC FAIL for {claim}; {_auth_summary(verdicts)}")
    if dmarc not in ("GRAY", "NONE"):
        return _quarantine(
            f"authentication failed: SES could not evaluate DMARC ({dmarc}) for {claim}; "
            f"{_auth_summary(verdicts)}"
        )
    # The From domain publishes no DMARC policy: apply DMARC's own test, alignment, ourselves.
    if stamp is None:
        return _quarantine(
            f"authentication failed: {from_domain} publishes no DMARC policy and SES's "
            f"Authentication-Results header is missing, so nothing shows which domain passed SPF or DKIM "
            f"for {claim}; {_auth_summary(verdicts)}"
        )
    spf_domain = _spf_domain(evidence)
    if spf_domain and aligned_domains(spf_domain, from_domain):
        return TrustDecision(
            accepted=True,
            reason=f"forwarded by you ({sender}, SPF PASS for {spf_domain}, no DMARC policy)",
            route="forward",
        )
    dkim_domains = _dkim_domains(evidence)
    for domain in dkim_domains:
        if aligned_domains(domain, from_domain):
            return TrustDecision(
                accepted=True,
                reason=f"forwarded by you ({sender}, DKIM PASS for {domain}, no DMARC policy)",
                route="forward",
            )
    spf_said = f"SPF passed for {spf_domain}" if spf_domain else "SPF did not pass"
    dkim_said = f"DKIM passed for {', '.join(dkim_domains)}" if dkim_domains else "DKIM did not pass"
    return _quarantine(
        f"authentication failed: not aligned: {claim}, whose domain {from_domain} publishes no DMARC "
        f"policy; {spf_said} and {dkim_said}, neither aligned with {from_domain}; {_auth_summary(verdicts)}"
    )


def caf_account(envelope_sender: str) -> str | None:
    """The account a Gmail (or Workspace) forwarding filter belongs to: local+caf_=inbox=domain@domain."""
    local, at, domain = envelope_sender.rpartition("@")
    if not at or "+caf_=" not in local:
        return None
    return f"{local.split('+caf_=', 1)[0]}@{domain}"


def is_srs(envelope_sender: str) -> bool:
    """True for an SRS-rewritten envelope sender (SRS0=/SRS1=, or Microsoft's local+SRS=...)."""
    local, at, _ = envelope_sender.rpartition("@")
    return bool(at) and _SRS_LOCAL.search(local) is not None


def _shared_provider(domain: str) -> bool:
    """A mail provider's domain (or a subdomain of one) that many unrelated people have addresses on."""
    return any(domain == shared or domain.endswith(f".{shared}") for shared in FREE_MAIL_DOMAINS)


def _registered_on(registered: frozenset[str], domain: str) -> list[str]:
    return sorted(address for address in registered if aligned_domains(domain_of(address), domain))


def _forwarding_hop(evidence: TrustEvidence, registered: frozenset[str]) -> TrustDecision | None:
    """Accept or refuse mail relayed by a forwarding hop of the owner's; None when it carries no such hop."""
    envelope = evidence.envelope_sender
    envelope_domain = domain_of(envelope)
    spf_domain = _spf_domain(evidence)
    spf_ok = bool(spf_domain) and spf_domain == envelope_domain
    summary = _auth_summary(evidence.verdicts)

    account = caf_account(envelope)
    if account is not None and normalise_address(account) in registered:
        if spf_ok:
            return TrustDecision(True, f"auto-forwarded by your Gmail filter ({account})", "auto_forward")
        return _quarantine(
            f"authentication failed: SPF did not pass for {envelope_domain}, the domain of your Gmail "
            f"forwarding address ({account}); {summary}"
        )
    if not is_srs(envelope):
        return None

    if envelope_domain in MICROSOFT_CONSUMER_DOMAINS:
        named = [normalise_address(a) for a in evidence.rules_loop]
        owners = [a for a in named if a in registered]
        if not owners:
            return None  # some Outlook.com mailbox forwarded this; nothing says it was the owner's
        signed = any(d in MICROSOFT_CONSUMER_DOMAINS for d in _dkim_domains(evidence))
        if len(named) != 1:
            return _quarantine(
                f"forwarded by an Outlook.com rule that names {len(named)} mailboxes, not yours alone; "
                f"{summary}"
            )
        if spf_ok or signed:
            return TrustDecision(
                True, f"auto-forwarded by your Outlook.com rule ({owners[0]})", "auto_forward"
            )
        return _quarantine(
            f"authentication failed: neither SPF nor DKIM passed for {envelope_domain} on mail "
            f"auto-forwarded for you ({owners[0]}); {summary}"
        )

    if _shared_provider(envelope_domain):
        return None  # SRS on a shared provider's domain says nothing about whose rule it was
    owners = _registered_on(registered, envelope_domain)
    if not owners:
        return None
    if spf_ok:
        return TrustDecision(
            True,
            f"auto-forwarded by your domain's forwarding ({envelope_domain}, {owners[0]})",
            "auto_forward",
        )
    return _quarantine(
        f"authentication failed: SPF did not pass for {envelope_domain}, your domain's forwarding address; "
        f"{summary}"
    )


def _claims_the_owner(claims: str, registered: frozenset[str]) -> bool:
    tokens = _CLAIM_SEPARATORS.split(claims[:_MAX_CLAIM_CHARS])
    return any("@" in token and normalise_address(token) in registered for token in tokens)


def check_trust(evidence: TrustEvidence, user: User) -> TrustDecision:
    """Accept mail the owner forwarded, by hand or as their own mail ("forward") or by a forwarding rule of
    theirs ("auto_forward"); quarantine everything else with a reason that says why."""
    verdicts = evidence.verdicts
    if verdicts.virus.upper() == "FAIL":
        return _quarantine("SES flagged this message as carrying a virus")
    if verdicts.spam.upper() == "FAIL":
        return _quarantine("SES flagged this message as spam")

    registered = frozenset(normalise_address(address) for address in user.trusted_senders if address)
    sender = evidence.sender
    if sender and normalise_address(sender) in registered:
        return _owner_mail(evidence, sender)

    relayed = _forwarding_hop(evidence, registered)
    if relayed is not None:
        return relayed

    who = f"a stranger ({sender})" if sender else "a stranger (no From address)"
    if _claims_the_owner(evidence.forwarding_claims, registered):
        return _quarantine(
            f"sent by {who}: its X-Forwarded-For header names you, but no forwarding of yours is "
            f"authenticated (envelope sender {evidence.envelope_sender or 'none'}; {_auth_summary(verdicts)})"
        )
    return _quarantine(f"sent directly by {who}, not forwarded by you")


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

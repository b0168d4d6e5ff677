"""Recognise the mail a provider sends to confirm a new forwarding address, so it can be relayed at once.

Setting up automatic forwarding in Gmail (and Google Workspace), Zoho, Proton and others first sends a code
and a link to the new forwarding address: here, the user's untilsigned inbox. Nobody reads that inbox, so
untilsigned relays the mail to the owner's registered address, and the forward can be confirmed.

A confirmation is accepted only when all of these hold:
- SES found no spam or virus, and DMARC did not fail;
- the From address is on the provider's own domain, and the message authenticates for that provider: DKIM
  passing with a signing domain of the provider, or SPF passing for an envelope sender of the provider, as
  SES's own Authentication-Results (the topmost one, stamped by amazonses.com) records them;
- it reads as a forwarding confirmation (forwarding words, and confirm / verify words);
- it names one of the owner's registered addresses (the account asking to forward).

Anything that looks like a confirmation but fails these is reported as suspicious: quarantined, never
relayed, with advice not to use its code or link. The relay always goes to the owner's registered address,
never to an address written in the mail. Pure: no AWS, no clock.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage

from untilsigned.domain.mail.alignment import domain_of
from untilsigned.domain.mail.mime import MailHead, read_mail
from untilsigned.domain.mail.ses_stamp import find_ses_stamp
from untilsigned.domain.model import AuthResults
from untilsigned.domain.tracking.trust import normalise_address


@dataclass(frozen=True)
class Provider:
    name: str
    domains: frozenset[str]  # the provider's own domains: From, DKIM signing and envelope domains


PROVIDERS: tuple[Provider, ...] = (
    Provider("Gmail / Google Workspace", frozenset({"google.com", "gmail.com", "googlemail.com"})),
    Provider(
        "Outlook.com / Microsoft 365",
        frozenset({"microsoft.com", "outlook.com", "hotmail.com", "live.com", "office365.com", "office.com"}),
    ),
    Provider("Yahoo", frozenset({"yahoo.com", "yahoo.co.uk", "yahoo-inc.com", "yahoomail.com", "aol.com"})),
    Provider("iCloud", frozenset({"icloud.com", "apple.com", "me.com", "mac.com"})),
    Provider("Zoho", frozenset({"zoho.com", "zoho.eu", "zoho.in", "zoho.com.au", "zohomail.com"})),
    Provider("Fastmail", frozenset({"fastmail.com", "fastmail.fm", "messagingengine.com"})),
    Provider("Proton", frozenset({"proton.me", "protonmail.com", "protonmail.ch", "pm.me"})),
)

SUSPICIOUS_ADVICE = (
    "It looked like a forwarding confirmation but did not prove it came from your mail provider: do not use "
    "its code or link. If you are setting up forwarding, start again in your mail settings for a fresh one."
)

_FORWARDING_WORDS = re.compile(
    r"\bforward(?:ing|ed|s)?\b|\bweiterleit|\btransfer(?:t|encia)\b|\bredirect", re.I
)
_CONFIRM_WORDS = re.compile(
    r"\b(?:confirm|verif|approv|authori[sz]|allow|bestätig|confirme|verifica)\w*", re.I
)
# "Confirmation code: 123456789", "your code is 4821-XZ": a token with at least one digit after "code".
_CODE = re.compile(
    r"\bcode\s*+(?:is|:|：)?\s*+(?P<code>(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{2,14}[A-Z0-9])\b", re.I
)
_URL = re.compile(r"https://[^\s<>\"'()\[\]]+", re.I)
_HREF = re.compile(r"""href\s*=\s*["'](https://[^"']+)["']""", re.I)
# Starts only where a run of address characters starts, so a long run without "@" is scanned once.
_ADDRESS = re.compile(r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_MAX_RELAY_CHARS = 20_000
_MAX_LINKS = 10


@dataclass(frozen=True)
class ForwardingConfirmation:
    provider: str
    owner_address: str  # the registered address the confirmation names
    authenticated_by: str  # "DKIM for google.com", "SPF for zoho.com"
    codes: tuple[str, ...]
    links: tuple[str, ...]
    subject: str
    sender: str
    text: str  # the provider's own text, as sent (plain text part when there is one)


@dataclass(frozen=True)
class SuspiciousConfirmation:
    provider: str
    reason: str
    advice: str = SUSPICIOUS_ADVICE


def _provider_of(domain: str) -> Provider | None:
    domain = domain.lower().strip(".")
    if not domain:
        return None
    for provider in PROVIDERS:
        if any(domain == own or domain.endswith("." + own) for own in provider.domains):
            return provider
    return None


def _belongs(domain: str, provider: Provider) -> bool:
    return _provider_of(domain) is provider


def _message_text_and_links(raw: bytes, fallback: str) -> tuple[str, tuple[str, ...]]:
    """The provider's text as sent (its text/plain part, else the reader's clean text) and its https links."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    plain = ""
    html = ""
    if isinstance(message, EmailMessage):
        for part in message.walk():
            if part.is_multipart() or part.get_content_disposition() == "attachment":
                continue
            try:
                content = part.get_content()
            except (LookupError, ValueError, AssertionError):
                continue
            if not isinstance(content, str):
                continue
            if part.get_content_type() == "text/plain" and not plain:
                plain = content
            elif part.get_content_type() == "text/html" and not html:
                html = content
    text = (plain or fallback)[:_MAX_RELAY_CHARS]
    links: list[str] = []
    for url in [*_URL.findall(plain), *_HREF.findall(html), *_URL.findall(fallback)]:
        url = url.rstrip(".,;:!?")
        if url not in links:
            links.append(url)
    return text, tuple(links[:_MAX_LINKS])


def _named_owner(texts: Iterable[str], registered: Iterable[str]) -> str | None:
    wanted = {normalise_address(address): address for address in registered if address}
    for text in texts:
        for found in _ADDRESS.findall(text):
            owner = wanted.get(normalise_address(str(found)))
            if owner is not None:
                return owner
    return None


def _looks_like_confirmation(subject: str, text: str) -> bool:
    both = f"{subject}\n{text[:5000]}"
    return bool(_FORWARDING_WORDS.search(both) and _CONFIRM_WORDS.search(both))


def recognise_forwarding_confirmation(
    head: MailHead, raw: bytes, registered: Iterable[str], verdicts: AuthResults
) -> ForwardingConfirmation | SuspiciousConfirmation | None:
    """A provider's forwarding confirmation for one of `registered`; a suspicious look-alike; or None.

    None means the mail does not come from a known provider or does not read as a confirmation: the trust
    gate's own reason stands. Only mail From a provider's domain has its body read here.
    """
    sender = head.envelope.sender.email.lower()
    provider = _provider_of(domain_of(sender))
    if provider is None:
        return None
    mail = read_mail(raw)
    subject = head.envelope.subject
    text, links = _message_text_and_links(raw, mail.text)
    if not _looks_like_confirmation(subject, f"{text}\n{mail.text}"):
        return None

    def suspicious(why: str) -> SuspiciousConfirmation:
        reason = f"looks like a forwarding confirmation from {provider.name}, but {why}: not relayed"
        return SuspiciousConfirmation(provider.name, reason)

    if verdicts.virus.upper() == "FAIL" or verdicts.spam.upper() == "FAIL":
        return suspicious("SES flagged it as spam or carrying a virus")
    if verdicts.dmarc.upper() == "FAIL":
        return suspicious("DMARC failed for its From address")
    stamp = find_ses_stamp(head.headers)
    if stamp is None:
        return suspicious("it carries no authentication results from SES")
    if stamp.dmarc == "fail":
        return suspicious("DMARC failed for its From address")
    authenticated_by = ""
    own_dkim = [domain for domain in stamp.dkim_passing_domains() if _belongs(domain, provider)]
    if own_dkim and verdicts.dkim.upper() == "PASS":
        authenticated_by = f"DKIM for {own_dkim[0]}"
    elif stamp.spf == "pass" and _belongs(stamp.spf_domain, provider) and verdicts.spf.upper() == "PASS":
        authenticated_by = f"SPF for {stamp.spf_domain}"
    if not authenticated_by:
        return suspicious(f"neither DKIM nor SPF passed for {provider.name}'s own domain")
    owner = _named_owner((subject, text, mail.text), registered)
    if owner is None:
        return suspicious("it names none of your registered addresses")
    codes = tuple(dict.fromkeys(match.group("code") for match in _CODE.finditer(f"{subject}\n{text}")))
    return ForwardingConfirmation(
        provider=provider.name,
        owner_address=owner,
        authenticated_by=authenticated_by,
        codes=codes,
        links=links,
        subject=subject,
        sender=sender,
        text=text,
    )


def relay_text(confirmation: ForwardingConfirmation, inbox: str) -> tuple[str, str]:
    """(subject, plain text) of the relay to the owner: what it is, the code and links, then the original."""
    lines = [
        f"{confirmation.provider} asks you to confirm that mail from {confirmation.owner_address} may be "
        f"forwarded to your untilsigned inbox {inbox}.",
        "",
        f"It came from {confirmation.sender} and authenticated ({confirmation.authenticated_by}). "
        "untilsigned relays it to you as it arrived; it changed nothing in your applications.",
        "",
    ]
    if confirmation.codes:
        lines.append("Confirmation code: " + ", ".join(confirmation.codes))
    if confirmation.links:
        lines.append("Links in the message:")
        lines.extend(f"  {link}" for link in confirmation.links)
    lines += ["", "----- the message as sent -----", f"Subject: {confirmation.subject}", ""]
    lines.append(confirmation.text)
    subject = f"untilsigned: confirm forwarding ({confirmation.provider}): {confirmation.subject}"
    return subject[:200], "\n".join(lines).rstrip() + "\n"

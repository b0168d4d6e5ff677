"""SES's own Authentication-Results header ("the stamp"), the only place that says which domains passed.

SES prepends its headers above the sender's: Return-Path, Received, X-SES-Spam-Verdict, X-SES-Virus-Verdict,
Received-SPF, then `Authentication-Results: amazonses.com; ...`, then X-SES-RECEIPT and X-SES-DKIM-SIGNATURE,
and only after them the headers the sender wrote. A sender can write an `Authentication-Results:
amazonses.com` header of their own, lower in the message, so only the topmost one counts, and only when it
sits above X-SES-RECEIPT: if SES's own stamp were missing, the topmost would be the sender's.

Both spellings of the results parse: SES's (`spf=pass (...) client-ip=...; envelope-from=a@b; helo=...;
dkim=pass header.i=@b; dmarc=pass header.from=b;`) and RFC 8601's (`spf=pass smtp.mailfrom=a@b; dkim=pass
header.d=b; dmarc=none header.from=b`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from untilsigned.domain.mail.alignment import clean_domain, domain_of

SES_AUTHSERV_ID = "amazonses.com"
_MAX_STAMP_CHARS = 4_000
_MAX_RESULTS = 20
_METHODS = frozenset({"spf", "dkim", "dmarc"})
_SPF_DOMAIN_PROPERTIES = ("smtp.mailfrom", "envelope-from")
_DKIM_DOMAIN_PROPERTIES = ("header.d", "header.i")


@dataclass(frozen=True)
class DkimResult:
    result: str  # lower-case: pass, fail, none, neutral, temperror, permerror
    domain: str  # the signing domain (d=), "" when the stamp did not name it


@dataclass(frozen=True)
class SesStamp:
    """What SES's topmost Authentication-Results says, lower-case."""

    spf: str  # "" when absent
    spf_domain: str  # the envelope-from (MAIL FROM) domain SPF judged
    dkim: tuple[DkimResult, ...]
    dmarc: str
    dmarc_from: str  # header.from: the From domain DMARC judged

    def dkim_passing_domains(self) -> tuple[str, ...]:
        return tuple(r.domain for r in self.dkim if r.result == "pass" and r.domain)


def _without_comments(value: str) -> str:
    """Drop (comments), nested or not, in one pass; an unclosed one runs to the end."""
    out: list[str] = []
    depth = 0
    for char in value:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(char)
    return "".join(out)


def _property_domain(value: str) -> str:
    value = value.strip().strip('"')
    return domain_of(value) if "@" in value else clean_domain(value)


def _first_domain(properties: dict[str, str], names: Sequence[str]) -> str:
    for name in names:
        if properties.get(name):
            return _property_domain(properties[name])
    return ""


def parse_stamp(value: str, authserv_id: str | None = SES_AUTHSERV_ID) -> SesStamp | None:
    """The results of one Authentication-Results value written by SES; None when another server wrote it.
    With `authserv_id` None, any server's results are read (the local stack reads stored test mail so)."""
    text = _without_comments(value[:_MAX_STAMP_CHARS])
    authserv, _, rest = text.partition(";")
    if authserv_id is not None and authserv.lower().split()[:1] != [authserv_id]:
        return None
    results: list[tuple[str, str, dict[str, str]]] = []
    for segment in rest.split(";"):
        for token in segment.split():
            key, equals, token_value = token.partition("=")
            if not equals:
                continue
            key = key.lower()
            if key in _METHODS:
                if len(results) >= _MAX_RESULTS:
                    break
                results.append((key, token_value.lower(), {}))
            elif results:
                # SES writes the SPF properties as their own ";" segments after the result: they still
                # belong to the method before them.
                results[-1][2].setdefault(key, token_value)
    spf = next(((result, props) for method, result, props in results if method == "spf"), None)
    dmarc = next(((result, props) for method, result, props in results if method == "dmarc"), None)
    dkim = tuple(
        DkimResult(result, _first_domain(props, _DKIM_DOMAIN_PROPERTIES))
        for method, result, props in results
        if method == "dkim"
    )
    return SesStamp(
        spf=spf[0] if spf else "",
        spf_domain=_first_domain(spf[1], _SPF_DOMAIN_PROPERTIES) if spf else "",
        dkim=dkim,
        dmarc=dmarc[0] if dmarc else "",
        dmarc_from=_property_domain(dmarc[1].get("header.from", "")) if dmarc else "",
    )


def find_ses_stamp(headers: Sequence[tuple[str, str]]) -> SesStamp | None:
    """SES's stamp among the mail's headers, in their order top to bottom; None when SES's is not there.

    The topmost Authentication-Results is SES's only when SES wrote it: its authserv-id is amazonses.com and
    no X-SES-RECEIPT header (which SES writes just below its stamp) comes before it.
    """
    for name, value in headers:
        key = name.strip().lower()
        if key == "x-ses-receipt":
            return None
        if key == "authentication-results":
            return parse_stamp(value)
    return None

"""Classification and extraction quality on the recruiter dev set (corpus/recruiter/dev.jsonl).

Every row becomes a realistic email: the employer's message forwarded by the user in one of a few
mail-client styles (Gmail, Outlook, Apple Mail) or, sometimes, arriving directly. The original
sender is neutral on purpose (an ATS no-reply address, a "Hiring Team" relay, or a recruiter at the
employer's own domain), so the company has to be read from the subject, body, signature or domain,
never handed over in a display name. Each email goes through `understand(raw)`.

Figures: accuracy, macro-F1 over the kinds, per-kind precision/recall (reported only), company
accuracy (case-insensitive, accents, punctuation and legal suffixes ignored, rows with an employer
only), false offers (a non-offer called offer/offer_signed, or an offer called signed), and the
share of rows that state a date for which we resolved at least one date.

Run: .venv/bin/python scripts/eval_recruiter.py [--verbose] [corpus-dir]
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from collections import Counter
from datetime import datetime, timedelta
from email.utils import parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

from evalkit import Figure, print_figures
from untilsigned.domain.model import Address, Envelope, Kind, OriginalMessage, ReadMail, Understood
from untilsigned.domain.understanding.classify import classify
from untilsigned.domain.understanding.extract import extract
from untilsigned.local.mailkit import Client, direct, forwarded
from untilsigned.local.scoring import company_key, company_tokens

LABEL_MAP = {"other_positive": Kind.STATUS_UPDATE.value}
KINDS = [k.value for k in Kind if k is not Kind.UNREADABLE]
OFFER_KINDS = {Kind.OFFER.value, Kind.OFFER_SIGNED.value}
USER = "sam.taylor@gmail.com"
# The forwarding styles a row is built in, by a stable hash of its id; the fourth arrives directly.
CLIENTS: tuple[Client, Client, Client] = ("gmail", "outlook", "apple")
ZONES = ("America/New_York", "Europe/London", "Europe/Berlin", "Asia/Ho_Chi_Minh", "America/Los_Angeles")
BASE_DATE = datetime(2025, 1, 15, 9, 30)
# A date the employer states, found independently of the product's own date code.
DATE_STATEMENT = re.compile(
    r"\b(?:by|before|on|within|in|until|decide by|date:|time:)\s+(?:the\s+)?(?:end\s+of\s+)?(?:next\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}\s+(?:business\s+|working\s+)?"
    r"days|(?:one|two|three|four|five|a few|a couple of)\s+(?:business\s+)?(?:days|weeks)|month|week)\b",
    re.IGNORECASE,
)


def company_matches(predicted: str | None, gold: str) -> bool:
    """Light normalisation: case, accents, punctuation, spacing and legal suffixes do not count."""
    return bool(predicted) and company_key(predicted or "") == company_key(gold) != ""


def gold_company(row: dict[str, object]) -> str | None:
    """The employer without the corpus's explanatory parenthesis.

    e.g. "Acme (sender 'Acme Careers' via Greenhouse)" -> "Acme".
    """
    value = row.get("company")
    if not isinstance(value, str) or not value.strip():
        return None
    return re.sub(r"\s*\(.*\)\s*$", "", value).strip() or None


def _stable(text: str) -> int:
    return zlib.crc32(text.encode())


def _slug(company: str) -> str:
    return "".join(company_tokens(company)) or "employer"


def original_sender(row: dict[str, object]) -> str:
    """A neutral original sender: the employer's name is never handed over in the display name."""
    company = gold_company(row)
    note = str(row.get("company") or "")
    declared = re.search(r"sender '([^']+)' via (\w+)", note)
    if declared:  # the row itself says what the display name was
        return f'"{declared.group(1)}" <no-reply@{declared.group(2).lower()}.io>'
    style = _stable(str(row["id"])) % 4
    if style == 2 and company and row.get("label") != "not_job":
        return f'"Jordan Lee" <jordan.lee@{_slug(company)}.com>'
    if style == 1:
        return '"Hiring Team" <notifications@ashbyhq.com>'
    if style == 3:
        return '"Recruiting" <donotreply@myworkday.com>'
    return "<no-reply@us.greenhouse-mail.io>"


def build_email(row: dict[str, object], index: int) -> bytes:
    """The row as the user's inbox would receive it: usually forwarded, sometimes direct."""
    subject = str(row.get("subject") or "")
    body = str(row.get("body") or "")
    zone = ZoneInfo(ZONES[index % len(ZONES)])
    sent = (BASE_DATE + timedelta(hours=index * 7)).replace(tzinfo=zone)
    employer = original_sender(row)
    style = _stable(str(row["id"]) + "style") % 4
    message_id = f"<{row['id']}@eval.untilsigned.test>"
    if style == 3:  # arrived directly (e.g. a filter-based auto-forward that keeps the headers)
        return direct(sender=employer, subject=subject, body=body, sent=sent, message_id=message_id)
    client = CLIENTS[style]
    return forwarded(
        forwarder=f"Sam Taylor <{USER}>",
        employer=employer,
        subject=subject,
        body=body,
        sent=sent,
        forwarded_at=sent + timedelta(hours=2),
        client=client,
        note="FYI",
        shown_to=f"<{USER}>" if client == "gmail" else f"Sam Taylor <{USER}>",
        message_id=message_id,
    )


def _direct_mail(row: dict[str, object], index: int) -> ReadMail:
    """The same email as an already-read mail, for when the MIME reader cannot be imported."""
    sent = (BASE_DATE + timedelta(hours=index * 7)).replace(tzinfo=ZoneInfo(ZONES[index % len(ZONES)]))
    name, address = parseaddr(original_sender(row))
    sender = Address(name, address.lower())
    subject = str(row.get("subject") or "")
    user = Address("Sam Taylor", USER)
    return ReadMail(
        envelope=Envelope(f"<{row['id']}@eval>", user, (), USER, f"Fwd: {subject}", sent, ""),
        original=OriginalMessage(sender, subject, sent, "", "", ()),
        forwarded=True,
        forwarded_by=user,
        text=str(row.get("body") or ""),
        quoted="",
    )


def _understand(row: dict[str, object], index: int) -> Understood:
    """`understand(raw)` on the built email; classify+extract on a built mail if the reader is missing."""
    try:
        from untilsigned.domain.understanding.understand import understand
    except ImportError:  # the MIME reader is not there yet: skip parsing, keep everything else
        mail = _direct_mail(row, index)
        classification = classify(mail.original.subject, mail.text, mail.original.sender, mail.quoted)
        return Understood(mail, classification, extract(mail, classification.kind))
    return understand(build_email(row, index))


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def run(corpus: Path, verbose: bool = False) -> list[Figure]:
    dev = corpus / "recruiter" / "dev.jsonl"
    if not dev.is_file():
        print(f"eval_recruiter: {dev} not found, skipped")
        return []
    rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs: list[tuple[str, str]] = []
    false_offers: list[str] = []
    company_total = company_right = 0
    dated_total = dated_right = 0
    misses: list[str] = []
    for index, row in enumerate(rows):
        gold = LABEL_MAP.get(row["label"], row["label"])
        understood = _understand(row, index)
        predicted = understood.kind.value
        pairs.append((gold, predicted))
        if predicted != gold:
            evidence = understood.classification.evidence
            misses.append(f"  {row['id']}: gold={gold} predicted={predicted} evidence={evidence}")
        if (predicted in OFFER_KINDS and gold not in OFFER_KINDS) or (
            gold == Kind.OFFER.value and predicted == Kind.OFFER_SIGNED.value
        ):
            false_offers.append(f"  FALSE OFFER {row['id']}: gold={gold} predicted={predicted}")
        company = gold_company(row)
        extraction = understood.extraction
        if company and gold != Kind.NOT_JOB.value:
            company_total += 1
            if company_matches(extraction.company, company):
                company_right += 1
            elif verbose:
                misses.append(f"  {row['id']}: company gold={company!r} predicted={extraction.company!r}")
        if gold not in (
            Kind.NOT_JOB.value,
            Kind.REJECTED.value,
            Kind.OFFER_SIGNED.value,
        ) and DATE_STATEMENT.search(str(row.get("body") or "")):
            dated_total += 1
            found = (extraction.interview_at, extraction.expect_reply_by, extraction.respond_by)
            if any(found):
                dated_right += 1
            if verbose:
                shown = [moment.isoformat() if moment else None for moment in found]
                misses.append(f"  {row['id']}: dates interview/reply/respond = {shown}")

    counts = Counter(pairs)
    figures: list[Figure] = []
    f1s: list[float] = []
    print(f"  {'kind':22} {'prec':>6} {'recall':>6} {'f1':>6} {'n':>4}")
    for kind in KINDS:
        true_positive = counts[(kind, kind)]
        predicted_n = sum(n for (_, p), n in counts.items() if p == kind)
        gold_n = sum(n for (g, _), n in counts.items() if g == kind)
        if gold_n == 0 and predicted_n == 0:
            continue
        precision = true_positive / predicted_n if predicted_n else 0.0
        recall = true_positive / gold_n if gold_n else 0.0
        f1 = _f1(precision, recall)
        if gold_n:
            f1s.append(f1)
        print(f"  {kind:22} {precision:6.2f} {recall:6.2f} {f1:6.2f} {gold_n:4d}")
        figures.append(Figure(f"recruiter.precision.{kind}", precision, ratchet=False))
        figures.append(Figure(f"recruiter.recall.{kind}", recall, ratchet=False))
    if verbose:
        for line in misses:
            print(line)
    for line in false_offers:
        print(line)
    total = max(len(pairs), 1)
    accuracy = sum(1 for g, p in pairs if g == p) / total
    return [
        Figure("recruiter.accuracy", accuracy),
        Figure("recruiter.macro_f1", sum(f1s) / max(len(f1s), 1), target=0.95),
        Figure("recruiter.company_accuracy", company_right / max(company_total, 1), target=0.9),
        Figure("recruiter.false_offers", float(len(false_offers)), target=0.0, higher_is_better=False),
        Figure("recruiter.dates_resolved", dated_right / max(dated_total, 1), target=0.75),
        *figures,
    ]


if __name__ == "__main__":
    verbose = "--verbose" in sys.argv
    print_figures(lambda corpus_dir: [f for f in run(corpus_dir, verbose=verbose) if f.ratchet])

"""One raw email in, one understood email out: read it, classify it, extract what it says."""

from __future__ import annotations

from datetime import datetime

from untilsigned.domain.business_days import WEEKENDS_ONLY, BusinessCalendar
from untilsigned.domain.mail.mime import read_mail
from untilsigned.domain.model import Classification, Extraction, Kind, ReadMail, Understood
from untilsigned.domain.understanding.classify import classify
from untilsigned.domain.understanding.extract import extract
from untilsigned.domain.understanding.language import detect_language

_NOTHING = Extraction(None, None, None, None, None, None)


def understand_mail(mail: ReadMail, workdays: BusinessCalendar = WEEKENDS_ONLY) -> Understood:
    """Classify and extract an already-read mail; an unreadable one is `unreadable` with nothing extracted.

    `workdays` holds the reader's business days, for spans like "within 5 business days"."""
    if mail.error:
        return Understood(mail, Classification(Kind.UNREADABLE, 1.0, (mail.error,)), _NOTHING)
    language = detect_language(mail.text)
    classification = classify(mail.original.subject, mail.text, mail.original.sender, mail.quoted, language)
    return Understood(mail, classification, extract(mail, classification.kind, workdays, language), language)


def understand(raw: bytes, workdays: BusinessCalendar = WEEKENDS_ONLY) -> Understood:
    """Read the raw MIME (never raises), then classify and extract."""
    return understand_mail(read_mail(raw), workdays)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def understood_to_dict(u: Understood, file: str) -> dict[str, object]:
    """The JSON shape used by replays and the evaluation scripts."""
    original = u.mail.original
    extraction = u.extraction
    return {
        "file": file,
        "kind": u.kind.value,
        "language": u.language,
        "confidence": u.classification.confidence,
        "evidence": list(u.classification.evidence),
        "forwarded": u.mail.forwarded,
        "forwarded_by": u.mail.forwarded_by.email if u.mail.forwarded_by is not None else None,
        "original": {
            "from": original.sender.email,
            "from_name": original.sender.name,
            "subject": original.subject,
            "date": _iso(original.date),
        },
        "company": extraction.company,
        "role": extraction.role,
        "requisition_id": extraction.requisition_id,
        "interview_at": _iso(extraction.interview_at),
        "expect_reply_by": _iso(extraction.expect_reply_by),
        "respond_by": _iso(extraction.respond_by),
        "error": u.mail.error,
    }

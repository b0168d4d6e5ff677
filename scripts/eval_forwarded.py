"""Forward unwrapping accuracy on third-party fixtures, measured through read_mail.

crisp-oss/email-forward-parser: each fixture body (and subject, when the fixture has one) is
wrapped as a real forwarded e-mail (From the user, To the inbox) built with EmailMessage and
read back with read_mail. A case passes when the forwarded flag, the original sender (address,
and name when the case asserts one) and the original subject match expected.json. Cases
without a subject file get no Subject header, exactly like upstream's test (subject = null).

closeio/quotequail: the text forward cases (type "forward") are wrapped the same way with a
neutral "Fwd:" subject and must yield the expected sender and subject; its reply/quote cases
must come back as not forwarded, with the expected newest text.

Run: .venv/bin/python scripts/eval_forwarded.py [corpus-dir]
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from evalkit import Figure, print_figures
from untilsigned.domain.mail.headers import parse_address
from untilsigned.domain.mail.html_text import html_to_text
from untilsigned.domain.mail.mime import read_mail
from untilsigned.domain.model import ReadMail
from untilsigned.local.mailkit import envelope

USER = "Casey Candidate <casey@example.org>"
INBOX = "casey@in.untilsigned.example"
SENT_AT = datetime(2026, 6, 8, 9, 30, tzinfo=UTC)


def forwarded_mail(body: str, subject: str | None) -> bytes:
    """A forward as the user's mail client would send it to the inbox."""
    message = envelope(
        sender=USER, to=INBOX, subject=subject, sent=SENT_AT, message_id="<fwd-eval@example.org>"
    )
    message.set_content(body)
    return message.as_bytes()


def _read_text(path: Path) -> str:
    # Byte-exact: keep CRLF and the BOMs the fixtures carry (the MIME layer normalises them).
    return path.read_bytes().decode("utf-8")


def crisp_failures(root: Path) -> tuple[int, list[str]]:
    """(cases run, one line per failed case)."""
    expected = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    failures: list[str] = []
    cases = expected["cases"]
    for case in cases:
        body = _read_text(root / case["body_file"])
        subject = _read_text(root / case["subject_file"]).strip() if case["subject_file"] else None
        mail = read_mail(forwarded_mail(body, subject))
        problems = _crisp_problems(mail, case["expected"])
        if problems:
            failures.append(f"{case['body_file']}: {'; '.join(problems)}")
    return len(cases), failures


def _crisp_problems(mail: ReadMail, expected: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if mail.error:
        problems.append(f"error {mail.error}")
    if mail.forwarded != expected["forwarded"]:
        problems.append(f"forwarded={mail.forwarded}")
    if not expected["forwarded"]:
        return problems
    sender = expected.get("email.from")
    if sender is not None:
        if (sender["address"] or "") != mail.original.sender.email:
            problems.append(f"sender email {mail.original.sender.email!r}")
        if sender["name"] is not None and sender["name"] != mail.original.sender.name:
            problems.append(f"sender name {mail.original.sender.name!r}")
    subject = expected.get("email.subject")
    if subject is not None and subject != mail.original.subject:
        problems.append(f"subject {mail.original.subject!r}")
    return problems


def quotequail_failures(root: Path) -> tuple[int, list[str]]:
    expected = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    failures: list[str] = []
    count = 0
    for case in expected["unwrap_text_cases"]:
        want = case["expected"]
        kind = want["type"] if want else None
        count += 1
        subject = "Fwd: have a look" if kind == "forward" else "Re: have a look"
        mail = read_mail(forwarded_mail(case["text"], subject))
        problems: list[str] = []
        if kind == "forward":
            if not mail.forwarded:
                problems.append("not forwarded")
            if "from" in want:
                sender = parse_address(want["from"])
                if sender.email != mail.original.sender.email:
                    problems.append(f"sender {mail.original.sender.email!r} != {sender.email!r}")
            if "subject" in want and want["subject"] != mail.original.subject:
                problems.append(f"subject {mail.original.subject!r}")
            if "text" in want and want["text"].strip() != mail.text.strip():
                problems.append(f"text {mail.text[:60]!r}")
        else:
            if mail.forwarded:
                problems.append("forwarded")
            # Our text is every unquoted line: the top and, below an inline quote, the bottom.
            if want:
                newest = "\n\n".join(want[key].strip() for key in ("text_top", "text_bottom") if key in want)
            else:
                newest = case["text"].strip()
            if newest != mail.text.strip():
                problems.append(f"text {mail.text[:60]!r} != {newest[:60]!r}")
        if problems:
            failures.append(f"{case['text'][:50]!r}: {'; '.join(problems)}")
    for case in expected["unwrap_html_file_cases"]:
        want = case.get("expected_whole_result") or case.get("expected") or {}
        kind = want.get("type")
        count += 1
        html = (root / case["input_file"]).read_bytes().decode("utf-8", errors="replace")
        subject = "Fwd: have a look" if kind == "forward" else "Re: have a look"
        mail = read_mail(forwarded_mail_html(html, subject))
        problems = []
        if kind == "forward":
            if not mail.forwarded:
                problems.append("not forwarded")
            sender = parse_address(want.get("from", ""))
            if sender.email != mail.original.sender.email or sender.name != mail.original.sender.name:
                problems.append(f"sender {mail.original.sender!r} != {sender!r}")
            if "subject" in want and want["subject"] != mail.original.subject:
                problems.append(f"subject {mail.original.subject!r}")
        else:
            top = want.get("html_top")
            newest = html_to_text(top) if isinstance(top, str) else ""
            if mail.forwarded:
                problems.append("forwarded")
            if newest and " ".join(newest.split()) != " ".join(mail.text.split()):
                problems.append(f"text {mail.text[:80]!r} != {newest[:80]!r}")
        if problems:
            failures.append(f"{case['input_file']}: {'; '.join(problems)}")
    return count, failures


def forwarded_mail_html(html: str, subject: str) -> bytes:
    """An HTML-only forward (no text/plain alternative)."""
    message = envelope(sender=USER, to=INBOX, subject=subject, sent=SENT_AT)
    message.set_content(html, subtype="html")
    return message.as_bytes()


def run(corpus: Path) -> list[Figure]:
    figures: list[Figure] = []
    crisp = corpus / "forwarded" / "crisp-oss-email-forward-parser"
    if (crisp / "expected.json").is_file():
        total, failures = crisp_failures(crisp)
        for line in failures:
            print(f"  crisp FAIL {line}")
        figures.append(
            Figure("forwarded.crisp_accuracy", (total - len(failures)) / max(total, 1), target=0.98)
        )
    else:
        print(f"eval_forwarded: {crisp} not found, skipped")
    quotequail = corpus / "forwarded" / "closeio-quotequail"
    if (quotequail / "expected.json").is_file():
        total, failures = quotequail_failures(quotequail)
        for line in failures:
            print(f"  quotequail FAIL {line}")
        figures.append(
            Figure("forwarded.quotequail_text_accuracy", (total - len(failures)) / max(total, 1), target=0.9)
        )
    return figures


if __name__ == "__main__":
    print_figures(run)

"""How well mail understanding generalises: our own held-out-style recruiter emails, forwarded every way.

The emails live in tests/fixtures/generalisation/mails.txt (written for this project, labelled with the
kind, the employer and the dates the employer stated; the file documents its format), plus the blind
batches blind-*.txt in the same format: each was written fresh and scored once with `--file` before
any change was made for it (that first score is the honest generalisation figure), then kept as fixtures.
Each one is built into raw MIME the way a user's inbox would receive it, in several mail-client styles:

- gmail_plain   Gmail "---------- Forwarded message ---------" block, text/plain only
- gmail_html    the same with the HTML alternative (div.gmail_quote), as Gmail really sends it
- outlook_html  Outlook on the web: HTML only, a div#divRplyFwdMsg "From: / Sent: / To: / Subject:" block
- outlook_text  classic Outlook plain text: a rule, then "From: / Sent: / To: / Subject:"
- apple         Apple Mail "Begin forwarded message:", text plus a blockquote HTML alternative
- attachment    forwarded as an attachment (message/rfc822 under the user's note)
- direct        an auto-forward that keeps the employer's own headers as the envelope

The user's own note ("ugh, another one", "is this an offer??") sits above most forwards and must not
change anything. Every built email goes through `understand(raw)`.

Figures: accuracy and macro-F1 over the kinds, false offers (a non-offer called offer/offer_signed, or an
offer called signed), company accuracy, and the share of employer-stated dates resolved to the right
day (and time, when one was stated). Reads only project files.

Run: .venv/bin/python scripts/eval_generalisation.py [--verbose] [--style NAME] [--file FILE] [--write DIR]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_DIR = ROOT / "tests" / "fixtures" / "generalisation"
FIXTURE = FIXTURE_DIR / "mails.txt"
# Blind batches: written fresh, scored once before any fix (the honest figure), then kept here as fixtures.
BLIND_BATCHES = "blind-*.txt"
# Mail in other languages, one folder per language: development mails (dev.txt) and blind batches.
LANGUAGE_DIR = ROOT / "tests" / "fixtures" / "languages"
for _path in (ROOT / "shared", ROOT / "scripts"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from evalkit import company_key  # noqa: E402
from untilsigned.domain.model import Kind, Understood  # noqa: E402
from untilsigned.domain.rules import FALLBACK, LANGUAGES  # noqa: E402
from untilsigned.domain.understanding.understand import understand  # noqa: E402

STYLES = ("gmail_plain", "gmail_html", "outlook_html", "outlook_text", "apple", "attachment", "direct")
KINDS = tuple(k.value for k in Kind if k is not Kind.UNREADABLE)
OFFER_KINDS = frozenset({Kind.OFFER.value, Kind.OFFER_SIGNED.value})
DATE_FIELDS = ("interview_at", "expect_reply_by", "respond_by")
USER_NAME = "Sam Rivera"
USER = "sam.rivera@gmail.com"
INBOX = "jobs@in.untilsigned.test"
# The forwarder's own words above the forward. Some of them say "offer", "rejected" or "interview" on
# purpose: they are the user's, not the employer's, and must not count.
NOTES = (
    "",
    "ugh, another one",
    "is this an offer??",
    "FYI",
    "fingers crossed!!",
    "can you track this one please",
    "rejected again lol",
    "interview next week!!!",
    "they want references - good sign?",
    "Sent from my iPhone",
)
FOOTERS = {
    "ats": (
        "This message was sent by an automated recruiting system on behalf of {company}. Please do not "
        "reply to this email.\nPrivacy Policy | Unsubscribe from application updates"
    ),
    "legal": (
        "CONFIDENTIALITY: This email and any attachments are confidential and intended only for the named "
        "recipient. If you received it in error, please notify the sender and delete it."
    ),
    "eeo": (
        "{company} is an equal opportunity employer. All qualified applicants will receive consideration "
        "for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, "
        "national origin, disability or veteran status. If you need a reasonable accommodation during the "
        "application process, please contact our recruiting team."
    ),
}


@dataclass(frozen=True)
class Mail:
    """One labelled employer email from the fixture file."""

    id: str
    kind: str
    accept: tuple[str, ...]
    clear: bool
    companies: tuple[str, ...]
    sender: str
    subject: str
    date: datetime
    zone: ZoneInfo
    expected: dict[str, str]  # date field -> "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"
    footer: str
    note: str | None
    ics: str
    is_html: bool
    body: str


def language_files(language: str) -> list[Path]:
    """A language's own mails: its development mails and its blind batches, in a stable order."""
    folder = LANGUAGE_DIR / language
    return sorted(folder.glob("dev.txt")) + sorted(folder.glob(BLIND_BATCHES))


def fixture_files() -> list[Path]:
    """The main suite, every blind batch, and the mails of every language that has its own rules."""
    languages = [path for code in LANGUAGES if code != FALLBACK for path in language_files(code)]
    return [FIXTURE, *sorted(FIXTURE_DIR.glob(BLIND_BATCHES)), *languages]


def load_mails(path: Path | None = None) -> list[Mail]:
    """Parse one fixture file (format at the top of mails.txt), or every fixture file when none is given."""
    if path is None:
        return [mail for each in fixture_files() for mail in load_mails(each)]
    mails: list[Mail] = []
    chunks = re.split(r"(?m)^=== ", path.read_text(encoding="utf-8"))
    for chunk in chunks[1:]:
        ident, _, rest = chunk.partition("\n")
        head, _, body = rest.partition("\n---\n")
        fields: dict[str, str] = {}
        for line in head.splitlines():
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
        zone = ZoneInfo(fields.get("zone") or "UTC")
        sent = _parse_rfc2822(fields["date"])
        mails.append(
            Mail(
                id=ident.strip(),
                kind=fields["kind"],
                accept=tuple(k.strip() for k in fields.get("accept", "").split(",") if k.strip()),
                clear=fields.get("clear", "yes") != "no",
                companies=tuple(c.strip() for c in fields.get("company", "").split("|") if c.strip()),
                sender=fields["from"],
                subject=fields["subject"],
                date=sent,
                zone=zone,
                expected={name: fields[name] for name in DATE_FIELDS if fields.get(name)},
                footer=fields.get("footer", ""),
                note=fields.get("note"),
                ics=fields.get("ics", ""),
                is_html=fields.get("format") == "html",
                body=body.strip("\n"),
            )
        )
    return mails


def _parse_rfc2822(value: str) -> datetime:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(value)


# --- building the raw emails ------------------------------------------------------------------------


def _stable(text: str) -> int:
    return zlib.crc32(text.encode())


def _html_to_plain(markup: str) -> str:
    """A crude rendering, independent of the product's own converter: blocks become lines."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", markup)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", text)
    text = re.sub(r"(?i)</t[dh]>", "  ", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _plain_to_html(text: str) -> str:
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def _footer(mail: Mail) -> str:
    if not mail.footer:
        return ""
    company = mail.companies[0] if mail.companies else "The company"
    return FOOTERS[mail.footer].format(company=company)


def bodies(mail: Mail) -> tuple[str, str]:
    """(plain text, HTML) of the employer's own message, footer included."""
    footer = _footer(mail)
    if mail.is_html:
        markup = mail.body
        if footer:
            markup += f'<div style="font-size:10px;color:#999">{_plain_to_html(footer)}</div>'
        return _html_to_plain(markup), markup
    text = mail.body + (f"\n\n--\n{footer}" if footer else "")
    markup = _plain_to_html(mail.body)
    if footer:
        markup += f'<div style="font-size:10px;color:#999">{_plain_to_html(footer)}</div>'
    return text, markup


def note_of(mail: Mail) -> str:
    if mail.note is not None:
        return mail.note
    return NOTES[_stable(mail.id) % len(NOTES)]


def _local(mail: Mail) -> datetime:
    return mail.date.astimezone(mail.zone)


def _gmt_offset(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"GMT{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _twelve_hour(moment: datetime, seconds: bool = False) -> str:
    hour = moment.hour % 12 or 12
    stamp = f"{hour}:{moment.minute:02d}" + (f":{moment.second:02d}" if seconds else "")
    return f"{stamp} {'AM' if moment.hour < 12 else 'PM'}"


def _sender_parts(mail: Mail) -> tuple[str, str]:
    name, address = parseaddr(mail.sender)
    return name, address


def _sender_display(mail: Mail) -> str:
    name, address = _sender_parts(mail)
    return f"{name} <{address}>" if name else f"<{address}>"


def _calendar(mail: Mail) -> str:
    start = datetime.strptime(mail.ics, "%Y%m%dT%H%M%SZ")
    end = start + timedelta(hours=1)
    _, organiser = _sender_parts(mail)
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//untilsigned//generalisation//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"DTSTART:{mail.ics}",
            f"DTEND:{end.strftime('%Y%m%dT%H%M%SZ')}",
            f"DTSTAMP:{mail.date.astimezone(ZoneInfo('UTC')).strftime('%Y%m%dT%H%M%SZ')}",
            f"UID:{mail.id}@generalisation.untilsigned.test",
            f"ORGANIZER;CN=Recruiting:mailto:{organiser}",
            f"SUMMARY:{mail.subject}",
            "LOCATION:Microsoft Teams Meeting",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def _attach_invite(message: EmailMessage, mail: Mail) -> None:
    if mail.ics:
        message.add_attachment(
            _calendar(mail).encode(),
            maintype="text",
            subtype="calendar",
            filename="invite.ics",
            params={"method": "REQUEST"},
        )


def _employer_message(mail: Mail) -> EmailMessage:
    """The employer's message with its own headers (for the attachment and direct styles)."""
    text, markup = bodies(mail)
    message = EmailMessage()
    message["From"] = mail.sender
    message["To"] = f"{USER_NAME} <{USER}>"
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(mail.date)
    message["Message-ID"] = f"<{mail.id}@employer.generalisation.test>"
    message.set_content(text)
    message.add_alternative(f"<html><body>{markup}</body></html>", subtype="html")
    _attach_invite(message, mail)
    return message


def _forward_envelope(mail: Mail, prefix: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"{USER_NAME} <{USER}>"
    message["To"] = INBOX
    message["Subject"] = f"{prefix}: {mail.subject}"
    message["Date"] = format_datetime(_local(mail) + timedelta(minutes=37))
    message["Message-ID"] = f"<fwd-{mail.id}@mail.gmail.test>"
    return message


def build_email(mail: Mail, style: str) -> bytes:
    """The mail as the user's inbox receives it in one client style (see the module docstring)."""
    if style == "direct":
        message = _employer_message(mail)
        del message["To"]
        message["To"] = f"{USER_NAME} <{USER}>"
        message["X-Forwarded-To"] = INBOX
        message["X-Forwarded-For"] = f"{USER} {INBOX}"
        return message.as_bytes()
    if style == "attachment":
        outer = _forward_envelope(mail, "Fwd")
        outer.set_content((note_of(mail) or "Forwarded message attached.") + "\n")
        outer.add_attachment(_employer_message(mail))
        return outer.as_bytes()

    text, markup = bodies(mail)
    name, address = _sender_parts(mail)
    local = _local(mail)
    note = note_of(mail)
    message = _forward_envelope(mail, "FW" if style.startswith("outlook") else "Fwd")
    if style in ("gmail_plain", "gmail_html"):
        stamp = f"{local.strftime('%a, %b')} {local.day}, {local.year} at {_twelve_hour(local)}"
        plain = (
            f"{note}\n\n---------- Forwarded message ---------\nFrom: {_sender_display(mail)}\n"
            f"Date: {stamp}\nSubject: {mail.subject}\nTo: <{USER}>\n\n\n{text}\n"
        )
        message.set_content(plain)
        if style == "gmail_html":
            shown = f'<b class="gmail_sendername" dir="auto">{html.escape(name)}</b> ' if name else ""
            rich = (
                f'<div dir="ltr">{html.escape(note)}<br><br><div class="gmail_quote"><div dir="ltr" '
                f'class="gmail_attr">---------- Forwarded message ---------<br>From: {shown}<span dir="auto">'
                f"&lt;{html.escape(address)}&gt;</span><br>Date: {stamp}<br>"
                f"Subject: {html.escape(mail.subject)}<br>To: &lt;{USER}&gt;<br></div><br><br>"
                f"{markup}</div></div>"
            )
            message.add_alternative(rich, subtype="html")
    elif style == "outlook_html":
        stamp = f"{local.strftime('%A, %B')} {local.day}, {local.year} {_twelve_hour(local)}"
        rich = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">{html.escape(note)}</div>'
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000"><b>From:</b> {html.escape(_sender_display(mail))}<br><b>Sent:</b> {stamp}<br>'
            f"<b>To:</b> {USER_NAME} &lt;{USER}&gt;<br><b>Subject:</b> {html.escape(mail.subject)}</font>"
            f"<div>&nbsp;</div></div><div>{markup}</div></body></html>"
        )
        message.set_content(rich, subtype="html")
    elif style == "outlook_text":
        stamp = f"{local.strftime('%A, %B')} {local.day}, {local.year} {_twelve_hour(local)}"
        plain = (
            f"{note}\n\n________________________________\nFrom: {_sender_display(mail)}\nSent: {stamp}\n"
            f"To: {USER_NAME} <{USER}>\nSubject: {mail.subject}\n\n{text}\n"
        )
        message.set_content(plain)
    elif style == "apple":
        clock = f"{_twelve_hour(local, True)} {_gmt_offset(local)}"
        stamp = f"{local.strftime('%B')} {local.day}, {local.year} at {clock}"
        plain = (
            f"{note}\n\nBegin forwarded message:\n\nFrom: {_sender_display(mail)}\nSubject: {mail.subject}\n"
            f"Date: {stamp}\nTo: {USER_NAME} <{USER}>\n\n{text}\n"
        )
        message.set_content(plain)
        rich = (
            f'<html><body><div>{html.escape(note)}</div><div><br><blockquote type="cite"><div>Begin '
            f"forwarded message:</div><br><div><b>From: </b>{html.escape(_sender_display(mail))}<br>"
            f"<b>Subject: </b>{html.escape(mail.subject)}<br><b>Date: </b>{stamp}<br>"
            f"<b>To: </b>{USER_NAME} &lt;{USER}&gt;<br></div><br>"
            f"<div>{markup}</div></blockquote></div></body></html>"
        )
        message.add_alternative(rich, subtype="html")
    else:
        raise ValueError(f"unknown style {style!r}")
    _attach_invite(message, mail)
    return message.as_bytes()


# --- scoring ------------------------------------------------------------------------------------------


def company_matches(predicted: str | None, gold: tuple[str, ...]) -> bool:
    """Case, accents, punctuation, spacing and legal suffixes do not count; any listed spelling is right."""
    if not predicted:
        return False
    return any(company_key(predicted) == company_key(g) != "" for g in gold)


def date_matches(value: datetime | None, expected: str, zone: ZoneInfo) -> bool:
    """Right day in the sender's zone, and the right wall-clock time when one was stated."""
    if value is None:
        return False
    local = value.astimezone(zone)
    if "T" in expected:
        wanted = datetime.fromisoformat(expected).replace(tzinfo=zone)
        return abs((local - wanted).total_seconds()) < 60
    return value.date() == date.fromisoformat(expected)  # in its own zone: 23:59 of the stated day


@dataclass
class Outcome:
    mail: Mail
    style: str
    understood: Understood

    @property
    def predicted(self) -> str:
        return self.understood.kind.value

    @property
    def kind_ok(self) -> bool:
        return self.predicted == self.mail.kind or self.predicted in self.mail.accept

    @property
    def false_offer(self) -> bool:
        gold, predicted = self.mail.kind, self.predicted
        if predicted in self.mail.accept:
            return False
        return (predicted in OFFER_KINDS and gold not in OFFER_KINDS) or (
            gold == Kind.OFFER.value and predicted == Kind.OFFER_SIGNED.value
        )


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """Every headline figure, keyed by a stable name."""
        outcomes = self.outcomes
        pairs = [(o.mail.kind, o.mail.kind if o.kind_ok else o.predicted) for o in outcomes]
        counts = Counter(pairs)
        f1s = []
        for kind in KINDS:
            gold_n = sum(n for (g, _), n in counts.items() if g == kind)
            if not gold_n:
                continue
            predicted_n = sum(n for (_, p), n in counts.items() if p == kind)
            true_positive = counts[(kind, kind)]
            precision = true_positive / predicted_n if predicted_n else 0.0
            recall = true_positive / gold_n
            f1s.append(0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall))
        with_company = [o for o in outcomes if o.mail.companies and o.mail.kind != Kind.NOT_JOB.value]
        date_checks = [(o, name) for o in outcomes for name in o.mail.expected]
        dated = [o for o in outcomes if o.mail.expected]
        spurious_reply = [
            o
            for o in outcomes
            if "expect_reply_by" not in o.mail.expected
            and o.understood.extraction.expect_reply_by is not None
        ]
        total = max(len(outcomes), 1)
        return {
            "messages": float(len(outcomes)),
            "accuracy": sum(o.kind_ok for o in outcomes) / total,
            "macro_f1": sum(f1s) / max(len(f1s), 1),
            "false_offers": float(sum(o.false_offer for o in outcomes)),
            "company_accuracy": sum(
                company_matches(o.understood.extraction.company, o.mail.companies) for o in with_company
            )
            / max(len(with_company), 1),
            "dates_exact": sum(
                date_matches(getattr(o.understood.extraction, name), o.mail.expected[name], o.mail.zone)
                for o, name in date_checks
            )
            / max(len(date_checks), 1),
            "dates_any": sum(
                any(getattr(o.understood.extraction, name) is not None for name in DATE_FIELDS) for o in dated
            )
            / max(len(dated), 1),
            "spurious_expect_reply_by": float(len(spurious_reply)),
        }


def evaluate(mails: list[Mail] | None = None, styles: tuple[str, ...] = STYLES) -> Report:
    """Build every mail in every style and understand it."""
    report = Report()
    for mail in mails if mails is not None else load_mails():
        for style in styles:
            report.outcomes.append(Outcome(mail, style, understand(build_email(mail, style))))
    return report


def _describe(outcome: Outcome) -> list[str]:
    lines: list[str] = []
    mail, extraction = outcome.mail, outcome.understood.extraction
    tag = f"  {mail.id} [{outcome.style}]"
    if not outcome.kind_ok:
        evidence = outcome.understood.classification.evidence
        lines.append(f"{tag}: kind gold={mail.kind} predicted={outcome.predicted} {evidence}")
    if (
        mail.companies
        and mail.kind != Kind.NOT_JOB.value
        and not company_matches(extraction.company, mail.companies)
    ):
        lines.append(f"{tag}: company gold={mail.companies[0]!r} predicted={extraction.company!r}")
    for name, wanted in mail.expected.items():
        value = getattr(extraction, name)
        if not date_matches(value, wanted, mail.zone):
            shown = value.astimezone(mail.zone).isoformat() if value else None
            lines.append(f"{tag}: {name} gold={wanted} predicted={shown}")
    if "expect_reply_by" not in mail.expected and extraction.expect_reply_by is not None:
        lines.append(f"{tag}: spurious expect_reply_by={extraction.expect_reply_by.isoformat()}")
    return lines


def print_report(report: Report, verbose: bool = False) -> None:
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in report.outcomes:
        by_kind[outcome.mail.kind].append(outcome)
    predicted_counts = Counter(o.mail.kind if o.kind_ok else o.predicted for o in report.outcomes)
    print(f"  {'kind':22} {'prec':>6} {'recall':>6} {'n':>5}")
    for kind in KINDS:
        gold = by_kind.get(kind, [])
        right = sum(o.kind_ok for o in gold)
        predicted_n = predicted_counts.get(kind, 0)
        if not gold and not predicted_n:
            continue
        precision = right / predicted_n if predicted_n else 0.0
        recall = right / len(gold) if gold else 0.0
        print(f"  {kind:22} {precision:6.2f} {recall:6.2f} {len(gold):5d}")
    print(f"\n  {'style':14} {'accuracy':>9} {'company':>8} {'dates':>6}")
    for style in dict.fromkeys(o.style for o in report.outcomes):
        figures = Report([o for o in report.outcomes if o.style == style]).figures()
        accuracy, company, dates = (figures[k] for k in ("accuracy", "company_accuracy", "dates_exact"))
        print(f"  {style:14} {accuracy:9.3f} {company:8.3f} {dates:6.3f}")
    if verbose:
        print()
        for outcome in report.outcomes:
            for line in _describe(outcome):
                print(line)
    for outcome in report.outcomes:
        if outcome.false_offer:
            where = f"{outcome.mail.id} [{outcome.style}]"
            print(f"  FALSE OFFER {where}: gold={outcome.mail.kind} predicted={outcome.predicted}")
    targets = {
        "macro_f1": ">=0.90",
        "false_offers": "<=0",
        "company_accuracy": ">=0.85",
        "dates_exact": ">=0.75",
    }
    print()
    for name, value in report.figures().items():
        print(f"generalisation.{name:28} {value:10.4f} {targets.get(name, '')}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--style", choices=STYLES, action="append", help="only these styles")
    parser.add_argument("--only", help="only mails whose id contains this text")
    parser.add_argument("--file", type=Path, help="only this fixture file (e.g. one blind batch)")
    parser.add_argument("--write", type=Path, help="also write every built email as DIR/<id>.<style>.eml")
    args = parser.parse_args()
    mails = [m for m in load_mails(args.file) if not args.only or args.only in m.id]
    styles = tuple(args.style) if args.style else STYLES
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for mail in mails:
            for style in styles:
                (args.write / f"{mail.id}.{style}.eml").write_bytes(build_email(mail, style))
    print(f"generalisation: {len(mails)} mails x {len(styles)} styles")
    print_report(evaluate(mails, styles), verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())

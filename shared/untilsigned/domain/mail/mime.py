"""Raw MIME bytes to a ReadMail: envelope, the employer's original message, its text, invites.

`read_mail` never raises. Anything it cannot read comes back with `error` set and the envelope
filled as far as the headers allow, so the mail still shows up in the digest as unreadable.

Parsing uses the stdlib parser with `policy.compat32`, not `policy.default`: the default
policy builds a structured header object every time the parser asks a part for its
Content-Type, which made one hostile message (3 000 sibling parts) take 1.4 s instead of
0.15 s, and its header objects raise on malformed input. compat32 keeps headers as raw
strings; this module decodes them itself with bounded, non-raising helpers (mail_headers).

Before parsing, the header block is repaired where the stdlib parser would stop reading
headers early (leading BOM, "Name :" obsolete syntax, a wrapped line that lost its fold).

Bounds per part: 400 KB of raw payload per text part, 1.5 MB per HTML part, 1 MB per calendar part,
200 KB of text. A budget per mail, shared by the attached messages nested in it, bounds the work: at
most 200 parts walked and 20 levels of multipart nesting, 5 attached messages read inside each other,
10 calendar parts and 1 MB of calendar data, and 1 MB / 40 000 tags of HTML converted to text (the
converter's cost follows the tags). Over budget, the reader reads what fits and says what it left in
`ReadMail.limits`; a long mail is never unreadable for its length. The text itself is bounded
(`bounds.bounded_text`: lines, whitespace runs, blank lines) before the unwrapper or any pattern sees it.

Body choice: the text/plain alternative when it has at least 200 characters and the HTML
does not hold much more text (plain is exact and cheap); otherwise the HTML converted to text
(ATS mail often ships a stub plain part: "view this message in a browser").
"""

from __future__ import annotations

import binascii
import email
import email.parser
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from email import policy
from email.errors import MessageError
from email.message import Message
from typing import Literal

from untilsigned.domain.bounds import MAX_HEADER_TEXT_CHARS, bounded_line, bounded_text
from untilsigned.domain.mail.calendar import read_invites
from untilsigned.domain.mail.forward import unwrap
from untilsigned.domain.mail.header_dates import parse_header_date
from untilsigned.domain.mail.headers import (
    MAX_HEADER_CHARS,
    bare_address,
    decode_bytes,
    decode_header_value,
    find_email,
    parse_address_header,
    parse_params,
)
from untilsigned.domain.mail.html_text import MAX_HTML_CHARS, html_to_text
from untilsigned.domain.model import Address, AuthResults, CalendarInvite, Envelope, OriginalMessage, ReadMail

logger = logging.getLogger(__name__)

MAX_PARTS = 200  # in the whole mail, attached messages included
MAX_DEPTH = 20
MAX_ATTACHED_DEPTH = 5  # attached messages read inside each other
MAX_CALENDAR_PARTS = 10
MAX_CALENDAR_TOTAL = 1_000_000  # bytes of calendar data read in the whole mail
MAX_HTML_TOTAL = 1_000_000  # characters of HTML converted to text in the whole mail
MAX_HTML_TAGS = 40_000  # tags handed to the converter in the whole mail (about 1 s of BeautifulSoup)
MAX_TEXT_CHARS = 200_000
MAX_PLAIN_PAYLOAD = 400_000
MAX_HTML_PAYLOAD = 1_500_000
MAX_CALENDAR_PAYLOAD = 1_000_000
MAX_HEADERS = 1_000
MAX_REFERENCES = 50
MAX_FORWARDED_ADDRESSES = 20  # addresses kept from X-Forwarded-For / X-Forwarded-To
# A plain part shorter than this is often a stub ("view in browser"): prefer the HTML then.
SUBSTANTIAL_PLAIN_CHARS = 200

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg (OLE2 compound file)
_TNEF_MAGIC = b"\x78\x9f\x3e\x22"  # a bare winmail.dat stream
_BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\r"
_MESSAGE_ID = re.compile(r"<[^<>\s]{1,500}>")
_AUTH_RESULT = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*([a-zA-Z]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_:.-]{1,40})""", re.IGNORECASE)
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,200}:")
_SPACED_HEADER_NAME = re.compile(rb"^([!-9;-~]{1,80})[ \t]+:", re.MULTILINE)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_SPACES = re.compile(r"\s+")
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"})
_MESSAGE_TYPES = frozenset({"message/rfc822", "message/global", "message/news"})
_TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})


@dataclass(frozen=True)
class MailLimits:
    """The budget of one mail, shared by every message nested in it (see the module doc)."""

    parts: int = MAX_PARTS
    depth: int = MAX_DEPTH
    attached_depth: int = MAX_ATTACHED_DEPTH
    calendar_parts: int = MAX_CALENDAR_PARTS
    calendar_bytes: int = MAX_CALENDAR_TOTAL
    html_chars: int = MAX_HTML_TOTAL
    html_tags: int = MAX_HTML_TAGS


_Over = Literal["parts", "depth", "attached", "text", "calendar_parts", "calendar_bytes", "html"]


class _Budget:
    """What one mail may still cost the reader, and what it left unread, in the words of `ReadMail.limits`."""

    def __init__(self, limits: MailLimits) -> None:
        self.limits = limits
        self.parts = limits.parts
        self.calendar_parts = limits.calendar_parts
        self.calendar_bytes = limits.calendar_bytes
        self.html_chars = limits.html_chars
        self.html_tags = limits.html_tags
        self.notes: list[str] = []

    def over(self, what: _Over) -> None:
        limits = self.limits
        note = {
            "parts": f"more than {limits.parts} MIME parts: the rest not read",
            "depth": f"MIME parts nested deeper than {limits.depth} levels: the deeper ones not read",
            "attached": (
                f"attached messages nested deeper than {limits.attached_depth}: the inner ones not read"
            ),
            "text": "more text than the reader takes: the rest not read",
            "calendar_parts": f"more than {limits.calendar_parts} calendar parts: the rest not read",
            "calendar_bytes": f"calendar data over {limits.calendar_bytes:,} bytes: the rest not read",
            "html": (
                f"HTML over {limits.html_chars:,} characters or {limits.html_tags:,} tags: "
                "only its beginning converted to text"
            ),
        }[what]
        if note not in self.notes:
            self.notes.append(note)


@dataclass
class _Parts:
    """What the walk over one message's MIME tree collected."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    calendars: list[bytes] = field(default_factory=list)
    attached: list[Message] = field(default_factory=list)  # message/rfc822 parts, not yet parsed
    text_size: int = 0


# --------------------------------------------------------------------------- headers


def _headers(message: Message) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for count, (name, value) in enumerate(message.raw_items()):
        if count >= MAX_HEADERS:
            break
        key = str(name).strip().lower()
        found.setdefault(key, []).append(str(value)[:MAX_HEADER_CHARS])
    return found


def _first(headers: dict[str, list[str]], name: str) -> str:
    values = headers.get(name)
    return values[0] if values else ""


def _ids(raw: str) -> tuple[str, ...]:
    return tuple(_MESSAGE_ID.findall(raw[:MAX_HEADER_CHARS]))[:MAX_REFERENCES]


def _message_id(raw: str) -> str:
    ids = _ids(raw)
    if ids:
        return ids[0]
    return raw.strip()[:500]


def _date(headers: dict[str, list[str]]) -> datetime | None:
    parsed = parse_header_date(decode_header_value(_first(headers, "date")))
    if parsed is not None:
        return parsed
    # No usable Date: the newest Received hop says when the mail arrived.
    received = _first(headers, "received")
    if ";" in received:
        return parse_header_date(decode_header_value(received.rsplit(";", 1)[1]))
    return None


def _auth(headers: dict[str, list[str]]) -> AuthResults:
    results = headers.get("authentication-results", [])
    chosen = ""
    for value in results:
        authserv = value.split(";", 1)[0].lower()
        if "amazonses.com" in authserv:
            chosen = value
            break
    if not chosen and results:
        chosen = results[0]
    verdicts: dict[str, str] = {}
    for match in _AUTH_RESULT.finditer(chosen):
        verdicts.setdefault(match.group(1).lower(), match.group(2).upper())
    spam = decode_header_value(_first(headers, "x-ses-spam-verdict")).upper() or "PASS"
    virus = decode_header_value(_first(headers, "x-ses-virus-verdict")).upper() or "PASS"
    return AuthResults(
        spf=verdicts.get("spf", "NONE"),
        dkim=verdicts.get("dkim", "NONE"),
        dmarc=verdicts.get("dmarc", "NONE"),
        spam=spam,
        virus=virus,
    )


def _envelope(headers: dict[str, list[str]]) -> Envelope:
    senders = parse_address_header(_first(headers, "from")) or parse_address_header(_first(headers, "sender"))
    recipients = parse_address_header(", ".join(headers.get("to", [])))
    forwarded_for = " ".join(
        _addresses_in(
            decode_header_value(value).lower()
            for name in ("x-forwarded-for", "x-forwarded-to")
            for value in headers.get(name, [])
            if value.strip()
        )
    )
    return Envelope(
        message_id=_message_id(_first(headers, "message-id")),
        sender=senders[0] if senders else Address(name="", email=""),
        to=recipients,
        return_path=bare_address(_first(headers, "return-path")),
        subject=bounded_line(decode_header_value(_first(headers, "subject"), MAX_HEADER_TEXT_CHARS)),
        date=_date(headers),
        forwarded_for=forwarded_for,
        auth=_auth(headers),
    )


def _addresses_in(values: Iterable[str]) -> list[str]:
    """The e-mail addresses written in header values (X-Forwarded-For can hold anything), at most
    MAX_FORWARDED_ADDRESSES of them, found in one linear pass each."""
    found: list[str] = []
    for value in values:
        while len(found) < MAX_FORWARDED_ADDRESSES:
            span = find_email(value)
            if span is None:
                break
            found.append(value[span[0] : span[1]])
            value = value[span[1] :]
    return found


# --------------------------------------------------------------------------- payloads


def _payload_bytes(part: Message, limit: int) -> bytes:
    """The decoded body bytes of a leaf part, at most about `limit` bytes, never raising."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return b""
    encoding = _SPACES.sub("", str(part.get("content-transfer-encoding", "") or "")).lower()
    if encoding == "base64":
        # 4 base64 characters make 3 bytes; cut on a line end so no quartet is split.
        raw_text = payload[: limit * 4 // 3 + 4]
        if len(payload) > len(raw_text) and "\n" in raw_text:
            raw_text = raw_text[: raw_text.rfind("\n")]
        return _decode_base64(raw_text.encode("ascii", errors="ignore"))
    # 7bit/8bit/binary/QP/uuencode: the stdlib turns its surrogate-escaped text back into the
    # original bytes and undoes QP; get_payload() without decode would mangle 8-bit text.
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError, LookupError, binascii.Error):
        return payload[:limit].encode("utf-8", errors="replace")
    return data[:limit] if isinstance(data, bytes) else b""


def _payload_size(part: Message) -> int:
    """About how many bytes a leaf part's body decodes to (base64 makes 3 of every 4 characters)."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return 0
    encoding = str(part.get("content-transfer-encoding", "") or "").strip().lower()
    return len(payload) * 3 // 4 - payload.count("\n") if encoding == "base64" else len(payload)


def _decode_base64(data: bytes) -> bytes:
    """Base64 that may be broken: lines with characters outside the alphabet are dropped
    instead of being decoded into garbage, and missing padding is added."""
    lines = [line.strip() for line in data.split(b"\n")]
    good = [line for line in lines if line and not line.translate(None, _BASE64_ALPHABET)]
    compact = b"".join(good)
    try:
        return binascii.a2b_base64(compact + b"=" * (-len(compact) % 4))
    except (binascii.Error, ValueError):
        out = bytearray()
        for line in good:
            try:
                out.extend(binascii.a2b_base64(line + b"=" * (-len(line) % 4)))
            except (binascii.Error, ValueError):
                continue
        return bytes(out)


def _part_text(part: Message, params: dict[str, str], limit: int, html: bool) -> str:
    data = _payload_bytes(part, limit)
    charset = params.get("charset")
    if html and not charset:
        meta = _META_CHARSET.search(data[:4_000])
        if meta:
            charset = meta.group(1).decode("ascii", errors="ignore")
    text = decode_bytes(data, charset)
    if not html and params.get("format", "").lower() == "flowed":
        text = _unflow(text, params.get("delsp", "").lower() == "yes")
    return text


def _unflow(text: str, delete_space: bool) -> str:
    """RFC 3676 format=flowed: join soft-broken lines (ending in a space) back together."""
    out: list[str] = []
    pending = ""
    pending_quote = ""
    for line in text.replace("\r\n", "\n").split("\n"):
        quote_end = 0
        while quote_end < len(line) and line[quote_end] == ">":
            quote_end += 1
        quote, content = line[:quote_end], line[quote_end:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing
        if pending and quote == pending_quote:
            content = pending + content
        elif pending:
            out.append(pending_quote + (" " if pending_quote else "") + pending)
        pending = ""
        if content.endswith(" ") and content != "-- ":
            pending, pending_quote = (content[:-1] if delete_space else content), quote
            continue
        out.append(quote + (" " if quote and content else "") + content)
    if pending:
        out.append(pending_quote + (" " if pending_quote else "") + pending)
    return "\n".join(out)


# --------------------------------------------------------------------------- walking


def _content_type(part: Message, default: str) -> tuple[str, dict[str, str]]:
    raw = part.get("content-type")
    ctype, params = parse_params(str(raw) if raw is not None else "")
    if "/" not in ctype:
        ctype = default
    return ctype, params


def _inner_message(part: Message) -> Message | None:
    """The message inside a message/rfc822 part, decoding a base64/QP-wrapped one if needed."""
    payload = part.get_payload()
    if not isinstance(payload, list) or not payload or not isinstance(payload[0], Message):
        if isinstance(payload, str) and payload.strip():
            data = _payload_bytes(part, MAX_HTML_PAYLOAD)
            return email.message_from_bytes(data.lstrip(), policy=policy.compat32)
        return None
    inner = payload[0]
    encoding = str(part.get("content-transfer-encoding", "") or "").strip().lower()
    if encoding in ("base64", "quoted-printable") and not inner.keys():
        body = inner.get_payload()
        if isinstance(body, str):
            encoded = Message()
            encoded["Content-Transfer-Encoding"] = encoding
            encoded.set_payload(body)
            data = _payload_bytes(encoded, MAX_HTML_PAYLOAD)
            return email.message_from_bytes(data.lstrip(), policy=policy.compat32)
    return inner


def _walk(message: Message, budget: _Budget) -> _Parts:
    parts = _Parts()
    # (part, depth, default content type, inside a delivery report)
    stack: list[tuple[Message, int, str, bool]] = [(message, 0, "text/plain", False)]
    while stack:
        part, depth, default_type, in_report = stack.pop()
        if budget.parts <= 0:
            budget.over("parts")
            break
        budget.parts -= 1
        ctype, params = _content_type(part, default_type)
        if ctype in _MESSAGE_TYPES:
            if not in_report:
                parts.attached.append(part)
            continue
        payload = part.get_payload()
        if isinstance(payload, list):
            if depth >= budget.limits.depth:
                budget.over("depth")
                continue
            child_default = "message/rfc822" if ctype == "multipart/digest" else "text/plain"
            report = in_report or ctype == "multipart/report"
            for child in reversed(payload):
                if isinstance(child, Message):
                    stack.append((child, depth + 1, child_default, report))
            continue
        disposition, disposition_params = parse_params(str(part.get("content-disposition", "") or ""))
        filename = (disposition_params.get("filename") or params.get("name") or "").strip().lower()
        if ctype in _CALENDAR_TYPES or filename.endswith((".ics", ".vcs")):
            _take_calendar(part, parts, budget)
            continue
        if ctype in _TNEF_TYPES or filename == "winmail.dat":
            continue  # Outlook's rich-text wrapper: the real body is in the sibling text parts
        if ctype.startswith("multipart/"):
            # Boundary never found: the parser left the whole body as one string. Read it as text.
            ctype = "text/plain"
        if disposition == "attachment" or not ctype.startswith("text/"):
            continue
        if parts.text_size >= MAX_TEXT_CHARS + MAX_HTML_CHARS:
            budget.over("text")
            continue
        if ctype == "text/html":
            text = _part_text(part, params, MAX_HTML_PAYLOAD, html=True)
            parts.html.append(text)
        elif ctype in ("text/plain", "text/enriched", "text/markdown") or (
            ctype.startswith("text/")
            and ctype not in ("text/css", "text/csv", "text/xml", "text/rtf")
            and not filename
        ):
            text = _part_text(part, params, MAX_PLAIN_PAYLOAD, html=False)
            parts.plain.append(text)
        else:
            continue
        parts.text_size += len(text)
    return parts


def _take_calendar(part: Message, parts: _Parts, budget: _Budget) -> None:
    """Read one calendar part within the mail's calendar budget."""
    if budget.calendar_parts <= 0:
        budget.over("calendar_parts")
        return
    limit = min(MAX_CALENDAR_PAYLOAD, budget.calendar_bytes)
    if limit <= 0:
        budget.over("calendar_bytes")
        return
    data = _payload_bytes(part, limit)
    if _payload_size(part) > limit:
        budget.over("calendar_bytes")
    budget.calendar_parts -= 1
    budget.calendar_bytes -= len(data)
    parts.calendars.append(data)


def _html_within_budget(html: str, budget: _Budget) -> str:
    """The beginning of `html` the mail's conversion budget still pays for (characters and tags)."""
    room = min(MAX_HTML_CHARS, budget.html_chars)
    cut = html[:room]
    tags = cut.count("<")
    if tags > budget.html_tags:
        position = -1
        for _ in range(budget.html_tags + 1):
            position = cut.find("<", position + 1)
        cut = cut[:position]
        tags = budget.html_tags
    if len(cut) < len(html.rstrip()):
        budget.over("html")
    budget.html_chars -= len(cut)
    budget.html_tags -= tags
    return cut


def _html_text_estimate(html: str) -> int:
    return len(_SPACES.sub(" ", _TAG.sub(" ", html[:300_000])).strip())


def _body_text(parts: _Parts, budget: _Budget) -> str:
    plain = "\n\n".join(text.strip("\r\n") for text in parts.plain if text.strip())[:MAX_TEXT_CHARS]
    html = "\n".join(parts.html)
    if not html.strip():
        return plain
    plain_size = len(plain.strip())
    if plain_size >= SUBSTANTIAL_PLAIN_CHARS and (
        plain_size >= 2_000 or _html_text_estimate(html) <= 3 * plain_size
    ):
        return plain
    if budget.html_chars <= 0 or budget.html_tags <= 0:
        budget.over("html")
        return plain
    converted = html_to_text(_html_within_budget(html, budget))
    return converted[:MAX_TEXT_CHARS] if converted.strip() else plain


# --------------------------------------------------------------------------- reading


def _dedupe(invites: list[CalendarInvite]) -> tuple[CalendarInvite, ...]:
    seen: set[tuple[str, int, str, datetime | None]] = set()
    unique: list[CalendarInvite] = []
    for invite in invites:
        key = (invite.uid, invite.sequence, invite.method, invite.start)
        if key not in seen:
            seen.add(key)
            unique.append(invite)
    return tuple(unique)


def _read_message(message: Message, nesting: int, budget: _Budget) -> ReadMail:
    headers = _headers(message)
    envelope = _envelope(headers)
    parts = _walk(message, budget)
    body = bounded_text(_body_text(parts, budget))
    invites: list[CalendarInvite] = []
    for data in parts.calendars:
        invites.extend(read_invites(data))
    unwrapped = unwrap(
        body,
        envelope,
        message_id=envelope.message_id,
        in_reply_to=_message_id(_first(headers, "in-reply-to")) if _first(headers, "in-reply-to") else "",
        references=_ids(" ".join(headers.get("references", []))),
    )
    mail = ReadMail(
        envelope=envelope,
        original=unwrapped.original,
        forwarded=unwrapped.forwarded,
        forwarded_by=unwrapped.forwarded_by,
        text=unwrapped.text,
        quoted=unwrapped.quoted,
        invites=_dedupe(invites),
    )
    inner_message = None
    if not unwrapped.forwarded and parts.attached:
        if nesting < budget.limits.attached_depth:
            # The first attached message with anything in it; only that one is parsed.
            inner_message = next((m for m in map(_inner_message, parts.attached) if m is not None), None)
        else:
            budget.over("attached")
    if inner_message is not None:
        # Forward-as-attachment: the attached message is the original, its body the text.
        inner = _read_message(inner_message, nesting + 1, budget)
        mail = replace(
            mail,
            original=inner.original,
            forwarded=True,
            forwarded_by=envelope.sender,
            text=inner.text,
            quoted=inner.quoted,
            invites=_dedupe([*invites, *inner.invites]),
        )
    if not headers and not _looks_like_text(mail.text):
        return replace(mail, text="", quoted="", error="not a mail message: no headers and no text")
    nothing = not (mail.text.strip() or mail.quoted.strip() or mail.invites or envelope.subject)
    if nothing and not envelope.sender.email and not mail.original.subject:
        return replace(mail, error="nothing to read: no sender, subject or text")
    return mail


def _looks_like_text(text: str) -> bool:
    """Headerless input is still worth reading when it is mostly printable text."""
    sample = text[:4_000]
    if not sample.strip():
        return False
    printable = sum(1 for char in sample if char.isprintable() or char in "\n\t")
    return printable >= 0.95 * len(sample)


def _empty(error: str, envelope: Envelope | None = None) -> ReadMail:
    envelope = envelope or Envelope(
        message_id="",
        sender=Address(name="", email=""),
        to=(),
        return_path="",
        subject="",
        date=None,
        forwarded_for="",
    )
    original = OriginalMessage(
        sender=envelope.sender,
        subject=envelope.subject,
        date=envelope.date,
        message_id=envelope.message_id,
        in_reply_to="",
        references=(),
    )
    return ReadMail(envelope, original, False, None, "", "", (), error)


def _envelope_only(raw: bytes) -> Envelope | None:
    """Headers alone, for messages whose body could not be read."""
    try:
        parser = email.parser.BytesHeaderParser(policy=policy.compat32)
        return _envelope(_headers(parser.parsebytes(raw[:1_000_000])))
    except (MessageError, ValueError, TypeError, LookupError, RecursionError, IndexError, AttributeError):
        return None


def _repair_header_block(data: bytes) -> bytes:
    """Undo header-block breakages that make the stdlib parser stop reading headers early:
    a leading BOM or blank lines, obsolete "Name :" headers (space before the colon), and a
    wrapped line that lost its leading whitespace in the middle of the block."""
    data = data.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n")
    end = min((p for p in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if p != -1), default=len(data))
    end = min(end, 256_000)
    head = data[:end]
    repaired = _SPACED_HEADER_NAME.sub(rb"\1:", head) if _SPACED_HEADER_NAME.search(head) else head
    lines = repaired.split(b"\n")
    if not lines or not (_HEADER_LINE.match(lines[0]) or lines[0].startswith(b"From ")):
        return data  # not a header block at all: a headerless body stays as it is
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if line[:1] in (b" ", b"\t") or _HEADER_LINE.match(line) or not line.strip(b"\r"):
            continue
        if any(_HEADER_LINE.match(later) for later in lines[index + 1 : index + 4]):
            lines[index] = b" " + line  # a stray fragment inside the block: fold it into the header above
    repaired = b"\n".join(lines)
    return data if repaired == head else repaired + data[end:]


def read_mail(raw: bytes, limits: MailLimits | None = None) -> ReadMail:
    """Read one raw message as SES stored it. Never raises; see the module doc for the bounds."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        return _empty(f"not bytes: {type(raw).__name__}")
    data = bytes(raw)
    if not data.strip():
        return _empty("empty message")
    if data.startswith(_CFB_MAGIC):
        return _empty("an Outlook .msg file, not a MIME message")
    if data.startswith(_TNEF_MAGIC):
        return _empty("a bare TNEF (winmail.dat) stream, not a MIME message")
    data = _repair_header_block(data)
    try:
        message = email.message_from_bytes(data, policy=policy.compat32)
        budget = _Budget(limits or MailLimits())
        mail = _read_message(message, 0, budget)
        return replace(mail, limits=tuple(budget.notes)) if budget.notes else mail
    except RecursionError:
        return _empty("message nested too deeply", _envelope_only(data))
    except Exception as error:  # noqa: BLE001 - the boundary: read_mail must never raise
        logger.warning("read_mail failed: %s: %s", type(error).__name__, error)
        return _empty(f"could not read message: {type(error).__name__}", _envelope_only(data))


# --------------------------------------------------------------------------- headers only


@dataclass(frozen=True)
class MailHead:
    """The header block alone: what the trust gate needs before any body is read."""

    envelope: Envelope
    headers: tuple[tuple[str, str], ...]  # every header, top to bottom, as written (capped)


_MAX_HEAD_BYTES = 1_000_000


def read_head(raw: bytes) -> MailHead:
    """Read only the header block of a raw message (never raises): the same envelope `read_mail` gives,
    plus the headers in order. Costs a parse of the headers, however large the body is."""
    empty = MailHead(_empty("").envelope, ())
    if not isinstance(raw, bytes | bytearray | memoryview):
        return empty
    data = _repair_header_block(bytes(raw[: _MAX_HEAD_BYTES * 2]))
    end = min((p for p in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if p != -1), default=len(data))
    try:
        parser = email.parser.BytesHeaderParser(policy=policy.compat32)
        message = parser.parsebytes(data[: min(end, _MAX_HEAD_BYTES)] + b"\n\n")
        items = tuple(
            (str(name), str(value)[:MAX_HEADER_CHARS])
            for _, (name, value) in zip(range(MAX_HEADERS), message.raw_items(), strict=False)
        )
        return MailHead(_envelope(_headers(message)), items)
    except (MessageError, ValueError, TypeError, LookupError, RecursionError, IndexError, AttributeError):
        return empty

"""Unwrapping forwarded mail and separating the newest text from quoted history.

Works on the plain text of a body (a text/plain part, or html_to_text output whose
<blockquote> lines carry "> "). It looks for the first *structure* in the text:

- an explicit forward separator ("---------- Forwarded message ---------", "Begin forwarded
  message:", "-------- Weitergeleitete Nachricht --------", Yahoo's one-line variant, ...)
  with the header block that follows it;
- an ambiguous one: "-----Original Message-----", a bare "From: / Sent: / Subject:" block
  (Outlook, often under a "____" rule) or an "On <date>, <name> wrote:" line (Outlook for
  Mac forwards look like that). These are forwards when the subject says so (Fwd/FW/TR/WG/...),
  replies when it says Re/AW/SV/...; without a prefix an "Original Message" separator or a
  header block with nothing above it is a forward, anything else is reply history.

Nested forwards: the innermost message wins when the outer layers are only wrappers (no real
text of their own, or sent by the forwarder themself - "Fwd: Fwd:"). A forwarded message that
has its own text keeps it, and whatever it forwarded or quoted below goes to `quoted`.

Every regex here runs on one capped line at a time and has no nested quantifiers.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from datetime import datetime

from untilsigned.domain.mail.forward_words import (
    BCC,
    CC,
    DATE,
    FORWARD_WORDS,
    FROM,
    LABELS,
    ORIGINAL_WORDS,
    REPLY_NAME_STOPS,
    REPLY_TO,
    REPLY_VERBS,
    SUBJECT,
    TO,
)
from untilsigned.domain.mail.header_dates import parse_loose_date
from untilsigned.domain.mail.headers import find_email, parse_address
from untilsigned.domain.mail.subjects import strip_subject_prefixes, subject_prefix_kind
from untilsigned.domain.model import Address, Envelope, OriginalMessage
from untilsigned.domain.text import fold_case

MAX_LINES = 20_000
MAX_LINE_CHARS = 2_000
MAX_NESTED_FORWARDS = 10
# An outer forwarded layer with less own text than this is a wrapper ("FYI", "see below").
WRAPPER_TEXT_CHARS = 80
_HEADER_LOOKAHEAD_BLANKS = 3

_LABEL_LINE = re.compile(
    r"^\*{0,2}(?P<label>[^\W\d_][^:：\n]{0,40}?)\*{0,2}[ \t]*[:：][ \t]*\*{0,2}[ \t]*(?P<value>.*)$"
)
_RULE_LINE = re.compile(r"^[_\-=─—–*]{8,}$")
_DASH_RUN = re.compile(r"[-=_*─—–]{2,}")
_NORMALIZE = str.maketrans({"\ufeff": None, "\u200b": None, "\xa0": " ", "\r": None, "\u2028": "\n"})


def _yahoo_labels() -> re.Pattern[str]:
    """Labels as Yahoo glues them into one line: "From: A <a@b>To: b@c Subject: x"."""
    variants: set[str] = set()
    for label in LABELS:
        if " " in label or not label[:1].isalpha():
            continue
        variants.add(label[:1].upper() + label[1:])
        variants.add(label.upper())
    alternation = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    return re.compile(rf"(?:{alternation}|De la|Від кого|Copie à|Másolatot kap)[ \t]?[:：]")


_YAHOO_LABEL = _yahoo_labels()
_YAHOO_BARE_SUBJECT = re.compile(
    "(?:"
    + "|".join(
        sorted(
            (w[:1].upper() + w[1:] for w, f in LABELS.items() if f == SUBJECT and w.isalpha()),
            key=len,
            reverse=True,
        )
    )
    + ")[ \t]"
)


# --------------------------------------------------------------------------- lines


@dataclass(frozen=True)
class _Line:
    depth: int  # how many ">" quote markers
    content: str  # the line without markers, stripped


def _split_quote(raw: str) -> _Line:
    depth = 0
    index = 0
    limit = min(len(raw), 60)
    while index < limit:
        char = raw[index]
        if char == ">":
            depth += 1
        elif char not in " \t":
            break
        index += 1
    return _Line(depth, raw[index:MAX_LINE_CHARS].strip())


def _label_of(content: str) -> tuple[str, str] | None:
    """(field, value) when the line is `Label: value` with a label we know."""
    colon = -1
    for mark in (":", "："):
        position = content.find(mark, 0, 48)
        if position != -1 and (colon == -1 or position < colon):
            colon = position
    if colon <= 0:
        return None
    match = _LABEL_LINE.match(content)
    if not match:
        return None
    label = fold_case(" ".join(match.group("label").split()))
    found = LABELS.get(label)
    if found is None:
        return None
    return found, match.group("value").strip()


def _has_forward_words(phrase: str) -> bool:
    folded = fold_case(phrase)
    return any(word in folded for word in FORWARD_WORDS)


def _has_original_words(phrase: str) -> bool:
    folded = fold_case(phrase)
    return any(word in folded for word in ORIGINAL_WORDS)


@dataclass(frozen=True)
class _Separator:
    kind: str  # "forward" or "original"
    inline: str  # header text on the same line (Yahoo), else ""


def _separator(content: str) -> _Separator | None:
    """A forward / original-message separator line, from its phrase."""
    if not content or len(content) > 400:
        return None
    if content[:2] in ("--", "__", "==", "**", "──", "——", "––") or content[:1] in "-_=*─—–":
        stripped = content.lstrip("-=_*─—– \t")
        dash = _DASH_RUN.search(stripped)
        phrase = stripped[: dash.start()] if dash else stripped
        rest = stripped[dash.end() :].strip() if dash else ""
        if rest and not _label_of(rest.lstrip("-=_*─—– ")):
            rest_phrase = rest.strip("-=_*─—– ")
            # "-------- Preposlaná správa --- Forwarded Message --------": a second phrase.
            rest = "" if len(rest_phrase) < 60 and not (":" in rest_phrase or "：" in rest_phrase) else rest
            phrase = phrase + " " + rest_phrase if not rest else phrase
        phrase = phrase.strip()
        if not phrase or len(phrase) > 80:
            return None
        if _has_forward_words(phrase):
            return _Separator("forward", rest)
        if _has_original_words(phrase):
            return _Separator("original", rest)
        return None
    # "Begin forwarded message:", "Début du message réexpédié :", "Forwarded message:".
    if len(content) <= 80 and content.rstrip().endswith((":", "：")):
        phrase = content.rstrip().rstrip(":：").strip()
        if ":" in phrase or "：" in phrase or not phrase:
            return None
        if _label_of(content) is not None:
            return None
        if _has_forward_words(phrase):
            return _Separator("forward", "")
        if _has_original_words(phrase):
            return _Separator("original", "")
    return None


def _is_reply_verb_line(text: str) -> bool:
    folded = text.casefold()
    if not folded.rstrip().endswith((":", "：")) and not folded.rstrip().endswith("のメッセージ"):
        return False
    if not any(char.isdigit() for char in folded) and "@" not in folded:
        return False
    return any(verb in folded for verb in REPLY_VERBS)


# --------------------------------------------------------------------------- structures


@dataclass
class _Structure:
    kind: str  # "forward" or "reply"
    start: int  # first line of the structure (separator / rule / header / reply line)
    body_start: int  # first line after the header block
    depth: int  # quote depth of the header block
    fields: dict[str, str] = field(default_factory=dict)
    reply_line: str = ""  # the "On ... wrote:" text, when that was the structure


def _read_block(lines: list[_Line], start: int, depth: int) -> tuple[dict[str, str], int]:
    """Header fields from `start` on, and the index of the first line after the block."""
    fields: dict[str, str] = {}
    last = ""
    index = start
    blanks_seen = 0
    # Skip blank lines right after a separator.
    while index < len(lines) and not lines[index].content and blanks_seen < _HEADER_LOOKAHEAD_BLANKS:
        index += 1
        blanks_seen += 1
    while index < len(lines):
        line = lines[index]
        if line.depth < depth and line.content:
            break
        if not line.content:
            following = _next_content(lines, index, _HEADER_LOOKAHEAD_BLANKS)
            if following is not None and fields and _label_of(lines[following].content) is not None:
                found = _label_of(lines[following].content)
                if found and found[0] not in fields:
                    index = following
                    continue
            break
        labelled = _label_of(line.content)
        if labelled is not None:
            name, value = labelled
            if name in fields and name in (FROM, SUBJECT, DATE):
                break  # a second From: starts the next message
            if name in (TO, CC, BCC) and name in fields:
                fields[name] += ", " + value
            else:
                fields[name] = value
            last = name
            index += 1
            continue
        if not fields or last not in (FROM, TO, CC, BCC, SUBJECT, REPLY_TO):
            break
        previous = fields[last]
        following = _next_content(lines, index, 0)
        next_is_label = (
            following is not None
            and following == index + 1
            and (_label_of(lines[following].content) is not None)
        )
        wraps_address = previous.endswith(("<", ",", ";")) or line.content.startswith(("<", "("))
        if next_is_label or wraps_address:
            fields[last] = (previous + " " + line.content).strip()
            index += 1
            continue
        break
    return fields, index


def _next_content(lines: list[_Line], index: int, max_blanks: int) -> int | None:
    probe = index + 1
    while probe < len(lines) and probe - index - 1 <= max_blanks:
        if lines[probe].content:
            return probe
        probe += 1
    return None


def _split_yahoo(inline: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    last = ""
    matches = list(_YAHOO_LABEL.finditer(inline))
    for position, match in enumerate(matches):
        label = fold_case(match.group(0).rstrip(":：").strip())
        name = LABELS.get(label)
        end = matches[position + 1].start() if position + 1 < len(matches) else len(inline)
        if name and name not in fields:
            fields[name] = inline[match.end() : end].strip()
            last = name
    if SUBJECT not in fields and matches:
        # Some Yahoo locales drop the colon after the last label ("...CETAssunto Integer ...").
        tail = fields.get(last, "")
        bare = _YAHOO_BARE_SUBJECT.search(tail)
        if bare:
            fields[last] = tail[: bare.start()].strip()
            fields[SUBJECT] = tail[bare.end() :].strip()
    return fields


def _has_text(lines: list[_Line], start: int, end: int) -> bool:
    return any(line.content and not _RULE_LINE.match(line.content) for line in lines[start:end])


def _reply_line_at(lines: list[_Line], index: int) -> tuple[str, int] | None:
    """("On ... wrote:" joined over up to 3 lines, lines used) when a reply line starts here."""
    first = lines[index].content
    if not first or len(first) > 400:
        return None
    if _is_reply_verb_line(first) or _is_attribution_line(lines, index, first, 1):
        return first, 1
    # A wrapped intro ("On <date> Name <addr>" / "wrote:") starts with a date, not a sentence.
    if not any(char.isdigit() for char in first) or first.endswith((".", "!", "?")):
        return None
    joined = first
    for extra in (1, 2):
        probe = index + extra
        if probe >= len(lines) or not lines[probe].content or len(joined) > 400:
            return None
        if lines[probe].depth != lines[index].depth:
            return None
        joined = joined + " " + lines[probe].content
        if _is_reply_verb_line(joined) or _is_attribution_line(lines, index, joined, extra + 1):
            return joined, extra + 1
    return None


def _is_attribution_line(lines: list[_Line], index: int, text: str, used: int) -> bool:
    """A verb-less intro ('26.06.2014, 14:41, "Name" <a@b>:') right above a deeper quote."""
    if not text.endswith((":", "：")) or "@" not in text or not any(char.isdigit() for char in text):
        return False
    following = _next_content(lines, index + used - 1, 2)
    return following is not None and lines[following].depth > lines[index].depth


def _find_structure(
    lines: list[_Line], start: int, end: int, subject_kind: str, self_addresses: frozenset[str] = frozenset()
) -> _Structure | None:
    """The first forward or reply structure in lines[start:end]."""
    index = start
    while index < end:
        line = lines[index]
        content = line.content
        if not content:
            index += 1
            continue
        separator = _separator(content)
        if separator is not None:
            if separator.inline:
                fields = _split_yahoo(separator.inline)
                body_start = index + 1
                depth = line.depth
            else:
                # Apple Mail may quote the header block and body below an unquoted separator.
                following = _next_content(lines, index, _HEADER_LOOKAHEAD_BLANKS)
                depth = line.depth
                if following is not None and following < end and _label_of(lines[following].content):
                    depth = max(depth, lines[following].depth)
                fields, body_start = _read_block(lines, index + 1, depth)
            kind = "forward"
            if separator.kind == "original" and subject_kind == "reply":
                kind = "reply"
            return _Structure(kind, index, body_start, depth, fields)
        labelled = _label_of(content)
        if labelled is not None and labelled[0] in (FROM, SUBJECT, DATE, TO):
            fields, body_start = _read_block(lines, index, line.depth)
            if FROM in fields and (SUBJECT in fields or DATE in fields):
                structure_start = index
                previous = index - 1
                while previous >= start and not lines[previous].content:
                    previous -= 1
                if previous >= start and _RULE_LINE.match(lines[previous].content):
                    structure_start = previous
                sender_email = parse_address(fields[FROM]).email
                if sender_email and sender_email in self_addresses:
                    kind = "reply"  # the mail quotes one its own recipient wrote
                elif subject_kind:
                    kind = "forward" if subject_kind == "forward" else "reply"
                elif structure_start != index:
                    kind = "forward"  # Outlook's "____" rule without a Re: prefix
                else:
                    kind = "reply" if _has_text(lines, start, structure_start) else "forward"
                return _Structure(kind, structure_start, body_start, line.depth, fields)
        reply = _reply_line_at(lines, index)
        if reply is not None:
            text, used = reply
            kind = "forward" if subject_kind == "forward" else "reply"
            return _Structure(kind, index, index + used, line.depth, {}, reply_line=text)
        index += 1
    return None


# --------------------------------------------------------------------------- layers


@dataclass
class _Layer:
    sender: Address
    subject: str
    date: datetime | None
    lines: list[_Line]
    raw: list[str]


def _reply_line_sender(text: str) -> tuple[Address, str]:
    """Sender and date text of an "On <date>, <name> <addr> wrote:" line."""
    span = find_email(text)
    if span is not None:
        before = text[: span[0]].rstrip(" <([")
        email = text[span[0] : span[1]].lower()
    else:
        folded = text.casefold()
        cut = min((folded.find(verb) for verb in REPLY_VERBS if verb in folded), default=len(text))
        before = text[:cut].rstrip(" ,")
        email = ""
    name, date_text = _name_at_end(before)
    return Address(name=name, email=email), date_text


def _name_at_end(before: str) -> tuple[str, str]:
    """Split "On 28/10/2021 12:46, "John Doe"" into ("John Doe", "On 28/10/2021 12:46,")."""
    stripped = before.rstrip()
    for close, opener in (('"', '"'), ("»", "«"), ("”", "„"), ("”", "“"), ("'", "'")):
        if stripped.endswith(close):
            open_at = stripped.rfind(opener, 0, len(stripped) - 1)
            if open_at != -1:
                return stripped[open_at + 1 : -1].strip(), stripped[:open_at]
    tokens = stripped.split()
    name_tokens: list[str] = []
    while tokens:
        token = tokens[-1]
        if (
            any(char.isdigit() for char in token)
            or token.endswith(",")
            or token.casefold() in REPLY_NAME_STOPS
        ):
            break
        name_tokens.append(tokens.pop())
    return " ".join(reversed(name_tokens)).strip(" ,"), " ".join(tokens)


def _body_lines(lines: list[_Line], raw: list[str], structure: _Structure) -> tuple[list[_Line], list[str]]:
    """The forwarded message's own lines: one quote level removed, common indent removed."""
    depth = structure.depth
    body_raw: list[str] = []
    index = structure.body_start
    while index < len(lines):
        line = lines[index]
        if depth and line.content and line.depth < depth:
            break  # the forwarder's text below the quoted forward
        text = raw[index]
        if depth:
            removed = 0
            position = 0
            while position < len(text) and removed < depth:
                if text[position] == ">":
                    removed += 1
                elif text[position] not in " \t":
                    break
                position += 1
            text = text[position:]
            if text.startswith(" "):
                text = text[1:]
        body_raw.append(text)
        index += 1
    while body_raw and not body_raw[0].strip():
        body_raw.pop(0)
    dedented = textwrap.dedent("\n".join(body_raw)).split("\n") if body_raw else []
    return [_split_quote(text) for text in dedented], dedented


def _layer(
    structure: _Structure, lines: list[_Line], raw: list[str], fallback_date: datetime | None
) -> _Layer:
    fields = structure.fields
    if structure.reply_line:
        sender, date_text = _reply_line_sender(structure.reply_line)
        date = parse_loose_date(date_text, fallback_date)
    else:
        sender = parse_address(fields.get(FROM, ""))
        date = parse_loose_date(fields.get(DATE, ""), fallback_date)
    body, body_raw = _body_lines(lines, raw, structure)
    return _Layer(sender, fields.get(SUBJECT, "").strip(), date, body, body_raw)


def _own_text(lines: list[_Line], raw: list[str], end: int) -> tuple[str, str]:
    """(newest text, quoted lines) of lines[:end]: ">" lines count as quoted."""
    text: list[str] = []
    quoted: list[str] = []
    # One lone "> " line is emphasis or a pasted snippet, not quoted history.
    quoting = sum(1 for line in lines[:end] if line.depth and line.content) >= 2
    for line, original in zip(lines[:end], raw[:end], strict=False):
        if line.depth and quoting:
            quoted.append(line.content)
        else:
            text.append(original.rstrip())
    return _tidy("\n".join(text)), _tidy("\n".join(quoted))


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out)


def _split_layer(lines: list[_Line], raw: list[str], structure: _Structure | None) -> tuple[str, str]:
    end = structure.start if structure is not None else len(lines)
    text, quoted = _own_text(lines, raw, end)
    if structure is None:
        return text, quoted
    rest_start = structure.start
    bottom = ""
    if structure.kind == "reply" and structure.reply_line:
        # Bottom-posting: "On ... wrote:", a ">" quote, then the new text below it.
        quote_depth = max(structure.depth, 1)
        index = structure.body_start
        saw_quote = False
        while index < len(lines) and (lines[index].depth >= quote_depth or not lines[index].content):
            saw_quote = saw_quote or bool(lines[index].content)
            index += 1
        # Only when nothing was written above the quote: text below it under a top-posted reply
        # is a signature or footer, and stays with the history.
        if saw_quote and not text and index < len(lines):
            tail = _find_structure(lines, index, len(lines), "reply")
            tail_end = tail.start if tail is not None else len(lines)
            bottom, _ = _own_text(lines[index:tail_end], raw[index:tail_end], tail_end - index)
            quoted_part = raw[rest_start:index] + (raw[tail_end:] if tail is not None else [])
            rest = _tidy("\n".join(quoted_part))
            text = "\n\n".join(part for part in (text, bottom) if part)
            quoted = (quoted + "\n" + rest).strip("\n") if quoted else rest
            return text, quoted
    rest = _tidy("\n".join(raw[rest_start:]))
    quoted = (quoted + "\n" + rest).strip("\n") if quoted else rest
    return text, quoted


def split_reply(text: str) -> tuple[str, str]:
    """(newest text, quoted history) of a message body that is not a forward."""
    lines_raw = _prepare(text)
    lines = [_split_quote(line) for line in lines_raw]
    return _split_layer(lines, lines_raw, _find_structure(lines, 0, len(lines), "reply"))


def _prepare(text: str) -> list[str]:
    return text.translate(_NORMALIZE).split("\n")[:MAX_LINES]


# --------------------------------------------------------------------------- entry point


@dataclass(frozen=True)
class Unwrapped:
    original: OriginalMessage
    forwarded: bool
    forwarded_by: Address | None
    text: str
    quoted: str


def unwrap(
    body: str,
    envelope: Envelope,
    *,
    message_id: str = "",
    in_reply_to: str = "",
    references: tuple[str, ...] = (),
) -> Unwrapped:
    """Find an inline forward in `body` (the envelope message's text) and return the original.

    Without one, the envelope is the original (auto-forward, or mail sent straight to the inbox)
    and the ids passed in are used; inline forwards do not carry ids, so theirs are "".
    """
    raw = _prepare(body)
    lines = [_split_quote(line) for line in raw]
    subject_kind = subject_prefix_kind(envelope.subject)
    recipients = frozenset(address.email for address in envelope.to if address.email)
    structure = _find_structure(lines, 0, len(lines), subject_kind, recipients)
    if structure is None or structure.kind != "forward":
        text, quoted = _split_layer(lines, raw, structure)
        original = OriginalMessage(
            sender=envelope.sender,
            subject=strip_subject_prefixes(envelope.subject, replies_too=False),
            date=envelope.date,
            message_id=message_id,
            in_reply_to=in_reply_to,
            references=references,
        )
        return Unwrapped(original, False, None, text, quoted)

    forwarded_by = envelope.sender
    layer = _layer(structure, lines, raw, envelope.date)
    nested: _Structure | None = None
    for _ in range(MAX_NESTED_FORWARDS):
        nested = _find_structure(layer.lines, 0, len(layer.lines), subject_prefix_kind(layer.subject))
        if nested is None or nested.kind != "forward":
            break
        if not nested.fields and not nested.reply_line:
            # A separator with no header block closes the one above it (Zoho frames its headers so).
            nested = None
            break
        own, _quoted = _own_text(layer.lines, layer.raw, nested.start)
        own_is_wrapper = len(own.strip()) < WRAPPER_TEXT_CHARS
        same_person = bool(layer.sender.email) and layer.sender.email == forwarded_by.email
        if not (own_is_wrapper or same_person or not layer.sender.email and not layer.sender.name):
            break
        layer = _layer(nested, layer.lines, layer.raw, layer.date)
        nested = None
    text, quoted = _split_layer(layer.lines, layer.raw, nested)
    if not text.strip() and quoted.strip():
        # Some clients (Proton, some webmails) quote the whole forwarded body under its header block.
        text, quoted = quoted, ""
    subject = layer.subject or strip_subject_prefixes(envelope.subject)
    original = OriginalMessage(
        sender=layer.sender,
        subject=subject,
        date=layer.date or envelope.date,
        message_id="",
        in_reply_to="",
        references=(),
    )
    return Unwrapped(original, True, forwarded_by, text, quoted)

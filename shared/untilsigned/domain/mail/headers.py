"""Header helpers for the MIME reader and the forward unwrapper: decoding, addresses, parameters.

Everything here is tolerant by design: raw header values from hostile or broken mail go in,
best-effort strings come out, and nothing raises. Work is bounded by capping input lengths, and
no regex here can backtrack badly on untrusted text.
"""

from __future__ import annotations

import binascii
import codecs
import re
from email.utils import getaddresses

from untilsigned.domain.bounds import MAX_NAME_CHARS
from untilsigned.domain.model import Address

# A header longer than this is junk or an attack (one corpus To: header is 135 KB of encoded words).
MAX_HEADER_CHARS = 16_000
# A forward block's address value longer than this is not an address line.
_MAX_ADDRESS_CHARS = 1_000
_MAX_ADDRESSES = 100

_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,60})\?([bBqQ])\?([^?\s]*)\?=")
_FOLD = re.compile(r"\r?\n[ \t]*")
_SPACES = re.compile(r"\s+")
_ON_BEHALF = re.compile(
    r"\s(?:on behalf of|im auftrag von|au nom de|en nombre de|per conto di|em nome de|namens|för|"
    r"på vegne af)\s",
    re.IGNORECASE,
)
_MAILTO_SQUARE = re.compile(r"\[mailto:([^\]\s]{1,320})\]", re.IGNORECASE)
_MAILTO_ANGLE = re.compile(r"<mailto:([^>\s]{1,320})>", re.IGNORECASE)
_NAME_QUOTES = "\"'«»„“”‚‘’` \t,;:"

# Characters allowed around the "@" of an address we pick out of free text.
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")

# Charset labels seen in real mail that Python does not know under that name.
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "x-sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "x-euc-jp": "euc_jp",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "x-mac-roman": "mac_roman",
    "unicode-1-1-utf-7": "utf-7",
    "x-unknown": "utf-8",
    "unknown-8bit": "utf-8",
    "unknown": "utf-8",
    "default": "utf-8",
    "iso-8859-8-i": "iso-8859-8",
    "windows-874": "cp874",
    "ansi_x3.4-1968": "ascii",
}


def codec_for(charset: str | None) -> str | None:
    """The Python codec name for a MIME charset label, or None when it is unknown."""
    if not charset:
        return None
    label = charset.strip().strip("\"'").lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except (LookupError, ValueError):
        return None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Bytes to text: the declared charset if Python knows it, else UTF-8, else Windows-1252.

    "us-ascii" and a missing charset are often lies (8-bit UTF-8 sent undeclared), so UTF-8 is
    tried first for those. Never raises; undecodable bytes become U+FFFD.
    """
    codec = codec_for(charset)
    if codec in (None, "ascii"):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")
    assert codec is not None
    try:
        return data.decode(codec, errors="replace")
    except (LookupError, UnicodeError, ValueError, TypeError):
        # Some codecs (utf-7, stateful CJK ones) raise on garbage even with errors="replace".
        return data.decode("utf-8", errors="replace")


def raw_to_text(raw: str) -> str:
    """A header value as the parser stored it (8-bit bytes as surrogates) to real text."""
    try:
        data = raw.encode("ascii", errors="surrogateescape")
    except UnicodeEncodeError:
        return raw  # already real text (non-ASCII, no surrogates)
    if data.isascii():
        return raw
    return decode_bytes(data, None)


def _decode_word(charset: str, encoding: str, text: str) -> bytes:
    if encoding in "bB":
        compact = text.strip()
        try:
            return binascii.a2b_base64(compact + "=" * (-len(compact) % 4))
        except (binascii.Error, ValueError):
            return text.encode("ascii", errors="replace")
    return binascii.a2b_qp(text.encode("ascii", errors="replace"), header=True)


def decode_header_value(raw: str | None, limit: int = MAX_HEADER_CHARS) -> str:
    """RFC 2047 encoded-words and raw 8-bit text to one clean line of text.

    Adjacent encoded words in the same charset are joined as bytes before decoding, so a
    multi-byte character split across two words survives.
    """
    if not raw:
        return ""
    value = _FOLD.sub(" ", raw[:limit])
    if "=?" not in value:
        return _SPACES.sub(" ", raw_to_text(value)).strip()
    out: list[str] = []
    pending: bytes = b""
    pending_charset = ""
    last_end = 0
    for match in _ENCODED_WORD.finditer(value):
        gap = value[last_end : match.start()]
        charset = match.group(1).split("*", 1)[0]
        if gap.strip() or (pending and charset.lower() != pending_charset.lower()):
            if pending:
                out.append(decode_bytes(pending, pending_charset))
                pending = b""
            if gap.strip():
                out.append(raw_to_text(gap))
        pending += _decode_word(charset, match.group(2), match.group(3))
        pending_charset = charset
        last_end = match.end()
    if pending:
        out.append(decode_bytes(pending, pending_charset))
    out.append(raw_to_text(value[last_end:]))
    return _SPACES.sub(" ", "".join(out)).strip()


def find_email(text: str) -> tuple[int, int] | None:
    """Span of the first plausible e-mail address in free text, found without regex backtracking."""
    at = text.find("@")
    while at != -1:
        start = at
        while start > 0 and text[start - 1] in _LOCAL_CHARS:
            start -= 1
        end = at + 1
        while end < len(text) and text[end] in _DOMAIN_CHARS:
            end += 1
        local = text[start:at].strip(".")
        domain = text[at + 1 : end].strip(".-")
        if local and "." in domain and not domain.startswith("."):
            lead = start + (len(text[start:at]) - len(text[start:at].lstrip(".")))
            return lead, at + 1 + len(text[at + 1 : end].rstrip(".-"))
        at = text.find("@", at + 1)
    return None


def _clean_name(name: str) -> str:
    """A display name as one line, at most MAX_NAME_CHARS long: no pattern downstream sees more."""
    name = _SPACES.sub(" ", name).strip(_NAME_QUOTES)
    return name[:MAX_NAME_CHARS].strip(_NAME_QUOTES).strip()


def parse_address(value: str) -> Address:
    """One loosely written mailbox: `Name <a@b>`, `"Name" <a@b>`, `a@b`, `Name [mailto:a@b]`,
    `Name <mailto:a@b>`, `Name (a@b)`, `a@b (Name)`, `Name<mailto:a@b> <a@b> on behalf of x@y`,
    or only a name. The address is lower-cased; a name equal to the address is dropped."""
    text = _SPACES.sub(" ", value[:_MAX_ADDRESS_CHARS]).strip()
    text = _ON_BEHALF.split(text, maxsplit=1)[0]
    text = _MAILTO_SQUARE.sub(r"<\1>", text)
    text = _MAILTO_ANGLE.sub(r"<\1>", text)
    span = find_email(text)
    if span is None:
        return Address(name=_clean_name(text.replace("<>", "")), email="")
    email = text[span[0] : span[1]].lower()
    before = text[: span[0]]
    cut = len(before)
    for opener in "<[(":
        position = before.find(opener)
        if position != -1:
            cut = min(cut, position)
    name = _clean_name(before[:cut])
    if not name:
        # "a@b (Name)": the old comment style puts the name after the address.
        after = text[span[1] :].strip().lstrip(">]").strip()
        if after.startswith("(") and ")" in after:
            name = _clean_name(after[1 : after.index(")")])
    if name.lower() == email or find_email(name) is not None:
        name = ""
    return Address(name=name, email=email)


def parse_address_header(raw: str | None) -> tuple[Address, ...]:
    """Every mailbox of a raw address header (From, To, Cc), names decoded."""
    if not raw:
        return ()
    value = _FOLD.sub(" ", raw[:MAX_HEADER_CHARS])
    result: list[Address] = []
    try:
        pairs = getaddresses([value])
    except (ValueError, TypeError, IndexError, AttributeError):
        pairs = []
    for name, addr in pairs[:_MAX_ADDRESSES]:
        email = raw_to_text(addr).strip().lower()
        span = find_email(email)
        if span is None or span != (0, len(email)):
            # "Ana Ruiz ana@x.example" comes back as one "address" with spaces: read it loosely.
            if "@" in email:
                guessed = parse_address(decode_header_value(f"{name} {addr}".strip()))
                if guessed.email:
                    result.append(guessed)
            continue
        clean = _clean_name(decode_header_value(name))
        result.append(Address(name="" if clean.lower() == email else clean, email=email))
    if result:
        return tuple(result)
    # The strict parser gave up: fall back to the loose one, comma by comma.
    loose = [parse_address(decode_header_value(part)) for part in value.split(",")[:_MAX_ADDRESSES]]
    return tuple(a for a in loose if a.email or a.name)


def bare_address(raw: str | None) -> str:
    """`<Bounce@Example.com>` (Return-Path style) to `bounce@example.com`; "" when none."""
    if not raw:
        return ""
    text = raw_to_text(raw[:_MAX_ADDRESS_CHARS])
    span = find_email(text)
    return text[span[0] : span[1]].lower() if span else ""


def parse_params(raw: str | None) -> tuple[str, dict[str, str]]:
    """`text/plain; charset="utf-8"; name=a.ics` to ("text/plain", {"charset": "utf-8", ...}).

    Keys are lower-cased; RFC 2231 continuations (`name*0*=`, `name*1=`) are joined and their
    percent-encoding undone as far as is cheap. Tolerates missing `;`, stray quotes and junk.
    """
    if not raw:
        return "", {}
    value = raw_to_text(_FOLD.sub(" ", raw[:4_000]))
    pieces: list[str] = []
    current: list[str] = []
    quoted = False
    for char in value:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    main = pieces[0].strip().lower()
    # "text/plain charset=utf-8" (missing ";") still names the type first.
    if " " in main:
        main, _, rest = main.partition(" ")
        pieces.insert(1, rest)
    params: dict[str, str] = {}
    continued: dict[str, list[tuple[int, str]]] = {}
    for piece in pieces[1:]:
        key, sep, val = piece.partition("=")
        if not sep:
            continue
        key = key.strip().lower()
        val = val.strip().strip('"')
        if "*" in key:
            base, _, index = key.partition("*")
            number = index.rstrip("*")
            if "'" in val and (index.endswith("*") or not number):
                val = val.split("'", 2)[-1]
                val = _percent_decode(val)
            elif index.endswith("*"):
                val = _percent_decode(val)
            continued.setdefault(base, []).append((int(number) if number.isdigit() else 0, val))
        else:
            params.setdefault(key, decode_header_value(val))
    for base, parts in continued.items():
        params.setdefault(base, "".join(text for _, text in sorted(parts)))
    return main, params


def _percent_decode(text: str) -> str:
    if "%" not in text:
        return text
    out = bytearray()
    i = 0
    while i < len(text):
        char = text[i]
        if char == "%" and i + 2 < len(text) + 0 and _is_hex(text[i + 1 : i + 3]):
            out.append(int(text[i + 1 : i + 3], 16))
            i += 3
            continue
        out.extend(char.encode("utf-8"))
        i += 1
    return decode_bytes(bytes(out), "utf-8")


def _is_hex(pair: str) -> bool:
    return len(pair) == 2 and all(c in "0123456789abcdefABCDEF" for c in pair)

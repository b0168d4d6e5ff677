"""Subject prefixes: the "Fwd:", "RE:", "AW:", "[EXT]" a subject gathers as mail is forwarded and answered.

The one table of forward and reply prefixes, in many languages and as many mail clients write them.
"""

from __future__ import annotations

import re

from untilsigned.domain.mail.forward_words import fold

_FORWARD_PREFIXES = frozenset(
    {
        "fw", "fwd", "tr", "wg", "rv", "i", "vs", "vl", "vb", "enc", "pd", "doorst", "videresend",
        "redir", "ilt", "i̇lt", "tov", "továbbítás", "továbbított", "přep", "pr", "fs", "trs", "πρθ",
        "转发", "轉寄", "转寄", "wtr",
    }
)  # fmt: skip
_REPLY_PREFIXES = frozenset(
    {
        "re", "aw", "sv", "antw", "odp", "rif", "r", "res", "ynt", "vá", "atb", "bls", "svar", "απ",
        "回复", "回覆", "答复", "ref", "réf",
    }
)  # fmt: skip

_PREFIX = re.compile(
    r"^\s*(?:\[[^\]\n]{0,40}\]\s*)?([^\W\d_]{1,12}\.?)\s*(?:\[\d{1,3}\]|\(\d{1,3}\))?\s*[:：]\s*",
)


def subject_prefix_kind(subject: str) -> str:
    """ "forward" or "reply" for the leading Fwd:/Re: style prefix of a subject, else ""."""
    match = _PREFIX.match(subject or "")
    if not match:
        return ""
    word = fold(match.group(1)).rstrip(".")
    if word in _FORWARD_PREFIXES:
        return "forward"
    if word in _REPLY_PREFIXES:
        return "reply"
    return ""


def strip_subject_prefixes(subject: str, *, replies_too: bool = True) -> str:
    """ "Fwd: RE: [EXT] FW: Your interview" -> "Your interview" (any number of prefixes)."""
    text = (subject or "").strip()
    for _ in range(12):
        match = _PREFIX.match(text)
        if not match:
            break
        word = fold(match.group(1)).rstrip(".")
        if word in _FORWARD_PREFIXES or (replies_too and word in _REPLY_PREFIXES):
            text = text[match.end() :]
        else:
            break
    return text.strip()

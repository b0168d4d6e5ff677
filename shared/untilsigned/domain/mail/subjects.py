"""Subject prefixes: the "Fwd:", "RE:", "AW:", "[EXT]" a subject gathers as mail is forwarded and answered.

The one table of forward and reply prefixes, in many languages and as many mail clients write them: forward
unwrapping, the classifier, the command reader, extraction and matching all read subjects through here.
"""

from __future__ import annotations

import re

from untilsigned.domain.text import fold_case

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
# "VS:" answers in Finnish (vastaus) and forwards in Norwegian (videresendt): unwrapping reads it as a forward
# (a header block under it is the forwarded mail), and it marks a reply's inherited subject too.
_REPLY_OR_FORWARD_PREFIXES = frozenset({"vs"})

_PREFIX = re.compile(
    r"^\s*(?:\[[^\]\n]{0,40}\]\s*)?([^\W\d_]{1,12}\.?)\s*(?:\[\d{1,3}\]|\(\d{1,3}\))?\s*[:：]\s*",
)


def subject_prefix_kind(subject: str) -> str:
    """ "forward" or "reply" for the leading Fwd:/Re: style prefix of a subject, else ""."""
    match = _PREFIX.match(subject or "")
    if not match:
        return ""
    word = fold_case(match.group(1)).rstrip(".")
    if word in _FORWARD_PREFIXES:
        return "forward"
    if word in _REPLY_PREFIXES:
        return "reply"
    return ""


def _leading_prefixes(subject: str, *, replies_too: bool = True) -> tuple[list[str], str]:
    """The known prefixes at the start of `subject`, folded, and the subject without them."""
    text = (subject or "").strip()
    words: list[str] = []
    for _ in range(12):
        match = _PREFIX.match(text)
        if not match:
            break
        word = fold_case(match.group(1)).rstrip(".")
        if word in _FORWARD_PREFIXES or (replies_too and word in _REPLY_PREFIXES):
            words.append(word)
            text = text[match.end() :]
        else:
            break
    return words, text.strip()


def strip_subject_prefixes(subject: str, *, replies_too: bool = True) -> str:
    """ "Fwd: RE: [EXT] FW: Your interview" -> "Your interview" (any number of prefixes)."""
    return _leading_prefixes(subject, replies_too=replies_too)[1]


def is_reply_subject(subject: str) -> bool:
    """True when a reply prefix leads the subject, alone or among forward prefixes ("Fwd: RE: Interview"):
    the subject is the thread's first one, older news than the text below it."""
    words, _ = _leading_prefixes(subject)
    return any(word in _REPLY_PREFIXES or word in _REPLY_OR_FORWARD_PREFIXES for word in words)


def normalise_subject(subject: str) -> str:
    """A subject as a comparable key: no reply or forward prefixes, single spaces, casefolded."""
    return " ".join(strip_subject_prefixes(subject).split()).casefold()

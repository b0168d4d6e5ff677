"""Caps on the text hostile mail can hand the patterns, applied where the MIME reader normalises it.

Every pattern in this package is written to run in linear time, and these caps bound the rest: a line,
a whitespace run, a header value, a display name and a sentence can only be so long before any regex
sees them. The caps sit far above what people write (a long paragraph is a few thousand characters, a
long display name under a hundred), so ordinary mail reads exactly as before; a longer line is wrapped
at a space, not cut, so no word is lost.
"""

from __future__ import annotations

import re

MAX_LINE_CHARS = 4_000  # a paragraph of plain text, or of HTML converted to one line
MAX_SENTENCE_CHARS = 2_000  # a sentence after wrapped lines are joined back together
MAX_HEADER_TEXT_CHARS = 2_000  # a decoded Subject and similar one-line header values
MAX_NAME_CHARS = 256  # a display name ("Jane Doe via Greenhouse on behalf of Acme Careers")
MAX_SPACE_RUN = 64  # spaces and tabs in a row (column layouts indent, nobody needs more)
MAX_BLANK_LINES = 20  # empty lines in a row
_WRAP_LOOKBACK = 200  # how far back from the cap a line looks for a space to wrap at

_SPACE_RUN = re.compile(rf"[^\S\n]{{{MAX_SPACE_RUN + 1},}}")
_BLANK_RUN = re.compile(rf"\n(?:[^\S\n]*\n){{{MAX_BLANK_LINES + 1},}}")


def wrap_long(text: str, limit: int) -> list[str]:
    """`text` in pieces of at most `limit` characters, broken at the last space before each cut."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start + limit - _WRAP_LOOKBACK, start + limit)
        if cut <= start:
            cut = start + limit
        pieces.append(text[start:cut])
        start = cut + 1 if text[cut : cut + 1] == " " else cut
    pieces.append(text[start:])
    return pieces


def bounded_text(text: str) -> str:
    """Text with no line over MAX_LINE_CHARS (longer ones wrapped at a space), no run of more than
    MAX_SPACE_RUN spaces or tabs, and no more than MAX_BLANK_LINES empty lines in a row."""
    if not text:
        return text
    text = _SPACE_RUN.sub(lambda run: run.group(0)[:MAX_SPACE_RUN], text)
    text = _BLANK_RUN.sub("\n" * (MAX_BLANK_LINES + 1), text)
    if len(text) <= MAX_LINE_CHARS or all(len(line) <= MAX_LINE_CHARS for line in text.split("\n")):
        return text
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(wrap_long(line, MAX_LINE_CHARS) if len(line) > MAX_LINE_CHARS else (line,))
    return "\n".join(lines)


def bounded_line(value: str, limit: int = MAX_HEADER_TEXT_CHARS) -> str:
    """One-line text (a header value, a name) cut to `limit`, with its whitespace runs shortened."""
    if len(value) > limit:
        value = value[:limit]
    return _SPACE_RUN.sub(lambda run: run.group(0)[:MAX_SPACE_RUN], value)

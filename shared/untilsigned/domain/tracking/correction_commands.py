"""The board's corrections as mail commands, for an owner who never opens the board.

Each command is one line (the subject, or the first line of the body) mailed by the owner to their own
inbox address. The grammar is in the README; this module only reads the line. Which application a name
means is decided by `commands.find_application_for_command`, like the signed / withdraw / rejected
commands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from untilsigned.domain.model import Status

STATUS_WORDS: dict[str, Status] = {
    "applied": Status.APPLIED,
    "assessment": Status.ASSESSMENT,
    "test": Status.ASSESSMENT,
    "interview": Status.INTERVIEWING,
    "interviewing": Status.INTERVIEWING,
    "references": Status.REFERENCES,
    "offer": Status.OFFER,
    "signed": Status.SIGNED,
    "rejected": Status.REJECTED,
    "ghosted": Status.GHOSTED,
    "withdrawn": Status.WITHDRAWN,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Correction:
    """One mailed correction: what to do, which application (as the owner named it), and its values."""

    action: str  # set, rename, role, promised, unghost, note, merge, add, notjob, otherjob, undo, release,
    # goal, digest, timezone, link, calendar, calendar_off
    target: str = ""  # the application as named ("Acme" or "Acme - Data Engineer")
    value: str = ""
    other: str = ""  # merge: the application taken in
    day: date | None = None


class NotUnderstood(ValueError):
    """The verb was a correction's, but the rest was not; the message says how to write it."""


_ISO_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_URL = re.compile(r"\bhttps?://\S+", re.I)
_LINE = re.compile(
    r"^\s*(?P<verb>link|calendar|set|rename|role|promised|unghost|un-ghost|note|merge|add|undo|release|goal|digest|"
    r"timezone|not\s+a\s+job|not\s+this\s+job)\b\s*[:\-–—]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def _day(text: str) -> date | None:
    found = _ISO_DAY.search(text)
    if found is None:
        return None
    try:
        return date.fromisoformat(found.group(1))
    except ValueError as error:
        raise NotUnderstood(f"“{found.group(1)}” is not a date; write it as 2026-12-04.") from error


def _split(rest: str, separator: str, usage: str) -> tuple[str, str]:
    head, found, tail = rest.partition(separator)
    if not found or not head.strip() or not tail.strip():
        raise NotUnderstood(f"Write it as: {usage}")
    return head.strip(), tail.strip()


def parse_correction(line: str) -> Correction | None:
    """The correction on this line, None when the line is no correction command; NotUnderstood when it
    starts like one but the rest does not fit."""
    match = _LINE.match(line.strip())
    if match is None:
        return None
    verb = " ".join(match.group("verb").lower().split())
    rest = match.group("rest").strip()
    if verb == "link":
        return Correction("link") if not rest or rest.lower() in ("please", "me") else None
    if verb == "calendar":
        if rest.lower() in ("off", "revoke", "stop"):
            return Correction("calendar_off")
        return Correction("calendar") if not rest or rest.lower() in ("please", "link", "new") else None
    if verb == "release":
        return Correction("release") if not rest or rest.lower() in ("newest", "latest", "last") else None
    if verb in ("not a job", "not this job"):
        if not rest:
            raise NotUnderstood(f"Name the employer: {verb} <employer>")
        return Correction("notjob" if verb == "not a job" else "otherjob", target=rest)
    if verb == "set":
        target, status = _split(rest, " to ", "set <employer> to <status>: <note>")
        word, _, note = status.partition(":")
        if word.strip().lower() not in STATUS_WORDS:
            raise NotUnderstood("The status is one of: " + ", ".join(sorted({s.value for s in Status})) + ".")
        return Correction(
            "set", target=target, value=STATUS_WORDS[word.strip().lower()].value, other=note.strip()
        )
    if verb == "rename":
        target, name = _split(rest, " to ", "rename <employer> to <new name>")
        return Correction("rename", target=target, value=name)
    if verb in ("role", "note"):
        target, value = _split(rest, ":", f"{verb} <employer>: <{'role' if verb == 'role' else 'your note'}>")
        return Correction(verb, target=target, value=value)
    if verb == "merge":
        other, target = _split(rest, " into ", "merge <employer> into <employer>")
        return Correction("merge", target=target, other=other)
    if verb == "promised":
        if not rest:
            raise NotUnderstood("Write it as: promised <employer> 2026-12-04 (or: promised <employer> none)")
        if rest.lower().endswith(" none"):
            return Correction("promised", target=rest[: -len(" none")].strip())
        day = _day(rest)
        if day is None:
            raise NotUnderstood("Write it as: promised <employer> 2026-12-04 (or: promised <employer> none)")
        return Correction("promised", target=_ISO_DAY.sub("", rest).strip(), day=day)
    if verb in ("unghost", "un-ghost", "undo"):
        if not rest:
            raise NotUnderstood(f"Name the employer: {verb} <employer>")
        return Correction("unghost" if verb != "undo" else "undo", target=rest)
    if verb == "add":
        return _add(rest)
    if verb == "goal":
        if rest.lower() == "default":
            return Correction("goal")
        if not rest.isdigit() or int(rest) > 100:
            raise NotUnderstood("Write it as: goal 5 (or: goal default)")
        return Correction("goal", value=rest)
    if verb == "digest":
        return _digest(rest)
    if not rest or " " in rest:
        raise NotUnderstood("Write it as: timezone Europe/Berlin")
    return Correction("timezone", value=rest)


def _add(rest: str) -> Correction:
    url = _URL.search(rest)
    link = url.group(0) if url else ""
    text = _URL.sub("", rest)
    day = None
    applied = re.search(r"\bapplied\s+(\d{4}-\d{2}-\d{2})\b", text, re.I)
    if applied:
        day = _day(applied.group(1))
        text = text[: applied.start()] + text[applied.end() :]
    employer, _, role = (part.strip() for part in text.partition(" - "))
    if not employer:
        raise NotUnderstood("Write it as: add <employer> - <role> applied 2026-11-20 https://link")
    return Correction("add", target=employer, value=role, other=link, day=day)


def _digest(rest: str) -> Correction:
    words = rest.lower().replace(",", " ").split()
    rhythm = next((w for w in words if w in ("daily", "weekly")), "")
    weekday = next((str(WEEKDAYS.index(w)) for w in words if w in WEEKDAYS), "")
    hour = ""
    if "at" in words and words.index("at") + 1 < len(words):
        token = words[words.index("at") + 1].split(":")[0]
        if token.isdigit() and int(token) < 24:
            hour = token
    if not rhythm and not weekday and not hour:
        raise NotUnderstood("Write it as: digest weekly monday at 8 (or: digest daily at 7)")
    return Correction("digest", value=rhythm or ("weekly" if weekday else ""), other=weekday, target=hour)

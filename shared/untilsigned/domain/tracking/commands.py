"""Commands the owner mails to their own inbox: "signed Acme", "withdraw Foo", "pause", "forget me".

A command is written by the owner, never forwarded: a subject starting with "Re:" or "Fwd:" (in any of the
common languages) is never a command, and the trust gate only asks for commands on non-forwarded owner mail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from untilsigned.domain.mail.subjects import subject_prefix_kind
from untilsigned.domain.model import Application, Status
from untilsigned.domain.tracking.correction_commands import Correction, NotUnderstood, parse_correction
from untilsigned.domain.understanding.names import (
    exact_role,
    loosely_same_company,
    normalise_company,
    same_company,
    same_role,
)

# "correction": one of the board's corrections by mail (correction_commands.py reads it).
Verb = Literal[
    "signed",
    "withdraw",
    "rejected",
    "pause",
    "resume",
    "status",
    "help",
    "forget",
    "new_address",
    "correction",
]

# Applications whose outcome is still open rank before ghosted ones, which rank before settled ones, when one
# command argument fits several applications.
_OPEN_STATUSES = frozenset(
    {Status.APPLIED, Status.ASSESSMENT, Status.INTERVIEWING, Status.REFERENCES, Status.OFFER}
)


@dataclass(frozen=True)
class Command:
    verb: Verb
    argument: str  # "" for pause/resume/status/help/new address; "me" for "forget me"
    correction: Correction | None = None  # for "correction": what the owner asked
    problem: str = ""  # for "correction" that could not be read: how to write it


_VERB_SPELLINGS: dict[str, Verb] = {
    "signed": "signed",
    "sign": "signed",
    "withdraw": "withdraw",
    "withdrawn": "withdraw",
    "withdrew": "withdraw",
    "rejected": "rejected",
    "reject": "rejected",
    "pause": "pause",
    "resume": "resume",
    "unpause": "resume",
    "status": "status",
    "help": "help",
    "commands": "help",
    "forget": "forget",
    "new address": "new_address",
    "new inbox": "new_address",
}

_COMMAND_LINE = re.compile(
    r"^\s*(?P<verb>"
    + "|".join(spelling.replace(" ", r"\s+") for spelling in sorted(_VERB_SPELLINGS, key=len, reverse=True))
    + r")\b\s*[:\-–—]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# Lead-ins people write before the employer: "withdraw from Foo", "signed with Acme", "rejected by Bar".
_ARGUMENT_LEAD_IN = re.compile(
    r"^(?:(?:my|the)\s+)?(?:(?:application|offer|candidacy)\s+)?(?:with|at|from|to|by|for)\s+", re.IGNORECASE
)
_MAX_LINE_CHARS = 160
_MAX_ARGUMENT_WORDS = 12
_MAX_BARE_VERB_WORDS = 3  # "pause digests", "status please"


def _parse_line(line: str) -> Command | None:
    line = line.strip().strip("\ufeff")
    if not line or len(line) > _MAX_LINE_CHARS:
        return None
    try:
        correction = parse_correction(line)
    except NotUnderstood as problem:
        return Command("correction", line, problem=str(problem))
    if correction is not None:
        return Command("correction", line, correction)
    match = _COMMAND_LINE.match(line)
    if match is None:
        return None
    verb = _VERB_SPELLINGS[" ".join(match.group("verb").casefold().split())]
    rest = match.group("rest").strip().strip("\"'“”‘’").rstrip(".!?;,").strip()
    if verb in ("pause", "resume", "status", "help", "new_address"):
        # Anything after these is politeness ("status please"), but a long tail means prose, not a command.
        return Command(verb, "") if len(rest.split()) <= _MAX_BARE_VERB_WORDS else None
    if verb == "forget":
        return Command("forget", rest.casefold() if rest.casefold() == "me" else rest) if rest else None
    rest = _ARGUMENT_LEAD_IN.sub("", rest).strip()
    if len(rest.split()) > _MAX_ARGUMENT_WORDS:
        return None
    if not rest and verb != "signed":
        # "signed" alone can still mean the one offer on the table; "withdraw" alone names nothing.
        return None
    return Command(verb, rest)


def parse_command(subject: str, text: str) -> Command | None:
    """The command in the subject, else in the first non-empty body line; None when there is none.

    Verbs are case-insensitive and may be followed by ":" or "-" ("Signed: Acme Corp"). Replies and forwards
    ("Re:", "Fwd:", "AW:", ...) are never commands.
    """
    if subject_prefix_kind(subject):
        return None
    from_subject = _parse_line(subject)
    if from_subject is not None:
        return from_subject
    for line in text.splitlines():
        if line.strip():
            return None if line.lstrip().startswith(">") else _parse_line(line)
    return None


def _split_employer_and_role(argument: str) -> list[tuple[str, str | None]]:
    """Readings of an argument: all of it as the employer, then "Employer - Role" and "Role at Employer"."""
    readings: list[tuple[str, str | None]] = [(argument, None)]
    for separator in (" - ", " – ", " — ", " / ", " | ", ": ", ", ", " for ", " as "):
        if separator in argument:
            employer, role = argument.split(separator, 1)
            readings.append((employer.strip(), role.strip() or None))
    for separator in (" at ", " with "):
        if separator in argument:
            role, employer = argument.rsplit(separator, 1)
            readings.append((employer.strip(), role.strip() or None))
    return readings


def _rank(app: Application, role: str | None) -> tuple[int, int, float, str]:
    """Sort key, best first: exact role, open over ghosted over settled, most recent activity, then id."""
    if app.status in _OPEN_STATUSES:
        openness = 0
    elif app.status is Status.GHOSTED:
        openness = 1
    else:
        openness = 2
    activity = app.last_contact or app.status_date or app.created_at
    return (0 if exact_role(role, app.role) else 1, openness, -activity.timestamp(), app.id)


def find_application_for_command(apps: Sequence[Application], argument: str) -> Application | None:
    """The application a command names: by normalised employer, optionally "Employer - Role".

    Several fits -> the one with the exact role, else the most recent open one. An empty argument names the
    single application holding an offer, if there is exactly one. When no name is the same, a shortened or
    lengthened one ("signed Ashgrove Dental" for "Ashgrove Dental Group") is taken if it fits one employer
    only.
    """
    argument = argument.strip()
    if not argument:
        offers = [app for app in apps if app.status is Status.OFFER]
        return offers[0] if len(offers) == 1 else None
    readings = _split_employer_and_role(argument)
    for employer, role in readings:
        fits = [app for app in apps if same_company(app.company, employer) and _role_fits(app, role)]
        if fits:
            return min(fits, key=lambda app: _rank(app, role))
    for employer, role in readings:
        fits = [app for app in apps if loosely_same_company(app.company, employer) and _role_fits(app, role)]
        # Two different employers share the words the owner wrote: ask rather than guess.
        if fits and len({normalise_company(app.company) for app in fits}) == 1:
            return min(fits, key=lambda app: _rank(app, role))
    return None


def _role_fits(app: Application, role: str | None) -> bool:
    return role is None or app.role is None or same_role(app.role, role)

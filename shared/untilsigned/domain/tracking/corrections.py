"""The owner's corrections, each one a timeline event that can be seen and undone.

Reading mail is never perfect, so the owner can fix what untilsigned made of it: set a status with a note,
edit the employer, role or link, take a mail out of an application, change the date the employer
promised, un-ghost, merge two applications, add one by hand, or write a note. Each correction is an event
with `note == "correction:<action>"` and its values in `TimelineEvent.correction`; nothing is overwritten,
so the timeline shows the correction beside the mail it corrects, and undoing one is one more event
("correction:undo" naming the event it undoes).

The status is still derived by folding the timeline (status.recompute): a manual status holds until newer
mail from the employer says otherwise, because the fold reads both in the employer's date order.

Pure: no clock reads (`now` is passed in), no AWS.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from untilsigned.domain.model import Application, Kind, Status, TimelineEvent

CORRECTION_NOTE_PREFIX = "correction:"
MAX_NOTE_CHARS = 2000
MAX_FIELD_CHARS = 200


class Action(StrEnum):
    STATUS = "status"  # set any status, with a note
    EDIT = "edit"  # employer, role or link
    NOTE = "note"
    DETACH = "detach"  # take a mail out: "not about this job" or "not a job"
    PROMISE = "promise"  # the date the employer promised to reply by (or none)
    UNGHOST = "unghost"
    ADDED = "added"  # an application added by hand
    MERGE = "merge"  # on the application that took another one in
    MERGED = "merged"  # on the application that was taken in
    UNDO = "undo"


class DetachReason(StrEnum):
    OTHER_JOB = "not about this job"
    NOT_JOB = "not a job"


ACTION_LABELS: dict[Action, str] = {
    Action.STATUS: "You set the status",
    Action.EDIT: "You edited the details",
    Action.NOTE: "Your note",
    Action.DETACH: "You took a mail out",
    Action.PROMISE: "You changed their promised date",
    Action.UNGHOST: "You un-ghosted it",
    Action.ADDED: "You added it by hand",
    Action.MERGE: "You merged another application into this one",
    Action.MERGED: "You merged this application into another",
    Action.UNDO: "You undid a correction",
}


class CorrectionError(ValueError):
    """A correction that cannot be made as asked; the message is fit to show the owner."""


def action_of(event: TimelineEvent) -> Action | None:
    if not event.note.startswith(CORRECTION_NOTE_PREFIX):
        return None
    try:
        return Action(event.note.removeprefix(CORRECTION_NOTE_PREFIX))
    except ValueError:
        return None


def is_correction(event: TimelineEvent) -> bool:
    return action_of(event) is not None


def _clean(value: str, limit: int = MAX_FIELD_CHARS) -> str:
    return " ".join(value.split())[:limit]


def _event(
    action: Action, now: datetime, key: str, subject: str, values: dict[str, str], kind: Kind
) -> TimelineEvent:
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    return TimelineEvent(
        kind=kind,
        date=now,
        subject=subject,
        message_id=key,
        note=f"{CORRECTION_NOTE_PREFIX}{action.value}",
        correction=values,
    )


# -- builders: one per correction --------------------------------------------------------------------------


def set_status(status: Status, note: str, *, now: datetime, key: str) -> TimelineEvent:
    text = _clean(note, MAX_NOTE_CHARS)
    subject = f"You set the status to {status.value}" + (f": {text}" if text else "")
    return _event(
        Action.STATUS, now, key, subject, {"status": status.value, "text": text}, Kind.STATUS_UPDATE
    )


def edit_details(
    app: Application,
    *,
    company: str | None = None,
    role: str | None = None,
    link: str | None = None,
    now: datetime,
    key: str,
) -> TimelineEvent:
    values: dict[str, str] = {}
    changes: list[str] = []
    if company is not None and _clean(company) != app.company:
        if not _clean(company):
            raise CorrectionError("The employer's name cannot be empty.")
        values.update(company=_clean(company), from_company=app.company)
        changes.append(f"employer “{_clean(company)}”")
    if role is not None and (_clean(role) or None) != app.role:
        values.update(role=_clean(role), from_role=app.role or "")
        changes.append(f"role “{_clean(role)}”" if _clean(role) else "no role")
    if link is not None and _clean(link, 500) != app.link:
        values.update(link=_clean(link, 500), from_link=app.link)
        changes.append("link")
    if not values:
        raise CorrectionError("Nothing changed.")
    return _event(Action.EDIT, now, key, "You changed the " + ", ".join(changes), values, Kind.STATUS_UPDATE)


def add_note(text: str, *, now: datetime, key: str) -> TimelineEvent:
    cleaned = text.strip()[:MAX_NOTE_CHARS]
    if not cleaned:
        raise CorrectionError("The note is empty.")
    return _event(Action.NOTE, now, key, "Your note", {"text": cleaned}, Kind.STATUS_UPDATE)


def take_out(
    app: Application, message_id: str, reason: DetachReason, *, now: datetime, key: str
) -> TimelineEvent:
    taken = next((event for event in app.events if event.message_id == message_id), None)
    if taken is None or is_correction(taken):
        raise CorrectionError("That mail is not in this application.")
    return _event(
        Action.DETACH,
        now,
        key,
        f"You took “{_clean(taken.subject, 120)}” out: {reason.value}",
        {"ref": message_id, "reason": reason.value},
        Kind.STATUS_UPDATE,
    )


def change_promise(promised: datetime | None, *, now: datetime, key: str) -> TimelineEvent:
    subject = (
        f"You changed the date they promised to {promised.date().isoformat()}"
        if promised
        else "You removed the date they promised"
    )
    values = {"expect_reply_by": promised.isoformat() if promised else ""}
    return _event(Action.PROMISE, now, key, subject, values, Kind.STATUS_UPDATE)


def unghost(*, now: datetime, key: str) -> TimelineEvent:
    return _event(Action.UNGHOST, now, key, "You un-ghosted it: waiting again", {}, Kind.STATUS_UPDATE)


def added_by_hand(
    *, company: str, role: str, applied_on: datetime, link: str, notes: str, now: datetime, key: str
) -> TimelineEvent:
    if not _clean(company):
        raise CorrectionError("Name the employer.")
    if applied_on > now:
        raise CorrectionError("The date you applied cannot be in the future.")
    event = _event(
        Action.ADDED,
        applied_on,
        key,
        "You added this application by hand",
        {
            "company": _clean(company),
            "role": _clean(role),
            "link": _clean(link, 500),
            "text": notes.strip()[:MAX_NOTE_CHARS],
        },
        Kind.APPLICATION_RECEIVED,  # it counts as started, like an employer's acknowledgement
    )
    return event


def merge_into(taken: Application, *, now: datetime, key: str) -> TimelineEvent:
    who = taken.company + (f" — {taken.role}" if taken.role else "")
    return _event(
        Action.MERGE,
        now,
        key,
        f"You merged “{who}” into this application",
        {"from_app": taken.id},
        Kind.STATUS_UPDATE,
    )


def merged_away(into: Application, *, now: datetime, key: str, merge_key: str) -> TimelineEvent:
    who = into.company + (f" — {into.role}" if into.role else "")
    values = {"into": into.id, "merge": merge_key}
    return _event(
        Action.MERGED, now, key, f"You merged this application into “{who}”", values, Kind.STATUS_UPDATE
    )


def undo(app: Application, message_id: str, *, now: datetime, key: str) -> TimelineEvent:
    target = next((event for event in app.events if event.message_id == message_id), None)
    if target is None or not can_undo(app, target):
        raise CorrectionError("That correction cannot be undone.")
    return _event(
        Action.UNDO,
        now,
        key,
        f"You undid: {_clean(target.subject, 160)}",
        {"ref": message_id},
        Kind.STATUS_UPDATE,
    )


def can_undo(app: Application, event: TimelineEvent) -> bool:
    """Corrections and the owner's mailed commands can be undone, once; undos and hand-adds cannot."""
    action = action_of(event)
    if action is None:
        return event.note.startswith("command:") and event.message_id not in undone_ids(app.events)
    if action in (Action.UNDO, Action.ADDED, Action.MERGED):
        return False
    return event.message_id not in undone_ids(app.events)


# -- reading corrections back ------------------------------------------------------------------------------


def undone_ids(events: Iterable[TimelineEvent]) -> set[str]:
    return {event.correction.get("ref", "") for event in events if action_of(event) is Action.UNDO}


@dataclass(frozen=True)
class Standing:
    """Which events of a timeline count, once undos, taken-out mail and undone merges are applied."""

    undone: frozenset[str]
    taken_out: dict[str, str]  # message id -> reason
    unmerged: frozenset[str]  # application ids whose merge was undone

    def counts(self, event: TimelineEvent) -> bool:
        if event.message_id in self.undone or event.message_id in self.taken_out:
            return False
        return not (event.origin_app and event.origin_app in self.unmerged)


def standing(events: Sequence[TimelineEvent]) -> Standing:
    undone = undone_ids(events)
    taken_out = {
        event.correction.get("ref", ""): event.correction.get("reason", "")
        for event in events
        if action_of(event) is Action.DETACH and event.message_id not in undone
    }
    unmerged = {
        event.correction.get("from_app", "")
        for event in events
        if action_of(event) is Action.MERGE and event.message_id in undone
    }
    return Standing(frozenset(undone), taken_out, frozenset(unmerged))


def apply_details(app: Application, events: Sequence[TimelineEvent], counted: Standing) -> None:
    """Employer, role, link and merged-away state from the edits that still stand (the newest wins)."""
    edits = [event for event in events if action_of(event) is Action.EDIT]
    for field_name in ("company", "role", "link"):
        touching = [event for event in edits if field_name in event.correction]
        if not touching:
            continue
        standing_edits = [event for event in touching if counted.counts(event)]
        value = (
            standing_edits[-1].correction[field_name]
            if standing_edits
            else touching[0].correction.get(f"from_{field_name}", "")
        )
        if field_name == "company":
            app.company = value or app.company
        elif field_name == "role":
            app.role = value or None
        else:
            app.link = value
    merged = [event for event in events if action_of(event) is Action.MERGED]
    standing_merge = [event for event in merged if counted.counts(event)]
    if merged:
        app.merged_into = standing_merge[-1].correction.get("into") if standing_merge else None


def notes_of(app: Application) -> list[TimelineEvent]:
    """The owner's notes (and status notes, and a hand-added application's notes) that still stand."""
    counted = standing(app.events)
    return [
        event
        for event in app.events
        if action_of(event) in (Action.NOTE, Action.STATUS, Action.ADDED)
        and event.correction.get("text")
        and counted.counts(event)
    ]

"""What an application's timeline says about it: its status and dates, folded in the employer's date order.

The status is never stored as the last word of the last mail. It is derived by folding the application's
timeline in the employer's own date order, so an old acknowledgement forwarded late cannot undo a rejection,
and a ghosting recorded by the sweeper is re-checked whenever older news turns up.

Timeline events come from three sources, told apart by `TimelineEvent.note`:
- employer mail: `note == ""`; `kind` is the classification, `message_id` the `email_key`;
- owner commands: `note == "command:<verb>"` (signed, withdraw, rejected), `message_id` the caller's command
  key;
- ghosting sweeps: `note == "sweep:ghosted"` (see ghosting.py), the human reason in `subject`.

`recompute` and `sweep` change the Application they are given in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from untilsigned.domain.model import Application, Kind, Status, TimelineEvent
from untilsigned.domain.tracking.corrections import Action, action_of, apply_details, is_correction, standing
from untilsigned.domain.tracking.ghosting import (
    SWEEP_GHOSTED_NOTE,
    GhostPolicy,
    due_at,
    is_sweep_event,
    later,
    promise_after_interview,
    wait_of,
    waiting_for,
)

COMMAND_NOTE_PREFIX = "command:"

_STAGE_OF_KIND: dict[Kind, Status] = {
    Kind.APPLICATION_RECEIVED: Status.APPLIED,
    Kind.ASSESSMENT: Status.ASSESSMENT,
    Kind.INTERVIEW_SCHEDULED: Status.INTERVIEWING,
    Kind.REFERENCES_REQUESTED: Status.REFERENCES,
    Kind.OFFER: Status.OFFER,
    Kind.OFFER_SIGNED: Status.SIGNED,
    Kind.REJECTED: Status.REJECTED,
}
# Forward progress through the open stages; a mail for an earlier stage never moves an application back.
_STAGE_RANK: dict[Status, int] = {
    Status.APPLIED: 1,
    Status.ASSESSMENT: 2,
    Status.INTERVIEWING: 3,
    Status.REFERENCES: 4,
    Status.OFFER: 5,
}
# After a rejection, only a real next step revives the application ("the other candidate declined").
_REVIVES_AFTER_REJECTION = frozenset(
    {Status.ASSESSMENT, Status.INTERVIEWING, Status.REFERENCES, Status.OFFER, Status.SIGNED}
)
COMMAND_OUTCOME: dict[str, tuple[Kind, Status]] = {
    "signed": (Kind.OFFER_SIGNED, Status.SIGNED),
    "withdraw": (Kind.STATUS_UPDATE, Status.WITHDRAWN),
    "rejected": (Kind.REJECTED, Status.REJECTED),
}


def is_command_event(event: TimelineEvent) -> bool:
    return event.note.startswith(COMMAND_NOTE_PREFIX)


def is_employer_event(event: TimelineEvent) -> bool:
    """True for mail from the employer; False for the owner's commands and corrections and the sweeper's
    ghosting marks."""
    return not is_command_event(event) and not is_sweep_event(event) and not is_correction(event)


def event_label(event: TimelineEvent) -> str:
    """A stable one-word label: the kind for employer mail ("rejected"), the note for the owner's commands and
    the sweeper's marks ("command:signed", "sweep:ghosted")."""
    return event.note if not is_employer_event(event) else event.kind.value


def holds_offer(app: Application) -> bool:
    """An offer is on the table: the status says so, or the offer was only ghosted by the sweeper."""
    if app.status is Status.OFFER:
        return True
    if app.status is not Status.GHOSTED:
        return False
    stages = [event.kind for event in app.events if is_employer_event(event) and event.kind in _STAGE_OF_KIND]
    return bool(stages) and stages[-1] is Kind.OFFER


def _next_stage(current: Status | None, kind: Kind) -> Status:
    """Where one employer mail moves an application (ghosting aside, which the fold handles)."""
    target = _STAGE_OF_KIND.get(kind)
    if current is None:
        return target or Status.APPLIED
    if target is None:  # a status update moves nothing
        return current
    if current is Status.SIGNED:
        # Signed stays signed, unless the employer takes it back (a rescinded offer is a rejection).
        return Status.REJECTED if target is Status.REJECTED else Status.SIGNED
    if current is Status.WITHDRAWN:
        return Status.SIGNED if target is Status.SIGNED else Status.WITHDRAWN
    if current is Status.REJECTED:
        return target if target in _REVIVES_AFTER_REJECTION else Status.REJECTED
    if target in (Status.REJECTED, Status.SIGNED):
        return target
    return target if _STAGE_RANK[target] > _STAGE_RANK[current] else current


@dataclass
class _FoldState:
    stage: Status | None = None
    ghosted: bool = False
    ghosted_since: datetime | None = None
    ghosted_reason: str | None = None
    last_contact: datetime | None = None
    expect_reply_by: datetime | None = None
    respond_by: datetime | None = None
    interview_at: datetime | None = None
    status_date: datetime | None = None
    wait_from: datetime | None = None  # an owner's correction restarted the wait here

    @property
    def visible(self) -> Status | None:
        return Status.GHOSTED if self.ghosted else self.stage


def _fold_employer_mail(state: _FoldState, event: TimelineEvent) -> None:
    if state.last_contact is None or event.date > state.last_contact:
        state.last_contact = event.date
    # Any employer mail ends the silence, and fulfils the promise of an earlier one unless it makes a new one.
    state.ghosted, state.ghosted_since, state.ghosted_reason = False, None, None
    if event.interview_at is not None:
        state.interview_at = event.interview_at
    state.expect_reply_by = promise_after_interview(event.expect_reply_by, event.date, state.interview_at)
    next_stage = _next_stage(state.stage, event.kind)
    if next_stage != state.stage:
        state.respond_by = event.respond_by  # a reply-by date belongs to the stage that set it
    elif event.respond_by is not None:
        state.respond_by = event.respond_by
    state.stage = next_stage


def _fold_sweep(state: _FoldState, event: TimelineEvent, policy: GhostPolicy) -> None:
    if state.ghosted or state.stage is None:
        return
    wait = waiting_for(
        state.stage,
        last_contact=later(state.last_contact, state.wait_from),
        expect_reply_by=state.expect_reply_by,
        respond_by=state.respond_by,
        interview_at=state.interview_at,
        policy=policy,
    )
    # A sweep only stands while the wait it measured is still over; older mail forwarded late can extend it.
    if wait is not None and wait.due <= event.date:
        state.ghosted, state.ghosted_since, state.ghosted_reason = True, wait.due, wait.reason


def _unghost(state: _FoldState) -> None:
    state.ghosted, state.ghosted_since, state.ghosted_reason = False, None, None


def _fold_correction(state: _FoldState, event: TimelineEvent, action: Action) -> None:
    """The owner's word, in the timeline's date order: it holds until newer employer mail says otherwise."""
    if action is Action.STATUS:
        try:
            status = Status(event.correction.get("status", ""))
        except ValueError:
            return
        if status is Status.GHOSTED:
            state.ghosted, state.ghosted_since, state.ghosted_reason = (
                True,
                event.date,
                "you marked it ghosted",
            )
        else:
            state.stage = status
            _unghost(state)
        state.wait_from = event.date
    elif action is Action.PROMISE:
        value = event.correction.get("expect_reply_by", "")
        state.expect_reply_by = datetime.fromisoformat(value) if value else None
        _unghost(state)
        state.wait_from = event.date
    elif action is Action.UNGHOST:
        if state.expect_reply_by is not None and state.expect_reply_by <= event.date:
            state.expect_reply_by = None  # that promise was missed; waiting again means a fresh wait
        _unghost(state)
        state.wait_from = event.date
    elif action is Action.ADDED:
        state.stage = state.stage or Status.APPLIED
        state.wait_from = later(state.wait_from, event.date)


def recompute(app: Application, policy: GhostPolicy) -> None:
    """Re-derive the application's status and dates from its timeline, folded in employer-date order.

    Ties keep arrival order. Sets status, status_date, last_contact, expect_reply_by, respond_by,
    interview_at, ghosted_since, ghosted_reason, wait_restarted_at and due_at, and the employer, role and
    link the owner's edits left. Undone corrections, mail the owner took out and mail from an undone merge
    do not count. An application without events keeps its fields; only due_at is set.
    """
    if not app.events:
        app.due_at = due_at(app, policy)
        return
    counted = standing(app.events)
    state = _FoldState()
    ordered = sorted(enumerate(app.events), key=lambda pair: (pair[1].date, pair[0]))
    for _, event in ordered:
        if not counted.counts(event):
            continue
        before = state.visible
        action = action_of(event)
        if action is not None:
            _fold_correction(state, event, action)
        elif is_sweep_event(event):
            _fold_sweep(state, event, policy)
        elif is_command_event(event):
            outcome = COMMAND_OUTCOME.get(event.note.removeprefix(COMMAND_NOTE_PREFIX))
            if outcome is not None:
                state.stage = outcome[1]
                state.ghosted, state.ghosted_since, state.ghosted_reason = False, None, None
        elif event.kind not in (Kind.NOT_JOB, Kind.UNREADABLE):
            _fold_employer_mail(state, event)
        if state.visible != before:
            state.status_date = state.ghosted_since if state.ghosted else event.date

    app.status = state.visible or Status.APPLIED
    app.status_date = state.status_date
    app.last_contact = state.last_contact
    app.expect_reply_by = state.expect_reply_by
    app.respond_by = state.respond_by
    app.interview_at = state.interview_at
    app.ghosted_since = state.ghosted_since
    app.ghosted_reason = state.ghosted_reason
    app.wait_restarted_at = state.wait_from
    started = [
        event.date
        for _, event in ordered
        if event.kind is Kind.APPLICATION_RECEIVED and counted.counts(event)
    ]
    app.applied_at = min(started) if started else None
    apply_details(app, [event for _, event in ordered], counted)
    app.due_at = due_at(app, policy)


def searching(apps: Sequence[Application]) -> bool:
    """True until some application is signed: warmth, references and unsigned offers never end the search."""
    return not any(app.status is Status.SIGNED for app in apps)


def sweep(app: Application, now: datetime, policy: GhostPolicy) -> TimelineEvent | None:
    """Mark `app` ghosted if its wait is over at `now`; returns the new event, or None when nothing changed.

    Mutates `app`: appends the ghosting event (dated at the moment the wait ran out, not at `now`, so a late
    sweep still dates the ghosting right) and recomputes the application. Running it twice adds nothing the
    second time.
    """
    wait = wait_of(app, policy)
    if wait is None or wait.due > now:
        return None
    event = TimelineEvent(
        kind=Kind.STATUS_UPDATE,
        date=wait.due,
        # The reason goes in the subject: `evidence` is reserved for the employer's own words.
        subject=f"Marked as ghosted: {wait.reason}",
        message_id=f"{SWEEP_GHOSTED_NOTE}:{app.id}:{wait.due.isoformat()}",
        note=SWEEP_GHOSTED_NOTE,
    )
    if any(existing.message_id == event.message_id for existing in app.events):
        return None
    app.events.append(event)
    recompute(app, policy)
    return event

"""What the board shows: the same view of a search as the digest, for any moment the owner looks.

Built from the digest's own pieces (the clock in the owner's zone, the labels, the pipeline, the follow-up
draft, the deciding sentence), so the mail and the page never disagree. Everything here is plain text; the
Jinja2 templates escape it on the way into markup.

Pure: `now` is passed in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from untilsigned.domain.model import Application, Kind, Quarantined, Status, TimelineEvent, User
from untilsigned.domain.reporting.presentation import (
    KIND_LABELS,
    OPEN_STATUSES,
    PIPELINE_ORDER,
    STATUS_LABELS,
    Callout,
    Clock,
    PipelineBar,
    by_company,
    clock_for,
    follow_up_template,
    pipeline_bars,
    search_callout,
    started_at,
    who_of,
    words_key,
)
from untilsigned.domain.tracking.corrections import (
    ACTION_LABELS,
    Action,
    DetachReason,
    action_of,
    can_undo,
    standing,
)

MAX_MAIL_TEXT = 20_000
_SWEEP_PREFIX = "sweep:"
_COMMAND_PREFIX = "command:"


def quarantine_id(entry: Quarantined) -> str:
    """A stable id for a kept-aside mail, from where its raw copy lives."""
    return hashlib.sha256(entry.source.encode()).hexdigest()[:24]


@dataclass(frozen=True)
class Row:
    id: str
    company: str
    role: str
    status: str
    status_label: str
    applied: str
    last_contact: str
    next_step: str


@dataclass(frozen=True)
class Dated:
    app_id: str
    who: str
    when: str
    detail: str = ""
    urgent: bool = False


@dataclass(frozen=True)
class Ghosted:
    app_id: str
    who: str
    since: str
    reason: str
    draft: str


@dataclass(frozen=True)
class Kept:
    id: str
    sender: str
    forwarded_by: str
    subject: str
    reason: str
    received: str
    text: str


@dataclass(frozen=True)
class Overview:
    callout: Callout
    pipeline: tuple[PipelineBar, ...]
    total: int
    rows: tuple[Row, ...]
    waiting_on_them: tuple[Dated, ...]
    waiting_on_you: tuple[Dated, ...]
    interviews: tuple[Dated, ...]
    ghosted: tuple[Ghosted, ...]
    quarantined: tuple[Kept, ...]
    zone: str


def _live(applications: Sequence[Application]) -> list[Application]:
    return [app for app in applications if not app.merged_into]


def _next_step(app: Application, clock: Clock) -> str:
    if app.status is Status.GHOSTED and app.ghosted_since:
        return f"ghosted since {clock.day(app.ghosted_since)}"
    if app.interview_at and app.interview_at >= clock.now and app.status in OPEN_STATUSES:
        return f"interview {clock.when(app.interview_at)}"
    if app.respond_by and app.status in OPEN_STATUSES:
        return f"your deadline {clock.deadline(app.respond_by)}"
    if app.expect_reply_by and app.status in OPEN_STATUSES:
        return f"they promised {clock.deadline(app.expect_reply_by)}"
    return ""


def overview(
    user: User, applications: Sequence[Application], quarantined: Sequence[Quarantined], now: datetime
) -> Overview:
    clock = clock_for(user, now)
    live = _live(applications)
    ordered = sorted(live, key=lambda app: (PIPELINE_ORDER.index(app.status), *by_company(app)))
    rows = tuple(
        Row(
            id=app.id,
            company=app.company,
            role=app.role or "",
            status=app.status.value,
            status_label=STATUS_LABELS[app.status],
            applied=clock.day(started_at(app) or app.applied_at or app.created_at),
            last_contact=clock.day(app.last_contact) if app.last_contact else "",
            next_step=_next_step(app, clock),
        )
        for app in ordered
    )
    open_apps = [app for app in live if app.status in OPEN_STATUSES]
    waiting_on_them = tuple(
        Dated(app.id, who_of(app), f"by {clock.deadline(promised)} · {clock.relative(promised)}")
        for app in sorted(open_apps, key=lambda a: (a.expect_reply_by or now, *by_company(a)))
        if (promised := app.expect_reply_by) is not None
    )
    waiting_on_you = tuple(
        Dated(
            app.id,
            who_of(app),
            f"by {clock.deadline(due)} · {clock.relative(due)}",
            {
                Status.OFFER: "Answer the offer (it is not signed yet)",
                Status.REFERENCES: "Send your references",
                Status.ASSESSMENT: "Hand in the assessment",
            }.get(app.status, "Reply"),
            urgent=due < now,
        )
        for app in sorted(open_apps, key=lambda a: (a.respond_by or now, *by_company(a)))
        if (due := app.respond_by) is not None
    )
    interviews = tuple(
        Dated(app.id, who_of(app), f"{clock.when(moment)} · {clock.relative(moment)}")
        for app in sorted(open_apps, key=lambda a: (a.interview_at or now, *by_company(a)))
        if (moment := app.interview_at) is not None and moment >= now
    )
    ghosted = tuple(
        Ghosted(
            app.id,
            who_of(app),
            clock.day(app.ghosted_since) if app.ghosted_since else "",
            _sentence_case(app.ghosted_reason or "no reply"),
            follow_up_template(app, now, clock.zone),
        )
        for app in sorted(
            (a for a in live if a.status is Status.GHOSTED),
            key=lambda a: (a.ghosted_since or a.created_at, a.id),
            reverse=True,
        )
    )
    kept = tuple(
        kept_view(entry, clock)
        for entry in sorted(quarantined, key=lambda q: (q.received_at, q.source), reverse=True)
    )
    return Overview(
        callout=search_callout(user, live, clock),
        pipeline=pipeline_bars(live),
        total=len(live),
        rows=rows,
        waiting_on_them=waiting_on_them,
        waiting_on_you=waiting_on_you,
        interviews=interviews,
        ghosted=ghosted,
        quarantined=kept,
        zone=clock.zone_name,
    )


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _deciding(event: TimelineEvent) -> tuple[str, ...]:
    """The sentences that decided the reading, without the subject line repeated."""
    subject = words_key(event.subject)
    return tuple(sentence for sentence in event.evidence if words_key(sentence) not in subject)


def kept_view(entry: Quarantined, clock: Clock) -> Kept:
    return Kept(
        id=quarantine_id(entry),
        sender=entry.sender or "unknown sender",
        forwarded_by=entry.forwarded_by if entry.forwarded_by != entry.sender else "",
        subject=entry.subject or "(no subject)",
        reason=entry.reason,
        received=clock.when(entry.received_at),
        text=entry.text[:MAX_MAIL_TEXT],
    )


# -- one application ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    id: str  # the event's message id
    day: str
    source: str  # "employer", "you" or "untilsigned"
    label: str
    subject: str
    sentences: tuple[str, ...]
    text: str
    struck: str  # why this event no longer counts ("" while it counts)
    can_undo: bool
    can_take_out: bool


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True)
class Page:
    id: str
    company: str
    role: str
    link: str
    status: str
    status_label: str
    facts: tuple[Fact, ...]
    ghosted: bool
    draft: str
    promised_value: str  # yyyy-mm-dd for the date field
    items: tuple[Item, ...]
    others: tuple[tuple[str, str], ...]  # (id, who) of the applications it could be merged with
    statuses: tuple[tuple[str, str], ...]
    detach_reasons: tuple[str, ...]


def _label(event: TimelineEvent) -> tuple[str, str]:
    action = action_of(event)
    if action is not None:
        return "you", ACTION_LABELS[action]
    if event.note.startswith(_COMMAND_PREFIX):
        return "you", f"You mailed “{event.note.removeprefix(_COMMAND_PREFIX)}”"
    if event.note.startswith(_SWEEP_PREFIX):
        return "untilsigned", "Marked ghosted: no reply by their own date"
    return "employer", KIND_LABELS.get(event.kind, event.kind.value)


def _struck(
    event: TimelineEvent, undone: frozenset[str], taken_out: dict[str, str], unmerged: frozenset[str]
) -> str:
    if event.message_id in undone:
        return "undone"
    if event.message_id in taken_out:
        return f"taken out: {taken_out[event.message_id]}"
    if event.origin_app and event.origin_app in unmerged:
        return "merge undone"
    return ""


def application_page(user: User, app: Application, others: Sequence[Application], now: datetime) -> Page:
    clock = clock_for(user, now)
    counted = standing(app.events)
    items: list[Item] = []
    ordered = sorted(enumerate(app.events), key=lambda pair: (pair[1].date, pair[0]), reverse=True)
    for _, event in ordered:
        source, label = _label(event)
        sentences: tuple[str, ...] = ()
        if source == "employer":
            sentences = _deciding(event)
        elif event.correction.get("text"):
            sentences = (event.correction["text"],)
        items.append(
            Item(
                id=event.message_id,
                day=clock.when(event.date)
                if source != "employer" or event.kind is Kind.INTERVIEW_SCHEDULED
                else clock.day(event.date),
                source=source,
                label=label,
                subject=event.subject,
                sentences=sentences,
                text=event.text[:MAX_MAIL_TEXT],
                struck=_struck(event, counted.undone, counted.taken_out, counted.unmerged),
                can_undo=can_undo(app, event),
                can_take_out=source == "employer" and counted.counts(event),
            )
        )
    facts = [
        Fact("Status", STATUS_LABELS[app.status]),
        Fact("Applied", clock.day(started_at(app) or app.created_at)),
    ]
    if app.last_contact:
        facts.append(Fact("Last heard from them", clock.day(app.last_contact)))
    if app.interview_at:
        facts.append(Fact("Interview", clock.when(app.interview_at)))
    if app.expect_reply_by:
        facts.append(Fact("They promised a reply by", clock.deadline(app.expect_reply_by)))
    if app.respond_by:
        facts.append(Fact("Your own deadline", clock.deadline(app.respond_by)))
    if app.ghosted_since:
        facts.append(Fact("Ghosted since", clock.day(app.ghosted_since)))
    promised = app.expect_reply_by.astimezone(clock.zone).date().isoformat() if app.expect_reply_by else ""
    return Page(
        id=app.id,
        company=app.company,
        role=app.role or "",
        link=app.link if app.link.startswith(("https://", "http://")) else "",
        status=app.status.value,
        status_label=STATUS_LABELS[app.status],
        facts=tuple(facts),
        ghosted=app.status is Status.GHOSTED,
        draft=follow_up_template(app, now, clock.zone) if app.status is Status.GHOSTED else "",
        promised_value=promised,
        items=tuple(items),
        others=tuple(
            (other.id, who_of(other)) for other in sorted(_live(others), key=by_company) if other.id != app.id
        ),
        statuses=tuple((status.value, STATUS_LABELS[status]) for status in PIPELINE_ORDER),
        detach_reasons=tuple(reason.value for reason in DetachReason),
    )


def is_merge(event: TimelineEvent) -> bool:
    return action_of(event) is Action.MERGE

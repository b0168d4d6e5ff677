"""The digest's view: what it says, as plain-text spans, before it becomes HTML or plain text.

Pure and deterministic: the same user, applications, `now`, `since` and quarantine list always give the same
view. The digest never calls warmth an offer and keeps nudging until an application is *signed*.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from untilsigned.domain.model import Application, Kind, Quarantined, Status, TimelineEvent, User
from untilsigned.domain.reporting.presentation import (
    KIND_LABELS,
    MAX_EVIDENCE,
    MAX_NAME,
    MAX_SUBJECT,
    OPEN_STATUSES,
    STATUS_LABELS,
    Callout,
    Clock,
    PipelineBar,
    applications_this_week,
    by_company,
    clock_for,
    company_name,
    deciding_sentence,
    follow_up_template,
    one_line,
    pipeline_bars,
    plural,
    role_name,
    search_callout,
    signed_application,
    weekly_goal,
    who_of,
    withdrawal_template,
)
from untilsigned.domain.tracking.corrections import ACTION_LABELS, action_of

_MAX_CHANGES = 20
_MAX_GHOSTED = 8
_MAX_QUARANTINED = 15
_MAX_INTERVIEWS = 10
_SUBJECT_PARTS = 3
_FOLLOW_UP_WINDOW = timedelta(days=30)
# Event notes are machine tags: "sweep:ghosted" (ghosting.SWEEP_GHOSTED_NOTE) and "command:<verb>"
# (status.COMMAND_NOTE_PREFIX). Matched by prefix here so the digest does not import the tracking fold.
_SWEEP_NOTE_PREFIX = "sweep:"
_COMMAND_NOTE_PREFIX = "command:"


@dataclass(frozen=True)
class Span:
    text: str
    strong: bool = False
    address: bool = False  # a mail address: wraps only after "@" or a dot


@dataclass(frozen=True)
class Entry:
    when: str
    line: tuple[Span, ...]
    details: tuple[str, ...] = ()
    template: str = ""  # a copyable message, shown as a block
    link: tuple[str, str] | None = None  # (label, mailto href)
    urgent: bool = False


@dataclass(frozen=True)
class Section:
    title: str
    intro: str
    entries: tuple[Entry, ...]
    hidden_count: int = 0  # entries beyond the display cap
    empty_note: str = ""
    kind: str = "section"


@dataclass(frozen=True)
class Progress:
    title: str
    summary: str
    percent: int
    note: str
    kind: str = "progress"


@dataclass(frozen=True)
class DigestView:
    subject: str
    preheader: str
    callout: Callout
    dateline: str
    blocks: tuple[Section | Progress, ...]  # in reading order
    pipeline: tuple[PipelineBar, ...]
    pipeline_total: int
    footer: tuple[tuple[Span, ...], ...]
    footer_links: tuple[tuple[str, str], ...]
    board_link: str | None = None  # a single-use sign-in link to the user's board

    @property
    def brand(self) -> str:
        return self.dateline.partition(" ")[0]

    @property
    def dateline_rest(self) -> str:
        return self.dateline.partition(" ")[2]

    @property
    def pipeline_title(self) -> str:
        return f"Pipeline ({plural(self.pipeline_total, 'application')})"


def _mailto(user: User, subject: str) -> str:
    return f"mailto:{quote(user.inbox, safe='@.+-_')}?subject={quote(subject, safe='')}"


def _command_subject(verb: str, app: Application) -> str:
    """A command naming one application ("signed Acme - Data Engineer"), short enough to be read as one."""
    company = one_line(app.company, 100)
    role = one_line(app.role, 100)
    with_role = f"{verb} {company} - {role}"
    # The command reader takes about a dozen argument words on a short line; else name the employer alone.
    if role and len(with_role) <= 150 and len(with_role.split()) <= 13:
        return with_role
    return f"{verb} {company}"


def unsubscribe_mailto(user: User) -> str:
    """The List-Unsubscribe target: a mail to the user's own inbox that pauses digests."""
    return _mailto(user, "pause")


def _action_entries(user: User, open_apps: Sequence[Application], clock: Clock) -> list[Entry]:
    dated: list[tuple[tuple[int, datetime, str, str, str], Entry]] = []
    for app in open_apps:
        entry = _action_for(user, app, clock)
        if entry is None:
            continue
        due = app.respond_by
        key = (1 if due is None else 0, due or clock.now, *by_company(app))
        dated.append((key, entry))
    return [entry for _, entry in sorted(dated, key=lambda pair: pair[0])]


def _action_for(user: User, app: Application, clock: Clock) -> Entry | None:
    due = app.respond_by
    verbs = {
        Status.OFFER: "Answer the offer from ",
        Status.REFERENCES: "Send your references to ",
        Status.ASSESSMENT: "Complete the assessment for ",
    }
    verb = verbs.get(app.status)
    if verb is None and due is None:
        return None
    line = (Span(verb or "Reply to "), Span(company_name(app), strong=True), *_role_spans(app))
    link = None
    details: list[str] = []
    if app.status is Status.OFFER:
        details.append("Not signed yet, so keep your other applications moving until it is.")
        command = _command_subject("signed", app)
        link = (f"Signed it? Tell untilsigned: “{one_line(command, MAX_SUBJECT)}”", _mailto(user, command))
    if due is None:
        return Entry(when="No deadline given", line=line, details=tuple(details), link=link)
    overdue = due < clock.now
    when = (
        f"Was due {clock.deadline(due)} · {clock.relative(due)}"
        if overdue
        else f"By {clock.deadline(due)} · {clock.relative(due)}"
    )
    return Entry(when=when, line=line, details=tuple(details), link=link, urgent=overdue)


def _promised_entries(open_apps: Sequence[Application], clock: Clock) -> list[Entry]:
    waiting = sorted(
        (app for app in open_apps if app.expect_reply_by is not None),
        key=lambda app: (app.expect_reply_by or clock.now, *by_company(app)),
    )
    return [
        Entry(
            when=f"They said they would reply by {clock.deadline(promised)} · {clock.relative(promised)}",
            line=(Span(company_name(app), strong=True), *_role_spans(app)),
        )
        for app in waiting
        if (promised := app.expect_reply_by) is not None
    ]


def _role_spans(app: Application) -> tuple[Span, ...]:
    role = role_name(app)
    return (Span(f" — {role}"),) if role else ()


def _upcoming_interviews(applications: Sequence[Application], now: datetime) -> list[Application]:
    upcoming = [
        app
        for app in applications
        if app.interview_at is not None and app.interview_at >= now and app.status in OPEN_STATUSES
    ]
    return sorted(upcoming, key=lambda app: (app.interview_at or now, *by_company(app)))


def _interview_entry(app: Application, clock: Clock) -> Entry:
    moment = app.interview_at or clock.now
    latest_invite = _latest_event(app, Kind.INTERVIEW_SCHEDULED)
    details = (f"“{one_line(latest_invite.subject, MAX_SUBJECT)}”",) if latest_invite else ()
    return Entry(
        when=f"{clock.when(moment)} · {clock.relative(moment)}",
        line=(Span("Interview with "), Span(company_name(app), strong=True), *_role_spans(app)),
        details=details,
    )


def _latest_event(app: Application, kind: Kind) -> TimelineEvent | None:
    matching = [event for event in app.events if event.kind is kind]
    return max(matching, key=lambda event: (event.date, event.message_id)) if matching else None


def _ghosted_entry(app: Application, clock: Clock) -> Entry:
    since = app.ghosted_since
    reason = one_line(app.ghosted_reason, MAX_EVIDENCE)
    if not reason:
        last = app.last_contact or app.created_at
        reason = f"No reply since {clock.day(last)}."
    return Entry(
        when=f"Ghosted since {clock.day(since)}" if since else "Ghosted",
        line=(Span(company_name(app), strong=True), *_role_spans(app)),
        details=(reason[:1].upper() + reason[1:],),
        template=follow_up_template(app, clock.now, clock.zone),
    )


def _change_entries(
    applications: Sequence[Application], since: datetime | None, clock: Clock
) -> tuple[list[Entry], int]:
    changes = [
        (event, app)
        for app in applications
        for event in app.events
        if event.kind not in (Kind.NOT_JOB, Kind.UNREADABLE) and (since is None or event.date > since)
    ]
    # Newest first, so the cap drops the oldest news, not the latest.
    changes.sort(key=lambda pair: (pair[0].date, pair[0].message_id, pair[1].id), reverse=True)
    entries: list[Entry] = []
    for event, app in changes[:_MAX_CHANGES]:
        entries.append(
            Entry(
                when=clock.day(event.date),
                line=(
                    Span(company_name(app), strong=True),
                    *_role_spans(app),
                    Span(f": {_change_label(event)}"),
                ),
                details=_change_details(event),
            )
        )
    return entries, max(0, len(changes) - _MAX_CHANGES)


def _change_label(event: TimelineEvent) -> str:
    action = action_of(event)
    if action is not None:
        return ACTION_LABELS[action]
    label = KIND_LABELS.get(event.kind, event.kind.value)
    if event.note.startswith(_SWEEP_NOTE_PREFIX):
        return "Marked ghosted (no reply by their own date)"
    if event.note.startswith(_COMMAND_NOTE_PREFIX):
        return f"{label} (you told untilsigned)"
    return label


def _change_details(event: TimelineEvent) -> tuple[str, ...]:
    # Notes are machine tags, never shown; evidence is the employer's words, except for a sweep,
    # where it is the reason the wait ran out.
    subject = one_line(event.subject, MAX_SUBJECT)
    details = [f"“{subject}”"] if subject else []
    if event.note.startswith(_SWEEP_NOTE_PREFIX):
        if event.evidence:
            details.append(f"Why: {one_line(event.evidence[0], MAX_EVIDENCE)}")
        return tuple(details)
    sentence = deciding_sentence(event)
    if sentence:
        details.append(f"They wrote: “{sentence}”")
    return tuple(details)


def _quarantine_entries(quarantined: Sequence[Quarantined], clock: Clock) -> list[Entry]:
    ordered = sorted(quarantined, key=lambda item: (item.received_at, item.source), reverse=True)
    return [
        Entry(
            when=f"Received {clock.when(item.received_at)}",
            # a likely job scam leads with the warning, and says plainly that it counted for nothing
            line=(
                *((Span("Likely job scam", strong=True), Span(" from ")) if item.scam else (Span("From "),)),
                Span(one_line(item.sender, MAX_NAME) or "unknown sender", strong=True),
            ),
            details=(
                f"“{one_line(item.subject, MAX_SUBJECT) or '(no subject)'}”",
                *(
                    (f"Forwarded by {one_line(item.forwarded_by, MAX_NAME)}",)
                    if item.forwarded_by and item.forwarded_by != item.sender
                    else ()
                ),
                *(("Not counted as an offer or an application.",) if item.scam else ()),
                f"Why it was kept aside: {one_line(item.reason, MAX_EVIDENCE)}",
                item.advice or "If it matters, check it and forward it again.",
            ),
            urgent=item.scam,
        )
        for item in ordered[:_MAX_QUARANTINED]
    ]


def _progress(user: User, applications: Sequence[Application], clock: Clock) -> Progress:
    count = applications_this_week(user, applications, clock.now)
    goal = weekly_goal(user)
    started = f"since {clock.day(clock.week_start())}"
    if goal <= 0:
        return Progress("This week", f"{plural(count, 'application')} started {started}.", 0, "")
    percent = min(100, round(100 * count / goal))
    if count >= goal:
        note = "Goal reached: well done. Anything more is a bonus."
    elif count == 0:
        note = f"A fresh week: {plural(goal, 'application')} is your goal. One today is a good start."
    else:
        note = f"{goal - count} more to reach your goal of {goal}."
    if user.weekly_goal is None:
        note += (
            f" {goal} a week is the default goal: set your own on your board, or mail “goal 5” to your inbox."
        )
    return Progress(
        "This week",
        f"{count} of {goal} applications started {started} (acknowledged or added by you).",
        percent,
        note,
    )


def _subject(
    applications: Sequence[Application],
    interviews: Sequence[Application],
    actions_due: int,
    ghosted_new: int,
    quarantined: int,
    week_count: int,
    goal: int,
    now: datetime,
) -> str:
    # The same words whether or not an unsigned offer is on the table: it is not done yet.
    state = "no signed offer yet"
    parts: list[str] = []
    this_week = sum(
        1 for app in interviews if app.interview_at and app.interview_at <= now + timedelta(days=7)
    )
    if this_week:
        parts.append(f"{plural(this_week, 'interview')} this week")
    if actions_due:
        parts.append(f"{plural(actions_due, 'task')} due")
    if ghosted_new:
        parts.append(f"{ghosted_new} ghosted")
    if quarantined:
        parts.append(f"{plural(quarantined, 'mail')} to check")
    if not parts and goal > 0:
        parts.append(f"{week_count}/{goal} applications this week")
    return " · ".join([*parts[:_SUBJECT_PARTS], state])


def _footer(user: User, signed: bool) -> tuple[tuple[tuple[Span, ...], ...], tuple[tuple[str, str], ...]]:
    lines: list[tuple[Span, ...]] = []
    links: list[tuple[str, str]] = []
    if not signed:
        lines.append(
            (
                Span("Signed an offer? Email "),
                Span(user.inbox, strong=True, address=True),
                Span(
                    " with the subject “signed <employer>”: "
                    "you get one congratulation, then the reminders stop."
                ),
            )
        )
        links.append(("Tell untilsigned you signed", _mailto(user, "signed ")))
    lines.append(
        (
            Span("untilsigned reads only the mail you forward to "),
            Span(user.inbox, strong=True, address=True),
            Span(". You don't have an offer until you have a signed offer."),
        )
    )
    links.append(("Pause these digests", unsubscribe_mailto(user)))
    return tuple(lines), tuple(links)


def digest_view(
    user: User,
    applications: Sequence[Application],
    now: datetime,
    since: datetime | None,
    quarantined: Sequence[Quarantined],
) -> DigestView:
    clock = clock_for(user, now)
    dateline_since = f" · changes since {clock.day(since)}" if since else " · your first digest"
    dateline = f"untilsigned digest · {clock.day(now)} {clock.local(now).year}{dateline_since}"
    signed = signed_application(applications)
    if signed is not None:
        return _signed_view(user, applications, signed, clock, dateline, quarantined)

    open_apps = [app for app in applications if app.status in OPEN_STATUSES]
    sections: list[Section | Progress] = []

    actions = _action_entries(user, open_apps, clock)
    if actions:
        sections.append(Section("To do: your own deadlines", "", tuple(actions)))

    promised = _promised_entries(open_apps, clock)
    if promised:
        sections.append(
            Section(
                "Waiting on them: the dates they gave",
                "Their own dates, not yours. If a date passes in silence, untilsigned calls it ghosting.",
                tuple(promised),
            )
        )

    interviews = _upcoming_interviews(applications, now)
    if interviews:
        sections.append(
            Section(
                "Upcoming interviews",
                "Good luck! Keep applying in the meantime: an interview is not an offer.",
                tuple(_interview_entry(app, clock) for app in interviews[:_MAX_INTERVIEWS]),
                hidden_count=max(0, len(interviews) - _MAX_INTERVIEWS),
            )
        )

    ghosted = sorted(
        (app for app in applications if app.status is Status.GHOSTED),
        key=lambda app: (app.ghosted_since or app.created_at, app.id),
        reverse=True,
    )
    # A follow-up is worth suggesting for a month; older ghostings stay in the pipeline counts only.
    recent_ghosted = [
        app for app in ghosted if app.ghosted_since is None or app.ghosted_since >= now - _FOLLOW_UP_WINDOW
    ]
    if recent_ghosted:
        sections.append(
            Section(
                "Ghosted: they missed their own date",
                "Ghosted is not final: if they write back, untilsigned picks the application up again. "
                "A short, friendly follow-up often gets an answer. Copy, adjust and send:",
                tuple(_ghosted_entry(app, clock) for app in recent_ghosted[:_MAX_GHOSTED]),
                hidden_count=max(0, len(recent_ghosted) - _MAX_GHOSTED),
            )
        )

    if quarantined:
        sections.append(_quarantine_section(quarantined, clock))

    sections.append(_progress(user, applications, clock))

    changes, hidden_changes = _change_entries(applications, since, clock)
    sections.append(
        Section(
            f"What changed since {clock.day(since)}" if since else "What happened so far",
            "",
            tuple(changes),
            hidden_count=hidden_changes,
            empty_note=(
                "No news from employers since the last digest. Silence is normal; keep going."
                if since
                else "Nothing yet: employer mail you forward shows up here."
            ),
        )
    )

    ghosted_new = sum(
        1 for app in ghosted if since is None or (app.ghosted_since is not None and app.ghosted_since > since)
    )
    actions_due = sum(
        1
        for app in open_apps
        if app.status is not Status.OFFER
        and app.respond_by is not None
        and app.respond_by <= now + timedelta(days=7)
    )
    subject = _subject(
        applications,
        interviews,
        actions_due,
        ghosted_new,
        len(quarantined),
        applications_this_week(user, applications, now),
        weekly_goal(user),
        now,
    )
    callout = search_callout(user, applications, clock)
    return _assemble_view(user, applications, subject, callout, dateline, sections, signed=False)


def _quarantine_section(quarantined: Sequence[Quarantined], clock: Clock) -> Section:
    return Section(
        "Mail that needs a look",
        "These messages were kept aside and changed no application.",
        tuple(_quarantine_entries(quarantined, clock)),
        hidden_count=max(0, len(quarantined) - _MAX_QUARANTINED),
    )


def _signed_view(
    user: User,
    applications: Sequence[Application],
    signed: Application,
    clock: Clock,
    dateline: str,
    quarantined: Sequence[Quarantined],
) -> DigestView:
    employer = company_name(signed)
    if user.congratulated:
        callout = Callout(
            "signed",
            f"You signed with {employer}. Reminders are off.",
            ("Nothing more to chase. Enjoy the new role!",),
        )
    else:
        callout = Callout(
            "signed",
            f"Congratulations: you signed with {employer}!",
            (
                f"A signed offer from {who_of(signed)}: the one this whole search was for.",
                "This is your last digest: the reminders stop here.",
            ),
        )
    sections: list[Section | Progress] = []
    still_open = sorted((app for app in applications if app.status in OPEN_STATUSES), key=by_company)
    if still_open:
        sections.append(
            Section(
                "Close the loop",
                "These processes are still open. "
                "A short note lets them move on, and keeps the door open for later:",
                tuple(
                    Entry(
                        when=STATUS_LABELS[app.status],
                        line=(Span(company_name(app), strong=True), *_role_spans(app)),
                        template=withdrawal_template(app),
                        link=(
                            "Then mark it withdrawn",
                            _mailto(user, _command_subject("withdraw", app)),
                        ),
                    )
                    for app in still_open[:_MAX_GHOSTED]
                ),
                hidden_count=max(0, len(still_open) - _MAX_GHOSTED),
            )
        )
    if quarantined:
        sections.append(_quarantine_section(quarantined, clock))
    subject = f"Offer signed with {one_line(employer, 40)} · congratulations!"
    return _assemble_view(user, applications, subject, callout, dateline, sections, signed=True)


def _assemble_view(
    user: User,
    applications: Sequence[Application],
    subject: str,
    callout: Callout,
    dateline: str,
    sections: Sequence[Section | Progress],
    *,
    signed: bool,
) -> DigestView:
    footer, links = _footer(user, signed=signed)
    return DigestView(
        subject=subject,
        preheader=one_line(f"{callout.headline} {subject}.", 150),
        callout=callout,
        dateline=dateline,
        blocks=tuple(sections),
        pipeline=pipeline_bars(applications),
        pipeline_total=len(applications),
        footer=footer,
        footer_links=links,
    )

"""The digest: where the search stands, what changed, what to do next.

Pure and deterministic: the same user, applications, `now`, `since` and quarantine
list always give the same subject, text and HTML. The digest never calls warmth an
offer and keeps nudging until an application is *signed*.

Safety: every string that came from mail (employer, role, subject, evidence,
reasons, senders) is built as plain text into the view, and becomes markup only in
the Jinja2 template `views/templates/digest.html`, whose environment always
autoescapes, so no code path can forget. The HTML has no scripts, no images, no
remote content, and no links except `mailto:` the user's own inbox address and the
sign-in link to the user's own board.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta, tzinfo
from urllib.parse import quote

from untilsigned.domain.model import Application, Digest, Kind, Quarantined, Status, TimelineEvent, User
from untilsigned.domain.reporting.schedule import user_zone
from untilsigned.domain.tracking.corrections import ACTION_LABELS, action_of, standing
from untilsigned.views.render import render

# The goal a user who never chose one is measured against; the digest says it is a default.
DEFAULT_WEEKLY_GOAL = 10

OPEN_STATUSES: tuple[Status, ...] = (
    Status.OFFER,
    Status.REFERENCES,
    Status.INTERVIEWING,
    Status.ASSESSMENT,
    Status.APPLIED,
)
PIPELINE_ORDER: tuple[Status, ...] = (
    Status.APPLIED,
    Status.ASSESSMENT,
    Status.INTERVIEWING,
    Status.REFERENCES,
    Status.OFFER,
    Status.SIGNED,
    Status.GHOSTED,
    Status.REJECTED,
    Status.WITHDRAWN,
)
STATUS_LABELS: dict[Status, str] = {
    Status.APPLIED: "Applied",
    Status.ASSESSMENT: "Assessment",
    Status.INTERVIEWING: "Interviewing",
    Status.REFERENCES: "References",
    Status.OFFER: "Offer (not signed)",
    Status.SIGNED: "Signed",
    Status.GHOSTED: "Ghosted",
    Status.REJECTED: "Rejected",
    Status.WITHDRAWN: "Withdrawn",
}
_STATUS_COLOURS: dict[Status, str] = {
    Status.APPLIED: "#94a3b8",
    Status.ASSESSMENT: "#8b5cf6",
    Status.INTERVIEWING: "#2563eb",
    Status.REFERENCES: "#0d9488",
    Status.OFFER: "#d97706",
    Status.SIGNED: "#16a34a",
    Status.GHOSTED: "#a8a29e",
    Status.REJECTED: "#cbd5e1",
    Status.WITHDRAWN: "#d1d5db",
}
KIND_LABELS: dict[Kind, str] = {
    Kind.APPLICATION_RECEIVED: "Application received",
    Kind.ASSESSMENT: "Assessment sent",
    Kind.INTERVIEW_SCHEDULED: "Interview scheduled",
    Kind.REFERENCES_REQUESTED: "References requested",
    Kind.REJECTED: "Rejected",
    Kind.OFFER: "Offer received (not signed yet)",
    Kind.OFFER_SIGNED: "Offer signed",
    Kind.STATUS_UPDATE: "Update",
    Kind.NOT_JOB: "Not job mail",
    Kind.UNREADABLE: "Unreadable mail",
}

# Display caps: mail can carry absurdly long fields, and a digest must stay readable.
_MAX_NAME = 80
_MAX_SUBJECT = 140
_MAX_EVIDENCE = 220
_MAX_CHANGES = 20
_MAX_GHOSTED = 8
_MAX_QUARANTINED = 15
_MAX_INTERVIEWS = 10
_MAX_NAMES_PER_STATUS = 8
_SUBJECT_PARTS = 3
_FOLLOW_UP_WINDOW = timedelta(days=30)
# Event notes are machine tags: "sweep:ghosted" (ghosting.SWEEP_GHOSTED_NOTE) and "command:<verb>"
# (status.COMMAND_NOTE_PREFIX). Matched by prefix here so the digest does not import the tracking fold.
_SWEEP_NOTE_PREFIX = "sweep:"
_COMMAND_NOTE_PREFIX = "command:"
_TEXT_WIDTH = 76

_CONTROL_OR_SPACE = re.compile(r"[\s\x00-\x1f\x7f\u2028\u2029]+")
_WORDS = re.compile(r"\w+")


# ---------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------


def _one_line(value: str | None, limit: int) -> str:
    """Collapse whitespace and control characters, then clip: mail fields go on one display line."""
    cleaned = _CONTROL_OR_SPACE.sub(" ", value or "").strip()
    if len(cleaned) > limit:
        return cleaned[: limit - 1].rstrip() + "…"
    return cleaned


def _plural(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def _company(app: Application) -> str:
    return _one_line(app.company, _MAX_NAME) or "Unknown employer"


def _role(app: Application) -> str:
    return _one_line(app.role, _MAX_NAME)


def who_of(app: Application) -> str:
    """Employer and role as one phrase: "Acme — Backend Engineer"."""
    role = _role(app)
    return f"{_company(app)} — {role}" if role else _company(app)


@dataclass(frozen=True)
class Clock:
    """Renders instants in the user's zone relative to the digest's own `now`."""

    now: datetime
    zone: tzinfo
    zone_name: str

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def day(self, moment: datetime) -> str:
        local = self.local(moment)
        label = f"{local:%a} {local.day} {local:%b}"
        return label if local.year == self.local(self.now).year else f"{label} {local.year}"

    def when(self, moment: datetime) -> str:
        """Day and time with the zone spelled out: "Tue 9 Jun, 14:00 (Europe/Berlin)"."""
        return f"{self.day(moment)}, {self.local(moment):%H:%M} ({self.zone_name})"

    def deadline(self, moment: datetime) -> str:
        """A deadline: day only when it is a whole-day deadline (midnight or end of day)."""
        local_time = self.local(moment).time().replace(microsecond=0)
        if local_time in (time(0, 0), time(23, 59), time(23, 59, 59)):
            return self.day(moment)
        return self.when(moment)

    def days_until(self, moment: datetime) -> int:
        return (self.local(moment).date() - self.local(self.now).date()).days

    def relative(self, moment: datetime) -> str:
        days = self.days_until(moment)
        if days == 0:
            return "today"
        if days == 1:
            return "tomorrow"
        if days == -1:
            return "yesterday"
        return f"in {days} days" if days > 0 else f"{-days} days ago"

    def week_start(self) -> datetime:
        """Monday 00:00 of the user's current local week."""
        today = self.local(self.now).date()
        monday = today - timedelta(days=today.weekday())
        return datetime.combine(monday, time(0), tzinfo=self.zone)


# ---------------------------------------------------------------------------
# The view: what the digest says, independent of HTML or text
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    text: str
    strong: bool = False
    address: bool = False  # a mail address: wraps only after "@" or a dot


@dataclass(frozen=True)
class _Entry:
    when: str
    line: tuple[_Span, ...]
    details: tuple[str, ...] = ()
    template: str = ""  # a copyable message, shown as a block
    link: tuple[str, str] | None = None  # (label, mailto href)
    urgent: bool = False


@dataclass(frozen=True)
class _Section:
    title: str
    intro: str
    entries: tuple[_Entry, ...]
    hidden_count: int = 0  # entries beyond the display cap
    empty_note: str = ""
    kind: str = "section"


@dataclass(frozen=True)
class PipelineBar:
    status: str
    label: str
    count: int
    percent: int
    colour: str
    names: str


@dataclass(frozen=True)
class _Progress:
    title: str
    summary: str
    percent: int
    note: str
    kind: str = "progress"


@dataclass(frozen=True)
class Callout:
    tone: str  # "search", "offer" or "signed"
    headline: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class _View:
    subject: str
    preheader: str
    callout: Callout
    dateline: str
    blocks: tuple[_Section | _Progress, ...]  # in reading order
    pipeline: tuple[PipelineBar, ...]
    pipeline_total: int
    footer: tuple[tuple[_Span, ...], ...]
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
        return f"Pipeline ({_plural(self.pipeline_total, 'application')})"


def _mailto(user: User, subject: str) -> str:
    return f"mailto:{quote(user.inbox, safe='@.+-_')}?subject={quote(subject, safe='')}"


def _command_subject(verb: str, app: Application) -> str:
    """A command naming one application ("signed Acme - Data Engineer"), short enough to be read as one."""
    company = _one_line(app.company, 100)
    role = _one_line(app.role, 100)
    with_role = f"{verb} {company} - {role}"
    # The command reader takes about a dozen argument words on a short line; else name the employer alone.
    if role and len(with_role) <= 150 and len(with_role.split()) <= 13:
        return with_role
    return f"{verb} {company}"


def unsubscribe_mailto(user: User) -> str:
    """The List-Unsubscribe target: a mail to the user's own inbox that pauses digests."""
    return _mailto(user, "pause")


def signed_application(applications: Sequence[Application]) -> Application | None:
    """The most recently signed application, or None while the search is still on."""
    signed = [app for app in applications if app.status is Status.SIGNED]
    if not signed:
        return None
    return max(signed, key=lambda app: (_latest_date(app), app.id))


def should_send_digest(user: User, applications: Sequence[Application]) -> bool:
    """False when the user paused digests, or once a signed offer was congratulated.

    Until a signature, digests keep coming (that is the point). After it, exactly one
    congratulation digest goes out; the caller sets `user.congratulated` once sent.
    """
    if user.digest_paused:
        return False
    return not (signed_application(applications) is not None and user.congratulated)


def _latest_date(app: Application) -> datetime:
    return app.status_date or app.last_contact or app.created_at


def by_company(app: Application) -> tuple[str, str, str]:
    return (_company(app).casefold(), _role(app).casefold(), app.id)


# -- action items ----------------------------------------------------------------


def _action_entries(user: User, open_apps: Sequence[Application], clock: Clock) -> list[_Entry]:
    dated: list[tuple[tuple[int, datetime, str, str, str], _Entry]] = []
    for app in open_apps:
        entry = _action_for(user, app, clock)
        if entry is None:
            continue
        due = app.respond_by
        key = (1 if due is None else 0, due or clock.now, *by_company(app))
        dated.append((key, entry))
    return [entry for _, entry in sorted(dated, key=lambda pair: pair[0])]


def _action_for(user: User, app: Application, clock: Clock) -> _Entry | None:
    due = app.respond_by
    verbs = {
        Status.OFFER: "Answer the offer from ",
        Status.REFERENCES: "Send your references to ",
        Status.ASSESSMENT: "Complete the assessment for ",
    }
    verb = verbs.get(app.status)
    if verb is None and due is None:
        return None
    line = (_Span(verb or "Reply to "), _Span(_company(app), strong=True), *_role_spans(app))
    link = None
    details: list[str] = []
    if app.status is Status.OFFER:
        details.append("Not signed yet, so keep your other applications moving until it is.")
        command = _command_subject("signed", app)
        link = (f"Signed it? Tell untilsigned: “{_one_line(command, _MAX_SUBJECT)}”", _mailto(user, command))
    if due is None:
        return _Entry(when="No deadline given", line=line, details=tuple(details), link=link)
    overdue = due < clock.now
    when = (
        f"Was due {clock.deadline(due)} · {clock.relative(due)}"
        if overdue
        else f"By {clock.deadline(due)} · {clock.relative(due)}"
    )
    return _Entry(when=when, line=line, details=tuple(details), link=link, urgent=overdue)


def _promised_entries(open_apps: Sequence[Application], clock: Clock) -> list[_Entry]:
    waiting = sorted(
        (app for app in open_apps if app.expect_reply_by is not None),
        key=lambda app: (app.expect_reply_by or clock.now, *by_company(app)),
    )
    return [
        _Entry(
            when=f"They said they would reply by {clock.deadline(promised)} · {clock.relative(promised)}",
            line=(_Span(_company(app), strong=True), *_role_spans(app)),
        )
        for app in waiting
        if (promised := app.expect_reply_by) is not None
    ]


def _role_spans(app: Application) -> tuple[_Span, ...]:
    role = _role(app)
    return (_Span(f" — {role}"),) if role else ()


# -- interviews --------------------------------------------------------------------


def _upcoming_interviews(applications: Sequence[Application], now: datetime) -> list[Application]:
    upcoming = [
        app
        for app in applications
        if app.interview_at is not None and app.interview_at >= now and app.status in OPEN_STATUSES
    ]
    return sorted(upcoming, key=lambda app: (app.interview_at or now, *by_company(app)))


def _interview_entry(app: Application, clock: Clock) -> _Entry:
    moment = app.interview_at or clock.now
    latest_invite = _latest_event(app, Kind.INTERVIEW_SCHEDULED)
    details = (f"“{_one_line(latest_invite.subject, _MAX_SUBJECT)}”",) if latest_invite else ()
    return _Entry(
        when=f"{clock.when(moment)} · {clock.relative(moment)}",
        line=(_Span("Interview with "), _Span(_company(app), strong=True), *_role_spans(app)),
        details=details,
    )


def _latest_event(app: Application, kind: Kind) -> TimelineEvent | None:
    matching = [event for event in app.events if event.kind is kind]
    return max(matching, key=lambda event: (event.date, event.message_id)) if matching else None


# -- ghosted -----------------------------------------------------------------------


def follow_up_template(app: Application, now: datetime, zone: tzinfo) -> str:
    """A short, polite follow-up the user can copy for a ghosted application."""
    clock = Clock(now=now, zone=zone, zone_name="")
    role = _role(app)
    company = _company(app)
    subject = f"Following up on my application for {role}" if role else "Following up on my application"
    position = f"the {role} role at {company}" if role else f"a role at {company}"
    promise = (
        f" I understood I would hear back by {clock.day(app.expect_reply_by)}, and I"
        if app.expect_reply_by is not None
        else " I"
    )
    return (
        f"Subject: {subject}\n\n"
        "Hello,\n\n"
        f"I am following up on my application for {position}.{promise} am still very interested. "
        "Could you let me know where things stand, or whether you need anything else from me?\n\n"
        "Thank you for your time."
    )


def _ghosted_entry(app: Application, clock: Clock) -> _Entry:
    since = app.ghosted_since
    reason = _one_line(app.ghosted_reason, _MAX_EVIDENCE)
    if not reason:
        last = app.last_contact or app.created_at
        reason = f"No reply since {clock.day(last)}."
    return _Entry(
        when=f"Ghosted since {clock.day(since)}" if since else "Ghosted",
        line=(_Span(_company(app), strong=True), *_role_spans(app)),
        details=(reason[:1].upper() + reason[1:],),
        template=follow_up_template(app, clock.now, clock.zone),
    )


# -- changes -----------------------------------------------------------------------


def _change_entries(
    applications: Sequence[Application], since: datetime | None, clock: Clock
) -> tuple[list[_Entry], int]:
    changes = [
        (event, app)
        for app in applications
        for event in app.events
        if event.kind not in (Kind.NOT_JOB, Kind.UNREADABLE) and (since is None or event.date > since)
    ]
    # Newest first, so the cap drops the oldest news, not the latest.
    changes.sort(key=lambda pair: (pair[0].date, pair[0].message_id, pair[1].id), reverse=True)
    entries: list[_Entry] = []
    for event, app in changes[:_MAX_CHANGES]:
        entries.append(
            _Entry(
                when=clock.day(event.date),
                line=(
                    _Span(_company(app), strong=True),
                    *_role_spans(app),
                    _Span(f": {_change_label(event)}"),
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


def words_key(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def deciding_sentence(event: TimelineEvent) -> str | None:
    """The first sentence that decided the reading and is not just the subject line again."""
    subject = words_key(event.subject)
    for sentence in event.evidence:
        key = words_key(sentence)
        if key and key not in subject:
            return _one_line(sentence, _MAX_EVIDENCE)
    return None


def _change_details(event: TimelineEvent) -> tuple[str, ...]:
    # Notes are machine tags, never shown; evidence is the employer's words, except for a sweep,
    # where it is the reason the wait ran out.
    subject = _one_line(event.subject, _MAX_SUBJECT)
    details = [f"“{subject}”"] if subject else []
    if event.note.startswith(_SWEEP_NOTE_PREFIX):
        if event.evidence:
            details.append(f"Why: {_one_line(event.evidence[0], _MAX_EVIDENCE)}")
        return tuple(details)
    sentence = deciding_sentence(event)
    if sentence:
        details.append(f"They wrote: “{sentence}”")
    return tuple(details)


# -- quarantine --------------------------------------------------------------------


def _quarantine_entries(quarantined: Sequence[Quarantined], clock: Clock) -> list[_Entry]:
    ordered = sorted(quarantined, key=lambda item: (item.received_at, item.source), reverse=True)
    return [
        _Entry(
            when=f"Received {clock.when(item.received_at)}",
            line=(_Span("From "), _Span(_one_line(item.sender, _MAX_NAME) or "unknown sender", strong=True)),
            details=(
                f"“{_one_line(item.subject, _MAX_SUBJECT) or '(no subject)'}”",
                *(
                    (f"Forwarded by {_one_line(item.forwarded_by, _MAX_NAME)}",)
                    if item.forwarded_by and item.forwarded_by != item.sender
                    else ()
                ),
                f"Why it was kept aside: {_one_line(item.reason, _MAX_EVIDENCE)}",
                item.advice or "If it matters, check it and forward it again.",
            ),
        )
        for item in ordered[:_MAX_QUARANTINED]
    ]


# -- pipeline and activity -----------------------------------------------------------


def pipeline_bars(applications: Sequence[Application]) -> tuple[PipelineBar, ...]:
    by_status: dict[Status, list[Application]] = {status: [] for status in PIPELINE_ORDER}
    for app in applications:
        by_status.setdefault(app.status, []).append(app)
    biggest = max((len(apps) for apps in by_status.values()), default=0)
    bars: list[PipelineBar] = []
    for status in PIPELINE_ORDER:
        apps = sorted(by_status[status], key=by_company)
        if not apps:
            continue
        names = [who_of(app) for app in apps[:_MAX_NAMES_PER_STATUS]]
        if len(apps) > _MAX_NAMES_PER_STATUS:
            names.append(f"+{len(apps) - _MAX_NAMES_PER_STATUS} more")
        bars.append(
            PipelineBar(
                status=status.value,
                label=STATUS_LABELS[status],
                count=len(apps),
                # A visible sliver even for one application among many.
                percent=max(4, round(100 * len(apps) / biggest)),
                colour=_STATUS_COLOURS[status],
                names=" · ".join(names),
            )
        )
    return tuple(bars)


def started_at(app: Application) -> datetime | None:
    """When the user started this application: the employer's acknowledgement, or the day they added it
    by hand. None for an application first seen at a later stage (an interview, a rejection)."""
    counted = standing(app.events)
    dates = [
        event.date
        for event in app.events
        if event.kind is Kind.APPLICATION_RECEIVED and counted.counts(event)
    ]
    return min(dates) if dates else None


def weekly_goal(user: User) -> int:
    return DEFAULT_WEEKLY_GOAL if user.weekly_goal is None else user.weekly_goal


def applications_this_week(user: User, applications: Sequence[Application], now: datetime) -> int:
    """Applications the user started since Monday 00:00 in their zone, up to `now` (see `started_at`)."""
    clock = Clock(now=now, zone=user_zone(user), zone_name="")
    start = clock.week_start()
    return sum(
        1 for app in applications if (started := started_at(app)) is not None and start <= started <= now
    )


def _progress(user: User, applications: Sequence[Application], clock: Clock) -> _Progress:
    count = applications_this_week(user, applications, clock.now)
    goal = weekly_goal(user)
    started = f"since {clock.day(clock.week_start())}"
    if goal <= 0:
        return _Progress("This week", f"{_plural(count, 'application')} started {started}.", 0, "")
    percent = min(100, round(100 * count / goal))
    if count >= goal:
        note = "Goal reached: well done. Anything more is a bonus."
    elif count == 0:
        note = f"A fresh week: {_plural(goal, 'application')} is your goal. One today is a good start."
    else:
        note = f"{goal - count} more to reach your goal of {goal}."
    if user.weekly_goal is None:
        note += (
            f" {goal} a week is the default goal: set your own on your board, or mail “goal 5” to your inbox."
        )
    return _Progress(
        "This week",
        f"{count} of {goal} applications started {started} (acknowledged or added by you).",
        percent,
        note,
    )


# -- headline ---------------------------------------------------------------------


def search_callout(user: User, applications: Sequence[Application], clock: Clock) -> Callout:
    open_apps = [app for app in applications if app.status in OPEN_STATUSES]
    offers = sorted(
        (app for app in open_apps if app.status is Status.OFFER), key=lambda app: (_latest_date(app), app.id)
    )
    if offers:
        lines = []
        for offer in offers:
            answer = f" Answer by {clock.deadline(offer.respond_by)}." if offer.respond_by else ""
            lines.append(f"Offer from {who_of(offer)}: congratulations on getting this far!{answer}")
        lines.append(
            "Offers can still change or be withdrawn before the paperwork is signed, "
            "so keep your other options warm."
        )
        return Callout(
            "offer",
            "No signed offer yet: keep applying until the offer is signed.",
            tuple(lines),
        )
    headline = "No signed offer yet: keep applying."
    if not applications:
        return Callout(
            "search",
            headline,
            (
                f"Nothing tracked yet. Forward any application confirmation to {user.inbox} "
                "and it shows up here.",
            ),
        )
    if not open_apps:
        return Callout(
            "search",
            headline,
            (
                "No open applications right now. A no, or silence, says little about you: "
                "each new application is a fresh chance.",
            ),
        )
    lines = [
        f"{_plural(len(open_apps), 'application')} in motion. "
        "Keep new ones going so no single answer decides."
    ]
    if any(app.status in (Status.REFERENCES, Status.INTERVIEWING) for app in open_apps):
        lines.append(
            "Interviews, kind words and reference requests are good signs, but none of them is an offer."
        )
    return Callout("search", headline, tuple(lines))


# -- subject ------------------------------------------------------------------------


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
        parts.append(f"{_plural(this_week, 'interview')} this week")
    if actions_due:
        parts.append(f"{_plural(actions_due, 'task')} due")
    if ghosted_new:
        parts.append(f"{ghosted_new} ghosted")
    if quarantined:
        parts.append(f"{_plural(quarantined, 'mail')} to check")
    if not parts and goal > 0:
        parts.append(f"{week_count}/{goal} applications this week")
    return " · ".join([*parts[:_SUBJECT_PARTS], state])


# -- assembling the view ------------------------------------------------------------


def clock_for(user: User, now: datetime) -> Clock:
    zone = user_zone(user)
    zone_name = user.timezone if getattr(zone, "key", None) == user.timezone else "UTC"
    return Clock(now=now, zone=zone, zone_name=zone_name)


def _footer(user: User, signed: bool) -> tuple[tuple[tuple[_Span, ...], ...], tuple[tuple[str, str], ...]]:
    lines: list[tuple[_Span, ...]] = []
    links: list[tuple[str, str]] = []
    if not signed:
        lines.append(
            (
                _Span("Signed an offer? Email "),
                _Span(user.inbox, strong=True, address=True),
                _Span(
                    " with the subject “signed <employer>”: "
                    "you get one congratulation, then the reminders stop."
                ),
            )
        )
        links.append(("Tell untilsigned you signed", _mailto(user, "signed ")))
    lines.append(
        (
            _Span("untilsigned reads only the mail you forward to "),
            _Span(user.inbox, strong=True, address=True),
            _Span(". You don't have an offer until you have a signed offer."),
        )
    )
    links.append(("Pause these digests", unsubscribe_mailto(user)))
    return tuple(lines), tuple(links)


def _view(
    user: User,
    applications: Sequence[Application],
    now: datetime,
    since: datetime | None,
    quarantined: Sequence[Quarantined],
) -> _View:
    clock = clock_for(user, now)
    dateline_since = f" · changes since {clock.day(since)}" if since else " · your first digest"
    dateline = f"untilsigned digest · {clock.day(now)} {clock.local(now).year}{dateline_since}"
    signed = signed_application(applications)
    if signed is not None:
        return _signed_view(user, applications, signed, clock, dateline, quarantined)

    open_apps = [app for app in applications if app.status in OPEN_STATUSES]
    sections: list[_Section | _Progress] = []

    actions = _action_entries(user, open_apps, clock)
    if actions:
        sections.append(_Section("To do: your own deadlines", "", tuple(actions)))

    promised = _promised_entries(open_apps, clock)
    if promised:
        sections.append(
            _Section(
                "Waiting on them: the dates they gave",
                "Their own dates, not yours. If a date passes in silence, untilsigned calls it ghosting.",
                tuple(promised),
            )
        )

    interviews = _upcoming_interviews(applications, now)
    if interviews:
        sections.append(
            _Section(
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
            _Section(
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
        _Section(
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


def _quarantine_section(quarantined: Sequence[Quarantined], clock: Clock) -> _Section:
    return _Section(
        "Mail that needs a look",
        "These messages were kept aside and changed no application.",
        tuple(_quarantine_entries(quarantined, clock)),
        hidden_count=max(0, len(quarantined) - _MAX_QUARANTINED),
    )


def withdrawal_template(app: Application) -> str:
    """A gracious note withdrawing from another process once an offer is signed."""
    position = f"the {_role(app)} role" if _role(app) else "the role I applied for"
    return (
        f"Subject: Withdrawing my application for {_role(app) or 'the role'}\n\n"
        "Hello,\n\n"
        f"Thank you for considering me for {position} at {_company(app)}. I have accepted another offer, "
        "so I would like to withdraw my application. "
        "I appreciated your time and hope our paths cross again.\n\n"
        "Best wishes."
    )


def _signed_view(
    user: User,
    applications: Sequence[Application],
    signed: Application,
    clock: Clock,
    dateline: str,
    quarantined: Sequence[Quarantined],
) -> _View:
    employer = _company(signed)
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
    sections: list[_Section | _Progress] = []
    still_open = sorted((app for app in applications if app.status in OPEN_STATUSES), key=by_company)
    if still_open:
        sections.append(
            _Section(
                "Close the loop",
                "These processes are still open. "
                "A short note lets them move on, and keeps the door open for later:",
                tuple(
                    _Entry(
                        when=STATUS_LABELS[app.status],
                        line=(_Span(_company(app), strong=True), *_role_spans(app)),
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
    subject = f"Offer signed with {_one_line(employer, 40)} · congratulations!"
    return _assemble_view(user, applications, subject, callout, dateline, sections, signed=True)


def _assemble_view(
    user: User,
    applications: Sequence[Application],
    subject: str,
    callout: Callout,
    dateline: str,
    sections: Sequence[_Section | _Progress],
    *,
    signed: bool,
) -> _View:
    footer, links = _footer(user, signed=signed)
    return _View(
        subject=subject,
        preheader=_one_line(f"{callout.headline} {subject}.", 150),
        callout=callout,
        dateline=dateline,
        blocks=tuple(sections),
        pipeline=pipeline_bars(applications),
        pipeline_total=len(applications),
        footer=footer,
        footer_links=links,
    )


# ---------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------


def _wrap(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(
        text, width=_TEXT_WIDTH, initial_indent=indent, subsequent_indent=indent, break_long_words=True
    ) or [indent.rstrip()]


def _spans_text(spans: Iterable[_Span]) -> str:
    return "".join(span.text for span in spans)


def _heading(title: str) -> list[str]:
    return ["", title.upper(), "-" * min(len(title), _TEXT_WIDTH)]


def _render_text(view: _View) -> str:
    lines: list[str] = [*_wrap(view.callout.headline)]
    for line in view.callout.lines:
        lines.extend(_wrap(line))
    if view.board_link:
        # The address stays whole on its own line: a wrapped URL cannot be clicked.
        lines.extend(["", "Open your board (this sign-in link works once):", f"  {view.board_link}"])
    lines.extend(["", *_wrap(view.dateline)])
    lines.extend(_pipeline_text(view))
    for block in view.blocks:
        lines.extend(_section_text(block) if isinstance(block, _Section) else _progress_text(block))
    for footer_line in view.footer:
        lines.extend(["", *_wrap(_spans_text(footer_line))])
    lines.append("")
    for label, href in view.footer_links:
        lines.extend([f"{label}:", f"  {href}"])
    return "\n".join(lines).rstrip() + "\n"


def _progress_text(progress: _Progress) -> list[str]:
    lines = [*_heading(progress.title), *_wrap(progress.summary)]
    if progress.percent or progress.note:
        filled = round(progress.percent / 5)
        lines.append(f"[{'#' * filled}{'.' * (20 - filled)}] {progress.percent}%")
    if progress.note:
        lines.extend(_wrap(progress.note))
    return lines


def _section_text(section: _Section) -> list[str]:
    lines = _heading(section.title)
    if section.intro:
        lines.extend(_wrap(section.intro))
    if not section.entries and section.empty_note:
        lines.extend(_wrap(section.empty_note))
    for entry in section.entries:
        lines.append("")
        lines.extend(_wrap(("! " if entry.urgent else "* ") + entry.when))
        lines.extend(_wrap(_spans_text(entry.line), "  "))
        for detail in entry.details:
            lines.extend(_wrap(detail, "  "))
        if entry.template:
            lines.append("")
            for template_line in entry.template.split("\n"):
                lines.extend(_wrap(template_line, "    | ") if template_line else ["    |"])
        if entry.link:
            label, href = entry.link
            # The address stays whole on its own line: a wrapped URL cannot be clicked.
            lines.extend([*([""] if entry.template else []), *_wrap(f"{label}:", "  "), f"  {href}"])
    if section.hidden_count:
        lines.extend(["", f"  … and {section.hidden_count} more not shown."])
    return lines


def _pipeline_text(view: _View) -> list[str]:
    lines = _heading(view.pipeline_title)
    if not view.pipeline:
        return [*lines, "Nothing tracked yet."]
    label_width = max(len(bar.label) for bar in view.pipeline)
    count_width = max(len(str(bar.count)) for bar in view.pipeline)
    for bar in view.pipeline:
        # An aligned table: label, count, then a bar scaled to the largest status.
        blocks = "#" * max(1, round(bar.percent * 30 / 100))
        lines.append(f"{bar.label:<{label_width}}  {bar.count:>{count_width}}  {blocks}")
        lines.extend(_wrap(bar.names, " " * (label_width + count_width + 4)))
    return lines


def _render_html(view: _View) -> str:
    return render("digest.html", view=view)


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def compose_digest(
    user: User,
    applications: Sequence[Application],
    now: datetime,
    *,
    since: datetime | None = None,
    quarantined: Sequence[Quarantined] = (),
    board_link: str | None = None,
) -> Digest:
    """Compose one digest for `user` at `now`.

    `since` is the previous digest's time (None for the first digest): only timeline
    events dated after it are listed as changes. `quarantined` is the mail kept aside
    that the user has not been told about yet; all of it is shown. `board_link` is a fresh sign-in
    link to the user's board, shown near the top.
    """
    for name, moment in (("now", now), ("since", since)):
        if moment is not None and moment.utcoffset() is None:
            raise ValueError(f"{name} must be timezone-aware")
    # An application the owner merged into another lives on inside that one.
    applications = [app for app in applications if not app.merged_into]
    view = replace(_view(user, applications, now, since, quarantined), board_link=board_link)
    return Digest(subject=view.subject, text=_render_text(view), html=_render_html(view))

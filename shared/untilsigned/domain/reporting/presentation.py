"""How applications are shown wherever they are shown (the digest, the board, the exports).

The labels for statuses and kinds, the user's clock, the pipeline bars, the headline callout, the
templates the user can copy, and the week's count against the goal. Every string that came from mail
is clipped to one plain line here; it becomes markup only in an autoescaping template.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from untilsigned.domain.model import Application, Kind, Status, TimelineEvent, User
from untilsigned.domain.reporting.schedule import user_zone
from untilsigned.domain.tracking.corrections import standing

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
# Display caps: mail can carry absurdly long fields, and a digest must stay readable.
MAX_NAME = 80
MAX_SUBJECT = 140
MAX_EVIDENCE = 220
_MAX_NAMES_PER_STATUS = 8

_CONTROL_OR_SPACE = re.compile(r"[\s\x00-\x1f\x7f\u2028\u2029]+")
_WORDS = re.compile(r"\w+")


def one_line(value: str | None, limit: int) -> str:
    """Collapse whitespace and control characters, then clip: mail fields go on one display line."""
    cleaned = _CONTROL_OR_SPACE.sub(" ", value or "").strip()
    if len(cleaned) > limit:
        return cleaned[: limit - 1].rstrip() + "…"
    return cleaned


def plural(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def company_name(app: Application) -> str:
    return one_line(app.company, MAX_NAME) or "Unknown employer"


def role_name(app: Application) -> str:
    return one_line(app.role, MAX_NAME)


def who_of(app: Application) -> str:
    """Employer and role as one phrase: "Acme — Backend Engineer"."""
    role = role_name(app)
    return f"{company_name(app)} — {role}" if role else company_name(app)


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


def clock_for(user: User, now: datetime) -> Clock:
    zone = user_zone(user)
    zone_name = user.timezone if getattr(zone, "key", None) == user.timezone else "UTC"
    return Clock(now=now, zone=zone, zone_name=zone_name)


def by_company(app: Application) -> tuple[str, str, str]:
    return (company_name(app).casefold(), role_name(app).casefold(), app.id)


def latest_date(app: Application) -> datetime:
    return app.status_date or app.last_contact or app.created_at


def signed_application(applications: Sequence[Application]) -> Application | None:
    """The most recently signed application, or None while the search is still on."""
    signed = [app for app in applications if app.status is Status.SIGNED]
    if not signed:
        return None
    return max(signed, key=lambda app: (latest_date(app), app.id))


@dataclass(frozen=True)
class PipelineBar:
    status: str
    label: str
    count: int
    percent: int
    colour: str
    names: str


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


@dataclass(frozen=True)
class Callout:
    tone: str  # "search", "offer" or "signed"
    headline: str
    lines: tuple[str, ...]


def search_callout(user: User, applications: Sequence[Application], clock: Clock) -> Callout:
    open_apps = [app for app in applications if app.status in OPEN_STATUSES]
    offers = sorted(
        (app for app in open_apps if app.status is Status.OFFER), key=lambda app: (latest_date(app), app.id)
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
        f"{plural(len(open_apps), 'application')} in motion. Keep new ones going so no single answer decides."
    ]
    if any(app.status in (Status.REFERENCES, Status.INTERVIEWING) for app in open_apps):
        lines.append(
            "Interviews, kind words and reference requests are good signs, but none of them is an offer."
        )
    return Callout("search", headline, tuple(lines))


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


def follow_up_template(app: Application, now: datetime, zone: tzinfo) -> str:
    """A short, polite follow-up the user can copy for a ghosted application."""
    clock = Clock(now=now, zone=zone, zone_name="")
    role = role_name(app)
    company = company_name(app)
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


def withdrawal_template(app: Application) -> str:
    """A gracious note withdrawing from another process once an offer is signed."""
    position = f"the {role_name(app)} role" if role_name(app) else "the role I applied for"
    return (
        f"Subject: Withdrawing my application for {role_name(app) or 'the role'}\n\n"
        "Hello,\n\n"
        f"Thank you for considering me for {position} at {company_name(app)}. I have accepted another offer, "
        "so I would like to withdraw my application. "
        "I appreciated your time and hope our paths cross again.\n\n"
        "Best wishes."
    )


def words_key(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def deciding_sentence(event: TimelineEvent) -> str | None:
    """The first sentence that decided the reading and is not just the subject line again."""
    subject = words_key(event.subject)
    for sentence in event.evidence:
        key = words_key(sentence)
        if key and key not in subject:
            return one_line(sentence, MAX_EVIDENCE)
    return None

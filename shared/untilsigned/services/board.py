"""The board: sign-in by link, the owner's views, corrections, exports, settings and forget-me.

Every read and write goes through the signed-in user's own partition: an application id from another user
simply is not found. Corrections are timeline events saved with the application's version, retried on a
conflicting write like every other change to an application.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from untilsigned.adapters.access_store import AccessStore, LinkOutcome, LinkState, Session, secret_hash
from untilsigned.adapters.dynamo import SaveOutcome
from untilsigned.adapters.mail_sender import OutgoingMail
from untilsigned.domain.model import Application, Quarantined, Status, TimelineEvent, User
from untilsigned.domain.reporting.board import Overview, Page, application_page, overview, quarantine_id
from untilsigned.domain.reporting.schedule import next_digest_at
from untilsigned.domain.tracking import corrections
from untilsigned.domain.tracking.corrections import Action, CorrectionError, action_of
from untilsigned.domain.tracking.ghosting import GhostPolicy
from untilsigned.ids import new_id
from untilsigned.observability import logger
from untilsigned.services import runtime
from untilsigned.services.forgetting import forget_user
from untilsigned.services.ports import (
    ApplicationStore,
    Conflict,
    Mailer,
    RawMailStore,
    retry_on_conflict,
)

if TYPE_CHECKING:
    from untilsigned.adapters.idempotency_records import IdempotencyRecords

DIGEST_LINK_VALID = timedelta(days=7)  # a weekly digest's link lasts until the next one
FRESH_LINK_VALID = timedelta(hours=24)  # asked for on purpose: used soon
LINK_REQUEST_COOLDOWN = timedelta(minutes=15)  # asking by address mails at most this often
SESSION_VALID = timedelta(days=7)


@dataclass(frozen=True)
class SignIn:
    outcome: LinkOutcome
    cookie: str | None = None
    session: Session | None = None


@dataclass(frozen=True)
class Released:
    recorded: bool
    message: str
    application_id: str | None = None


class NotFound(LookupError):
    """Nothing of the signed-in user's by that id (another user's id is exactly as unknown)."""


def apply_correction(app: Application, event: TimelineEvent, policy: GhostPolicy) -> None:
    # The timeline (and the matching rules it brings) loads on the first change, not for a page view:
    # page views are most of a board's cold starts.
    from untilsigned.domain.tracking.timeline import apply_correction as fold_in

    fold_in(app, event, policy)


def signin_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/signin/{token}"


def feed_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/feed/{token}.ics"


class BoardService:
    def __init__(
        self,
        store: ApplicationStore,
        access: AccessStore,
        sender: Mailer,
        mail_store: Callable[[], RawMailStore],
        policy: GhostPolicy | None = None,
        idempotency: Callable[[], IdempotencyRecords] | None = None,
        id_factory: Callable[[datetime], str] = new_id,
    ) -> None:
        self.store = store
        self.access = access
        self.sender = sender
        self.mail_store = mail_store
        self.idempotency = idempotency
        self.policy = policy or GhostPolicy()
        self.id_factory = id_factory

    # -- signing in ----------------------------------------------------------------------------------------

    def new_signin_link(self, user: User, base_url: str, now: datetime, valid_for: timedelta) -> str:
        return signin_url(base_url, self.access.issue_link(user.user_id, now, valid_for))

    def mail_signin_link(self, user: User, base_url: str, now: datetime) -> None:
        """A fresh link, only ever to the registered address."""
        link = self.new_signin_link(user, base_url, now, FRESH_LINK_VALID)
        self.sender.send(
            OutgoingMail(
                to=user.email,
                subject="untilsigned: your sign-in link",
                text=(
                    "Open your untilsigned board with this link. It works once, within 24 hours:\n\n"
                    f"  {link}\n\n"
                    "If you did not ask for it, ignore this mail: nobody else receives these links."
                ),
            )
        )

    def sign_in(self, token: str, now: datetime) -> SignIn:
        outcome = self.access.use_link(token, now)
        if outcome.state is not LinkState.SIGNED_IN or outcome.user_id is None:
            return SignIn(outcome)
        if self.store.get_user(outcome.user_id) is None:
            return SignIn(LinkOutcome(LinkState.UNKNOWN, None))
        cookie, session = self.access.open_session(outcome.user_id, now, SESSION_VALID)
        logger.info("signed in by link")
        return SignIn(outcome, cookie, session)

    def renew_link(self, token: str, base_url: str, now: datetime) -> bool:
        """Mail one fresh link for a used or expired one, to the registered address only."""
        user_id = self.access.claim_renewal(token, now)
        user = self.store.get_user(user_id) if user_id else None
        if user is None:
            return False
        self.mail_signin_link(user, base_url, now)
        return True

    def request_link(self, address: str, base_url: str, now: datetime) -> None:
        """Asked by address: mailed only if the address is registered; the page says the same either way."""
        user = self.store.find_user_by_email(address.strip().lower())
        # Anyone can type an address here: one mail per cooldown keeps the form from becoming a mail bomb.
        if user is not None and self.access.claim_link_request(user.user_id, now, LINK_REQUEST_COOLDOWN):
            self.mail_signin_link(user, base_url, now)

    def session(self, cookie: str, now: datetime) -> tuple[Session, User] | None:
        session = self.access.session(cookie, now)
        if session is None:
            return None
        user = self.store.get_user(session.user_id)
        return (session, user) if user is not None else None

    def sign_out(self, cookie: str) -> None:
        self.access.close_session(cookie)

    # -- views ---------------------------------------------------------------------------------------------

    def overview(self, user: User, now: datetime) -> Overview:
        # The lists need no timelines: read the applications alone, not their thousands of events.
        applications = self.store.application_summaries(user.user_id)
        return overview(user, applications, self.store.list_quarantine(user.user_id), now)

    def application(self, user: User, app_id: str, now: datetime) -> Page:
        found = self.store.load_applications(user.user_id, app_id).applications
        app = next((a for a in found if a.id == app_id), None)
        if app is None:
            raise NotFound(app_id)
        applications = [app, *(a for a in self.store.application_summaries(user.user_id) if a.id != app_id)]
        # Mail taken in by a merge keeps its text under the application it came from.
        sources = sorted({app.id, *(event.origin_app for event in app.events if event.origin_app)})
        texts = self.store.load_texts(user.user_id, sources)
        for event in app.events:
            event.text = texts.get(event.message_id, event.text)
        return application_page(user, app, applications, now)

    def quarantined(self, user: User, kept_id: str) -> Quarantined:
        entry = next(
            (q for q in self.store.list_quarantine(user.user_id) if quarantine_id(q) == kept_id), None
        )
        if entry is None:
            raise NotFound(kept_id)
        return entry

    # -- corrections ---------------------------------------------------------------------------------------

    def _key(self, now: datetime) -> str:
        return f"correction:{self.id_factory(now)}"

    def correct(
        self,
        user: User,
        app_id: str,
        now: datetime,
        build: Callable[[Application, Sequence[Application], str], TimelineEvent],
    ) -> TimelineEvent:
        """Load, build the correction event, fold it in, save with the version read; retry on a conflict."""
        key = self._key(now)

        def attempt() -> TimelineEvent | Literal[Conflict.RETRY]:
            stored = self.store.load_applications(user.user_id)
            app = next((a for a in stored.applications if a.id == app_id), None)
            if app is None:
                raise NotFound(app_id)
            event = build(app, stored.applications, key)
            apply_correction(app, event, self.policy)
            saved = self.store.save_application(
                user.user_id, app, new_events=[event], expected_version=stored.versions[app.id]
            )
            if saved is not SaveOutcome.SAVED:
                return Conflict.RETRY
            logger.info("correction saved", extra={"action": event.note})
            return event

        return retry_on_conflict(attempt, "application kept changing while saving a correction")

    def set_status(self, user: User, app_id: str, status: str, note: str, now: datetime) -> TimelineEvent:
        try:
            chosen = Status(status)
        except ValueError as error:
            raise CorrectionError("Choose one of the statuses listed.") from error
        return self.correct(
            user, app_id, now, lambda _a, _all, key: corrections.set_status(chosen, note, now=now, key=key)
        )

    def edit(
        self,
        user: User,
        app_id: str,
        now: datetime,
        *,
        company: str | None,
        role: str | None,
        link: str | None,
    ) -> TimelineEvent:
        if link and not link.strip().lower().startswith(("https://", "http://")):
            raise CorrectionError("A link starts with https:// or http://.")
        return self.correct(
            user,
            app_id,
            now,
            lambda app, _all, key: corrections.edit_details(
                app, company=company, role=role, link=link, now=now, key=key
            ),
        )

    def note(self, user: User, app_id: str, text: str, now: datetime) -> TimelineEvent:
        return self.correct(
            user, app_id, now, lambda _a, _all, key: corrections.add_note(text, now=now, key=key)
        )

    def take_out(self, user: User, app_id: str, message_id: str, reason: str, now: datetime) -> TimelineEvent:
        try:
            why = corrections.DetachReason(reason)
        except ValueError as error:
            raise CorrectionError("Say whether it is about another job or not a job at all.") from error
        return self.correct(
            user,
            app_id,
            now,
            lambda app, _all, key: corrections.take_out(app, message_id, why, now=now, key=key),
        )

    def change_promise(self, user: User, app_id: str, day: str, now: datetime) -> TimelineEvent:
        promised = _end_of_local_day(user, day) if day.strip() else None
        return self.correct(
            user, app_id, now, lambda _a, _all, key: corrections.change_promise(promised, now=now, key=key)
        )

    def unghost(self, user: User, app_id: str, now: datetime) -> TimelineEvent:
        def build(app: Application, _all: Sequence[Application], key: str) -> TimelineEvent:
            if app.status is not Status.GHOSTED:
                raise CorrectionError("This application is not ghosted.")
            return corrections.unghost(now=now, key=key)

        return self.correct(user, app_id, now, build)

    def undo(self, user: User, app_id: str, message_id: str, now: datetime) -> TimelineEvent:
        stored = self.store.load_applications(user.user_id)
        app = next((a for a in stored.applications if a.id == app_id), None)
        if app is None:
            raise NotFound(app_id)
        target = next((e for e in app.events if e.message_id == message_id), None)
        if target is not None and action_of(target) is Action.MERGE:
            return self._undo_merge(user, app_id, target, now)
        return self.correct(
            user, app_id, now, lambda a, _all, key: corrections.undo(a, message_id, now=now, key=key)
        )

    def add_application(
        self, user: User, *, company: str, role: str, applied_on: str, link: str, notes: str, now: datetime
    ) -> str:
        if link and not link.strip().lower().startswith(("https://", "http://")):
            raise CorrectionError("A link starts with https:// or http://.")
        try:
            applied = _start_of_local_day(user, applied_on) if applied_on.strip() else now
        except ValueError as error:
            raise CorrectionError("Give the date you applied as a date.") from error
        event = corrections.added_by_hand(
            company=company,
            role=role,
            applied_on=min(applied, now),
            link=link,
            notes=notes,
            now=now,
            key=self._key(now),
        )
        app = Application(
            id=self.id_factory(now),
            company=event.correction["company"],
            role=event.correction["role"] or None,
            requisition_id=None,
            status=Status.APPLIED,
            created_at=event.date,
            link=event.correction["link"],
        )
        apply_correction(app, event, self.policy)
        self.store.save_application(user.user_id, app, new_events=[event], expected_version=None)
        return app.id

    def merge(self, user: User, keep_id: str, take_id: str, now: datetime) -> TimelineEvent:
        """Take `take_id` into `keep_id`: its mail joins the kept timeline, and it leaves the lists."""
        if keep_id == take_id:
            raise CorrectionError("Choose another application to merge with.")

        def attempt() -> TimelineEvent | Literal[Conflict.RETRY]:
            stored = self.store.load_applications(user.user_id)
            by_id = {a.id: a for a in stored.applications}
            keep, take = by_id.get(keep_id), by_id.get(take_id)
            if keep is None or take is None or keep.merged_into or take.merged_into:
                raise NotFound(take_id)
            merge_key, merged_key = self._key(now), self._key(now)
            merge_event = corrections.merge_into(take, now=now, key=merge_key)
            copies = [
                replace(event, origin_app=take.id)
                for event in take.events
                if action_of(event) not in (Action.MERGE, Action.MERGED, Action.ADDED)
            ]
            keep.events.extend(copies)
            keep.thread_ids |= take.thread_ids
            keep.role = keep.role or take.role
            apply_correction(keep, merge_event, self.policy)
            merged_event = corrections.merged_away(keep, now=now, key=merged_key, merge_key=merge_key)
            apply_correction(take, merged_event, self.policy)
            saved = self.store.save_applications(
                user.user_id,
                [
                    (keep, [merge_event, *copies], stored.versions[keep.id]),
                    (take, [merged_event], stored.versions[take.id]),
                ],
            )
            return merge_event if saved is SaveOutcome.SAVED else Conflict.RETRY

        return retry_on_conflict(attempt, "applications kept changing while merging")

    def _undo_merge(
        self, user: User, keep_id: str, merge_event: TimelineEvent, now: datetime
    ) -> TimelineEvent:
        take_id = merge_event.correction.get("from_app", "")

        def attempt() -> TimelineEvent | Literal[Conflict.RETRY]:
            stored = self.store.load_applications(user.user_id)
            by_id = {a.id: a for a in stored.applications}
            keep, take = by_id.get(keep_id), by_id.get(take_id)
            if keep is None:
                raise NotFound(keep_id)
            undo_keep = corrections.undo(keep, merge_event.message_id, now=now, key=self._key(now))
            apply_correction(keep, undo_keep, self.policy)
            changes: list[tuple[Application, list[TimelineEvent], int | None]] = [
                (keep, [undo_keep], stored.versions[keep.id])
            ]
            merged = (
                next(
                    (
                        e
                        for e in take.events
                        if action_of(e) is Action.MERGED
                        and e.correction.get("merge") == merge_event.message_id
                    ),
                    None,
                )
                if take is not None
                else None
            )
            if take is not None and merged is not None:
                undo_take = corrections.undo(take, merged.message_id, now=now, key=self._key(now))
                apply_correction(take, undo_take, self.policy)
                changes.append((take, [undo_take], stored.versions[take.id]))
            if self.store.save_applications(user.user_id, changes) is SaveOutcome.SAVED:
                return undo_keep
            return Conflict.RETRY

        return retry_on_conflict(attempt, "applications kept changing while undoing a merge")

    # -- kept-aside mail -----------------------------------------------------------------------------------

    def release(self, user: User, kept_id: str, now: datetime) -> Released:
        """Read and record a quarantined mail as if the owner had forwarded it."""
        entry = self.quarantined(user, kept_id)
        mail_store = self.mail_store()
        # Only this path reads raw mail: the classifier and the HTML reader load here, never for a page view.
        from untilsigned.domain.tracking.matching import email_key
        from untilsigned.domain.tracking.timeline import record_email
        from untilsigned.domain.understanding.understand import understand

        understood = understand(mail_store.read(entry.source))

        def attempt() -> Released | Literal[Conflict.RETRY]:
            stored = self.store.load_applications(user.user_id)
            live = [a for a in stored.applications if not a.merged_into]
            outcome = record_email(
                live, understood, new_app_id=self.id_factory(now), raw_key=entry.source, policy=self.policy
            )
            if outcome.application is None or outcome.event is None:
                self.store.delete_quarantine(user.user_id, entry)
                return Released(False, f"Read it: {outcome.ignored_reason or 'nothing to record'}.")
            if outcome.duplicate:
                self.store.delete_quarantine(user.user_id, entry)
                return Released(True, "That mail was already recorded.", outcome.application.id)
            saved = self.store.save_application(
                user.user_id,
                outcome.application,
                new_events=[outcome.event],
                expected_version=None if outcome.created else stored.versions[outcome.application.id],
                dedupe_key=email_key(understood),
            )
            if saved is not SaveOutcome.CONFLICT:
                self.store.delete_quarantine(user.user_id, entry)
                app = outcome.application
                return Released(True, f"Recorded under {app.company}: {app.status.value}.", app.id)
            return Conflict.RETRY

        return retry_on_conflict(attempt, "application kept changing while releasing a mail")

    def delete_quarantined(self, user: User, kept_id: str) -> None:
        entry = self.quarantined(user, kept_id)
        self.store.delete_quarantine(user.user_id, entry)
        self.mail_store().delete([entry.source])

    # -- settings, pause, forget ---------------------------------------------------------------------------

    def save_settings(
        self, user: User, *, rhythm: str, weekday: int, hour: int, timezone: str, goal: str, now: datetime
    ) -> User:
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise CorrectionError(f"“{timezone}” is not a time zone name such as Europe/Berlin.") from error
        if rhythm not in ("weekly", "daily") or not 0 <= weekday <= 6 or not 0 <= hour <= 23:
            raise CorrectionError("Choose a rhythm, a day and an hour from the lists.")
        weekly_goal: int | None = None
        if goal.strip():
            if not goal.strip().isdigit() or not 0 <= int(goal) <= 100:
                raise CorrectionError("The weekly goal is a number from 0 to 100, or empty for the default.")
            weekly_goal = int(goal)
        updated = replace(
            user,
            digest_weekday=None if rhythm == "daily" else weekday,
            digest_hour=hour,
            timezone=timezone,
            weekly_goal=weekly_goal,
        )
        self._save_user(updated, now)
        return updated

    def set_paused(self, user: User, paused: bool, now: datetime) -> User:
        updated = replace(user, digest_paused=paused)
        self._save_user(updated, now)
        return updated

    def _save_user(self, user: User, now: datetime) -> None:
        self.store.save_user(user, None if user.digest_paused else next_digest_at(user, now))

    def forget(self, user: User, cookie: str) -> None:
        """Everything of the user, as the mailed "forget me" deletes it: items, raw mail, SES's copies."""
        self.access.revoke_feed(user.calendar_feed)
        idempotency = self.idempotency() if self.idempotency is not None else None
        forget_user(user, self.store, self.mail_store(), idempotency)
        self.access.close_session(cookie)
        logger.info("user forgotten")

    # -- exports -------------------------------------------------------------------------------------------

    def csv(self, user: User) -> str:
        from untilsigned.domain.reporting.exports import applications_csv  # only the export pays for it

        return applications_csv(self.store.application_summaries(user.user_id))

    def calendar(self, user: User, now: datetime) -> str:
        from untilsigned.domain.reporting.exports import applications_ics  # only the export pays for it

        return applications_ics(user, self.store.application_summaries(user.user_id), now)

    def feed(self, token: str, now: datetime) -> str | None:
        user_id = self.access.feed_user(token)
        user = self.store.get_user(user_id) if user_id else None
        if user is None or user.calendar_feed != secret_hash(token):
            return None
        return self.calendar(user, now)

    def open_feed(self, user: User, base_url: str, now: datetime) -> str:
        """A new secret calendar address; the previous one stops working."""
        self.access.revoke_feed(user.calendar_feed)
        token, token_hash = self.access.open_feed(user.user_id)
        self._save_user(replace(user, calendar_feed=token_hash), now)
        return feed_url(base_url, token)

    def revoke_feed(self, user: User, now: datetime) -> None:
        self.access.revoke_feed(user.calendar_feed)
        self._save_user(replace(user, calendar_feed=""), now)


def _zone(user: User) -> ZoneInfo:
    try:
        return ZoneInfo(user.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _start_of_local_day(user: User, day: str) -> datetime:
    return datetime.fromisoformat(day.strip()[:10]).replace(tzinfo=_zone(user))


def _end_of_local_day(user: User, day: str) -> datetime:
    try:
        start = _start_of_local_day(user, day)
    except ValueError as error:
        raise CorrectionError("Give the promised date as a date.") from error
    return start.replace(hour=23, minute=59)


@runtime.cached_factory
def board_service() -> BoardService:
    """The service wired to the deployment's table, bucket and sender (one per container)."""
    return BoardService(
        runtime.app_store(),
        runtime.access_store(),
        runtime.mail_sender(),
        runtime.mail_store,
        idempotency=runtime.idempotency_records,
    )

"""The owner's commands by mail, each answered by a reply to the registered address.

Status changes ("signed Acme"), pause and resume, status, help, a new inbox address and "forget me" are
carried out here. The board's corrections ("rename Acme to Acme Labs", "undo Acme", "calendar") run through
the board's own service, so each does exactly what the same button on the board does and a user who never
opens the board can still fix everything by mail; the board's service loads only for those.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from untilsigned.adapters.dynamo import SaveOutcome
from untilsigned.adapters.mail_sender import OutgoingMail
from untilsigned.domain.model import Application, User
from untilsigned.domain.reporting.schedule import next_digest_at
from untilsigned.domain.tracking.commands import Command, find_application_for_command
from untilsigned.domain.tracking.correction_commands import Correction
from untilsigned.domain.tracking.corrections import (
    CorrectionError,
    DetachReason,
    can_undo,
    is_correction,
    standing,
)
from untilsigned.domain.tracking.onboarding import help_letter
from untilsigned.domain.tracking.timeline import apply_command
from untilsigned.services import runtime
from untilsigned.services.forgetting import forget_user
from untilsigned.services.ports import ApplicationStore, Conflict, Mailer, RawMailStore, retry_on_conflict
from untilsigned.services.users import RETIRED_INBOX_KEPT, replace_inbox_address

if TYPE_CHECKING:
    from untilsigned.adapters.idempotency_records import IdempotencyRecords
    from untilsigned.services.board import BoardService

STATUS_VERBS = ("signed", "withdraw", "rejected")


@dataclass(frozen=True)
class CommandDone:
    """What a command did, for the ingest outcome: its name, and the user (None once they are forgotten)."""

    reason: str
    user_id: str | None


def _who(app: Application) -> str:
    return app.company + (f" - {app.role}" if app.role else "")


class MailCommands:
    def __init__(
        self,
        store: ApplicationStore,
        mail_store: RawMailStore,
        sender: Mailer,
        *,
        idempotency: IdempotencyRecords | None = None,
        corrections: Callable[[], MailedCorrections] | None = None,
    ) -> None:
        self.store = store
        self.mail_store = mail_store
        self.sender = sender
        self.idempotency = idempotency
        self.corrections = corrections or mailed_corrections

    def run(self, user: User, command: Command, message_id: str, now: datetime) -> CommandDone:
        """Carry out one mailed command and send its reply. `message_id` is the command mail's own, so a
        retried delivery changes nothing twice."""
        reply: str
        if command.verb in STATUS_VERBS:
            reply = self._change_status(user, command, message_id, now)
        elif command.verb in ("pause", "resume"):
            paused = command.verb == "pause"
            updated = replace(user, digest_paused=paused)
            self.store.save_user(updated, None if paused else next_digest_at(updated, now))
            reply = "Digests paused. Send 'resume' to start them again." if paused else "Digests resumed."
        elif command.verb == "correction":
            if command.correction is None:
                reply = f"Nothing changed: {command.problem}"
            else:
                reply = self.corrections().run(user, command.correction, now)
            if reply:
                self.reply(user, command.correction.action if command.correction else "command", reply)
            return CommandDone("correction", user.user_id)
        elif command.verb == "status":
            from untilsigned.domain.reporting.digest import compose_digest  # only this command needs it

            stored = self.store.load_applications(user.user_id)
            digest = compose_digest(user, stored.applications, now, since=user.last_digest_at)
            self.sender.send(
                OutgoingMail(to=user.email, subject=f"Status: {digest.subject}", text=digest.text)
            )
            return CommandDone("status", user.user_id)
        elif command.verb == "help":
            letter = help_letter(user)
            self.sender.send(OutgoingMail(to=user.email, subject=letter.subject, text=letter.text))
            return CommandDone("help", user.user_id)
        elif command.verb == "new_address":
            updated = replace_inbox_address(self.store, user, now=now)
            until = (now + RETIRED_INBOX_KEPT).date().isoformat()
            reply = (
                f"Your new inbox address is {updated.inbox}\n\n"
                f"Point your forwarding rules and filters at it. Mail to your old address ({user.inbox}) is "
                f"set aside and shown in your digest until {until}, then refused."
            )
        else:  # forget
            forget_user(user, self.store, self.mail_store, self.idempotency, also_message_ids=[message_id])
            self.reply(
                user,
                "forget",
                "Everything untilsigned kept for you is deleted: applications, timelines and raw mail. "
                "Your inbox address no longer works.",
            )
            # No user id in the answer: the idempotency layer stores it after this returns.
            return CommandDone(command.verb, None)
        self.reply(user, command.verb, reply)
        return CommandDone(command.verb, user.user_id)

    def reply(self, user: User, verb: str, text: str) -> None:
        """The answer to a command, only ever to the registered address."""
        self.sender.send(OutgoingMail(to=user.email, subject=f"untilsigned: {verb}", text=text))

    def _change_status(self, user: User, command: Command, message_id: str, now: datetime) -> str:
        key = f"command:{message_id}"

        def attempt() -> str | Literal[Conflict.RETRY]:
            stored = self.store.load_applications(user.user_id)
            changed = apply_command(stored.applications, command, now=now, command_key=key)
            if changed is None:
                return f"No application matches '{command.argument}'. Reply 'status' to see them all."
            app, event = changed
            saved = self.store.save_application(
                user.user_id,
                app,
                new_events=[event],
                expected_version=stored.versions[app.id],
                dedupe_key=key,
            )
            if saved is SaveOutcome.CONFLICT:
                return Conflict.RETRY
            return f"{_who(app)} is now {app.status.value}."

        return retry_on_conflict(attempt, f"application kept changing while applying {command.verb}")


class MailedCorrections:
    """The board's corrections, run from a mailed command through the board's service."""

    def __init__(self, board: BoardService, base_url: str) -> None:
        self.board = board
        self.base_url = base_url

    def run(self, user: User, correction: Correction, now: datetime) -> str:
        """Carry out the correction; returns the reply to mail back ("" when a mail of its own answered)."""
        from untilsigned.services.board import NotFound  # loaded with the board's service already

        try:
            return self._run(user, correction, now)
        except CorrectionError as error:
            return f"Nothing changed: {error}"
        except NotFound:
            return "Nothing changed: that application is gone. Reply 'status' to see them all."

    def _find(self, apps: Sequence[Application], name: str) -> Application:
        live = [app for app in apps if not app.merged_into]
        found = find_application_for_command(live, name)
        if found is None:
            raise CorrectionError(f"no application matches '{name}'. Reply 'status' to see them all.")
        return found

    def _apps(self, user: User) -> list[Application]:
        return self.board.store.load_applications(user.user_id).applications

    def _run(self, user: User, c: Correction, now: datetime) -> str:
        action = c.action
        if action == "link":
            if not self.base_url:
                return "This untilsigned has no board."
            self.board.mail_signin_link(user, self.base_url, now)
            return ""  # the link mail is the reply
        if action == "calendar":
            url = self.board.open_feed(user, self.base_url, now)
            return (
                "Your calendar's secret address (subscribe to it in your calendar app; "
                f"anyone who has it can read the calendar):\n\n  {url}\n\n"
                "Any earlier address stopped working. Mail 'calendar off' to revoke this one."
            )
        if action == "calendar_off":
            self.board.revoke_feed(user, now)
            return "Your calendar address is revoked: calendar apps can no longer read it."
        if action == "release":
            from untilsigned.domain.reporting.board import (
                quarantine_id,  # the board's own naming of kept mail
            )

            kept = sorted(self.board.store.list_quarantine(user.user_id), key=lambda q: q.received_at)
            if not kept:
                return "There is no mail kept aside."
            released = self.board.release(user, quarantine_id(kept[-1]), now)
            return f"Released “{kept[-1].subject}”. {released.message}"
        if action in ("goal", "digest", "timezone"):
            return self._settings(user, c, now)
        if action == "add":
            app_id = self.board.add_application(
                user,
                company=c.target,
                role=c.value,
                applied_on=c.day.isoformat() if c.day else "",
                link=c.other,
                notes="",
                now=now,
            )
            added = next(a for a in self._apps(user) if a.id == app_id)
            return f"Added {_who(added)}, applied {added.created_at.date().isoformat()}."
        apps = self._apps(user)
        app = self._find(apps, c.target)
        if action == "set":
            self.board.set_status(user, app.id, c.value, c.other, now)
        elif action == "rename":
            self.board.edit(user, app.id, now, company=c.value, role=None, link=None)
        elif action == "role":
            self.board.edit(user, app.id, now, company=None, role=c.value, link=None)
        elif action == "note":
            self.board.note(user, app.id, c.value, now)
        elif action == "promised":
            self.board.change_promise(user, app.id, c.day.isoformat() if c.day else "", now)
        elif action == "unghost":
            self.board.unghost(user, app.id, now)
        elif action == "merge":
            taken = self._find([a for a in apps if a.id != app.id], c.other)
            self.board.merge(user, app.id, taken.id, now)
        elif action in ("notjob", "otherjob"):
            counted = standing(app.events)
            mail = [e for e in app.events if not is_correction(e) and not e.note and counted.counts(e)]
            if not mail:
                raise CorrectionError(f"{_who(app)} has no mail left to take out.")
            newest = max(mail, key=lambda e: e.date)
            reason = DetachReason.NOT_JOB if action == "notjob" else DetachReason.OTHER_JOB
            self.board.take_out(user, app.id, newest.message_id, reason.value, now)
        elif action == "undo":
            undoable = [e for e in app.events if can_undo(app, e)]
            if not undoable:
                raise CorrectionError(f"there is no correction of yours to undo on {_who(app)}.")
            self.board.undo(user, app.id, max(undoable, key=lambda e: e.date).message_id, now)
        changed = next((a for a in self._apps(user) if a.id == app.id), app)
        return f"Done. {_who(changed)} is now {changed.status.value}. Reply 'status' for the whole table."

    def _settings(self, user: User, c: Correction, now: datetime) -> str:
        rhythm = "daily" if user.digest_weekday is None else "weekly"
        weekday = user.digest_weekday or 0
        hour = user.digest_hour
        goal = "" if user.weekly_goal is None else str(user.weekly_goal)
        timezone = user.timezone
        if c.action == "goal":
            goal = c.value
        elif c.action == "timezone":
            timezone = c.value
        else:
            rhythm = c.value or rhythm
            weekday = int(c.other) if c.other else weekday
            hour = int(c.target) if c.target else hour
        updated = self.board.save_settings(
            user, rhythm=rhythm, weekday=weekday, hour=hour, timezone=timezone, goal=goal, now=now
        )
        when = (
            "daily"
            if updated.digest_weekday is None
            else f"weekly on day {updated.digest_weekday} (0 = Monday)"
        )
        goal_text = "the default" if updated.weekly_goal is None else str(updated.weekly_goal)
        return (
            f"Done. Digests come {when} at {updated.digest_hour:02d}:00 {updated.timezone}; "
            f"your weekly goal is {goal_text}."
        )


@runtime.cached_factory
def mailed_corrections() -> MailedCorrections:
    """The mailed corrections, wired to the board's service (one per container)."""
    from untilsigned.services.board import board_service  # only a mailed correction needs the board

    return MailedCorrections(board_service(), runtime.settings().board_url)

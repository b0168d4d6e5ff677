"""The board's corrections, run from a command mailed by the owner, and acknowledged by reply.

Each command does exactly what the same button on the board does (it calls the board's service), so a
user who never opens the board can still fix everything by mail.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from untilsigned.adapters.mail_sender import OutgoingMail
from untilsigned.domain.model import Application, User
from untilsigned.domain.reporting.board import quarantine_id
from untilsigned.domain.tracking.commands import find_application_for_command
from untilsigned.domain.tracking.correction_commands import Correction
from untilsigned.domain.tracking.corrections import (
    CorrectionError,
    DetachReason,
    can_undo,
    is_correction,
    standing,
)
from untilsigned.services import runtime
from untilsigned.services.board import BoardService, NotFound, board_service


def _who(app: Application) -> str:
    return app.company + (f" - {app.role}" if app.role else "")


class MailCommands:
    def __init__(self, board: BoardService, base_url: str) -> None:
        self.board = board
        self.base_url = base_url

    def run(self, user: User, correction: Correction, now: datetime) -> str:
        """Carry out the correction; returns the reply to mail back (the caller sends it)."""
        try:
            return self._run(user, correction, now)
        except CorrectionError as error:
            return f"Nothing changed: {error}"
        except NotFound:
            return "Nothing changed: that application is gone. Reply 'status' to see them all."

    def reply(self, user: User, verb: str, text: str) -> None:
        self.board.sender.send(OutgoingMail(to=user.email, subject=f"untilsigned: {verb}", text=text))

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
def mail_commands() -> MailCommands:
    """The mailed corrections, wired to the board's service (one per container)."""
    return MailCommands(board_service(), runtime.settings().board_url)

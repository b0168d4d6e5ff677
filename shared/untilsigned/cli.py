"""The `untilsigned` command: parse mail, replay a mailbox on the local stack, add users."""

from __future__ import annotations

import argparse
import contextlib
import email
import email.policy
import email.utils
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from untilsigned.domain.model import Application, Quarantined, User

if TYPE_CHECKING:
    from untilsigned.local.stack import LocalStack, SentMail
    from untilsigned.services.users import DigestPreferences


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="untilsigned", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser("parse", help="understand forwarded recruiter mail (.eml files)")
    parse.add_argument("files", nargs="+", type=Path)
    parse.add_argument("--json", action="store_true", help="one JSON object per line")

    replay = commands.add_parser("replay", help="deliver a folder of .eml files through the local stack")
    replay.add_argument("mailbox", type=Path)
    replay.add_argument("--user", required=True, help="the user's own address (the forwarder)")
    replay.add_argument(
        "--now",
        type=_iso_datetime,
        help="deliver only mail dated at or before this time, then run the sweeper and digest as of it",
    )
    replay.add_argument("--timezone", default="UTC", help="the user's time zone, e.g. Europe/Berlin")
    replay.add_argument("--json", action="store_true", help="print one JSON document")
    replay.add_argument("--out", type=Path, default=Path("out"), help="where the digest is written")
    replay.add_argument(
        "--serve",
        type=int,
        metavar="PORT",
        help="then serve the user's board at http://127.0.0.1:PORT until interrupted",
    )

    user = commands.add_parser("user", help="manage users")
    user_commands = user.add_subparsers(dest="user_command", required=True)
    add = user_commands.add_parser("add", help="register a user and print their inbox address")
    add.add_argument("--email", required=True)
    add.add_argument("--timezone", default="UTC")
    add.add_argument("--forwarder", action="append", default=[], help="another address allowed to forward")
    add.add_argument("--digest", choices=("weekly", "daily"), default="weekly", help="digest rhythm")
    add.add_argument("--weekday", type=int, default=0, choices=range(7), help="weekly digest day, 0 = Monday")
    add.add_argument("--hour", type=int, default=8, choices=range(24), help="local hour of the digest")
    add.add_argument(
        "--weekly-goal", type=int, default=None, help="applications you aim to start each week (default 10)"
    )
    add.add_argument("--country", help="ISO country code for public holidays (default: from --timezone)")
    add.add_argument(
        "--stack-name", help="the deployed stack: table, inbox domain and sender from its outputs"
    )
    add.add_argument("--region", help="AWS Region of the deployed stack (default: your AWS configuration)")
    add.add_argument("--profile", help="AWS named profile to use (default: your AWS configuration)")
    add.add_argument("--table", help="the deployed stack's AppTableName (default: a throwaway local stack)")
    add.add_argument("--inbox-domain", help="the deployed stack's InboxDomain")
    add.add_argument("--sender", help="the deployed stack's SenderAddress, for the welcome mail")

    args = parser.parse_args(argv)
    if args.command == "parse":
        return _parse(args.files, as_json=args.json)
    if args.command == "replay":
        return _replay(args)
    return _user_add(args)


def _iso_datetime(value: str) -> datetime:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# -- parse ----------------------------------------------------------------------


def _parse(files: Sequence[Path], *, as_json: bool) -> int:
    from untilsigned.domain.understanding.understand import understand, understood_to_dict

    for path in files:
        try:
            raw = path.read_bytes()
        except OSError as error:
            result: dict[str, object] = {"file": str(path), "kind": "unreadable", "error": str(error)}
        else:
            result = understood_to_dict(understand(raw), str(path))
        if as_json:
            print(json.dumps(result, ensure_ascii=False))
        else:
            print(
                f"{path.name}: {result['kind']} ({result.get('confidence', 0)}) "
                f"company={result.get('company')} role={result.get('role')}"
            )
            for sentence in result.get("evidence", []) or []:  # type: ignore[attr-defined]
                print(f"    - {sentence}")
    return 0


# -- replay -----------------------------------------------------------------------


@dataclass(frozen=True)
class MailboxFile:
    path: Path
    raw: bytes
    date: datetime | None


def read_mailbox(folder: Path) -> list[MailboxFile]:
    """Every .eml in the folder, in the order of each file's own Date header."""
    files = []
    for path in sorted(folder.glob("*.eml")):
        raw = path.read_bytes()
        files.append(MailboxFile(path, raw, _header_date(raw)))
    far_future = datetime.max.replace(tzinfo=UTC)
    return sorted(files, key=lambda f: (f.date or far_future, f.path.name))


def _header_date(raw: bytes) -> datetime | None:
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    value = email.message_from_bytes(head + b"\n\n", policy=email.policy.compat32).get("Date")
    if not value:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


LOCAL_EXTRA_MISSING = (
    "the local stack runs AWS in-process and needs the 'local' extra: "
    "pip install 'untilsigned[local]' (make install does this)"
)


def _local_stack_available() -> bool:
    try:
        import moto  # noqa: F401
        import yaml  # noqa: F401
    except ImportError:
        return False
    return True


def _replay(args: argparse.Namespace) -> int:
    if not _local_stack_available():
        print(f"untilsigned replay: {LOCAL_EXTRA_MISSING}", file=sys.stderr)
        return 2
    stdout = sys.stdout

    def report(document: dict[str, Any]) -> None:
        if args.json:
            stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        else:
            stdout.write(render_table(document) + "\n")
        stdout.flush()

    def serve(stack: LocalStack, user: User, document: dict[str, Any]) -> None:
        report(document)
        serve_board(stack, user, args.serve, stdout)

    # Logs and metrics from the functions must not mix with the one JSON document.
    with contextlib.redirect_stdout(sys.stderr):
        document = replay_mailbox(
            args.mailbox,
            args.user,
            now=args.now,
            timezone=args.timezone,
            out=args.out,
            then=serve if args.serve is not None else None,
        )
    if document["left_out"]:
        print(
            f"left out {len(document['left_out'])} mail dated after {args.now.isoformat()}: "
            + ", ".join(document["left_out"]),
            file=sys.stderr,
        )
    if args.serve is None:
        report(document)
    return 0


def serve_board(stack: LocalStack, user: User, port: int, stdout: TextIO) -> None:
    """Serve the user's board on the local stack until interrupted; the first line is a sign-in URL."""
    from untilsigned.local.board_server import BoardServer
    from untilsigned.services.board import FRESH_LINK_VALID, board_service

    server = BoardServer(stack, port)
    stack.set_board_url(server.url)
    link = board_service().new_signin_link(user, server.url, datetime.now(UTC), FRESH_LINK_VALID)
    stdout.write(f"board: {link}\n")
    stdout.write(
        "(serving until interrupted; mail the board sends, such as fresh sign-in links, is printed here)\n"
    )
    stdout.flush()

    def show_mail(mail: SentMail) -> None:
        stdout.write(f"mail to {user.email}: {mail.subject}\n{mail.text}\n")
        stdout.flush()

    server.on_mail = show_mail
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()


def replay_mailbox(
    mailbox: Path,
    user_email: str,
    *,
    now: datetime | None,
    timezone: str = "UTC",
    out: Path | None = None,
    then: Callable[[LocalStack, User, dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Replay the mailbox on a fresh local stack; `then` runs on the still-running stack afterwards.

    Mail goes in as SES would deliver it, then the sweeper and the digest run as of `now` (default: the
    newest mail). With `now`, mail dated after it is left out, so the result is what the user saw then.
    """
    from untilsigned.local.stack import LocalStack
    from untilsigned.services import runtime
    from untilsigned.services.users import register_user, welcome_user

    files = read_mailbox(mailbox)
    later = [f for f in files if now is not None and f.date is not None and f.date > now]
    files = [f for f in files if f not in later]
    dates = [f.date for f in files if f.date]
    run_at = now or (max(dates) if dates else datetime.now(UTC))
    with LocalStack() as stack:
        store = runtime.app_store()
        user = register_user(
            store,
            email=user_email,
            inbox_domain=stack.inbox_domain,
            now=min(dates) if dates else run_at,
            timezone=timezone,
            first_digest_at=min([*dates, run_at]),
        )
        welcome_user(runtime.mail_sender(), user)
        names: dict[str, str] = {}
        for mail in files:
            message_id, _ = stack.deliver(mail.raw, user.inbox, received_at=mail.date or run_at)
            names[f"{stack.raw_mail_prefix}{message_id}"] = mail.path.name
            names[f"{stack.raw_mail_prefix}users/{user.user_id}/{message_id}"] = mail.path.name
        stack.run_sweeper(run_at)
        stack.run_digest(run_at)
        stored = store.load_applications(user.user_id)
        quarantined = store.list_quarantine(user.user_id)
        sent_mail = stack.sent_mail()
        digests = [m for m in sent_mail if user.email in m.to and m.html is not None]
        digest: dict[str, Any] | None = None
        if digests:
            last = digests[-1]
            folder = out or Path("out")
            folder.mkdir(parents=True, exist_ok=True)
            html_path = folder / "digest.html"
            html_path.write_text(last.html or "", encoding="utf-8")
            (folder / "digest.txt").write_text(last.text, encoding="utf-8")
            digest = {"subject": last.subject, "text": last.text, "html_path": str(html_path.resolve())}
        sent = [
            {"to": ", ".join(dict.fromkeys(m.to)), "subject": m.subject, "text": m.text} for m in sent_mail
        ]
        document = replay_document(
            user,
            stored.applications,
            quarantined,
            names,
            digest,
            sent=sent,
            left_out=[f.path.name for f in later],
        )
        if then is not None:
            then(stack, user, document)
    return document


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def replay_document(
    user: User,
    applications: Sequence[Application],
    quarantined: Sequence[Quarantined],
    file_names: dict[str, str],
    digest: dict[str, Any] | None,
    *,
    sent: Sequence[dict[str, str]] = (),
    left_out: Sequence[str] = (),
) -> dict[str, Any]:
    from untilsigned.domain.tracking.status import event_label, searching

    return {
        "user": user.email,
        "inbox": user.inbox,
        "searching": searching(applications),
        "applications": [
            {
                "id": app.id,
                "company": app.company,
                "role": app.role,
                "status": app.status.value,
                "last_contact": _iso(app.last_contact),
                "expect_reply_by": _iso(app.expect_reply_by),
                "respond_by": _iso(app.respond_by),
                "interview_at": _iso(app.interview_at),
                "ghosted_since": _iso(app.ghosted_since),
                "events": [
                    {
                        "kind": event_label(event),
                        "date": _iso(event.date),
                        "subject": event.subject,
                        "message_id": event.message_id,
                    }
                    for event in app.events
                ],
            }
            for app in sorted(applications, key=lambda a: (a.created_at, a.id))
        ],
        "quarantined": [
            {"file": file_names.get(q.source, q.source), "reason": q.reason}
            for q in sorted(quarantined, key=lambda q: q.received_at)
        ],
        "digest": digest,
        "sent": list(sent),
        "left_out": list(left_out),
    }


def render_table(document: dict[str, Any]) -> str:
    rows = [("Employer", "Role", "Status", "Last contact", "Waiting until")]
    for app in document["applications"]:
        due = app["ghosted_since"] or app["expect_reply_by"] or app["respond_by"] or ""
        rows.append(
            (
                app["company"],
                app["role"] or "",
                app["status"],
                (app["last_contact"] or "")[:10],
                ("ghosted " if app["ghosted_since"] else "") + due[:10],
            )
        )
    widths = [min(32, max(len(str(row[i])) for row in rows)) for i in range(len(rows[0]))]
    lines = [f"Inbox for {document['user']}: {document['inbox']}", ""]
    for index, row in enumerate(rows):
        lines.append("  ".join(str(cell)[: widths[i]].ljust(widths[i]) for i, cell in enumerate(row)))
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append("")
    lines.append(
        "Still searching: yes - no signed offer yet" if document["searching"] else "Signed offer: done"
    )
    for entry in document["quarantined"]:
        lines.append(f"Quarantined {entry['file']}: {entry['reason']}")
    if document["left_out"]:
        lines.append(f"Left out {len(document['left_out'])} mail dated after the replay's --now")
    if document["digest"]:
        lines.append(f"Digest: {document['digest']['subject']}")
        lines.append(f"Digest HTML: {document['digest']['html_path']}")
    return "\n".join(lines)


# -- user add -----------------------------------------------------------------------


class DeployError(Exception):
    """A deploy-time problem the user can fix: shown as one line, exit code 2."""


@dataclass(frozen=True)
class StackTarget:
    table: str
    inbox_domain: str
    sender: str | None


def _preferences(args: argparse.Namespace) -> DigestPreferences:
    from untilsigned.services.users import DigestPreferences

    return DigestPreferences(
        weekday=None if args.digest == "daily" else args.weekday, hour=args.hour, weekly_goal=args.weekly_goal
    )


def _user_add(args: argparse.Namespace) -> int:
    if args.stack_name or args.table:
        try:
            return _user_add_deployed(args)
        except DeployError as error:
            print(f"untilsigned user add: {error}", file=sys.stderr)
            return 2
    if not _local_stack_available():
        print(
            "untilsigned user add: pass --stack-name (or --table and --inbox-domain) for a deployed stack; "
            f"without them {LOCAL_EXTRA_MISSING}",
            file=sys.stderr,
        )
        return 2
    return _user_add_local(args)


def _user_add_local(args: argparse.Namespace) -> int:
    from untilsigned.local.stack import LocalStack
    from untilsigned.services import runtime
    from untilsigned.services.users import register_user, welcome_user

    with contextlib.redirect_stdout(sys.stderr), LocalStack() as stack:
        user = register_user(
            runtime.app_store(),
            email=args.email,
            inbox_domain=args.inbox_domain or stack.inbox_domain,
            now=datetime.now(UTC),
            timezone=args.timezone,
            country=args.country,
            forwarders=args.forwarder,
            preferences=_preferences(args),
        )
        welcome_user(runtime.mail_sender(), user)
    print(
        "(local stack: this user lives only for this command; pass --stack-name for a deployed stack)",
        file=sys.stderr,
    )
    print(f"Forward your recruiter mail to: {user.inbox}")
    return 0


def _user_add_deployed(args: argparse.Namespace) -> int:
    """Register the user in a deployed stack's table and send the welcome mail; boto3 only."""
    import botocore.exceptions

    from untilsigned.adapters.dynamo import AppStore
    from untilsigned.adapters.mail_sender import MailSender
    from untilsigned.services.users import WelcomeNotSent, register_user, welcome_user

    try:
        session = _aws_session(args.region, args.profile)
        target = _stack_target(session, args)
        store = AppStore(target.table, session.client("dynamodb"))
        sender = MailSender(target.sender, session.client("sesv2")) if target.sender else None
        user = register_user(
            store,
            email=args.email,
            inbox_domain=target.inbox_domain,
            now=datetime.now(UTC),
            timezone=args.timezone,
            country=args.country,
            forwarders=args.forwarder,
            preferences=_preferences(args),
        )
        welcome_user(sender, user)
    except WelcomeNotSent as problem:
        user = problem.user
        print(f"untilsigned user add: registered, but {problem}", file=sys.stderr)
    except botocore.exceptions.NoRegionError as error:
        raise DeployError(
            "no AWS Region: pass --region or set AWS_REGION (or a region in your profile)"
        ) from error
    except (botocore.exceptions.NoCredentialsError, botocore.exceptions.PartialCredentialsError) as error:
        raise DeployError(
            "no AWS credentials found: run 'aws configure' (or 'aws sso login'), or pass --profile"
        ) from error
    except botocore.exceptions.ProfileNotFound as error:
        raise DeployError(f"{error}") from error
    except botocore.exceptions.ClientError as error:
        detail = error.response.get("Error", {})
        raise DeployError(
            f"AWS refused: {detail.get('Code', '')}: {detail.get('Message', '')}".strip()
        ) from error
    except botocore.exceptions.BotoCoreError as error:
        raise DeployError(str(error)) from error
    except ValueError as error:  # an unknown time zone or country
        raise DeployError(str(error)) from error
    print(f"Forward your recruiter mail to: {user.inbox}")
    return 0


def _aws_session(region: str | None, profile: str | None) -> Any:
    import boto3
    import botocore.exceptions

    try:
        session = boto3.Session(region_name=region, profile_name=profile)
    except botocore.exceptions.ProfileNotFound as error:
        raise DeployError(str(error)) from error
    if not session.region_name:
        raise DeployError("no AWS Region: pass --region or set AWS_REGION (or a region in your profile)")
    return session


def _stack_target(session: Any, args: argparse.Namespace) -> StackTarget:
    """Table, inbox domain and sender: from the stack's outputs, or as given on the command line."""
    if not args.stack_name:
        if not args.inbox_domain:
            raise DeployError("--inbox-domain is required with --table (or use --stack-name)")
        return StackTarget(args.table, args.inbox_domain, args.sender)
    import botocore.exceptions

    try:
        stacks = session.client("cloudformation").describe_stacks(StackName=args.stack_name)["Stacks"]
    except botocore.exceptions.ClientError as error:
        message = error.response.get("Error", {}).get("Message", "")
        if "does not exist" in message:
            raise DeployError(
                f"no stack named {args.stack_name!r} in {session.region_name}: "
                "check --stack-name and --region"
            ) from error
        raise
    outputs = {o["OutputKey"]: o["OutputValue"] for o in stacks[0].get("Outputs", [])}
    missing = [key for key in ("AppTableName", "InboxDomain") if key not in outputs]
    if missing:
        raise DeployError(
            f"stack {args.stack_name!r} has no {' or '.join(missing)} output: is it an untilsigned stack "
            "that finished deploying?"
        )
    return StackTarget(
        args.table or outputs["AppTableName"],
        args.inbox_domain or outputs["InboxDomain"],
        args.sender or outputs.get("SenderAddress"),
    )


if __name__ == "__main__":
    sys.exit(main())

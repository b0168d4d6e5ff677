"""The whole stack in-process on moto, built from template.yaml itself.

Tables, indexes, TTL, buckets and function environments come from the template, so the
local stack and the deployed one cannot drift. Mail is delivered the way SES does it: the
raw MIME goes to the bucket under the rule's prefix, then the ingest handler receives an
SES receipt event; the scheduled functions receive scheduler events. Sent mail is read back
from moto's SES.
"""

from __future__ import annotations

import copy
import email
import email.message
import email.policy
import email.utils
import hashlib
import importlib.util
import json
import os
import re
import sys
import time
import uuid
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any

from untilsigned.domain.model import AuthResults
from untilsigned.local.cfn_yaml import load_template

REGION = "us-east-1"
ACCOUNT_ID = "123456789012"
# Where `untilsigned replay --serve` and `make board` serve the board; sign-in links in local mail point here.
LOCAL_BOARD_URL = "http://127.0.0.1:8080"
LOCAL_DEFAULTS = {
    "InboxDomain": "inbox.untilsigned.test",
    "SenderAddress": "digest@untilsigned.test",
}
FAKE_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SECURITY_TOKEN": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": REGION,
    "AWS_REGION": REGION,
}


def find_project_root(start: Path | None = None) -> Path:
    """The folder holding template.yaml, functions/ and events/: from `start`, the cwd, or the package."""
    candidates = [start] if start else []
    # A clone or editable install, then what a plain install put under <prefix>/share.
    candidates += [Path.cwd(), Path(__file__).resolve(), Path(sys.prefix) / "share" / "untilsigned"]
    for candidate in candidates:
        for folder in (candidate, *candidate.parents):
            if (folder / "template.yaml").is_file() and (folder / "functions").is_dir():
                return folder
    raise FileNotFoundError("cannot find the untilsigned project folder (template.yaml and functions/)")


@dataclass
class FakeLambdaContext:
    """Just enough of the Lambda context for Powertools, with a deadline that runs on the real clock."""

    function_name: str
    memory_limit_in_mb: int = 512
    aws_request_id: str = ""
    log_group_name: str = ""
    log_stream_name: str = ""
    timeout_seconds: float = 60.0

    def __post_init__(self) -> None:
        self.aws_request_id = self.aws_request_id or str(uuid.uuid4())
        self.log_group_name = f"/aws/lambda/{self.function_name}"
        self.log_stream_name = "local"
        self._deadline = time.monotonic() + self.timeout_seconds

    @property
    def invoked_function_arn(self) -> str:
        return f"arn:aws:lambda:{REGION}:{ACCOUNT_ID}:function:{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


@dataclass(frozen=True)
class QueueConsumer:
    """An SQS event source mapping from the template: which function takes a queue, how many at once."""

    queue: str  # logical id
    function: str  # logical id
    batch_size: int


@dataclass
class DrainResult:
    """What the workers did with one queue until it was empty."""

    invocations: int = 0
    processed: int = 0
    failures: int = 0
    max_batch: int = 0


@dataclass(frozen=True)
class SentMail:
    to: tuple[str, ...]
    subject: str
    text: str
    html: str | None
    raw: str


Handler = Callable[[dict[str, Any], FakeLambdaContext], Any]


class LocalStack:
    """Use as a context manager: `with LocalStack() as stack: stack.deliver(raw, inbox)`."""

    def __init__(
        self,
        root: Path | None = None,
        parameters: Mapping[str, str] | None = None,
        *,
        quiet: bool = True,
        board_url: str = LOCAL_BOARD_URL,
    ) -> None:
        self.root = root or find_project_root()
        self.board_url = board_url
        self.template = load_template(self.root / "template.yaml")
        self.parameters = self._parameters(parameters or {})
        self.quiet = quiet
        self.physical: dict[str, str] = {}
        self.environment: dict[str, str] = {}
        self.handlers: dict[str, Handler] = {}
        self.queue_arns: dict[str, str] = {}
        self.consumers: dict[str, QueueConsumer] = {}
        self._saved_env: dict[str, str | None] = {}
        self._mock: Any = None
        self._warnings: warnings.catch_warnings[None] | None = None
        self._sequence = 0

    # -- lifecycle -------------------------------------------------------------

    def __enter__(self) -> LocalStack:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        from moto import mock_aws

        self._set_env(FAKE_CREDENTIALS)
        self._set_env({"POWERTOOLS_DEV": "false", "POWERTOOLS_TRACE_DISABLED": "true"})
        # moto must be running before any boto3 client exists.
        self._mock = mock_aws()
        self._mock.start()
        self._create_resources()
        self.environment = {**self._function_environment(), "BOARD_URL": self.board_url}
        self._set_env(self.environment)
        if self.quiet:  # after the template's own POWERTOOLS_LOG_LEVEL, which it would otherwise restore
            self._set_env({"POWERTOOLS_METRICS_DISABLED": "true", "POWERTOOLS_LOG_LEVEL": "ERROR"})
            quieted = warnings.catch_warnings()
            quieted.__enter__()
            self._warnings = quieted
            warnings.filterwarnings(
                "ignore", message="No application metrics to publish", category=UserWarning
            )
        from untilsigned.services import runtime

        runtime.reset()
        self.handlers = self._load_handlers()

    def stop(self) -> None:
        from untilsigned.services import runtime

        runtime.reset()
        if self._warnings is not None:
            self._warnings.__exit__(None, None, None)
            self._warnings = None
        if self._mock is not None:
            self._mock.stop()
            self._mock = None
        for key, value in self._saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        self._saved_env.clear()

    def set_board_url(self, url: str) -> None:
        """Point sign-in links and the board's own origin at where it is really served."""
        self.board_url = url
        self.environment["BOARD_URL"] = url
        self._set_env({"BOARD_URL": url})
        from untilsigned.services import runtime

        runtime.reset()

    def _set_env(self, values: Mapping[str, str]) -> None:
        for key, value in values.items():
            self._saved_env.setdefault(key, os.environ.get(key))
            os.environ[key] = value

    # -- template ----------------------------------------------------------------

    def _parameters(self, overrides: Mapping[str, str]) -> dict[str, str]:
        values: dict[str, str] = {}
        for name, spec in self.template.get("Parameters", {}).items():
            default = spec.get("Default")
            values[name] = str(default) if default is not None else ""
        values.update({k: v for k, v in LOCAL_DEFAULTS.items() if not values.get(k)})
        values.update(overrides)
        values.update({"AWS::Region": REGION, "AWS::AccountId": ACCOUNT_ID, "AWS::Partition": "aws"})
        return values

    def _resources(self, kind: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for logical_id, resource in self.template["Resources"].items():
            if resource.get("Type") == kind:
                yield logical_id, resource.get("Properties", {})

    def resolve(self, value: Any) -> Any:
        """Resolve Ref / Sub / GetAtt(Arn) / If on parameters and local resources."""
        if isinstance(value, dict) and len(value) == 1:
            ((function, argument),) = value.items()
            if function == "Ref":
                if argument in self.parameters:
                    return self.parameters[argument]
                return self.physical.get(argument, argument)
            if function == "Fn::Sub":
                text, extra = (argument, {}) if isinstance(argument, str) else argument
                lookup = {
                    **self.parameters,
                    **self.physical,
                    **{k: self.resolve(v) for k, v in extra.items()},
                }
                return re.sub(r"\$\{([^${}]+)\}", lambda m: str(lookup.get(m.group(1), m.group(0))), text)
            if function == "Fn::GetAtt":
                logical_id, attribute = argument if isinstance(argument, list) else argument.split(".", 1)
                if logical_id in self.queue_arns:
                    arn = self.queue_arns[logical_id]
                    return arn.rsplit(":", 1)[1] if attribute == "QueueName" else arn
                return f"arn:aws:local:::{self.physical.get(logical_id, logical_id)}"
            if function == "Fn::If":
                return self.resolve(argument[1])
        return value

    def _create_resources(self) -> None:
        import boto3

        s3 = boto3.client("s3", region_name=REGION)
        for logical_id, props in self._resources("AWS::S3::Bucket"):
            name = str(self.resolve(props.get("BucketName") or f"untilsigned-{logical_id.lower()}"))
            s3.create_bucket(Bucket=name)
            self.physical[logical_id] = name
        dynamodb = boto3.client("dynamodb", region_name=REGION)
        for logical_id, props in self._resources("AWS::DynamoDB::Table"):
            name = str(self.resolve(props.get("TableName") or logical_id))
            request: dict[str, Any] = {
                "TableName": name,
                "KeySchema": props["KeySchema"],
                "AttributeDefinitions": props["AttributeDefinitions"],
                "BillingMode": props.get("BillingMode", "PAY_PER_REQUEST"),
            }
            if props.get("GlobalSecondaryIndexes"):
                request["GlobalSecondaryIndexes"] = [
                    {k: v for k, v in index.items() if k in ("IndexName", "KeySchema", "Projection")}
                    for index in props["GlobalSecondaryIndexes"]
                ]
            dynamodb.create_table(**request)
            ttl = props.get("TimeToLiveSpecification")
            if ttl and ttl.get("Enabled"):
                dynamodb.update_time_to_live(
                    TableName=name,
                    TimeToLiveSpecification={"Enabled": True, "AttributeName": ttl["AttributeName"]},
                )
            self.physical[logical_id] = name
        self._create_queues(boto3.client("sqs", region_name=REGION))
        sesv2 = boto3.client("sesv2", region_name=REGION)
        sesv2.create_email_identity(EmailIdentity=self.parameters["SenderAddress"])
        self.consumers = self._queue_consumers()

    def _create_queues(self, sqs: Any) -> None:
        """Queues named after their logical ids; dead-letter queues first, so redrive policies resolve."""
        queues = dict(self._resources("AWS::SQS::Queue"))
        for logical_id in sorted(queues, key=lambda q: "RedrivePolicy" in queues[q]):
            props = queues[logical_id]
            attributes: dict[str, str] = {
                name: str(props[name])
                for name in ("VisibilityTimeout", "MessageRetentionPeriod")
                if name in props
            }
            if "RedrivePolicy" in props:
                attributes["RedrivePolicy"] = json.dumps(
                    {k: self.resolve(v) for k, v in props["RedrivePolicy"].items()}
                )
            url = sqs.create_queue(QueueName=logical_id, Attributes=attributes)["QueueUrl"]
            self.physical[logical_id] = url  # a queue's Ref is its URL
            self.queue_arns[logical_id] = f"arn:aws:sqs:{REGION}:{ACCOUNT_ID}:{logical_id}"

    def _queue_consumers(self) -> dict[str, QueueConsumer]:
        arn_to_queue = {arn: logical_id for logical_id, arn in self.queue_arns.items()}
        consumers: dict[str, QueueConsumer] = {}
        for function, props in self._resources("AWS::Serverless::Function"):
            for event in props.get("Events", {}).values():
                if event.get("Type") != "SQS":
                    continue
                queue = arn_to_queue[str(self.resolve(event["Properties"]["Queue"]))]
                batch = int(event["Properties"].get("BatchSize", 10))
                consumers[queue] = QueueConsumer(queue, function, batch)
        return consumers

    def _function_environment(self) -> dict[str, str]:
        # One process plays every function, so the functions' own variables are merged.
        variables: dict[str, Any] = dict(
            self.template.get("Globals", {}).get("Function", {}).get("Environment", {}).get("Variables", {})
        )
        for _, props in self._resources("AWS::Serverless::Function"):
            variables.update(props.get("Environment", {}).get("Variables", {}))
        return {name: str(self.resolve(value)) for name, value in variables.items()}

    def _load_handlers(self) -> dict[str, Handler]:
        handlers: dict[str, Handler] = {}
        for logical_id, props in self._resources("AWS::Serverless::Function"):
            code_dir = self.root / str(props["CodeUri"])
            module_name, _, function_name = str(props.get("Handler", "app.lambda_handler")).rpartition(".")
            handlers[logical_id] = getattr(
                _load_module(logical_id, code_dir / f"{module_name}.py"), function_name
            )
        return handlers

    # -- driving the functions -----------------------------------------------------

    @property
    def mail_bucket(self) -> str:
        return self.environment["MAIL_BUCKET"]

    @property
    def raw_mail_prefix(self) -> str:
        return self.environment["RAW_MAIL_PREFIX"]

    @property
    def inbox_domain(self) -> str:
        return self.environment["INBOX_DOMAIN"]

    def invoke(self, function: str, event: dict[str, Any]) -> Any:
        return self.handlers[function](event, self.context(function))

    def context(self, function: str) -> FakeLambdaContext:
        props = self.template["Resources"][function]["Properties"]
        timeout = props.get("Timeout") or self.template.get("Globals", {}).get("Function", {}).get(
            "Timeout", 3
        )
        return FakeLambdaContext(function_name=function, timeout_seconds=float(timeout))

    def queue_url(self, queue: str) -> str:
        return self.physical[queue]

    def drain(self, queue: str, *, max_rounds: int = 1000) -> DrainResult:
        """Do what the SQS event source mapping does, until the queue is empty.

        Batches go to the consuming function as SQS events; reported failures become visible again
        at once (not after the visibility timeout) and move to the dead-letter queue after the
        redrive policy's maxReceiveCount, as in SQS.
        """
        import boto3

        consumer = self.consumers[queue]
        sqs = boto3.client("sqs", region_name=REGION)
        url, arn = self.physical[queue], self.queue_arns[queue]
        result = DrainResult()
        for _ in range(max_rounds):
            messages: list[dict[str, Any]] = sqs.receive_message(  # type: ignore[assignment]
                QueueUrl=url,
                MaxNumberOfMessages=min(consumer.batch_size, 10),
                AttributeNames=["All"],
                VisibilityTimeout=30,
            ).get("Messages", [])
            if not messages:
                break
            failed = self.deliver_batch(consumer.function, messages, arn)
            result.invocations += 1
            result.processed += len(messages)
            result.failures += len(failed)
            result.max_batch = max(result.max_batch, len(messages))
            settle_batch(sqs, url, messages, failed)
        return result

    def deliver_batch(self, function: str, messages: list[dict[str, Any]], queue_arn: str) -> set[str]:
        """Invoke the worker with one SQS event; returns the message ids it reported as failed."""
        event = sqs_event(self.root / "events" / "digest_work.json", messages, queue_arn)
        response = self.invoke(function, event) or {}
        return {item["itemIdentifier"] for item in response.get("batchItemFailures", [])}

    def deliver(
        self,
        raw: bytes,
        recipient: str,
        *,
        verdicts: AuthResults | None = None,
        received_at: datetime | None = None,
        envelope_sender: str | None = None,
        session: SmtpSession | None = None,
        also_to: Sequence[str] = (),
    ) -> tuple[str, Any]:
        """Do what SES and the receipt rule do: stamp SES's headers on top of the mail, store the MIME, then
        invoke ingest. Returns (messageId, result).

        The SMTP session SES observed is `session`; without it, it is read from the mail (see
        `session_from_headers`), with `verdicts` and `envelope_sender` overriding what the mail says.
        `also_to` adds recipients of the same SES message (one event, one stored object).
        """
        import boto3

        self._sequence += 1
        message_id = hashlib.sha1(raw + str(self._sequence).encode()).hexdigest()[:40]
        observed = session or session_from_headers(raw, verdicts=verdicts, envelope_sender=envelope_sender)
        moment = received_at or datetime.now(UTC)
        stored = stamp_ses_headers(
            raw, observed, message_id=message_id, recipient=recipient, received_at=moment
        )
        boto3.client("s3", region_name=REGION).put_object(
            Bucket=self.mail_bucket, Key=f"{self.raw_mail_prefix}{message_id}", Body=stored
        )
        event = ses_receipt_event(
            self.root / "events" / "ses_receipt.json",
            stored,
            message_id=message_id,
            recipient=recipient,
            also_to=also_to,
            verdicts=observed.verdicts,
            received_at=moment,
            envelope_sender=observed.envelope_sender,
        )
        return message_id, self.invoke("IngestFunction", event)

    def run_sweeper(self, now: datetime) -> dict[str, Any]:
        """The hourly sweep: the planner enqueues, then the workers drain the queue."""
        plan = self.invoke(
            "SweeperFunction", scheduler_event(self.root / "events" / "sweeper_schedule.json", now)
        )
        return {"plan": plan, "work": vars(self.drain("SweepQueue"))}

    def run_digest(self, now: datetime) -> dict[str, Any]:
        """The hourly digest: the planner enqueues, then the workers drain the queue."""
        plan = self.invoke(
            "DigestFunction", scheduler_event(self.root / "events" / "digest_schedule.json", now)
        )
        return {"plan": plan, "work": vars(self.drain("DigestQueue"))}

    def sent_mail(self) -> list[SentMail]:
        from moto.ses.models import ses_backends

        backend = ses_backends[ACCOUNT_ID][REGION]
        sent: list[SentMail] = []
        for message in backend.sent_messages:
            raw = getattr(message, "raw_data", None)
            if raw is None:
                sent.append(
                    SentMail(
                        tuple(message.destinations.get("ToAddresses", [])),
                        message.subject,
                        message.body,
                        None,
                        "",
                    )
                )
                continue
            # Parsed as bytes: parsed from a str, an 8bit non-ASCII part decodes as raw-unicode-escape
            # (an em dash comes back as a literal backslash-u escape).
            parsed = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
            text_part = parsed.get_body(preferencelist=("plain",))
            html_part = parsed.get_body(preferencelist=("html",))
            sent.append(
                SentMail(
                    to=tuple(message.destinations),
                    subject=str(parsed["Subject"]),
                    text=text_part.get_content() if text_part else "",
                    html=html_part.get_content() if html_part else None,
                    raw=raw,
                )
            )
        return sent


def _load_module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"untilsigned_local_{name}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load handler {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class SmtpSession:
    """What SES observed while receiving one mail: the envelope sender and the verdicts.

    The local stack writes SES's headers from it on top of the mail (as SES prepends its own) and puts the
    same verdicts and envelope sender in the receipt event, so the two always agree, as they do in AWS.
    """

    envelope_sender: str  # MAIL FROM
    spf: str = "PASS"
    dkim: str = "PASS"
    dkim_domains: tuple[str, ...] = ()  # the signing domains (d=); none: the From domain signed
    dmarc: str = "PASS"  # GRAY: the From domain publishes no DMARC policy
    spam: str = "PASS"
    virus: str = "PASS"
    client_ip: str = "192.0.2.25"
    helo: str = ""

    @property
    def verdicts(self) -> AuthResults:
        return AuthResults(spf=self.spf, dkim=self.dkim, dmarc=self.dmarc, spam=self.spam, virus=self.virus)


def _head(raw: bytes) -> email.message.Message:
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    return email.message_from_bytes(head + b"\n\n", policy=email.policy.compat32)


def verdicts_from_headers(raw: bytes) -> AuthResults:
    """SES's verdicts as recorded in a stored copy's topmost headers; PASS where a header is absent."""
    return session_from_headers(raw).verdicts


def session_from_headers(
    raw: bytes, *, verdicts: AuthResults | None = None, envelope_sender: str | None = None
) -> SmtpSession:
    """The SMTP session a test mail or a replayed .eml describes.

    A stored copy records what SES observed in its topmost headers: the first Return-Path is the envelope
    sender, the first Authentication-Results holds the SPF / DKIM / DMARC results and signing domains,
    X-SES-Spam-Verdict / X-SES-Virus-Verdict the scans. A mail without them is taken as legitimate mail
    from its From domain: everything passes, signed by that domain. Lower copies are never read.
    """
    from untilsigned.domain.mail.alignment import domain_of
    from untilsigned.domain.mail.ses_stamp import parse_stamp

    headers = _head(raw)
    from_domain = domain_of(_bare(str(headers.get("From") or "")))
    auth = headers.get("Authentication-Results")
    recorded = parse_stamp(str(auth), authserv_id=None) if auth is not None else None
    sender = envelope_sender or _bare(str(headers.get("Return-Path") or headers.get("From") or ""))

    def verdict(result: str | None) -> str:
        return "PASS" if not result else _VERDICT_OF_RESULT.get(result.lower(), result.upper())

    signing = tuple(r.domain for r in recorded.dkim if r.domain) if recorded else ()
    chosen = verdicts or AuthResults(
        spf=verdict(recorded.spf if recorded else None),
        dkim=verdict(recorded.dkim[0].result if recorded and recorded.dkim else None),
        dmarc=verdict(recorded.dmarc if recorded else None),
        spam=str(headers.get("X-SES-Spam-Verdict") or "PASS").strip().upper(),
        virus=str(headers.get("X-SES-Virus-Verdict") or "PASS").strip().upper(),
    )
    return SmtpSession(
        envelope_sender=sender,
        spf=chosen.spf,
        dkim=chosen.dkim,
        dkim_domains=signing or ((from_domain,) if from_domain else ()),
        dmarc=chosen.dmarc,
        spam=chosen.spam,
        virus=chosen.virus,
    )


# SES's receipt verdicts and the result words its Authentication-Results header uses for them.
_VERDICT_OF_RESULT = {"none": "GRAY", "neutral": "GRAY", "temperror": "PROCESSING_FAILED"}
_RESULT_OF_VERDICT = {"GRAY": "none", "PROCESSING_FAILED": "temperror", "DISABLED": "none"}


def _result(verdict: str) -> str:
    return _RESULT_OF_VERDICT.get(verdict.upper(), verdict.lower())


def stamp_ses_headers(
    raw: bytes, session: SmtpSession, *, message_id: str, recipient: str, received_at: datetime
) -> bytes:
    """The mail as SES stores it: SES's own headers, written from `session`, on top of the sender's."""
    from untilsigned.domain.mail.alignment import domain_of

    newline = "\r\n" if raw.split(b"\n", 1)[0].endswith(b"\r") else "\n"
    headers = _head(raw)
    from_domain = domain_of(_bare(str(headers.get("From") or "")))
    envelope = session.envelope_sender
    envelope_domain = domain_of(envelope) or envelope
    helo = session.helo or f"mail.{envelope_domain or 'sender.invalid'}"
    stamp = email.utils.format_datetime(received_at.astimezone(UTC))
    designates = "designates" if session.spf.upper() == "PASS" else "does not designate"
    ip = session.client_ip
    spf_comment = f"(spfCheck: domain of {envelope_domain} {designates} {ip} as permitted sender)"
    spf = (
        f"spf={_result(session.spf)} {spf_comment} client-ip={session.client_ip}; "
        f"envelope-from={envelope}; helo={helo};"
    )
    dkim_domains = session.dkim_domains or ((from_domain,) if from_domain else ())
    dkim = (
        " ".join(f"dkim={_result(session.dkim)} header.i=@{domain};" for domain in dkim_domains)
        if dkim_domains and session.dkim.upper() != "GRAY"
        else "dkim=none;"
    )
    dmarc = f"dmarc={_result(session.dmarc)} header.from={from_domain};"
    receipt = hashlib.sha256(f"{message_id}{recipient}".encode()).hexdigest()
    lines = [
        f"Return-Path: <{envelope}>",
        f"Received: from {helo} ({helo} [{session.client_ip}])",
        f" by inbound-smtp.{REGION}.amazonaws.com with SMTP id {message_id}",
        f" for {recipient};",
        f" {stamp}",
        f"X-SES-Spam-Verdict: {session.spam.upper()}",
        f"X-SES-Virus-Verdict: {session.virus.upper()}",
        f"Received-SPF: {_result(session.spf)} {spf_comment} client-ip={session.client_ip};",
        f" envelope-from={envelope}; helo={helo};",
        f"Authentication-Results: amazonses.com; {spf}",
        f" {dkim}",
        f" {dmarc}",
        f"X-SES-RECEIPT: {receipt}",
        "X-SES-DKIM-SIGNATURE: a=rsa-sha256; q=dns/txt; s=local; d=amazonses.com;",
        f" t={int(received_at.timestamp())};",
        f" h=From:To:Subject; bh={receipt[:43]}=; b={receipt}",
    ]
    return newline.join(lines).encode() + newline.encode() + raw


def ses_receipt_event(
    template_path: Path,
    raw: bytes,
    *,
    message_id: str,
    recipient: str,
    verdicts: AuthResults,
    received_at: datetime,
    envelope_sender: str | None = None,
    also_to: Sequence[str] = (),
) -> dict[str, Any]:
    """An SES Lambda-action event for this mail, shaped like events/ses_receipt.json."""
    event: dict[str, Any] = copy.deepcopy(json.loads(template_path.read_text()))
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    headers = email.message_from_bytes(head + b"\n\n", policy=email.policy.compat32)
    header_list = [{"name": k, "value": str(v)} for k, v in headers.items()]
    stamp = received_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    sender = envelope_sender or _bare(str(headers.get("Return-Path") or headers.get("From") or ""))
    record = event["Records"][0]["ses"]
    mail, receipt = record["mail"], record["receipt"]
    mail.update(
        timestamp=stamp,
        source=sender,
        messageId=message_id,
        destination=[recipient, *also_to],
        headersTruncated=False,
        headers=header_list,
        commonHeaders={
            "returnPath": sender,
            "from": [str(headers.get("From") or "")],
            "date": str(headers.get("Date") or ""),
            "to": [str(headers.get("To") or recipient)],
            "messageId": str(headers.get("Message-ID") or ""),
            "subject": str(headers.get("Subject") or ""),
        },
    )
    receipt.update(
        timestamp=stamp,
        recipients=[recipient, *also_to],
        spamVerdict={"status": verdicts.spam},
        virusVerdict={"status": verdicts.virus},
        spfVerdict={"status": verdicts.spf},
        dkimVerdict={"status": verdicts.dkim},
        dmarcVerdict={"status": verdicts.dmarc},
    )
    return event


def sqs_event(template_path: Path, messages: list[dict[str, Any]], queue_arn: str) -> dict[str, Any]:
    """An SQS event source batch for received messages, shaped like events/digest_work.json."""
    shape: dict[str, Any] = json.loads(template_path.read_text())["Records"][0]
    records = []
    for message in messages:
        record = copy.deepcopy(shape)
        record.update(
            messageId=message["MessageId"],
            receiptHandle=message["ReceiptHandle"],
            body=message["Body"],
            md5OfBody=message["MD5OfBody"],
            eventSourceARN=queue_arn,
        )
        record["attributes"].update(
            {k: v for k, v in message.get("Attributes", {}).items() if k in record["attributes"]}
        )
        records.append(record)
    return {"Records": records}


def settle_batch(sqs: Any, url: str, messages: list[dict[str, Any]], failed: set[str]) -> None:
    """Delete what succeeded; make what failed visible again for the next receive."""
    done = [m for m in messages if m["MessageId"] not in failed]
    if done:
        sqs.delete_message_batch(
            QueueUrl=url,
            Entries=[{"Id": str(n), "ReceiptHandle": m["ReceiptHandle"]} for n, m in enumerate(done)],
        )
    retry = [m for m in messages if m["MessageId"] in failed]
    if retry:
        sqs.change_message_visibility_batch(
            QueueUrl=url,
            Entries=[
                {"Id": str(n), "ReceiptHandle": m["ReceiptHandle"], "VisibilityTimeout": 0}
                for n, m in enumerate(retry)
            ],
        )


def scheduler_event(template_path: Path, now: datetime) -> dict[str, Any]:
    """A scheduler payload like events/<fn>_schedule.json, for the run scheduled at `now`."""
    event: dict[str, Any] = json.loads(template_path.read_text())
    event["scheduled_time"] = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    event["execution_id"] = str(uuid.uuid4())
    return event


def _bare(value: str) -> str:
    match = re.search(r"<([^<>]*)>", value)
    return (match.group(1) if match else value).strip().lower()

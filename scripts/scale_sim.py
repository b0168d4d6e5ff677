"""The digest hour and the sweep at scale, on the local stack, with AWS latencies and failures injected.

What it does, on moto built from template.yaml (untilsigned.local.stack), with moto's whole-table
queries and transactions and whole-queue receives and deletes made proportional to what they touch
(untilsigned.local.indexed_queries, untilsigned.local.fast_queues), so the figures follow our access
patterns rather than moto's:
  1. registers N users straight into the local table (no API calls, so registration is not what is
     measured; its wall time is reported): every user is in DigestDueIndex and has one application in
     DueIndex, but only M of them are due now (their digest time has come, their application is overdue);
     the rest are due in a few days, so the indexes hold N entries and the planners must read only M;
  2. injects per-call latency into every AWS client through botocore event hooks (DynamoDB 8 ms, SQS
     10 ms, SES 60 ms by default) and counts every request by service and operation;
  3. runs the real sweep planner, then the sweep workers; then the real digest planner, then the digest
     workers, each with a simulated concurrency (threads, each one a Lambda container) and the event
     source's batch size, deleting what succeeded and making failed records visible again, as SQS does;
  4. in 5 % of worker batches, makes one call fail: SES throttling before the send, or DynamoDB
     throttling the write after the send (the case that must never cause a second digest);
  5. checks from the sent mail that every due user got exactly one digest and nobody else got one, and
     from the index that every due application was swept;
  6. delivers the sample mailbox (events/mailbox) through the real ingest handler to count what one
     forwarded mail costs, and prices a user-month (300 forwarded mails, 4 digests) from all the counts.

Prints ONE JSON object. The workers' throughput is measured at M due; `projected_minutes_for_100k_due`
scales it (and the planner's time) to 100,000 due at the same rate and concurrency.

Run: .venv/bin/python scripts/scale_sim.py --users 10000 --due 10000 --json
     [--ses-rate 50] [--concurrency 6] [--dynamodb-ms 8] [--sqs-ms 10] [--ses-ms 60] [--failure-rate 0.05]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import random
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from botocore.exceptions import ClientError

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 2, 8, 15, tzinfo=UTC)  # a Monday, a quarter past the weekly digest hour (UTC)
MAILS_PER_USER_MONTH = 300
DIGESTS_PER_USER_MONTH = 4
# How many of a user's applications run past the employer's date in a month (each is swept once).
SWEEPS_PER_USER_MONTH = 10
# One digest's work in a worker on Lambda, measured by this script (seconds_per_digest_in_lambda);
# the template's DigestWorkerConcurrency is documented as SesSendRate x this.
SECONDS_PER_DIGEST = 0.25
LAMBDA_FULL_VCPU_MB = 1769
WORKER_MEMORY_MB = 256  # template Globals MemorySize
RAW_MAIL_KB = 75  # a typical recruiter mail with its HTML part, as stored by SES
RAW_MAIL_RETENTION_MONTHS = 3  # RawMailRetentionDays 90
ITEM_KB_PER_MAIL = 1.0  # the timeline event, dedupe item and the application's share

# us-east-1 list prices, looked up 2026-12-02 (see README, "What a user costs").
PRICES = {
    "ses_receive_per_mail": 0.10 / 1000,  # aws.amazon.com/ses/pricing: $0.10 per 1,000 mails received
    "ses_receive_per_chunk": 0.09 / 1000,  # ... plus $0.09 per 1,000 incoming 256 KB chunks
    "ses_send_per_mail": 0.10 / 1000,  # ... $0.10 per 1,000 outbound mails (a la carte)
    "lambda_per_request": 0.20 / 1e6,  # aws.amazon.com/lambda/pricing: $0.20 per 1M requests
    "lambda_per_gb_second_arm": 0.0000133334,  # ... Arm, first 7.5 billion GB-s
    "dynamodb_per_wru": 0.625 / 1e6,  # aws.amazon.com/dynamodb/pricing/on-demand: $0.625 per 1M WRU
    "dynamodb_per_rru": 0.125 / 1e6,  # ... $0.125 per 1M RRU
    "dynamodb_per_gb_month": 0.25,  # ... storage, $0.25 per GB-month
    "s3_per_put": 0.005 / 1000,  # aws.amazon.com/s3/pricing: $0.005 per 1,000 PUT
    "s3_per_get": 0.0004 / 1000,  # ... $0.0004 per 1,000 GET
    "s3_per_gb_month": 0.023,  # ... S3 Standard, first 50 TB
    "sqs_per_request": 0.40 / 1e6,  # aws.amazon.com/sqs/pricing: $0.40 per 1M standard requests
}

# Receives after which no fault is injected into a batch (the queues dead-letter after 5).
FAULT_FREE_FROM_RECEIVE = 3
SERVICE_NAMES = {"dynamodb": "dynamodb", "sqs": "sqs", "sesv2": "ses", "ses": "ses", "s3": "s3"}


# ---------------------------------------------------------------- the AWS probe


@dataclass
class Usage:
    """Requests by service and operation, and DynamoDB capacity units estimated from sizes."""

    requests: Counter[str] = field(default_factory=Counter)
    rru: float = 0.0
    wru: float = 0.0

    def minus(self, before: Usage) -> Usage:
        return Usage(self.requests - before.requests, self.rru - before.rru, self.wru - before.wru)

    def copy(self) -> Usage:
        return Usage(Counter(self.requests), self.rru, self.wru)

    def by_service(self) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for key, count in self.requests.items():
            totals[key.split(".")[0]] += count
        return dict(totals)


class AwsProbe:
    """botocore hooks on the default session: latency, counting, and armed one-shot failures."""

    def __init__(self, latency_ms: dict[str, float]) -> None:
        self.latency = {service: ms / 1000 for service, ms in latency_ms.items()}
        self.usage = Usage()
        self.enabled = False
        self._lock = threading.Lock()
        self._local = threading.local()

    def install(self) -> None:
        import boto3

        session = boto3._get_default_session()  # the session every runtime client is built from
        session.events.register("before-call", self._before_call)
        session.events.register("after-call", self._after_call)

    # one-shot failure for the calling thread (one worker batch)
    def arm(self, kind: str | None) -> None:
        self._local.fault = kind
        self._local.sent = False

    def _fail(self, code: str, operation: str) -> None:
        self._local.fault = None
        raise ClientError({"Error": {"Code": code, "Message": "injected by scale_sim"}}, operation)

    def _before_call(self, model: Any, params: Any, **_: Any) -> None:
        if not self.enabled:
            return
        service = SERVICE_NAMES.get(model.service_model.service_name, model.service_model.service_name)
        operation = model.name
        time.sleep(self.latency.get(service, 0.0))
        fault = getattr(self._local, "fault", None)
        if fault == "ses_throttle" and operation == "SendEmail":
            self._fail("TooManyRequestsException", operation)
        if fault == "write_after_send" and operation == "UpdateItem" and getattr(self._local, "sent", False):
            self._fail("ProvisionedThroughputExceededException", operation)
        if fault == "sweep_write" and operation == "TransactWriteItems":
            self._fail("ProvisionedThroughputExceededException", operation)
        if operation == "SendEmail":
            self._local.sent = True
        self._local.call_cpu_started = time.thread_time()
        with self._lock:
            self.usage.requests[f"{service}.{operation}"] += 1
            if service == "dynamodb":
                self.usage.wru += _write_units(operation, params)

    def _after_call(self, model: Any, parsed: Any, **_: Any) -> None:
        if not self.enabled:
            return
        started = getattr(self._local, "call_cpu_started", None)
        if started is not None:
            self._local.call_cpu = getattr(self._local, "call_cpu", 0.0) + time.thread_time() - started
            self._local.call_cpu_started = None
        if model.service_model.service_name != "dynamodb":
            return
        units = _read_units(model.name, parsed)
        with self._lock:
            self.usage.rru += units

    def call_cpu(self) -> float:
        """CPU this thread spent inside AWS calls: moto standing in for AWS, not our code."""
        return float(getattr(self._local, "call_cpu", 0.0))

    def snapshot(self) -> Usage:
        with self._lock:
            return self.usage.copy()


def _write_units(operation: str, params: Any) -> float:
    """WRU of one write, from its request size: 1 per KB per item, twice in a transaction, plus the
    index write when the item carries index keys."""
    if operation not in ("PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchWriteItem"):
        return 0.0
    body = params.get("body", b"") if isinstance(params, dict) else b""
    text = body.decode() if isinstance(body, bytes) else str(body)
    request = json.loads(text) if text else {}
    if operation == "TransactWriteItems":
        items = request.get("TransactItems", [])
        return sum(2 * _kb_units(json.dumps(item)) for item in items)
    if operation == "BatchWriteItem":
        writes = [w for table in request.get("RequestItems", {}).values() for w in table]
        return sum(_kb_units(json.dumps(w)) * (2 if "GSI" in json.dumps(w) else 1) for w in writes)
    return _kb_units(text) * (2 if "GSI" in text else 1)


def _kb_units(text: str) -> int:
    return max(1, math.ceil(len(text) / 1024))


def _read_units(operation: str, parsed: Any) -> float:
    """RRU of one read: 1 per 4 KB strongly consistent (GetItem here), 0.5 eventually (Query)."""
    if operation == "GetItem":
        return float(max(1, math.ceil(len(json.dumps(parsed.get("Item", {}), default=str)) / 4096)))
    if operation == "Query":
        size = len(json.dumps(parsed.get("Items", []), default=str))
        return 0.5 * max(1, math.ceil(size / 4096))
    return 0.0


# ---------------------------------------------------------------- registration


def register(stack: Any, users: int, due: int, now: datetime) -> tuple[list[str], list[str], float]:
    """Write users and applications straight into moto's table, items as the app store makes them.

    Returns (due user ids, due application ids, seconds it took)."""
    from moto.dynamodb.models import dynamodb_backends

    from untilsigned.domain.model import Application, Kind, Status, TimelineEvent, User
    from untilsigned.domain.tracking.ghosting import GhostPolicy, due_at
    from untilsigned.ids import new_id
    from untilsigned.local import indexed_queries
    from untilsigned.services import runtime

    started = time.perf_counter()
    store = runtime.app_store()
    table = dynamodb_backends["123456789012"]["us-east-1"].get_table(stack.environment["TABLE_NAME"])
    policy = GhostPolicy()
    due_users: list[str] = []
    due_apps: list[str] = []

    def items() -> Iterator[dict[str, Any]]:
        for n in range(users):
            is_due = n < due
            user = User(
                user_id=new_id(now - timedelta(days=60)),
                email=f"user{n}@example.com",
                inbox=f"u-sim{n}@{stack.inbox_domain}",
                created_at=now - timedelta(days=60),
            )
            next_digest = now - timedelta(minutes=15) if is_due else now + timedelta(days=2 + n % 5)
            yield store._put(store._user_item(user, next_digest))
            contact = now - timedelta(days=30 if is_due else 2)
            app = Application(
                id=new_id(contact),
                company=f"Employer {n % 997}",
                role="Data Analyst",
                requisition_id=None,
                status=Status.APPLIED,
                created_at=contact,
                last_contact=contact,
                status_date=contact,
            )
            app.due_at = due_at(app, policy)
            yield store._put(store._application_item(user.user_id, app, 1))
            if is_due:
                event = TimelineEvent(
                    kind=Kind.APPLICATION_RECEIVED,
                    date=contact,
                    subject="We received your application",
                    message_id=f"<sim-{n}@employer.example>",
                )
                yield store._put(store._event_item(user.user_id, app.id, event))
                due_users.append(user.user_id)
                due_apps.append(app.id)

    # One bulk load, as unconditional batch writes would leave the table (moto's put_item re-sums an
    # item's size per attribute, which made registering 100,000 users take most of an hour).
    indexed_queries.load(table, items())
    return due_users, due_apps, time.perf_counter() - started


# ---------------------------------------------------------------- the workers


@dataclass
class PhaseResult:
    planner: dict[str, Any]
    planner_seconds: float
    planner_cpu_seconds: float  # the planner's and moto's CPU: steadier than wall time under load
    work_seconds: float
    invocations: int
    records: int
    failed_records: int
    injected_faults: int
    max_batch: int
    worker_busy_seconds: float  # summed invocation wall time on the local stack
    own_cpu_seconds: float  # summed CPU of our code in the workers (the handler minus moto's share)
    usage_planner: Usage
    usage_work: Usage


def run_phase(
    stack: Any,
    probe: AwsProbe,
    *,
    planner: str,
    queue: str,
    schedule_event: str,
    concurrency: int,
    failure_rate: float,
    fault_kinds: list[str],
    rng: random.Random,
) -> PhaseResult:
    import boto3

    from untilsigned.local.stack import scheduler_event, settle_batch

    before = probe.snapshot()
    started, cpu_started = time.perf_counter(), time.process_time()
    plan = stack.invoke(planner, scheduler_event(ROOT / "events" / schedule_event, NOW))
    planner_seconds = time.perf_counter() - started
    planner_cpu_seconds = time.process_time() - cpu_started
    after_plan = probe.snapshot()

    consumer = stack.consumers[queue]
    sqs = boto3.client("sqs", region_name="us-east-1")  # the event source mapping's poller
    url, arn = stack.queue_url(queue), stack.queue_arns[queue]
    sqs_lock = threading.Lock()  # moto's queue is not thread-safe; SQS itself is
    counters = ("invocations", "records", "failed", "faults", "max_batch", "in_flight")
    state: dict[str, float] = {**dict.fromkeys(counters, 0), "busy": 0.0, "own_cpu": 0.0}
    state_lock = threading.Lock()
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            while not errors:
                with sqs_lock:
                    messages: list[dict[str, Any]] = sqs.receive_message(  # type: ignore[assignment]
                        QueueUrl=url,
                        MaxNumberOfMessages=min(consumer.batch_size, 10),
                        VisibilityTimeout=300,
                        AttributeNames=["ApproximateReceiveCount"],
                    ).get("Messages", [])
                    if not messages:
                        with state_lock:
                            if state["in_flight"] == 0:
                                return
                    else:
                        with state_lock:
                            state["in_flight"] += 1
                if not messages:
                    time.sleep(0.01)
                    continue
                # Injected faults never take a record to its last receive: the dead-letter queue is for
                # work that really fails, and a chance run of faults on one record would say nothing.
                last_tries = any(
                    int(m.get("Attributes", {}).get("ApproximateReceiveCount", "1"))
                    >= FAULT_FREE_FROM_RECEIVE
                    for m in messages
                )
                faulty = rng.random() < failure_rate and not last_tries
                probe.arm(rng.choice(fault_kinds) if faulty else None)
                began = time.perf_counter()
                cpu_began, calls_began = time.thread_time(), probe.call_cpu()
                try:
                    failed = stack.deliver_batch(consumer.function, messages, arn)
                    busy = time.perf_counter() - began
                    own_cpu = (time.thread_time() - cpu_began) - (probe.call_cpu() - calls_began)
                    probe.arm(None)
                    with sqs_lock:
                        settle_batch(sqs, url, messages, failed)
                finally:
                    probe.arm(None)
                    with state_lock:
                        state["in_flight"] -= 1
                with state_lock:
                    state["invocations"] += 1
                    state["records"] += len(messages)
                    state["failed"] += len(failed)
                    state["faults"] += int(faulty)
                    state["max_batch"] = max(state["max_batch"], len(messages))
                    state["busy"] += busy
                    state["own_cpu"] += own_cpu
        except BaseException as error:  # noqa: BLE001  (reported after the threads join)
            errors.append(error)

    work_started = time.perf_counter()
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    work_seconds = time.perf_counter() - work_started
    return PhaseResult(
        planner=plan,
        planner_seconds=planner_seconds,
        planner_cpu_seconds=planner_cpu_seconds,
        work_seconds=work_seconds,
        invocations=int(state["invocations"]),
        records=int(state["records"]),
        failed_records=int(state["failed"]),
        injected_faults=int(state["faults"]),
        max_batch=int(state["max_batch"]),
        worker_busy_seconds=float(state["busy"]),
        own_cpu_seconds=float(state["own_cpu"]),
        usage_planner=after_plan.minus(before),
        usage_work=probe.snapshot().minus(after_plan),
    )


# ---------------------------------------------------------------- ingest sample


def measure_ingest(stack: Any, probe: AwsProbe) -> dict[str, Any]:
    """The sample mailbox through the real ingest handler: requests and Lambda seconds per mail."""
    from untilsigned.services import runtime
    from untilsigned.services.users import register_user

    owner = register_user(
        runtime.app_store(), email="sample.owner@example.com", inbox_domain=stack.inbox_domain, now=NOW
    )
    mails = sorted((ROOT / "events" / "mailbox").glob("*.eml"))
    before = probe.snapshot()
    busy = 0.0
    for path in mails:
        raw = path.read_bytes().replace(b"alex.rivera@example.com", b"sample.owner@example.com")
        started = time.perf_counter()
        stack.deliver(raw, owner.inbox)
        busy += time.perf_counter() - started
    usage = probe.snapshot().minus(before)
    return {"mails": len(mails), "usage": usage, "seconds_per_mail": busy / len(mails)}


# ---------------------------------------------------------------- checks and figures


def count_digests() -> Counter[str]:
    """Digests per recipient, from what moto's SES accepted (headers only: fast at 100,000 mails)."""
    from email.parser import HeaderParser

    from moto.ses.models import ses_backends

    counts: Counter[str] = Counter()
    parser = HeaderParser()
    for message in ses_backends["123456789012"]["us-east-1"].sent_messages:
        raw = getattr(message, "raw_data", None)
        if raw is None:
            continue
        headers = parser.parsestr(raw, headersonly=True)
        if not str(headers["Subject"] or "").startswith("untilsigned:"):
            counts[str(headers["To"])] += 1
    return counts


def dead_lettered(stack: Any, queue: str) -> int:
    """Messages parked after five failed receives (none expected at realistic failure rates)."""
    import boto3

    attributes = boto3.client("sqs", region_name="us-east-1").get_queue_attributes(
        QueueUrl=stack.queue_url(queue), AttributeNames=["ApproximateNumberOfMessages"]
    )["Attributes"]
    return int(attributes["ApproximateNumberOfMessages"])


def remaining_due_applications(stack: Any) -> int:
    from untilsigned.services import runtime

    store = runtime.app_store()
    return sum(
        len(page) for key in store.due_shard_keys() for page in store.due_application_pages(key, NOW, 1000)
    )


def per_unit(usage: Usage, units: int) -> dict[str, float]:
    scale = 1 / max(units, 1)
    figures = {key: count * scale for key, count in usage.requests.items()}
    figures["dynamodb.rru"] = usage.rru * scale
    figures["dynamodb.wru"] = usage.wru * scale
    return figures


def user_month(
    ingest: dict[str, Any], digest: PhaseResult, sweep: PhaseResult, digests_sent: int, swept: int
) -> tuple[dict[str, Any], dict[str, float]]:
    """Requests and cost of one user-month: 300 mails in, 4 digests out, 10 sweeps."""
    mail = per_unit(ingest["usage"], ingest["mails"])
    digest_each = per_unit(digest.usage_planner.minus(Usage()), digests_sent)
    for key, value in per_unit(digest.usage_work, digests_sent).items():
        digest_each[key] = digest_each.get(key, 0.0) + value
    sweep_each = per_unit(sweep.usage_planner, swept)
    for key, value in per_unit(sweep.usage_work, swept).items():
        sweep_each[key] = sweep_each.get(key, 0.0) + value
    total: Counter[str] = Counter()
    for figures, times in (
        (mail, MAILS_PER_USER_MONTH),
        (digest_each, DIGESTS_PER_USER_MONTH),
        (sweep_each, SWEEPS_PER_USER_MONTH),
    ):
        for key, value in figures.items():
            total[key] += value * times  # type: ignore[assignment]
    lambda_requests = (
        MAILS_PER_USER_MONTH
        + DIGESTS_PER_USER_MONTH * digest.invocations / max(digests_sent, 1)
        + SWEEPS_PER_USER_MONTH * sweep.invocations / max(swept, 1)
    )
    gb_seconds = (
        MAILS_PER_USER_MONTH * ingest["seconds_per_mail"] * 0.5  # ingest: 512 MB
        + DIGESTS_PER_USER_MONTH * (digest.worker_busy_seconds / max(digests_sent, 1)) * 0.25
        + SWEEPS_PER_USER_MONTH * (sweep.worker_busy_seconds / max(swept, 1)) * 0.25
    )
    by_service: dict[str, Any] = {
        "ses": {"received": MAILS_PER_USER_MONTH, "sent": DIGESTS_PER_USER_MONTH},
        "s3": {key.split(".", 1)[1]: round(v, 1) for key, v in total.items() if key.startswith("s3.")},
        "dynamodb": {
            key.split(".", 1)[1]: round(v, 1) for key, v in total.items() if key.startswith("dynamodb.")
        },
        "sqs": {key.split(".", 1)[1]: round(v, 2) for key, v in total.items() if key.startswith("sqs.")},
        "lambda": {"requests": round(lambda_requests, 1), "gb_seconds": round(gb_seconds, 2)},
    }
    s3_puts = sum(v for k, v in total.items() if k.startswith("s3.Put"))
    s3_gets = sum(v for k, v in total.items() if k.startswith("s3.Get"))
    sqs_requests = sum(v for k, v in total.items() if k.startswith("sqs."))
    stored_gb = MAILS_PER_USER_MONTH * RAW_MAIL_RETENTION_MONTHS * RAW_MAIL_KB / 1024 / 1024
    chunks = MAILS_PER_USER_MONTH * math.ceil(RAW_MAIL_KB / 256)
    cost = {
        "ses_receiving": MAILS_PER_USER_MONTH * PRICES["ses_receive_per_mail"]
        + chunks * PRICES["ses_receive_per_chunk"],
        "ses_sending": DIGESTS_PER_USER_MONTH * PRICES["ses_send_per_mail"],
        "lambda": lambda_requests * PRICES["lambda_per_request"]
        + gb_seconds * PRICES["lambda_per_gb_second_arm"],
        "dynamodb": total["dynamodb.wru"] * PRICES["dynamodb_per_wru"]
        + total["dynamodb.rru"] * PRICES["dynamodb_per_rru"]
        # a year of timeline, about 1 KB per mail, at the storage rate
        + 12 * MAILS_PER_USER_MONTH * ITEM_KB_PER_MAIL / 1024 / 1024 * PRICES["dynamodb_per_gb_month"],
        "s3": s3_puts * PRICES["s3_per_put"]
        + s3_gets * PRICES["s3_per_get"]
        + stored_gb * PRICES["s3_per_gb_month"],
        "sqs": sqs_requests * PRICES["sqs_per_request"],
    }
    cost["total"] = sum(cost.values())
    return by_service, cost


def digest_seconds_in_lambda(
    digest: PhaseResult, digests: int, latency_ms: dict[str, float]
) -> dict[str, float]:
    """One digest's time in a worker on Lambda: its calls at the given latencies, plus our own code.

    The local stack's wall time is not used: moto's CPU (which stands in for AWS) dominates it. Our
    code's CPU is measured per thread without the time inside the calls, and scaled to the CPU a
    256 MB function gets (Lambda allots one vCPU at 1,769 MB, proportionally below).
    """
    calls = sum(
        count * latency_ms.get(key.split(".")[0], 0.0) / 1000
        for key, count in digest.usage_work.requests.items()
    ) / max(digests, 1)
    code = digest.own_cpu_seconds / max(digests, 1) * LAMBDA_FULL_VCPU_MB / WORKER_MEMORY_MB
    return {"calls": calls, "code": code, "total": calls + code}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--due", type=int, default=1000)
    parser.add_argument("--json", action="store_true", help="print only the JSON object")
    parser.add_argument("--ses-rate", type=float, default=50.0, help="SES sending rate, mails per second")
    parser.add_argument("--concurrency", type=int, default=0, help="digest workers (default: rate x 0.25 s)")
    parser.add_argument("--sweep-concurrency", type=int, default=5)
    parser.add_argument("--dynamodb-ms", type=float, default=8.0)
    parser.add_argument("--sqs-ms", type=float, default=10.0)
    parser.add_argument("--ses-ms", type=float, default=60.0)
    parser.add_argument("--s3-ms", type=float, default=15.0)
    parser.add_argument(
        "--failure-rate", type=float, default=0.05, help="share of worker batches with a fault"
    )
    parser.add_argument("--shards", type=int, default=16)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.due > args.users:
        parser.error("--due cannot exceed --users")
    concurrency = args.concurrency or max(2, math.ceil(args.ses_rate * SECONDS_PER_DIGEST))
    rng = random.Random(args.seed)

    from untilsigned.local import fast_queues, indexed_queries
    from untilsigned.local.stack import LocalStack

    latency = {"dynamodb": args.dynamodb_ms, "sqs": args.sqs_ms, "ses": args.ses_ms, "s3": args.s3_ms}
    parameters = {
        "SesSendRate": str(args.ses_rate),
        "DigestWorkerConcurrency": str(concurrency),
        "IndexShards": str(args.shards),
    }
    # The handlers' metric lines go to stderr: stdout carries only the JSON object.
    with contextlib.redirect_stdout(sys.stderr), LocalStack(ROOT, parameters=parameters) as stack:
        indexed_queries.install()
        fast_queues.install()
        # Before any runtime client exists: each client copies the session's hooks when it is made.
        probe = AwsProbe(latency)
        probe.install()
        due_users, due_apps, registration_seconds = register(stack, args.users, args.due, NOW)
        probe.enabled = True
        sweep = run_phase(
            stack,
            probe,
            planner="SweeperFunction",
            queue="SweepQueue",
            schedule_event="sweeper_schedule.json",
            concurrency=args.sweep_concurrency,
            failure_rate=args.failure_rate,
            fault_kinds=["sweep_write"],
            rng=rng,
        )
        digest = run_phase(
            stack,
            probe,
            planner="DigestFunction",
            queue="DigestQueue",
            schedule_event="digest_schedule.json",
            concurrency=concurrency,
            failure_rate=args.failure_rate,
            fault_kinds=["ses_throttle", "write_after_send"],
            rng=rng,
        )
        ingest = measure_ingest(stack, probe)
        probe.enabled = False
        sent = count_digests()
        due_addresses = {f"user{n}@example.com" for n in range(args.due)}
        digests_sent = sum(sent.values())
        duplicates = sum(count - 1 for count in sent.values() if count > 1)
        missing = len(due_addresses - set(sent))
        unexpected = len(set(sent) - due_addresses)
        not_swept = remaining_due_applications(stack)
        parked = {
            "digest": dead_lettered(stack, "DigestDeadLetterQueue"),
            "sweep": dead_lettered(stack, "SweepDeadLetterQueue"),
        }
        by_service, cost = user_month(ingest, digest, sweep, max(digests_sent, 1), max(len(due_apps), 1))

    digests_per_second = digests_sent / digest.work_seconds if digest.work_seconds else 0.0
    per_digest = digest_seconds_in_lambda(digest, digests_sent, latency)
    # Each worker sends at most every concurrency/rate seconds (the pacer), so the account never
    # exceeds the SES rate; below that, a worker is as fast as one digest's calls and code.
    throughput = min(args.ses_rate, concurrency / per_digest["total"])
    # The workers start on the planner's first batch, so the hour is bounded by the slower of the two:
    # the planner's enqueue rate (measured) or the workers' sending rate.
    planner_rate = digests_sent / digest.planner_seconds if digest.planner_seconds else float("inf")
    projected_minutes = 100_000 / min(throughput, planner_rate) / 60
    floor = cost["ses_receiving"]
    figures: dict[str, Any] = {
        "users": args.users,
        "due": args.due,
        "digests_sent": digests_sent,
        "duplicate_digests": duplicates,
        "missing_digests": missing,
        "unexpected_digests": unexpected,
        "applications_due": len(due_apps),
        "applications_not_swept": not_swept,
        "planner_seconds": round(digest.planner_seconds, 3),
        "planner_enqueued_per_second": round(planner_rate, 1),
        "sweep_planner_seconds": round(sweep.planner_seconds, 3),
        "planner_cpu_seconds": {
            "digest": round(digest.planner_cpu_seconds, 3),
            "sweep": round(sweep.planner_cpu_seconds, 3),
        },
        "planned": {"digest": digest.planner, "sweep": sweep.planner},
        "max_users_per_invocation": digest.max_batch,
        "ses_rate": args.ses_rate,
        "worker_concurrency": concurrency,
        "seconds_per_digest_in_lambda": {key: round(value, 4) for key, value in per_digest.items()},
        "projected_digests_per_second": round(throughput, 1),
        "projected_minutes_for_100k_due": round(projected_minutes, 1),
        "local_digest_work_seconds": round(digest.work_seconds, 1),
        "local_digests_per_second": round(digests_per_second, 2),
        "ses_limit_minutes_for_100k": round(100_000 / args.ses_rate / 60, 1),
        "injected_batch_faults": {"digest": digest.injected_faults, "sweep": sweep.injected_faults},
        "failed_records_retried": {"digest": digest.failed_records, "sweep": sweep.failed_records},
        "dead_lettered": parked,
        "worker_invocations": {"digest": digest.invocations, "sweep": sweep.invocations},
        "registration_seconds": round(registration_seconds, 1),
        "latency_ms": {
            "dynamodb": args.dynamodb_ms,
            "sqs": args.sqs_ms,
            "ses": args.ses_ms,
            "s3": args.s3_ms,
        },
        "requests_per_user_month": by_service,
        "cost_per_user_month_usd": {key: round(value, 6) for key, value in cost.items()},
        "ses_receiving_floor_usd": round(floor, 6),
        "cost_vs_floor": round(cost["total"] / floor, 3),
        "assumptions": {
            "mails_per_user_month": MAILS_PER_USER_MONTH,
            "digests_per_user_month": DIGESTS_PER_USER_MONTH,
            "sweeps_per_user_month": SWEEPS_PER_USER_MONTH,
            "raw_mail_kb": RAW_MAIL_KB,
            "region": "us-east-1",
        },
    }
    ok = duplicates == 0 and missing == 0 and unexpected == 0 and not_swept == 0
    figures["ok"] = ok
    print(json.dumps(figures, indent=None if args.json else 2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""The board's speed: its cold import against the Powertools + boto3 floor, what it loads, and page renders.

(a) Cold import: median wall time of a fresh interpreter importing the board handler
    (functions/board/app.py) against one importing boto3 and the same Powertools pieces (Logger, Metrics,
    Tracer, the HTTP API resolver).
(b) What a page view loads: a fresh interpreter imports the board handler, serves the overview and an
    application page on moto, and reports whether the classifier or BeautifulSoup was ever imported.
(c) Page render for one user with 200 applications and 2,000 timeline events, on the local stack (moto):
    the whole request through the handler (the DynamoDB query, the fold, the view and the template), and
    the view and template alone. p50 and p95 over many requests.

Run: .venv/bin/python scripts/benchmark_board.py [--runs 7] [--requests 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "shared"))


_FLOOR = (
    "import boto3; "
    "from aws_lambda_powertools import Logger, Metrics, Tracer; "
    "from aws_lambda_powertools.event_handler import APIGatewayHttpResolver; "
    "from aws_lambda_powertools.logging import correlation_paths; "
    "Logger(); Metrics(); Tracer(); APIGatewayHttpResolver()"
)
_ENVIRONMENT = {
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "benchmark",
    "AWS_SECRET_ACCESS_KEY": "benchmark",
    "POWERTOOLS_TRACE_DISABLED": "true",
    "POWERTOOLS_METRICS_DISABLED": "true",
    "POWERTOOLS_METRICS_NAMESPACE": "untilsigned",
    "POWERTOOLS_SERVICE_NAME": "untilsigned",
    "POWERTOOLS_LOG_LEVEL": "ERROR",
    "TABLE_NAME": "AppTable",
    "IDEMPOTENCY_TABLE_NAME": "IdempotencyTable",
    "MAIL_BUCKET": "benchmark-bucket",
    "BOARD_URL": "http://127.0.0.1:8080",
}

# Run in a fresh interpreter: import the handler, then serve two pages on moto, then list what loaded.
_WHAT_LOADS = """
import sys, json
from datetime import UTC, datetime
import app
from moto import mock_aws
with mock_aws():
    import boto3
    from untilsigned.local.cfn_yaml import load_template
    props = load_template(__import__("pathlib").Path("template.yaml"))["Resources"]["AppTable"]["Properties"]
    boto3.client("dynamodb").create_table(TableName="AppTable", KeySchema=props["KeySchema"],
        AttributeDefinitions=props["AttributeDefinitions"], BillingMode="PAY_PER_REQUEST",
        GlobalSecondaryIndexes=[{k: v for k, v in i.items() if k in ("IndexName", "KeySchema", "Projection")}
                                for i in props["GlobalSecondaryIndexes"]])
    from untilsigned.services import runtime
    from untilsigned.services.users import register_user
    from untilsigned.local.board_server import http_api_event
    now = datetime.now(UTC)
    user = register_user(runtime.app_store(), email="b@example.org", inbox_domain="in.example", now=now)
    token = runtime.access_store().issue_link(user.user_id, now, __import__("datetime").timedelta(hours=1))
    template = json.loads(open("events/board_http.json").read())
    from untilsigned.local.stack import FakeLambdaContext
    ctx = FakeLambdaContext("BoardFunction")
    def call(method, path, body=b"", cookie=""):
        headers = {"origin": "http://127.0.0.1:8080"}
        if cookie: headers["cookie"] = cookie
        return app.lambda_handler(http_api_event(template, method=method, target=path, headers=headers,
                                   body=body, domain="127.0.0.1:8080"), ctx)
    signed = call("POST", "/signin", ("token=" + token).encode())
    cookie = signed["cookies"][0].split(";")[0]
    assert call("GET", "/", cookie=cookie)["statusCode"] == 200
    assert call("GET", "/settings", cookie=cookie)["statusCode"] == 200
watched = ("untilsigned.domain.understanding.classify", "untilsigned.domain.understanding.understand", "bs4")
loaded = [m for m in watched if m in sys.modules]
print(json.dumps(loaded))
"""


def _environment(pycache: str | None) -> dict[str, str]:
    environment = {**os.environ, **_ENVIRONMENT}
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "shared"), str(ROOT / "functions" / "board"), str(ROOT)]
    )
    if pycache is None:
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment["PYTHONPYCACHEPREFIX"] = pycache
    return environment


def _import_seconds(statement: str, pycache: str | None) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=_environment(pycache),
        timeout=120,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def _median_ms(statement: str, runs: int, pycache: str | None) -> float:
    if pycache is not None:
        _import_seconds(statement, pycache)
    return statistics.median(_import_seconds(statement, pycache) for _ in range(runs)) * 1000


def cold_import(runs: int) -> None:
    rows = (
        ("board handler (functions/board/app.py)", "import app"),
        ("floor: boto3 + Powertools HTTP skeleton", _FLOOR),
    )
    measured: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as pycache:
        print(f"board cold import, median of {runs} fresh interpreters (ms)    no .pyc  with .pyc")
        for name, statement in rows:
            measured[name] = (_median_ms(statement, runs, None), _median_ms(statement, runs, pycache))
            print(f"  {name:52} {measured[name][0]:9.1f} {measured[name][1]:9.1f}")
    ours, floor = measured[rows[0][0]], measured[rows[1][0]]
    for label, index in (("no .pyc", 0), ("with .pyc", 1)):
        print(f"  ratio board/floor ({label}): {ours[index] / floor[index]:.2f}x (target <= 1.3x)")


def what_loads() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _WHAT_LOADS],
        capture_output=True,
        text=True,
        env=_environment(None),
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        print("  page views on moto failed:", result.stderr.strip().splitlines()[-1:])
        return
    loaded = result.stdout.strip().splitlines()[-1]
    print(f"  classifier or BeautifulSoup loaded by sign-in and two page views: {loaded} (expected [])")


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, round(0.95 * len(ordered)) - 1)]


def page_render(requests: int) -> None:
    from untilsigned.domain.model import Application, Kind, Status, TimelineEvent
    from untilsigned.domain.reporting.board import application_page, overview
    from untilsigned.local.boardkit import Browser, signin_token
    from untilsigned.local.stack import LocalStack
    from untilsigned.services import runtime
    from untilsigned.services.users import register_user
    from untilsigned.views.render import render

    now = datetime.now(UTC)
    kinds = (
        Kind.APPLICATION_RECEIVED,
        Kind.ASSESSMENT,
        Kind.INTERVIEW_SCHEDULED,
        Kind.STATUS_UPDATE,
        Kind.REFERENCES_REQUESTED,
    )
    with LocalStack() as stack:
        store = runtime.app_store()
        user = register_user(store, email="many@example.org", inbox_domain=stack.inbox_domain, now=now)
        for index in range(200):
            start = now - timedelta(days=120 - index % 90)
            app = Application(
                id=f"APP{index:04d}",
                company=f"Employer {index} Holdings",
                role="Data Engineer",
                requisition_id=None,
                status=Status.APPLIED,
                created_at=start,
            )
            for number in range(10):
                app.events.append(
                    TimelineEvent(
                        kind=kinds[min(number, len(kinds) - 1)] if number < 5 else Kind.STATUS_UPDATE,
                        date=start + timedelta(days=number * 3, hours=number),
                        subject=f"About your application {index}-{number}",
                        message_id=f"<m{index}-{number}@employer{index}.example>",
                        evidence=("We would like to invite you to the next step of our process.",),
                        text="Hello,\n\n" + "Thank you for your time and interest in this role. " * 12,
                    )
                )
            from untilsigned.domain.tracking.ghosting import GhostPolicy
            from untilsigned.domain.tracking.status import recompute

            recompute(app, GhostPolicy())
            # Batch writes, not the transaction the service uses: moto copies the whole table for every
            # transaction, which would make building 2,200 items quadratic.
            items = [store._application_item(user.user_id, app, 1)]
            items += [store._event_item(user.user_id, app.id, event) for event in app.events]
            items += [store._text_item(user.user_id, app.id, event) for event in app.events]
            for first in range(0, len(items), 25):
                store.client.batch_write_item(
                    RequestItems={
                        store.table_name: [
                            {"PutRequest": {"Item": store._put(i)}} for i in items[first : first + 25]
                        ]
                    }
                )
        client = Browser(stack)
        client.sign_in(signin_token(stack, user, now))
        stored = store.load_applications(user.user_id).applications
        assert len(stored) == 200 and sum(len(a.events) for a in stored) == 2000
        for name, path in (("overview page", "/"), ("one application's page", "/a/APP0100")):
            client.get(path)  # warm: first render compiles the template
            samples = []
            for _ in range(requests):
                started = time.perf_counter()
                reply = client.get(path)
                samples.append((time.perf_counter() - started) * 1000)
                assert reply.status == 200
            p50, p95 = _percentiles(samples)
            print(f"  {name:44} whole request on moto: p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
        quarantined = store.list_quarantine(user.user_id)

        def render_overview() -> str:
            return render(
                "board/home.html", view=overview(user, stored, quarantined, now), user=user, csrf="x"
            )

        def render_application() -> str:
            view = application_page(user, stored[100], stored, now)
            return render("board/application.html", view=view, user=user, csrf="x")

        renders: tuple[tuple[str, Callable[[], str]], ...] = (
            ("overview page", render_overview),
            ("one application's page", render_application),
        )
        for name, build in renders:
            samples = []
            for _ in range(requests):
                started = time.perf_counter()
                build()
                samples.append((time.perf_counter() - started) * 1000)
            p50, p95 = _percentiles(samples)
            print(f"  {name:44} view + template only:  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--requests", type=int, default=40)
    arguments = parser.parse_args()
    cold_import(arguments.runs)
    what_loads()
    print("board page render, 200 applications and 2,000 events (target p95 <= 50 ms on the local stack)")
    page_render(arguments.requests)


if __name__ == "__main__":
    main()

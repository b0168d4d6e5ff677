"""Speed of understanding one email, and the cold import of the ingest function. Prints figures only.

(a) ours: `understand(raw)` split into parse+unwrap (`read_mail`) and classify+extract;
(b) the floor: `email.message_from_bytes(raw, policy=policy.default)` + BeautifulSoup(html or text,
    "html.parser").get_text(), the least any reader of this mail has to do.
Messages are generated here from our own phrases: plain and HTML, forwarded in Gmail / Outlook /
Apple Mail styles or direct, some with a calendar invitation, some long threads with quoted history.

Cold import: median wall time of a fresh interpreter importing the ingest handler module
(functions/ingest/app.py, else `untilsigned.services.ingest`, else
`untilsigned.domain.understanding.understand`)
against one importing boto3 and the same Powertools pieces (Logger, Metrics and Tracer created,
the SES data class, idempotency), so the ratio is what our own package adds.

Run: .venv/bin/python scripts/benchmark.py [--messages 300] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

from untilsigned.local.mailkit import INBOX, Client, attach_calendar, client_stamp, envelope, forward_text

ROOT = Path(__file__).resolve().parents[1]
USER = "sam.taylor@example.com"
CLIENTS: tuple[Client, Client, Client] = ("gmail", "outlook", "apple")

EMPLOYERS = (
    "Brightwell",
    "Orchard Labs",
    "Halcyon Robotics",
    "Fieldstone",
    "Pinecrest Health",
    "Lattice Works",
)
ROLES = (
    "Data Analyst",
    "Backend Engineer",
    "Product Designer",
    "Office Manager",
    "QA Engineer",
    "Staff Nurse",
)
SENDERS = (
    "no-reply@greenhouse.io",
    "{employer} Careers <careers@{slug}.example>",
    "{employer} via Lever <no-reply@hire.lever.co>",
    "Hiring Team <notifications@ashbyhq.com>",
    "Jordan Lee <jordan.lee@{slug}.example>",
)
BODIES = (
    "Thank you for applying to {employer}! We have received your application for the {role} position "
    "and our team will review it within two weeks. If your experience matches, we'll be in touch.",
    "Thank you for your interest in {employer}. We have reviewed every application with care and have "
    "chosen to move forward with other candidates whose background is a closer fit for the {role} role. "
    "We wish you all the best in your search.",
    "We'd love to invite you to a video interview for the {role} role on Tuesday, June 10 at 2:00 PM EST. "
    "Please confirm your availability by replying to this email.",
    "As the next step, please complete a 90-minute coding challenge on HackerRank within 5 days. "
    "Reach out if anything is unclear.",
    "Thanks again for meeting the team. Could you please send the names and contact details of two "
    "references by Friday?",
    "We are delighted to offer you the position of {role} at {employer}. Please find your offer letter "
    "attached and let us know your decision by June 20.",
    "Thanks for returning your signed offer letter! We're excited to have you join {employer} on July 1.",
    "We regret the delay: the hiring committee needs another week. You remain a strong candidate and "
    "we expect to update you by the end of next week.",
    "Your job alert for {role}: 12 new jobs match your preferences. Apply now. Manage your alerts. "
    "Unsubscribe.",
)
FILLER = (
    "Our teams work across three continents and we value curiosity and care.",
    "You can learn more about our benefits, culture and hiring process on our careers site.",
    "Please do not reply to this automated message; contact the recruiting team instead.",
    "We are an equal opportunity employer and welcome applicants from every background.",
)


def _plain_body(rng: random.Random, employer: str, role: str) -> str:
    text = rng.choice(BODIES).format(employer=employer, role=role)
    filler = " ".join(rng.sample(FILLER, k=rng.randint(0, len(FILLER))))
    return f"Hi Sam,\n\n{text}\n\n{filler}\n\nBest regards,\nAlex Morgan\nTalent Partner\n{employer}\n"


def _html(body: str, rng: random.Random) -> str:
    paragraphs = "".join(
        f"<p style='margin:0 0 12px 0;font-family:Arial'>{line}</p>" for line in body.split("\n\n")
    )
    rows = "".join(
        f"<tr><td class='spacer' style='padding:4px'>&nbsp;</td><td>{rng.choice(FILLER)}</td></tr>"
        for _ in range(30)
    )
    return (
        "<html><head><style>td{font-size:14px}.hidden{display:none}</style></head><body>"
        "<div class='hidden' style='display:none'>preheader text</div>"
        f"<table width='600' align='center'><tr><td>{paragraphs}</td></tr>{rows}</table>"
        "<div style='font-size:11px;color:#999'>You received this email because you applied. "
        "<a href='https://example.com/unsubscribe'>Manage preferences</a></div></body></html>"
    )


def _calendar(sent: datetime) -> str:
    start = (sent + timedelta(days=6)).strftime("%Y%m%dT140000")
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//untilsigned benchmark//EN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"UID:{start}@benchmark.example",
            "DTSTAMP:20250601T120000Z",
            f"DTSTART;TZID=America/New_York:{start}",
            "SUMMARY:Interview",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def _thread(rng: random.Random, body: str, depth: int) -> str:
    quoted = body
    for level in range(depth):
        quoted = f"On Mon, Jun {level + 2}, 2025 at 9:00 AM Alex Morgan wrote:\n" + "\n".join(
            "> " + line
            for line in (rng.choice(BODIES).format(employer="Acme", role="Analyst") + "\n" + quoted).split(
                "\n"
            )
        )
    return f"{body}\n\n{quoted}"


def generate(count: int, seed: int = 7) -> list[bytes]:
    """`count` varied raw messages, deterministic for a seed."""
    rng = random.Random(seed)
    zone = ZoneInfo("America/New_York")
    messages: list[bytes] = []
    for index in range(count):
        employer = rng.choice(EMPLOYERS)
        role = rng.choice(ROLES)
        slug = employer.lower().replace(" ", "")
        sender = rng.choice(SENDERS).format(employer=employer, slug=slug)
        subject = rng.choice(
            ("Your application to {e}", "{r} at {e}", "Update on your application", "Next steps")
        )
        subject = subject.format(e=employer, r=role)
        sent = datetime(2025, 6, 2, 9, 0, tzinfo=zone) + timedelta(hours=index)
        body = _plain_body(rng, employer, role)
        if index % 5 == 4:
            body = _thread(rng, body, depth=rng.randint(2, 6))
        forwarded_style = index % 4  # 0-2: forwarded in a client's style, 3: arrived directly
        message_id = f"<bench-{index}@benchmark.example>"
        if forwarded_style == 3:
            message = envelope(sender=sender, to=INBOX, subject=subject, sent=sent, message_id=message_id)
            text = body
        else:
            client = CLIENTS[forwarded_style]
            message = envelope(
                sender=f"Sam Taylor <{USER}>",
                to=INBOX,
                subject=f"Fwd: {subject}",
                sent=sent + timedelta(hours=1),
                message_id=message_id,
            )
            shown_to = f"<{USER}>" if client == "gmail" else USER
            stamp = client_stamp(client, sent)
            text = forward_text(
                client, sender=sender, subject=subject, stamp=stamp, to=shown_to, body=body, note="FYI"
            )
        message.set_content(text)
        if index % 3 == 0:
            message.add_alternative(_html(text, rng), subtype="html")
        if index % 7 == 0:
            attach_calendar(message, _calendar(sent))
        messages.append(message.as_bytes())
    return messages


def _floor(raw: bytes) -> str:
    import email

    from bs4 import BeautifulSoup

    message = email.message_from_bytes(raw, policy=policy.default)
    part = message.get_body(preferencelist=("html", "plain"))
    content = part.get_content() if part is not None else ""
    return str(BeautifulSoup(content, "html.parser").get_text())


def _timed(function: Callable[[bytes], object], messages: list[bytes]) -> list[float]:
    timings: list[float] = []
    for raw in messages:
        started = time.perf_counter()
        function(raw)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


def per_email(count: int) -> None:
    from untilsigned.domain.mail.mime import read_mail
    from untilsigned.domain.understanding.classify import classify, prepare
    from untilsigned.domain.understanding.extract import extract

    messages = generate(count)
    prepare()  # one-off regex compilation belongs to the cold start, measured below
    for raw in messages[
        :30
    ]:  # warm caches, lazy regexes and lazy imports (bs4, icalendar) like a warm Lambda
        _floor(raw)
        warm = read_mail(raw)
        extract(warm, classify(warm.original.subject, warm.text, warm.original.sender, warm.quoted).kind)
    read_times: list[float] = []
    understand_times: list[float] = []
    total_times: list[float] = []
    for raw in messages:
        started = time.perf_counter()
        mail = read_mail(raw)
        read = time.perf_counter()
        if mail.error is None:
            kind = classify(mail.original.subject, mail.text, mail.original.sender, mail.quoted).kind
            extract(mail, kind)
        done = time.perf_counter()
        read_times.append((read - started) * 1000)
        understand_times.append((done - read) * 1000)
        total_times.append((done - started) * 1000)
    floor_times = _timed(_floor, messages)
    print(f"per email over {len(messages)} generated messages (ms)      median      p99")
    for name, values in (
        ("ours: parse+unwrap (read_mail)", read_times),
        ("ours: classify+extract", understand_times),
        ("ours: total understand(raw)", total_times),
        ("floor: message_from_bytes + bs4 get_text", floor_times),
    ):
        print(f"  {name:44} {statistics.median(values):8.3f} {_p99(values):8.3f}")
    ratio_median = statistics.median(total_times) / statistics.median(floor_times)
    ratio_p99 = _p99(total_times) / _p99(floor_times)
    print(f"  ratio ours/floor: median {ratio_median:.2f}x, p99 {ratio_p99:.2f}x (target <= 2x)")


# The floor is what any Powertools SES handler with our features pays before its own code:
# boto3, Logger/Metrics/Tracer created (Tracer loads the X-Ray SDK), the SES data class and
# idempotency. The ratio then shows what the untilsigned package itself adds.
_BASELINE_IMPORT = (
    "import boto3; from aws_lambda_powertools import Logger, Metrics, Tracer; "
    "from aws_lambda_powertools.utilities.data_classes import SESEvent, event_source; "
    "from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer, idempotent; "
    "Logger(); Metrics(); Tracer()"
)


def _ingest_import() -> tuple[str, str]:
    """The statement importing the ingest function, and its description."""
    app = ROOT / "functions" / "ingest" / "app.py"
    if app.is_file():
        return "import app", "functions/ingest/app.py"
    if (ROOT / "shared" / "untilsigned" / "services" / "ingest.py").is_file():
        return "import untilsigned.services.ingest", "untilsigned.services.ingest"
    return "import untilsigned.domain.understanding.understand", "untilsigned.domain.understanding.understand"


def _import_seconds(statement: str, pycache: str | None = None) -> float | None:
    """Seconds a fresh interpreter spends on `statement`; with `pycache`, bytecode is cached there."""
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join([str(ROOT / "shared"), str(ROOT / "functions" / "ingest")])
    if pycache is None:
        environment["PYTHONDONTWRITEBYTECODE"] = "1"  # our sources compile on every cold start
    else:
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment["PYTHONPYCACHEPREFIX"] = pycache
    # Names the handler reads at import; fake values, nothing is called.
    for name, value in (
        ("AWS_DEFAULT_REGION", "us-east-1"),
        ("AWS_ACCESS_KEY_ID", "benchmark"),
        ("AWS_SECRET_ACCESS_KEY", "benchmark"),
        ("POWERTOOLS_TRACE_DISABLED", "true"),
        ("IDEMPOTENCY_TABLE_NAME", "benchmark-idempotency"),
        ("TABLE_NAME", "benchmark-table"),
        ("MAIL_BUCKET", "benchmark-bucket"),
    ):
        environment.setdefault(name, value)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        print(f"  import failed: {statement}: {result.stderr.strip().splitlines()[-1:]}")
        return None
    return float(result.stdout.strip().splitlines()[-1])


def _median_ms(statement: str, runs: int, pycache: str | None = None) -> float | None:
    if pycache is not None:
        _import_seconds(statement, pycache)  # the first run writes the bytecode
    seconds = [s for s in (_import_seconds(statement, pycache) for _ in range(runs)) if s is not None]
    return statistics.median(seconds) * 1000 if seconds else None


def cold_import(runs: int) -> None:
    statement, described = _ingest_import()
    if statement == "import app" and _import_seconds(statement) is None:
        statement, described = "import untilsigned.services.ingest", "untilsigned.services.ingest"
    floor_name = "floor: boto3 + the Powertools handler skeleton"
    rows = [
        (described, statement),
        (
            "untilsigned.domain.understanding.understand alone",
            "import untilsigned.domain.understanding.understand",
        ),
        (
            "classify import + prepare() (cue table compiled)",
            "import untilsigned.domain.understanding.classify as c; c.prepare()",
        ),
        (floor_name, _BASELINE_IMPORT),
    ]
    measured: dict[str, tuple[float | None, float | None]] = {}
    with tempfile.TemporaryDirectory() as pycache:
        print(f"cold import, median of {runs} fresh interpreters (ms)          no .pyc  with .pyc")
        for name, code in rows:
            measured[name] = (_median_ms(code, runs), _median_ms(code, runs, pycache))
            shown = [f"{value:9.1f}" if value is not None else f"{'failed':>9}" for value in measured[name]]
            print(f"  {name:52} {shown[0]} {shown[1]}")
    for label, index in (("no .pyc", 0), ("with .pyc", 1)):
        ours, floor = measured[described][index], measured[floor_name][index]
        if ours is not None and floor:
            print(f"  ratio ours/floor ({label}): {ours / floor:.2f}x (target <= 1.3x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    sys.path.insert(0, str(ROOT / "shared"))
    per_email(arguments.messages)
    cold_import(arguments.runs)


if __name__ == "__main__":
    main()

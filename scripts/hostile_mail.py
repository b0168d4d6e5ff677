"""What hostile mail costs ingest: seconds over a plain mail, and peak memory. Prints figures only.

Each shape is generated here (nothing large is stored) and read in a fresh interpreter, like a Lambda
container: plain mail warms the caches first (cue table, BeautifulSoup, icalendar), then the hostile mail
goes through what ingest does before recording: the header block and the trust gate, then `understand`
(read the MIME, unwrap, classify, extract) - always, as if the owner had forwarded it. "over plain" is
its time minus the median time of plain generated mails, in wall and in CPU seconds (the CPU figure does
not depend on what else the machine is doing); "peak RSS" is the process's peak resident memory (the
interpreter and its imports included, as Lambda counts it).

Must hold: every shape under SES's 40 MB limit costs at most 3 s over a plain mail, and peak memory stays
under 400 MB.

Run: .venv/bin/python scripts/hostile_mail.py [--only NAME] [--json PATH] [--timeout 600]
"""

from __future__ import annotations

import argparse
import base64
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SES_LIMIT_BYTES = 40 * 1024 * 1024
BOUND_SECONDS = 3.0
BOUND_MB = 400.0
OWNER = "sam.taylor@example.com"
INBOX = "k3y9x2@inbox.untilsigned.test"
STRANGER = "someone@stranger.example"


# --------------------------------------------------------------------------- building mail


def _headers(*pairs: tuple[str, str]) -> bytes:
    return b"".join(f"{name}: {value}\r\n".encode() for name, value in pairs)


def _basic(sender: str, subject: str, *extra: tuple[str, str]) -> bytes:
    return _headers(
        ("From", sender),
        ("To", INBOX),
        ("Subject", subject),
        ("Date", "Mon, 2 Nov 2026 09:00:00 +0100"),
        ("Message-ID", f"<{abs(hash(subject)) % 10**9}@hostile.example>"),
        ("MIME-Version", "1.0"),
        *extra,
    )


def _text_mail(sender: str, subject: str, body: str, *extra: tuple[str, str]) -> bytes:
    head = _basic(sender, subject, *extra, ("Content-Type", "text/plain; charset=utf-8"))
    return head + b"\r\n" + body.encode("utf-8")


def _multipart(head: bytes, parts: Iterator[bytes], boundary: str = "b0undary") -> bytes:
    chunks = [head, f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode()]
    for part in parts:
        chunks.append(f"--{boundary}\r\n".encode())
        chunks.append(part)
        chunks.append(b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks)


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


INTERVIEW = (
    "Hi Sam,\n\nThank you for applying to Brightwell. We'd love to invite you to a video interview for "
    "the Data Analyst role on Tuesday, November 10 at 2:00 PM CET. Please confirm by Friday.\n\n"
    "Best regards,\nAlex Morgan\nTalent Partner, Brightwell\n"
)
IF_STORM_UNIT = "interview if we if you schedule if the interview if "


def _calendar(events: int, description: int = 200) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hostile//EN", "METHOD:REQUEST"]
    for index in range(events):
        lines += [
            "BEGIN:VEVENT",
            f"UID:event-{index}@hostile.example",
            "DTSTAMP:20261101T120000Z",
            "DTSTART;TZID=Europe/Berlin:20261110T140000",
            "DTEND;TZID=Europe/Berlin:20261110T150000",
            "SUMMARY:Interview",
            "DESCRIPTION:" + _fill("join the call ", description),
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def _calendar_part(body: str) -> bytes:
    return b"Content-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n" + body.encode()


def shape_xff() -> bytes:
    """60 X-Forwarded-For headers of 16 KB digits, from a stranger."""
    forwarded = tuple(("X-Forwarded-For", "1" * 16_000) for _ in range(60))
    return _text_mail(STRANGER, "Interview", INTERVIEW, *forwarded)


def shape_if_storm() -> bytes:
    """A 20 KB sentence of interview wording with thousands of "if"s, forwarded by the owner."""
    return _text_mail(f"Sam Taylor <{OWNER}>", "Interview", "Hi Sam,\n\n" + _fill(IF_STORM_UNIT, 20_000))


def _separator_name(size: int) -> str:
    return _fill(" - | -", size)


def shape_display_name() -> bytes:
    """A 15 KB From display name of separators."""
    sender = f'"{_separator_name(15_000)}" <recruiter@brightwell.example>'
    return _text_mail(sender, "Interview", INTERVIEW)


def shape_name_and_storm() -> bytes:
    """The 15 KB display name and the 20 KB "if" sentence in one mail."""
    sender = f'"{_separator_name(15_000)}" <recruiter@brightwell.example>'
    return _text_mail(sender, "Interview", "Hi Sam,\n\n" + _fill(IF_STORM_UNIT, 20_000))


def shape_calendars_30x1mb() -> bytes:
    """30 calendar parts of about 1 MB each (thousands of events)."""
    calendar = _calendar(events=2_500)
    head = _basic("Brightwell Careers <careers@brightwell.example>", "Interview invitation")
    parts = (_calendar_part(calendar) for _ in range(30))
    text = b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + INTERVIEW.encode()
    return _multipart(head, iter([text, *parts]))


def shape_calendars_199() -> bytes:
    """199 calendar parts of about 160 KB (400 events each)."""
    calendar = _calendar(events=400)
    head = _basic("Brightwell Careers <careers@brightwell.example>", "Interview invitation")
    text = b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + INTERVIEW.encode()
    return _multipart(head, iter([text, *(_calendar_part(calendar) for _ in range(199))]))


def _unclosed_html(size: int) -> str:
    return "<html><body>" + _fill("<div><span><b><i>Interview update ", size)


def shape_nested_html() -> bytes:
    """Six attached messages nested in each other, each with 1 MB of unclosed HTML."""
    inner = b""
    for level in range(6, 0, -1):
        head = _basic(f"Level {level} <level{level}@brightwell.example>", f"Fwd: level {level}")
        html = b"Content-Type: text/html; charset=utf-8\r\n\r\n" + _unclosed_html(1_000_000).encode()
        parts = [html]
        if inner:
            parts.append(b"Content-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n" + inner)
        inner = _multipart(head, iter(parts), boundary=f"level{level}")
    return inner


def shape_big_attachment() -> bytes:
    """A 28 MB PDF attachment (38 MB in base64), the largest kind of mail SES accepts."""
    head = _basic("Brightwell Careers <careers@brightwell.example>", "Your offer letter")
    text = b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + INTERVIEW.encode()
    encoded = base64.encodebytes(b"%PDF-1.7 " + bytes(range(256)) * (28 * 4096))
    pdf = (
        b"Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=offer.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + encoded
    )
    return _multipart(head, iter([text, pdf]))


def shape_big_plain() -> bytes:
    """30 MB of plain text in one part."""
    return _text_mail(f"Sam Taylor <{OWNER}>", "Interview", INTERVIEW + _fill(INTERVIEW, 30_000_000))


def shape_big_html() -> bytes:
    """30 MB of HTML in one part."""
    head = _basic("Brightwell Careers <careers@brightwell.example>", "Interview")
    body = "<html><body>" + _fill("<p>We would like to invite you to an interview.</p>\n", 30_000_000)
    return head + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + body.encode()


def shape_many_parts() -> bytes:
    """20 000 tiny text parts."""
    head = _basic("Brightwell Careers <careers@brightwell.example>", "Interview")
    part = b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + INTERVIEW.encode()
    return _multipart(head, iter([part] * 20_000))


def shape_deep_multipart() -> bytes:
    """Multiparts nested 2 000 deep."""
    body = b"Content-Type: text/plain\r\n\r\n" + INTERVIEW.encode()
    for level in range(2_000):
        boundary = f"d{level}"
        body = (
            f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n--{boundary}\r\n'.encode()
            + body
            + f"\r\n--{boundary}--\r\n".encode()
        )
    return _basic("Brightwell <careers@brightwell.example>", "Interview") + body


def shape_header_flood() -> bytes:
    """200 000 header lines (Received), then a plain body."""
    received = tuple(
        ("Received", f"from relay{index}.example by mx.example; Mon, 2 Nov 2026") for index in range(200_000)
    )
    return _text_mail("Brightwell <careers@brightwell.example>", "Interview", INTERVIEW, *received)


def shape_long_lines() -> bytes:
    """One 2 MB line without spaces, and one of spaces and tabs, in the body."""
    body = INTERVIEW + "x" * 2_000_000 + "\n" + _fill(" \t", 2_000_000) + "\n" + INTERVIEW
    return _text_mail(f"Sam Taylor <{OWNER}>", "Interview", body)


def shape_long_subject() -> bytes:
    """A 16 KB subject of separators and words."""
    subject = _fill("Re: Fwd: Interview - Data Analyst | Brightwell – ", 16_000)
    return _text_mail("Brightwell <careers@brightwell.example>", subject, INTERVIEW)


def shape_forward_storm() -> bytes:
    """20 000 forward header blocks ("From: / Subject:" lines) in one body."""
    block = "From: Alex <a@b.example>\nSent: Monday\nTo: sam\nSubject: Interview\n\n> "
    return _text_mail(f"Sam Taylor <{OWNER}>", "Fwd: Interview", _fill(block, 2_000_000))


SHAPES: dict[str, Callable[[], bytes]] = {
    "xff_60x16kb": shape_xff,
    "if_storm_20kb": shape_if_storm,
    "display_name_15kb": shape_display_name,
    "display_name_and_if_storm": shape_name_and_storm,
    "calendars_30x1mb": shape_calendars_30x1mb,
    "calendars_199_small": shape_calendars_199,
    "nested_html_6x1mb": shape_nested_html,
    "big_attachment_38mb": shape_big_attachment,
    "big_plain_30mb": shape_big_plain,
    "big_html_30mb": shape_big_html,
    "many_parts_20k": shape_many_parts,
    "deep_multipart_2k": shape_deep_multipart,
    "header_flood_200k": shape_header_flood,
    "long_lines_2mb": shape_long_lines,
    "long_subject_16kb": shape_long_subject,
    "forward_storm_2mb": shape_forward_storm,
}


# --------------------------------------------------------------------------- measuring (child)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _ingest_steps() -> Callable[[bytes], dict[str, object]]:
    """What ingest does with a mail before recording it: the header block, the trust gate, then the whole
    mail understood (always, as if the owner had forwarded it: the worst case)."""
    from untilsigned.domain.mail.mime import read_head
    from untilsigned.domain.model import AuthResults, User
    from untilsigned.domain.tracking.trust import check_trust, trust_evidence
    from untilsigned.domain.understanding.understand import understand

    user = User(user_id="u1", email=OWNER, inbox=INBOX)
    verdicts = AuthResults(spf="PASS", dkim="PASS", dmarc="PASS")

    def run(raw: bytes) -> dict[str, object]:
        decision = check_trust(trust_evidence(read_head(raw), verdicts, STRANGER), user)
        understood = understand(raw)
        return {
            "kind": understood.kind.value,
            "error": understood.mail.error,
            "limits": list(getattr(understood.mail, "limits", ())),
            "trust": decision.reason,
        }

    return run


def child(name: str) -> None:
    sys.path[:0] = [str(ROOT / "shared"), str(ROOT / "scripts")]
    from benchmark import generate

    run = _ingest_steps()
    plain_mails = generate(40)
    for raw in plain_mails:  # warm: cue table, lazy patterns, BeautifulSoup and icalendar imports
        run(raw)
    plain: list[float] = []
    plain_cpu: list[float] = []
    for raw in plain_mails:
        started, started_cpu = time.perf_counter(), time.process_time()
        run(raw)
        plain.append(time.perf_counter() - started)
        plain_cpu.append(time.process_time() - started_cpu)
    rss_warm = _peak_rss_mb()
    raw = SHAPES[name]()
    started, started_cpu = time.perf_counter(), time.process_time()
    outcome = run(raw)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - started_cpu
    print(
        json.dumps(
            {
                "shape": name,
                "bytes": len(raw),
                "seconds": seconds,
                "plain_seconds": statistics.median(plain),
                "over_plain": seconds - statistics.median(plain),
                "cpu_seconds": cpu_seconds,
                "cpu_over_plain": cpu_seconds - statistics.median(plain_cpu),
                "peak_rss_mb": _peak_rss_mb(),
                "warm_rss_mb": rss_warm,
                "outcome": outcome,
            }
        )
    )


# --------------------------------------------------------------------------- report (parent)


def measure(name: str, timeout: float) -> dict[str, object]:
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", name],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"shape": name, "error": f"still running after {timeout:.0f} s"}
    if done.returncode != 0:
        return {"shape": name, "error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", help="shapes whose name contains this")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds before a shape is given up")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        child(arguments.child)
        return
    names = [name for name in SHAPES if not arguments.only or arguments.only in name]
    print("hostile mail: ingest (header block, trust gate, understand), one fresh interpreter per shape")
    print(
        f"  {'shape':28} {'MB':>6} {'wall over plain s':>17} {'CPU over plain s':>16} "
        f"{'peak RSS MB':>11}  outcome"
    )
    results = []
    failed = False
    for name in names:
        result = measure(name, arguments.timeout)
        results.append(result)
        if "error" in result:
            failed = True
            print(f"  {name:28} {'':>6} {'':>17} {'':>16} {'':>11}  FAILED: {result['error']}")
            continue
        over = float(str(result["over_plain"]))
        cpu_over = float(str(result["cpu_over_plain"]))
        peak = float(str(result["peak_rss_mb"]))
        size = int(str(result["bytes"]))
        outcome = result["outcome"] if isinstance(result["outcome"], dict) else {}
        limits = outcome.get("limits") or []
        note = f"{outcome.get('kind')}" + (f"; over budget: {', '.join(limits)}" if limits else "")
        held = cpu_over <= BOUND_SECONDS and peak <= BOUND_MB and size <= SES_LIMIT_BYTES
        failed = failed or not held
        flag = "" if held else "  OVER"
        print(f"  {name:28} {size / 1e6:6.2f} {over:17.3f} {cpu_over:16.3f} {peak:11.0f}  {note[:80]}{flag}")
    plain = [float(str(r["plain_seconds"])) for r in results if "plain_seconds" in r]
    if plain:
        print(f"  plain mail: median {statistics.median(plain) * 1000:.1f} ms")
    verdict = "no" if failed else "yes"
    print(f"  must hold (CPU over plain <= {BOUND_SECONDS:.0f} s, peak RSS <= {BOUND_MB:.0f} MB): {verdict}")
    if arguments.json:
        arguments.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

"""The digest HTML must fit a phone and a desktop screen without horizontal scrolling.

Renders a realistic digest (including a very long unbroken employer name and
subject) and opens it in headless Chromium under device emulation, driven over
Chromium's own DevTools pipe (`--remote-debugging-pipe`, stdlib only). The
measurement runs through `Runtime.evaluate`, so nothing is ever injected into the
HTML under test. Skips cleanly when Chromium (or bash, used to wire the pipe) is
absent. Set DIGEST_SCREENSHOT_DIR to keep PNG screenshots for a visual check.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from untilsigned.domain.model import Application, Kind, Quarantined, Status, TimelineEvent, User
from untilsigned.domain.reporting.digest import compose_digest

pytestmark = pytest.mark.browser

NOW = datetime(2026, 6, 8, 6, 0, tzinfo=UTC)  # Monday 08:00 in Berlin
LAST_DIGEST = NOW - timedelta(days=7)
LONG_EMPLOYER = "Hyperconvergedinfrastructureandobservabilityplatformsolutionsinternational" * 2
LONG_SUBJECT = "Re:Fwd:" + "Yourapplicationstatusupdatefortheseniorplatformengineeringposition" * 3

# A guard against a wedged browser, not a speed assertion.
_PROTOCOL_WAIT_SECONDS = 30.0


def _event(kind: Kind, day: int, hour: int, subject: str, evidence: str = "") -> TimelineEvent:
    return TimelineEvent(
        kind=kind,
        date=datetime(2026, 6, day, hour, 0, tzinfo=UTC),
        subject=subject,
        message_id=f"<{kind.value}-{day}-{hour}@example.test>",
        evidence=(evidence,) if evidence else (),
    )


def realistic_digest_html() -> str:
    user = User(
        user_id="u1", email="sam@example.org", inbox="sam.k7@in.untilsigned.example", timezone="Europe/Berlin"
    )
    created = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
    applications = [
        Application(
            id="a-offer",
            company="Northwind Analytics",
            role="Data Engineer",
            requisition_id="R-100",
            status=Status.OFFER,
            created_at=created,
            respond_by=datetime(2026, 6, 12, 21, 59, tzinfo=UTC),
            events=[
                _event(
                    Kind.OFFER,
                    4,
                    15,
                    "Your offer from Northwind Analytics",
                    "We are delighted to offer you the position, with the details in the attached letter.",
                )
            ],
        ),
        Application(
            id="a-long",
            company=LONG_EMPLOYER,
            role="Senior Platform Engineer (Infrastructure, Observability and Developer Experience)",
            requisition_id=None,
            status=Status.INTERVIEWING,
            created_at=datetime(2026, 6, 2, 8, 0, tzinfo=UTC),
            interview_at=datetime(2026, 6, 9, 12, 0, tzinfo=UTC),
            events=[
                _event(Kind.INTERVIEW_SCHEDULED, 5, 10, LONG_SUBJECT, "Please join us for a video call.")
            ],
        ),
        Application(
            id="a-refs",
            company="Blue Harbour Logistics",
            role="Backend Developer",
            requisition_id=None,
            status=Status.REFERENCES,
            created_at=created,
            respond_by=datetime(2026, 6, 10, 15, 0, tzinfo=UTC),
            events=[_event(Kind.REFERENCES_REQUESTED, 3, 9, "References for your application")],
        ),
        Application(
            id="a-ghost",
            company="Quillmark <script>alert(1)</script>",
            role="Platform Engineer",
            requisition_id=None,
            status=Status.GHOSTED,
            created_at=created,
            expect_reply_by=datetime(2026, 5, 29, 16, 0, tzinfo=UTC),
            ghosted_since=datetime(2026, 5, 30, 0, 0, tzinfo=UTC),
            ghosted_reason="said they would reply by Fri 29 May; nothing since",
        ),
        Application(
            id="a-test",
            company="Fernleaf Health",
            role="Software Engineer II",
            requisition_id=None,
            status=Status.ASSESSMENT,
            created_at=datetime(2026, 6, 8, 5, 0, tzinfo=UTC),
            respond_by=datetime(2026, 6, 14, 21, 59, tzinfo=UTC),
        ),
        Application(
            id="a-no",
            company="Copperline",
            role="DevOps Engineer",
            requisition_id=None,
            status=Status.REJECTED,
            created_at=created,
            events=[_event(Kind.REJECTED, 6, 11, "An update on your application")],
        ),
        *[
            Application(
                id=f"a-applied-{index}",
                company=f"Employer {index}",
                role="Engineer",
                requisition_id=None,
                status=Status.APPLIED,
                created_at=datetime(2026, 6, 1 + index, 9, 0, tzinfo=UTC),
            )
            for index in range(5)
        ],
    ]
    quarantined = [
        Quarantined(
            source="inbound/abc.eml",
            reason="the forwarder is not one of your registered addresses",
            received_at=datetime(2026, 6, 7, 19, 30, tzinfo=UTC),
            subject=LONG_SUBJECT,
            sender="unknown-" + "x" * 90 + "@example.net",
        )
    ]
    return compose_digest(user, applications, NOW, since=LAST_DIGEST, quarantined=quarantined).html


# ---------------------------------------------------------------------------
# A minimal DevTools client over --remote-debugging-pipe (fd 3 in, fd 4 out)
# ---------------------------------------------------------------------------


def _chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


class DevToolsPipe:
    def __init__(self, chromium: str, profile_dir: str) -> None:
        bash = shutil.which("bash")
        if bash is None:
            pytest.skip("bash is needed to hand Chromium its DevTools pipe")
        to_browser_read, to_browser_write = os.pipe()
        from_browser_read, from_browser_write = os.pipe()
        # Move the child's ends above fd 9 so the 3/4 redirections below cannot collide with them.
        child_in = _fd_above_nine(to_browser_read)
        child_out = _fd_above_nine(from_browser_write)
        arguments = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--hide-scrollbars",
            f"--user-data-dir={profile_dir}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        script = f'exec "$0" "$@" 3<&{child_in} 4>&{child_out} {child_in}<&- {child_out}>&-'
        self.process = subprocess.Popen(
            [bash, "-c", script, chromium, *arguments],
            pass_fds=(child_in, child_out),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(child_in)
        os.close(child_out)
        self._writer = to_browser_write
        self._reader = from_browser_read
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._writer, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read_message()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method} failed: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for_event(self, method: str) -> dict[str, Any]:
        for index, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(index)
        while True:
            message = self._read_message()
            if message.get("method") == method:
                return message
            self.events.append(message)

    def _read_message(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._reader], [], [], _PROTOCOL_WAIT_SECONDS)
            if not ready:
                raise TimeoutError("Chromium stopped answering on the DevTools pipe")
            chunk = os.read(self._reader, 1 << 16)
            if not chunk:
                raise EOFError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        parsed: dict[str, Any] = json.loads(raw)
        return parsed

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (OSError, RuntimeError, EOFError, TimeoutError):
            self.process.kill()
        try:
            self.process.wait(timeout=_PROTOCOL_WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._writer)
        os.close(self._reader)


def _fd_above_nine(fd: int) -> int:
    import fcntl

    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


@pytest.fixture(scope="module")
def browser() -> Iterator[DevToolsPipe]:
    chromium = _chromium_path()
    if chromium is None:
        pytest.skip("Chromium is not installed")
    with tempfile.TemporaryDirectory(prefix="untilsigned-chromium-") as profile_dir:
        pipe = DevToolsPipe(chromium, profile_dir)
        try:
            yield pipe
        finally:
            pipe.close()


@pytest.fixture(scope="module")
def digest_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("digest") / "digest.html"
    path.write_text(realistic_digest_html(), encoding="utf-8")
    return path


# Every rendered element's edges against the device width, plus the page's own scroll width. Mobile
# emulation widens the layout viewport when content is too wide, so compare with the device width itself.
_MEASURE = """
((deviceWidth) => {
  const viewport = deviceWidth;
  const overflowing = [];
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > viewport + 0.5 || box.left < -0.5) {
      const text = (element.textContent || '').slice(0, 60);
      overflowing.push(`${element.tagName} right=${Math.round(box.right)}: ${text}`);
    }
  }
  const card = document.querySelector('table[style*="max-width"]');
  return {
    innerWidth: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    bodyScrollWidth: document.body.scrollWidth,
    cardWidth: card ? card.getBoundingClientRect().width : -1,
    overflowing: overflowing.slice(0, 20),
    scripts: document.scripts.length,
    images: document.images.length,
  };
})(%d)
"""


def _render_and_measure(browser: DevToolsPipe, page: Path, width: int, mobile: bool) -> dict[str, Any]:
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    try:
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": 900, "deviceScaleFactor": 2 if mobile else 1, "mobile": mobile},
            session,
        )
        browser.send("Page.enable", {}, session)
        browser.send("Page.navigate", {"url": page.as_uri()}, session)
        browser.wait_for_event("Page.loadEventFired")
        result = browser.send(
            "Runtime.evaluate", {"expression": _MEASURE % width, "returnByValue": True}, session
        )
        measured: dict[str, Any] = result["result"]["value"]
        screenshot_dir = os.environ.get("DIGEST_SCREENSHOT_DIR")
        if screenshot_dir:
            shot = browser.send(
                "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session
            )
            Path(screenshot_dir, f"digest-{width}.png").write_bytes(base64.b64decode(shot["data"]))
        return measured
    finally:
        browser.send("Target.closeTarget", {"targetId": target})


@pytest.mark.parametrize(("width", "mobile"), [(375, True), (1280, False)], ids=["phone-375", "desktop-1280"])
def test_digest_fits_the_screen_without_horizontal_overflow(
    browser: DevToolsPipe, digest_file: Path, width: int, mobile: bool
) -> None:
    # given a realistic digest with a very long unbroken employer name and subject
    # when Chromium lays it out at this screen width
    measured = _render_and_measure(browser, digest_file, width, mobile)

    # then the viewport stays the device's width and nothing sticks out to the right
    assert measured["innerWidth"] == width
    assert measured["scrollWidth"] <= width
    assert measured["bodyScrollWidth"] <= width
    assert measured["overflowing"] == []


@pytest.mark.parametrize(("width", "mobile"), [(375, True), (1280, False)], ids=["phone-375", "desktop-1280"])
def test_digest_card_is_capped_at_600px_and_fills_small_screens(
    browser: DevToolsPipe, digest_file: Path, width: int, mobile: bool
) -> None:
    # given the same digest
    # when it is laid out
    measured = _render_and_measure(browser, digest_file, width, mobile)

    # then the content card is at most 600px wide, but uses most of a phone's width
    assert 0 < measured["cardWidth"] <= 600
    if width < 600:
        assert measured["cardWidth"] >= width - 32
    # and the page carries no scripts or images at all
    assert measured["scripts"] == 0
    assert measured["images"] == 0

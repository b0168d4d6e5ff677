"""The board in a real browser: Playwright driving Debian's Chromium against the board on the local stack.

The board runs exactly as `untilsigned replay --serve` runs it: the real function behind the local HTTP
bridge, on moto. Every correction goes through the page's own forms. Skips when Chromium is absent.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from untilsigned.domain.model import User
from untilsigned.local.board_server import BoardServer
from untilsigned.local.mailkit import forwarded
from untilsigned.local.stack import LocalStack
from untilsigned.services import runtime
from untilsigned.services.board import FRESH_LINK_VALID
from untilsigned.services.users import register_user

pytestmark = pytest.mark.browser

OWNER = "robin.okafor@example.com"
NOW = datetime.now(UTC)
HOSTILE = "<img src=x onerror=alert(1)>"
PHONE = {"width": 375, "height": 800}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    # Debian's Chromium, never a downloaded browser build.
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Chromium is not installed")
    return {**browser_type_launch_args, "executable_path": chromium, "args": ["--no-sandbox"]}


@dataclass
class Board:
    stack: LocalStack
    server: BoardServer
    user: User

    def signin_link(self) -> str:
        with self.server.lock:
            token = runtime.access_store().issue_link(self.user.user_id, datetime.now(UTC), FRESH_LINK_VALID)
        return f"{self.server.url}/signin/{token}"

    def applications(self) -> dict[str, Any]:
        with self.server.lock:
            return {
                app.company: app
                for app in runtime.app_store().load_applications(self.user.user_id).applications
            }

    def fresh_user_board(self, email: str) -> str:
        with self.server.lock:
            user = register_user(
                runtime.app_store(), email=email, inbox_domain=self.stack.inbox_domain, now=NOW
            )
            token = runtime.access_store().issue_link(user.user_id, datetime.now(UTC), FRESH_LINK_VALID)
        return f"{self.server.url}/signin/{token}"


def _mail(
    stack: LocalStack, user: User, employer: str, subject: str, body: str, days_ago: int, **extra: Any
) -> None:
    sent = NOW - timedelta(days=days_ago)
    raw = forwarded(
        forwarder=user.email, employer=employer, subject=subject, body=body, sent=sent, to=user.inbox, **extra
    )
    stack.deliver(raw, user.inbox, received_at=sent + timedelta(minutes=3))


@pytest.fixture(scope="module")
def board() -> Iterator[Board]:
    with LocalStack() as stack:
        user = register_user(
            runtime.app_store(),
            email=OWNER,
            inbox_domain=stack.inbox_domain,
            now=NOW - timedelta(days=60),
            timezone="Europe/London",
        )
        _mail(
            stack,
            user,
            "Harbourline Careers <careers@harbourline.example>",
            "We received your application: Platform Engineer",
            "Hello Robin,\n\nThank you for applying for the Platform Engineer position at Harbourline. "
            "Our team will review your application and get back to you by the end of next week.\n\n"
            "Harbourline",
            days_ago=40,
        )
        _mail(
            stack,
            user,
            "Quarrytown Talent <talent@quarrytown.example>",
            "Interview invitation: Site Reliability Engineer",
            "Hi Robin,\n\nWe would like to invite you to a video interview for the Site Reliability Engineer "
            "role at Quarrytown next Tuesday at 14:00.\n\nBest, Quarrytown Talent",
            days_ago=5,
        )
        _mail(
            stack,
            user,
            "Brightpath Staffing <placements@brightpath.example>",
            "Your application through Brightpath Staffing",
            "Hi Robin,\n\nThanks for applying through Brightpath Staffing for the Site Reliability Engineer "
            "role with our client. We have received your application.\n\nBrightpath Staffing",
            days_ago=4,
        )
        _mail(
            stack,
            user,
            "Recruiting <jobs@tamarind.example>",
            f"Application received {HOSTILE}",
            f"Hello Robin,\n\nThank you for applying to Tamarind {HOSTILE}. "
            "We have received your application.",
            days_ago=3,
        )
        # A real acknowledgement that SES flagged as spam: kept aside until the owner releases it.
        _mail(
            stack,
            user,
            "Willowmere People Team <people@willowmere.example>",
            "Thank you for applying: Backend Developer",
            "Dear Robin,\n\nThank you for applying for the Backend Developer role at Willowmere. "
            "We have received your application and will be in touch.\n\nWillowmere People Team",
            days_ago=2,
            headers={"X-SES-Spam-Verdict": "FAIL"},
        )
        stack.run_sweeper(NOW)
        server = BoardServer(stack, 0)
        stack.set_board_url(server.url)
        server.start_in_background()
        try:
            yield Board(stack, server, user)
        finally:
            server.shutdown()


@pytest.fixture
def phone(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=False)
    yield context
    context.close()


def sign_in(page: Page, board: Board) -> None:
    page.goto(board.signin_link())
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#pipeline")).to_be_visible()


def open_application(page: Page, board: Board, company: str) -> None:
    page.goto(f"{board.server.url}/a/{board.applications()[company].id}")


def no_horizontal_scroll(page: Page) -> None:
    width = page.evaluate("window.innerWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate("document.body.scrollWidth") <= width


# -- signing in ----------------------------------------------------------------------------------------------


def test_signing_in_by_link_opens_the_board_without_javascript(phone: BrowserContext, board: Board) -> None:
    # given the link from a digest, on a phone with JavaScript off
    page = phone.new_page()

    # when the owner opens it and presses Sign in
    sign_in(page, board)

    # then the board shows the pipeline, both kinds of waiting, ghosting and the kept-aside mail
    for section in ("#pipeline", "#waiting-on-you", "#waiting-on-them", "#ghosted", "#kept", "#applications"):
        expect(page.locator(section)).to_be_visible()
    expect(page.locator("#ghosted")).to_contain_text("Harbourline")
    expect(page.locator("#kept")).to_contain_text("Thank you for applying: Backend Developer")
    # and a link that was used once is refused the second time, with a fresh one on offer
    link = board.signin_link()
    first = phone.new_page()
    first.goto(link)
    first.get_by_role("button", name="Sign in").click()
    second = phone.new_page()
    second.goto(link)
    second.get_by_role("button", name="Sign in").click()
    expect(second.locator("h1")).to_contain_text("already used")
    expect(second.get_by_role("button", name="Mail me a fresh link")).to_be_visible()


# -- corrections, each through the page ---------------------------------------------------------------------


def test_set_status_with_a_note_then_undo(phone: BrowserContext, board: Board) -> None:
    page = phone.new_page()
    sign_in(page, board)
    open_application(page, board, "Quarrytown")

    page.select_option("#status", "references")
    page.fill("#status-note", "They asked for two referees on the phone")
    page.get_by_role("button", name="Set status").click()

    expect(page.locator("#timeline")).to_contain_text("You set the status")
    expect(page.locator("#timeline")).to_contain_text("They asked for two referees on the phone")
    assert board.applications()["Quarrytown"].status.value == "references"

    page.locator("#timeline .event").first.get_by_role("button", name="Undo").click()
    expect(page.locator("#timeline .event").first).to_contain_text("You undid")
    assert board.applications()["Quarrytown"].status.value == "interviewing"


def test_edit_employer_role_and_link(phone: BrowserContext, board: Board) -> None:
    page = phone.new_page()
    sign_in(page, board)
    open_application(page, board, "Quarrytown")

    page.fill("#role", "Senior Site Reliability Engineer")
    page.fill("#link", "https://jobs.quarrytown.example/sre-42")
    page.get_by_role("button", name="Save details").click()

    expect(page.locator("h1")).to_contain_text("Senior Site Reliability Engineer")
    expect(page.locator(".facts")).to_contain_text("https://jobs.quarrytown.example/sre-42")
    assert board.applications()["Quarrytown"].role == "Senior Site Reliability Engineer"


def test_notes_and_the_promised_date(phone: BrowserContext, board: Board) -> None:
    page = phone.new_page()
    sign_in(page, board)
    open_application(page, board, "Quarrytown")
    promised = (NOW + timedelta(days=9)).date()

    page.fill("#note-text", "Ask about the on-call rota")
    page.get_by_role("button", name="Add note").click()
    page.fill("#promised", promised.isoformat())
    page.get_by_role("button", name="Save their date").click()

    expect(page.locator("#timeline")).to_contain_text("Ask about the on-call rota")
    expect(page.locator(".facts")).to_contain_text("They promised a reply by")
    app = board.applications()["Quarrytown"]
    assert app.expect_reply_by is not None and app.expect_reply_by.date() == promised
    page.goto(board.server.url)
    expect(page.locator("#waiting-on-them")).to_contain_text("Quarrytown")


def test_unghost(phone: BrowserContext, board: Board) -> None:
    page = phone.new_page()
    sign_in(page, board)
    open_application(page, board, "Harbourline")
    expect(page.locator(".facts")).to_contain_text("Ghosted since")

    page.get_by_role("button", name="Un-ghost: I am still waiting").click()

    expect(page.locator("#timeline")).to_contain_text("You un-ghosted it")
    assert board.applications()["Harbourline"].status.value == "applied"


def test_take_a_mail_out_of_an_application(phone: BrowserContext, board: Board) -> None:
    page = phone.new_page()
    sign_in(page, board)
    open_application(page, board, "Tamarind")

    page.locator("#timeline .event.from-employer").first.get_by_role(
        "button", name="Take out: not a job"
    ).click()

    expect(page.locator("#timeline .event.struck").first).to_contain_text("taken out: not a job")


def test_merge_two_applications(phone: BrowserContext, board: Board) -> None:
    page = phone.new_page()
    sign_in(page, board)
    apps = board.applications()
    # an agency's acknowledgement that the owner knows is the same Quarrytown job
    second = next(name for name in apps if "Brightpath" in name)
    open_application(page, board, "Quarrytown")

    page.select_option("#other", apps[second].id)
    page.get_by_role("button", name="Merge into this one").click()

    expect(page.locator("#timeline")).to_contain_text("You merged")
    assert board.applications()[second].merged_into == apps["Quarrytown"].id
    page.goto(board.server.url)
    expect(page.locator("#applications")).not_to_contain_text(second)


def test_add_an_application_by_hand(phone: BrowserContext, board: Board) -> None:
    page = phone.new_page()
    sign_in(page, board)
    page.goto(f"{board.server.url}/add")

    page.fill("#company", "Fernhollow Studio")
    page.fill("#role", "Frontend Developer")
    page.fill("#applied", (NOW - timedelta(days=1)).date().isoformat())
    page.fill("#link", "https://fernhollow.example/jobs/7")
    page.fill("#notes", "Applied through their site")
    page.get_by_role("button", name="Add application").click()

    expect(page.locator("h1")).to_contain_text("Fernhollow Studio")
    expect(page.locator("#timeline")).to_contain_text("You added it by hand")
    assert board.applications()["Fernhollow Studio"].link == "https://fernhollow.example/jobs/7"


def test_digest_settings_and_pause(phone: BrowserContext, board: Board) -> None:
    page = phone.new_page()
    sign_in(page, board)
    page.goto(f"{board.server.url}/settings")

    page.select_option("#rhythm", "daily")
    page.select_option("#hour", "7")
    page.fill("#timezone", "America/Toronto")
    page.fill("#goal", "6")
    page.get_by_role("button", name="Save").click()
    page.get_by_role("button", name="Pause digests").click()

    expect(page.locator("body")).to_contain_text("Digests are paused.")
    expect(page.locator("#timezone")).to_have_value("America/Toronto")
    with board.server.lock:
        user = runtime.app_store().get_user(board.user.user_id)
    assert user is not None
    assert (user.digest_weekday, user.digest_hour, user.timezone, user.weekly_goal, user.digest_paused) == (
        None,
        7,
        "America/Toronto",
        6,
        True,
    )
    page.get_by_role("button", name="Resume digests").click()
    expect(page.get_by_role("button", name="Pause digests")).to_be_visible()


def test_release_a_quarantined_mail(phone: BrowserContext, board: Board) -> None:
    page = phone.new_page()
    sign_in(page, board)
    page.locator("#kept a").first.click()
    # refused on its headers alone, so it was never read until now
    expect(page.locator("h1")).to_contain_text("Thank you for applying: Backend Developer")

    page.get_by_role("button", name="Release: read it as if I forwarded it").click()

    expect(page.locator("h1")).to_contain_text("Willowmere")
    assert board.applications()["Willowmere"].status.value == "applied"
    page.goto(board.server.url)
    expect(page.locator("#kept")).to_contain_text("No mail kept aside.")


def test_csv_and_calendar_exports(phone: BrowserContext, board: Board) -> None:
    import csv

    from icalendar import Calendar

    page = phone.new_page()
    sign_in(page, board)
    csv_link = page.get_by_role("link", name="Download all applications (CSV)")
    ics_link = page.get_by_role("link", name="Calendar (.ics)")
    csv_href, ics_href = csv_link.get_attribute("href") or "", ics_link.get_attribute("href") or ""
    assert csv_href.endswith(".csv") and ics_href.endswith(".ics")

    with page.expect_download() as download:
        csv_link.click()
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    calendar = Calendar.from_ical(page.request.get(board.server.url + ics_href).text())

    assert {"Quarrytown", "Harbourline"} <= {row["employer"] for row in rows}
    summaries = [str(event.get("SUMMARY")) for event in calendar.walk("VEVENT")]
    assert any(summary.startswith("Interview: Quarrytown") for summary in summaries)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone-375", "desktop-1280"])
def test_every_page_fits_the_screen_and_escapes_hostile_names(
    browser: Browser, board: Board, viewport: dict[str, int]
) -> None:
    context = browser.new_context(viewport=viewport, is_mobile=viewport is PHONE)
    page = context.new_page()
    sign_in(page, board)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    paths = ["/", "/settings", "/add", "/forget", *(f"/a/{app.id}" for app in board.applications().values())]
    for path in paths:
        page.goto(board.server.url + path)
        no_horizontal_scroll(page)
        assert page.locator("img").count() == 0, path
        assert page.locator("script").count() == 0, path
    tamarind = next(app for name, app in board.applications().items() if "Tamarind" in name)
    page.goto(f"{board.server.url}/a/{tamarind.id}")
    expect(page.locator("#timeline")).to_contain_text(HOSTILE)
    assert dialogs == []
    context.close()


def test_forget_me_asks_for_confirmation(browser: Browser, board: Board) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(board.fresh_user_board("leaving.soon@example.org"))
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"{board.server.url}/forget")

    page.fill("#confirm", "yes")
    page.get_by_role("button", name="Delete everything").click()
    expect(page.locator("h1")).to_contain_text("Not changed")
    page.goto(f"{board.server.url}/forget")
    page.fill("#confirm", "forget me")
    page.get_by_role("button", name="Delete everything").click()

    expect(page.locator("h1")).to_contain_text("Forgotten")
    with board.server.lock:
        assert runtime.app_store().find_user_by_email("leaving.soon@example.org") is None
    page.goto(board.server.url)
    expect(page.locator("h1")).to_contain_text("Sign in to your board")
    context.close()

"""The board function on the local stack: signing in, seeing, correcting, exporting, and staying private."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from untilsigned.adapters.dynamo import AppStore
from untilsigned.domain.model import Status, User
from untilsigned.local.boardkit import Browser, signin_token
from untilsigned.local.mailkit import forwarded
from untilsigned.local.stack import LocalStack
from untilsigned.services.users import register_user

pytestmark = pytest.mark.integration

NOW = datetime.now(UTC)
OTHER = "sam.other@example.org"
HOSTILE = "<script>alert('x')</script>"


@pytest.fixture
def client(stack: LocalStack) -> Browser:
    return Browser(stack)


def deliver(stack: LocalStack, owner: User, employer: str, subject: str, body: str, days_ago: int) -> None:
    sent = NOW - timedelta(days=days_ago)
    raw = forwarded(
        forwarder=owner.email, employer=employer, subject=subject, body=body, sent=sent, to=owner.inbox
    )
    stack.deliver(raw, owner.inbox, received_at=sent + timedelta(minutes=5))


@pytest.fixture
def with_mail(stack: LocalStack, owner: User) -> User:
    deliver(
        stack,
        owner,
        "Tidewater Careers <careers@tidewater.example>",
        "Your application for Data Engineer at Tidewater",
        "Hi Alex,\n\nThank you for applying for the Data Engineer role at Tidewater. "
        "We have received your application and will get back to you within two weeks.\n\n"
        "Tidewater Recruiting",
        days_ago=3,
    )
    return owner


def signed_in(client: Browser, stack: LocalStack, user: User) -> Browser:
    reply = client.sign_in(signin_token(stack, user, NOW))
    assert reply.status == 303, reply.body
    return client


def app_id(store: AppStore, user: User, company_word: str) -> str:
    apps = store.load_applications(user.user_id).applications
    return next(a.id for a in apps if company_word in a.company)


# -- signing in ----------------------------------------------------------------------------------------------


def test_a_sign_in_link_opens_the_board_once(stack: LocalStack, client: Browser, with_mail: User) -> None:
    # given a fresh link
    token = signin_token(stack, with_mail, NOW)

    # when it is opened, then used
    landing = client.get(f"/signin/{token}")
    reply = client.sign_in(token)

    # then the landing page only offers a button, the cookie is HttpOnly, Secure and SameSite,
    # and the board opens
    assert landing.status == 200 and 'action="/signin"' in landing.body
    assert reply.status == 303 and reply.location == "/"
    cookie = reply.cookies[0]
    assert cookie.startswith("__Host-untilsigned=")
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=Lax" in cookie and "Path=/" in cookie
    board = client.get("/")
    assert board.status == 200
    assert "Tidewater" in board.body


def test_a_used_link_is_refused_and_offers_a_fresh_one(stack: LocalStack, with_mail: User) -> None:
    # given a link already used once
    token = signin_token(stack, with_mail, NOW)
    assert Browser(stack).sign_in(token).status == 303

    # when someone uses it again
    second = Browser(stack)
    reply = second.sign_in(token)

    # then it is refused, no session is made, and a fresh link can be mailed to the registered address only
    assert reply.status == 403 and "already used" in reply.body
    assert second.cookies == {}
    assert 'action="/signin/renew"' in reply.body
    before = len(stack.sent_mail())
    renewed = second.post("/signin/renew", {"token": token})
    assert renewed.status == 200
    sent = stack.sent_mail()[before:]
    assert len(sent) == 1 and with_mail.email in sent[0].to
    assert "/signin/" in sent[0].text
    # and a spent link asks for one fresh link, not a stream of them
    second.post("/signin/renew", {"token": token})
    assert len(stack.sent_mail()) == before + 1


def test_an_expired_link_is_refused(stack: LocalStack, with_mail: User) -> None:
    # given a link that expired an hour ago
    token = signin_token(stack, with_mail, NOW - timedelta(hours=25))

    # when it is used
    client = Browser(stack)
    reply = client.sign_in(token)

    # then
    assert reply.status == 403 and "expired" in reply.body
    assert client.cookies == {}


def test_without_a_session_nothing_is_shown(stack: LocalStack, with_mail: User, store: AppStore) -> None:
    # given no session, or a made-up one
    tidewater = app_id(store, with_mail, "Tidewater")
    for cookies in ({}, {"__Host-untilsigned": "made-up"}):
        client = Browser(stack, cookies=dict(cookies))
        # when any page or export is asked for
        for path in ("/", f"/a/{tidewater}", "/applications.csv", "/calendar.ics", "/settings", "/add"):
            reply = client.get(path)
            # then it is the sign-in page, naming nobody's data
            assert reply.status == 401, path
            assert "Tidewater" not in reply.body and with_mail.inbox not in reply.body


def test_a_post_without_the_csrf_token_or_from_another_origin_is_refused(
    stack: LocalStack, client: Browser, with_mail: User, store: AppStore
) -> None:
    # given a signed-in owner
    signed_in(client, stack, with_mail)
    tidewater = app_id(store, with_mail, "Tidewater")
    token = client.get(f"/a/{tidewater}").csrf()

    # when a status change comes without the token, with a wrong one, or from another site
    missing = client.post(f"/a/{tidewater}/status", {"status": "offer"})
    wrong = client.post(f"/a/{tidewater}/status", {"status": "offer", "csrf": "x" + token})
    elsewhere = client.post(
        f"/a/{tidewater}/status", {"status": "offer", "csrf": token}, origin="https://evil.example"
    )

    # then each is refused and nothing changed
    assert [missing.status, wrong.status, elsewhere.status] == [403, 403, 403]
    app = next(a for a in store.load_applications(with_mail.user_id).applications if a.id == tidewater)
    assert app.status is Status.APPLIED


def test_one_user_cannot_read_or_change_anothers_applications(
    stack: LocalStack, with_mail: User, store: AppStore
) -> None:
    # given another user with a session of their own, who knows (or guesses) the owner's application id
    other = register_user(store, email=OTHER, inbox_domain=stack.inbox_domain, now=NOW)
    intruder = signed_in(Browser(stack), stack, other)
    tidewater = app_id(store, with_mail, "Tidewater")
    token = intruder.get("/").csrf()

    # when they open it, or post corrections to it
    page = intruder.get(f"/a/{tidewater}")
    change = intruder.post(f"/a/{tidewater}/status", {"status": "rejected", "csrf": token})
    note = intruder.post(f"/a/{tidewater}/note", {"text": "mine now", "csrf": token})

    # then it does not exist for them, and the owner's application is untouched
    assert page.status == 404 and "Tidewater" not in page.body
    assert change.status == 404 and note.status == 404
    app = next(a for a in store.load_applications(with_mail.user_id).applications if a.id == tidewater)
    assert app.status is Status.APPLIED and len(app.events) == 1
    assert "Tidewater" not in intruder.get("/").body
    assert "Tidewater" not in intruder.get("/applications.csv").body


# -- corrections ---------------------------------------------------------------------------------------------


def test_a_status_set_by_hand_shows_in_the_timeline_and_can_be_undone(
    stack: LocalStack, client: Browser, with_mail: User, store: AppStore
) -> None:
    # given the owner on the application's page
    signed_in(client, stack, with_mail)
    tidewater = app_id(store, with_mail, "Tidewater")

    # when they set it to interviewing with a note
    reply = client.submit(
        f"/a/{tidewater}",
        f"/a/{tidewater}/status",
        {"status": "interviewing", "note": "Phone screen on Monday"},
    )

    # then it holds, and the timeline shows both the mail and the correction
    assert reply.status == 303
    page = client.get(f"/a/{tidewater}")
    assert "You set the status" in page.body and "Phone screen on Monday" in page.body
    assert "Application received" in page.body
    # and the mail itself, as text
    assert "We have received your application and will get back to you within two weeks." in page.body
    app = next(a for a in store.load_applications(with_mail.user_id).applications if a.id == tidewater)
    assert app.status is Status.INTERVIEWING
    # and when they undo it, the mail's reading is back
    correction = next(e for e in app.events if e.note == "correction:status")
    client.submit(f"/a/{tidewater}", f"/a/{tidewater}/undo", {"event": correction.message_id})
    app = next(a for a in store.load_applications(with_mail.user_id).applications if a.id == tidewater)
    assert app.status is Status.APPLIED
    assert "undone" in client.get(f"/a/{tidewater}").body


def test_csv_and_calendar_exports(
    stack: LocalStack, client: Browser, with_mail: User, store: AppStore
) -> None:
    # given a signed-in owner
    signed_in(client, stack, with_mail)

    # when they download the CSV and the calendar
    exported = client.get("/applications.csv")
    calendar = client.get("/calendar.ics")

    # then the CSV has a row per application, and the calendar holds the promised reply date
    rows = list(csv.DictReader(io.StringIO(exported.body)))
    assert exported.headers["Content-Type"].startswith("text/csv")
    assert [row["employer"] for row in rows] == ["Tidewater"]
    assert rows[0]["they_promised_reply_by"]
    assert calendar.headers["Content-Type"].startswith("text/calendar")
    assert "BEGIN:VCALENDAR" in calendar.body and "Tidewater promised a reply" in calendar.body


def test_the_calendar_feed_has_its_own_revocable_address(
    stack: LocalStack, client: Browser, with_mail: User
) -> None:
    # given a subscription address made on the settings page
    signed_in(client, stack, with_mail)
    made = client.submit("/settings", "/calendar/feed", {})
    url = made.body.split('id="feed-url">', 1)[1].split("<", 1)[0]
    path = url.removeprefix(client.origin)
    assert path.startswith("/feed/") and path.endswith(".ics")

    # when a calendar app reads it without any session, then after it is revoked
    app_reader = Browser(stack)
    before = app_reader.get(path)
    client.submit("/settings", "/calendar/revoke", {})
    after = app_reader.get(path)

    # then it works until revoked, and not after
    assert before.status == 200 and "BEGIN:VCALENDAR" in before.body
    assert after.status == 404


@pytest.fixture
def hostile_owner(stack: LocalStack, owner: User) -> Iterator[User]:
    deliver(
        stack,
        owner,
        "Recruiting <jobs@evil.example>",
        f"Interview at {HOSTILE}",
        f"Dear Alex,\n\nWe would like to invite you to an interview at {HOSTILE} Labs next week. "
        f"<img src=x onerror=alert(1)>\n\nBest regards",
        days_ago=2,
    )
    yield owner


def test_hostile_names_and_subjects_are_escaped_on_every_page(
    stack: LocalStack, client: Browser, hostile_owner: User, store: AppStore
) -> None:
    # given mail whose employer, subject and text carry markup
    signed_in(client, stack, hostile_owner)
    apps = store.load_applications(hostile_owner.user_id).applications
    assert apps

    # when every page is opened
    pages = ["/", "/settings", "/add", "/forget", *(f"/a/{a.id}" for a in apps)]

    # then the markup only ever appears escaped
    for path in pages:
        body = client.get(path).body
        assert "<script" not in body.lower(), path
        assert "<img" not in body.lower(), path


def test_every_digest_carries_a_sign_in_link_that_works_once(stack: LocalStack, with_mail: User) -> None:
    # given the owner's digest, sent by the digest function
    stack.run_digest(NOW)
    digest = [mail for mail in stack.sent_mail() if mail.html and with_mail.email in mail.to][-1]

    # when the link it carries is used
    found = re.search(r"(\S+/signin/(\S+))", digest.text)
    assert found is not None
    client = Browser(stack)
    reply = client.sign_in(found.group(2))

    # then it opens the owner's board, and the HTML part carries the same link
    assert found.group(1).startswith(stack.board_url)
    assert reply.status == 303 and "Tidewater" in client.get("/").body
    assert f'href="{found.group(1)}"' in digest.html

"""The board's HTTP side: routes (Powertools event handler), sessions, CSRF and the Origin check.

Pages are rendered on the server from Jinja2 templates (autoescape on) and work without JavaScript. Reads
are GET; every change is a POST carrying the session's CSRF token from an Origin that is the board's own.
The session cookie is HttpOnly, Secure and SameSite=Lax, named with the __Host- prefix so no other host
can set it. Pages send a Content-Security-Policy that allows nothing remote and no script at all.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from functools import wraps
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.shared.cookies import Cookie, SameSite

from untilsigned.adapters.access_store import LinkState, Session
from untilsigned.domain.model import User
from untilsigned.domain.tracking.corrections import CorrectionError
from untilsigned.services.board import SESSION_VALID, BoardService, NotFound, board_service
from untilsigned.views.render import TEMPLATES, render

COOKIE = "__Host-untilsigned"
HTML = "text/html; charset=utf-8"
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    # Sign-in and feed addresses are secrets: never sent to another site. ("no-referrer" would make
    # Chromium send "Origin: null" on our own forms, which the Origin check rightly refuses.)
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

app = APIGatewayHttpResolver()
Handler = TypeVar("Handler", bound=Callable[..., Response[str]])


# -- request helpers ---------------------------------------------------------------------------------------


def now() -> datetime:
    return datetime.now(UTC)


def base_url() -> str:
    """The board's own address: configured for the deployment, else the API's own domain."""
    configured = os.environ.get("BOARD_URL", "").rstrip("/")
    if configured:
        return configured
    return f"https://{app.current_event.request_context.domain_name}"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def same_origin() -> bool:
    """A state-changing request must come from a page of the board itself."""
    origin = app.current_event.headers.get("origin") or ""
    if not origin or origin == "null":
        referer = app.current_event.headers.get("referer") or ""
        origin = _origin(referer) if referer else ""
    return bool(origin) and origin.lower() == _origin(base_url())


def form() -> dict[str, str]:
    body = app.current_event.decoded_body or ""
    return {key: values[0] for key, values in parse_qs(body, keep_blank_values=True).items()}


def cookie_value() -> str:
    for cookie in app.current_event.cookies or []:
        name, _, value = cookie.strip().partition("=")
        if name == COOKIE:
            return value
    return ""


def html(body: str, status: int = 200, cookies: list[Cookie] | None = None) -> Response[str]:
    return Response(
        status_code=status, content_type=HTML, body=body, headers=dict(_SECURITY_HEADERS), cookies=cookies
    )


def page(template: str, status: int = 200, **context: Any) -> Response[str]:
    return html(render(f"board/{template}", **context), status)


def redirect(location: str, cookies: list[Cookie] | None = None) -> Response[str]:
    return Response(
        status_code=303, body="", headers={**_SECURITY_HEADERS, "Location": location}, cookies=cookies
    )


def message(
    title: str, text: str, status: int = 200, back: str = "/", user: User | None = None
) -> Response[str]:
    return page("message.html", status, title=title, text=text, back=back, user=user, csrf="")


def service() -> BoardService:
    return board_service()


def _session_cookie(value: str, max_age: int) -> Cookie:
    return Cookie(
        name=COOKIE,
        value=value,
        path="/",
        secure=True,
        http_only=True,
        max_age=max_age,
        same_site=SameSite.LAX_MODE,
    )


# -- guards ------------------------------------------------------------------------------------------------


def signed_in(handler: Handler) -> Handler:
    """GET pages: the session's user, or the sign-in page (which shows nothing of anyone)."""

    @wraps(handler)
    def guarded(*args: Any, **kwargs: Any) -> Response[str]:
        found = service().session(cookie_value(), now())
        if found is None:
            return page("signin_needed.html", 401, user=None, csrf="")
        session, user = found
        return handler(session, user, *args, **kwargs)

    return guarded  # type: ignore[return-value]


def changes_state(handler: Handler) -> Handler:
    """POST actions: a live session, the board's own Origin and the session's CSRF token, or nothing."""

    @wraps(handler)
    def guarded(*args: Any, **kwargs: Any) -> Response[str]:
        if not same_origin():
            return message("Refused", "This request did not come from your board.", 403)
        found = service().session(cookie_value(), now())
        if found is None:
            return page("signin_needed.html", 401, user=None, csrf="")
        session, user = found
        fields = form()
        if not session.csrf_matches(fields.get("csrf", "")):
            return message(
                "Refused", "This form is out of date. Go back, reload the page and try again.", 403
            )
        try:
            return handler(session, user, fields, *args, **kwargs)
        except CorrectionError as error:
            return message(
                "Not changed",
                str(error),
                400,
                back=app.current_event.raw_path.rsplit("/", 1)[0] or "/",
                user=user,
            )

    return guarded  # type: ignore[return-value]


@app.exception_handler(NotFound)  # type: ignore[untyped-decorator]
def _not_found(_: NotFound) -> Response[str]:
    return message("Not found", "There is nothing of yours here.", 404)


@app.not_found
def _no_route(_: Exception) -> Response[str]:
    return message("Not found", "There is no such page.", 404)


# -- static ------------------------------------------------------------------------------------------------


@app.get("/board.css")
def stylesheet() -> Response[str]:
    css = (TEMPLATES / "board" / "board.css").read_text(encoding="utf-8")
    return Response(
        status_code=200,
        content_type="text/css; charset=utf-8",
        body=css,
        headers={"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"},
    )


# -- signing in --------------------------------------------------------------------------------------------


@app.get("/signin/<token>")
def signin_page(token: str) -> Response[str]:
    # A button, not an automatic sign-in: mail scanners that open links must not spend a single-use link.
    return page("signin.html", token=token, user=None, csrf="")


@app.post("/signin")
def signin() -> Response[str]:
    if not same_origin():
        return message("Refused", "This request did not come from your board.", 403)
    token = form().get("token", "")
    result = service().sign_in(token, now())
    if result.cookie is None:
        state = result.outcome.state
        return page(
            "link_spent.html",
            403,
            token=token if state in (LinkState.USED, LinkState.EXPIRED) else "",
            state=state.value,
            user=None,
            csrf="",
        )
    return redirect("/", cookies=[_session_cookie(result.cookie, int(SESSION_VALID.total_seconds()))])


@app.post("/signin/renew")
def renew() -> Response[str]:
    if not same_origin():
        return message("Refused", "This request did not come from your board.", 403)
    service().renew_link(form().get("token", ""), base_url(), now())
    return message(
        "Check your mail",
        "If that link was yours, a fresh one is on its way to your registered address. "
        "Each spent link can ask for one fresh link.",
    )


@app.post("/link")
def request_link() -> Response[str]:
    if not same_origin():
        return message("Refused", "This request did not come from your board.", 403)
    service().request_link(form().get("email", ""), base_url(), now())
    return message(
        "Check your mail",
        "If that address is registered, a sign-in link is on its way to it. "
        "You can also mail “link” to your untilsigned inbox address.",
    )


@app.post("/signout")
@changes_state
def signout(session: Session, user: User, fields: dict[str, str]) -> Response[str]:
    service().sign_out(cookie_value())
    return redirect("/", cookies=[_session_cookie("", 0)])


# -- pages -------------------------------------------------------------------------------------------------


@app.get("/")
@signed_in
def home(session: Session, user: User) -> Response[str]:
    return page("home.html", view=service().overview(user, now()), user=user, csrf=session.csrf_token)


@app.get("/a/<app_id>")
@signed_in
def application(session: Session, user: User, app_id: str) -> Response[str]:
    return page(
        "application.html",
        view=service().application(user, app_id, now()),
        user=user,
        csrf=session.csrf_token,
    )


@app.get("/add")
@signed_in
def add_page(session: Session, user: User) -> Response[str]:
    today = now().date().isoformat()
    return page("add.html", user=user, csrf=session.csrf_token, today=today)


@app.get("/q/<kept_id>")
@signed_in
def kept_page(session: Session, user: User, kept_id: str) -> Response[str]:
    from untilsigned.domain.reporting.board import kept_view
    from untilsigned.domain.reporting.presentation import clock_for

    entry = service().quarantined(user, kept_id)
    return page(
        "kept.html", kept=kept_view(entry, clock_for(user, now())), user=user, csrf=session.csrf_token
    )


@app.get("/settings")
@signed_in
def settings_page(session: Session, user: User) -> Response[str]:
    return page(
        "settings.html",
        user=user,
        csrf=session.csrf_token,
        weekdays=_WEEKDAYS,
        feed_url="",
        feed_active=bool(user.calendar_feed),
    )


@app.get("/forget")
@signed_in
def forget_page(session: Session, user: User) -> Response[str]:
    return page("forget.html", user=user, csrf=session.csrf_token)


@app.get("/applications.csv")
@signed_in
def export_csv(session: Session, user: User) -> Response[str]:
    return Response(
        status_code=200,
        content_type="text/csv; charset=utf-8",
        body=service().csv(user),
        headers={
            **_SECURITY_HEADERS,
            "Content-Disposition": 'attachment; filename="untilsigned-applications.csv"',
        },
    )


@app.get("/calendar.ics")
@signed_in
def export_calendar(session: Session, user: User) -> Response[str]:
    return _calendar_response(service().calendar(user, now()))


@app.get("/feed/<name>")
def feed(name: str) -> Response[str]:
    body = service().feed(name.removesuffix(".ics"), now()) if name.endswith(".ics") else None
    if body is None:
        return Response(status_code=404, content_type="text/plain; charset=utf-8", body="No such calendar.")
    return _calendar_response(body)


def _calendar_response(body: str) -> Response[str]:
    return Response(
        status_code=200,
        content_type="text/calendar; charset=utf-8",
        body=body,
        headers={**_SECURITY_HEADERS, "Content-Disposition": 'inline; filename="untilsigned.ics"'},
    )


# -- corrections -------------------------------------------------------------------------------------------


def _back_to(app_id: str) -> Response[str]:
    return redirect(f"/a/{app_id}#timeline")


# Each correction on an application's page: the form fields it reads and the board's call it makes.
_CORRECTIONS: dict[str, Callable[[BoardService, User, str, dict[str, str]], object]] = {
    "status": lambda board, user, app_id, fields: board.set_status(
        user, app_id, fields.get("status", ""), fields.get("note", ""), now()
    ),
    "edit": lambda board, user, app_id, fields: board.edit(
        user, app_id, now(), company=fields.get("company"), role=fields.get("role"), link=fields.get("link")
    ),
    "note": lambda board, user, app_id, fields: board.note(user, app_id, fields.get("text", ""), now()),
    "promise": lambda board, user, app_id, fields: board.change_promise(
        user, app_id, fields.get("date", ""), now()
    ),
    "unghost": lambda board, user, app_id, fields: board.unghost(user, app_id, now()),
    "take-out": lambda board, user, app_id, fields: board.take_out(
        user, app_id, fields.get("event", ""), fields.get("reason", ""), now()
    ),
    "undo": lambda board, user, app_id, fields: board.undo(user, app_id, fields.get("event", ""), now()),
    "merge": lambda board, user, app_id, fields: board.merge(user, app_id, fields.get("other", ""), now()),
}


def _correction_route(
    run: Callable[[BoardService, User, str, dict[str, str]], object],
) -> Callable[..., Response[str]]:
    @changes_state
    def correct(session: Session, user: User, fields: dict[str, str], app_id: str) -> Response[str]:
        run(service(), user, app_id, fields)
        return _back_to(app_id)

    return correct


for _action, _run in _CORRECTIONS.items():
    app.post(f"/a/<app_id>/{_action}")(_correction_route(_run))


@app.post("/add")
@changes_state
def add(session: Session, user: User, fields: dict[str, str]) -> Response[str]:
    app_id = service().add_application(
        user,
        company=fields.get("company", ""),
        role=fields.get("role", ""),
        applied_on=fields.get("applied", ""),
        link=fields.get("link", ""),
        notes=fields.get("notes", ""),
        now=now(),
    )
    return _back_to(app_id)


@app.post("/q/<kept_id>/release")
@changes_state
def release(session: Session, user: User, fields: dict[str, str], kept_id: str) -> Response[str]:
    released = service().release(user, kept_id, now())
    if released.application_id:
        return _back_to(released.application_id)
    return message("Mail read", released.message, user=user)


@app.post("/q/<kept_id>/delete")
@changes_state
def delete_kept(session: Session, user: User, fields: dict[str, str], kept_id: str) -> Response[str]:
    service().delete_quarantined(user, kept_id)
    return redirect("/#kept")


@app.post("/settings")
@changes_state
def save_settings(session: Session, user: User, fields: dict[str, str]) -> Response[str]:
    service().save_settings(
        user,
        rhythm=fields.get("rhythm", "weekly"),
        weekday=_int(fields.get("weekday", "0")),
        hour=_int(fields.get("hour", "8")),
        timezone=fields.get("timezone", "UTC").strip(),
        goal=fields.get("goal", ""),
        now=now(),
    )
    return redirect("/settings")


@app.post("/pause")
@changes_state
def pause(session: Session, user: User, fields: dict[str, str]) -> Response[str]:
    service().set_paused(user, fields.get("paused", "yes") == "yes", now())
    return redirect("/settings")


@app.post("/calendar/feed")
@changes_state
def open_feed(session: Session, user: User, fields: dict[str, str]) -> Response[str]:
    url = service().open_feed(user, base_url(), now())
    return page(
        "settings.html",
        user=user,
        csrf=session.csrf_token,
        weekdays=_WEEKDAYS,
        feed_url=url,
        feed_active=True,
    )


@app.post("/calendar/revoke")
@changes_state
def revoke_feed(session: Session, user: User, fields: dict[str, str]) -> Response[str]:
    service().revoke_feed(user, now())
    return redirect("/settings")


@app.post("/forget")
@changes_state
def forget(session: Session, user: User, fields: dict[str, str]) -> Response[str]:
    if fields.get("confirm", "").strip().lower() != "forget me":
        raise CorrectionError("Type “forget me” to confirm. Nothing was deleted.")
    service().forget(user, cookie_value())
    return html(
        render(
            "board/message.html",
            title="Forgotten",
            text="Everything untilsigned kept for you is deleted.",
            back="",
            user=None,
            csrf="",
        ),
        cookies=[_session_cookie("", 0)],
    )


def _int(value: str) -> int:
    try:
        return int(value)
    except ValueError as error:
        raise CorrectionError("Choose from the lists.") from error

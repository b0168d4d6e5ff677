"""Drive the board function on the local stack like a browser would: cookies, forms, CSRF, Origin."""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from html import unescape
from typing import Any
from urllib.parse import urlencode, urlsplit

from untilsigned.adapters.access_store import AccessStore
from untilsigned.domain.model import User
from untilsigned.local.board_server import http_api_event
from untilsigned.local.stack import LocalStack

_CSRF = re.compile(r'name="csrf" value="([^"]*)"')


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str
    cookies: list[str]

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")

    def csrf(self) -> str:
        found = _CSRF.search(self.body)
        assert found, "no CSRF token on this page"
        return unescape(found.group(1))


@dataclass
class Browser:
    stack: LocalStack
    cookies: dict[str, str] = field(default_factory=dict)

    @property
    def origin(self) -> str:
        parts = urlsplit(self.stack.board_url)
        return f"{parts.scheme}://{parts.netloc}"

    def request(
        self,
        method: str,
        path: str,
        fields: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        template: dict[str, Any] = json.loads((self.stack.root / "events" / "board_http.json").read_text())
        sent = {"user-agent": "boardkit"}
        if self.cookies:
            sent["cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = b""
        if fields is not None:
            body = urlencode(fields).encode()
            sent["content-type"] = "application/x-www-form-urlencoded"
        sent.update(headers or {})
        event = http_api_event(
            template, method=method, target=path, headers=sent, body=body, domain=urlsplit(self.origin).netloc
        )
        response = self.stack.invoke("BoardFunction", event)
        raw = response.get("body") or ""
        text = base64.b64decode(raw).decode() if response.get("isBase64Encoded") else raw
        for cookie in response.get("cookies") or []:
            name, _, rest = cookie.partition("=")
            value = rest.split(";", 1)[0]
            if "Max-Age=0" in cookie or not value:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return Reply(
            int(response["statusCode"]),
            dict(response.get("headers") or {}),
            text,
            list(response.get("cookies") or []),
        )

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def post(self, path: str, fields: dict[str, str], *, origin: str | None = None) -> Reply:
        return self.request("POST", path, fields, {"origin": origin if origin is not None else self.origin})

    def submit(self, page_path: str, action: str, fields: dict[str, str]) -> Reply:
        """Open the page, then post one of its forms with the page's CSRF token, as a browser does."""
        token = self.get(page_path).csrf()
        return self.post(action, {"csrf": token, **fields})

    def sign_in(self, token: str) -> Reply:
        return self.post("/signin", {"token": token})


def signin_token(stack: LocalStack, user: User, now: datetime, valid_hours: int = 24) -> str:
    from datetime import timedelta

    from untilsigned.services import runtime

    access: AccessStore = runtime.access_store()
    return access.issue_link(user.user_id, now, timedelta(hours=valid_hours))

"""Serve the board from the local stack: each browser request becomes an HTTP API (payload 2.0) event.

The board function runs exactly as deployed, behind a small standard-library HTTP server on 127.0.0.1.
Requests are handled one at a time (a lock around the invocation): the stack and the handler's resolver
are process-wide, and one person's browser is the only client.
"""

from __future__ import annotations

import base64
import copy
import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from untilsigned.local.stack import LocalStack, SentMail

MAX_BODY_BYTES = 1024 * 1024


def http_api_event(
    template: dict[str, Any],
    *,
    method: str,
    target: str,
    headers: dict[str, str],
    body: bytes,
    domain: str,
    now: datetime | None = None,
) -> dict[str, Any]:
    """An API Gateway HTTP API event shaped like events/board_http.json for one request."""
    event: dict[str, Any] = copy.deepcopy(template)
    parts = urlsplit(target)
    lowered = {name.lower(): value for name, value in headers.items()}
    cookies = [c.strip() for c in lowered.pop("cookie", "").split(";") if c.strip()]
    lowered["host"] = domain
    moment = now or datetime.now(UTC)
    event.update(
        rawPath=parts.path or "/",
        rawQueryString=parts.query,
        cookies=cookies,
        headers=lowered,
        isBase64Encoded=True,
        body=base64.b64encode(body).decode(),
    )
    if parts.query:
        event["queryStringParameters"] = dict(parse_qsl(parts.query, keep_blank_values=True))
    else:
        event.pop("queryStringParameters", None)
    context = event["requestContext"]
    context.update(
        domainName=domain, domainPrefix=domain.split(".")[0], timeEpoch=int(moment.timestamp() * 1000)
    )
    context["http"].update(method=method, path=parts.path or "/", sourceIp="127.0.0.1")
    return event


class BoardServer:
    def __init__(self, stack: LocalStack, port: int, host: str = "127.0.0.1") -> None:
        self.stack = stack
        self.lock = threading.Lock()
        self.template: dict[str, Any] = json.loads((stack.root / "events" / "board_http.json").read_text())
        self.httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self.domain = f"{host}:{self.httpd.server_address[1]}"
        self.on_mail: Callable[[SentMail], object] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.domain}"

    def invoke(self, method: str, target: str, headers: dict[str, str], body: bytes) -> dict[str, Any]:
        event = http_api_event(
            self.template, method=method, target=target, headers=headers, body=body, domain=self.domain
        )
        with self.lock:
            sent_before = len(self.stack.sent_mail())
            response: dict[str, Any] = self.stack.invoke("BoardFunction", event)
            if self.on_mail is not None:
                for mail in self.stack.sent_mail()[sent_before:]:
                    self.on_mail(mail)
        return response

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = min(int(self.headers.get("Content-Length") or 0), MAX_BODY_BYTES)
                body = self.rfile.read(length) if length else b""
                response = server.invoke(self.command, self.path, dict(self.headers.items()), body)
                payload = response.get("body") or ""
                data = base64.b64decode(payload) if response.get("isBase64Encoded") else payload.encode()
                self.send_response(int(response.get("statusCode", 200)))
                for name, value in (response.get("headers") or {}).items():
                    if name.lower() != "content-length":
                        self.send_header(name, str(value))
                for cookie in response.get("cookies") or []:
                    self.send_header("Set-Cookie", cookie)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = _serve
            do_POST = _serve
            do_HEAD = _serve

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
                return

        return Handler

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def start_in_background(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, daemon=True)
        thread.start()
        return thread

    def shutdown(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

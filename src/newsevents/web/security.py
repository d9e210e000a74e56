"""What keeps untrusted article text inert and the desk local: security headers with a strict
Content-Security-Policy (own origin only, no inline script or style), a request-size limit
applied while the body streams in, refusal of cross-site form posts, and safe links."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

MAX_BODY = 2 * 1024 * 1024  # bytes of one request body (the "Try it" form, the JSON API)
MAX_TEXT = 1_000_000  # characters of one text to analyse
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",  # no-referrer would make form posts say Origin: null
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
DRAIN_LIMIT = 64 * 1024 * 1024
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def safe_url(value: object) -> str | None:
    """The URL when it is an absolute http(s) URL without credentials, else None."""
    if not isinstance(value, str) or len(value) > 4096:
        return None
    text = value.strip()
    if any(ord(c) < 33 for c in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return None if "@" in parts.netloc else text


class Guard:
    """ASGI middleware: security headers, body-size limit, same-origin check on POST."""

    def __init__(self, app: ASGIApp, *, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        problem = self._problem(scope, headers)
        if problem is not None:
            if problem[0] == 413:
                await _drain(receive, limit=DRAIN_LIMIT)  # so that browsers read the answer
            await _refuse(send, *problem)
            return
        await self.app(scope, self._limited(receive), _with_headers(send))

    def _problem(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str] | None:
        size = headers.get("content-length", "")
        if size.isdigit() and int(size) > self.max_body:
            return 413, (f"[E902] request body of {int(size):,} bytes is over the limit of "
                         f"{self.max_body:,} bytes")
        if scope["method"] not in ("GET", "HEAD", "OPTIONS") and _cross_site(headers):
            return 403, "[E904] cross-site request refused"
        return None

    def _limited(self, receive: Receive) -> Receive:
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise BodyTooLarge(self.max_body)
            return message

        return counted


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"request body over the limit of {limit:,} bytes")
        self.limit = limit


def _cross_site(headers: dict[str, str]) -> bool:
    """True unless the browser says the request comes from our own pages (Sec-Fetch-Site),
    or, for clients without it, the Origin header (when sent) names this host."""
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    if origin is None:
        return False
    return urlsplit(origin).netloc != headers.get("host", "")


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            raw = list(message.get("headers", []))
            present = {k.decode("latin-1").lower() for k, _ in raw}
            raw += [(k.encode(), v.encode()) for k, v in HEADERS.items() if k not in present]
            message["headers"] = raw
        await send(message)

    return wrapped


async def _drain(receive: Receive, *, limit: int) -> None:
    """Read and drop a refused body (up to `limit` bytes; beyond, the connection closes)."""
    seen = 0
    while seen <= limit:
        message = await receive()
        seen += len(message.get("body", b""))
        if message["type"] != "http.request" or not message.get("more_body"):
            return


async def _refuse(send: Send, status: int, text: str) -> None:
    body = text.encode("utf-8")
    headers = [(b"content-type", b"text/plain; charset=utf-8"),
               (b"content-length", str(len(body)).encode()), (b"connection", b"close"),
               *[(k.encode(), v.encode()) for k, v in HEADERS.items()]]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})

"""Response headers every page and route gets: the chat cannot be framed by another site (clickjacking), and the
session cookie is marked ``Secure`` when the chat is served over HTTPS (behind the TLS proxy of
docs/deployment.md, which says so with ``X-Forwarded-Proto``), or always or never as ``SESSION_COOKIE_SECURE`` says."""

from __future__ import annotations

from typing import Literal

FRAME_HEADERS = [
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"frame-ancestors 'none'; object-src 'none'; base-uri 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]

CookieSecure = Literal["auto", "true", "false"]


def served_over_https(scope) -> bool:
    if scope.get("scheme") == "https":
        return True
    for name, value in scope.get("headers", []):
        if name == b"x-forwarded-proto":
            return value.split(b",")[0].strip().lower() == b"https"
    return False


def secure_cookie(header: bytes) -> bytes:
    return header if b"secure" in header.lower() else header + b"; Secure"


class SecurityHeaders:
    """ASGI middleware (HTTP only; socket.io's websocket goes through untouched)."""

    def __init__(self, app, cookie_secure: CookieSecure = "auto"):
        self.app, self.cookie_secure = app, cookie_secure

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        secure = self.cookie_secure == "true" or (self.cookie_secure == "auto" and served_over_https(scope))

        async def sending(message):
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                headers = [
                    (name, secure_cookie(value) if secure and name.lower() == b"set-cookie" else value)
                    for name, value in message.get("headers", [])
                ]
                headers += [(name, value) for name, value in FRAME_HEADERS if name not in names]
                message = {**message, "headers": headers}
            await send(message)

        return await self.app(scope, receive, sending)

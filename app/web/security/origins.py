"""Which web pages may talk to the chat with the user's cookie: its own origin, and the origins the operator lists
in ``ALLOWED_ORIGINS``. Chainlit's stock setting lets any page read a user's threads (CORS with credentials for
every origin) and its socket.io server checks no origin at all."""

from __future__ import annotations

from starlette.middleware.cors import CORSMiddleware


def parse_origins(value: str) -> list[str]:
    """``ALLOWED_ORIGINS``: origins separated by commas or spaces, e.g. ``https://assistant.example.org``."""
    return [origin.strip().rstrip("/") for origin in value.replace(",", " ").split() if origin.strip()]


def same_origins(environ: dict) -> set[str]:
    """The origins a request addressed to this server comes from when the page is its own (behind a proxy too,
    which passes ``X-Forwarded-Proto`` and ``X-Forwarded-Host``)."""
    host = environ.get("HTTP_HOST")
    if not host:
        return set()
    scheme = environ.get("wsgi.url_scheme", "http")
    forwarded_scheme = environ.get("HTTP_X_FORWARDED_PROTO", scheme).split(",")[0].strip()
    forwarded_host = environ.get("HTTP_X_FORWARDED_HOST", host).split(",")[0].strip()
    return {f"{scheme}://{host}", f"{forwarded_scheme}://{forwarded_host}"}


def install_origins(app, sio, allowed: list[str]) -> None:
    """CORS for the listed origins only (none by default: the page is served from the same origin and needs no
    CORS), and socket.io connections from the app's own origin or a listed one."""
    for middleware in app.user_middleware:
        if middleware.cls is CORSMiddleware:
            middleware.kwargs["allow_origins"] = list(allowed)

    def origin_allowed(origin: str | None, environ: dict) -> bool:
        return origin is None or origin in allowed or origin in same_origins(environ)

    sio.eio.cors_allowed_origins = origin_allowed

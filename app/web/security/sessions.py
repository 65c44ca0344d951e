"""Sessions that end: a signed session token is accepted only while its user is still in the users file and the
session has not been closed by logging out. Chainlit's tokens are stateless (valid 15 days whatever happens), so
every token Chainlit decodes, for its HTTP routes, its socket.io connection and ours, goes through ``SessionGuard``;
messages on a socket opened before the user was removed are checked too.

Both checks are cheap: the users file and the closed-sessions file are read again only when they change (their
modification time, size and inode), so an operator who edits the users file cuts access at the next request,
on every worker that shares the file."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import jwt

from knowledge.private import write_private

from ..auth import UsersFileError, read_users

log = logging.getLogger(__name__)

CLOSED_FILE = "sessions-fermees.json"


class SessionRefused(jwt.InvalidTokenError):
    """The token is well signed but no longer accepted (French message); an invalid token to every caller."""


class FileCache:
    """The parsed content of a file, parsed again only when the file changes."""

    def __init__(self, path: Path, parse: Callable[[Path], object], missing: object):
        self.path, self.parse, self.missing = path, parse, missing
        self._key: tuple | None = None
        self._value = missing
        self._lock = threading.Lock()

    def get(self):
        try:
            stat = self.path.stat()
            key = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        except OSError:
            return self.missing
        with self._lock:
            if key != self._key:
                self._value, self._key = self.parse(self.path), key
            return self._value


def token_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SessionGuard:
    def __init__(self, users_file: Path | None, data_dir: Path):
        self.users = FileCache(users_file, _identifiers, frozenset()) if users_file else None
        self.closed_path = data_dir / CLOSED_FILE
        self.closed = FileCache(self.closed_path, _closed, {})

    def check(self, identifier: str, token: str | None) -> None:
        """SessionRefused when this user's token must no longer be accepted."""
        if self.users is not None and identifier not in self.users.get():
            raise SessionRefused("Ce compte n'existe plus : la session est fermée.")
        if token and token_key(token) in self.closed.get():
            raise SessionRefused("Session fermée : reconnectez-vous.")

    def close(self, token: str, expires: float) -> None:
        """Refuse this token from now on (until it expires anyway)."""
        now = time.time()
        closed = {k: v for k, v in self.closed.get().items() if v > now}
        closed[token_key(token)] = expires
        write_private(self.closed_path, json.dumps(closed))


def _identifiers(path: Path) -> frozenset[str]:
    try:
        return frozenset(read_users(path))
    except UsersFileError as error:
        log.error("users file unreadable, nobody is logged in: %s", error)
        return frozenset()


def _closed(path: Path) -> dict[str, float]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): float(v) for k, v in data.items()}
    except (OSError, ValueError, AttributeError, TypeError) as error:
        log.error("closed sessions file unreadable (%s): %s", path, error)
        return {}


def install_sessions(guard: SessionGuard) -> None:
    """Every token Chainlit decodes is checked by the guard; logging out closes the session."""
    import chainlit.auth
    import chainlit.server
    from chainlit.auth import get_token_from_cookies
    from chainlit.config import config

    decode = chainlit.auth.decode_jwt

    def guarded_decode(token: str):
        user = decode(token)
        guard.check(user.identifier, token)
        return user

    chainlit.auth.decode_jwt = guarded_decode  # get_current_user: HTTP routes, socket.io connect, /etude routes
    chainlit.server.decode_jwt = guarded_decode  # /auth/jwt, which would otherwise trade a closed token for a new one

    async def logout(request, response):
        token = get_token_from_cookies(request.cookies)
        if not token:
            scheme, _, value = request.headers.get("Authorization", "").partition(" ")
            token = value if scheme.lower() == "bearer" else None
        if token:
            try:
                claims = jwt.decode(token, chainlit.auth.get_jwt_secret(), algorithms=["HS256"])
                guard.close(token, float(claims["exp"]))
            except (jwt.InvalidTokenError, KeyError, OSError) as error:
                log.info("logout with a token that is not accepted anyway: %s", type(error).__name__)
        return {"success": True}

    config.code.on_logout = logout

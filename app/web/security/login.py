"""The password login, guarded: the hash runs on a small thread pool of its own (never on the event loop that
streams every answer), failed attempts are limited per name and per address (the ``limits`` library, in memory:
per worker), and an unknown name costs the same time as a known one (``auth.check_login``)."""


import asyncio
import logging
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordRequestForm
from limits import RateLimitItemPerMinute
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from ..auth import check_login

log = logging.getLogger(__name__)

# Failed attempts allowed in 15 minutes: per account name, and per client address (many names from one place).
PER_NAME = RateLimitItemPerMinute(5, 15)
PER_ADDRESS = RateLimitItemPerMinute(30, 15)
TOO_MANY = "Trop de tentatives de connexion échouées : réessayez dans 15 minutes."

_hashing = ThreadPoolExecutor(max_workers=2, thread_name_prefix="login-hash")
_limiter = MovingWindowRateLimiter(MemoryStorage())
# Attempts being checked right now count too: a flood sent all at once is limited like one sent in turn.
_in_flight: Counter = Counter()


async def password_matches(users_file: Path, identifier: str, password: str) -> bool:
    return await asyncio.get_running_loop().run_in_executor(_hashing, check_login, users_file, identifier, password)


def _keys(request: Request, identifier: str) -> list[tuple]:
    # behind the proxy, the client's address comes from X-Forwarded-For (uvicorn trusts it from 127.0.0.1 only)
    address = request.client.host if request.client else "inconnue"
    return [(PER_NAME, "nom", identifier.casefold()), (PER_ADDRESS, "adresse", address)]


def _allowed(item, key: tuple) -> bool:
    return _limiter.get_window_stats(item, *key).remaining - _in_flight[key] > 0


def router_for(prefix: str = "") -> APIRouter:
    router = APIRouter(prefix=prefix)

    @router.post("/login")
    async def login(request: Request, form_data: OAuth2PasswordRequestForm = Depends()):  # noqa: B008
        import chainlit.server
        from chainlit.config import config

        keys = _keys(request, form_data.username)
        if not all(_allowed(item, tuple(key)) for item, *key in keys):
            log.warning("login refused, too many failures: %s", [key for _, *key in keys])
            raise HTTPException(429, TOO_MANY)
        _in_flight.update(tuple(key) for _, *key in keys)
        try:
            user = await config.code.password_auth_callback(form_data.username, form_data.password)
        finally:
            _in_flight.subtract(tuple(key) for _, *key in keys)
        if user is None:
            for item, *key in keys:
                _limiter.hit(item, *key)
        return await chainlit.server._authenticate_user(request, user)

    return router


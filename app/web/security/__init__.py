"""Everything that keeps conversations private, put in front of Chainlit's server in one call from the app
(docs/security.md): origins, response headers, sessions that end, the guarded login and feedback ownership."""

from __future__ import annotations

import logging

from fastapi import APIRouter, FastAPI

from knowledge.settings import Settings

from ..auth import UsersFileError, read_users
from . import login, ownership
from .headers import SecurityHeaders
from .origins import install_origins, parse_origins
from .sessions import SessionGuard, install_sessions
from .sockets import install_socket_checks

log = logging.getLogger(__name__)


def ahead(app: FastAPI, router: APIRouter) -> None:
    """Add the router's routes before Chainlit's own (the first matching route answers)."""
    before = len(app.router.routes)
    app.include_router(router)
    added = app.router.routes[before:]
    del app.router.routes[before:]
    app.router.routes[:0] = added


def check_users_file(path) -> bool:
    """Log an error at start-up when the users file is missing or unreadable: nobody could log in."""
    try:
        read_users(path)
    except UsersFileError as error:
        log.error("AUTH_USERS_FILE: %s Nobody can log in until it is fixed.", error)
        return False
    return True


def install_security(app: FastAPI, sio, settings: Settings) -> SessionGuard:
    from chainlit.config import config

    if settings.auth_users_file is not None:
        check_users_file(settings.auth_users_file)
    guard = SessionGuard(settings.auth_users_file, settings.data_dir)
    install_origins(app, sio, parse_origins(settings.allowed_origins))
    app.add_middleware(SecurityHeaders, cookie_secure=settings.session_cookie_secure)
    install_sessions(guard)
    install_socket_checks(sio, guard)
    ahead(app, login.router_for(config.run.root_path))
    ahead(app, ownership.router_for(config.run.root_path))
    return guard

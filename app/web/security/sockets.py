"""Checks in front of Chainlit's socket.io events: a socket opened before its user was removed or logged out is
closed at its next event, and a malformed ``client_message`` gets a plain French message instead of the text of
the Python exception it would raise inside Chainlit."""

from __future__ import annotations

import logging
import uuid

from .sessions import SessionGuard, SessionRefused

log = logging.getLogger(__name__)

UNREADABLE = "Message illisible : il n'a pas pu être traité. Rechargez la page puis reposez votre question."
UNCHECKED = {"connect", "disconnect"}


def message_problem(payload) -> str | None:
    """What is wrong with a ``client_message`` payload (for the log), or None when Chainlit can process it."""
    if not isinstance(payload, dict) or not isinstance(payload.get("message"), dict):
        return "payload is not an object with a message object"
    message = payload["message"]
    if not isinstance(message.get("output"), str):
        return "message output is not text"
    try:
        if uuid.UUID(str(message.get("id"))).version != 4:
            return "message id is not a UUID v4"
    except ValueError:
        return "message id is not a UUID"
    if not isinstance(payload.get("fileReferences") or [], list):
        return "fileReferences is not a list"
    for key in ("createdAt", "name", "type", "threadId"):
        if key in message and message[key] is not None and not isinstance(message[key], str):
            return f"message {key} is not text"
    return None


def install_socket_checks(sio, guard: SessionGuard) -> None:
    from chainlit.context import init_ws_context
    from chainlit.message import ErrorMessage
    from chainlit.session import WebsocketSession

    handlers = sio.handlers.get("/", {})
    for event, handler in list(handlers.items()):
        if event in UNCHECKED:
            continue

        async def checked(sid, *args, _event=event, _handler=handler):
            return await _dispatch(sid, args, _event, _handler)

        handlers[event] = checked

    async def _dispatch(sid, args, event, handler):
        session = WebsocketSession.get(sid)
        if session is not None and session.user is not None:
            try:
                guard.check(session.user.identifier, session.token)
            except SessionRefused as refusal:
                log.info("socket of %s closed: %s", session.user.identifier, refusal)
                await sio.disconnect(sid)
                return None
        if event == "client_message" and session is not None:
            problem = message_problem(args[0] if args else None)
            if problem:
                log.warning("client_message refused: %s", problem)
                init_ws_context(session)
                await ErrorMessage(content=UNREADABLE, author="Système").send()
                return None
        return await handler(sid, *args)

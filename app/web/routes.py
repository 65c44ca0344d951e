"""HTTP routes for what the chat page fetches by URL: cited passages, charts and job briefs.

Serving them by URL instead of attaching their content to each answer spares the server a file write per element
(measured: a third of its time under load, docs/benchmarks.md), lets history keep them with the thread, and lets any
worker answer the request. They are pure functions of the shipped study, so they are cached and need no session;
they do need the login when one is required, like the rest of Chainlit's routes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import chainlit.auth
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Response

from .charts import Chart
from .documents.routes import page_router
from .explorer.routes import explorer_router
from .presenter import ChatService

CACHE = "private, max-age=3600"


def served(build: Callable[[], str | bytes], media_type: str, **headers: str) -> Response:
    """The built content, or the builder's French message: 404 for what does not exist, 400 for a bad request."""
    try:
        content = build()
    except LookupError as error:
        raise HTTPException(404, str(error)) from error
    except ValueError as error:
        raise HTTPException(400, str(error)) from error
    return Response(content, media_type=media_type, headers={"Cache-Control": CACHE, **headers})


async def logged_in(token: str | None = Depends(chainlit.auth.reuseable_oauth)) -> None:
    """A valid session token when the app requires a login, as Chainlit's own routes ask. Only its signature is
    checked: Chainlit's ``get_current_user`` also reads the user from the history database, which cost 3 ms of
    server time per fetched chart under load for nothing these routes need."""
    if not chainlit.auth.require_login():
        return
    try:
        chainlit.auth.decode_jwt(token)
    except Exception as error:  # noqa: BLE001 - missing, expired or forged: all the same to the page
        raise HTTPException(401, "Connexion requise : identifiez-vous pour voir ce contenu.") from error


def router_for(service: ChatService, prefix: str = "") -> APIRouter:
    # Plain functions, so FastAPI runs them in its thread pool: a chart not yet cached takes 40 to 300 ms to build,
    # which must not hold up the event loop that streams every other answer.
    router = APIRouter(prefix=f"{prefix}/etude", dependencies=[Depends(logged_in)])

    @router.get("/passage/{source}")
    def passage(source: str, lignes: str = "") -> Response:
        span = re.fullmatch(r"(\d{1,6})-(\d{1,6})", lignes)
        if not span:
            raise HTTPException(400, "Plage de lignes attendue sous la forme lignes=12-20.")
        start, end = int(span[1]), int(span[2])
        return served(lambda: service.passage(source, start, end), "text/plain; charset=utf-8")

    @router.get("/graphique/{kind}")
    def chart(kind: str, metiers: str = "", qualification: str = "pwc") -> Response:
        job_ids = tuple(j for j in metiers.split(",") if j)
        return served(lambda: service.chart_json(Chart.parse(kind, job_ids, qualification)), "application/json")

    @router.get("/fiche/{name}")
    def brief(name: str) -> Response:
        found = re.fullmatch(r"fiche-([a-z0-9-]+)\.md", name)
        if not found:
            raise HTTPException(404, f"Fiche inconnue : {name}")
        disposition = f'attachment; filename="{name}"'
        return served(
            lambda: service.brief(found[1]), "text/markdown; charset=utf-8", **{"Content-Disposition": disposition}
        )

    router.include_router(page_router(service, served))  # passages, table rows and printable briefs, as pages
    router.include_router(explorer_router(service, served))  # the 58 jobs, a page per job, the files
    return router


def install(app: FastAPI, service: ChatService) -> None:
    """Add the routes to Chainlit's app, under its root path (``--root-path``) like its own routes, and ahead of
    its catch-all page route, which would otherwise answer them with the chat page (Chainlit issues #1099, #1819)."""
    from chainlit.config import config

    before = len(app.router.routes)
    app.include_router(router_for(service, config.run.root_path))
    added = app.router.routes[before:]
    del app.router.routes[before:]
    app.router.routes[:0] = added
